// SPDX-License-Identifier: MIT
// Real Winsock behaviour (Windows, or Wine), asserted through wsaerror: each
// failure is checked as last_error() == wsaerror::errc::... and against its
// std::errc condition. "[before-startup]" must run in a process of its own.
#include <wsaerror/windows.hpp>

#include <ws2tcpip.h>

#include <cstring>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

namespace {

sockaddr_in loopback(unsigned short port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

SOCKET tcp_socket() {
  return wsaerror::check_socket(::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), "socket");
}

/// A TCP socket bound to a free loopback port (listening if asked); `bound`
/// receives its address.
SOCKET bound_socket(sockaddr_in& bound, bool listening) {
  const SOCKET s = tcp_socket();
  bound = loopback(0);
  wsaerror::check(::bind(s, reinterpret_cast<sockaddr*>(&bound), sizeof bound), "bind");
  if (listening) wsaerror::check(::listen(s, 1), "listen");
  int len = sizeof bound;
  wsaerror::check(::getsockname(s, reinterpret_cast<sockaddr*>(&bound), &len), "getsockname");
  return s;
}

/// A loopback port nothing listens on: bound and closed again.
unsigned short free_port() {
  sockaddr_in a{};
  ::closesocket(bound_socket(a, false));
  return ntohs(a.sin_port);
}

}  // namespace

TEST_CASE("a socket call before WSAStartup fails with WSANOTINITIALISED", "[before-startup]") {
  const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  REQUIRE(s == INVALID_SOCKET);
  const std::error_code ec = wsaerror::last_error();
  CHECK(ec == errc::not_initialised);
  CHECK(ec == wsaerror::condition::startup);
  std::error_code ec2;
  CHECK_FALSE(wsaerror::check_socket(s, ec2));
  CHECK(ec2 == errc::not_initialised);
  CHECK_THROWS_AS(wsaerror::check_socket(s, "socket"), std::system_error);
}

TEST_CASE("real Winsock failures come out as the documented codes", "[winsock]") {
  wsaerror::startup winsock;
  REQUIRE(winsock.started());

  SECTION("connect to a closed loopback port: WSAECONNREFUSED") {
    const unsigned short port = free_port();
    const SOCKET s = tcp_socket();
    sockaddr_in a = loopback(port);
    std::error_code ec;
    CHECK_FALSE(wsaerror::check(::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a), ec));
    CHECK(ec == errc::connection_refused);
    CHECK(ec == std::errc::connection_refused);
    ::closesocket(s);
  }

  SECTION("getaddrinfo on a .invalid name: WSAHOST_NOT_FOUND") {
    addrinfo* result = nullptr;
    const int rc = ::getaddrinfo("wsaerror-test.invalid", "80", nullptr, &result);
    REQUIRE(rc != 0);
    // getaddrinfo returns the code (and sets WSAGetLastError() to it too).
    const std::error_code ec = wsaerror::to_error_code(rc);
    INFO("getaddrinfo returned " << rc << ": " << ec.message());
    CHECK(ec == errc::host_not_found);
    CHECK(ec == wsaerror::condition::resolver);
    CHECK(wsaerror::last_error() == errc::host_not_found);
  }

  SECTION("a non-blocking connect: WSAEWOULDBLOCK") {
    sockaddr_in a{};
    const SOCKET listener = bound_socket(a, true);
    const SOCKET s = tcp_socket();
    u_long non_blocking = 1;
    wsaerror::check(::ioctlsocket(s, FIONBIO, &non_blocking), "ioctlsocket");
    const int rc = ::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    REQUIRE(rc == SOCKET_ERROR);
    const std::error_code ec = wsaerror::last_error();
    CHECK(ec == errc::would_block);
    CHECK(ec == std::errc::operation_would_block);
    CHECK(ec == std::errc::resource_unavailable_try_again);
    CHECK(ec == wsaerror::condition::transient);
    ::closesocket(s);
    ::closesocket(listener);
  }

  SECTION("binding a port in use: WSAEADDRINUSE") {
    sockaddr_in a{};
    const SOCKET first = bound_socket(a, true);
    const SOCKET second = tcp_socket();
    try {
      wsaerror::check(::bind(second, reinterpret_cast<sockaddr*>(&a), sizeof a), "bind");
      FAIL("the second bind succeeded");
    } catch (const std::system_error& e) {
      CHECK(e.code() == errc::address_in_use);
      CHECK(e.code() == std::errc::address_in_use);
      CHECK(std::string(e.what()).find("bind") != std::string::npos);
    }
    ::closesocket(second);
    ::closesocket(first);
  }

  SECTION("an operation on a closed socket handle: WSAENOTSOCK") {
    const SOCKET s = tcp_socket();
    ::closesocket(s);
    const char payload = 0;
    REQUIRE(::send(s, &payload, 1, 0) == SOCKET_ERROR);
    const std::error_code ec = wsaerror::last_error();
    CHECK(ec == errc::not_a_socket);
    CHECK(ec == std::errc::not_a_socket);
  }
}

TEST_CASE("WSAGetLastError() values in std::system_category() compare equal", "[winsock][interop]") {
  wsaerror::startup winsock;
  // What code that knows nothing of wsaerror does with a failed connect.
  const SOCKET s = tcp_socket();
  sockaddr_in a = loopback(free_port());
  REQUIRE(::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == SOCKET_ERROR);
  const std::error_code sys(::WSAGetLastError(), std::system_category());
  ::closesocket(s);
  CHECK(sys == errc::connection_refused);
  CHECK(errc::connection_refused == sys);
  CHECK_FALSE(sys != errc::connection_refused);
  CHECK(sys != errc::connection_reset);
  CHECK(wsaerror::normalize(sys) == std::errc::connection_refused);
  CHECK(std::error_code(WSAHOST_NOT_FOUND, std::system_category()) == wsaerror::condition::resolver);
  // What MinGW's libstdc++ (GCC 12) does without normalize(): no mapping.
  INFO("system_category() maps 10061 to std::errc: " << (sys == std::errc::connection_refused));
  CHECK(wsaerror::normalize(sys).message() == "Connection refused.");
}
