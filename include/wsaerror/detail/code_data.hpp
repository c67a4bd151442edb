// SPDX-License-Identifier: MIT
// The readers of the per-code bytes in generated/category_data.hpp, which are
// string literals rather than arrays (cheap to compile; see
// scripts/generate_tables.py): the std::errc and condition bits of the code
// at position i of the code_* arrays.
#ifndef WSAERROR_DETAIL_CODE_DATA_HPP_INCLUDED
#define WSAERROR_DETAIL_CODE_DATA_HPP_INCLUDED

#include <system_error>

#include "../generated/category_data.hpp"

namespace wsaerror {
namespace detail {

/// default_error_condition() of the code at position i as a std::errc, or std::errc{}.
constexpr std::errc code_generic(int i) noexcept {
  return generic_list[static_cast<unsigned char>(code_generic_at[i])];
}

/// The second std::errc that equivalent() accepts for the code at position i, or std::errc{}.
constexpr std::errc code_generic_also(int i) noexcept {
  return generic_list[static_cast<unsigned char>(code_generic_also_at[i])];
}

/// The wsaerror::condition bits of the code at position i (see condition_bit()).
constexpr unsigned code_conditions(int i) noexcept {
  return static_cast<unsigned char>(code_condition_bits[i]);
}

}  // namespace detail
}  // namespace wsaerror

#endif
