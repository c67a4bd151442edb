// SPDX-License-Identifier: MIT
// wsaerror --scan: finds the Winsock codes a log names, line by line, in
// constant memory however long the lines.
#ifndef WSAERROR_TOOL_SCAN_HPP_INCLUDED
#define WSAERROR_TOOL_SCAN_HPP_INCLUDED

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string_view>
#include <vector>

#include <wsaerror/language.hpp>

namespace wsaerror_tool {

/// One code found in a line.
struct finding {
  std::size_t column = 0;                      ///< 1-based byte offset of `text` in the line
  std::string_view text;                       ///< what named the code: "10054", "WSAECONNRESET"...
  const wsaerror::error_info* entry = nullptr;  ///< the code (English entry)
};

/// The codes one line names, in order. A number counts only in context: right
/// after a word such as "error", "errno", "code", "WinError", "SocketException",
/// "WSAGetLastError" (or one of these, then "returned", "is", "was", "with" or
/// "of"), with at most four non-word characters between them ("Socket Error
/// #10054", "error=10054", "[WinError 10061]"). HRESULT_FROM_WIN32 values
/// (0x80072746, -2147014842) count anywhere, as do WSA macro names
/// (WSAECONNRESET, WSA_IO_PENDING) and .NET names after "SocketError." or
/// "SocketErrorCode:". Bare numbers (host:10060, 10054 bytes) never count.
std::vector<finding> scan_line(std::string_view line);

/// What scan_stream() reports for a line with findings. A line longer than
/// `max_line` bytes is not kept whole: each of its findings is then reported
/// alone, `text` is the part of the line around it, and `cut` is true.
struct scanned_line {
  std::size_t number;  ///< 1-based
  std::string_view text;
  bool cut;
  const std::vector<finding>& findings;
};

/// The longest line scan_stream() reports whole.
inline constexpr std::size_t max_line = 64 * 1024;

/// Reads `in` to its end and calls `report` for every line with findings, as
/// soon as the line is complete. A read that returns nothing is the end.
/// Memory stays below a few times max_line whatever the input.
void scan_stream(std::istream& in, const std::function<void(const scanned_line&)>& report);

/// wsaerror --scan: scans each file ("-": `std_in`, which may be null for
/// none) and prints each line with findings, then one line per code it
/// names (NAME (value): message in `lang`), or with `json` one JSON object
/// per finding. Returns exit_found when anything was found, exit_not_found
/// when nothing was, exit_usage when a file could not be read.
int scan_files(const std::vector<std::string_view>& files, std::istream* std_in, bool json,
               const wsaerror::language& lang, bool open_files, std::ostream& out,
               std::ostream& err);

}  // namespace wsaerror_tool

#endif
