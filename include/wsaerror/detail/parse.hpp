// SPDX-License-Identifier: MIT
// Text helpers of find(std::string_view) and parse(): trimming, number
// parsing, binary search with optional case folding. All constexpr.
#ifndef WSAERROR_DETAIL_PARSE_HPP_INCLUDED
#define WSAERROR_DETAIL_PARSE_HPP_INCLUDED

#include <cstddef>
#include <string_view>

#include "key.hpp"

namespace wsaerror {
namespace detail {

/// Longer input is no name and no number parse() could accept.
inline constexpr std::size_t max_parse_length = 64;

constexpr bool is_blank(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// Characters people paste around a code: "(10061)", "'WSAECONNREFUSED':".
constexpr bool is_wrapping(char c) noexcept {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case '"': case '\'': case '`': case ',': case '.': case ':': case ';': case '!': case '?':
      return true;
    default:
      return is_blank(c);
  }
}

constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_wrapping(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && is_wrapping(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

/// Value of a hex digit, or -1.
constexpr int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Parses [+-]decimal, [+-]0x hex or hex followed by 'h'; false for anything
/// else and for magnitudes above 0xFFFFFFFF (no int or HRESULT is larger).
constexpr bool parse_number(std::string_view s, unsigned long long& magnitude,
                            bool& negative) noexcept {
  negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  unsigned base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() > 1 && (s.back() == 'h' || s.back() == 'H')) {
    base = 16;
    s.remove_suffix(1);
  }
  if (s.empty()) {
    return false;
  }
  unsigned long long v = 0;
  for (const char c : s) {
    const int d = hex_digit(c);
    if (d < 0 || static_cast<unsigned>(d) >= base) {
      return false;
    }
    v = v * base + static_cast<unsigned>(d);
    if (v > 0xFFFFFFFFull) {
      return false;
    }
  }
  if (negative && v > 0x80000000ull) {
    return false;
  }
  magnitude = v;
  return true;
}

/// parse()'s case folding: upper case, and '-' or ' ' as '_'.
constexpr unsigned char fold(char c) noexcept {
  if (c >= 'a' && c <= 'z') return static_cast<unsigned char>(c - 'a' + 'A');
  if (c == '-' || c == ' ') return '_';
  return static_cast<unsigned char>(c);
}

/// Three-way comparison of a table key with `s` (folded when `folded`).
constexpr int compare_key(std::string_view key, std::string_view s, bool folded) noexcept {
  const std::size_t n = key.size() < s.size() ? key.size() : s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto a = static_cast<unsigned char>(key[i]);
    const unsigned char b = folded ? fold(s[i]) : static_cast<unsigned char>(s[i]);
    if (a != b) {
      return a < b ? -1 : 1;
    }
  }
  return key.size() == s.size() ? 0 : (key.size() < s.size() ? -1 : 1);
}

/// Binary search of a sorted key table; the index of the match's code or -1.
template <std::size_t N>
constexpr int find_key(const key_entry (&keys)[N], std::string_view s, bool folded) noexcept {
  std::size_t lo = 0;
  std::size_t hi = N;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const int c = compare_key(keys[mid].key, s, folded);
    if (c == 0) {
      return keys[mid].index;
    }
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return -1;
}

}  // namespace detail
}  // namespace wsaerror

#endif
