// SPDX-License-Identifier: MIT
#include <wsaerror/format.hpp>

#include <string>

#include "../support/catch.hpp"

#if WSAERROR_HAS_STD_FORMAT
using wsaerror::errc;

TEST_CASE("std::format: {} prints the macro name", "[format]") {
  CHECK(std::format("{}", errc::connection_refused) == "WSAECONNREFUSED");
  CHECK(std::format("{}", static_cast<errc>(7)) == "7");
}

TEST_CASE("std::format: width, fill, alignment and types", "[format]") {
  const errc e = errc::connection_refused;
  CHECK(std::format("[{:>18}]", e) == "[   WSAECONNREFUSED]");
  CHECK(std::format("[{:*^19}]", e) == "[**WSAECONNREFUSED**]");
  CHECK(std::format("{:d}|{:x}|{:m}|{:e}", e, e, e, e) ==
        "10061|0x274D|Connection refused.|connection_refused");
  CHECK(std::format("{}", *wsaerror::find(11001)) == "WSAHOST_NOT_FOUND (11001): Host not found.");
}

TEST_CASE("std::format: a bad spec is a format_error", "[format]") {
  const errc e = errc::timed_out;
  CHECK_THROWS_AS(std::vformat("{:q}", std::make_format_args(e)), std::format_error);
}
#endif

TEST_CASE("WSAERROR_HAS_STD_FORMAT says whether the formatters exist", "[format]") {
#if defined(WSAERROR_EXPECT_STD_FORMAT)
  CHECK(WSAERROR_HAS_STD_FORMAT == WSAERROR_EXPECT_STD_FORMAT);
#else
  SUCCEED("no expectation given for this toolchain");
#endif
}
