// SPDX-License-Identifier: MIT
// Russian (Russia) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/ru_ru.hpp>
//   wsaerror::find(10061, wsaerror::ru_ru)->message;  // UTF-8
// Text: Microsoft Docs (ru-RU), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_RU_RU_HPP_INCLUDED
#define WSAERROR_LANG_RU_RU_HPP_INCLUDED

#include "../generated/text_ru_ru.hpp"
#include "../language.hpp"

namespace wsaerror {

/// Russian (Russia): ru-RU.
inline constexpr language ru_ru{
    "ru-RU", &detail::entries_in<detail::ru_ru::messages, detail::ru_ru::descriptions,
                                  detail::ru_ru::system_messages>};

}  // namespace wsaerror

#endif
