// SPDX-License-Identifier: MIT
// A consumer of wsaerror::boost: Boost's headers came with the target.
#include <wsaerror/boost.hpp>

#include <iostream>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  std::cout << ec.category().name() << ' ' << ec.value() << ' ' << wsaerror::find(ec)->name << '\n';
  // a Boost code: held on Windows (Boost's system category), not elsewhere (an errno there)
  const boost::system::error_code bec(10061, boost::system::system_category());
  return (bec == wsaerror::errc::connection_refused) == wsaerror::holds_winsock(bec) ? 0 : 1;
}
