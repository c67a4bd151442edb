// SPDX-License-Identifier: MIT
#include <wsaerror/format.hpp>
#include <wsaerror/lang/zh_tw.hpp>

#include <string>
#include <string_view>

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

/// What std::vformat makes of `fmt` and `arg`: the text, or "format_error".
template <class T>
std::string outcome(std::string_view fmt, const T& arg) {
  try {
    return std::vformat(fmt, std::make_format_args(arg));
  } catch (const std::format_error&) {
    return "format_error";
  }
}

TEST_CASE("std::format: CJK text pads as std::format pads the same string", "[format]") {
  // 連接遭到拒絕。: seven characters, each two columns wide.
  const wsaerror::error_info& e = *wsaerror::find(10061, wsaerror::zh_tw);
  REQUIRE(e.message == "\u9023\u63a5\u906d\u5230\u62d2\u7d55\u3002");
  CHECK(std::format("[{:>20m}]", e) == std::format("[{:>20}]", e.message));
  CHECK(std::format("[{:>20m}]", e) == "[      " + std::string(e.message) + "]");  // 6 = 20 - 14
  CHECK(std::format("[{:*^21m}]", e) == std::format("[{:*^21}]", e.message));
  CHECK(std::format("[{:30D}]", e) == std::format("[{:30}]", e.description));
  // A fill of more than one byte is the host's call (C++23's P2572; libc++ 16
  // refuses it): wsaerror's spec does as the host does with a plain string.
  CHECK(outcome("[{:\u3000<18m}]", e) == outcome("[{:\u3000<18}]", e.message));
}

TEST_CASE("std::format: a bad spec is a format_error", "[format]") {
  const errc e = errc::timed_out;
  CHECK_THROWS_AS(std::vformat("{:q}", std::make_format_args(e)), std::format_error);
  CHECK_THROWS_AS(std::vformat("{:.3m}", std::make_format_args(e)), std::format_error);
}
#endif

TEST_CASE("WSAERROR_HAS_STD_FORMAT says whether the formatters exist", "[format]") {
#if defined(WSAERROR_EXPECT_STD_FORMAT)
  CHECK(WSAERROR_HAS_STD_FORMAT == WSAERROR_EXPECT_STD_FORMAT);
#else
  SUCCEED("no expectation given for this toolchain");
#endif
}

// Without std::format the header still gives the core, so code that includes
// only <wsaerror/format.hpp> compiles on GCC 12 and prints with another printer.
TEST_CASE("format.hpp gives the core with or without std::format", "[format]") {
  const std::error_code ec = wsaerror::errc::connection_refused;
  CHECK(ec == std::errc::connection_refused);
  // (a bool, not the pointer: this file does not see catch2.hpp's printer of
  // entries, and two printers of one type in one program would be an ODR violation)
  REQUIRE((wsaerror::find(10061) != nullptr));
  CHECK(wsaerror::find(10061)->name == "WSAECONNREFUSED");
}
