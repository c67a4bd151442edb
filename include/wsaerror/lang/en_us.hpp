// SPDX-License-Identifier: MIT
// English (United States) as a wsaerror::language, for code that picks a
// language at run time (the core's find(), parse() and all() are already
// en-US and need no language):
//   #include <wsaerror/lang/en_us.hpp>
//   const wsaerror::language* l = &wsaerror::en_us;
// A header of its own because the language object holds the address of the
// table, which makes every translation unit that sees it evaluate the table.
#ifndef WSAERROR_LANG_EN_US_HPP_INCLUDED
#define WSAERROR_LANG_EN_US_HPP_INCLUDED

#include "../language.hpp"

namespace wsaerror {

/// English (United States): the core table, en-US.
inline constexpr language en_us{"en-US", &detail::entries<void>};

}  // namespace wsaerror

#endif
