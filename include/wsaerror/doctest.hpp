// SPDX-License-Identifier: MIT
// doctest helpers (tested with doctest 2.4.9, Debian 12's), opt-in: a failing
// CHECK(ec == wsaerror::errc::timed_out) names both sides:
//   std::error_code   "winsock:10054 (WSAECONNRESET)" for a code that holds a
//       Winsock code, doctest's own "generic:111" for others
//       (doctest::StringMaker<std::error_code>; define WSAERROR_PRINT_ERROR_CODE
//       to 0 to leave it to doctest: see docs/testing.md for the rule it needs);
//   errc              "WSAETIMEDOUT (10060)"; condition
//       "wsaerror::condition::resolver (name resolution failed)": doctest 2.4
//       prints an enum as its number and asks no StringMaker for it, so these
//       are toString() overloads found by argument-dependent lookup, doctest's
//       other documented way;
//   error_info and find() results  "WSAECONNREFUSED (10061)", or "nullptr"
//       (doctest::StringMaker).
// The texts are detail/describe.hpp's, shared with <wsaerror/catch2.hpp> and
// <wsaerror/gtest.hpp>. Include it after <doctest/doctest.h> (or doctest.h).
#ifndef WSAERROR_DOCTEST_HPP_INCLUDED
#define WSAERROR_DOCTEST_HPP_INCLUDED

#if !defined(DOCTEST_LIBRARY_INCLUDED)
#if __has_include(<doctest/doctest.h>)
#include <doctest/doctest.h>
#else
#include <doctest.h>
#endif
#endif

#include <string>
#include <system_error>

#include "detail/describe.hpp"
#include "table.hpp"

namespace wsaerror {
namespace detail {
inline doctest::String doctest_text(const std::string& s) {
  return doctest::String(s.c_str());
}
}  // namespace detail

/// "WSAECONNREFUSED (10061)"; the number alone for a value that is no code.
inline doctest::String toString(errc e) { return detail::doctest_text(detail::describe(e)); }
/// "wsaerror::condition::resolver (name resolution failed)".
inline doctest::String toString(condition c) { return detail::doctest_text(detail::describe(c)); }
}  // namespace wsaerror

namespace doctest {
/// "WSAECONNREFUSED (10061)".
template <>
struct StringMaker<wsaerror::error_info> {
  static String convert(const wsaerror::error_info& e) {
    return wsaerror::detail::doctest_text(wsaerror::detail::describe(e));
  }
};

/// The entry as above, or "nullptr": a find() result, not its address.
template <>
struct StringMaker<const wsaerror::error_info*> {
  static String convert(const wsaerror::error_info* e) {
    return wsaerror::detail::doctest_text(wsaerror::detail::describe(e));
  }
};

#if !defined(WSAERROR_PRINT_ERROR_CODE) || WSAERROR_PRINT_ERROR_CODE
/// "winsock:10060 (WSAETIMEDOUT)": the left side of CHECK(ec == errc::x) named too.
template <>
struct StringMaker<std::error_code> {
  static String convert(const std::error_code& ec) {
    return wsaerror::detail::doctest_text(wsaerror::detail::describe(ec));
  }
};
#endif
}  // namespace doctest

#if defined(WSAERROR_BOOST_HPP_INCLUDED)
#include "detail/doctest_boost.hpp"
#endif

#endif
