// SPDX-License-Identifier: MIT
// <wsaerror/windows.hpp> with real Winsock (Wine in the MinGW leg): the
// checks for calls that return their error, for overlapped calls, `what` as
// std::string or std::string_view, and find() with nothing else included.
#include <wsaerror/windows.hpp>  // the only wsaerror header of this file

#include <ws2tcpip.h>

#include <string>
#include <string_view>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

namespace {

sockaddr_in loopback_any_port() {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

/// A connected loopback TCP pair (client, server side).
void connected_pair(SOCKET& client, SOCKET& server) {
  const SOCKET listener = wsaerror::check_socket(::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), "socket");
  sockaddr_in a = loopback_any_port();
  wsaerror::check(::bind(listener, reinterpret_cast<sockaddr*>(&a), sizeof a), "bind");
  wsaerror::check(::listen(listener, 1), "listen");
  int len = sizeof a;
  wsaerror::check(::getsockname(listener, reinterpret_cast<sockaddr*>(&a), &len), "getsockname");
  client = wsaerror::check_socket(::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), "socket");
  wsaerror::check(::connect(client, reinterpret_cast<sockaddr*>(&a), sizeof a), "connect");
  server = wsaerror::check_socket(::accept(listener, nullptr, nullptr), "accept");
  ::closesocket(listener);
}

}  // namespace

TEST_CASE("check_returned: getaddrinfo's returned error throws", "[windows-hpp]") {
  wsaerror::startup winsock;
  addrinfo* result = nullptr;
  try {
    wsaerror::check_returned(::getaddrinfo("wsaerror-test.invalid", "80", nullptr, &result),
                             "getaddrinfo");
    FAIL("getaddrinfo resolved a .invalid name");
  } catch (const std::system_error& e) {
    CHECK(e.code() == errc::host_not_found);
    CHECK(e.code() == wsaerror::condition::resolver);
    CHECK(std::string(e.what()).find("getaddrinfo") != std::string::npos);
  }
  std::error_code ec;
  CHECK_FALSE(wsaerror::check_returned(::getaddrinfo("wsaerror-test.invalid", "80", nullptr, &result), ec));
  CHECK(ec == errc::host_not_found);
  // Success returns 0 and clears ec.
  REQUIRE(wsaerror::check_returned(::getaddrinfo("127.0.0.1", "80", nullptr, &result), ec));
  CHECK_FALSE(ec);
  ::freeaddrinfo(result);
}

TEST_CASE("check_returned: getnameinfo's returned error throws", "[windows-hpp]") {
  wsaerror::startup winsock;
  sockaddr_in a = loopback_any_port();
  char host[NI_MAXHOST];
  // An address length too short for any address: EAI_FAIL or WSAEFAULT.
  const int rc = ::getnameinfo(reinterpret_cast<sockaddr*>(&a), 1, host, sizeof host, nullptr, 0, 0);
  INFO("getnameinfo returned " << rc);
  REQUIRE(rc != 0);
  try {
    wsaerror::check_returned(rc, "getnameinfo");
    FAIL("check_returned did not throw");
  } catch (const std::system_error& e) {
    CHECK(e.code().value() == rc);
    CHECK(e.code().category() == wsaerror::category());
  }
  CHECK(wsaerror::check_returned(::getnameinfo(reinterpret_cast<sockaddr*>(&a), sizeof a, host,
                                               sizeof host, nullptr, 0, NI_NUMERICHOST),
                                 "getnameinfo") == 0);
  CHECK(std::string(host) == "127.0.0.1");
}

TEST_CASE("check_returned: WSAStartup's returned error throws", "[windows-hpp]") {
  WSADATA data{};
  try {
    wsaerror::check_returned(::WSAStartup(MAKEWORD(0, 0), &data), "WSAStartup");
    ::WSACleanup();
    FAIL("WSAStartup accepted version 0.0");
  } catch (const std::system_error& e) {
    CHECK(e.code() == errc::version_not_supported);
  }
}

TEST_CASE("check_overlapped: WSA_IO_PENDING is success, other failures throw", "[windows-hpp]") {
  wsaerror::startup winsock;
  SOCKET client = INVALID_SOCKET;
  SOCKET server = INVALID_SOCKET;
  connected_pair(client, server);
  char buffer[16] = {};
  WSABUF buf{sizeof buffer, buffer};
  WSAOVERLAPPED ov{};
  ov.hEvent = ::WSACreateEvent();
  DWORD flags = 0;
  // Nothing was sent yet: the receive cannot complete now.
  const int rc = wsaerror::check_overlapped(::WSARecv(server, &buf, 1, nullptr, &flags, &ov, nullptr),
                                            "WSARecv");
  CHECK(rc == SOCKET_ERROR);
  CHECK(wsaerror::last_error() == errc::io_pending);
  // It completes when data comes.
  wsaerror::check(::send(client, "hi", 2, 0), "send");
  REQUIRE(::WSAWaitForMultipleEvents(1, &ov.hEvent, TRUE, 5000, FALSE) == WSA_WAIT_EVENT_0);
  DWORD received = 0;
  REQUIRE(::WSAGetOverlappedResult(server, &ov, &received, FALSE, &flags));
  CHECK(received == 2);
  // Completed at once: 0, and the std::error_code form agrees.
  std::error_code ec;
  wsaerror::check(::send(client, "!", 1, 0), "send");
  ::Sleep(50);
  ::WSAResetEvent(ov.hEvent);
  CHECK(wsaerror::check_overlapped(::WSARecv(server, &buf, 1, &received, &flags, &ov, nullptr), ec));
  CHECK_FALSE(ec);
  ::WSACloseEvent(ov.hEvent);
  ::closesocket(client);
  ::closesocket(server);
  // Any other failure throws.
  WSAOVERLAPPED ov2{};
  CHECK_THROWS_MATCHES(
      wsaerror::check_overlapped(::WSARecv(server, &buf, 1, nullptr, &flags, &ov2, nullptr), "WSARecv"),
      std::system_error, Catch::Predicate<std::system_error>([](const std::system_error& e) {
        return e.code() == errc::not_a_socket;
      }));
  CHECK_FALSE(wsaerror::check_overlapped(::WSARecv(server, &buf, 1, nullptr, &flags, &ov2, nullptr), ec));
  CHECK(ec == errc::not_a_socket);
}

TEST_CASE("`what` may be a std::string or a std::string_view", "[windows-hpp]") {
  wsaerror::startup winsock;
  const std::string host = "127.0.0.1";
  const SOCKET s = wsaerror::check_socket(::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), "socket for " + host);
  ::closesocket(s);
  try {
    wsaerror::check(::send(s, "x", 1, 0), "send to " + host);
    FAIL("send on a closed socket worked");
  } catch (const std::system_error& e) {
    CHECK(std::string(e.what()).rfind("send to 127.0.0.1", 0) == 0);
    CHECK(e.code() == errc::not_a_socket);
  }
  const std::string_view what = "send";
  CHECK_THROWS_AS(wsaerror::check(::send(s, "x", 1, 0), what), std::system_error);
  CHECK_THROWS_AS(wsaerror::throw_last_error(std::string("x")), std::system_error);
}

TEST_CASE("find() needs no other header than windows.hpp", "[windows-hpp]") {
  const std::error_code ec(WSAECONNREFUSED, std::system_category());
  const wsaerror::error_info* e = wsaerror::find(ec);
  REQUIRE(e != nullptr);
  CHECK(e->name == "WSAECONNREFUSED");
  CHECK(wsaerror::find(WSAEWOULDBLOCK)->code() == errc::would_block);
}

TEST_CASE("check_overlapped with a std::error_code: WSA_IO_PENDING is success", "[windows-hpp]") {
  // [windows.overlapped-pending] the non-throwing form, as an IOCP loop calls it
  wsaerror::startup winsock;
  SOCKET client = INVALID_SOCKET;
  SOCKET server = INVALID_SOCKET;
  connected_pair(client, server);
  char buffer[16] = {};
  WSABUF buf{sizeof buffer, buffer};
  WSAOVERLAPPED ov{};
  ov.hEvent = ::WSACreateEvent();
  DWORD flags = 0;
  std::error_code ec = errc::timed_out;  // left from an earlier call: must be cleared
  CHECK(wsaerror::check_overlapped(::WSARecv(server, &buf, 1, nullptr, &flags, &ov, nullptr), ec));
  CHECK_FALSE(ec);
  CHECK(::WSAGetLastError() == WSA_IO_PENDING);
  wsaerror::check(::send(client, "hi", 2, 0), "send");
  REQUIRE(::WSAWaitForMultipleEvents(1, &ov.hEvent, TRUE, 5000, FALSE) == WSA_WAIT_EVENT_0);
  ::WSACloseEvent(ov.hEvent);
  ::closesocket(client);
  ::closesocket(server);
}

TEST_CASE("check_returned takes the code the call returned, not WSAGetLastError()", "[windows-hpp]") {
  // [windows.returned-uses-last-error] getaddrinfo() returns its error; a call
  // in between (a log line, a cleanup) may have left another in WSAGetLastError()
  wsaerror::startup winsock;
  std::error_code ec;
  ::WSASetLastError(WSAEWOULDBLOCK);
  CHECK_FALSE(wsaerror::check_returned(WSAHOST_NOT_FOUND, ec));
  CHECK(ec == errc::host_not_found);
  ::WSASetLastError(WSAEWOULDBLOCK);
  CHECK_THROWS_MATCHES(wsaerror::check_returned(WSATRY_AGAIN, "getaddrinfo"), std::system_error,
                       Catch::Predicate<std::system_error>([](const std::system_error& e) {
                         return e.code() == errc::host_not_found_try_again;
                       }));
}
