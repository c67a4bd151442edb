// SPDX-License-Identifier: MIT
#include <wsaerror/lang/zh_tw.hpp>
#include <wsaerror/ostream.hpp>

#include <iomanip>
#include <sstream>
#include <string>

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

TEST_CASE("std::setw and std::setfill pad as for any string (by chars)", "[ostream]") {
  std::ostringstream ours;
  std::ostringstream plain;
  ours << '[' << std::setw(18) << wsaerror::errc::connection_refused << ']' << std::left
       << std::setfill('*') << std::setw(48) << *wsaerror::find(10060) << '|';
  plain << '[' << std::setw(18) << std::string("WSAECONNREFUSED") << ']' << std::left
        << std::setfill('*') << std::setw(48)
        << std::string("WSAETIMEDOUT (10060): Connection timed out.") << '|';
  CHECK(ours.str() == plain.str());
  CHECK(ours.str() == "[   WSAECONNREFUSED]WSAETIMEDOUT (10060): Connection timed out.*****|");
}

TEST_CASE("std::setw counts bytes, so a CJK character counts three", "[ostream]") {
  // "WSAECONNREFUSED (10061): " (25 bytes) + 連接遭到拒絕。 (7 characters, 21 bytes).
  std::ostringstream os;
  os << std::setfill('.') << std::setw(47) << *wsaerror::find(10061, wsaerror::zh_tw);
  CHECK(os.str() == ".WSAECONNREFUSED (10061): \u9023\u63a5\u906d\u5230\u62d2\u7d55\u3002");
}
