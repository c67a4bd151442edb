// SPDX-License-Identifier: MIT
#include <iostream>
#include <system_error>

#include <wsaerror/boost.hpp>
#include <wsaerror/fmt.hpp>
#include <wsaerror/ostream.hpp>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  std::cout << fmt::format("{} {:d} {}", ec.category().name(), wsaerror::errc::connection_refused,
                           wsaerror::errc::connection_refused)
            << '\n';
  // wsaerror::boost brought Boost's headers
  const boost::system::error_code bec(10061, boost::system::system_category());
  return wsaerror::holds_winsock(bec) == (bec == wsaerror::errc::connection_refused) ? 0 : 1;
}
