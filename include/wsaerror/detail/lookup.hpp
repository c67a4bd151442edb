// SPDX-License-Identifier: MIT
// The en-US row of a value, and a code's label: what find() and label() in
// table.hpp are, for the detail headers that need them (the printers' format
// engine) without including a public header.
#ifndef WSAERROR_DETAIL_LOOKUP_HPP_INCLUDED
#define WSAERROR_DETAIL_LOOKUP_HPP_INCLUDED

#include <cstddef>
#include <string>

#include "../error_info.hpp"
#include "../generated/en_us.hpp"
#include "index.hpp"
#include "number_text.hpp"

namespace wsaerror {
namespace detail {

/// The en-US row of `value`, or nullptr when it is no Winsock code.
constexpr const error_info* row_of(int value) noexcept {
  const int i = index_of(value);
  return i < 0 ? nullptr : found(&en_us_table[static_cast<std::size_t>(i)]);
}

/// "WSAECONNREFUSED (10061)".
inline std::string label_of(const error_info& e) {
  std::string out = make_string(e.name.data(), e.name.size());
  const char* const open = " (";  // a pointer: an array or a char would make std::string
  out.append(open, 2);             // check its string_view overloads for that type
  append_decimal(out, e.value);
  out.push_back(')');
  return out;
}

}  // namespace detail
}  // namespace wsaerror

#endif
