// SPDX-License-Identifier: MIT
// Traditional Chinese (Taiwan) text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/zh_tw.hpp>
//   wsaerror::find(10061, wsaerror::zh_tw)->message;  // UTF-8
// Text: Microsoft Docs (zh-TW), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see README).
#ifndef WSAERROR_LANG_ZH_TW_HPP_INCLUDED
#define WSAERROR_LANG_ZH_TW_HPP_INCLUDED

#include "../generated/text_zh_tw.hpp"
#include "../language.hpp"

namespace wsaerror {

/// Traditional Chinese (Taiwan): zh-TW.
inline constexpr language zh_tw{
    "zh-TW", &detail::entries_in<detail::zh_tw::messages, detail::zh_tw::descriptions,
                                  detail::zh_tw::system_messages>};

}  // namespace wsaerror

#endif
