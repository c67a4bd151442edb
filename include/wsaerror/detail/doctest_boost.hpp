// SPDX-License-Identifier: MIT
// doctest and Boost.System together: included by <wsaerror/doctest.hpp> and
// <wsaerror/boost.hpp>, whichever comes second.
#ifndef WSAERROR_DETAIL_DOCTEST_BOOST_HPP_INCLUDED
#define WSAERROR_DETAIL_DOCTEST_BOOST_HPP_INCLUDED

namespace doctest {
/// "system:10061 (WSAECONNREFUSED)" (wsaerror::detail::boost_code_text), so
/// that a failing CHECK(bec == wsaerror::errc::x) names the code bec holds.
template <>
struct StringMaker<boost::system::error_code> {
  static String convert(const boost::system::error_code& bec) {
    return String(::wsaerror::detail::boost_code_text(bec).c_str());
  }
};
}  // namespace doctest

#endif
