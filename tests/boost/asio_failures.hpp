// SPDX-License-Identifier: MIT
// Real Asio failures for the tests of tests/boost/: a refused connect, a peer
// that resets the connection, a failed resolve. The includer names its Asio
// first: namespace `net` (boost::asio or asio) and `net_error_code` (the
// error_code type it reports).
#ifndef WSAERROR_TESTS_BOOST_ASIO_FAILURES_HPP
#define WSAERROR_TESTS_BOOST_ASIO_FAILURES_HPP

#include <chrono>
#include <thread>

namespace asio_failures {

using tcp = net::ip::tcp;

/// An endpoint on the loopback where nothing listens: a listener's, closed.
inline tcp::endpoint closed_endpoint(net::io_context& io) {
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::address_v4::loopback(), 0));
  const tcp::endpoint e = acceptor.local_endpoint();
  acceptor.close();
  return e;
}

/// What connect() to a closed port gives.
inline net_error_code refused_connect() {
  net::io_context io;
  const tcp::endpoint closed = closed_endpoint(io);
  tcp::socket s(io);
  net_error_code ec;
  s.connect(closed, ec);
  return ec;
}

/// What write_some() gives once the peer reset the connection: it closed
/// with data unread and SO_LINGER 0, which sends an RST. (A write, not a
/// read: under Wine 8 a read after the RST reports end of file, a write
/// WSAECONNRESET, as on Windows.) Written until the RST has arrived.
inline net_error_code reset_by_peer() {
  net::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::address_v4::loopback(), 0));
  tcp::socket client(io);
  client.connect(acceptor.local_endpoint());
  tcp::socket server(io);
  acceptor.accept(server);
  const char byte = 'x';
  net::write(client, net::buffer(&byte, 1));
  while (server.available() == 0) {
  }
  server.set_option(net::socket_base::linger(true, 0));
  server.close();
  net_error_code ec;
  for (int i = 0; i < 200 && !ec; ++i) {
    client.write_some(net::buffer(&byte, 1), ec);
    if (!ec) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return ec;
}

/// What resolve() gives; numeric_host: no network is asked.
inline net_error_code failed_resolve(const char* host, const char* service) {
  net::io_context io;
  tcp::resolver resolver(io);
  net_error_code ec;
  resolver.resolve(host, service, tcp::resolver::numeric_host, ec);
  return ec;
}

/// A name where a numeric host is required: EAI_NONAME / WSAHOST_NOT_FOUND.
inline net_error_code unknown_host() { return failed_resolve("not-an-address.invalid", "80"); }
/// An unknown service: EAI_SERVICE / WSATYPE_NOT_FOUND.
inline net_error_code unknown_service() { return failed_resolve("127.0.0.1", "no-such-service-wsaerror"); }

}  // namespace asio_failures

#endif
