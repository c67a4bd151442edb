// SPDX-License-Identifier: MIT
// The one reader of text of the wsaerror tool: what a line of a log names,
// read as a person reads it. `wsaerror "LINE"` and `wsaerror --scan` both
// call read_line(), so a pasted line and the same line in a file give the
// same codes. docs/reading-logs.md describes the rule with examples.
#ifndef WSAERROR_TOOL_READER_HPP_INCLUDED
#define WSAERROR_TOOL_READER_HPP_INCLUDED

#include <cstddef>
#include <string_view>
#include <vector>

#include <wsaerror/language.hpp>
#include <wsaerror/stand_in.hpp>

namespace wsaerror_tool {

/// One code found in a line.
struct finding {
  std::size_t column = 0;                      ///< 1-based byte offset of `text` in the line
  std::string_view text;                       ///< what named the code: "10054", "WSAECONNRESET"...
  const wsaerror::error_info* entry = nullptr;  ///< the code (English entry)
  /// The Windows stand-in that named it ("1225", "0xC0000236",
  /// "ERROR_CONNECTION_REFUSED"), empty when the text named the code itself.
  wsaerror::stand_in_match via;
};

/// What read_line() keeps from one line of a log to the next: the columns of
/// a W3C extended log (IIS), from its "#Fields:" directive.
struct line_context {
  /// The index of the sc-win32-status field in the data lines, -1 when the
  /// last "#Fields:" had none (or there was none).
  int win32_status_field = -1;
};

/// The codes one line names, in order (a code may appear more than once).
///
/// A number is a code only where a person reads it as one:
///  - after an error word: "error", "errno", "err", "code", "failed",
///    "WinError", "SocketException", "GetLastError()", "WSAGetLastError()", a
///    WSA call such as "WSARecv" (or one of these, then "returned", "is",
///    "was", "with" or "of"), with at most six blanks or ':' '=' '#' '(' ')'
///    '"' '\'' '-' between: "error 10054", "recv failed: 10054", "failed with
///    10054", "GetLastError() = 10054", "errno=10054", "[WinError 10061]";
///    not when a unit or count follows ("error 10054 bytes"), not after "exit"
///    or "exited" ("exited with code 10054"), not in a URL query ("?code=10054");
///  - in parentheses or brackets after an error text or a failing call:
///    "failed (10054: ...)", "... (10061)" at the end of "Can't connect ...";
///    "(OS 10054)" anywhere;
///  - as an error_code prints it: "system:10061", "winsock:10061",
///    "asio.system:10054" (not "asio.misc:2");
///  - a call's result after an error text: "Error at socket(): 10093";
///  - "0x0000274D/10061" (hex and decimal of one code);
///  - HRESULT_FROM_WIN32 values anywhere: 0x80072746, -2147014842.
/// Windows' stand-in codes (wsaerror::parse_stand_in(); the ones that stand
/// for a Winsock code) are read as the code they stand for: their ERROR_* and
/// STATUS_* names, NTSTATUS values (0xC0000236) and HRESULTs (0x800704C9)
/// anywhere; their Win32 values (1225, 64) where a Winsock code below 10000
/// would count, and also after an error word in a line that names an
/// overlapped-I/O call (GetQueuedCompletionStatus, GetOverlappedResult,
/// AcceptEx, ConnectEx, a WSA call), and as "(OS 64)" (Apache); their system
/// message where it names one Winsock code (not the three "network location
/// cannot be reached" values) and the sources agree or call it doubtful.
/// The codes below 10000 (6, 8, 87, 995-997) need a Winsock word: a Winsock
/// context ("WSAGetLastError() returned 997", "[WinError 6]") or a WSA call
/// in the line. WSA macro names count anywhere, .NET names after
/// "SocketError." or "SocketErrorCode:". Windows' system message of a code,
/// in any shipped language, counts anywhere in the line (any case, any
/// spacing, with or without its final period, followed by anything) when it
/// is at least 20 bytes and four words long. Plain words ("interrupted",
/// "fault", "timed out"), short messages ("Connection refused.") and bare
/// numbers (ports, sizes, durations, PIDs, thread ids, counts) never count.
std::vector<finding> read_line(std::string_view line);

/// The same for a line of a file read in order (read_w3c_line() when the
/// line is a directive or `context` holds a W3C log's fields): a W3C extended log's
/// "#Fields:" directive (IIS) sets `context`, and in the data lines that
/// follow only the sc-win32-status field is read, as a Winsock code or a
/// stand-in (0 is success; time-taken, sizes and the URL are never codes).
std::vector<finding> read_w3c_line(std::string_view line, line_context& context);
inline std::vector<finding> read_line(std::string_view line, line_context& context) {
  // most lines: no directive, no W3C log
  if (context.win32_status_field < 0 && (line.empty() || line[0] != '#')) return read_line(line);
  return read_w3c_line(line, context);
}

/// Whether read_line() looks for the system message `text` inside lines:
/// at least 20 bytes once folded (fold_text()), and four words unless it has
/// no blank at all (Chinese).
bool scanned_message(std::string_view text);

}  // namespace wsaerror_tool

#endif
