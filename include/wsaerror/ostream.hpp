// SPDX-License-Identifier: MIT
// iostream output for wsaerror::errc (the macro name) and error_info
// ("WSAECONNREFUSED (10061): Connection refused."). Opt-in. The text is
// written as a std::string_view is, so std::setw, std::left and setfill work
// as for any string: the width counts chars (bytes), not display columns.
#ifndef WSAERROR_OSTREAM_HPP_INCLUDED
#define WSAERROR_OSTREAM_HPP_INCLUDED

#include <ostream>
#include <string>

#include "detail/format_spec.hpp"
#include "table.hpp"

namespace wsaerror {

/// Writes the macro name ("WSAECONNREFUSED"), or the number for a value that is no code.
inline std::ostream& operator<<(std::ostream& os, errc e) {
  std::string storage;
  return os << detail::text_of(e, 0, storage);
}

/// Writes "WSAECONNREFUSED (10061): Connection refused.".
inline std::ostream& operator<<(std::ostream& os, const error_info& e) {
  std::string storage;
  return os << detail::text_of(e, 0, storage);
}

}  // namespace wsaerror

#endif
