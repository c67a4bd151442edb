// SPDX-License-Identifier: MIT
// Boost.System's error codes, what Boost.Asio and Beast give, opt-in:
//   boost::system::error_code bec;
//   socket.connect(endpoint, bec);
//   if (bec == wsaerror::errc::connection_refused) ...   // also condition::...
//   if (const wsaerror::error_info* e = wsaerror::find(bec)) ...
// Each function converts bec to std::error_code as Boost does and asks the
// one rule of <wsaerror/category.hpp> (holds_winsock()), which knows Boost's
// system category on Windows and Asio's resolver categories on every OS: a
// boost::system::error_code answers what its std::error_code does. With
// <wsaerror/catch2.hpp>, <wsaerror/gtest.hpp> or <wsaerror/doctest.hpp>
// (either order), the framework prints a boost::system::error_code that holds
// a Winsock code with its name, and the matchers take one (Catch2 and gMock).
// The core headers never include Boost.
#ifndef WSAERROR_BOOST_HPP_INCLUDED
#define WSAERROR_BOOST_HPP_INCLUDED

#include <boost/system/error_code.hpp>

#include <string>
#include <system_error>

#include "language.hpp"
#include "table.hpp"

namespace wsaerror {

/// holds_winsock() of bec's std::error_code (Boost's conversion).
inline bool holds_winsock(const boost::system::error_code& bec) {
  return holds_winsock(static_cast<std::error_code>(bec));
}

/// The std::error_code of bec, re-homed in the winsock category when it holds
/// a Winsock code: normalize(std::error_code(bec)).
inline std::error_code normalize(const boost::system::error_code& bec) {
  return normalize(static_cast<std::error_code>(bec));
}

/// The entry of the Winsock code bec holds, or nullptr.
inline const error_info* find(const boost::system::error_code& bec) {
  return find(static_cast<std::error_code>(bec));
}

/// The same with the text of `lang`.
inline const error_info* find(const boost::system::error_code& bec, const language& lang) {
  return find(static_cast<std::error_code>(bec), lang);
}

/// The Winsock message in `lang` when bec holds a Winsock code, else bec.message().
inline std::string message(const boost::system::error_code& bec, const language& lang) {
  const error_info* e = find(bec, lang);
  return e ? std::string(e->message) : bec.message();
}

/// bec == wsaerror::errc::x: whether bec holds that Winsock code.
inline bool operator==(const boost::system::error_code& bec, errc e) {
  return static_cast<std::error_code>(bec) == e;
}
/// The same, written the other way round.
inline bool operator==(errc e, const boost::system::error_code& bec) { return bec == e; }
/// Negation of bec == e.
inline bool operator!=(const boost::system::error_code& bec, errc e) { return !(bec == e); }
/// Negation of e == bec.
inline bool operator!=(errc e, const boost::system::error_code& bec) { return !(bec == e); }

/// bec == wsaerror::condition::x: whether bec's std::error_code is in the condition.
inline bool operator==(const boost::system::error_code& bec, condition c) {
  // the std::error_condition, not c: Boost 1.81 makes a boost::system::error_code
  // of a std::error_code implicitly, and `ec == c` would find this function too
  return static_cast<std::error_code>(bec) == make_error_condition(c);
}
/// The same, written the other way round.
inline bool operator==(condition c, const boost::system::error_code& bec) { return bec == c; }
/// Negation of bec == c.
inline bool operator!=(const boost::system::error_code& bec, condition c) { return !(bec == c); }
/// Negation of c == bec.
inline bool operator!=(condition c, const boost::system::error_code& bec) { return !(bec == c); }

/// std::error_code == wsaerror::condition, as <system_error> has it: here
/// because Boost 1.81 also makes a boost::system::error_code of a
/// std::error_code implicitly, which made `ec == c` ambiguous between
/// <system_error>'s operator and the one above.
inline bool operator==(const std::error_code& ec, condition c) noexcept {
  return ec == make_error_condition(c);
}
/// The same, written the other way round.
inline bool operator==(condition c, const std::error_code& ec) noexcept { return ec == c; }
/// Negation of ec == c.
inline bool operator!=(const std::error_code& ec, condition c) noexcept { return !(ec == c); }
/// Negation of c == ec.
inline bool operator!=(condition c, const std::error_code& ec) noexcept { return !(ec == c); }

namespace detail {
/// How the test-framework printers show a boost::system::error_code (the one
/// place that decides it): Boost's "category:value", then the name of the
/// Winsock code it holds: "system:10061 (WSAECONNREFUSED)",
/// "asio.netdb:1 (WSAHOST_NOT_FOUND)"; "system:111" when it holds none.
inline std::string boost_code_text(const boost::system::error_code& bec) {
  std::string text = std::string(bec.category().name()) + ':' + std::to_string(bec.value());
  if (const error_info* e = find(bec)) text += " (" + std::string(e->name) + ')';
  return text;
}
}  // namespace detail

}  // namespace wsaerror

#if defined(WSAERROR_CATCH2_HPP_INCLUDED)
#include "detail/catch2_boost.hpp"
#endif
#if defined(WSAERROR_GTEST_HPP_INCLUDED)
#include "detail/gtest_boost.hpp"
#endif
#if defined(WSAERROR_DOCTEST_HPP_INCLUDED)
#include "detail/doctest_boost.hpp"
#endif

#endif
