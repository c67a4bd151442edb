// SPDX-License-Identifier: MIT
// Codes made in two shared libraries (one built with -fvisibility=hidden) and
// in the program: what users write must work across the boundaries.
#include <cstdio>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

#include "plugin.hpp"

namespace {
int failures = 0;
void check(bool ok, const char* what) {
  std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok) ++failures;
}
}  // namespace

int main() {
  const std::error_code a = plugin_a_refused();
  const std::error_code b = plugin_b_refused();
  const std::error_code here = wsaerror::errc::connection_refused;

  // Must hold everywhere (wsaerror compares the winsock category by name).
  check(a == wsaerror::errc::connection_refused, "a == wsaerror::errc::connection_refused");
  check(b == wsaerror::errc::connection_refused, "b == wsaerror::errc::connection_refused");
  check(a == std::errc::connection_refused, "a == std::errc::connection_refused");
  check(b == std::errc::connection_refused, "b == std::errc::connection_refused");
  check(b != wsaerror::condition::transient, "b is not transient");
  check(std::error_code(plugin_a_refused().value() - 26, *plugin_a_category()) == wsaerror::condition::transient, "a 10035 is transient");
  check(wsaerror::normalize(b) == here, "normalize(b) == here");

  // One category instance: holds on ELF (default visibility is forced on the
  // category) and with the compiled category; not for header-only DLLs.
#if defined(_WIN32) && !defined(WSAERROR_SEPARATE_COMPILATION)
  const bool one_instance = false;
#else
  const bool one_instance = true;
#endif
  check((plugin_a_category() == &wsaerror::category()) == one_instance, "a's category is ours");
  check((plugin_b_category() == &wsaerror::category()) == one_instance, "b's category is ours");
  check((a == here) == one_instance, "a == here (std::error_code ==)");
  check((a == b) == one_instance, "a == b (std::error_code ==)");

  try {
    plugin_b_throw_timed_out();
  } catch (const std::system_error& e) {
    check(e.code() == wsaerror::errc::timed_out, "system_error from b: code() == errc::timed_out");
    check(e.code() == std::errc::timed_out, "system_error from b: code() == std::errc::timed_out");
  }
  std::printf("%d failed\n", failures);
  return failures == 0 ? 0 : 1;
}
