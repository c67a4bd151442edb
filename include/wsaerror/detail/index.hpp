// SPDX-License-Identifier: MIT
// index_of(): a code's value to its position in the generated code_* arrays,
// over the generated index data. Correct for every int.
#ifndef WSAERROR_DETAIL_INDEX_HPP_INCLUDED
#define WSAERROR_DETAIL_INDEX_HPP_INCLUDED

#include <cstddef>

#include "../generated/index.hpp"

namespace wsaerror {
namespace detail {

/// Position of `value` in the code_* arrays, or -1.
constexpr int index_of(int value) noexcept {
  const auto v = static_cast<unsigned>(value);
  for (const index_block& b : index_blocks) {
    // One compare per block: a value below `first` wraps around to a large one.
    const unsigned offset = v - static_cast<unsigned>(b.first);
    if (offset < b.size) return static_cast<signed char>(b.positions[offset]);
  }
  // The lone values are in increasing order: most misses are above them all.
  if (index_lone_count == 0 || value > index_lone_values[index_lone_count - 1]) return -1;
  for (std::size_t i = 0; i < index_lone_count; ++i) {
    if (index_lone_values[i] == value) return static_cast<signed char>(index_lone_positions[i]);
  }
  return -1;
}

}  // namespace detail
}  // namespace wsaerror

#endif
