// SPDX-License-Identifier: MIT
// std::format formatters for wsaerror::errc and wsaerror::error_info, with
// the same format spec as <wsaerror/fmt.hpp>. Opt-in. They exist when the
// standard library has a usable <format>: WSAERROR_HAS_STD_FORMAT is then 1.
//
// The test is __cpp_lib_format, or libc++ with its experimental <format>
// enabled (clang 15-16's libc++ ships a working <format> behind
// -fexperimental-library without defining __cpp_lib_format). Define
// WSAERROR_HAS_STD_FORMAT to 0 or 1 yourself to override the detection.
// Nothing is specialised for std::error_code.
#ifndef WSAERROR_FORMAT_HPP_INCLUDED
#define WSAERROR_FORMAT_HPP_INCLUDED

#if __has_include(<version>)
#include <version>
#endif

#ifndef WSAERROR_HAS_STD_FORMAT
#if __cplusplus >= 202002L && __has_include(<format>) && \
    (defined(__cpp_lib_format) ||                      \
     (defined(_LIBCPP_VERSION) && !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT)))
#define WSAERROR_HAS_STD_FORMAT 1
#else
#define WSAERROR_HAS_STD_FORMAT 0
#endif
#endif

#if WSAERROR_HAS_STD_FORMAT
#include <format>

#include "detail/format_spec.hpp"
#include "table.hpp"

namespace wsaerror {
namespace detail {

/// How a bad format spec is reported to std::format.
/// Throws std::format_error(error); named so that a compile-time format
/// string check that stops here shows the accepted spec (see fmt.hpp).
[[noreturn]] inline void bad_format_spec_expected_fill_align_width_and_type_n_s_d_x_m_e_l_D_or_S(
    const char* error) {
  throw std::format_error(error);
}

struct std_reporter {
  static constexpr void report(const char* error) {
    if (error != nullptr) bad_format_spec_expected_fill_align_width_and_type_n_s_d_x_m_e_l_D_or_S(error);
  }
};

using std_formatter_base = formatter_base<std_reporter>;

}  // namespace detail
}  // namespace wsaerror

template <>
struct std::formatter<wsaerror::errc, char> : wsaerror::detail::std_formatter_base {
  template <class FormatContext>
  auto format(wsaerror::errc e, FormatContext& ctx) const -> decltype(ctx.out()) {
    return write(wsaerror::find(e), static_cast<int>(e), 'n', ctx);
  }
};

template <>
struct std::formatter<wsaerror::error_info, char> : wsaerror::detail::std_formatter_base {
  template <class FormatContext>
  auto format(const wsaerror::error_info& e, FormatContext& ctx) const -> decltype(ctx.out()) {
    return write(&e, e.value, 'l', ctx);
  }
};

#endif  // WSAERROR_HAS_STD_FORMAT

#endif
