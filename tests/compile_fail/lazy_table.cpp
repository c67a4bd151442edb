// SPDX-License-Identifier: MIT
// Built twice by CTest. A translation unit that includes <wsaerror/wsaerror.hpp>
// and only makes codes must not evaluate the table (45M to 50M compiler instructions):
// declaring our own explicit specialization of the en-US entries is legal
// only while the compiler has not instantiated them. With WSAERROR_GOOD it
// must compile; with a lookup before the specialization it must fail with
// "after instantiation", which proves the check can fail.
#include <wsaerror/wsaerror.hpp>

#include <system_error>

int make_codes() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  const bool generic = ec == std::errc::connection_refused;
#ifndef WSAERROR_GOOD
  static_assert(wsaerror::find(10061) != nullptr, "instantiates the table");
#endif
  return ec.value() + (generic ? 1 : 0);
}

namespace wsaerror {
namespace detail {
template <>
inline constexpr fixed_array<error_info, code_count>
    entries_in<en_us::messages, en_us::descriptions, en_us::system_messages, void>{};
}  // namespace detail
}  // namespace wsaerror
