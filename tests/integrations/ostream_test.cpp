// SPDX-License-Identifier: MIT
#include <wsaerror/ostream.hpp>

#include <sstream>

#include "../support/catch.hpp"

TEST_CASE("operator<< prints the macro name of an errc", "[ostream]") {
  std::ostringstream os;
  os << wsaerror::errc::connection_refused << '|' << wsaerror::errc::io_pending << '|'
     << static_cast<wsaerror::errc>(42);
  CHECK(os.str() == "WSAECONNREFUSED|WSA_IO_PENDING|42");
}

TEST_CASE("operator<< prints an error_info as NAME (value): message", "[ostream]") {
  std::ostringstream os;
  os << *wsaerror::find(10060);
  CHECK(os.str() == "WSAETIMEDOUT (10060): Connection timed out.");
}

TEST_CASE("stream state is respected", "[ostream]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  os << wsaerror::errc::timed_out;
  CHECK(os.str().empty());
}
