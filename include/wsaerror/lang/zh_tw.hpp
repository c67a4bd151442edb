// SPDX-License-Identifier: MIT
// Traditional Chinese (zh-TW) text of every Winsock code, opt-in:
//   #include <wsaerror/lang/zh_tw.hpp>
//   wsaerror::find(10061, wsaerror::zh_tw)->message;   // the zh-TW text, UTF-8
// Text: the zh-TW Microsoft Docs pages (machine translation, wording kept as is).
#ifndef WSAERROR_LANG_ZH_TW_HPP_INCLUDED
#define WSAERROR_LANG_ZH_TW_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <utility>

#include "../generated/text_zh_tw.hpp"
#include "../language.hpp"

namespace wsaerror {
namespace detail {

template <std::size_t... I>
constexpr std::array<error_info, sizeof...(I)> make_zh_tw_entries(
    std::index_sequence<I...>) noexcept {
  std::array<error_info, sizeof...(I)> out = entries;
  ((out[I].message = zh_tw::messages[I], out[I].description = zh_tw::descriptions[I],
    out[I].system_message = zh_tw::system_messages[I]),
   ...);
  return out;
}

/// Every entry with zh-TW text.
inline constexpr std::array<error_info, code_count> zh_tw_entries =
    make_zh_tw_entries(std::make_index_sequence<code_count>{});

}  // namespace detail

/// Traditional Chinese (Taiwan).
inline constexpr language zh_tw{"zh-TW", &detail::zh_tw_entries};

}  // namespace wsaerror

#endif
