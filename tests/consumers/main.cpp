// SPDX-License-Identifier: MIT
// What every consumer project builds: a program that uses wsaerror.
#include <cstdio>
#include <string_view>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  if (ec != std::errc::connection_refused || wsaerror::find(10061) == nullptr) return 1;
  const std::string_view name = wsaerror::find(ec.value())->name;  // not NUL-terminated
  std::printf("%s %d %.*s\n", ec.category().name(), ec.value(), static_cast<int>(name.size()), name.data());
  return 0;
}
