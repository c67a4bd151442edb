// SPDX-License-Identifier: MIT
// Integers as text: the writer of decimal ("10061", "-7") and hex ("0x274D")
// digits that the printers, label() and the Catch2 helpers use (message()
// uses snprintf, cheaper to compile in every TU; see message.hpp).
// Digits are written into a small char array, then put in a std::string with
// one call: appending char by char, std::to_string or <charconv> cost more to
// compile in every translation unit.
#ifndef WSAERROR_DETAIL_NUMBER_TEXT_HPP_INCLUDED
#define WSAERROR_DETAIL_NUMBER_TEXT_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

#include "message.hpp"

namespace wsaerror {
namespace detail {

/// An integer's text in a fixed array: "-2147483648" and "0xFFFFFFFF" fit.
struct number_text {
  char chars[12];
  std::size_t size;
};

/// `magnitude` in `base` (10 or 16, upper-case digits), at least `min_digits`
/// digits (zero-padded, at most 10), after `prefix` (at most 2 characters).
constexpr number_text digits(const char* prefix, unsigned magnitude, unsigned base,
                             std::size_t min_digits = 1) noexcept {
  char reversed[10] = {};
  std::size_t n = 0;
  do {
    reversed[n++] = "0123456789ABCDEF"[magnitude % base];
    magnitude /= base;
  } while (magnitude != 0 || n < min_digits);
  number_text out{};
  while (*prefix != '\0') out.chars[out.size++] = *prefix++;
  while (n > 0) out.chars[out.size++] = reversed[--n];
  return out;
}

/// `value` in decimal: "10061", "-7".
constexpr number_text decimal_text(int value) noexcept {
  return value < 0 ? digits("-", 0u - static_cast<unsigned>(value), 10)
                   : digits("", static_cast<unsigned>(value), 10);
}

// Below, &t.chars[0], not t.chars: given a char array, std::string's append()
// and constructor check their string_view overloads for that array type, which
// costs a compiler more than the rest of these functions.

/// Appends `value` in decimal: "10061", "-7".
inline void append_decimal(std::string& out, int value) {
  const number_text t = decimal_text(value);
  out.append(&t.chars[0], t.size);
}

/// `value` in decimal: "10061", "-7".
inline std::string decimal(int value) {
  const number_text t = decimal_text(value);
  return make_string(&t.chars[0], t.size);
}

/// `value` as the docs write codes in hex: "0x274D", "0x0006" (at least four
/// digits; a negative value as its 32-bit two's complement).
inline std::string hex(int value) {
  const number_text t = digits("0x", static_cast<unsigned>(value), 16, 4);
  return make_string(&t.chars[0], t.size);
}

/// `prefix` followed by `value` in decimal.
inline std::string with_number(std::string_view prefix, int value) {
  std::string out = make_string(prefix.data(), prefix.size());
  append_decimal(out, value);
  return out;
}

}  // namespace detail
}  // namespace wsaerror

#endif
