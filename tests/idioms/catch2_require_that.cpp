// SPDX-License-Identifier: MIT
// Idiom: Catch2 tests on error codes, REQUIRE and REQUIRE_THAT, as users write
// them; on Windows also with the std::system_category() code that code
// unaware of wsaerror makes from WSAGetLastError().
#include <wsaerror/catch2.hpp>

#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;
using namespace wsaerror::catch2;

namespace {
std::error_code reset_code() {
#ifdef _WIN32
  return std::error_code(10054, std::system_category());  // what WSAGetLastError() code becomes
#else
  return errc::connection_reset;
#endif
}
}  // namespace

TEST_CASE("a reset connection", "[idioms]") {
  const std::error_code ec = reset_code();
  REQUIRE(ec == errc::connection_reset);
  REQUIRE(ec == wsaerror::condition::connection_lost);
  REQUIRE_THAT(ec, is_error(errc::connection_reset));
  REQUIRE_THAT(ec, has_condition(wsaerror::condition::connection_lost));
  REQUIRE_THAT(ec, !has_condition(wsaerror::condition::transient));
  REQUIRE(wsaerror::find(ec) == wsaerror::find(errc::connection_reset));
  REQUIRE_THROWS_MATCHES(throw std::system_error(ec, "recv"), std::system_error,
                         is_error(errc::connection_reset));
}

TEST_CASE("a refused connection, portably", "[idioms]") {
  const std::error_code ec = errc::connection_refused;
  REQUIRE_THAT(ec, has_condition(std::errc::connection_refused));
}
