// SPDX-License-Identifier: MIT
// Integers as text: the one writer of decimal ("10061", "-7") and hex
// ("0x274D") digits that message(), the printers and the Catch2 helpers use
// (std::to_string and <charconv> cost more to compile).
#ifndef WSAERROR_DETAIL_NUMBER_TEXT_HPP_INCLUDED
#define WSAERROR_DETAIL_NUMBER_TEXT_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

namespace wsaerror {
namespace detail {

/// Appends `magnitude` in `base` (10 or 16, upper-case digits), at least
/// `min_digits` digits long (zero-padded).
inline void append_digits(std::string& out, unsigned magnitude, unsigned base,
                          std::size_t min_digits = 1) {
  char digits[32];
  std::size_t n = 0;
  do {
    digits[n++] = "0123456789ABCDEF"[magnitude % base];
    magnitude /= base;
  } while (magnitude != 0 || n < min_digits);
  while (n > 0) out += digits[--n];
}

/// Appends `value` in decimal: "10061", "-7".
inline void append_decimal(std::string& out, int value) {
  if (value < 0) out += '-';
  append_digits(out, value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value),
                10);
}

/// `value` in decimal: "10061", "-7".
inline std::string decimal(int value) {
  std::string out;
  append_decimal(out, value);
  return out;
}

/// `value` as the docs write codes in hex: "0x274D", "0x0006" (at least four
/// digits; a negative value as its 32-bit two's complement).
inline std::string hex(int value) {
  std::string out = "0x";
  append_digits(out, static_cast<unsigned>(value), 16, 4);
  return out;
}

/// `prefix` followed by `value` in decimal.
inline std::string with_number(std::string_view prefix, int value) {
  std::string out(prefix);
  append_decimal(out, value);
  return out;
}

}  // namespace detail
}  // namespace wsaerror

#endif
