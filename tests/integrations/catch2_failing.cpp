// SPDX-License-Identifier: MIT
// Fails on purpose: CTest checks what Catch2 prints, which is what users see.
#include <wsaerror/catch2.hpp>

#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

TEST_CASE("plain REQUIRE on a code", "[.failing]") {
  const std::error_code ec = errc::connection_reset;
  REQUIRE(ec == errc::connection_refused);
}

TEST_CASE("REQUIRE_THAT is_error", "[.failing]") {
  const std::error_code ec = errc::connection_reset;
  REQUIRE_THAT(ec, wsaerror::catch2::is_error(errc::connection_refused));
}

TEST_CASE("REQUIRE_THAT has_condition", "[.failing]") {
  const std::error_code ec = errc::connection_reset;
  REQUIRE_THAT(ec, wsaerror::catch2::has_condition(wsaerror::condition::resolver));
}

TEST_CASE("REQUIRE_THROWS_MATCHES is_error", "[.failing]") {
  REQUIRE_THROWS_MATCHES(throw std::system_error(errc::timed_out, "connect"), std::system_error,
                         wsaerror::catch2::is_error(errc::host_not_found));
}

TEST_CASE("plain REQUIRE on a condition", "[.failing]") {
  const std::error_code ec = errc::connection_reset;
  REQUIRE(ec == wsaerror::condition::resolver);
}

TEST_CASE("REQUIRE_THAT has_condition std::errc", "[.failing]") {
  const std::error_code ec = errc::connection_reset;
  REQUIRE_THAT(ec, wsaerror::catch2::has_condition(std::errc::timed_out));
}

TEST_CASE("plain REQUIRE on two find results", "[.failing]") {
  REQUIRE(wsaerror::find(10054) == wsaerror::find(10061));
}

TEST_CASE("plain REQUIRE on a find result and nullptr", "[.failing]") {
  const wsaerror::error_info* none = nullptr;
  REQUIRE(wsaerror::find(10061) == none);
}
