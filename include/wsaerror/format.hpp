// SPDX-License-Identifier: MIT
// std::format formatters for wsaerror::errc and wsaerror::error_info, with
// the same format spec as <wsaerror/fmt.hpp>. Opt-in. They exist when the
// standard library has a usable <format>: WSAERROR_HAS_STD_FORMAT is then 1.
//
// The test is __cpp_lib_format (libc++ 19, libstdc++ 13, MSVC), or libc++ with
// its experimental <format> enabled (clang 15-16's libc++ ships a working
// <format> behind -fexperimental-library without defining __cpp_lib_format). Define
// WSAERROR_HAS_STD_FORMAT to 0 or 1 yourself to override the detection.
// Without a usable <format> (GCC 12's libstdc++, C++17) this header gives the
// core (<wsaerror/table.hpp>: find(), to_string(), label()...) and no
// formatter, because there is no std::formatter to specialise: use
// <wsaerror/fmt.hpp> or <wsaerror/ostream.hpp> there. Test
// WSAERROR_HAS_STD_FORMAT (always defined, 0 or 1) to know which you got.
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

#include "table.hpp"

#if WSAERROR_HAS_STD_FORMAT
#include <format>
#include <string_view>

#include "detail/format_spec.hpp"

namespace wsaerror {
namespace detail {

/// What wsaerror's formatters use of std::format: its string formatter pads
/// and aligns (by display width), and a bad spec is a std::format_error.
struct std_host {
  using string_view = std::string_view;
  using parse_context = std::format_parse_context;
  using string_formatter = std::formatter<std::string_view, char>;

  [[noreturn]] static void report(const char* error) { throw std::format_error(error); }
};

}  // namespace detail
}  // namespace wsaerror

/// std::format("{}", wsaerror::errc::connection_refused) == "WSAECONNREFUSED".
template <>
struct std::formatter<wsaerror::errc, char>
    : wsaerror::detail::formatter_base<wsaerror::detail::std_host, wsaerror::errc> {};

/// std::format("{}", entry) == "WSAECONNREFUSED (10061): Connection refused.".
template <>
struct std::formatter<wsaerror::error_info, char>
    : wsaerror::detail::formatter_base<wsaerror::detail::std_host, wsaerror::error_info> {};

#endif  // WSAERROR_HAS_STD_FORMAT

#endif
