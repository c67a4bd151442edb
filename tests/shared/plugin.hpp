// SPDX-License-Identifier: MIT
// A shared library ("plugin") that makes wsaerror codes, built twice.
#ifndef WSAERROR_TESTS_PLUGIN_HPP_INCLUDED
#define WSAERROR_TESTS_PLUGIN_HPP_INCLUDED

#include <system_error>

#if defined(_WIN32)
#if defined(PLUGIN_BUILD)
#define PLUGIN_API __declspec(dllexport)
#else
#define PLUGIN_API __declspec(dllimport)
#endif
#else
#define PLUGIN_API __attribute__((visibility("default")))
#endif

#define PLUGIN_FUNCTIONS(prefix)                                        \
  PLUGIN_API std::error_code prefix##_refused();                       \
  PLUGIN_API const std::error_category* prefix##_category();           \
  [[noreturn]] PLUGIN_API void prefix##_throw_timed_out();

PLUGIN_FUNCTIONS(plugin_a)
PLUGIN_FUNCTIONS(plugin_b)

#endif
