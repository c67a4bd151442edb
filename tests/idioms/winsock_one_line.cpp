// SPDX-License-Identifier: MIT
// Idiom (Windows): the one-line WSAGetLastError() form, right after a failed
// call, then the same in std::system_category(), then thrown.
#include <winsock2.h>
#include <ws2tcpip.h>

#include <wsaerror/wsaerror.hpp>

#include <cstdio>
#include <system_error>

int main() {
  WSADATA data;
  if (WSAStartup(MAKEWORD(2, 2), &data) != 0) return 2;
  SOCKET probe = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int len = sizeof a;
  bind(probe, reinterpret_cast<sockaddr*>(&a), sizeof a);
  getsockname(probe, reinterpret_cast<sockaddr*>(&a), &len);
  closesocket(probe);  // a loopback port nothing listens on

  SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == SOCKET_ERROR) {
    std::error_code ec(WSAGetLastError(), wsaerror::category());
    std::error_code sys(WSAGetLastError(), std::system_category());
    std::printf("%s:%d %s\n", ec.category().name(), ec.value(), ec.message().c_str());
    const bool ok = ec == wsaerror::errc::connection_refused && ec == std::errc::connection_refused &&
                    sys == wsaerror::errc::connection_refused && sys.value() == 10061;
    try {
      throw std::system_error(WSAGetLastError(), wsaerror::category(), "connect");
    } catch (const std::system_error& e) {
      std::printf("%s\n", e.what());
      closesocket(s);
      WSACleanup();
      if (!ok || e.code() != wsaerror::errc::connection_refused) return 1;
      std::printf("ok\n");  // CTest checks the output, not the status
      return 0;
    }
  }
  return 1;
}
