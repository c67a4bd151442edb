// SPDX-License-Identifier: MIT
// Italian (Italy) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/it_it.hpp>
//   wsaerror::find(10061, wsaerror::it_it)->message;  // UTF-8
// Text: Microsoft Docs (it-IT), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_IT_IT_HPP_INCLUDED
#define WSAERROR_LANG_IT_IT_HPP_INCLUDED

#include "../generated/text_it_it.hpp"
#include "../language.hpp"

namespace wsaerror {

/// Italian (Italy): it-IT.
inline constexpr language it_it{
    "it-IT", &detail::entries_in<detail::it_it::messages, detail::it_it::descriptions,
                                  detail::it_it::system_messages>};

}  // namespace wsaerror

#endif
