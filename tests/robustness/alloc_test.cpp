// SPDX-License-Identifier: MIT
// The lookups, parse(), all() and the comparisons allocate nothing: a global
// operator new that counts proves it (message() allocates its std::string, as
// every category's does).
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

namespace {
std::size_t allocations = 0;
}

void* operator new(std::size_t n) {
  ++allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

int main() {
  // First uses (the categories' magic statics) before counting.
  const std::error_code warm = wsaerror::errc::timed_out;
  (void)(warm == wsaerror::condition::transient);
  const std::string long_input(200, 'W');
  const std::size_t before = allocations;
  int found = 0;
  for (const wsaerror::error_info& e : wsaerror::all()) {
    found += wsaerror::find(e.value) != nullptr;
    found += wsaerror::find(e.name) != nullptr;
    found += wsaerror::parse(e.enumerator) != nullptr;
    found += wsaerror::parse(e.name.substr(3)) != nullptr;
    const std::error_code ec(e.value, wsaerror::category());
    found += ec == e.code();
    found += ec == std::errc::connection_refused;
    found += ec == wsaerror::condition::resolver;
    found += wsaerror::normalize(ec) == ec;
    found += ec.default_error_condition() == std::errc::timed_out;
    wsaerror::for_each_alias(e, [&](std::string_view) { ++found; });
  }
  for (int v : {0, -1, 10000, 0x7fffffff}) found += wsaerror::find(v) == nullptr;
  found += wsaerror::parse("0x8007274D") != nullptr;
  found += wsaerror::parse(long_input) == nullptr;
  const std::size_t during = allocations - before;
  std::printf("%d lookups and comparisons, %zu allocations\n", found, during);
  return during == 0 ? 0 : 1;
}
