// SPDX-License-Identifier: MIT
// Idiom: fmt::print of a code, an entry, and a std::error_code the fmt 9 way
// (fmt 9 has no formatter for std::error_code; fmt 10+ has one in <fmt/std.h>).
#include <wsaerror/fmt.hpp>

#include <system_error>

int main() {
  const std::error_code ec = wsaerror::errc::connection_reset;
  fmt::print("{}\n", wsaerror::errc::connection_reset);
  fmt::print("{}:{} {}\n", ec.category().name(), ec.value(), ec.message());
  if (const wsaerror::error_info* e = wsaerror::find(ec)) fmt::print("{:l}\n", *e);
  fmt::print("{:>18} {:x}\n", wsaerror::errc::would_block, wsaerror::errc::would_block);
}
