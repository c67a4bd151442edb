// SPDX-License-Identifier: MIT
// Printer and Catch2 cases users meet that no other test looked at: each
// kills a mutation of tests/mutation/mutations.txt (named in brackets).
#include <wsaerror/catch2.hpp>
#include <wsaerror/fmt.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

TEST_CASE("fmt: {:05}, the zero padding of numbers, is refused for a code", "[fmt][real]") {
  // [spec.zero-flag] a code prints as text; zero padding would pad a name with zeros
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:05}"), errc::connection_refused), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:>05}"), errc::connection_refused), fmt::format_error);
  CHECK(fmt::format(fmt::runtime("{:>5d}"), static_cast<errc>(6)) == "    6");
}

TEST_CASE("fmt: widths up to 100000 are taken, larger ones refused", "[fmt][real]") {
  // [spec.width-limit] the documented limit: a width read from a config file
  CHECK(fmt::format(fmt::runtime("{:100000}"), errc::connection_refused).size() == 100000);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:100001}"), errc::connection_refused), fmt::format_error);
}

TEST_CASE("fmt: {:l} of a value no code has says it is unknown", "[fmt][real]") {
  // [spec.unknown-l] an errc made from WSAGetLastError() that is no documented code
  CHECK(fmt::format("{:l}", static_cast<errc>(12345)) == "12345: Unknown Winsock error 12345");
  CHECK(fmt::format("{:l}", static_cast<errc>(-1)) == "-1: Unknown Winsock error -1");
}

TEST_CASE("Catch2: a failure on an errno code says its category, value and message",
          "[catch2][real]") {
  // [catch2.describe-foreign] Asio on Linux reports ECONNREFUSED in the system
  // category: the failure must say what it got
  const std::error_code got = std::make_error_code(std::errc::connection_refused);
  const auto m = wsaerror::catch2::is_error(errc::connection_refused);
  REQUIRE_FALSE(m.match(got));
  CHECK(m.describe() == "is Winsock error WSAECONNREFUSED (10061): Connection refused. (got generic:" +
                            std::to_string(got.value()) + " (" + got.message() + "))");
}
