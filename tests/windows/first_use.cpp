// SPDX-License-Identifier: MIT
// The one-line idiom exactly as users write it, as the first use of the
// category in a fresh process: socket() before WSAStartup fails with
// WSANOTINITIALISED (10093), and the error_code must hold 10093 whichever
// argument the compiler evaluates first. FIRST_USE_SWAPPED builds the other
// order (the category is looked up before WSAGetLastError() runs, whatever
// the compiler's order, through a helper taking the arguments swapped).
#include <winsock2.h>

#include <wsaerror/wsaerror.hpp>

#include <cstdio>
#include <system_error>

#ifdef FIRST_USE_SWAPPED
// Arguments in the other order: (category, value).
static std::error_code code_of(const std::error_category& cat, int value) {
  return std::error_code(value, cat);
}
#endif

int main() {
  if (::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) != INVALID_SOCKET) {
    std::puts("socket() succeeded before WSAStartup");
    return 2;
  }
#ifndef FIRST_USE_SWAPPED
  std::error_code ec(WSAGetLastError(), wsaerror::category());
#else
  std::error_code ec = code_of(wsaerror::category(), WSAGetLastError());
#endif
  std::error_code sys(WSAGetLastError(), std::system_category());
  // The condition category's first use must not touch it either.
  const bool startup = std::error_code(WSAGetLastError(), std::system_category()) ==
                       wsaerror::condition::startup;
  const int after = WSAGetLastError();
  std::printf("%s:%d system:%d condition:%d last:%d\n", ec.category().name(), ec.value(),
              sys.value(), startup ? 1 : 0, after);
  return ec.value() == 10093 && ec == wsaerror::errc::not_initialised && sys.value() == 10093 &&
                 startup && after == 10093
             ? 0
             : 1;
}
