// SPDX-License-Identifier: MIT
// Fuzzes find(std::string_view): exact, so a hit means the input is the
// entry's name or one of its aliases, byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <wsaerror/wsaerror.hpp>

#define FUZZ_CHECK(x) \
  if (!(x)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const wsaerror::error_info* e = wsaerror::find(input);
  if (e == nullptr) {
    // Not a name; then parse() may only accept it as a number or in another form.
    return 0;
  }
  bool is_a_name = input == e->name;
  wsaerror::for_each_alias(*e, [&](std::string_view alias) { is_a_name = is_a_name || input == alias; });
  FUZZ_CHECK(is_a_name);
  FUZZ_CHECK(wsaerror::parse(input) == e);
  FUZZ_CHECK(wsaerror::find(e->value) == e);
  return 0;
}
