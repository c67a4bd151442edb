// SPDX-License-Identifier: MIT
// What one argument of the wsaerror tool names: a code, a name, Windows'
// text of a code in any shipped language, a list of codes, a log line read
// as --scan reads it (read_line()), or one of the two values people paste
// that are no error code (0, -1).
#ifndef WSAERROR_TOOL_PASTE_HPP_INCLUDED
#define WSAERROR_TOOL_PASTE_HPP_INCLUDED

#include <string_view>
#include <vector>

#include <wsaerror/language.hpp>
#include <wsaerror/stand_in.hpp>

namespace wsaerror_tool {

/// A value that is no Winsock error code but means something.
enum class not_a_code {
  none,          ///< nothing special
  success,       ///< 0: NO_ERROR, SocketError.Success
  socket_error,  ///< -1: SOCKET_ERROR / INVALID_SOCKET, what the call returned
};

/// What an argument names.
struct reading {
  std::vector<const wsaerror::error_info*> codes;  ///< in the order they appear (English entries)
  /// Per code, the Windows stand-in that named it (1225 for WSAECONNREFUSED),
  /// or an empty match when the argument named the code itself.
  std::vector<wsaerror::stand_in_match> via;
  /// A stand-in the argument names that stands for no single Winsock code
  /// (ERROR_UNEXP_NET_ERR): explained alone; `codes` is then empty.
  wsaerror::stand_in_match alone;
  not_a_code special = not_a_code::none;
  bool line = false;  ///< read as a log line (text around codes), not looked up whole
};

/// Reads one argument. As a whole first, a lookup: parse() (a number, a
/// name, "interrupted", "timed out"), 0 and -1, a Windows stand-in
/// (parse_stand_in(): 1225, ERROR_CONNECTION_REFUSED, 0xC0000236,
/// 0x800704C9), a message or system message in any language of
/// wsaerror::languages or a stand-in's message, or blank-separated numbers
/// and names ("10054 10061"). Else as a log line, with the rules of --scan:
/// read_line(), each code once, in order.
reading read_argument(std::string_view arg);

}  // namespace wsaerror_tool

#endif
