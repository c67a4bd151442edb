// SPDX-License-Identifier: MIT
// A language tag or POSIX locale name taken apart ("pt_BR.UTF-8@euro" ->
// language "pt", rest "BR"): what find_language() compares.
#ifndef WSAERROR_DETAIL_LANGUAGE_TAG_HPP_INCLUDED
#define WSAERROR_DETAIL_LANGUAGE_TAG_HPP_INCLUDED

#include <cstddef>
#include <string_view>

#include "parse.hpp"

namespace wsaerror {
namespace detail {

/// Whether subtags a and b are equal ignoring ASCII case (parse()'s folding).
constexpr bool iequal(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

/// A tag split at its first '-' or '_', without ".charset" or "@modifier".
struct language_tag {
  std::string_view primary;  ///< "pt"
  std::string_view rest;     ///< "BR", "Hant-TW", "" (subtags after the first)

  constexpr explicit language_tag(std::string_view tag) noexcept : primary(), rest() {
    const std::size_t end = tag.find_first_of(".@");
    const std::string_view base = tag.substr(0, end);
    const std::size_t sep = base.find_first_of("-_");
    primary = base.substr(0, sep);
    rest = sep == std::string_view::npos ? std::string_view() : base.substr(sep + 1);
  }

  /// Whether the primary subtag is `lang` ("pt").
  constexpr bool is(std::string_view lang) const noexcept { return iequal(primary, lang); }
  /// Whether this is the C or POSIX locale.
  constexpr bool is_c_locale() const noexcept {
    return rest.empty() && (iequal(primary, "C") || iequal(primary, "POSIX"));
  }
  /// Whether `other` ("de-DE") has the same primary subtag.
  constexpr bool same_language(std::string_view other) const noexcept {
    return !primary.empty() && is(language_tag(other).primary);
  }
  /// zh-TW, zh-HK, zh-MO, zh-Hant, zh-Hant-*: Traditional Chinese.
  constexpr bool is_traditional_chinese() const noexcept {
    const std::string_view first = rest.substr(0, rest.find_first_of("-_"));
    return iequal(first, "TW") || iequal(first, "HK") || iequal(first, "MO") ||
           iequal(first, "Hant");
  }

  /// Whether this tag or locale picks the language whose table tag is
  /// `table_tag` ("de-DE"): the same primary subtag, any region ("de_AT" picks
  /// de-DE), Chinese only when Traditional; "C" and "POSIX" pick en-US. The one
  /// rule of every choice of language (find_language(), the stand-in messages).
  constexpr bool picks(std::string_view table_tag) const noexcept {
    if (is_c_locale()) return iequal(table_tag, "en-US");
    return same_language(table_tag) && (!is("zh") || is_traditional_chinese());
  }
};

}  // namespace detail
}  // namespace wsaerror

#endif
