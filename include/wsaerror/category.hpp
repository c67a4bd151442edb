// SPDX-License-Identifier: MIT
// The "winsock" std::error_category, wsaerror::errc and wsaerror::condition,
// their std::errc mapping, and comparisons that also recognise the codes
// Windows puts in std::system_category(): what makes Winsock codes
// std::error_codes.
#ifndef WSAERROR_CATEGORY_HPP_INCLUDED
#define WSAERROR_CATEGORY_HPP_INCLUDED

#include <cstddef>
#include <string_view>
#include <system_error>

#include "detail/config.hpp"
#include "detail/index.hpp"
#include "error_info.hpp"
#ifdef _WIN32
#include "generated/stand_in_map.hpp"
#endif

namespace std {
/// std::error_code ec = wsaerror::errc::connection_refused; compiles.
template <>
struct is_error_code_enum<wsaerror::errc> : true_type {};
/// ec == wsaerror::condition::resolver compiles.
template <>
struct is_error_condition_enum<wsaerror::condition> : true_type {};
}  // namespace std

namespace wsaerror {

/// The category of Winsock codes: name() is "winsock", messages are the docs'.
WSAERROR_DECL WSAERROR_CATEGORY_INLINE const std::error_category& category() noexcept;
/// The category of wsaerror::condition; name() is "winsock.condition".
WSAERROR_DECL WSAERROR_CATEGORY_INLINE const std::error_category& condition_category() noexcept;

namespace detail {
/// Whether two NUL-terminated names are equal (no <cstring>, no string_view).
/// GCC and Clang call strcmp, cheaper to compile than a loop inlined in each
/// comparison that checks a category's name (see docs/performance.md).
constexpr bool same_name(const char* a, const char* b) noexcept {
#if defined(__GNUC__)
  return __builtin_strcmp(a, b) == 0;
#else
  while (*a != '\0' && *a == *b) {
    ++a;
    ++b;
  }
  return *a == *b;
#endif
}
}  // namespace detail

/// Whether `cat` is the winsock category: this program's instance, or another
/// DLL's copy of it (compared by name, as address comparison cannot).
inline bool is_winsock_category(const std::error_category& cat) noexcept {
  return &cat == &category() || detail::same_name(cat.name(), "winsock");
}

namespace detail {
#ifdef _WIN32
/// Whether `cat` is Boost.System's system category as a std::error_category
/// (Boost's wrapper, what boost::system::error_code converts to with MinGW,
/// and with Boost 1.74 everywhere), in this module or another DLL: a category
/// named "system" that, as Windows' system category does, takes 10061 for
/// std::errc::connection_refused. A category of another library merely named
/// "system" (of errno values, say) is not.
inline bool is_windows_like_system_category(const std::error_category& cat) noexcept {
  return same_name(cat.name(), "system") &&
         cat.equivalent(static_cast<int>(errc::connection_refused),
                        std::make_error_condition(std::errc::connection_refused));
}

/// Whether `cat` is where Windows' error values end up: std::system_category(),
/// Asio's "asio.system" category or Boost's system category
/// (is_windows_like_system_category, asked last: it is a virtual call).
inline bool is_system_category(const std::error_category& cat) noexcept {
  return cat == std::system_category() || same_name(cat.name(), "asio.system") ||
         is_windows_like_system_category(cat);
}

/// Windows' stand-in codes: whether `ec` is a Win32 value that overlapped
/// socket I/O reports in place of a Winsock code (ERROR_CONNECTION_REFUSED
/// 1225 for WSAECONNREFUSED 10061; generated/stand_in_map.hpp, from
/// data/stand-in-codes.json), in a system category; then `value` is that
/// Winsock code. Out of line: a comparison of a Winsock code runs what it ran
/// before stand-ins existed.
WSAERROR_NOINLINE inline bool held_stand_in(const std::error_code& ec, int& value) noexcept {
  const int code = winsock_of_stand_in(ec.value());
  if (code == 0 || !is_system_category(ec.category())) return false;
  value = code;
  return true;
}
#endif

/// The Winsock code that a code in another library's category holds, for the
/// one rule below: Asio's resolver categories (Boost.Asio's and standalone
/// Asio's, by name: "asio.netdb" holds h_errno's HOST_NOT_FOUND 1, TRY_AGAIN
/// 2, NO_RECOVERY 3, NO_DATA 4, the same in every <netdb.h>; "asio.addrinfo"
/// holds EAI_SERVICE and EAI_SOCKTYPE, -8 and -7 in glibc and musl, 9 and 10
/// in the BSDs and macOS) become the codes Windows gives for them, any other
/// value of theirs no_recovery, as from_getaddrinfo() does; and, on Windows,
/// a table code in Boost's system category (is_windows_like_system_category)
/// is held as in std::system_category(). Out of line: the comparison of a
/// winsock code runs what it ran before; it costs only the other codes.
WSAERROR_NOINLINE inline bool library_winsock_value(const std::error_code& ec, int& value) noexcept {
  const std::error_category& cat = ec.category();
  const char* name = cat.name();
  const int v = ec.value();
  if (same_name(name, "asio.netdb")) {
    value = v >= 1 && v <= 4 ? static_cast<int>(errc::host_not_found) - 1 + v
            : v >= static_cast<int>(errc::host_not_found) && v <= static_cast<int>(errc::no_data)
                ? v
                : static_cast<int>(errc::no_recovery);
    return true;
  }
  if (same_name(name, "asio.addrinfo")) {
    value = v == -8 || v == 9    ? static_cast<int>(errc::class_type_not_found)
            : v == -7 || v == 10 ? static_cast<int>(errc::socket_type_not_supported)
                                 : static_cast<int>(errc::no_recovery);
    return true;
  }
#ifdef _WIN32
  if (index_of(v) >= 0 && is_windows_like_system_category(cat)) {
    value = v;
    return true;
  }
#endif
  return false;
}

/// The one rule every feature asks (holds_winsock, normalize, ==, find(ec),
/// message(ec, lang), the conditions, the test helpers): whether `ec` holds a
/// Winsock code and, if so, which one (in `value`). It does when it is in the
/// winsock category or, on Windows, is a table code in std::system_category()
/// or Asio's "asio.system" category, where WSAGetLastError() values usually
/// end up, or a stand-in there (1225 holds 10061); or when
/// library_winsock_value() says so (Boost's and Asio's categories). Another
/// source of Winsock codes is taught here, and only here.
inline bool held_winsock_value(const std::error_code& ec, int& value) noexcept {
  value = ec.value();
  if (is_winsock_category(ec.category())) return true;
#ifdef _WIN32
  if (index_of(value) >= 0 &&
      (ec.category() == std::system_category() || same_name(ec.category().name(), "asio.system"))) {
    return true;
  }
  if (held_stand_in(ec, value)) return true;
#endif
  return library_winsock_value(ec, value);
}
}  // namespace detail

/// Whether `ec` holds a Winsock code: it is in the winsock category or, on
/// Windows, a table code in std::system_category() or Asio's "asio.system"
/// category, where WSAGetLastError() values usually end up, or a Win32
/// stand-in there (ERROR_CONNECTION_REFUSED 1225 holds WSAECONNREFUSED).
inline bool holds_winsock(const std::error_code& ec) noexcept {
  int value = 0;
  return detail::held_winsock_value(ec, value);
}

/// `ec` re-homed in the winsock category when holds_winsock(ec), else `ec`:
/// then ec == std::errc::... and ec.message() work as for wsaerror's own codes
/// (MinGW's std::system_category() maps no Winsock code to std::errc).
inline std::error_code normalize(const std::error_code& ec) noexcept {
  int value = 0;
  return detail::held_winsock_value(ec, value) ? std::error_code(value, category()) : ec;
}

/// ec == wsaerror::errc::x: true for the same value in the winsock category,
/// in another DLL's copy of it, and (on Windows) in std::system_category().
inline bool operator==(const std::error_code& ec, errc e) noexcept {
  int value = 0;
  return detail::held_winsock_value(ec, value) && value == static_cast<int>(e);
}
/// The same, written the other way round.
inline bool operator==(errc e, const std::error_code& ec) noexcept { return ec == e; }
/// Negation of ec == e.
inline bool operator!=(const std::error_code& ec, errc e) noexcept { return !(ec == e); }
/// Negation of e == ec.
inline bool operator!=(errc e, const std::error_code& ec) noexcept { return !(ec == e); }

/// How many wsaerror::condition enumerators there are.
inline constexpr std::size_t condition_count = static_cast<std::size_t>(detail::condition_count);

/// The std::error_code of a wsaerror::errc (found by ADL).
inline std::error_code make_error_code(errc e) noexcept {
  return std::error_code(static_cast<int>(e), category());
}

/// The std::error_condition of a wsaerror::condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return std::error_condition(static_cast<int>(c), condition_category());
}

}  // namespace wsaerror

#if !defined(WSAERROR_SEPARATE_COMPILATION)
#include "detail/category_impl.hpp"
#endif

#endif
