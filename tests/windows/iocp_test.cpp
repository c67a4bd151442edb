// SPDX-License-Identifier: MIT
// Windows' stand-in codes from real overlapped operations with a completion
// port (Windows, or Wine in the MinGW leg): what GetQueuedCompletionStatus()
// leaves in GetLastError() and what OVERLAPPED::Internal holds after a failed
// ConnectEx() and a WSARecv() whose peer resets, checked against the Winsock
// code WSAGetOverlappedResult() gives for the same operation -- the code
// normalize() and from_ntstatus() must give. Each test prints what it saw.
#include <wsaerror/stand_in.hpp>
#include <wsaerror/windows.hpp>

#include <mswsock.h>
#include <ws2tcpip.h>

#include <cstdio>
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

SOCKET overlapped_tcp_socket() {
  return wsaerror::check_socket(
      ::WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_OVERLAPPED), "WSASocket");
}

/// A TCP socket bound to a free loopback port, listening if asked; `bound`
/// receives its address.
SOCKET bound_socket(sockaddr_in& bound, bool listening) {
  const SOCKET s = overlapped_tcp_socket();
  bound = loopback(0);
  wsaerror::check(::bind(s, reinterpret_cast<sockaddr*>(&bound), sizeof bound), "bind");
  if (listening) wsaerror::check(::listen(s, 1), "listen");
  int len = sizeof bound;
  wsaerror::check(::getsockname(s, reinterpret_cast<sockaddr*>(&bound), &len), "getsockname");
  return s;
}

/// What one failed overlapped operation reported, three ways.
struct completion {
  DWORD last_error = 0;    // GetLastError() after GetQueuedCompletionStatus()
  ULONG_PTR internal = 0;  // OVERLAPPED::Internal (the NTSTATUS)
  int wsa_error = 0;       // WSAGetLastError() after WSAGetOverlappedResult()
};

/// Waits for the completion of `ov` on `port` (it must fail) and reads it.
completion failed_completion(HANDLE port, SOCKET s, OVERLAPPED& ov) {
  completion c;
  DWORD bytes = 0;
  ULONG_PTR key = 0;
  OVERLAPPED* done = nullptr;
  const BOOL ok = ::GetQueuedCompletionStatus(port, &bytes, &key, &done, 10000);
  c.last_error = ::GetLastError();
  REQUIRE_FALSE(ok);
  REQUIRE(done == &ov);  // a completion packet, not a timeout
  c.internal = ov.Internal;
  DWORD flags = 0;
  REQUIRE_FALSE(::WSAGetOverlappedResult(s, &ov, &bytes, FALSE, &flags));
  c.wsa_error = ::WSAGetLastError();
  std::printf("GetLastError() %lu, OVERLAPPED::Internal 0x%08lX, WSAGetOverlappedResult: %d\n",
              static_cast<unsigned long>(c.last_error), static_cast<unsigned long>(c.internal),
              c.wsa_error);
  return c;
}

/// What every completion must satisfy: the library turns GetLastError()'s
/// stand-in and the NTSTATUS into the Winsock code WSAGetOverlappedResult()
/// gives for the same operation.
void check_turned_into_winsock(const completion& c) {
  const std::error_code winsock(c.wsa_error, wsaerror::category());
  const std::error_code system(static_cast<int>(c.last_error), std::system_category());
  CHECK(c.last_error != static_cast<DWORD>(c.wsa_error));  // a stand-in indeed
  CHECK(wsaerror::holds_winsock(system));
  CHECK(wsaerror::normalize(system) == winsock);
  CHECK(wsaerror::from_stand_in(static_cast<int>(c.last_error)) == winsock);
  CHECK(wsaerror::from_ntstatus(static_cast<long long>(c.internal)) == winsock);
  CHECK(wsaerror::find_ntstatus(static_cast<long long>(c.internal)) != nullptr);
}

struct iocp {
  HANDLE port = ::CreateIoCompletionPort(INVALID_HANDLE_VALUE, nullptr, 0, 1);
  iocp() { REQUIRE(port != nullptr); }
  ~iocp() { ::CloseHandle(port); }
  iocp(const iocp&) = delete;
  iocp& operator=(const iocp&) = delete;
  void add(SOCKET s) {
    REQUIRE(::CreateIoCompletionPort(reinterpret_cast<HANDLE>(s), port, 1, 0) == port);
  }
};

}  // namespace

TEST_CASE("ConnectEx to a closed port completes with a stand-in for WSAECONNREFUSED", "[iocp]") {
  wsaerror::startup winsock;
  iocp cp;
  sockaddr_in closed{};
  ::closesocket(bound_socket(closed, false));  // a loopback port nothing listens on
  sockaddr_in local{};
  const SOCKET s = bound_socket(local, false);  // ConnectEx wants a bound socket
  cp.add(s);
  LPFN_CONNECTEX connect_ex = nullptr;
  GUID guid = WSAID_CONNECTEX;
  DWORD got = 0;
  wsaerror::check(::WSAIoctl(s, SIO_GET_EXTENSION_FUNCTION_POINTER, &guid, sizeof guid, &connect_ex,
                             sizeof connect_ex, &got, nullptr, nullptr),
                  "WSAIoctl(ConnectEx)");
  OVERLAPPED ov{};
  const BOOL started = connect_ex(s, reinterpret_cast<const sockaddr*>(&closed), sizeof closed,
                                  nullptr, 0, nullptr, &ov);
  REQUIRE_FALSE(started);
  REQUIRE(::WSAGetLastError() == WSA_IO_PENDING);
  const completion c = failed_completion(cp.port, s, ov);
  CHECK(c.wsa_error == WSAECONNREFUSED);
  check_turned_into_winsock(c);
  const std::error_code ec(static_cast<int>(c.last_error), std::system_category());
  CHECK(ec == errc::connection_refused);
  CHECK(wsaerror::normalize(ec) == std::errc::connection_refused);
  CHECK(wsaerror::normalize(ec).message() == "Connection refused.");
  ::closesocket(s);
}

TEST_CASE("WSARecv whose peer resets completes with a stand-in for WSAECONNRESET", "[iocp]") {
  wsaerror::startup winsock;
  iocp cp;
  sockaddr_in where{};
  const SOCKET listener = bound_socket(where, true);
  const SOCKET client = overlapped_tcp_socket();
  wsaerror::check(::connect(client, reinterpret_cast<sockaddr*>(&where), sizeof where), "connect");
  const SOCKET peer = wsaerror::check_socket(::accept(listener, nullptr, nullptr), "accept");
  cp.add(client);
  char buffer[16];
  WSABUF buf{sizeof buffer, buffer};
  DWORD flags = 0;
  OVERLAPPED ov{};
  wsaerror::check_overlapped(::WSARecv(client, &buf, 1, nullptr, &flags, &ov, nullptr), "WSARecv");
  const linger hard{1, 0};  // closesocket() then sends a reset
  wsaerror::check(::setsockopt(peer, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&hard),
                               sizeof hard),
                  "setsockopt(SO_LINGER)");
  ::closesocket(peer);
  const completion c = failed_completion(cp.port, client, ov);
  CHECK(c.wsa_error == WSAECONNRESET);
  check_turned_into_winsock(c);
  const std::error_code ec(static_cast<int>(c.last_error), std::system_category());
  CHECK(ec == errc::connection_reset);
  CHECK(ec == wsaerror::condition::connection_lost);
  ::closesocket(client);
  ::closesocket(listener);
}
