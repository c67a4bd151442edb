// SPDX-License-Identifier: MIT
// wsaerror: every Windows Sockets error code as a constexpr table behind a
// std::error_category. The core: no Windows header, no third-party header.
//
//   #include <wsaerror/wsaerror.hpp>
//   std::error_code ec = wsaerror::errc::connection_refused;
//   ec == std::errc::connection_refused;           // true
//   wsaerror::find(10061)->name;                   // "WSAECONNREFUSED"
//   wsaerror::parse("0x8007274D")->message;        // "Connection refused."
//
// Opt-in extras have their own headers; see README.md.
#ifndef WSAERROR_WSAERROR_HPP_INCLUDED
#define WSAERROR_WSAERROR_HPP_INCLUDED

#include "category.hpp"
#include "language.hpp"
#include "table.hpp"
#include "version.hpp"

#endif
