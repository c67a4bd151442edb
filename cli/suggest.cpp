// SPDX-License-Identifier: MIT
#include "suggest.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include <wsaerror/lang/all.hpp>
#include <wsaerror/stand_in.hpp>
#include <wsaerror/wsaerror.hpp>

#include "render.hpp"
#include "text.hpp"

namespace wsaerror_tool {
namespace {

/// Levenshtein distance, stopping early once it exceeds `limit`.
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diag = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

/// What people write for what the texts say ("timeout": "timed out").
std::vector<std::string> alternatives(const std::string& word) {
  std::vector<std::string> out = {word};
  static const std::pair<std::string_view, std::string_view> synonyms[] = {
      {"timeout", "timed out"},  {"timeouts", "timed out"}, {"time-out", "timed out"},
      {"timeout", "time out"},   {"refusal", "refused"},    {"unreachable", "no route"},
      {"unreachable", "unreachable"}, {"closed", "reset"},  {"closed", "shut down"},
      {"dns", "host"},           {"resolve", "host"},       {"nonblocking", "non-blocking"}};
  for (const auto& s : synonyms) {
    if (s.first == word) out.emplace_back(s.second);
  }
  return out;
}

/// `w` without a common English ending ("refusing" -> "refus"), or "".
std::string stem(const std::string& w) {
  static constexpr std::string_view endings[] = {"ing", "ed", "es", "s", "ion"};
  for (const std::string_view e : endings) {
    if (w.size() >= e.size() + 4 && w.compare(w.size() - e.size(), e.size(), e) == 0) {
      return w.substr(0, w.size() - e.size());
    }
  }
  return w.find(' ') == std::string::npos && w.size() >= 4 ? w : std::string();
}

/// How well `field` (a word_text) holds `word`: 3 as a whole word, 2 as the
/// start of a word (stems), 1 inside a word, 0 not at all.
int level(const std::string& field, const std::vector<std::string>& alts) {
  int best = 0;
  for (const std::string& a : alts) {
    if (field.find(" " + a + " ") != std::string::npos) return 3;
    const std::string s = stem(a);
    if (!s.empty() && field.find(" " + s) != std::string::npos) best = std::max(best, 2);
    if ((a.size() >= 3 || static_cast<unsigned char>(a[0]) >= 0x80) &&
        field.find(a) != std::string::npos) {
      best = std::max(best, 1);
    }
  }
  return best;
}

/// level() for the other languages' texts: whole words, or for a query in a
/// script without spaces (CJK) the text anywhere; no English stems.
int foreign_level(const std::string& field, const std::vector<std::string>& alts) {
  for (const std::string& a : alts) {
    if (field.find(" " + a + " ") != std::string::npos) return 3;
    if (static_cast<unsigned char>(a[0]) >= 0x80 && field.find(a) != std::string::npos) return 3;
  }
  return 0;
}

std::size_t word_count(const std::string& word_text) {
  return static_cast<std::size_t>(std::count(word_text.begin(), word_text.end(), ' ')) - 1;
}

/// What search() looks in for one code or stand-in, as word_text()s.
struct searchable {
  const wsaerror::error_info* entry;  ///< English; nullptr for a stand-in
  std::string names;                  ///< every key parse() takes for the code
  std::vector<std::string> messages;  ///< messages and system messages, every language
  std::string all_messages;           ///< the same, joined: English ones
  std::string descriptions;           ///< descriptions: English
  std::string other_texts;            ///< every text of the other languages
};

/// Built once: the words of every code's names and texts.
const std::vector<searchable>& index() {
  static const std::vector<searchable> codes = [] {
    std::vector<searchable> out;
    for (const wsaerror::error_info& en : wsaerror::all()) {
      searchable c{&en, " ", {}, " ", " ", " "};
      wsaerror::for_each_parse_key([&](std::string_view key, const wsaerror::error_info& e) {
        if (e.value == en.value) c.names += word_text(key).substr(1);
      });
      c.other_texts = " ";
      for (const wsaerror::language* l : wsaerror::languages) {
        const wsaerror::error_info& t = wsaerror::localize(en, *l);
        c.messages.push_back(word_text(t.message));
        c.messages.push_back(word_text(t.system_message));
        if (l == &wsaerror::en_us) {
          c.all_messages += c.messages[0].substr(1) + c.messages[1].substr(1);
          c.descriptions += word_text(t.description).substr(1);
        } else {
          c.other_texts += c.messages[c.messages.size() - 2].substr(1) + c.messages.back().substr(1) +
                           word_text(t.description).substr(1);
        }
      }
      out.push_back(std::move(c));
    }
    return out;
  }();
  return codes;
}

/// The same for Windows' stand-ins, a row each: a Win32 value by its name
/// and Windows' message in every language; an NTSTATUS by its name (it has
/// no message of its own), found as itself, with its own Winsock code
/// (STATUS_LOCAL_DISCONNECT is WSAECONNABORTED, where its Win32 64 is
/// doubtful).
const std::vector<std::pair<searchable, wsaerror::stand_in_match>>& stand_in_index() {
  static const auto rows = [] {
    std::vector<std::pair<searchable, wsaerror::stand_in_match>> out;
    for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
      searchable c{nullptr, word_text(s.name), {}, " ", " ", " "};
      for (const wsaerror::language* l : wsaerror::languages) {
        c.messages.push_back(word_text(wsaerror::message(s, l->tag)));
        if (l == &wsaerror::en_us) {
          c.all_messages = c.messages.back();
        } else {
          c.other_texts += c.messages.back().substr(1);
        }
      }
      out.emplace_back(std::move(c), wsaerror::stand_in_match{&s, nullptr, s.winsock});
    }
    for (const wsaerror::ntstatus_info& n : wsaerror::all_ntstatus()) {
      if (const wsaerror::stand_in_info* s = wsaerror::find_stand_in(n.win32)) {
        out.emplace_back(searchable{nullptr, word_text(n.name), {}, " ", " ", " "},
                         wsaerror::stand_in_match{s, &n, n.winsock});
      }
    }
    return out;
  }();
  return rows;
}

/// The query: each argument's words, folded as the texts are, each with
/// what else people write for it.
std::vector<std::vector<std::string>> query_of(const std::vector<std::string_view>& words) {
  std::vector<std::vector<std::string>> query;
  for (const std::string_view arg : words) {
    const std::string w = word_text(arg);
    for (std::size_t i = 1; i < w.size();) {
      const std::size_t j = w.find(' ', i);
      query.push_back(alternatives(w.substr(i, j - i)));
      i = j + 1;
    }
  }
  return query;
}

/// How well `c` matches every word of `query`, or a negative number when a
/// word is missing: a word in a name counts more than one in the message,
/// which counts more than one in the description, and a message that is
/// mostly the query ranks first: "no such host" is WSAHOST_NOT_FOUND's "No
/// such host is known." before "...known securely."; a query that is a
/// stand-in's whole name (`exact_name`, as word_text()) before all.
double score(const searchable& c, const std::vector<std::vector<std::string>>& query,
             const std::string& exact_name) {
  double total = !exact_name.empty() && c.names == exact_name ? 100 : 0;
  for (const std::vector<std::string>& alts : query) {
    const int s = std::max({4 * level(c.names, alts), 3 * level(c.all_messages, alts),
                            level(c.descriptions, alts), 3 * foreign_level(c.other_texts, alts)});
    if (s == 0) return -1;
    total += s;
  }
  double cover = 0;
  for (const std::string& m : c.messages) {
    bool whole = true;
    for (const auto& alts : query) whole = whole && level(m, alts) == 3;
    if (whole && word_count(m) > 0) {
      cover = std::max(cover, static_cast<double>(query.size()) / static_cast<double>(word_count(m)));
    }
  }
  return total + 10 * cover;
}

template <class T>
std::vector<T> best_first(std::vector<std::pair<double, T>>& hits) {
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<T> out;
  for (const auto& h : hits) out.push_back(h.second);
  return out;
}

}  // namespace

std::vector<const wsaerror::error_info*> search(const std::vector<std::string_view>& words,
                                                const wsaerror::language& lang) {
  const std::vector<std::vector<std::string>> query = query_of(words);
  std::vector<std::pair<double, const wsaerror::error_info*>> hits;
  if (query.empty()) return {};
  for (const searchable& c : index()) {
    const double s = score(c, query, std::string());
    if (s >= 0) hits.emplace_back(s, &wsaerror::localize(*c.entry, lang));
  }
  return best_first(hits);
}

std::vector<wsaerror::stand_in_match> search_stand_ins(const std::vector<std::string_view>& words) {
  const std::vector<std::vector<std::string>> query = query_of(words);
  std::vector<std::pair<double, wsaerror::stand_in_match>> hits;
  if (query.empty()) return {};
  std::string whole;
  for (const std::string_view w : words) whole += word_text(w).substr(1);
  whole = " " + whole;
  for (const auto& row : stand_in_index()) {
    const double s = score(row.first, query, whole);
    if (s >= 0) hits.emplace_back(s, row.second);
  }
  return best_first(hits);
}

std::vector<std::string> corrected(const std::vector<std::string_view>& words) {
  // every word of the names and English texts, the stand-ins' too
  std::string vocabulary = " timeout ";
  wsaerror::for_each_parse_key(
      [&](std::string_view key, const wsaerror::error_info&) { vocabulary += word_text(key).substr(1); });
  for (const wsaerror::error_info& e : wsaerror::all()) {
    vocabulary += word_text(e.message).substr(1) + word_text(e.system_message).substr(1) +
                  word_text(e.description).substr(1);
  }
  for (const auto& row : stand_in_index()) {
    vocabulary += row.first.names.substr(1) + row.first.all_messages.substr(1);
  }
  std::vector<std::string> out;
  bool changed = false;
  for (const std::string_view arg : words) {
    const std::string w = word_text(arg);
    for (std::size_t i = 1; i < w.size();) {
      const std::size_t j = w.find(' ', i);
      const std::string word = w.substr(i, j - i);
      i = j + 1;
      std::string best = word;
      if (vocabulary.find(" " + word + " ") == std::string::npos && word.size() >= 4) {
        std::size_t best_d = std::max<std::size_t>(1, word.size() / 4) + 1;
        for (std::size_t k = 1; k < vocabulary.size();) {
          const std::size_t end = vocabulary.find(' ', k);
          const std::string_view v(vocabulary.data() + k, end - k);
          const std::size_t d = distance(word, v, best_d - 1);
          if (d < best_d) {
            best_d = d;
            best = std::string(v);
          }
          k = end + 1;
        }
      }
      changed = changed || best != word;
      out.push_back(best);
    }
  }
  return changed ? out : std::vector<std::string>();
}

std::vector<std::string> suggestions(std::string_view input) {
  std::vector<std::string> out;
  long long number = 0;
  if (wsaerror::parse_integer(input, number)) {
    // The nearest codes by value, within 20 of it.
    std::vector<std::pair<long long, const wsaerror::error_info*>> near;
    for (const wsaerror::error_info& e : wsaerror::all()) {
      const long long d = std::llabs(static_cast<long long>(e.value) - number);
      if (d <= 20) near.emplace_back(d, &e);
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < near.size() && i < 3; ++i) out.push_back(wsaerror::label(*near[i].second));
    return out;
  }
  // Names within a few typos of a key parse() takes, folded as parse() folds.
  std::string key(wsaerror::trim(input));
  for (char& c : key) c = wsaerror::fold_name_char(c);
  if (key.empty() || key.size() > 64) return out;
  const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
  std::vector<std::pair<std::size_t, const wsaerror::error_info*>> close;
  wsaerror::for_each_parse_key([&](std::string_view k, const wsaerror::error_info& e) {
    const std::size_t d = distance(key, k, limit);
    if (d > limit) return;
    for (auto& c : close) {
      if (c.second == &e) {
        c.first = std::min(c.first, d);
        return;
      }
    }
    close.emplace_back(d, &e);
  });
  std::stable_sort(close.begin(), close.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->value < b.second->value;
  });
  for (std::size_t i = 0; i < close.size() && i < 3; ++i) out.push_back(wsaerror::label(*close[i].second));
  if (out.empty()) {
    // Else a stand-in's name within as many typos (STATUS_CONECTION_RESET).
    std::vector<std::pair<std::size_t, wsaerror::stand_in_match>> near_stand_ins;
    auto consider = [&](std::string_view name, const wsaerror::stand_in_match& m) {
      std::string folded(name);
      for (char& c : folded) c = wsaerror::fold_name_char(c);
      const std::size_t d = distance(key, folded, limit);
      if (d <= limit) near_stand_ins.emplace_back(d, m);
    };
    for (const wsaerror::stand_in_info& si : wsaerror::all_stand_ins()) {
      consider(si.name, wsaerror::stand_in_match{&si, nullptr, si.winsock});
    }
    for (const wsaerror::ntstatus_info& n : wsaerror::all_ntstatus()) {
      if (const wsaerror::stand_in_info* si = wsaerror::find_stand_in(n.win32)) {
        consider(n.name, wsaerror::stand_in_match{si, &n, n.winsock});
      }
    }
    std::stable_sort(near_stand_ins.begin(), near_stand_ins.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < near_stand_ins.size() && i < 3; ++i) {
      out.push_back(stand_in_label(near_stand_ins[i].second));
    }
  }
  if (!out.empty() || input.find(' ') == std::string_view::npos) return out;
  // Words, not a name: the best matches of a search for them.
  const std::vector<const wsaerror::error_info*> found = search({input}, wsaerror::en_us);
  for (std::size_t i = 0; i < found.size() && i < 3; ++i) out.push_back(wsaerror::label(*found[i]));
  return out;
}

}  // namespace wsaerror_tool
