// SPDX-License-Identifier: MIT
#include <wsaerror/catch2.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;
namespace wc = wsaerror::catch2;

TEST_CASE("StringMaker<errc> prints NAME (value)", "[catch2]") {
  CHECK(Catch::Detail::stringify(errc::connection_refused) == "WSAECONNREFUSED (10061)");
  CHECK(Catch::Detail::stringify(static_cast<errc>(3)) == "3");
}

TEST_CASE("is_error matches the code, in error_codes and system_errors", "[catch2]") {
  const std::error_code ec = errc::connection_refused;
  CHECK_THAT(ec, wc::is_error(errc::connection_refused));
  CHECK_THAT(ec, !wc::is_error(errc::connection_reset));
  CHECK_FALSE(wc::is_error(errc::connection_refused).match(std::make_error_code(std::errc::connection_refused)));
  CHECK_FALSE(wc::is_error(errc::connection_refused).match(std::error_code()));
  CHECK_THROWS_MATCHES(throw std::system_error(errc::timed_out, "connect"), std::system_error,
                       wc::is_error(errc::timed_out));
}

TEST_CASE("has_condition matches std::errc and wsaerror::condition", "[catch2]") {
  const std::error_code ec = errc::would_block;
  CHECK_THAT(ec, wc::has_condition(std::errc::operation_would_block));
  CHECK_THAT(ec, wc::has_condition(std::errc::resource_unavailable_try_again));
  CHECK_THAT(ec, wc::has_condition(wsaerror::condition::transient));
  CHECK_THAT(ec, !wc::has_condition(wsaerror::condition::resolver));
  CHECK_THAT(ec, wc::is_error(errc::would_block) && wc::has_condition(wsaerror::condition::transient));
}

TEST_CASE("the matchers follow the one rule: Windows' stand-in codes", "[catch2]") {
  // GetLastError() after GetQueuedCompletionStatus() for a refused ConnectEx
  // and a reset WSARecv (tests/windows/iocp_test.cpp, under Wine)
  const std::error_code refused(1225, std::system_category());
  const std::error_code reset(64, std::system_category());
#ifdef _WIN32
  CHECK_THAT(refused, wc::is_error(errc::connection_refused));
  CHECK_THAT(reset, wc::is_error(errc::connection_reset));
  CHECK_THAT(reset, wc::has_condition(wsaerror::condition::connection_lost));
  CHECK_THROWS_MATCHES(throw std::system_error(refused, "ConnectEx"), std::system_error,
                       wc::is_error(errc::connection_refused));
#else
  // errno values outside Windows: 1225 is no error there, 64 not a Winsock one
  CHECK_THAT(refused, !wc::is_error(errc::connection_refused));
  CHECK_THAT(reset, !wc::is_error(errc::connection_reset));
#endif
}

TEST_CASE("descriptions name the code and its message, and what was found", "[catch2]") {
  const auto m = wc::is_error(errc::connection_refused);
  CHECK(m.toString() == "is Winsock error WSAECONNREFUSED (10061): Connection refused.");
  const auto m2 = wc::is_error(errc::connection_refused);
  CHECK_FALSE(m2.match(std::error_code(errc::connection_reset)));
  CHECK(m2.toString() ==
        "is Winsock error WSAECONNREFUSED (10061): Connection refused. (got WSAECONNRESET "
        "(10054): Connection reset by peer.)");
  const auto c = wc::has_condition(wsaerror::condition::resolver);
  CHECK_FALSE(c.match(std::make_error_code(std::errc::timed_out)));
  CHECK(c.toString().rfind("is in wsaerror::condition::resolver [name resolution failed] (got generic:", 0) == 0);
  // a message with parentheses of its own is not nested in the description's
  CHECK(wc::has_condition(wsaerror::condition::connection_lost).toString() ==
        "is in wsaerror::condition::connection_lost [the connection was lost (reset, aborted, "
        "dropped, shut down or closed by the peer)]");
}

TEST_CASE("conditions and entries print by name; std::errc by enumerator", "[catch2]") {
  CHECK(Catch::Detail::stringify(wsaerror::condition::resolver) ==
        "wsaerror::condition::resolver (name resolution failed)");
  CHECK(Catch::Detail::stringify(static_cast<wsaerror::condition>(99)) == "wsaerror::condition(99)");
  const wsaerror::error_info* e = wsaerror::find(10061);
  CHECK(Catch::Detail::stringify(e) == "WSAECONNREFUSED (10061)");
  CHECK(Catch::Detail::stringify(*e) == "WSAECONNREFUSED (10061)");
  CHECK(Catch::Detail::stringify(wsaerror::find(12345)) == "nullptr");
  // The same words on every platform, whatever its errno numbers.
  CHECK(wc::has_condition(std::errc::connection_refused).toString() ==
        "has condition std::errc::connection_refused");
}

TEST_CASE("StringMaker<std::error_code> names a Winsock code, others as before", "[catch2]") {
  CHECK(Catch::Detail::stringify(std::error_code(errc::timed_out)) == "winsock:10060 (WSAETIMEDOUT)");
  CHECK(Catch::Detail::stringify(std::error_code(12345, wsaerror::category())) == "winsock:12345");
  const std::error_code generic = std::make_error_code(std::errc::connection_refused);
  CHECK(Catch::Detail::stringify(generic) == "generic:" + std::to_string(generic.value()));
}
