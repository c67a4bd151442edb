// SPDX-License-Identifier: MIT
// GoogleTest and Boost.System together: included by <wsaerror/gtest.hpp> and
// <wsaerror/boost.hpp>, whichever comes second.
#ifndef WSAERROR_DETAIL_GTEST_BOOST_HPP_INCLUDED
#define WSAERROR_DETAIL_GTEST_BOOST_HPP_INCLUDED

#include <ostream>

namespace boost {
namespace system {
/// "system:10061 (WSAECONNREFUSED)" (wsaerror::detail::boost_code_text), so
/// that a failing EXPECT_EQ(bec, ...) or EXPECT_THAT(bec, ...) names the code
/// bec holds. GoogleTest finds a PrintTo by argument-dependent lookup, so it
/// lives in the namespace of the type it prints (a function, not a
/// specialisation: nothing is added to namespace std or testing).
inline void PrintTo(const error_code& bec, std::ostream* os) {
  *os << ::wsaerror::detail::boost_code_text(bec);
}
}  // namespace system
}  // namespace boost

#endif
