// SPDX-License-Identifier: MIT
#include "language.hpp"

#include <wsaerror/lang/all.hpp>

namespace wsaerror_tool {

language_choice choose_language(std::string_view tag) {
  language_choice c;
  c.lang = wsaerror::find_language(tag);
  // Portuguese exists only as pt-BR: say so when another variety was asked for.
  const std::string_view base = tag.substr(0, tag.find_first_of(".@"));
  if (c.lang == &wsaerror::pt_br && base.size() > 2) {
    const std::string_view region = base.substr(3);
    if (region != "BR" && region != "br" && region != "Br" && region != "bR") {
      c.note = "wsaerror: note: only Brazilian Portuguese (pt-BR) is available, not " +
               std::string(base);
    }
  }
  return c;
}

language_choice default_language(const environment& env) {
  const std::string_view locale = !env.lc_all.empty()        ? env.lc_all
                                  : !env.lc_messages.empty() ? env.lc_messages
                                                             : env.lang;
  const std::string_view base = locale.substr(0, locale.find_first_of(".@"));
  if (base.empty() || base == "C" || base == "POSIX") return {&wsaerror::en_us, {}};
  std::string_view list = env.language;
  while (!list.empty()) {
    const std::size_t colon = list.find(':');
    language_choice c = choose_language(list.substr(0, colon));
    if (c.lang) return c;
    list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
  }
  language_choice c = choose_language(locale);
  if (!c.lang) {
    // say so, as for pt_PT: a locale of a language the table lacks (zh_CN, ja_JP)
    c.lang = &wsaerror::en_us;
    c.note = "wsaerror: note: no text for " + std::string(base) + ", so en-US (the languages:";
    for (const wsaerror::language* l : wsaerror::languages) c.note += " " + std::string(l->tag);
    c.note += ")";
  }
  return c;
}

std::string language_list() {
  std::string out;
  for (const wsaerror::language* l : wsaerror::languages) {
    if (!out.empty()) out += ", ";
    out += l->tag;
  }
  return out;
}

}  // namespace wsaerror_tool
