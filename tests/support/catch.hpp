// SPDX-License-Identifier: MIT
// Catch2 v2 or v3, whichever is installed: the tests include this instead.
#ifndef WSAERROR_TESTS_CATCH_HPP_INCLUDED
#define WSAERROR_TESTS_CATCH_HPP_INCLUDED

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
