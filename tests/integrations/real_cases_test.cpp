// SPDX-License-Identifier: MIT
// Printer and Catch2 cases users meet that no other test looked at: each
// kills a mutation of tests/mutation/mutations.txt (named in brackets).
#include <wsaerror/catch2.hpp>
#include <wsaerror/fmt.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

namespace {
// What fmt says about a format spec, or "" when it takes it.
std::string spec_error(const char* spec) {
  try {
    (void)fmt::format(fmt::runtime(spec), errc::connection_refused);
  } catch (const fmt::format_error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("fmt: {:05}, the zero padding of numbers, is refused for a code", "[fmt][real]") {
  // [spec.zero-flag] a code prints as text; the error names wsaerror's specs
  // (fmt's own message for strings would not say which specs a code takes)
  const std::string expected = "wsaerror: invalid format spec; use [[fill]align][width][n|s|d|x|m|e|l|D|S]";
  CHECK(spec_error("{:05}") == expected);
  CHECK(spec_error("{:>05}") == expected);
  CHECK(spec_error("{:>5}").empty());
  CHECK(fmt::format(fmt::runtime("{:>5d}"), static_cast<errc>(6)) == "    6");
}

TEST_CASE("fmt: widths up to 100000 are taken, larger ones refused", "[fmt][real]") {
  // [spec.width-limit] the documented limit: a width read from a config file
  CHECK(fmt::format(fmt::runtime("{:100000}"), errc::connection_refused).size() == 100000);
  CHECK(spec_error("{:100001}") == "wsaerror: format width too large (over 100000)");
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
