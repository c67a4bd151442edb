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
// Nothing is specialised for std::error_code: fmt 10 and later format it
// through <fmt/std.h>; with fmt 9 print ec.category().name() and ec.value().
#ifndef WSAERROR_FMT_HPP_INCLUDED
#define WSAERROR_FMT_HPP_INCLUDED

#include <fmt/format.h>

#include <cstdlib>

#include "detail/format_spec.hpp"
#include "table.hpp"

namespace wsaerror {
namespace detail {

/// Throws fmt::format_error(error). Its name is the message a compiler shows
/// when fmt checks a format string at compile time (C++20): a constant
/// evaluation stops at this call, and the diagnostic names the function.
[[noreturn]] inline void bad_format_spec_expected_fill_align_width_and_type_n_s_d_x_m_e_l_D_or_S(
    const char* error) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
  throw fmt::format_error(error);
#else
  (void)error;
  std::abort();
#endif
}

/// How a bad format spec is reported to fmt. Not FMT_THROW: some fmt versions
/// expand it to an unqualified detail::do_throw, which would find
/// wsaerror::detail here.
struct fmt_reporter {
  static constexpr void report(const char* error) {
    if (error != nullptr) bad_format_spec_expected_fill_align_width_and_type_n_s_d_x_m_e_l_D_or_S(error);
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
