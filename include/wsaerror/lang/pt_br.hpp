// SPDX-License-Identifier: MIT
// Portuguese (Brazil) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/pt_br.hpp>
//   wsaerror::find(10061, wsaerror::pt_br)->message;  // UTF-8
// Text: Microsoft Docs (pt-BR), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_PT_BR_HPP_INCLUDED
#define WSAERROR_LANG_PT_BR_HPP_INCLUDED

#include "../generated/text_pt_br.hpp"
#include "../language.hpp"

namespace wsaerror {

/// Portuguese (Brazil): pt-BR.
inline constexpr language pt_br{
    "pt-BR", &detail::entries_in<detail::pt_br::messages, detail::pt_br::descriptions,
                                  detail::pt_br::system_messages>};

}  // namespace wsaerror

#endif
