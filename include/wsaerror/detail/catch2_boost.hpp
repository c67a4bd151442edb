// SPDX-License-Identifier: MIT
// Catch2 and Boost.System together: included by <wsaerror/catch2.hpp> and
// <wsaerror/boost.hpp>, whichever comes second.
#ifndef WSAERROR_DETAIL_CATCH2_BOOST_HPP_INCLUDED
#define WSAERROR_DETAIL_CATCH2_BOOST_HPP_INCLUDED

#include <string>

namespace Catch {
/// "system:10061 (WSAECONNREFUSED)" (wsaerror::detail::boost_code_text), so
/// that a failing REQUIRE(bec == wsaerror::errc::x) names the code bec holds.
template <>
struct StringMaker<boost::system::error_code> {
  static std::string convert(const boost::system::error_code& bec) {
    return wsaerror::detail::boost_code_text(bec);
  }
};
}  // namespace Catch

#endif
