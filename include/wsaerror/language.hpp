// SPDX-License-Identifier: MIT
// Text in other languages: wsaerror::language, en_us, find(value, language),
// all(language), message(ec, language), localized_what(error, language). The
// core's text is en-US; each other language object is an opt-in header under
// wsaerror/lang/ (wsaerror/lang/de_de.hpp), so programs that never include
// one carry none of its bytes;
// wsaerror/lang/all.hpp has them all and picks one by tag at run time
// (language_for("pt_BR.UTF-8")).
#ifndef WSAERROR_LANGUAGE_HPP_INCLUDED
#define WSAERROR_LANGUAGE_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "category.hpp"
#include "table.hpp"

namespace wsaerror {

/// A language of the table: its BCP 47 tag and its entries.
struct language {
  std::string_view tag;                               ///< "en-US", "de-DE", "zh-TW"
  const std::array<error_info, code_count>* entries;  ///< value order, like all()
};

/// English (United States): the core table, en-US, as a language (for code
/// that picks a language at run time).
inline constexpr language en_us{"en-US", &detail::en_us_table};

/// Every entry in `lang`, in increasing order of value.
constexpr const std::array<error_info, code_count>& all(const language& lang) noexcept {
  return *lang.entries;
}

/// The entry of a code with the text of `lang`, or nullptr when `value` is no code.
constexpr const error_info* find(int value, const language& lang) noexcept {
  const int i = detail::index_of(value);
  return i < 0 ? nullptr : detail::found(&(*lang.entries)[static_cast<std::size_t>(i)]);
}

/// The same entry as `e` with the text of `lang` (e itself if it is not in the table).
constexpr const error_info& localize(const error_info& e, const language& lang) noexcept {
  const error_info* l = find(e.value, lang);
  return l ? *l : e;
}

/// The entry of the Winsock code `ec` holds (see holds_winsock()) with the text
/// of `lang`, or nullptr.
inline const error_info* find(const std::error_code& ec, const language& lang) noexcept {
  int value = 0;
  return detail::held_winsock_value(ec, value) ? find(value, lang) : nullptr;
}

/// ec.message() in `lang` for an error_code that holds a Winsock code (see
/// holds_winsock()); ec.message() otherwise.
inline std::string message(const std::error_code& ec, const language& lang) {
  const error_info* e = find(ec, lang);
  return e ? detail::make_string(e->message.data(), e->message.size()) : ec.message();
}

/// e.what() with its Winsock message in `lang`: for
/// std::system_error(errc::connection_refused, "connect") and de_de,
/// "connect: Die Verbindung wurde abgelehnt." The exception and its code are
/// untouched (one category for every language, so == between codes holds);
/// only this text is translated. e.what() itself when e.code() holds no
/// Winsock code, or when what() does not end with the message the category
/// gave (then there is no English part to replace).
inline std::string localized_what(const std::system_error& e, const language& lang) {
  const std::string_view what = e.what();
  const std::error_code& ec = e.code();
  const error_info* l = find(ec, lang);
  if (!l) return detail::make_string(what.data(), what.size());
  const std::string english_text = ec.message();  // what std::system_error appended
  const std::string_view english(english_text.data(), english_text.size());
  const std::size_t kept = what.size() - english.size();  // what precedes the message
  if (english.size() == 0 || what.size() < english.size() ||
      !detail::text_equals(std::string_view(what.data() + kept, english.size()), english)) {
    return detail::make_string(what.data(), what.size());
  }
  // the winsock category speaks the message; std::system_category() on
  // Windows speaks FormatMessage's text, the system message
  const std::string_view text = is_winsock_category(ec.category()) ? l->message : l->system_message;
  std::string out = detail::make_string(what.data(), kept);
  out.append(text.data(), text.size());
  return out;
}

}  // namespace wsaerror

#endif
