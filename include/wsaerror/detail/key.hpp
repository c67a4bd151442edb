// SPDX-License-Identifier: MIT
// How the generated tables store their data: strings back to back in one
// char array, found by offsets (cheap to compile, small in the binary), the
// lookup keys over such arrays, and the blocks that map values to positions.
// Arrays of numbers that fit 16 bits (offsets, code values, hash slots) and
// the key entries are generated as char16_t and char32_t string literals: a
// compiler reads those much faster than `{1, 2, 3, ...}`, and a load of a
// char16_t is the load of an unsigned short. Each has one element more than
// its numbers, the literal's terminating 0.
#ifndef WSAERROR_DETAIL_KEY_HPP_INCLUDED
#define WSAERROR_DETAIL_KEY_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace wsaerror {
namespace detail {

/// Strings stored back to back: string i is chars[offsets[i], offsets[i + 1]).
struct string_pool {
  const char* chars;
  const char16_t* offsets;

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

/// Codes with values first .. first + size - 1: positions[value - first],
/// read as a signed char, is the code's position in the code_* arrays, or -1.
struct index_block {
  int first;
  unsigned size;
  const char* positions;
};

/// The keys of one lookup table and their hash slots, string literals (see
/// above): one char32_t per entry (offset | length << 16 | code index << 24),
/// one char16_t per slot (key position + 1, or 0). N keys and M slots are
/// template arguments: the lookup is compiled for each table with its sizes
/// as constants.
template <std::size_t N, std::size_t M>
struct key_table {
  static_assert((M & (M - 1)) == 0, "slot count is a power of two");
  const char* chars;
  const char32_t* entries;
  const char16_t* slots;

  /// How many keys there are.
  static constexpr std::size_t size() noexcept { return N; }
  /// How many hash slots there are.
  static constexpr std::size_t slot_count() noexcept { return M; }

  /// Key i's entry.
  constexpr key_entry entry(std::size_t i) const noexcept {
    const char32_t e = entries[i];
    return key_entry{static_cast<unsigned short>(e & 0xFFFFu),
                     static_cast<unsigned char>(e >> 16 & 0xFFu),
                     static_cast<unsigned char>(e >> 24)};
  }

  /// The key position + 1 in hash slot h, or 0 for an empty slot.
  constexpr unsigned slot(std::size_t h) const noexcept { return slots[h]; }

  constexpr std::string_view key(const key_entry& k) const noexcept {
    return std::string_view(chars + k.offset, k.length);
  }
};

}  // namespace detail
}  // namespace wsaerror

#endif
