// SPDX-License-Identifier: MIT
#include "paste.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include <wsaerror/lang/all.hpp>
#include <wsaerror/wsaerror.hpp>

#include "reader.hpp"
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

/// The stand-ins whose message, in any shipped language, is `arg` after
/// fold_text() (several: "The network location cannot be reached...").
std::vector<wsaerror::stand_in_match> stand_ins_by_text(std::string_view arg) {
  std::vector<wsaerror::stand_in_match> found;
  const std::string want = fold_text(arg);
  if (want.size() < 4) return found;
  for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
    for (const wsaerror::language* l : wsaerror::languages) {
      if (fold_text(wsaerror::message(s, l->tag)) == want) {
        found.push_back(wsaerror::parse_stand_in(s.name));
        break;
      }
    }
  }
  return found;
}

/// The stand-in a token of a list names: a number or an upper-case name.
wsaerror::stand_in_match token_stand_in(std::string_view token) {
  for (const char c : wsaerror::trim(token)) {
    if (c >= 'a' && c <= 'z') return wsaerror::stand_in_match();
  }
  return wsaerror::parse_stand_in(token);
}

/// Whether `token` alone names a code and is no plain word: a number, a
/// macro or alias name ("WSAECONNRESET", "ECONNRESET"), an enumerator
/// ("connection_refused"), SocketError.Name; not "interrupted" or "Shutdown".
bool is_code_token(std::string_view token) {
  if (!wsaerror::parse(token)) return token_stand_in(token).winsock != 0;
  bool lower = false;
  for (const char c : wsaerror::trim(token)) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter) return true;  // a digit, '_', '.'
    lower = lower || (c >= 'a' && c <= 'z');
  }
  return !lower;  // ECONNRESET
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The codes of blank-separated tokens that each name a code ("10054 10061",
/// "1225 10054"), else {}; `via` gets the stand-in of each (or none).
std::vector<const wsaerror::error_info*> code_list(std::string_view arg,
                                                   std::vector<wsaerror::stand_in_match>& via) {
  std::vector<const wsaerror::error_info*> out;
  via.clear();
  for (std::size_t i = 0; i < arg.size();) {
    while (i < arg.size() && is_blank(arg[i])) ++i;
    std::size_t j = i;
    while (j < arg.size() && !is_blank(arg[j])) ++j;
    if (j == i) break;
    const std::string_view token = arg.substr(i, j - i);
    if (!is_code_token(token)) return via.clear(), std::vector<const wsaerror::error_info*>();
    const wsaerror::error_info* e = wsaerror::parse(token);
    const wsaerror::stand_in_match m = e ? wsaerror::stand_in_match() : token_stand_in(token);
    if (!e) e = wsaerror::find(m.winsock);
    bool seen = false;  // each once
    for (std::size_t k = 0; k < out.size(); ++k) seen = seen || (out[k] == e && via[k].win32 == m.win32);
    if (!seen) {
      out.push_back(e);
      via.push_back(m);
    }
    i = j;
  }
  return out;
}

/// Whether `text` is `name`, in any case.
bool same_name(std::string_view text, std::string_view name) {
  if (text.size() != name.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[i]);
    const auto b = static_cast<unsigned char>(name[i]);
    if ((a >= 'a' && a <= 'z' ? a - 32 : a) != (b >= 'a' && b <= 'z' ? b - 32 : b)) return false;
  }
  return true;
}

}  // namespace

reading read_argument(std::string_view arg) {
  reading r;
  r.special = special_value(arg);
  if (r.special != not_a_code::none) return r;
  if (const wsaerror::error_info* e = wsaerror::parse(arg)) {
    r.codes.push_back(e);
    // ERROR_OPERATION_ABORTED: a stand-in's name for a code of the same
    // value (995), explained as the stand-in it is, as -s lists it
    const wsaerror::stand_in_match m = wsaerror::parse_stand_in(arg);
    r.via.push_back(m && m.winsock == e->value && same_name(wsaerror::trim(arg), m.win32->name)
                        ? m
                        : wsaerror::stand_in_match());
    return r;
  }
  if (const wsaerror::stand_in_match m = wsaerror::parse_stand_in(arg)) {
    if (m.winsock == 0) {
      r.alone = m;
    } else {
      r.codes.push_back(wsaerror::find(m.winsock));
      r.via.push_back(m);
    }
    return r;
  }
  r.codes = by_text(arg);
  r.via.resize(r.codes.size());
  if (!r.codes.empty()) return r;
  for (const wsaerror::stand_in_match& m : stand_ins_by_text(arg)) {
    if (m.winsock == 0) {
      if (!r.alone) r.alone = m;
      continue;
    }
    r.codes.push_back(wsaerror::find(m.winsock));
    r.via.push_back(m);
  }
  if (!r.codes.empty() || r.alone) return r;
  r.codes = code_list(arg, r.via);
  if (!r.codes.empty()) return r;
  // A log line: the rules of --scan, each code once.
  const std::string_view t = wsaerror::trim(arg);
  for (const char c : t) r.line = r.line || is_blank(c);
  for (const finding& f : read_line(arg)) {
    bool seen = false;
    for (const auto* e : r.codes) seen = seen || e == f.entry;
    if (!seen) {
      r.codes.push_back(f.entry);
      r.via.push_back(f.via);
    }
  }
  return r;
}

}  // namespace wsaerror_tool
