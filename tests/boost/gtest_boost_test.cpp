// SPDX-License-Identifier: MIT
// boost::system::error_code in GoogleTest and gMock (<wsaerror/boost.hpp>
// before <wsaerror/gtest.hpp>; doctest_boost_test.cpp includes the other way
// round): the matchers take the codes real Boost.Asio failures give, and a
// failing assertion prints them by name. The Failing.* tests fail on purpose:
// CTest runs each alone and checks the text GoogleTest prints.
//
// What the codes are comes from outside this project: on Windows the values
// Winsock gives (WSAECONNREFUSED 10061, WSAHOST_NOT_FOUND 11001, Microsoft's
// "Windows Sockets Error Codes"); on POSIX errno and Asio's "asio.netdb".
#include <boost/asio.hpp>
#include <wsaerror/boost.hpp>
#include <wsaerror/gtest.hpp>

#include <cerrno>
#include <string>
#include <system_error>

namespace net = boost::asio;
using net_error_code = boost::system::error_code;
#include "asio_failures.hpp"

namespace {

using namespace asio_failures;
using ::testing::Not;
using ::testing::PrintToString;
using wsaerror::condition;
using wsaerror::errc;
using wsaerror::gtest::HasCondition;
using wsaerror::gtest::IsError;
using wsaerror::gtest::IsWinsock;

}  // namespace

TEST(BoostAsio, RefusedConnect) {
  const boost::system::error_code bec = refused_connect();
  ASSERT_TRUE(bec);
  EXPECT_THAT(bec, HasCondition(std::errc::connection_refused));
  EXPECT_THAT(bec, Not(HasCondition(condition::resolver)));
#ifdef _WIN32
  EXPECT_THAT(bec, IsError(errc::connection_refused));
  EXPECT_THAT(bec, IsWinsock());
  EXPECT_EQ(bec, errc::connection_refused);
  EXPECT_EQ(PrintToString(bec), "system:10061 (WSAECONNREFUSED)");
#else
  // errno: no Winsock code, printed as Boost prints it
  EXPECT_THAT(bec, Not(IsWinsock()));
  EXPECT_EQ(PrintToString(bec), "system:" + std::to_string(ECONNREFUSED));
#endif
}

TEST(BoostAsio, UnknownHost) {
  const boost::system::error_code bec = unknown_host();
  EXPECT_THAT(bec, IsError(errc::host_not_found));
  EXPECT_THAT(bec, HasCondition(condition::resolver));
  EXPECT_THAT(bec, IsWinsock());
  EXPECT_EQ(bec, condition::resolver);
#ifdef _WIN32
  EXPECT_EQ(PrintToString(bec), "system:11001 (WSAHOST_NOT_FOUND)");
#else
  EXPECT_EQ(PrintToString(bec), "asio.netdb:1 (WSAHOST_NOT_FOUND)");
#endif
}

TEST(BoostAsio, ThrownSystemError) {
  net::io_context io;
  const auto closed = closed_endpoint(io);
  // a new socket each call: gMock calls the function again to explain a failure
  EXPECT_THAT([&] { tcp::socket(io).connect(closed); },
              ::testing::Throws<boost::system::system_error>(HasCondition(std::errc::connection_refused)));
}

TEST(Failing, ExpectEqOnAResolve) {
  const boost::system::error_code bec = unknown_host();
  EXPECT_EQ(bec, errc::connection_refused);
}

TEST(Failing, IsErrorOnARefusedConnect) {
  const boost::system::error_code bec = refused_connect();
  EXPECT_THAT(bec, IsError(errc::timed_out));
}

TEST(Failing, ThrowsOnARefusedConnect) {
  net::io_context io;
  const auto closed = closed_endpoint(io);
  // a new socket each call: gMock calls the function again to explain a failure
  EXPECT_THAT([&] { tcp::socket(io).connect(closed); },
              ::testing::Throws<boost::system::system_error>(IsError(errc::timed_out)));
}
