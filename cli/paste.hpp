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
  not_a_code special = not_a_code::none;
  bool line = false;  ///< read as a log line (text around codes), not looked up whole
};

/// Reads one argument. As a whole first, a lookup: parse() (a number, a
/// name, "interrupted", "timed out"), 0 and -1, a message or system message
/// in any language of wsaerror::languages, or blank-separated numbers and
/// names ("10054 10061"). Else as a log line, with the rules of --scan:
/// read_line(), each code once, in order.
reading read_argument(std::string_view arg);

}  // namespace wsaerror_tool

#endif
