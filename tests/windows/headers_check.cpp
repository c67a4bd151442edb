// SPDX-License-Identifier: MIT
// The table against the real Windows headers. Built four ways (with and
// without WIN32_LEAN_AND_MEAN and NOMINMAX, set by CMake) and with wsaerror's
// headers before or after <winsock2.h>, <ws2tcpip.h> and <windows.h>
// (WSAERROR_INCLUDE_FIRST). Compiling proves the values; headers_missing()
// reports, at run time, which names these headers do not define at all.
#if defined(WSAERROR_INCLUDE_FIRST)
#include <wsaerror/windows.hpp>
#include <wsaerror/wsaerror.hpp>
#endif

#include <errno.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#if !defined(WSAERROR_INCLUDE_FIRST)
#include <wsaerror/windows.hpp>
#include <wsaerror/wsaerror.hpp>
#endif

#include <string>
#include <vector>

#ifndef HEADERS_CHECK_NAME
#error "CMake names each variant"
#endif

std::vector<std::string> HEADERS_CHECK_NAME() {
  std::vector<std::string> missing;
#define WSAERROR_MISSING(name) missing.push_back(#name);
#include "winsock_macros.inc"
#undef WSAERROR_MISSING
  // errno.h's BSD names are the C runtime's, not Winsock's: the table's
  // ECONNREFUSED is 10061, <errno.h>'s is 107. wsaerror looks names up as data.
#ifdef ECONNREFUSED
  static_assert(ECONNREFUSED != 10061, "MinGW's ECONNREFUSED is the CRT's");
#endif
  static_assert(wsaerror::find("ECONNREFUSED")->value == 10061, "the table's ECONNREFUSED");
  return missing;
}
