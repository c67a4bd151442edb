// SPDX-License-Identifier: MIT
#include "scan.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace wsaerror_tool {
void scan_stream(std::istream& in, const std::function<void(const scanned_line&)>& report) {
  constexpr std::size_t chunk = 64 * 1024;
  // Kept of a cut line: what follows may be a system message that starts
  // there (the longest is about 800 bytes).
  constexpr std::size_t keep = 1024;
  std::vector<char> buf(max_line + chunk);
  std::size_t len = 0;            // bytes in buf
  std::size_t line_number = 1;
  bool in_long_line = false;      // buf starts inside a line longer than max_line
  std::size_t report_from = 0;    // in a long line, bytes before this were scanned
  std::size_t line_offset = 0;    // in a long line, its bytes before buf[0]
  bool eof = false;
  std::vector<finding> found;
  line_context w3c;  // a W3C log's #Fields:, from line to line

  // Scans buf[0, end), part of a long line; reports findings starting in
  // [report_from, report_to).
  const auto scan_part = [&](std::size_t end, std::size_t report_to) {
    std::string_view text(buf.data(), end);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    found.clear();
    for (finding f : read_line(text, w3c)) {
      const std::size_t at = f.column - 1;
      if (at < report_from || at >= report_to) continue;
      f.column += line_offset;
      found.push_back(f);
    }
    // Each finding with the part of the line around it: the line is too long to print.
    std::vector<finding> one(1);
    for (const finding& f : found) {
      const std::size_t at = f.column - 1 - line_offset;
      const std::size_t from = at > 60 ? at - 60 : 0;
      const std::size_t to = std::min(at + f.text.size() + 60, text.size());
      one[0] = f;
      report(scanned_line{line_number, text.substr(from, to - from), true, one});
    }
  };

  for (;;) {
    if (!eof && len < buf.size()) {
      const std::streamsize got = in.rdbuf()->sgetn(buf.data() + len,
                                                    static_cast<std::streamsize>(buf.size() - len));
      if (got <= 0) {
        eof = true;
      } else {
        len += static_cast<std::size_t>(got);
      }
    }
    std::size_t start = 0;
    for (;;) {
      const void* nl = std::memchr(buf.data() + start, '\n', len - start);
      if (!nl) break;
      const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.data());
      if (in_long_line) {
        scan_part(end, end);
        in_long_line = false;
        report_from = line_offset = 0;
      } else {
        std::string_view line(buf.data() + start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        found = read_line(line, w3c);
        if (!found.empty()) report(scanned_line{line_number, line, false, found});
      }
      ++line_number;
      start = end + 1;
    }
    if (start > 0) {
      std::memmove(buf.data(), buf.data() + start, len - start);
      len -= start;
    }
    if (eof && len == 0) break;
    if (eof) {  // a last line without '\n'
      if (in_long_line) {
        scan_part(len, len);
      } else {
        std::string_view line(buf.data(), len);
        if (line.back() == '\r') line.remove_suffix(1);
        found = read_line(line, w3c);
        if (!found.empty()) report(scanned_line{line_number, line, false, found});
      }
      break;
    }
    if (len >= max_line) {
      // A line too long to keep: scan what we have, keep its tail as context.
      if (!in_long_line) report_from = 0;
      in_long_line = true;
      scan_part(len, len - keep);
      constexpr std::size_t context = 256;  // scanned bytes kept before the unscanned tail
      const std::size_t drop = len - keep - context;
      std::memmove(buf.data(), buf.data() + drop, len - drop);
      len -= drop;
      line_offset += drop;
      report_from = context;  // the first byte not yet reported
    }
  }
}

}  // namespace wsaerror_tool
