// SPDX-License-Identifier: MIT
// find(std::string_view) and parse() on what people type, and on garbage.
#include <wsaerror/table.hpp>

#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "../support/catch.hpp"

namespace {

int parsed(std::string_view s) {
  const wsaerror::error_info* e = wsaerror::parse(s);
  return e ? e->value : 0;
}

}  // namespace

TEST_CASE("parse() takes every form people paste", "[parse]") {
  CHECK(parsed("10061") == 10061);
  CHECK(parsed("+10061") == 10061);
  CHECK(parsed("0x274D") == 10061);
  CHECK(parsed("0X274d") == 10061);
  CHECK(parsed("274Dh") == 10061);
  CHECK(parsed("0x8007274D") == 10061);
  CHECK(parsed("0x8007274d") == 10061);
  CHECK(parsed("-2147014835") == 10061);
  CHECK(parsed("WSAECONNREFUSED") == 10061);
  CHECK(parsed("wsaeconnrefused") == 10061);
  CHECK(parsed("ECONNREFUSED") == 10061);
  CHECK(parsed("econnrefused") == 10061);
  CHECK(parsed("connection_refused") == 10061);
  CHECK(parsed("Connection-Refused") == 10061);
  CHECK(parsed("connection refused") == 10061);
  CHECK(parsed("WSAECONNREFUSED:") == 10061);
  CHECK(parsed("(10061)") == 10061);
  CHECK(parsed("  \"WSAECONNREFUSED\",\n") == 10061);
  CHECK(parsed("host_not_found") == 11001);
  CHECK(parsed("HOST_NOT_FOUND") == 11001);
  CHECK(parsed("wsahost_not_found") == 11001);
  CHECK(parsed("no_address") == 11004);
  CHECK(parsed("wsano_address") == 11004);
  CHECK(parsed("error_io_pending") == 997);
  CHECK(parsed("io_pending") == 997);
  CHECK(parsed("wsa_io_pending") == 997);
  CHECK(parsed("0x3E5") == 997);
  CHECK(parsed("0x800703E5") == 997);
  CHECK(parsed("6") == 6);
  CHECK(parsed("0x80070006") == 6);
  CHECK(parsed("wsa_qos_eunkownpsobj") == 11024);
  CHECK(parsed("QOS_EUNKNOWNPSOBJ") == 11024);
  CHECK(parsed("e_no_more") == 10110);
  CHECK(parsed("enomore") == 10102);
  CHECK(parsed("einval") == 10022);
  CHECK(parsed("would_block") == 10035);
  CHECK(parsed("ewouldblock") == 10035);
}

TEST_CASE("parse() rejects what names no code", "[parse]") {
  for (std::string_view s :
       {"", " ", "()", "0", "-0", "-1", "10000", "10010", "11034", "0x", "h", "0xh", "--10061",
        "10061-", "1 0061", "10061x", "0x274G", "0x1_0000_274D", "0x80070005", "0x8007FFFF",
        "0x100000000", "99999999999999999999999", "-2147483649", "2147483648", "4294967296",
        "WSAE", "WSA", "E", "ECONNREFUSE", "WSAECONNREFUSEDX", "connection", "error 10061"}) {
    INFO('"' << std::string(s) << '"');
    CHECK(wsaerror::parse(s) == nullptr);
  }
  // 0x80070000 | value is an HRESULT only for values that are codes
  CHECK(wsaerror::parse("-2147024890") != nullptr);  // 0x80070006
  CHECK(wsaerror::parse("-2147483648") == nullptr);  // INT_MIN
}

TEST_CASE("find(name) is exact", "[parse]") {
  CHECK(wsaerror::find(std::string_view("WSAECONNREFUSED"))->value == 10061);
  CHECK(wsaerror::find(std::string_view("WSAECONNREFUSED ")) == nullptr);
  CHECK(wsaerror::find(std::string_view("Wsaeconnrefused")) == nullptr);
  CHECK(wsaerror::find(std::string_view("connection_refused")) == nullptr);
  CHECK(wsaerror::find(std::string_view("10061")) == nullptr);
}

TEST_CASE("lookups survive hostile input", "[parse]") {
  const std::string with_nul("WSAECONNREFUSED\0", 16);
  CHECK(wsaerror::find(std::string_view(with_nul)) == nullptr);
  CHECK(wsaerror::parse(with_nul) == nullptr);
  const std::string nul_first("\0WSAECONNREFUSED", 16);
  CHECK(wsaerror::parse(nul_first) == nullptr);
  CHECK(wsaerror::parse(std::string_view("10061\0", 6)) == nullptr);

  const std::string long_name(100000, 'A');
  CHECK(wsaerror::find(std::string_view(long_name)) == nullptr);
  CHECK(wsaerror::parse(long_name) == nullptr);
  const std::string long_number = std::string(100000, '0') + "10061";
  CHECK(wsaerror::parse(long_number) == nullptr);  // over max_parse_length

  // Non-ASCII: UTF-8, Latin-1, invalid bytes.
  for (std::string_view s : {"\xE9\x80\xA3\xE6\x8E\xA5", "WSAECONNREFUS\xC3\x89" "D", "\xFF\xFE",
                             "\x80", "WSA\xE2\x80\x94", "\xEF\xBC\x91\xEF\xBC\x90"}) {
    CHECK(wsaerror::find(s) == nullptr);
    CHECK(wsaerror::parse(s) == nullptr);
  }
  CHECK(wsaerror::find(std::string_view()) == nullptr);
  CHECK(wsaerror::parse(std::string_view()) == nullptr);
}

TEST_CASE("parse() takes '#' around a code, as Delphi/Indy print it", "[parse]") {
  CHECK(parsed("#10054") == 10054);
  CHECK(parsed("# 10054") == 10054);
  CHECK(parsed("(#10054).") == 10054);
}

// .NET's System.Net.Sockets.SocketError names and values, as the enum declares
// them (learn.microsoft.com, System.Net.Sockets.SocketError); Success (0) and
// SocketError (-1) name no Winsock error.
TEST_CASE("parse() takes every .NET SocketError name, with or without SocketError.", "[parse]") {
  const std::pair<std::string_view, int> dotnet[] = {
      {"AccessDenied", 10013}, {"AddressAlreadyInUse", 10048},
      {"AddressFamilyNotSupported", 10047}, {"AddressNotAvailable", 10049},
      {"AlreadyInProgress", 10037}, {"ConnectionAborted", 10053}, {"ConnectionRefused", 10061},
      {"ConnectionReset", 10054}, {"DestinationAddressRequired", 10039},
      {"Disconnecting", 10101}, {"Fault", 10014}, {"HostDown", 10064}, {"HostNotFound", 11001},
      {"HostUnreachable", 10065}, {"InProgress", 10036}, {"Interrupted", 10004},
      {"InvalidArgument", 10022}, {"IOPending", 997}, {"IsConnected", 10056},
      {"MessageSize", 10040}, {"NetworkDown", 10050}, {"NetworkReset", 10052},
      {"NetworkUnreachable", 10051}, {"NoBufferSpaceAvailable", 10055}, {"NoData", 11004},
      {"NoRecovery", 11003}, {"NotConnected", 10057}, {"NotInitialized", 10093},
      {"NotSocket", 10038}, {"OperationAborted", 995}, {"OperationNotSupported", 10045},
      {"ProcessLimit", 10067}, {"ProtocolFamilyNotSupported", 10046},
      {"ProtocolNotSupported", 10043}, {"ProtocolOption", 10042}, {"ProtocolType", 10041},
      {"Shutdown", 10058}, {"SocketNotSupported", 10044}, {"SystemNotReady", 10091},
      {"TimedOut", 10060}, {"TooManyOpenSockets", 10024}, {"TryAgain", 11002},
      {"TypeNotFound", 10109}, {"VersionNotSupported", 10092}, {"WouldBlock", 10035}};
  CHECK(std::size(dotnet) == 45);
  for (const auto& [name, value] : dotnet) {
    INFO(name);
    CHECK(parsed(name) == value);
    CHECK(parsed("SocketError." + std::string(name)) == value);
    CHECK(parsed("socketerror." + std::string(name)) == value);
  }
  CHECK(parsed("SocketError.Success") == 0);
  CHECK(parsed("SocketError.SocketError") == 0);
  CHECK(parsed("SocketError.") == 0);
  CHECK(parsed("SocketError.Bogus") == 0);
}

TEST_CASE("the public helpers the tool builds on", "[parse]") {
  STATIC_REQUIRE(wsaerror::trim(" (#10061).") == "10061");
  STATIC_REQUIRE(wsaerror::trim("'WSAECONNREFUSED':") == "WSAECONNREFUSED");
  STATIC_REQUIRE(wsaerror::trim(" \t") == "");
  long long v = 7;
  CHECK(wsaerror::parse_integer("10061", v));
  CHECK(v == 10061);
  CHECK(wsaerror::parse_integer(" -1 ", v));
  CHECK(v == -1);
  CHECK(wsaerror::parse_integer("0x8007274D", v));
  CHECK(v == 0x8007274D);
  CHECK(wsaerror::parse_integer("274Dh", v));
  CHECK(v == 10061);
  v = 7;
  CHECK_FALSE(wsaerror::parse_integer("10061x", v));
  CHECK_FALSE(wsaerror::parse_integer("", v));
  CHECK_FALSE(wsaerror::parse_integer("99999999999", v));
  CHECK(v == 7);
  STATIC_REQUIRE(wsaerror::fold_name_char('a') == 'A');
  STATIC_REQUIRE(wsaerror::fold_name_char('-') == '_');
  STATIC_REQUIRE(wsaerror::fold_name_char(' ') == '_');
  STATIC_REQUIRE(wsaerror::fold_name_char('7') == '7');
  CHECK(wsaerror::label(*wsaerror::find(10061)) == "WSAECONNREFUSED (10061)");
  CHECK(wsaerror::label(*wsaerror::find(6)) == "WSA_INVALID_HANDLE (6)");
  CHECK(wsaerror::hex(10061) == "0x274D");
  CHECK(wsaerror::hex(6) == "0x0006");
}

TEST_CASE("for_each_parse_key() lists the keys parse() takes, each back to its code", "[parse]") {
  std::size_t keys = 0;
  bool dotnet = false, without_wsa = false, enumerator = false;
  wsaerror::for_each_parse_key([&](std::string_view key, const wsaerror::error_info& e) {
    ++keys;
    INFO(key);
    CHECK(wsaerror::parse(key) == &e);
    for (const char c : key) CHECK(wsaerror::fold_name_char(c) == c);
    dotnet = dotnet || (key == "CONNECTIONREFUSED" && e.value == 10061);
    without_wsa = without_wsa || (key == "ECONNREFUSED" && e.value == 10061);
    enumerator = enumerator || (key == "CONNECTION_REFUSED" && e.value == 10061);
  });
  CHECK(keys > 2 * wsaerror::code_count);
  CHECK(dotnet);
  CHECK(without_wsa);
  CHECK(enumerator);
}
