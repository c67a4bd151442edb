// SPDX-License-Identifier: MIT
// What one argument of the wsaerror tool names: a code, a name, Windows'
// text of a code in any shipped language, a log line holding several codes,
// or one of the two values people paste that are no error code (0, -1).
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
};

/// Reads one argument: as a whole (parse(), 0 and -1, a message or system
/// message in any language of wsaerror::languages), else word by word.
reading read_argument(std::string_view arg);

}  // namespace wsaerror_tool

#endif
