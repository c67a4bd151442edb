// SPDX-License-Identifier: MIT
// Text helpers of find(std::string_view) and parse(): trimming, number
// parsing, hash lookup with optional case folding. All constexpr.
#ifndef WSAERROR_DETAIL_PARSE_HPP_INCLUDED
#define WSAERROR_DETAIL_PARSE_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../error_info.hpp"

namespace wsaerror {
namespace detail {

// These functions read a std::string_view only through data() and size():
// each other member (front(), remove_prefix(), substr(), ==...) that a header
// uses is instantiated in every translation unit that includes it, and
// == and != are also looked up among every operator of namespace std.

/// Longer input is no name and no number parse() could accept.
inline constexpr std::size_t max_parse_length = 64;

constexpr bool is_blank(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// Characters people paste around a code: "(10061)", "'WSAECONNREFUSED':", "#10054".
constexpr bool is_wrapping(char c) noexcept {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case '"': case '\'': case '`': case ',': case '.': case ':': case ';': case '!': case '?':
    case '#':
      return true;
    default:
      return is_blank(c);
  }
}

constexpr std::string_view trim(std::string_view s) noexcept {
  const char* first = s.data();
  const char* last = first + s.size();
  while (first != last && is_wrapping(*first)) ++first;
  while (first != last && is_wrapping(last[-1])) --last;
  return std::string_view(first, static_cast<std::size_t>(last - first));
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
  const char* first = s.data();
  const char* last = first + s.size();
  negative = false;
  if (first != last && (*first == '-' || *first == '+')) {
    negative = *first == '-';
    ++first;
  }
  unsigned base = 10;
  if (last - first > 2 && first[0] == '0' && (first[1] == 'x' || first[1] == 'X')) {
    base = 16;
    first += 2;
  } else if (last - first > 1 && (last[-1] == 'h' || last[-1] == 'H')) {
    base = 16;
    --last;
  }
  if (first == last) {
    return false;
  }
  unsigned long long v = 0;
  for (; first != last; ++first) {
    const int d = hex_digit(*first);
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

/// `s` without a leading "SocketError." in any case (.NET prints SocketError.ConnectionReset).
constexpr std::string_view strip_dotnet_prefix(std::string_view s) noexcept {
  const char* const prefix = "SOCKETERROR.";
  const std::size_t n = 12;  // its length
  if (s.size() <= n) return s;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s.data()[i];
    if ((c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c) != prefix[i]) return s;
  }
  return std::string_view(s.data() + n, s.size() - n);
}

/// parse()'s case folding: upper case, and '-' or ' ' as '_'.
constexpr unsigned char fold(char c) noexcept {
  if (c >= 'a' && c <= 'z') return static_cast<unsigned char>(c - 'a' + 'A');
  if (c == '-' || c == ' ') return '_';
  return static_cast<unsigned char>(c);
}

/// Whether `a` equals `b`; with `folded` (`a` is upper case), whether it
/// equals `b` after parse()'s folding.
constexpr bool text_equals(std::string_view a, std::string_view b, bool folded = false) noexcept {
  if (a.size() != b.size()) return false;
  // char_traits<char> is no template to instantiate, and its compare() is memcmp
  if (!folded) return std::char_traits<char>::compare(a.data(), b.data(), a.size()) == 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (static_cast<unsigned char>(a.data()[i]) != fold(b.data()[i])) return false;
  }
  return true;
}

/// Byte i of s (folded when `folded`), 0 past its end, as a 32-bit value.
constexpr std::uint32_t key_byte(std::string_view s, std::size_t i, bool folded) noexcept {
  if (i >= s.size()) return 0;
  return folded ? fold(s.data()[i]) : static_cast<unsigned char>(s.data()[i]);
}

/// Four bytes of s from `at`, little-endian.
constexpr std::uint32_t key_word(std::string_view s, std::size_t at, bool folded) noexcept {
  return key_byte(s, at, folded) | key_byte(s, at + 1, folded) << 8 |
         key_byte(s, at + 2, folded) << 16 | key_byte(s, at + 3, folded) << 24;
}

/// The hash of the generated slot tables: length and first and last four
/// bytes, mixed (scripts/generate_tables.py computes the same).
constexpr std::uint32_t key_hash(std::string_view s, bool folded) noexcept {
  const std::size_t n = s.size();
  const std::uint32_t first = key_word(s, 0, folded);
  const std::uint32_t last = key_word(s, n >= 4 ? n - 4 : 0, folded);
  const std::uint32_t h = (first * 0x9E3779B1u) ^ (last * 0x85EBCA77u) ^
                          (static_cast<std::uint32_t>(n) * 0xC2B2AE3Du);
  return h ^ (h >> 15);
}

/// Whether `key` is `s` (with `folded`, after fold() of `s`'s bytes).
constexpr bool key_equals(const name_key& key, std::string_view s, bool folded) noexcept {
  return key.size == s.size() && text_equals(std::string_view(key.name, key.size), s, folded);
}

/// Hash lookup of `s` in a hash slot table over `keys` (generated/keys.hpp):
/// the matching row, or nullptr. `Folded`: compare with fold() applied to `s`
/// (the names are stored folded).
template <bool Folded, std::size_t N, std::size_t M>
constexpr const name_key* find_key(const name_key (&keys)[N], const unsigned short (&slots)[M],
                                   std::string_view s) noexcept {
  static_assert((M & (M - 1)) == 0, "slot count is a power of two");
  constexpr std::size_t mask = M - 1;
  std::size_t h = key_hash(s, Folded) & mask;
  for (unsigned slot = slots[h]; slot != 0; slot = slots[h]) {
    if (key_equals(keys[slot - 1], s, Folded)) return &keys[slot - 1];
    h = (h + 1) & mask;
  }
  return nullptr;
}

/// True when find_key() finds each of the first `count` names at its own row
/// through `slots`, which hold exactly those. The generator places the names
/// in the slots with its own copy of key_hash (Python); this is the check that
/// both hash alike, so a difference is a compile error, never a silently
/// missed name.
template <std::size_t N, std::size_t M>
constexpr bool every_key_found(const name_key (&keys)[N], const unsigned short (&slots)[M],
                               std::size_t count) noexcept {
  std::size_t used = 0;
  for (std::size_t s = 0; s < M; ++s) used += slots[s] != 0 ? 1 : 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view name(keys[i].name);
    if (name.size() != keys[i].size || find_key<true>(keys, slots, name) != &keys[i]) {
      return false;
    }
  }
  return used == count;
}

}  // namespace detail
}  // namespace wsaerror

#endif
