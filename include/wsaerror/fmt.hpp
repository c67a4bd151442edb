// SPDX-License-Identifier: MIT
// {fmt} formatters for wsaerror::errc and wsaerror::error_info. Opt-in;
// works with fmt 9, 10, 11 and 12. Format spec: [[fill]align][width][type]
// (fill, align and width as fmt does them for strings: by display width):
//   n or s  macro name      WSAECONNREFUSED   (errc's default)
//   d       value           10061
//   x       hex value       0x274D
//   m       message         Connection refused.
//   e       enumerator      connection_refused
//   l       long form       WSAECONNREFUSED (10061): Connection refused.  (error_info's default)
//   D       description;    S  system message
// Nothing is specialised for std::error_code: fmt formats it itself.
#ifndef WSAERROR_FMT_HPP_INCLUDED
#define WSAERROR_FMT_HPP_INCLUDED

#include <fmt/format.h>

#include <cstdlib>

#include "detail/format_spec.hpp"
#include "table.hpp"

namespace wsaerror {
namespace detail {

/// What wsaerror's formatters use of fmt: its string formatter pads and
/// aligns (by display width), and a bad spec is a fmt::format_error.
struct fmt_host {
  using string_view = fmt::string_view;
  using parse_context = fmt::format_parse_context;
  using string_formatter = fmt::formatter<fmt::string_view, char>;

  /// Not FMT_THROW: some fmt versions expand it to an unqualified
  /// detail::do_throw, which would find wsaerror::detail here.
  [[noreturn]] static void report(const char* error) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
    throw fmt::format_error(error);
#else
    (void)error;
    std::abort();
#endif
  }
};

}  // namespace detail
}  // namespace wsaerror

/// fmt::format("{}", wsaerror::errc::connection_refused) == "WSAECONNREFUSED".
template <>
struct fmt::formatter<wsaerror::errc>
    : wsaerror::detail::formatter_base<wsaerror::detail::fmt_host, wsaerror::errc> {};

/// fmt::format("{}", entry) == "WSAECONNREFUSED (10061): Connection refused.".
template <>
struct fmt::formatter<wsaerror::error_info>
    : wsaerror::detail::formatter_base<wsaerror::detail::fmt_host, wsaerror::error_info> {};

#endif
