// SPDX-License-Identifier: MIT
// getaddrinfo()'s result as a std::error_code on every OS, opt-in:
//   if (int r = getaddrinfo(host, port, &hints, &list)) {
//     const std::error_code ec = wsaerror::from_getaddrinfo(r);
//     if (ec == wsaerror::condition::resolver) ...  // on Windows, Linux, macOS
//   }
// On Windows the result is a Winsock code already (<ws2tcpip.h> defines
// EAI_NONAME as WSAHOST_NOT_FOUND). On POSIX each EAI_* of the host's
// <netdb.h> becomes the Winsock code Windows gives for it, EAI_SYSTEM the
// errno it reports. This header includes <netdb.h> (POSIX) or <ws2tcpip.h>
// (Windows); the core headers include neither.
#ifndef WSAERROR_GETADDRINFO_HPP_INCLUDED
#define WSAERROR_GETADDRINFO_HPP_INCLUDED

#include <cerrno>
#include <system_error>

#include "category.hpp"

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#endif

namespace wsaerror {

/// The std::error_code of getaddrinfo()'s (or getnameinfo()'s) return value:
/// 0 is no error; on Windows the Winsock code it is; on POSIX the Winsock code
/// Windows uses for the same EAI_* (EAI_NONAME -> host_not_found, EAI_AGAIN
/// -> host_not_found_try_again, EAI_FAIL -> no_recovery, EAI_SERVICE ->
/// class_type_not_found, ...; EAI_NODATA and EAI_ADDRFAMILY -> no_data,
/// EAI_OVERFLOW -> bad_address), EAI_SYSTEM -> `errno` in
/// std::system_category(); any other value -> no_recovery, the code of a
/// resolver failure with no better name. Read errno right after the call:
/// this function reads it only for EAI_SYSTEM.
inline std::error_code from_getaddrinfo(int result) noexcept {
  if (result == 0) return std::error_code();
#ifdef _WIN32
  return std::error_code(result, category());
#else
  errc e = errc::no_recovery;
  switch (result) {
#ifdef EAI_SYSTEM
    case EAI_SYSTEM: return std::error_code(errno, std::system_category());
#endif
    case EAI_NONAME: e = errc::host_not_found; break;
    case EAI_AGAIN: e = errc::host_not_found_try_again; break;
    case EAI_FAIL: e = errc::no_recovery; break;
    case EAI_BADFLAGS: e = errc::invalid_argument; break;
    case EAI_FAMILY: e = errc::address_family_not_supported; break;
    case EAI_SOCKTYPE: e = errc::socket_type_not_supported; break;
    case EAI_SERVICE: e = errc::class_type_not_found; break;
    case EAI_MEMORY: e = errc::not_enough_memory; break;
#if defined(EAI_NODATA) && (!defined(EAI_NONAME) || EAI_NODATA != EAI_NONAME)
    case EAI_NODATA: e = errc::no_data; break;
#endif
#ifdef EAI_ADDRFAMILY
    case EAI_ADDRFAMILY: e = errc::no_data; break;
#endif
#ifdef EAI_OVERFLOW
    case EAI_OVERFLOW: e = errc::bad_address; break;
#endif
    default: break;
  }
  return std::error_code(static_cast<int>(e), category());
#endif
}

}  // namespace wsaerror

#endif
