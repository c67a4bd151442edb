// SPDX-License-Identifier: MIT
// wsaerror::windows (real Winsock) with the compiled category (wsaerror::separate).
#include <cstdio>

#include <wsaerror/windows.hpp>

int main() {
  wsaerror::startup winsock;
  const std::error_code ec = wsaerror::to_error_code(WSAECONNREFUSED);
  const wsaerror::error_info* e = wsaerror::find(ec);
  if (e == nullptr) return 1;
  std::printf("%s %d %.*s\n", ec.category().name(), ec.value(), static_cast<int>(e->name.size()),
              e->name.data());
  return 0;
}
