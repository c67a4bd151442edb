// SPDX-License-Identifier: MIT
// The std::string a category's message() returns: the one place that builds
// it, for the category and for the printers (which show the same text for a
// value with no entry).
#ifndef WSAERROR_DETAIL_MESSAGE_HPP_INCLUDED
#define WSAERROR_DETAIL_MESSAGE_HPP_INCLUDED

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "config.hpp"

namespace wsaerror {
namespace detail {

/// A std::string of text[0, size), by the (pointer, size) constructor: the
/// (size, char) constructor and a copy, or assign(), compile for less but
/// make message() slower (it fills, then copies; docs/performance.md).
inline std::string make_string(const char* text, std::size_t size) {
  return std::string(text, size);
}

/// What message() says before the number of a value with no entry.
inline constexpr char unknown_code_prefix[] = "Unknown Winsock error ";
/// The same for a value that is no wsaerror::condition.
inline constexpr char unknown_condition_prefix[] = "Unknown Winsock condition ";

/// text[0, size), or when size is 0 `unknown_prefix` followed by `value` in
/// decimal ("Unknown Winsock error 42"). Every translation unit that compiles
/// the header-only category compiles this, so it is made cheap to compile:
/// not inlined into each message(), no std::string_view, the std::string made
/// by make_string(), and the number by snprintf ("%d" is the same in every
/// locale), as a digit loop costs the optimiser more than all the rest.
WSAERROR_NOINLINE inline std::string message_string(const char* text, std::size_t size,
                                                    const char* unknown_prefix, int value) {
  char buffer[64];
  if (size == 0) {
    const int n = std::snprintf(buffer, sizeof buffer, "%s%d", unknown_prefix, value);
    text = buffer;
    size = n <= 0 ? 0 : n < static_cast<int>(sizeof buffer) ? static_cast<std::size_t>(n) : sizeof buffer - 1;
  }
  return make_string(text, size);
}

/// "Unknown Winsock error N": what message() says for a value with no entry.
inline std::string unknown_message(int value) {
  return message_string(nullptr, 0, unknown_code_prefix, value);
}

}  // namespace detail
}  // namespace wsaerror

#endif
