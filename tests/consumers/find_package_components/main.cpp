// SPDX-License-Identifier: MIT
#include <iostream>
#include <system_error>

#include <wsaerror/fmt.hpp>
#include <wsaerror/ostream.hpp>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  std::cout << fmt::format("{} {:d} {}", ec.category().name(), wsaerror::errc::connection_refused,
                           wsaerror::errc::connection_refused)
            << '\n';
}
