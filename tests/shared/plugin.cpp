// SPDX-License-Identifier: MIT
// Built as plugin_a (default visibility) and plugin_b (-fvisibility=hidden).
#include <wsaerror/wsaerror.hpp>

#include "plugin.hpp"

#define CAT(a, b) CAT2(a, b)
#define CAT2(a, b) a##b

PLUGIN_API std::error_code CAT(PLUGIN_NAME, _refused)() {
  return wsaerror::errc::connection_refused;
}
PLUGIN_API const std::error_category* CAT(PLUGIN_NAME, _category)() {
  return &wsaerror::category();
}
PLUGIN_API void CAT(PLUGIN_NAME, _throw_timed_out)() {
  throw std::system_error(wsaerror::errc::timed_out, "plugin");
}
