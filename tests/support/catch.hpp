// SPDX-License-Identifier: MIT
// Catch2 v2 or v3, by the rule <wsaerror/catch2.hpp> follows: the tests
// include this instead of Catch2's headers. It includes <wsaerror/catch2.hpp>
// too, so that every file of a test program sees the same
// StringMaker<std::error_code> (docs/testing.md: every file or none).
#ifndef WSAERROR_TESTS_CATCH_HPP_INCLUDED
#define WSAERROR_TESTS_CATCH_HPP_INCLUDED

#include <wsaerror/detail/catch2_version.hpp>

#if WSAERROR_CATCH2_VERSION >= 3
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <wsaerror/catch2.hpp>

#endif
