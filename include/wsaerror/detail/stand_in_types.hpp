// SPDX-License-Identifier: MIT
// The types of the stand-in table (generated/stand_ins.hpp): what
// <wsaerror/stand_in.hpp>'s lookups return.
#ifndef WSAERROR_DETAIL_STAND_IN_TYPES_HPP_INCLUDED
#define WSAERROR_DETAIL_STAND_IN_TYPES_HPP_INCLUDED

#include <cstdint>
#include <string_view>

namespace wsaerror {

/// How sure the table is of a stand-in's Winsock code (data/stand-in-codes.json).
enum class confidence : unsigned char {
  agreed,    ///< two or more independent sources give this code
  related,   ///< only Wine and libuv, whose tables share an origin
  doubtful,  ///< the value has more than one meaning; `note` says which
  none       ///< no single code: `winsock` is 0
};

/// A Win32 value that Windows reports in place of a Winsock code
/// (GetLastError() after GetQueuedCompletionStatus() or GetOverlappedResult()).
struct stand_in_info {
  int value;                 ///< 1225
  std::string_view name;     ///< "ERROR_CONNECTION_REFUSED"
  int winsock;               ///< the Winsock code it stands for (10061), 0 when none
  wsaerror::confidence confidence;  ///< how sure that is
  bool normalized;           ///< whether normalize() takes it on Windows
  std::string_view note;     ///< why a row is doubtful or has no code; "" otherwise
  std::string_view message;  ///< Windows' message, en-US ("The remote computer refused the network connection.")
};

/// An NTSTATUS value (OVERLAPPED::Internal) behind a stand-in.
struct ntstatus_info {
  std::uint32_t value;    ///< 0xC0000236
  std::string_view name;  ///< "STATUS_CONNECTION_REFUSED"
  int win32;              ///< what GetLastError() says for it: 1225
  int winsock;            ///< what WSAGetOverlappedResult() says for it: 10061, 0 when unsure
  wsaerror::confidence confidence;  ///< how sure that is
  std::string_view note;  ///< "" or why
};

}  // namespace wsaerror

#endif
