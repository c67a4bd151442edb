// SPDX-License-Identifier: MIT
// boost::system::error_code in doctest (<wsaerror/doctest.hpp> before
// <wsaerror/boost.hpp>; gtest_boost_test.cpp includes the other way round):
// a failing CHECK prints the codes real Boost.Asio failures give by name. The
// cases named "failing ..." fail on purpose (skipped unless selected): CTest
// runs each alone and checks the text doctest prints.
//
// What the codes are comes from outside this project: on Windows the values
// Winsock gives (WSAHOST_NOT_FOUND 11001, Microsoft's "Windows Sockets Error
// Codes"); on POSIX errno and Asio's "asio.netdb".
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <wsaerror/doctest.hpp>

#include <boost/asio.hpp>
#include <wsaerror/boost.hpp>

#include <cerrno>
#include <string>
#include <system_error>

namespace net = boost::asio;
using net_error_code = boost::system::error_code;
#include "asio_failures.hpp"

namespace {
using namespace asio_failures;
using wsaerror::condition;
using wsaerror::errc;

std::string text(const boost::system::error_code& bec) {
  return doctest::StringMaker<boost::system::error_code>::convert(bec).c_str();
}
}  // namespace

TEST_CASE("a failed resolve prints by name") {
  const boost::system::error_code bec = unknown_host();
  CHECK(bec == errc::host_not_found);
  CHECK(bec == condition::resolver);
#ifdef _WIN32
  CHECK(text(bec) == "system:11001 (WSAHOST_NOT_FOUND)");
#else
  CHECK(text(bec) == "asio.netdb:1 (WSAHOST_NOT_FOUND)");
#endif
}

TEST_CASE("a refused connect") {
  const boost::system::error_code bec = refused_connect();
  CHECK(bec == std::errc::connection_refused);
#ifdef _WIN32
  CHECK(bec == errc::connection_refused);
  CHECK(text(bec) == "system:10061 (WSAECONNREFUSED)");
#else
  CHECK(text(bec) == "system:" + std::to_string(ECONNREFUSED));
#endif
}

TEST_CASE("failing CHECK on a failed resolve" * doctest::skip()) {
  const boost::system::error_code bec = unknown_host();
  CHECK(bec == errc::connection_refused);
}
