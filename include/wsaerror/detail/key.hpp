// SPDX-License-Identifier: MIT
// How the generated tables store their data: strings back to back in one
// char array, found by offsets (cheap to compile, small in the binary), the
// lookup keys over such arrays, and the blocks that map values to positions.
#ifndef WSAERROR_DETAIL_KEY_HPP_INCLUDED
#define WSAERROR_DETAIL_KEY_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace wsaerror {
namespace detail {

/// Strings stored back to back: string i is chars[offsets[i], offsets[i + 1]).
struct string_pool {
  const char* chars;
  const unsigned short* offsets;

  constexpr std::string_view operator[](std::size_t i) const noexcept {
    return std::string_view(chars + offsets[i],
                            static_cast<std::size_t>(offsets[i + 1] - offsets[i]));
  }
};

/// A name at chars[offset, offset + length) that resolves to the code at
/// `index` in the code_* arrays.
struct key_entry {
  unsigned short offset;
  unsigned char length;
  unsigned char index;
};

/// Codes with values first .. first + size - 1: positions[value - first] is
/// the code's position in the code_* arrays, or -1.
struct index_block {
  int first;
  unsigned size;
  const signed char* positions;
};

/// The keys of one lookup table: their characters, entries and hash slots.
template <std::size_t N, std::size_t M>
struct key_table {
  const char* chars;
  const key_entry (&keys)[N];
  const unsigned short (&slots)[M];

  constexpr std::string_view key(const key_entry& k) const noexcept {
    return std::string_view(chars + k.offset, k.length);
  }
};

}  // namespace detail
}  // namespace wsaerror

#endif
