// SPDX-License-Identifier: MIT
// Windows socket code without error boilerplate (Windows only, opt-in; link
// the wsaerror::windows CMake target, which brings ws2_32):
//
//   wsaerror::startup winsock;                        // WSAStartup/WSACleanup
//   SOCKET s = wsaerror::check_socket(socket(AF_INET, SOCK_STREAM, 0), "socket");
//   wsaerror::check(connect(s, addr, len), "connect to " + host); // throws std::system_error
//   wsaerror::check_returned(getaddrinfo(host, port, &hints, &res), "getaddrinfo");
//   wsaerror::check_overlapped(WSARecv(s, &buf, 1, nullptr, &flags, &ov, nullptr), "WSARecv");
//   if (send(s, p, n, 0) == SOCKET_ERROR && wsaerror::last_error() == wsaerror::errc::would_block) ...
//
// Includes <winsock2.h> itself (and refuses an earlier <winsock.h>, whose
// declarations conflict with it).
#ifndef WSAERROR_WINDOWS_HPP_INCLUDED
#define WSAERROR_WINDOWS_HPP_INCLUDED

#if !defined(_WIN32)
#error "<wsaerror/windows.hpp> is for Windows; the rest of wsaerror works everywhere"
#endif

#if defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_)
#error "<winsock.h> was included before <wsaerror/windows.hpp>; include <winsock2.h> (or this header) first, or define WIN32_LEAN_AND_MEAN before <windows.h>"
#endif

#include <winsock2.h>

#include <string>
#include <string_view>
#include <system_error>

#include "category.hpp"
#include "table.hpp"  // find(), find(const std::error_code&)

namespace wsaerror {

/// A Winsock code as a std::error_code in the winsock category.
inline std::error_code to_error_code(int wsa_error) noexcept {
  return std::error_code(wsa_error, category());
}

/// WSAGetLastError() as a std::error_code in the winsock category.
inline std::error_code last_error() noexcept { return to_error_code(::WSAGetLastError()); }

/// Throws std::system_error(last_error(), what). `what` is a string literal, a
/// std::string ("connect to " + host) or a std::string_view.
[[noreturn]] inline void throw_last_error(std::string_view what) {
  const std::error_code ec = last_error();  // before anything else can reset it
  throw std::system_error(ec, std::string(what));
}

/// `result` of a call that returns SOCKET_ERROR on failure (connect, bind,
/// send...); throws std::system_error(last_error(), what) if it failed.
inline int check(int result, std::string_view what) {
  if (result == SOCKET_ERROR) throw_last_error(what);
  return result;
}

/// The same without exceptions: false and `ec` set if `result` is SOCKET_ERROR,
/// true and `ec` cleared otherwise.
inline bool check(int result, std::error_code& ec) noexcept {
  ec = result == SOCKET_ERROR ? last_error() : std::error_code();
  return !ec;
}

/// `s` from a call that returns INVALID_SOCKET on failure (socket, accept...);
/// throws std::system_error(last_error(), what) if it failed.
inline SOCKET check_socket(SOCKET s, std::string_view what) {
  if (s == INVALID_SOCKET) throw_last_error(what);
  return s;
}

/// The same without exceptions.
inline bool check_socket(SOCKET s, std::error_code& ec) noexcept {
  ec = s == INVALID_SOCKET ? last_error() : std::error_code();
  return !ec;
}

/// `rc` of a call that returns its error code instead of SOCKET_ERROR
/// (getaddrinfo, getnameinfo, WSAStartup: 0 is success); throws
/// std::system_error(to_error_code(rc), what) if it is not 0.
inline int check_returned(int rc, std::string_view what) {
  if (rc != 0) throw std::system_error(to_error_code(rc), std::string(what));
  return rc;
}

/// The same without exceptions: false and `ec` set if `rc` is not 0.
inline bool check_returned(int rc, std::error_code& ec) noexcept {
  ec = rc == 0 ? std::error_code() : to_error_code(rc);
  return !ec;
}

/// `result` of an overlapped call (WSARecv, WSASend, WSAIoctl... with an
/// OVERLAPPED): 0 when it completed at once, SOCKET_ERROR with WSA_IO_PENDING
/// when it goes on, which is success too. Throws std::system_error(last_error(),
/// what) on any other failure; returns `result` (0: completed now).
inline int check_overlapped(int result, std::string_view what) {
  if (result == SOCKET_ERROR && ::WSAGetLastError() != WSA_IO_PENDING) throw_last_error(what);
  return result;
}

/// The same without exceptions: false and `ec` set if the call failed, true
/// and `ec` cleared if it completed or is pending.
inline bool check_overlapped(int result, std::error_code& ec) noexcept {
  const int error = result == SOCKET_ERROR ? ::WSAGetLastError() : 0;
  ec = error == 0 || error == WSA_IO_PENDING ? std::error_code() : to_error_code(error);
  return !ec;
}

/// WSAStartup on construction, WSACleanup on destruction. The constructor
/// throws std::system_error on failure; the std::error_code one does not.
class startup {
 public:
  /// Starts Winsock `version` (2.2 by default); throws on failure.
  explicit startup(WORD version = MAKEWORD(2, 2)) {
    std::error_code ec;
    init(version, ec);
    if (ec) throw std::system_error(ec, "WSAStartup");
  }
  /// Starts Winsock 2.2; on failure sets `ec` and started() is false.
  explicit startup(std::error_code& ec) noexcept { init(MAKEWORD(2, 2), ec); }
  ~startup() {
    if (started_) ::WSACleanup();
  }
  startup(const startup&) = delete;
  startup& operator=(const startup&) = delete;

  /// Whether WSAStartup succeeded.
  bool started() const noexcept { return started_; }
  /// What WSAStartup filled in.
  const WSADATA& data() const noexcept { return data_; }

 private:
  void init(WORD version, std::error_code& ec) noexcept {
    // WSAStartup returns its error; it does not set WSAGetLastError().
    const int rc = ::WSAStartup(version, &data_);
    ec = rc == 0 ? std::error_code() : to_error_code(rc);
    started_ = rc == 0;
  }

  WSADATA data_{};
  bool started_ = false;
};

}  // namespace wsaerror

#endif
