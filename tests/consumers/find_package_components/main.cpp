// SPDX-License-Identifier: MIT
#include <iostream>

#include <wsaerror/fmt.hpp>
#include <wsaerror/ostream.hpp>

int main() {
  std::cout << fmt::format("{} {:d} {}", "winsock", wsaerror::errc::connection_refused,
                           wsaerror::errc::connection_refused)
            << '\n';
}
