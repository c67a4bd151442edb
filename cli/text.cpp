// SPDX-License-Identifier: MIT
#include "text.hpp"


namespace wsaerror_tool {
namespace {

/// One decoded UTF-8 character: its code point (U+FFFD if invalid) and length.
struct decoded {
  char32_t cp;
  std::size_t size;
};

decoded decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = 0;
  char32_t cp = 0;
  char32_t lowest = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, cp = b0 & 0x1Fu, lowest = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, cp = b0 & 0x0Fu, lowest = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, cp = b0 & 0x07u, lowest = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (i + n > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < lowest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, n};
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// Wide punctuation that must not begin a line (it stays with what precedes).
bool is_closing(char32_t c) {
  switch (c) {
    case 0x3001: case 0x3002: case 0x300D: case 0x300F: case 0xFF09: case 0xFF0C:
    case 0xFF1A: case 0xFF1B: case 0xFF01: case 0xFF1F: case 0xFF0E:
      return true;
    default:
      return false;
  }
}

std::size_t width_of(char32_t c) { return is_wide(c) ? 2 : 1; }

/// A unit wrap() never splits (unless it alone is wider than a line).
struct unit {
  std::string text;
  std::size_t width = 0;
  bool space_before = false;
};

std::vector<unit> units(std::string_view s) {
  std::vector<unit> out;
  bool space = false;
  bool open_word = false;  // the last unit is a run of narrow characters
  for (std::size_t i = 0; i < s.size();) {
    const decoded d = decode(s, i);
    const std::string_view bytes = s.substr(i, d.size);
    i += d.size;
    if (d.cp == ' ') {
      space = true;
      open_word = false;
      continue;
    }
    const bool wide = is_wide(d.cp);
    const bool attach = !out.empty() && !space && (open_word ? !wide : is_closing(d.cp));
    if (attach) {
      out.back().text += bytes;
      out.back().width += width_of(d.cp);
    } else {
      out.push_back(unit{std::string(bytes), width_of(d.cp), space && !out.empty()});
    }
    open_word = !wide;
    space = false;
  }
  return out;
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const decoded d = decode(s, i);
    w += width_of(d.cp);
    i += d.size;
  }
  return w;
}

std::vector<std::string> wrap(std::string_view paragraph, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t used = 0;
  for (const unit& u : units(paragraph)) {
    const std::size_t gap = (u.space_before && used > 0) ? 1 : 0;
    if (width == 0 || used + gap + u.width <= width) {
      if (gap) line += ' ';
      line += u.text;
      used += gap + u.width;
      continue;
    }
    if (used > 0) {
      lines.push_back(line);
      line.clear();
      used = 0;
    }
    // A unit wider than the line (an identifier, a path) stays whole on a
    // line of its own: cut, it could not be copied.
    line = u.text;
    used = u.width;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string truncate(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  const std::size_t keep = width > 3 ? width - 3 : 0;
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size();) {
    const decoded d = decode(s, i);
    if (used + width_of(d.cp) > keep) break;
    out.append(s.substr(i, d.size));
    used += width_of(d.cp);
    i += d.size;
  }
  out.append(std::string_view("...").substr(0, width < 3 ? width : 3));
  return out;
}

std::string json_string(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const decoded d = decode(s, i);
    const char32_t c = d.cp;
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\u00";
      out += hex[(c >> 4) & 0xF];
      out += hex[c & 0xF];
    } else if (c == 0xFFFD && s.substr(i, d.size) != "\xEF\xBF\xBD") {
      out += "\xEF\xBF\xBD";  // invalid input byte
    } else {
      out.append(s.substr(i, d.size));
    }
    i += d.size;
  }
  out += '"';
  return out;
}

namespace {

/// Simple lower case of the alphabets the shipped languages use.
char32_t lower_cp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
      (c >= 0x410 && c <= 0x42F)) {
    return c + 32;
  }
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x130 && c != 0x138) return c + 1;
  if (c == 0x2019 || c == 0x2018) return '\'';
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_space_cp(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x3000 || c == 0x2002 ||
         c == 0x2003 || c == 0x2009 || c == 0x202F;
}

}  // namespace

std::string fold_text(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    const decoded d = decode(s, i);
    i += d.size;
    if (is_space_cp(d.cp)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    if (d.cp == 0xFFFD) {
      out += '?';  // invalid bytes never equal a message
    } else {
      append_utf8(out, lower_cp(d.cp));
    }
  }
  // The final period is optional: "...refused it" and "...refused it." match.
  for (;;) {
    if (!out.empty() && (out.back() == '.' || out.back() == ' ')) {
      out.pop_back();
    } else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x82") == 0) {
      out.resize(out.size() - 3);
    } else {
      break;
    }
  }
  return out;
}

std::size_t fold_char(std::string_view s, std::size_t i, char (&out)[4], std::size_t& size) {
  const decoded d = decode(s, i);
  std::string one;
  if (is_space_cp(d.cp)) {
    one = " ";
  } else if (d.cp == 0xFFFD) {
    one = "?";
  } else {
    append_utf8(one, lower_cp(d.cp));
  }
  size = one.size();
  for (std::size_t k = 0; k < size; ++k) out[k] = one[k];
  return d.size;
}

std::string word_text(std::string_view s) {
  const std::string folded = fold_text(s);
  std::string out = " ";
  for (const char ch : folded) {
    const auto c = static_cast<unsigned char>(ch);
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (word) {
      out += ch;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

std::string quoted_text(std::string_view s, std::size_t max_chars) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out = "'";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++chars) {
    if (chars == max_chars) {
      out += "...";
      break;
    }
    const decoded d = decode(s, i);
    const char32_t c = d.cp;
    const bool shown = d.size > 1 ? c >= 0xA0 && c != 0xFFFD && c != 0xFEFF &&
                                        !(c >= 0x200E && c <= 0x200F) &&
                                        !(c >= 0x202A && c <= 0x202E) &&
                                        !(c >= 0x2066 && c <= 0x2069)
                                  : c >= 0x20 && c < 0x7F && c != '\'' && c != '\\';
    if (shown) {
      out.append(s.data() + i, d.size);
    } else {
      for (std::size_t k = 0; k < d.size; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 0xF];
      }
    }
    i += d.size;
  }
  return out + "'";
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace wsaerror_tool
