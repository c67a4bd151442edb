// SPDX-License-Identifier: MIT
// What the consumers of wsaerror::catch2 build: Catch2's printer for errc,
// outside a test run (nothing of Catch2's runner is needed).
#include <cstdio>
#include <string>
#include <system_error>

#include <wsaerror/catch2.hpp>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  const std::string label = Catch::Detail::stringify(wsaerror::errc::connection_refused);
  std::printf("%s %d %s\n", ec.category().name(), ec.value(), label.c_str());  // ... WSAECONNREFUSED (10061)
  return label == "WSAECONNREFUSED (10061)" ? 0 : 1;
}
