// SPDX-License-Identifier: MIT
// Fails on purpose: CTest checks what doctest prints, which is what users see.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <wsaerror/doctest.hpp>

#include <system_error>

using wsaerror::errc;

TEST_CASE("CHECK on a code") {
  const std::error_code ec = errc::connection_reset;
  CHECK(ec == errc::timed_out);
}

TEST_CASE("CHECK on a condition") {
  const std::error_code ec = errc::connection_reset;
  CHECK(ec == wsaerror::condition::resolver);
}

TEST_CASE("CHECK on two find results") {
  CHECK(wsaerror::find(10054) == wsaerror::find(10061));
}

TEST_CASE("CHECK on a find result and nullptr") {
  const wsaerror::error_info* none = nullptr;
  CHECK(wsaerror::find(10061) == none);
}

TEST_CASE("CHECK_EQ on codes") {
  CHECK_EQ(errc::connection_reset, errc::connection_refused);
}
