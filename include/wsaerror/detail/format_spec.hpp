// SPDX-License-Identifier: MIT
// What the {fmt}, std::format and iostream integrations share: the format
// spec of errc and error_info ([[fill]align][width][type]) and the text each
// presentation type produces. Not included by the core.
#ifndef WSAERROR_DETAIL_FORMAT_SPEC_HPP_INCLUDED
#define WSAERROR_DETAIL_FORMAT_SPEC_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

#include "../table.hpp"

namespace wsaerror {
namespace detail {

/// A parsed format spec. `type` is one of n s d x m e l D S, or 0 for the default.
struct format_spec {
  char fill[4] = {' ', 0, 0, 0};  ///< one UTF-8 character
  std::size_t fill_size = 1;
  char align = 0;  ///< '<', '>', '^', or 0 (left)
  std::size_t width = 0;
  char type = 0;
};

constexpr bool is_presentation_type(char c) noexcept {
  return c == 'n' || c == 's' || c == 'd' || c == 'x' || c == 'm' || c == 'e' || c == 'l' ||
         c == 'D' || c == 'S';
}

constexpr std::size_t utf8_length(char lead) noexcept {
  const auto b = static_cast<unsigned char>(lead);
  return b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
}

/// Parses [[fill]align][width][type] from [it, end) up to '}'. Returns the
/// position of the '}' (or end), or sets `error` to a message.
template <class It>
constexpr It parse_format_spec(It it, It end, format_spec& spec, const char*& error) noexcept {
  error = nullptr;
  if (it == end || *it == '}') return it;
  // [fill]align: the align char is the first or follows a (UTF-8) fill char.
  const std::size_t n = utf8_length(*it);
  It after_fill = it;
  std::size_t k = 0;
  for (; k < n && after_fill != end; ++k) ++after_fill;
  const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
  if (k == n && after_fill != end && is_align(*after_fill) && *it != '{' && *it != '}') {
    spec.fill_size = n;
    for (std::size_t i = 0; i < n; ++i, ++it) spec.fill[i] = *it;
    spec.align = *it++;
  } else if (is_align(*it)) {
    spec.align = *it++;
  }
  while (it != end && *it >= '0' && *it <= '9') {
    spec.width = spec.width * 10 + static_cast<std::size_t>(*it - '0');
    if (spec.width > 100000) {
      error = "wsaerror: format width too large";
      return it;
    }
    ++it;
  }
  if (it != end && is_presentation_type(*it)) spec.type = *it++;
  if (it != end && *it != '}') {
    error = "wsaerror: invalid format spec; use [[fill]align][width][n|s|d|x|m|e|l|D|S]";
  }
  return it;
}

/// "0x274D".
inline std::string hex_string(int value) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  auto v = static_cast<unsigned>(value);
  do {
    out.insert(out.begin(), digits[v & 0xF]);
    v >>= 4;
  } while (v != 0);
  while (out.size() < 4) out.insert(out.begin(), '0');
  return "0x" + out;
}

/// The text of `e` (nullptr: an unknown `value`) for presentation type `type`.
inline std::string format_text(const error_info* e, int value, char type) {
  if (e == nullptr) {
    switch (type) {
      case 'x': return hex_string(value);
      case 'm': case 'D': case 'S': return unknown_message(value);
      case 'l': return std::to_string(value) + ": " + unknown_message(value);
      default: return std::to_string(value);
    }
  }
  switch (type) {
    case 'd': return std::to_string(e->value);
    case 'x': return hex_string(e->value);
    case 'm': return std::string(e->message);
    case 'e': return std::string(e->enumerator);
    case 'D': return std::string(e->description);
    case 'S': return std::string(e->system_message);
    case 'l':
      return std::string(e->name) + " (" + std::to_string(e->value) + "): " +
             std::string(e->message);
    default: return std::string(e->name);
  }
}

/// Columns of `s`, counting each UTF-8 character as one.
inline std::size_t text_width(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

/// `text` padded to the spec's width with its fill and alignment.
inline std::string apply_spec(std::string text, const format_spec& spec) {
  const std::size_t w = text_width(text);
  if (spec.width <= w) return text;
  const std::size_t pad = spec.width - w;
  const std::size_t before = spec.align == '>' ? pad : spec.align == '^' ? pad / 2 : 0;
  std::string out;
  const std::string_view fill(spec.fill, spec.fill_size);
  for (std::size_t i = 0; i < before; ++i) out += fill;
  out += text;
  for (std::size_t i = before; i < pad; ++i) out += fill;
  return out;
}

/// Writes the text of `e` (or unknown `value`) for `spec` to `out`: what
/// every formatter's format() does, whichever library calls it.
template <class OutputIt>
OutputIt write_formatted(OutputIt out, const format_spec& spec, const error_info* e, int value,
                         char default_type) {
  const std::string text =
      apply_spec(format_text(e, value, spec.type ? spec.type : default_type), spec);
  for (const char c : text) *out++ = c;
  return out;
}

/// What the fmt and std formatters share: parse() of the spec and format()'s
/// writing. `Reporter::report(message)` reports a bad spec in the library's way.
template <class Reporter>
struct formatter_base {
  format_spec spec;

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const char* error = nullptr;
    auto it = parse_format_spec(ctx.begin(), ctx.end(), spec, error);
    // Compilers quote this line when a checked format string is bad:
    if (error != nullptr) Reporter::report(error);  // wsaerror: invalid format spec
    return it;
  }

  template <class FormatContext>
  auto write(const error_info* e, int value, char default_type, FormatContext& ctx) const
      -> decltype(ctx.out()) {
    return write_formatted(ctx.out(), spec, e, value, default_type);
  }
};

}  // namespace detail
}  // namespace wsaerror

#endif
