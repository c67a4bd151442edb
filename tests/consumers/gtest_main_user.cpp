// SPDX-License-Identifier: MIT
// A GoogleTest program with gMock's main, as a project that uses wsaerror::gtest
// writes it (built, not run, by the add_subdirectory_packages_* consumers).
#include <wsaerror/gtest.hpp>

#include <system_error>

TEST(Consumer, IsError) {
  const std::error_code ec = wsaerror::errc::connection_refused;
  EXPECT_THAT(ec, wsaerror::gtest::IsError(wsaerror::errc::connection_refused));
}
