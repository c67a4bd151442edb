// SPDX-License-Identifier: MIT
// iostream output for wsaerror::errc (the macro name) and error_info
// ("WSAECONNREFUSED (10061): Connection refused."). Opt-in.
#ifndef WSAERROR_OSTREAM_HPP_INCLUDED
#define WSAERROR_OSTREAM_HPP_INCLUDED

#include <ostream>

#include "detail/format_spec.hpp"
#include "table.hpp"

namespace wsaerror {

/// Writes the macro name ("WSAECONNREFUSED"), or the number for a value that is no code.
inline std::ostream& operator<<(std::ostream& os, errc e) {
  return os << detail::format_text(find(e), static_cast<int>(e), 'n');
}

/// Writes "WSAECONNREFUSED (10061): Connection refused.".
inline std::ostream& operator<<(std::ostream& os, const error_info& e) {
  return os << detail::format_text(&e, e.value, 'l');
}

}  // namespace wsaerror

#endif
