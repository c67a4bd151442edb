// SPDX-License-Identifier: MIT
// German (Germany) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/de_de.hpp>
//   wsaerror::find(10061, wsaerror::de_de)->message;  // UTF-8
// Text: Microsoft Docs (de-DE), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_DE_DE_HPP_INCLUDED
#define WSAERROR_LANG_DE_DE_HPP_INCLUDED

#include "../generated/text_de_de.hpp"
#include "../language.hpp"

namespace wsaerror {

/// German (Germany): de-DE.
inline constexpr language de_de{
    "de-DE", &detail::entries_in<detail::de_de::messages, detail::de_de::descriptions,
                                  detail::de_de::system_messages>};

}  // namespace wsaerror

#endif
