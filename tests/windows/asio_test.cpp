// SPDX-License-Identifier: MIT
// Asio (standalone, Debian's libasio-dev headers) carries Winsock values in its
// own "asio.system" category; they compare equal to wsaerror::errc.
#include <asio/error.hpp>

#include <wsaerror/catch2.hpp>
#include <wsaerror/lang/zh_tw.hpp>
#include <wsaerror/wsaerror.hpp>

#include "../support/catch.hpp"

TEST_CASE("Asio's error codes compare equal to wsaerror::errc", "[windows][asio]") {
  const std::error_code refused = asio::error::connection_refused;
  INFO("asio category: " << refused.category().name() << ", value " << refused.value());
  CHECK(refused.value() == 10061);
  CHECK(refused == wsaerror::errc::connection_refused);
  CHECK(wsaerror::errc::connection_refused == refused);
  CHECK(refused != wsaerror::errc::connection_reset);
  CHECK(wsaerror::normalize(refused) == std::errc::connection_refused);
  const std::error_code would_block = asio::error::would_block;
  CHECK(would_block == wsaerror::errc::would_block);
  CHECK(would_block == wsaerror::condition::transient);
  const std::error_code not_found = asio::error::host_not_found;
  CHECK(not_found == wsaerror::errc::host_not_found);
  CHECK(not_found == wsaerror::condition::resolver);
}

TEST_CASE("Asio codes: find(ec), the matchers and localized messages agree with ==", "[windows][asio]") {
  const std::error_code refused = asio::error::connection_refused;
  const wsaerror::error_info* e = wsaerror::find(refused);
  REQUIRE(e != nullptr);
  CHECK(e->name == "WSAECONNREFUSED");
  CHECK_THAT(refused, wsaerror::catch2::is_error(wsaerror::errc::connection_refused));
  CHECK_THAT(refused, !wsaerror::catch2::is_error(wsaerror::errc::timed_out));
  CHECK(wsaerror::message(refused, wsaerror::zh_tw) ==
        wsaerror::find(10061, wsaerror::zh_tw)->message);
}
