// SPDX-License-Identifier: MIT
// The API used after every hostile macro is defined: the header's inline and
// constexpr code must survive min, max, ERROR, NO_DATA, errno... as macros.
#include <errno.h>

// Standard headers first (libstdc++ #undefs min and max when first included).
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "windows_macros.hpp"

#include <wsaerror/lang/zh_tw.hpp>
#include <wsaerror/wsaerror.hpp>

static_assert(wsaerror::find(10061)->value == 10061);
static_assert(wsaerror::parse("NO_DATA")->value == 11004);
static_assert(wsaerror::find(11004, wsaerror::zh_tw)->value == 11004);

bool wsaerror_hygiene_use() {
  const std::error_code ec = wsaerror::errc::no_data;
  return ec == wsaerror::condition::resolver && ec.message() == "Valid name, no data record of requested type.";
}
