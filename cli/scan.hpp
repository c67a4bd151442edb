// SPDX-License-Identifier: MIT
// wsaerror --scan: finds the Winsock codes a log names, line by line (each
// read by read_line(), as a pasted line is), in constant memory however long
// the lines.
#ifndef WSAERROR_TOOL_SCAN_HPP_INCLUDED
#define WSAERROR_TOOL_SCAN_HPP_INCLUDED

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string_view>
#include <vector>

#include <wsaerror/language.hpp>

#include "reader.hpp"

namespace wsaerror_tool {

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
