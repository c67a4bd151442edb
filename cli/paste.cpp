// SPDX-License-Identifier: MIT
#include "paste.hpp"

#include <string>
#include <utility>

#include <wsaerror/lang/all.hpp>
#include <wsaerror/wsaerror.hpp>

#include "text.hpp"

namespace wsaerror_tool {
namespace {

/// 0 and -1 by number or by name.
not_a_code special_value(std::string_view s) {
  long long v = 0;
  if (wsaerror::parse_integer(s, v)) {
    return v == 0 ? not_a_code::success : v == -1 ? not_a_code::socket_error : not_a_code::none;
  }
  const std::string l = lower(wsaerror::trim(s));
  if (l == "no_error" || l == "success" || l == "socketerror.success" || l == "error_success") {
    return not_a_code::success;
  }
  if (l == "socket_error" || l == "invalid_socket" || l == "socketerror" ||
      l == "socketerror.socketerror") {
    return not_a_code::socket_error;
  }
  return not_a_code::none;
}

/// The codes whose message or system message, in any shipped language, is
/// `arg` after fold_text().
std::vector<const wsaerror::error_info*> by_text(std::string_view arg) {
  // Every text folded once: (folded text, code), in value order.
  static const std::vector<std::pair<std::string, const wsaerror::error_info*>> texts = [] {
    std::vector<std::pair<std::string, const wsaerror::error_info*>> t;
    for (const wsaerror::error_info& e : wsaerror::all()) {
      for (const wsaerror::language* l : wsaerror::languages) {
        const wsaerror::error_info& x = wsaerror::localize(e, *l);
        t.emplace_back(fold_text(x.message), &e);
        t.emplace_back(fold_text(x.system_message), &e);
      }
    }
    return t;
  }();
  std::vector<const wsaerror::error_info*> found;
  const std::string want = fold_text(arg);
  if (want.size() < 4) return found;
  for (const auto& [text, e] : texts) {
    if (text == want && (found.empty() || found.back() != e)) found.push_back(e);
  }
  return found;
}

bool is_separator(char c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case ',': case ';': case ':': case '=':
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case '"': case '\'': case '`': case '#': case '/': case '|':
      return true;
    default:
      return false;
  }
}

/// A bare decimal below 10000 (6, 8, 87, 995-997) in a longer text is as
/// likely a count or an hour ("08:00") as a code.
bool is_weak(std::string_view word) {
  const std::string_view w = wsaerror::trim(word);
  return !w.empty() && w.size() < 5 && w.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

reading read_argument(std::string_view arg) {
  reading r;
  r.special = special_value(arg);
  if (r.special != not_a_code::none) return r;
  if (const wsaerror::error_info* e = wsaerror::parse(arg)) {
    r.codes.push_back(e);
    return r;
  }
  r.codes = by_text(arg);
  if (!r.codes.empty()) return r;
  // Word by word: every code named in a log line, in order, each once.
  std::vector<const wsaerror::error_info*> weak;
  for (std::size_t i = 0; i < arg.size();) {
    while (i < arg.size() && is_separator(arg[i])) ++i;
    std::size_t j = i;
    while (j < arg.size() && !is_separator(arg[j])) ++j;
    const std::string_view word = arg.substr(i, j - i);
    i = j;
    const wsaerror::error_info* e = word.empty() ? nullptr : wsaerror::parse(word);
    if (!e) continue;
    auto& into = is_weak(word) ? weak : r.codes;
    bool seen = false;
    for (const auto* f : into) seen = seen || f == e;
    if (!seen) into.push_back(e);
  }
  if (r.codes.empty()) r.codes = weak;
  return r;
}

}  // namespace wsaerror_tool
