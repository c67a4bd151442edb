// SPDX-License-Identifier: MIT
// Fuzzes parse(): any bytes are valid input; whatever it returns is a real
// entry that its own name, enumerator and value parse back to. The same for
// parse_stand_in(): a row of the stand-in table, consistent with parse().
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <wsaerror/stand_in.hpp>
#include <wsaerror/wsaerror.hpp>

#define FUZZ_CHECK(x) \
  if (!(x)) std::abort()

/// parse_stand_in() on the same bytes: a stand-in only where parse() finds no
/// code, a row of the table whose name reads back to it.
void check_stand_in(std::string_view input, const wsaerror::error_info* parsed) {
  const wsaerror::stand_in_match m = wsaerror::parse_stand_in(input);
  if (!m) return;
  FUZZ_CHECK(parsed == nullptr || parsed->value == m.win32->value);  // 995 is both
  FUZZ_CHECK(wsaerror::find_stand_in(m.win32->value) == m.win32);
  FUZZ_CHECK(wsaerror::parse_stand_in(m.win32->name).win32 == m.win32);
  FUZZ_CHECK(m.winsock == 0 || wsaerror::find(m.winsock) != nullptr);
  if (m.ntstatus) {
    FUZZ_CHECK(m.ntstatus->win32 == m.win32->value && m.winsock == m.ntstatus->winsock);
    FUZZ_CHECK(wsaerror::find_ntstatus(static_cast<long long>(m.ntstatus->value)) == m.ntstatus);
  } else {
    FUZZ_CHECK(m.winsock == m.win32->winsock);
  }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const wsaerror::error_info* e = wsaerror::parse(input);
  check_stand_in(input, e);
  if (e == nullptr) return 0;
  FUZZ_CHECK(e >= wsaerror::all().data() && e < wsaerror::all().data() + wsaerror::all().size());
  FUZZ_CHECK(wsaerror::find(e->value) == e);
  FUZZ_CHECK(wsaerror::find(e->name) == e);
  FUZZ_CHECK(wsaerror::parse(e->name) == e);
  FUZZ_CHECK(wsaerror::parse(e->enumerator) == e);
  FUZZ_CHECK(wsaerror::parse(std::to_string(e->value)) == e);
  return 0;
}
