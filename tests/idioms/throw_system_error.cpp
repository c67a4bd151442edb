// SPDX-License-Identifier: MIT
// Idiom: throw std::system_error with a Winsock code, catch it as any other.
#include <wsaerror/wsaerror.hpp>

#include <cstdio>
#include <system_error>

static void connect_or_throw() { throw std::system_error(wsaerror::errc::timed_out, "connect"); }

int main() {
  try {
    connect_or_throw();
  } catch (const std::system_error& e) {
    std::printf("%s\n", e.what());
    const bool ok = e.code() == std::errc::timed_out && e.code() == wsaerror::errc::timed_out &&
                    e.code() == wsaerror::condition::transient;
    if (const wsaerror::error_info* info = wsaerror::find(e.code())) {
      // name is a std::string_view, not NUL-terminated: print it with its size.
      std::printf("%.*s (%d)\n", static_cast<int>(info->name.size()), info->name.data(), info->value);
    }
    if (ok) std::printf("ok\n");  // CTest checks the output, not the status
    return ok ? 0 : 1;
  }
  return 1;
}
