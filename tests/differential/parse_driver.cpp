// SPDX-License-Identifier: MIT
// The C++ side of the differential test (differential.py): reads one input a
// line, its bytes in hex ("3130303631" for "10061", "" for the empty input),
// and writes one line per input: the code parse() gives or '-', a tab, the
// integer parse_integer() reads or '-'.
#include <cstdio>
#include <iostream>
#include <string>

#include <wsaerror/table.hpp>

namespace {
int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string hex;
  std::string bytes;
  std::string out;
  while (std::getline(std::cin, hex)) {
    bytes.clear();
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
      const int hi = nibble(hex[i]);
      const int lo = nibble(hex[i + 1]);
      if (hi < 0 || lo < 0) {
        std::cerr << "parse_driver: not hex: " << hex << '\n';
        return 2;
      }
      bytes.push_back(static_cast<char>(hi * 16 + lo));
    }
    const wsaerror::error_info* e = wsaerror::parse(bytes);
    out += e ? std::to_string(e->value) : std::string("-");
    long long v = 0;
    out += '\t';
    out += wsaerror::parse_integer(bytes, v) ? std::to_string(v) : std::string("-");
    out += '\n';
  }
  std::cout << out;
  return std::cout.good() ? 0 : 1;
}
