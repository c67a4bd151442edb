// SPDX-License-Identifier: MIT
// Fuzzes parse(): any bytes are valid input; whatever it returns is a real
// entry that its own name, enumerator and value parse back to.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <wsaerror/wsaerror.hpp>

#define FUZZ_CHECK(x) \
  if (!(x)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const wsaerror::error_info* e = wsaerror::parse(input);
  if (e == nullptr) return 0;
  FUZZ_CHECK(e >= wsaerror::all().data() && e < wsaerror::all().data() + wsaerror::all().size());
  FUZZ_CHECK(wsaerror::find(e->value) == e);
  FUZZ_CHECK(wsaerror::find(e->name) == e);
  FUZZ_CHECK(wsaerror::parse(e->name) == e);
  FUZZ_CHECK(wsaerror::parse(e->enumerator) == e);
  FUZZ_CHECK(wsaerror::parse(std::to_string(e->value)) == e);
  return 0;
}
