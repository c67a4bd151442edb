// SPDX-License-Identifier: MIT
// Which language the wsaerror tool speaks: --lang's tag, else the locale as
// gettext reads it.
#ifndef WSAERROR_TOOL_LANGUAGE_HPP_INCLUDED
#define WSAERROR_TOOL_LANGUAGE_HPP_INCLUDED

#include <string>
#include <string_view>

#include <wsaerror/language.hpp>

#include "cli.hpp"

namespace wsaerror_tool {

/// A language and, when the tag asked for a variety we lack, a note to print.
struct language_choice {
  const wsaerror::language* lang = nullptr;  ///< nullptr: the tag names no language
  std::string note;                          ///< "" or a line for stderr (no newline)
};

/// The language a tag or locale names ("de-DE", "de", "pt_BR.UTF-8", "de_AT").
language_choice choose_language(std::string_view tag);

/// gettext's choice: the locale of LC_ALL, LC_MESSAGES or LANG; LANGUAGE's
/// list wins unless the locale is C/POSIX; en-US when nothing matches.
language_choice default_language(const environment& env);

/// "en-US, zh-TW, de-DE, ..." for messages and --help.
std::string language_list();

}  // namespace wsaerror_tool

#endif
