// SPDX-License-Identifier: MIT
// The main of every Catch2 test program, v2 or v3 (so CMake need not know
// which: the tests link Catch2::Catch2 and this file).
#include <wsaerror/detail/catch2_version.hpp>

#if WSAERROR_CATCH2_VERSION >= 3
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
