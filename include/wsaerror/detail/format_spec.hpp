// SPDX-License-Identifier: MIT
// The one formatting engine of the printers ({fmt}, std::format, iostreams,
// Catch2): the format spec of errc and error_info ([[fill]align][width][type])
// and the text each presentation type stands for. Part of the core target so
// every printer reaches it; the core's own headers do not include it.
//
// Fill, align and width are the host library's: the fmt and std formatters
// hand them to the host's formatter<string_view>, which counts display
// columns (a CJK character takes two), so wsaerror's text pads exactly as the
// host pads any other string.
#ifndef WSAERROR_DETAIL_FORMAT_SPEC_HPP_INCLUDED
#define WSAERROR_DETAIL_FORMAT_SPEC_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

#include "../error_info.hpp"
#include "lookup.hpp"
#include "message.hpp"
#include "number_text.hpp"

namespace wsaerror {
namespace detail {

/// The presentation types: n s d x m e l D S.
constexpr bool is_presentation_type(char c) noexcept {
  return c == 'n' || c == 's' || c == 'd' || c == 'x' || c == 'm' || c == 'e' || c == 'l' ||
         c == 'D' || c == 'S';
}

/// Bytes of the UTF-8 character that starts with `lead` (1 for a stray byte).
constexpr std::size_t utf8_length(char lead) noexcept {
  const auto b = static_cast<unsigned char>(lead);
  return b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
}

/// What is wrong with a format spec.
enum class spec_error { none, syntax, width };

/// Checks [[fill]align][width][type] in [it, end) up to '}'. Returns the
/// position of the '}' (or end); `layout_end` is where [[fill]align][width]
/// ends, `type` the presentation type (0 if none). Anything else, such as the
/// host's own extensions (precision, '{}'), sets `error`.
template <class It>
constexpr It parse_format_spec(It it, It end, It& layout_end, char& type,
                               spec_error& error) noexcept {
  error = spec_error::none;
  type = 0;
  layout_end = it;
  if (it == end || *it == '}') return it;
  // [fill]align: the align char is the first or follows a (UTF-8) fill char.
  const std::size_t n = utf8_length(*it);
  It after_fill = it;
  std::size_t k = 0;
  for (; k < n && after_fill != end; ++k) ++after_fill;
  const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
  if (k == n && after_fill != end && is_align(*after_fill) && *it != '{' && *it != '}') {
    it = after_fill;
    ++it;
  } else if (is_align(*it)) {
    ++it;
  }
  if (it != end && *it == '0') {  // the hosts' zero-padding flag: not for text
    error = spec_error::syntax;
    return it;
  }
  std::size_t width = 0;
  while (it != end && *it >= '0' && *it <= '9') {
    width = width * 10 + static_cast<std::size_t>(*it - '0');
    if (width > 100000) {
      error = spec_error::width;
      return it;
    }
    ++it;
  }
  layout_end = it;
  if (it != end && is_presentation_type(*it)) type = *it++;
  if (it != end && *it != '}') error = spec_error::syntax;
  return it;
}

/// The text of `e` (nullptr: an unknown `value`) for presentation type
/// `type`: a view of the table's text, or of `storage` where it is built.
inline std::string_view format_text(const error_info* e, int value, char type,
                                    std::string& storage) {
  if (e == nullptr) {
    switch (type) {
      case 'x': return storage = hex(value);
      case 'm': case 'D': case 'S': return storage = unknown_message(value);
      case 'l': return storage = decimal(value) + ": " + unknown_message(value);
      default: return storage = decimal(value);
    }
  }
  switch (type) {
    case 'd': return storage = decimal(e->value);
    case 'x': return storage = hex(e->value);
    case 'm': return e->message;
    case 'e': return e->enumerator;
    case 'D': return e->description;
    case 'S': return e->system_message;
    case 'l': return storage = label_of(*e) + ": " + std::string(e->message);
    default: return e->name;
  }
}

/// The same text as a std::string.
inline std::string format_text(const error_info* e, int value, char type) {
  std::string storage;
  return std::string(format_text(e, value, type, storage));
}

/// What a printer prints for a value: its entry (nullptr for a value that
/// is no code), its value, and the presentation type when the spec has none.
struct printed {
  const error_info* entry;
  int value;
  char default_type;
};

/// An errc prints its macro name by default.
constexpr printed printed_of(errc e) noexcept {
  return {row_of(static_cast<int>(e)), static_cast<int>(e), 'n'};
}

/// An error_info prints its long form by default.
constexpr printed printed_of(const error_info& e) noexcept { return {&e, e.value, 'l'}; }

/// The text of `v` (errc or error_info) for presentation type `type`, or for
/// its default type when `type` is 0: what every printer writes.
template <class T>
std::string_view text_of(const T& v, char type, std::string& storage) {
  const printed p = printed_of(v);
  return format_text(p.entry, p.value, type ? type : p.default_type, storage);
}

/// The fmt and std formatters of `T` (errc or error_info): our spec's type
/// picks the text; its [[fill]align][width] goes to the host's formatter of
/// strings. `Host` names the host's string_view, parse_context and
/// string_formatter types, and report(message) throws its format_error.
template <class Host, class T>
class formatter_base {
 public:
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    auto layout_end = ctx.begin();
    spec_error error = spec_error::none;
    const auto it = parse_format_spec(ctx.begin(), ctx.end(), layout_end, type_, error);
    // Where the host checks format strings at compile time, a bad spec stops
    // the compiler on one of these lines, which it shows: keep the text here.
    if (error == spec_error::syntax) {
      Host::report("wsaerror: invalid format spec; use [[fill]align][width][n|s|d|x|m|e|l|D|S]");
    }
    if (error == spec_error::width) Host::report("wsaerror: format width too large (over 100000)");
    padded_ = layout_end != ctx.begin();
    if (padded_) {
      typename Host::parse_context layout(typename Host::string_view(
          &*ctx.begin(), static_cast<std::size_t>(layout_end - ctx.begin())));
      string_.parse(layout);
    }
    return it;
  }

  template <class FormatContext>
  auto format(const T& v, FormatContext& ctx) const -> decltype(ctx.out()) {
    std::string storage;
    const std::string_view text = text_of(v, type_, storage);
    if (padded_) return string_.format(typename Host::string_view(text.data(), text.size()), ctx);
    auto out = ctx.out();
    for (const char c : text) *out++ = c;
    return out;
  }

 private:
  typename Host::string_formatter string_;
  char type_ = 0;
  bool padded_ = false;
};

}  // namespace detail
}  // namespace wsaerror

#endif
