// SPDX-License-Identifier: MIT
// French (France) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/fr_fr.hpp>
//   wsaerror::find(10061, wsaerror::fr_fr)->message;  // UTF-8
// Text: Microsoft Docs (fr-FR), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_FR_FR_HPP_INCLUDED
#define WSAERROR_LANG_FR_FR_HPP_INCLUDED

#include "../generated/text_fr_fr.hpp"
#include "../language.hpp"

namespace wsaerror {

/// French (France): fr-FR.
inline constexpr language fr_fr{
    "fr-FR", &detail::entries_in<detail::fr_fr::messages, detail::fr_fr::descriptions,
                                  detail::fr_fr::system_messages>};

}  // namespace wsaerror

#endif
