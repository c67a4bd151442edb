// SPDX-License-Identifier: MIT
// Every language of the table, for programs that offer them all, and the
// choice of one by tag at run time:
//   for (const wsaerror::language* l : wsaerror::languages) ...
//   const wsaerror::language& l = wsaerror::language_for("pt_BR.UTF-8");  // pt-BR
// Includes every opt-in language header; English-only programs should
// include <wsaerror/wsaerror.hpp> alone, one-language programs lang/<tag>.hpp.
#ifndef WSAERROR_LANG_ALL_HPP_INCLUDED
#define WSAERROR_LANG_ALL_HPP_INCLUDED

#include <string_view>

#include "../detail/language_tag.hpp"
#include "../language.hpp"
#include "de_de.hpp"
#include "en_us.hpp"
#include "es_es.hpp"
#include "fr_fr.hpp"
#include "it_it.hpp"
#include "pt_br.hpp"
#include "ru_ru.hpp"
#include "zh_tw.hpp"

namespace wsaerror {

/// Every language, en-US first.
inline constexpr const language* languages[8] = {&en_us, &zh_tw, &de_de, &es_es,
                                                 &fr_fr, &it_it, &pt_br, &ru_ru};

/// The language a tag or locale names, or nullptr: "de-DE", "de", "de_AT",
/// "pt_BR.UTF-8", "ru-RU@euro", any case. A tag of another region picks the
/// language's one region (de_AT -> de-DE, pt_PT -> pt-BR); Chinese is zh-TW
/// only for zh-TW, zh-HK, zh-MO and zh-Hant (not Simplified Chinese).
/// "C" and "POSIX" name en-US.
constexpr const language* find_language(std::string_view tag) noexcept {
  const detail::language_tag t(tag);
  if (t.is_c_locale()) return &en_us;
  for (const language* l : languages) {
    if (t.same_language(l->tag) && (!t.is("zh") || t.is_traditional_chinese())) return l;
  }
  return nullptr;
}

/// find_language(tag), or en-US when no language matches (an unknown tag is
/// not an error: the text falls back to English).
constexpr const language& language_for(std::string_view tag) noexcept {
  const language* l = find_language(tag);
  return l ? *l : en_us;
}

}  // namespace wsaerror

#endif
