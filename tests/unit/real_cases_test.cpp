// SPDX-License-Identifier: MIT
// Cases users meet that no other test looked at: each kills a mutation of
// tests/mutation/mutations.txt (named in brackets) that the suite let
// through, and each is a case a user would recognise.
#include <wsaerror/getaddrinfo.hpp>
#include <wsaerror/lang/all.hpp>
#include <wsaerror/ostream.hpp>
#include <wsaerror/wsaerror.hpp>

#include <climits>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>

#include "../support/catch.hpp"

namespace {

int parsed(std::string_view s) {
  const wsaerror::error_info* e = wsaerror::parse(s);
  return e ? e->value : 0;
}

// Another library's category with a name close to ours (a "winsock2" wrapper,
// a vendor's "winsock_ex"): its values are its own, not Winsock codes.
class named_category final : public std::error_category {
 public:
  explicit named_category(const char* name) : name_(name) {}
  const char* name() const noexcept override { return name_; }
  std::string message(int value) const override { return "their error " + std::to_string(value); }

 private:
  const char* name_;
};

}  // namespace

TEST_CASE("a code at the end of a sentence in a log line, followed by ';'", "[parse][real]") {
  // [parse.trim-semicolon] "connect() failed: 10061;" -- the code copied with its ';'
  CHECK(parsed("10061;") == 10061);
  CHECK(parsed("WSAECONNRESET;") == 10054);
  CHECK(parsed("(0x274D);") == 10061);
  CHECK(wsaerror::trim("10061;") == "10061");
}

TEST_CASE("hex codes with the digit f, in lower and upper case", "[parse][real]") {
  // [parse.hex-lower-f, parse.hex-upper-F] 0x274F is WSAENAMETOOLONG (10063);
  // debuggers and printf("%x") write it in lower case
  CHECK(parsed("0x274f") == 10063);
  CHECK(parsed("274fh") == 10063);
  CHECK(parsed("0x8007274f") == 10063);
  CHECK(parsed("0x274F") == 10063);
  CHECK(parsed("0x2AF9") == 11001);
  CHECK(parsed("0x2af9") == 11001);
}

TEST_CASE("HRESULTs that are no Win32 failure name no code", "[parse][real]") {
  // [table.hresult-mask] only facility 7 (WIN32) with the severity bit set, 0x8007xxxx
  CHECK(parsed("0x8007274D") == 10061);
  CHECK(parsed("0x0007274D") == 0);  // success severity
  CHECK(parsed("0xC007274D") == 0);  // customer/NTSTATUS bits set
  CHECK(parsed("0xF007274D") == 0);
  CHECK(parsed("0x8004274D") == 0);  // facility ITF
  CHECK(wsaerror::code_of_hresult(0x0007274D) == -1);
  CHECK(wsaerror::code_of_hresult(0xC007274DLL) == -1);
  // [table.hresult-range] a 64-bit value whose low half looks like one is no HRESULT
  CHECK(wsaerror::code_of_hresult(0x18007274DLL) == -1);
  CHECK(wsaerror::code_of_hresult(-0x7FF8D8B3LL) == 10061);  // -2147014835
}

TEST_CASE("a negative number is no code, except as an HRESULT", "[parse][real]") {
  // [table.negative-code] "-10061" is not WSAECONNREFUSED; -2147014835 is its HRESULT
  CHECK(parsed("-10061") == 0);
  CHECK(parsed("-0x274D") == 0);
  CHECK(parsed("-2147014835") == 10061);
}

TEST_CASE("parse() reads tokens up to 64 characters once trimmed", "[parse][real]") {
  // [table.length-limit] the documented limit, on both sides
  const std::string at_limit = std::string(59, '0') + "10061";
  REQUIRE(at_limit.size() == 64);
  CHECK(parsed(at_limit) == 10061);
  CHECK(parsed("  (" + at_limit + ");  ") == 10061);
  CHECK(parsed("0" + at_limit) == 0);
}

TEST_CASE("parse_integer() reads every 32-bit value and nothing wider", "[parse][real]") {
  // [parse.negative-limit, parse.magnitude-limit, table.parse-integer-sign]
  long long v = 0;
  CHECK(wsaerror::parse_integer("-2147483648", v));
  CHECK(v == INT_MIN);
  CHECK(wsaerror::parse_integer("-1", v));
  CHECK(v == -1);
  CHECK(wsaerror::parse_integer("4294967295", v));
  CHECK(v == 4294967295LL);
  v = 7;
  CHECK_FALSE(wsaerror::parse_integer("-2147483649", v));
  CHECK_FALSE(wsaerror::parse_integer("4294967296", v));
  CHECK_FALSE(wsaerror::parse_integer("0x100000000", v));
  CHECK(v == 7);  // untouched
}

TEST_CASE("SocketError. goes before a .NET name, not a number", "[parse][real]") {
  CHECK(parsed("SocketError.ConnectionRefused") == 10061);
  CHECK(parsed("socketerror.connectionrefused") == 10061);
  CHECK(parsed("SocketError.10061") == 0);
}

TEST_CASE("another library's category named winsock2 is not Winsock", "[category][real]") {
  // [category.winsock-prefix] the one rule: only wsaerror's category (or one named
  // exactly "winsock") holds Winsock codes
  const named_category winsock2("winsock2");
  const named_category winsock_ex("winsock_ex");
  for (const std::error_category* cat : {static_cast<const std::error_category*>(&winsock2),
                                         static_cast<const std::error_category*>(&winsock_ex),
                                         &wsaerror::condition_category()}) {
    INFO(cat->name());
    const std::error_code ec(10061, *cat);
    CHECK_FALSE(wsaerror::is_winsock_category(*cat));
    CHECK_FALSE(wsaerror::holds_winsock(ec));
    CHECK(ec != wsaerror::errc::connection_refused);
    CHECK(wsaerror::find(ec) == nullptr);
    CHECK(wsaerror::normalize(ec) == ec);
  }
  const named_category winsock("winsock");  // a second copy of the category, in a DLL
  CHECK(wsaerror::is_winsock_category(winsock));
  CHECK(std::error_code(10061, winsock) == wsaerror::errc::connection_refused);
}

TEST_CASE("each condition is its own default_error_condition", "[category][condition][real]") {
  // [impl.condition-default] condition 6 (connection_lost) shares its value with code 6
  // (WSA_INVALID_HANDLE, mapped to std::errc::invalid_argument): it stays itself
  for (const wsaerror::condition c : wsaerror::all_conditions()) {
    INFO(wsaerror::to_string(c));
    const std::error_condition cond = wsaerror::make_error_condition(c);
    CHECK(cond.category() == wsaerror::condition_category());
    CHECK(cond.category().default_error_condition(cond.value()) == cond);
    CHECK(std::error_code(cond.value(), wsaerror::condition_category()).default_error_condition() == cond);
  }
}

TEST_CASE("a code of another category, compared with a code condition of the same value",
          "[category][real]") {
  // [impl.equivalent-any-category] errno 10061 of the system category is not
  // the condition that winsock:10061 would have without a std::errc
  const std::error_condition winsock_10112(10112, wsaerror::category());  // WSAEREFUSED: no std::errc
  CHECK(std::error_code(10112, wsaerror::category()) == winsock_10112);
  CHECK_FALSE(std::error_code(10112, std::generic_category()) == winsock_10112);
  const named_category theirs("theirs");
  CHECK_FALSE(std::error_code(10112, theirs) == winsock_10112);
}

TEST_CASE("an unknown condition's message says condition", "[category][condition][real]") {
  // [impl.condition-unknown-prefix]
  CHECK(wsaerror::condition_category().message(99) == "Unknown Winsock condition 99");
  CHECK(wsaerror::condition_category().message(-1) == "Unknown Winsock condition -1");
}

TEST_CASE("EAI_AGAIN, a temporary DNS failure, says try again", "[getaddrinfo][real]") {
  // [getaddrinfo.eai-again]
  CHECK(wsaerror::from_getaddrinfo(EAI_AGAIN) == wsaerror::errc::host_not_found_try_again);
  CHECK(wsaerror::from_getaddrinfo(EAI_NONAME) == wsaerror::errc::host_not_found);
}

TEST_CASE("locales as environments spell them pick the right Chinese", "[language][real]") {
  // [tag.encoding-dot, tag.hong-kong, tag.posix] LANG=zh_TW.UTF-8 on Linux, zh-HK in a browser
  CHECK(&wsaerror::language_for("zh_TW.UTF-8") == &wsaerror::zh_tw);
  CHECK(&wsaerror::language_for("zh_HK.UTF-8") == &wsaerror::zh_tw);
  CHECK(&wsaerror::language_for("zh-HK") == &wsaerror::zh_tw);
  CHECK(wsaerror::find_language("zh_CN.UTF-8") == nullptr);  // no Simplified Chinese table
  CHECK(&wsaerror::language_for("POSIX") == &wsaerror::en_us);
  CHECK(wsaerror::find_language("POSIX") == &wsaerror::en_us);
  CHECK(&wsaerror::language_for("de_AT.UTF-8@euro") == &wsaerror::de_de);
}

TEST_CASE("a localized message of a code that is not Winsock is the code's own", "[language][real]") {
  // [language.message-fallback]
  const std::error_code ec = std::make_error_code(std::errc::connection_refused);
  CHECK(wsaerror::message(ec, wsaerror::de_de) == ec.message());
  CHECK(wsaerror::message(std::error_code(10061, wsaerror::category()), wsaerror::de_de) ==
        std::string(wsaerror::find(10061, wsaerror::de_de)->message));
}

TEST_CASE("for_each_alias() lists the other names, never the code's own", "[table][real]") {
  // [table.alias-includes-name]
  for (const wsaerror::error_info& e : wsaerror::all()) {
    INFO(e.name);
    wsaerror::for_each_alias(e, [&](std::string_view a) { CHECK(a != e.name); });
  }
  std::string aliases;
  wsaerror::for_each_alias(*wsaerror::find(10061), [&](std::string_view a) { aliases += std::string(a) + ","; });
  CHECK(aliases == "ECONNREFUSED,");
}

TEST_CASE("a value no code has prints as its number, negative ones with their sign", "[printers][real]") {
  // [number.negative-sign] errc made from any int: an unset or corrupted error variable
  for (const int v : {-7, -1, INT_MIN, 12345}) {
    std::ostringstream os;
    os << static_cast<wsaerror::errc>(v);
    CHECK(os.str() == std::to_string(v));
  }
}

TEST_CASE("localize() of an entry the language lacks returns it unchanged", "[language][real]") {
  // [language.localize-fallback] a program's own error_info for a code of its own
  wsaerror::error_info mine = *wsaerror::find(10061);
  mine.value = 12345;
  CHECK(&wsaerror::localize(mine, wsaerror::de_de) == &mine);
  CHECK(wsaerror::localize(*wsaerror::find(10061), wsaerror::de_de).message ==
        wsaerror::find(10061, wsaerror::de_de)->message);
}
