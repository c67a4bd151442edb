// SPDX-License-Identifier: MIT
#include "scan.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace wsaerror_tool {
namespace {

/// Bytes that make up words: ASCII letters, digits and '_'.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                     (c >= '0' && c <= '9') || c == '_';
  }
  return t;
}();

bool is_word(char c) { return word_bytes[static_cast<unsigned char>(c)]; }

/// Whether `w` is `lower` in any case.
bool equals_lower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
    if (c != lower[i]) return false;
  }
  return true;
}

/// Words after which a number is an error code.
bool is_context(std::string_view w) {
  static constexpr std::string_view words[] = {
      "error", "errno", "err", "errorcode", "error_code", "errcode", "code", "winerror",
      "wsaerror", "lasterror", "getlasterror", "wsagetlasterror", "socketerror",
      "socketerrorcode", "socketexception", "nativeerrorcode", "win32exception"};
  if (w.size() < 3 || w.size() > 16) return false;
  for (const std::string_view c : words) {
    if (equals_lower(w, c)) return true;
  }
  return false;
}

/// Words that may stand between a context word and its number.
bool is_link(std::string_view w) {
  return equals_lower(w, "returned") || equals_lower(w, "returns") || equals_lower(w, "is") ||
         equals_lower(w, "was") || equals_lower(w, "with") || equals_lower(w, "of");
}

/// The value of a hex or decimal token, false when it is none or too long.
bool token_value(std::string_view t, unsigned base, unsigned long long& v) {
  if (t.empty() || t.size() > 10) return false;
  v = 0;
  for (const char c : t) {
    unsigned d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<unsigned>(c - '0');
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      d = static_cast<unsigned>(c - 'a' + 10);
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      d = static_cast<unsigned>(c - 'A' + 10);
    } else {
      return false;
    }
    v = v * base + d;
  }
  return true;
}

/// The code an HRESULT_FROM_WIN32 value holds, or nullptr.
const wsaerror::error_info* from_hresult(unsigned long long bits) {
  if ((bits & 0xFFFF0000ull) != 0x80070000ull) return nullptr;
  return wsaerror::find(static_cast<int>(bits & 0xFFFFu));
}

struct span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool set = false;
};

}  // namespace

std::vector<finding> scan_line(std::string_view line) {
  std::vector<finding> out;
  const char* const p = line.data();
  const std::size_t n = line.size();
  span last, before;  // the two words before the current one
  // "error 10054", "WSAGetLastError() returned 10054": the words before token s.
  const auto context = [&](std::size_t s) {
    if (!last.set || s - last.end > 4) return false;
    const std::string_view w(p + last.begin, last.end - last.begin);
    if (is_context(w)) return true;
    return before.set && last.begin - before.end <= 4 && is_link(w) &&
           is_context(std::string_view(p + before.begin, before.end - before.begin));
  };
  std::size_t i = 0;
  while (i < n) {
    while (i < n && !is_word(p[i])) ++i;
    if (i >= n) break;
    const std::size_t s = i;
    const char c0 = p[i];
    const wsaerror::error_info* e = nullptr;
    if (c0 >= '0' && c0 <= '9') {
      // Decimal value while finding the token's end (the common case: no code).
      unsigned long long v = 0;
      bool decimal = true;
      for (; i < n && is_word(p[i]); ++i) {
        const char c = p[i];
        if (decimal && c >= '0' && c <= '9') {
          v = v * 10 + static_cast<unsigned>(c - '0');
        } else {
          decimal = false;
        }
      }
      const std::size_t size = i - s;
      // Not part of a dotted, dashed or coloned run ("10054.5", "10054-01", "10054:80").
      const bool glued = i + 1 < n && (p[i] == '.' || p[i] == '-' || p[i] == ':' || p[i] == '/') &&
                         is_word(p[i + 1]);
      const bool minus = s > 0 && p[s - 1] == '-';
      if (decimal) {
        if (size <= 5 && !glued && !minus) {
          e = wsaerror::find(static_cast<int>(v));
          if (e && !context(s)) e = nullptr;
        } else if (size == 10 && minus && !glued) {
          e = from_hresult(0x100000000ull - v);  // -2147014842
        }
      } else {
        const std::string_view t(p + s, size);
        if (size > 2 && size <= 10 && c0 == '0' && (t[1] == 'x' || t[1] == 'X')) {
          if (token_value(t.substr(2), 16, v)) {
            e = from_hresult(v);  // 0x80072746
            if (!e && !glued && v <= 0xFFFFu && context(s)) e = wsaerror::find(static_cast<int>(v));
          }
        } else if (size >= 2 && size <= 5 && (t.back() == 'h' || t.back() == 'H') && !glued &&
                   token_value(t.substr(0, size - 1), 16, v) && context(s)) {
          e = wsaerror::find(static_cast<int>(v));  // 2746h
        }
      }
    } else {
      while (i < n && is_word(p[i])) ++i;
      const std::string_view t(p + s, i - s);
      if (t.size() >= 5 && (c0 == 'W' || c0 == 'w') && (t[1] == 'S' || t[1] == 's') &&
          (t[2] == 'A' || t[2] == 'a')) {
        e = wsaerror::parse(t);  // WSAECONNRESET, wsa_io_pending; not WSAStartup
      } else if (last.set && s - last.end <= 4) {
        const std::string_view w(p + last.begin, last.end - last.begin);
        if (equals_lower(w, "socketerror") || equals_lower(w, "socketerrorcode")) {
          e = wsaerror::parse(t);  // SocketError.ConnectionReset, SocketErrorCode: TimedOut
        }
      }
    }
    if (e) out.push_back(finding{s + 1, std::string_view(p + s, i - s), e});
    before = last;
    last = span{s, i, true};
  }
  return out;
}

void scan_stream(std::istream& in, const std::function<void(const scanned_line&)>& report) {
  constexpr std::size_t chunk = 64 * 1024;
  constexpr std::size_t keep = 256;  // kept of a cut line: context for what follows
  std::vector<char> buf(max_line + chunk);
  std::size_t len = 0;            // bytes in buf
  std::size_t line_number = 1;
  bool in_long_line = false;      // buf starts inside a line longer than max_line
  std::size_t report_from = 0;    // in a long line, bytes before this were scanned
  std::size_t line_offset = 0;    // in a long line, its bytes before buf[0]
  bool eof = false;
  std::vector<finding> found;

  // Scans buf[0, end), part of a long line; reports findings starting in
  // [report_from, report_to).
  const auto scan_part = [&](std::size_t end, std::size_t report_to) {
    std::string_view text(buf.data(), end);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    found.clear();
    for (finding f : scan_line(text)) {
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
        found = scan_line(line);
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
        found = scan_line(line);
        if (!found.empty()) report(scanned_line{line_number, line, false, found});
      }
      break;
    }
    if (len >= max_line) {
      // A line too long to keep: scan what we have, keep its tail as context.
      if (!in_long_line) report_from = 0;
      in_long_line = true;
      scan_part(len, len - keep);
      constexpr std::size_t context = 64;  // scanned bytes kept before the unscanned tail
      const std::size_t drop = len - keep - context;
      std::memmove(buf.data(), buf.data() + drop, len - drop);
      len -= drop;
      line_offset += drop;
      report_from = context;  // the first byte not yet reported
    }
  }
}

}  // namespace wsaerror_tool
