// SPDX-License-Identifier: MIT
// Spanish (Spain) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/es_es.hpp>
//   wsaerror::find(10061, wsaerror::es_es)->message;  // UTF-8
// Text: Microsoft Docs (es-ES), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_ES_ES_HPP_INCLUDED
#define WSAERROR_LANG_ES_ES_HPP_INCLUDED

#include "../generated/text_es_es.hpp"
#include "../language.hpp"

namespace wsaerror {

/// Spanish (Spain): es-ES.
inline constexpr language es_es{
    "es-ES", &detail::entries_in<detail::es_es::messages, detail::es_es::descriptions,
                                  detail::es_es::system_messages>};

}  // namespace wsaerror

#endif
