// SPDX-License-Identifier: MIT
// {fmt} formatters for wsaerror::errc and wsaerror::error_info. Opt-in;
// works with fmt 9, 10, 11 and 12. Format spec: [[fill]align][width][type]:
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

/// How a bad format spec is reported to fmt. Not FMT_THROW: some fmt versions
/// expand it to an unqualified detail::do_throw, which would find
/// wsaerror::detail here.
struct fmt_reporter {
  [[noreturn]] static void report(const char* error) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
    throw fmt::format_error(error);
#else
    (void)error;
    std::abort();
#endif
  }
};

using fmt_formatter_base = formatter_base<fmt_reporter>;

}  // namespace detail
}  // namespace wsaerror

template <>
struct fmt::formatter<wsaerror::errc> : wsaerror::detail::fmt_formatter_base {
  template <class FormatContext>
  auto format(wsaerror::errc e, FormatContext& ctx) const -> decltype(ctx.out()) {
    return write(wsaerror::find(e), static_cast<int>(e), 'n', ctx);
  }
};

template <>
struct fmt::formatter<wsaerror::error_info> : wsaerror::detail::fmt_formatter_base {
  template <class FormatContext>
  auto format(const wsaerror::error_info& e, FormatContext& ctx) const -> decltype(ctx.out()) {
    return write(&e, e.value, 'l', ctx);
  }
};

#endif
