// SPDX-License-Identifier: MIT
// Fuzzes the wsaerror tool's argument handling as a function: the input is
// split at NUL bytes into arguments. It must never crash, and must exit 0, 1
// or 2, with a message on stderr whenever it does not exit 0. What follows a
// double NUL is standard input, which --scan reads.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

#define FUZZ_CHECK(x) \
  if (!(x)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // After a double NUL: standard input (for --scan), not arguments.
  std::string_view std_in;
  if (const std::size_t split = input.find(std::string_view("\0\0", 2)); split != std::string_view::npos) {
    std_in = input.substr(split + 2);
    input = input.substr(0, split);
  }
  std::vector<std::string_view> args;
  std::size_t start = 0;
  while (start <= input.size() && args.size() < 64) {
    const std::size_t nul = input.find('\0', start);
    args.push_back(input.substr(start, nul == std::string_view::npos ? std::string_view::npos : nul - start));
    if (nul == std::string_view::npos) break;
    start = nul + 1;
  }
  wsaerror_tool::environment env;
  env.terminal = size % 2 == 1;  // exercise wrapping too
  env.columns = size % 97;
  // --scan reads std_in, and opens no file.
  std::istringstream in{std::string(std_in)};
  env.in = &in;
  env.open_files = false;
  std::ostringstream out, err;
  const int status = wsaerror_tool::run(args, out, err, env);
  FUZZ_CHECK(status == 0 || status == 1 || status == 2);
  if (status != 0) FUZZ_CHECK(!err.str().empty());
  return 0;
}
