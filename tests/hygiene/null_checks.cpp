// SPDX-License-Identifier: MIT
// The null checks users write on a lookup with a constant argument compile
// without warnings under -Wall -Werror, at -O0 (this leg's build) and -O2
// (hygiene.null_checks_O2): GCC 12 folded such a call to the address of a
// table row and warned that it is never null (-Waddress).
#include <wsaerror/lang/de_de.hpp>
#include <wsaerror/stand_in.hpp>
#include <wsaerror/wsaerror.hpp>

int wsaerror_null_checks(int runtime_value) {
  int n = 0;
  if (wsaerror::find(10061)) ++n;
  if (wsaerror::find("WSAECONNREFUSED")) ++n;
  if (wsaerror::parse("10061")) ++n;
  if (wsaerror::find(10061, wsaerror::de_de)) ++n;
  if (wsaerror::find_stand_in(1225)) ++n;
  if (wsaerror::find_stand_in("ERROR_CONNECTION_REFUSED")) ++n;
  if (wsaerror::find_ntstatus(0xC0000236)) ++n;
  if (wsaerror::find_ntstatus("STATUS_CONNECTION_REFUSED")) ++n;
  n += wsaerror::find(10061) ? 1 : 0;
  n += wsaerror::find_ntstatus(-1073741258) ? 1 : 0;
  n += wsaerror::find(runtime_value) ? 1 : 0;
  return n;
}

// and they stay constant expressions
static_assert(wsaerror::find(10061) != nullptr, "find is constexpr");
static_assert(wsaerror::find_stand_in(1225) != nullptr, "find_stand_in is constexpr");
static_assert(wsaerror::find_ntstatus(0xC0000236) != nullptr, "find_ntstatus is constexpr");
