// The WSAERROR_SEPARATE_COMPILATION half of the mixed program (see
// header_only.cpp). GCC and MinGW refuse to link it; with Clang it links, and
// both halves must then share one category.
#include <wsaerror/src.hpp>

#include <cstdio>

std::error_code made_header_only();

int main() {
  const std::error_code here = wsaerror::errc::connection_refused;
  const std::error_code there = made_header_only();
  const bool one_category = &here.category() == &there.category();
  std::printf("one category: %s; equal: %s\n", one_category ? "yes" : "no",
              here == there ? "yes" : "no");
  return one_category && here == there ? 0 : 1;
}
