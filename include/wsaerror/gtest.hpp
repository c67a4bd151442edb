// SPDX-License-Identifier: MIT
// GoogleTest and gMock helpers (tested with GoogleTest 1.12, Debian 12's), opt-in:
//   PrintTo(wsaerror::errc)        "WSAECONNREFUSED (10061)", so a failing
//       EXPECT_EQ(ec, wsaerror::errc::connection_refused) names the code;
//       the same for error_info and find() results ("nullptr", not an
//       address), and for wsaerror::condition
//       "wsaerror::condition::resolver (name resolution failed)";
//   std::error_code, when you opt in (WSAERROR_PRINT_ERROR_CODE defined to 1
//       for every file of the test program): "winsock:10060 (WSAETIMEDOUT)"
//       for a code that holds a Winsock code, GoogleTest's own "generic:111"
//       for others (and a std::system_error as its what() and code, not its
//       bytes). GoogleTest finds PrintTo by argument-dependent lookup, and
//       a program may not add names to namespace std, so this specialises
//       testing::internal::UniversalPrinter<std::error_code> instead: not a
//       documented extension point, hence opt-in (docs/testing.md);
//   gMock matchers for EXPECT_THAT on a std::error_code or std::system_error:
//       wsaerror::gtest::IsError(errc), HasCondition(std::errc),
//       HasCondition(wsaerror::condition), IsWinsock().
// The texts are detail/describe.hpp's, shared with <wsaerror/catch2.hpp> and
// <wsaerror/doctest.hpp>; the matchers ask the one rule (holds_winsock).
#ifndef WSAERROR_GTEST_HPP_INCLUDED
#define WSAERROR_GTEST_HPP_INCLUDED

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>

#include "detail/describe.hpp"
#include "table.hpp"

namespace wsaerror {

/// "WSAECONNREFUSED (10061)"; the number alone for a value that is no code.
inline void PrintTo(errc e, std::ostream* os) { *os << detail::describe(e); }
/// "wsaerror::condition::resolver (name resolution failed)".
inline void PrintTo(condition c, std::ostream* os) { *os << detail::describe(c); }
/// "WSAECONNREFUSED (10061)".
inline void PrintTo(const error_info& e, std::ostream* os) { *os << detail::describe(e); }
/// A find() result: the entry as above, or "nullptr".
inline void PrintTo(const error_info* e, std::ostream* os) { *os << detail::describe(e); }

namespace gtest {
namespace detail {

/// The code a matcher looks at: a std::error_code; the code() of a thrown
/// exception (std::system_error, boost::system::system_error); or a value
/// that converts to std::error_code (boost::system::error_code, as Boost
/// converts it). By value: a converted code is a temporary.
inline std::error_code code_of(const std::error_code& ec) noexcept { return ec; }
template <class E, std::enable_if_t<std::is_base_of_v<std::exception, E>, int> = 0>
std::error_code code_of(const E& e) {
  return static_cast<std::error_code>(e.code());
}
template <class T, std::enable_if_t<!std::is_base_of_v<std::exception, T> &&
                                        !std::is_same_v<T, std::error_code> &&
                                        std::is_convertible_v<const T&, std::error_code>,
                                    int> = 0>
std::error_code code_of(const T& value) {
  return value;
}

/// The matchers' one implementation (a gMock polymorphic matcher): what is
/// tested, and the texts of detail/describe.hpp.
class error_code_matcher {
 public:
  enum class kind { error, std_condition, condition, winsock };

  error_code_matcher(kind k, int value) : kind_(k), value_(value) {}

  template <class T>
  bool MatchAndExplain(const T& value, ::testing::MatchResultListener* listener) const {
    const std::error_code ec = code_of(value);
    *listener << "which is " << wsaerror::detail::describe_found(ec);
    return matches(ec);
  }

  void DescribeTo(std::ostream* os) const {
    switch (kind_) {
      case kind::error: *os << wsaerror::detail::expect_is_error(static_cast<errc>(value_)); break;
      case kind::std_condition:
        *os << wsaerror::detail::expect_condition(static_cast<std::errc>(value_));
        break;
      case kind::condition:
        *os << wsaerror::detail::expect_condition(static_cast<condition>(value_));
        break;
      case kind::winsock: *os << wsaerror::detail::expect_winsock(); break;
    }
  }

  void DescribeNegationTo(std::ostream* os) const {
    switch (kind_) {
      case kind::error: *os << wsaerror::detail::expect_not_error(static_cast<errc>(value_)); break;
      case kind::std_condition:
        *os << wsaerror::detail::expect_not_condition(static_cast<std::errc>(value_));
        break;
      case kind::condition:
        *os << wsaerror::detail::expect_not_condition(static_cast<condition>(value_));
        break;
      case kind::winsock: *os << wsaerror::detail::expect_not_winsock(); break;
    }
  }

 private:
  bool matches(const std::error_code& ec) const {
    switch (kind_) {
      case kind::error: return ec == static_cast<errc>(value_);
      case kind::std_condition: return ec == static_cast<std::errc>(value_);
      case kind::condition: return ec == static_cast<condition>(value_);
      case kind::winsock: break;
    }
    return holds_winsock(ec);
  }

  kind kind_;
  int value_;
};

/// What IsError() and the others return: usable in EXPECT_THAT with a
/// std::error_code or a std::system_error, and with Not(), AllOf()...
using matcher = ::testing::PolymorphicMatcher<error_code_matcher>;

}  // namespace detail

/// Matches a std::error_code or std::system_error holding this Winsock error
/// (as ec == e does: see holds_winsock()).
inline detail::matcher IsError(errc e) {
  return ::testing::MakePolymorphicMatcher(
      detail::error_code_matcher(detail::error_code_matcher::kind::error, static_cast<int>(e)));
}

/// Matches a std::error_code or std::system_error equivalent to a std::errc;
/// describes itself by the enumerator's name ("std::errc::timed_out").
inline detail::matcher HasCondition(std::errc e) {
  return ::testing::MakePolymorphicMatcher(detail::error_code_matcher(
      detail::error_code_matcher::kind::std_condition, static_cast<int>(e)));
}

/// Matches a std::error_code or std::system_error in a wsaerror::condition group.
inline detail::matcher HasCondition(condition c) {
  return ::testing::MakePolymorphicMatcher(
      detail::error_code_matcher(detail::error_code_matcher::kind::condition, static_cast<int>(c)));
}

/// Matches a std::error_code or std::system_error that holds a Winsock code
/// (holds_winsock()).
inline detail::matcher IsWinsock() {
  return ::testing::MakePolymorphicMatcher(
      detail::error_code_matcher(detail::error_code_matcher::kind::winsock, 0));
}

}  // namespace gtest
}  // namespace wsaerror

#if defined(WSAERROR_PRINT_ERROR_CODE) && WSAERROR_PRINT_ERROR_CODE
namespace testing {
namespace internal {
/// "winsock:10060 (WSAETIMEDOUT)": EXPECT_EQ(ec, errc::x) names both sides.
template <>
class UniversalPrinter<std::error_code> {
 public:
  static void Print(const std::error_code& ec, std::ostream* os) {
    *os << ::wsaerror::detail::describe(ec);
  }
};
/// "connect: Connection timed out. [winsock:10060 (WSAETIMEDOUT)]", not its bytes.
template <>
class UniversalPrinter<std::system_error> {
 public:
  static void Print(const std::system_error& e, std::ostream* os) {
    *os << e.what() << " [" << ::wsaerror::detail::describe(e.code()) << ']';
  }
};
}  // namespace internal
}  // namespace testing
#endif

#if defined(WSAERROR_BOOST_HPP_INCLUDED)
#include "detail/gtest_boost.hpp"
#endif

#endif
