// SPDX-License-Identifier: MIT
// Built twice by CTest: with WSAERROR_GOOD it must compile, without it must
// not -- fmt checks format strings at compile time in C++20, and wsaerror's
// formatter rejects an unknown presentation type there.
#include <wsaerror/fmt.hpp>

#include <string>

std::string f() {
#ifdef WSAERROR_GOOD
  return fmt::format("{:>20m}", wsaerror::errc::timed_out);
#else
  return fmt::format("{:q}", wsaerror::errc::timed_out);
#endif
}
