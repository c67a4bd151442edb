// SPDX-License-Identifier: MIT
#include "suggest.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "text.hpp"

namespace wsaerror_tool {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == '-' || c == ' ') c = '_';
  }
  return out;
}

/// Levenshtein distance, stopping early once it exceeds `limit`.
std::size_t distance(const std::string& a, const std::string& b, std::size_t limit) {
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

std::string label(const wsaerror::error_info& e) {
  return std::string(e.name) + " (" + std::to_string(e.value) + ")";
}

/// A number in decimal or 0x hex, if `s` is one (trimmed of what parse() trims).
bool as_number(std::string_view s, long long& out) {
  s = wsaerror::detail::trim(s);
  unsigned long long magnitude = 0;
  bool negative = false;
  if (!wsaerror::detail::parse_number(s, magnitude, negative)) return false;
  out = negative ? -static_cast<long long>(magnitude) : static_cast<long long>(magnitude);
  return true;
}

}  // namespace

std::vector<const wsaerror::error_info*> search(const std::vector<std::string_view>& words,
                                                const wsaerror::language& lang) {
  std::vector<std::pair<int, const wsaerror::error_info*>> hits;
  for (const wsaerror::error_info& e : wsaerror::all(lang)) {
    const wsaerror::error_info& en = *wsaerror::find(e.value);
    std::string names = lower(e.name) + " " + lower(e.enumerator);
    wsaerror::for_each_alias(e, [&](std::string_view a) { names += " " + lower(a); });
    const std::string message = lower(e.message) + " " + lower(en.message);
    const std::string text = lower(e.description) + " " + lower(e.system_message) + " " +
                             lower(en.description) + " " + lower(en.system_message);
    int score = 0;
    bool all_found = true;
    for (const std::string_view w : words) {
      const std::string word = lower(w);
      if (word.empty()) continue;
      int s = 0;
      if (names.find(word) != std::string::npos) s += 4;
      if (message.find(word) != std::string::npos) s += 3;
      if (text.find(word) != std::string::npos) s += 1;
      if (s == 0) {
        all_found = false;
        break;
      }
      score += s;
    }
    if (all_found) hits.emplace_back(score, &e);
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const wsaerror::error_info*> out;
  for (const auto& h : hits) out.push_back(h.second);
  return out;
}

std::vector<std::string> suggestions(std::string_view input) {
  std::vector<std::string> out;
  long long number = 0;
  if (as_number(input, number)) {
    // The nearest codes by value, within 20 of it.
    std::vector<std::pair<long long, const wsaerror::error_info*>> near;
    for (const wsaerror::error_info& e : wsaerror::all()) {
      const long long d = std::llabs(static_cast<long long>(e.value) - number);
      if (d <= 20) near.emplace_back(d, &e);
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < near.size() && i < 3; ++i) out.push_back(label(*near[i].second));
    return out;
  }
  const std::string key = upper(wsaerror::detail::trim(input));
  if (key.empty() || key.size() > 64) return out;
  const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
  std::vector<std::pair<std::size_t, const wsaerror::error_info*>> close;
  for (const wsaerror::error_info& e : wsaerror::all()) {
    std::vector<std::string> names = {upper(e.name), upper(e.enumerator)};
    if (e.name.substr(0, 3) == "WSA") names.push_back(upper(e.name.substr(e.name[3] == '_' ? 4 : 3)));
    wsaerror::for_each_alias(e, [&](std::string_view a) { names.push_back(upper(a)); });
    std::size_t best = limit + 1;
    for (const std::string& n : names) best = std::min(best, distance(key, n, limit));
    if (best <= limit) close.emplace_back(best, &e);
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < close.size() && i < 3; ++i) out.push_back(label(*close[i].second));
  return out;
}

}  // namespace wsaerror_tool
