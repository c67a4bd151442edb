// SPDX-License-Identifier: MIT
// index_of(): a code's value to its position in the generated tables, over
// the generated index data. Correct for every int.
#ifndef WSAERROR_DETAIL_INDEX_HPP_INCLUDED
#define WSAERROR_DETAIL_INDEX_HPP_INCLUDED

#include "../generated/index.hpp"

namespace wsaerror {
namespace detail {

/// Position of `value` in the generated tables (en_us_table...), or -1.
constexpr int index_of(int value) noexcept {
  const auto v = static_cast<unsigned>(value);
  for (const index_block& b : index_blocks) {
    // One compare per block: a value below `first` wraps around to a large one.
    const unsigned offset = v - static_cast<unsigned>(b.first);
    if (offset < b.size) return b.positions[offset];
  }
  // Most misses are above every lone code; the rest take one slot of the
  // lone codes' hash table (no loop: cheaper to compile in every function
  // that inlines index_of(); see docs/performance.md).
  if (value > index_lone_max) return -1;
  const unsigned slot = v % index_lone_slots;
  return index_lone_values[slot] == value ? index_lone_positions[slot] : -1;
}

}  // namespace detail
}  // namespace wsaerror

#endif
