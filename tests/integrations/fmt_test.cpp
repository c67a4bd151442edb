// SPDX-License-Identifier: MIT
#include <wsaerror/fmt.hpp>
#include <wsaerror/lang/zh_tw.hpp>

#include <fmt/ranges.h>

#include <string>
#include <system_error>
#include <vector>

#include "../support/catch.hpp"

using wsaerror::errc;

TEST_CASE("{} prints the macro name", "[fmt]") {
  CHECK(fmt::format("{}", errc::connection_refused) == "WSAECONNREFUSED");
  CHECK(fmt::format("{}", errc::qos_unrecognized_object) == "WSA_QOS_EUNKOWNPSOBJ");
  CHECK(fmt::format("{}", static_cast<errc>(7)) == "7");
}

TEST_CASE("width, fill and alignment", "[fmt]") {
  CHECK(fmt::format("[{:>18}]", errc::connection_refused) == "[   WSAECONNREFUSED]");
  CHECK(fmt::format("[{:18}]", errc::connection_refused) == "[WSAECONNREFUSED   ]");
  CHECK(fmt::format("[{:*^19}]", errc::connection_refused) == "[**WSAECONNREFUSED**]");
  CHECK(fmt::format("[{:-<8d}]", errc::connection_refused) == "[10061---]");
  CHECK(fmt::format("[{:5}]", errc::connection_refused) == "[WSAECONNREFUSED]");  // no cut
}

TEST_CASE("CJK text pads as fmt pads the same string: by display width", "[fmt]") {
  // 連接遭到拒絕。: seven characters, each two columns wide.
  const wsaerror::error_info& e = *wsaerror::find(10061, wsaerror::zh_tw);
  REQUIRE(e.message == "\u9023\u63a5\u906d\u5230\u62d2\u7d55\u3002");
  CHECK(fmt::format("[{:>20m}]", e) == fmt::format("[{:>20}]", e.message));
  CHECK(fmt::format("[{:>20m}]", e) == "[      " + std::string(e.message) + "]");  // 6 = 20 - 14
  CHECK(fmt::format("[{:*^21m}]", e) == fmt::format("[{:*^21}]", e.message));
  CHECK(fmt::format("[{:\u3000<18m}]", e) == fmt::format("[{:\u3000<18}]", e.message));
  CHECK(fmt::format("[{:30D}]", e) == fmt::format("[{:30}]", e.description));
  CHECK(fmt::format("[{:10m}]", e) == "[" + std::string(e.message) + "]");  // no cut
}

TEST_CASE("presentation types", "[fmt]") {
  const errc e = errc::connection_refused;
  CHECK(fmt::format("{:n}|{:s}|{:d}|{:x}", e, e, e, e) == "WSAECONNREFUSED|WSAECONNREFUSED|10061|0x274D");
  CHECK(fmt::format("{:m}", e) == "Connection refused.");
  CHECK(fmt::format("{:e}", e) == "connection_refused");
  CHECK(fmt::format("{:l}", e) == "WSAECONNREFUSED (10061): Connection refused.");
  CHECK(fmt::format("{:S}", e) == "No connection could be made because the target machine actively refused it.");
  CHECK(fmt::format("{:D}", errc::not_initialised).rfind("Either the application has not called WSAStartup", 0) == 0);
  CHECK(fmt::format("{:x}", errc::invalid_handle) == "0x0006");
  CHECK(fmt::format("{:m}", static_cast<errc>(7)) == "Unknown Winsock error 7");
}

TEST_CASE("error_info prints the long form by default", "[fmt]") {
  const auto& e = *wsaerror::find(11001);
  CHECK(fmt::format("{}", e) == "WSAHOST_NOT_FOUND (11001): Host not found.");
  CHECK(fmt::format("{:n}", e) == "WSAHOST_NOT_FOUND");
  CHECK(fmt::format("{:>20n}", e) == "   WSAHOST_NOT_FOUND");
}

TEST_CASE("ranges of errc use the formatter, unquoted", "[fmt]") {
  const std::vector<errc> v = {errc::timed_out, errc::would_block};
  CHECK(fmt::format("{}", v) == "[WSAETIMEDOUT, WSAEWOULDBLOCK]");
}

TEST_CASE("a bad spec is a format_error", "[fmt]") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:q}"), errc::timed_out), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:>5dd}"), errc::timed_out), fmt::format_error);
  // fmt's own string options are not wsaerror's spec: no precision, no '{}' width.
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.3m}"), errc::timed_out), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:08d}"), errc::timed_out), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:>{}}"), errc::timed_out, 9), fmt::format_error);
}

TEST_CASE("std::error_code keeps fmt's own formatting", "[fmt]") {
  // wsaerror specialises nothing for std::error_code; fmt prints category:value.
  CHECK(fmt::to_string(errc::timed_out) == "WSAETIMEDOUT");
}
