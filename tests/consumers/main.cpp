// SPDX-License-Identifier: MIT
// What every consumer project builds: a program that uses wsaerror.
#include <cstdio>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  if (ec != std::errc::connection_refused || wsaerror::find(10061) == nullptr) return 1;
  std::printf("%s %d %s\n", ec.category().name(), ec.value(), wsaerror::find(ec.value())->name.data());
  return 0;
}
