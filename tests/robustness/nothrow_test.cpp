// SPDX-License-Identifier: MIT
// Built with -fno-exceptions -fno-rtti: the core lookup API compiles and works.
#include <cstdio>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

static_assert(wsaerror::find(10061)->value == 10061);

int main() {
  int failures = 0;
  const auto check = [&](bool ok, const char* what) {
    if (!ok) {
      std::printf("FAIL: %s\n", what);
      ++failures;
    }
  };
  check(wsaerror::parse("econnrefused")->value == 10061, "parse");
  check(wsaerror::find("WSAETIMEDOUT")->value == 10060, "find(name)");
  check(wsaerror::find(12345) == nullptr, "find(unknown)");
  const std::error_code ec = wsaerror::errc::would_block;
  check(ec == std::errc::resource_unavailable_try_again, "ec == std::errc");
  check(ec == wsaerror::condition::transient, "ec == condition");
  check(ec.message() == "Resource temporarily unavailable.", "message");
  std::printf("%d failures without exceptions or RTTI\n", failures);
  return failures == 0 ? 0 : 1;
}
