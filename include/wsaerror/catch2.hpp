// SPDX-License-Identifier: MIT
// Catch2 helpers (v2.13 and v3), opt-in:
//   Catch::StringMaker<wsaerror::errc>   prints "WSAECONNREFUSED (10061)", so a
//       failing REQUIRE(ec == wsaerror::errc::connection_refused) names the code;
//       the same for error_info and find() results, and for wsaerror::condition
//       "wsaerror::condition::resolver (name resolution failed)";
//   Catch::StringMaker<std::error_code>  "winsock:10060 (WSAETIMEDOUT)" for a
//       code that holds a Winsock code, Catch2's own "generic:111" for others,
//       so both sides of REQUIRE(ec == wsaerror::errc::x) are named. Define
//       WSAERROR_PRINT_ERROR_CODE to 0 to leave std::error_code to Catch2; see
//       docs/testing.md for the rule it needs (every file or none);
//   wsaerror::catch2::is_error(errc)      matches a std::error_code (or a thrown
//       std::system_error) that is this Winsock error;
//   wsaerror::catch2::has_condition(std::errc or wsaerror::condition).
// The matchers' descriptions name the expected code and its message and, after
// a mismatch, what was found. The texts are detail/describe.hpp's, shared with
// <wsaerror/gtest.hpp> and <wsaerror/doctest.hpp>.
// With <wsaerror/boost.hpp> (either order): StringMaker<boost::system::error_code>
// prints "system:10061 (WSAECONNREFUSED)", and the matchers take a
// boost::system::error_code or a thrown boost::system::system_error.
//
// The Catch2 version is detected (detail/catch2_version.hpp); define
// WSAERROR_CATCH2_VERSION to 2 or 3 to choose (e.g. with the v3 amalgamated
// header, include it first).
#ifndef WSAERROR_CATCH2_HPP_INCLUDED
#define WSAERROR_CATCH2_HPP_INCLUDED

#include "detail/catch2_version.hpp"

#if WSAERROR_CATCH2_VERSION >= 3
#if !defined(CATCH_AMALGAMATED_HPP_INCLUDED)
#include <catch2/catch_tostring.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#endif
#else
#include <catch2/catch.hpp>
#endif

#include <exception>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

#include "detail/describe.hpp"
#include "table.hpp"

namespace Catch {
/// "WSAECONNREFUSED (10061)"; the number alone for a value that is no code.
template <>
struct StringMaker<wsaerror::errc> {
  static std::string convert(wsaerror::errc e) { return wsaerror::detail::describe(e); }
};

/// "wsaerror::condition::resolver (name resolution failed)", so that a failing
/// REQUIRE(ec == wsaerror::condition::resolver) names the condition.
template <>
struct StringMaker<wsaerror::condition> {
  static std::string convert(wsaerror::condition c) { return wsaerror::detail::describe(c); }
};

/// "WSAECONNREFUSED (10061)", like errc, so that comparing entries (find()
/// results) names them.
template <>
struct StringMaker<wsaerror::error_info> {
  static std::string convert(const wsaerror::error_info& e) { return wsaerror::detail::describe(e); }
};

/// The entry as above, or "nullptr": a find() result, not its address.
template <>
struct StringMaker<const wsaerror::error_info*> {
  static std::string convert(const wsaerror::error_info* e) { return wsaerror::detail::describe(e); }
};

#if !defined(WSAERROR_PRINT_ERROR_CODE) || WSAERROR_PRINT_ERROR_CODE
/// "winsock:10060 (WSAETIMEDOUT)": the left side of REQUIRE(ec == errc::x)
/// named too; other codes as Catch2 prints them ("generic:111").
template <>
struct StringMaker<std::error_code> {
  static std::string convert(const std::error_code& ec) { return wsaerror::detail::describe(ec); }
};
#endif
}  // namespace Catch

namespace wsaerror {
namespace catch2 {

#if WSAERROR_CATCH2_VERSION >= 3
template <class T>
using matcher_base = Catch::Matchers::MatcherBase<T>;
#else
template <class T>
using matcher_base = Catch::MatcherBase<T>;
#endif

namespace detail {

/// "WSAECONNRESET (10054): Connection reset by peer." for a code that holds a
/// Winsock code (holds_winsock), "generic:111 (Connection refused)" for any other.
inline std::string describe_code(const std::error_code& ec) {
  return wsaerror::detail::describe_found(ec);
}

/// The matchers' common part: describe() is the expectation, then what the
/// last failed match() saw (Catch calls match() before describe()).
class error_code_matcher : public matcher_base<std::error_code> {
 public:
  using matcher_base<std::error_code>::match;
  /// Also matches the code of a thrown std::system_error (REQUIRE_THROWS_MATCHES).
  bool match(const std::system_error& e) const { return match(e.code()); }
  /// And of another exception with a code() that converts to std::error_code
  /// (boost::system::system_error).
  template <class E, class = std::enable_if_t<std::is_base_of_v<std::exception, E> &&
                                              !std::is_base_of_v<std::system_error, E>>,
            class = decltype(static_cast<std::error_code>(std::declval<const E&>().code()))>
  bool match(const E& e) const {
    return match(static_cast<std::error_code>(e.code()));
  }

  std::string describe() const override {
    return seen_.empty() ? expectation_ : expectation_ + " (got " + seen_ + ")";
  }

 protected:
  explicit error_code_matcher(std::string expectation) : expectation_(std::move(expectation)) {}
  bool record(const std::error_code& ec, bool matched) const {
    seen_ = matched ? std::string() : describe_code(ec);
    return matched;
  }

 private:
  std::string expectation_;
  mutable std::string seen_;
};

class is_error_matcher final : public error_code_matcher {
 public:
  explicit is_error_matcher(errc e)
      : error_code_matcher(wsaerror::detail::expect_is_error(e)), code_(e) {}
  bool match(const std::error_code& ec) const override {
    return record(ec, ec == code_);
  }
  using error_code_matcher::match;

 private:
  errc code_;
};

template <class Condition>
class condition_matcher final : public error_code_matcher {
 public:
  condition_matcher(Condition c, std::string what) : error_code_matcher(std::move(what)), cond_(c) {}
  bool match(const std::error_code& ec) const override { return record(ec, ec == cond_); }
  using error_code_matcher::match;

 private:
  Condition cond_;
};

}  // namespace detail

/// Matches a std::error_code or std::system_error holding this Winsock error
/// (as ec == e does: see holds_winsock()).
inline detail::is_error_matcher is_error(errc e) { return detail::is_error_matcher(e); }

/// Matches a std::error_code or std::system_error equivalent to a std::errc;
/// describes itself by the enumerator's name ("std::errc::timed_out").
inline detail::condition_matcher<std::errc> has_condition(std::errc e) {
  return {e, wsaerror::detail::expect_condition(e)};
}

/// Matches a std::error_code or std::system_error in a wsaerror::condition group.
inline detail::condition_matcher<condition> has_condition(condition c) {
  return {c, wsaerror::detail::expect_condition(c)};
}

}  // namespace catch2
}  // namespace wsaerror

#if defined(WSAERROR_BOOST_HPP_INCLUDED)
#include "detail/catch2_boost.hpp"
#endif

#endif
