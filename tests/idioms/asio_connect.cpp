// SPDX-License-Identifier: MIT
// Idiom: an Asio connect to a loopback port nothing listens on. Portable code
// compares with asio::error (Asio's "asio.system" category maps nothing to
// std::errc on POSIX); on Windows the code is also a Winsock code that
// wsaerror names and compares.
#include <asio.hpp>

#include <wsaerror/wsaerror.hpp>

#include <cstdio>
#include <system_error>

int main() {
  asio::io_context io;
  // A free port: bind one, remember it, close it.
  asio::ip::tcp::acceptor probe(io, asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), 0));
  const asio::ip::tcp::endpoint closed = probe.local_endpoint();
  probe.close();

  asio::ip::tcp::socket s(io);
  std::error_code ec;
  s.connect(closed, ec);
  std::printf("%s:%d %s\n", ec.category().name(), ec.value(), ec.message().c_str());
  bool ok = ec == asio::error::connection_refused;
#ifdef _WIN32
  ok = ok && ec == wsaerror::errc::connection_refused &&
       wsaerror::normalize(ec) == std::errc::connection_refused;
  const wsaerror::error_info* e = wsaerror::find(ec);
  ok = ok && e != nullptr;
  if (e) {
    std::printf("%.*s (%d): %.*s\n", static_cast<int>(e->name.size()), e->name.data(), e->value,
                static_cast<int>(e->message.size()), e->message.data());
  }
#else
  ok = ok && ec != wsaerror::errc::connection_refused && wsaerror::find(ec) == nullptr;  // errno 111 is no Winsock code
#endif
  return ok ? 0 : 1;
}
