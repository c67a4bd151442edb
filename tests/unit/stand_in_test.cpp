// SPDX-License-Identifier: MIT
// Windows' stand-in codes: <wsaerror/stand_in.hpp> on every OS, and the one
// rule (normalize, ==, conditions) on Windows. The values are mingw-w64's
// winerror.h / ntstatus.h; the messages Microsoft's System Error Codes pages
// (data/msdocs/<lang>/system-error-codes--1000-1299-.md); the Winsock codes of
// the IOCP cases what Wine's WSAGetOverlappedResult gave (tests/windows/iocp_test.cpp).
#include <wsaerror/stand_in.hpp>

#include <climits>
#include <string>
#include <system_error>

#include <wsaerror/table.hpp>

#include "../support/catch.hpp"

using wsaerror::errc;

TEST_CASE("find_stand_in reads a Win32 value or its name", "[stand-in]") {
  const wsaerror::stand_in_info* s = wsaerror::find_stand_in(1225);
  REQUIRE(s != nullptr);
  CHECK(s->name == "ERROR_CONNECTION_REFUSED");
  CHECK(s->winsock == 10061);
  CHECK(s->confidence == wsaerror::confidence::agreed);
  CHECK(s->normalized);
  CHECK(s->message == "The remote computer refused the network connection.");
  CHECK(wsaerror::find_stand_in("ERROR_CONNECTION_REFUSED") == s);
  CHECK(wsaerror::find_stand_in("error_connection_refused") == nullptr);  // exact spelling
  const wsaerror::stand_in_info* reset = wsaerror::find_stand_in(64);
  REQUIRE(reset != nullptr);
  CHECK(reset->name == "ERROR_NETNAME_DELETED");
  CHECK(reset->winsock == 10054);
  CHECK(reset->confidence == wsaerror::confidence::doubtful);
  CHECK_FALSE(reset->note.empty());
  const wsaerror::stand_in_info* more = wsaerror::find_stand_in(234);
  REQUIRE(more != nullptr);
  CHECK(more->winsock == 10040);
  CHECK_FALSE(more->normalized);  // the registry's "more data", too
  const wsaerror::stand_in_info* lossy = wsaerror::find_stand_in(59);
  REQUIRE(lossy != nullptr);
  CHECK(lossy->winsock == 0);
  CHECK(lossy->confidence == wsaerror::confidence::none);
  for (int v : {0, -1, 10061, 65, 1227, 1229, 1230, 1238, 1256, 65536, INT_MIN, INT_MAX}) {
    CAPTURE(v);
    CHECK(wsaerror::find_stand_in(v) == nullptr);  // Winsock codes and unmapped values
  }
  CHECK(wsaerror::find_stand_in("") == nullptr);
  CHECK(wsaerror::find_stand_in("WSAECONNREFUSED") == nullptr);
}

TEST_CASE("find_ntstatus reads the 32 bits however they are typed", "[stand-in]") {
  const wsaerror::ntstatus_info* n = wsaerror::find_ntstatus(0xC0000236);
  REQUIRE(n != nullptr);
  CHECK(n->name == "STATUS_CONNECTION_REFUSED");
  CHECK(n->win32 == 1225);
  CHECK(n->winsock == 10061);
  CHECK(wsaerror::find_ntstatus(-1073741258) == n);  // (NTSTATUS)0xC0000236
  CHECK(wsaerror::find_ntstatus(static_cast<long long>(0xFFFFFFFFC0000236ull)) == n);  // sign-extended
  CHECK(wsaerror::find_ntstatus("STATUS_CONNECTION_REFUSED") == n);
  CHECK(wsaerror::find_ntstatus(0x1C0000236ll) == nullptr);
  CHECK(wsaerror::find_ntstatus(-0x80000001ll) == nullptr);
  CHECK(wsaerror::find_ntstatus(0) == nullptr);
  CHECK(wsaerror::find_ntstatus(LLONG_MIN) == nullptr);
  CHECK(wsaerror::find_ntstatus(LLONG_MAX) == nullptr);
  const wsaerror::ntstatus_info* local = wsaerror::find_ntstatus(0xC000013B);
  REQUIRE(local != nullptr);
  CHECK(local->name == "STATUS_LOCAL_DISCONNECT");
  CHECK(local->win32 == 64);
  CHECK(local->winsock == 10053);  // the NTSTATUS tells what 64 cannot
}

TEST_CASE("from_ntstatus gives what WSAGetOverlappedResult gives", "[stand-in]") {
  CHECK(wsaerror::from_ntstatus(0xC0000236) == errc::connection_refused);
  CHECK(wsaerror::from_ntstatus(0xC000020D) == errc::connection_reset);
  CHECK(wsaerror::from_ntstatus(0xC000013B) == errc::connection_aborted);
  CHECK(wsaerror::from_ntstatus(0xC0000236).category() == wsaerror::category());
  CHECK(wsaerror::from_ntstatus(0xC0000236) == std::errc::connection_refused);
  CHECK_FALSE(wsaerror::from_ntstatus(0));                             // STATUS_SUCCESS
  CHECK(wsaerror::from_ntstatus(0x103) == errc::io_pending);           // STATUS_PENDING
  CHECK(wsaerror::from_ntstatus(0xC0000001) == errc::invalid_argument);  // unknown failure
  CHECK_FALSE(wsaerror::from_ntstatus(0x00000001));                    // unknown success
  CHECK_FALSE(wsaerror::from_ntstatus(0x40000000));                    // informational
  CHECK_FALSE(wsaerror::from_ntstatus(0x80000001));                    // a warning
  CHECK_FALSE(wsaerror::from_ntstatus(0x1C0000236ll));                 // no NTSTATUS
  // STATUS_REMOTE_DISCONNECT: the sources disagree, so its Win32 value stays
  const std::error_code remote = wsaerror::from_ntstatus(0xC000013C);
  CHECK(remote.category() == std::system_category());
  CHECK(remote.value() == 64);
}

TEST_CASE("from_stand_in maps every row that has a code", "[stand-in]") {
  CHECK(wsaerror::from_stand_in(1225) == errc::connection_refused);
  CHECK(wsaerror::from_stand_in(1225).category() == wsaerror::category());
  CHECK(wsaerror::from_stand_in(234) == errc::message_size);  // lookup, not normalize()
  CHECK(wsaerror::from_stand_in(995) == errc::operation_aborted);
  CHECK_FALSE(wsaerror::from_stand_in(0));
  const std::error_code none = wsaerror::from_stand_in(59);
  CHECK(none.category() == std::system_category());
  CHECK(none.value() == 59);
  CHECK(wsaerror::from_stand_in(-5) == std::error_code(-5, std::system_category()));
}

TEST_CASE("parse_stand_in reads names, Win32 values, HRESULTs and NTSTATUS", "[stand-in]") {
  const wsaerror::stand_in_info* refused = wsaerror::find_stand_in(1225);
  for (const char* text : {"1225", "0x4C9", "4c9h", "ERROR_CONNECTION_REFUSED", "error_connection_refused",
                           " 'ERROR_CONNECTION_REFUSED', ", "0x800704C9", "-2147023671",
                           "0xC0000236", "-1073741258", "STATUS_CONNECTION_REFUSED",
                           "status-connection-refused"}) {
    CAPTURE(text);
    const wsaerror::stand_in_match m = wsaerror::parse_stand_in(text);
    REQUIRE(m);
    CHECK(m.win32 == refused);
    CHECK(m.winsock == 10061);
  }
  CHECK(wsaerror::parse_stand_in("0xC0000236").ntstatus == wsaerror::find_ntstatus(0xC0000236));
  CHECK(wsaerror::parse_stand_in("1225").ntstatus == nullptr);
  // STATUS_TIMEOUT is a success-range NTSTATUS (0x00000102) that libuv and
  // ReactOS map to WSAETIMEDOUT: written in its eight hex digits, as in
  // "Internal=0x00000102", it is read; 0x102 and 258 are Win32's WAIT_TIMEOUT
  // (258), which no source maps.
  CHECK(wsaerror::parse_stand_in("0x00000102").ntstatus == wsaerror::find_ntstatus("STATUS_TIMEOUT"));
  CHECK(wsaerror::parse_stand_in("0x00000102").winsock == 10060);
  CHECK_FALSE(wsaerror::parse_stand_in("0x102"));
  CHECK_FALSE(wsaerror::parse_stand_in("258"));
  const wsaerror::stand_in_match local = wsaerror::parse_stand_in("STATUS_LOCAL_DISCONNECT");
  REQUIRE(local);
  CHECK(local.win32 == wsaerror::find_stand_in(64));
  CHECK(local.winsock == 10053);
  CHECK(wsaerror::parse_stand_in("ERROR_NETNAME_DELETED").winsock == 10054);
  for (const char* text : {"", "10061", "WSAECONNREFUSED", "0x8007274D", "ERROR_FOO", "0", "65",
                           "0x80070041", "0x100000000", "-2147483649", "STATUS_", "1225x",
                           "99999999999999999999"}) {
    CAPTURE(text);
    CHECK_FALSE(wsaerror::parse_stand_in(text));
  }
  CHECK_FALSE(wsaerror::parse_stand_in(std::string(100, '1')));
}

TEST_CASE("a stand-in's message in each language is Microsoft's", "[stand-in]") {
  const wsaerror::stand_in_info& s = *wsaerror::find_stand_in(1225);
  // data/msdocs/<lang>/system-error-codes--1000-1299-.md, ERROR_CONNECTION_REFUSED
  CHECK(wsaerror::message(s, "en-US") == "The remote computer refused the network connection.");
  CHECK(wsaerror::message(s, "de-DE") == "Der Remotecomputer hat die Netzwerkverbindung abgelehnt.");
  CHECK(wsaerror::message(s, "fr-FR") == "L\xe2\x80\x99ordinateur distant a refus\xc3\xa9 la connexion r\xc3\xa9seau.");
  CHECK(wsaerror::message(s, "zh-TW") == "\xe9\x81\xa0\xe7\xab\xaf\xe9\x9b\xbb\xe8\x85\xa6\xe6\x8b\x92\xe7\xb5\x95\xe7\xb6\xb2\xe8\xb7\xaf\xe9\x80\xa3\xe7\xb7\x9a\xe3\x80\x82");
  CHECK(wsaerror::message(s, "xx-XX") == s.message);
  // the tags and locales find_language() takes choose the same language here
  // (a user passes what --lang, LANG or a UI gives: "de", "de_AT.UTF-8")
  const std::string_view german = "Der Remotecomputer hat die Netzwerkverbindung abgelehnt.";
  CHECK(wsaerror::message(s, "de") == german);
  CHECK(wsaerror::message(s, "de_AT.UTF-8") == german);
  CHECK(wsaerror::message(s, "DE-de") == german);
  CHECK(wsaerror::message(s, "zh_HK") == wsaerror::message(s, "zh-TW"));
  CHECK(wsaerror::message(s, "zh-CN") == s.message);  // Simplified Chinese: not zh-TW
  CHECK(wsaerror::message(s, "C") == s.message);
  const wsaerror::stand_in_info other{1225, "X", 0, wsaerror::confidence::none, false, "", "own"};
  CHECK(wsaerror::message(other, "de-DE") == "Der Remotecomputer hat die Netzwerkverbindung abgelehnt.");
  const wsaerror::stand_in_info absent{7, "X", 0, wsaerror::confidence::none, false, "", "own"};
  CHECK(wsaerror::message(absent, "de-DE") == "own");
}

TEST_CASE("the stand-in table is in order and names only Winsock codes", "[stand-in]") {
  int last = 0;
  for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
    CAPTURE(s.name);
    CHECK(s.value > last);
    last = s.value;
    CHECK(wsaerror::find(s.value) == (s.value == 995 ? wsaerror::find(995) : nullptr));
    if (s.winsock != 0) CHECK(wsaerror::find(s.winsock) != nullptr);
    CHECK((s.winsock == 0) == (s.confidence == wsaerror::confidence::none));
    if (s.normalized) CHECK(s.winsock != 0);
    CHECK(s.name.substr(0, 6) == "ERROR_");
    CHECK_FALSE(s.message.empty());
  }
  long long last_nt = -1;
  for (const wsaerror::ntstatus_info& n : wsaerror::all_ntstatus()) {
    CAPTURE(n.name);
    CHECK(static_cast<long long>(n.value) > last_nt);
    last_nt = n.value;
    CHECK(wsaerror::find_stand_in(n.win32) != nullptr);
    if (n.winsock != 0) CHECK(wsaerror::find(n.winsock) != nullptr);
    CHECK(n.name.substr(0, 7) == "STATUS_");
  }
  CHECK(wsaerror::all_stand_ins().size() == wsaerror::stand_in_count);
  CHECK(wsaerror::all_ntstatus().size() == wsaerror::ntstatus_count);
}

TEST_CASE("the one rule takes stand-ins in a system category on Windows only", "[stand-in]") {
  const std::error_code refused(1225, std::system_category());
  const std::error_code reset(64, std::system_category());
  const std::error_code more(234, std::system_category());
  const std::error_code generic(1225, std::generic_category());
#ifdef _WIN32
  CHECK(wsaerror::holds_winsock(refused));
  CHECK(wsaerror::normalize(refused) == std::error_code(10061, wsaerror::category()));
  CHECK(wsaerror::normalize(refused) == std::errc::connection_refused);
  CHECK(wsaerror::normalize(refused).message() == "Connection refused.");
  CHECK(refused == errc::connection_refused);
  CHECK(errc::connection_refused == refused);
  CHECK_FALSE(refused == wsaerror::condition::connection_lost);
  CHECK(reset == errc::connection_reset);
  CHECK(reset == wsaerror::condition::connection_lost);
  CHECK(wsaerror::find(refused) == wsaerror::find(10061));
  for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
    CAPTURE(s.name);
    const std::error_code ec(s.value, std::system_category());
    if (s.normalized) {
      CHECK(wsaerror::normalize(ec) == std::error_code(s.winsock, wsaerror::category()));
    } else if (s.value != s.winsock) {
      CHECK_FALSE(wsaerror::holds_winsock(ec));
    }
  }
#else
  CHECK_FALSE(wsaerror::holds_winsock(refused));  // an errno, not Windows' value
  CHECK(wsaerror::normalize(refused) == refused);
  CHECK_FALSE(refused == errc::connection_refused);
  CHECK_FALSE(reset == errc::connection_reset);
#endif
  CHECK_FALSE(wsaerror::holds_winsock(more));
  CHECK_FALSE(wsaerror::holds_winsock(generic));
  CHECK(wsaerror::normalize(generic) == generic);
}
