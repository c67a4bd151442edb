// SPDX-License-Identifier: MIT
// Real Boost.Asio failures -- a refused connect, a failed resolve, a peer that
// resets the connection -- checked through std::error_code, through
// boost::system::error_code (<wsaerror/boost.hpp>) and the Catch2 helpers;
// natively and under Wine (the MinGW leg), against each Boost the leg tests
// (WSAERROR_TEST_BOOST_DIRS). Built with WSAERROR_TEST_STANDALONE_ASIO, the
// same checks run on standalone Asio (std::error_code only). The cases tagged
// [.failing] fail on purpose: CTest checks the text Catch2 prints.
//
// What the codes are comes from outside this project: on Windows the values
// Winsock gives (WSAECONNREFUSED 10061, WSAECONNRESET 10054,
// WSAHOST_NOT_FOUND 11001, WSATYPE_NOT_FOUND 10109, Microsoft's "Windows
// Sockets Error Codes"); on POSIX the errno and EAI_* of the host's headers,
// which Asio puts in "system", "asio.netdb" and "asio.addrinfo".
#if defined(WSAERROR_TEST_STANDALONE_ASIO)
#include <asio.hpp>
namespace net = asio;
using net_error_code = std::error_code;
using net_system_error = std::system_error;
#else
#include <boost/asio.hpp>
#include <boost/version.hpp>
#include <wsaerror/boost.hpp>
namespace net = boost::asio;
using net_error_code = boost::system::error_code;
using net_system_error = boost::system::system_error;
#endif

#include <wsaerror/catch2.hpp>
#include <wsaerror/getaddrinfo.hpp>
#include <wsaerror/lang/de_de.hpp>
#include <wsaerror/wsaerror.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"
#include "asio_failures.hpp"

namespace {

using namespace asio_failures;
#ifdef _WIN32
/// Where Winsock codes come: Boost's system category (converted: Boost's
/// wrapper, named "system"), standalone Asio's own "asio.system".
#if defined(WSAERROR_TEST_STANDALONE_ASIO)
const std::string system_name = "asio.system";
#else
const std::string system_name = "system";
#endif
#endif
using wsaerror::condition;
using wsaerror::errc;
using wsaerror::catch2::has_condition;
using wsaerror::catch2::is_error;

std::error_code as_std(const net_error_code& ec) { return static_cast<std::error_code>(ec); }

}  // namespace

TEST_CASE("a refused connect", "[asio]") {
  const net_error_code bec = refused_connect();
  const std::error_code ec = as_std(bec);
  INFO("connect gave " << ec.category().name() << ':' << ec.value());
  REQUIRE(bec);
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)  // Asio's own "asio.system" maps no code to a std::errc
  CHECK(ec == std::errc::connection_refused);
  CHECK_THAT(ec, has_condition(std::errc::connection_refused));
#endif
  CHECK(ec != condition::resolver);
#ifdef _WIN32
  CHECK(std::string(ec.category().name()) == system_name);
  CHECK(ec.value() == 10061);
  CHECK(wsaerror::normalize(ec) == std::errc::connection_refused);
  CHECK(ec == errc::connection_refused);
  CHECK(wsaerror::holds_winsock(ec));
  CHECK(wsaerror::normalize(ec) == std::error_code(10061, wsaerror::category()));
  REQUIRE(wsaerror::find(ec) != nullptr);
  CHECK(wsaerror::find(ec)->name == "WSAECONNREFUSED");
  CHECK(wsaerror::message(ec, wsaerror::de_de) == wsaerror::find(10061, wsaerror::de_de)->message);
  CHECK_THAT(ec, is_error(errc::connection_refused));
#else
  CHECK(ec != errc::connection_refused);  // an errno, no Winsock code
  CHECK_FALSE(wsaerror::holds_winsock(ec));
  CHECK(wsaerror::find(ec) == nullptr);
#endif
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
  CHECK(bec == std::errc::connection_refused);
#ifdef _WIN32
  CHECK(bec == errc::connection_refused);
  CHECK(errc::connection_refused == bec);
  CHECK(bec != errc::connection_reset);
  CHECK(wsaerror::holds_winsock(bec));
  CHECK(wsaerror::normalize(bec) == std::error_code(10061, wsaerror::category()));
  REQUIRE(wsaerror::find(bec) != nullptr);
  CHECK(wsaerror::find(bec)->name == "WSAECONNREFUSED");
  CHECK(wsaerror::find(bec, wsaerror::de_de) == wsaerror::find(10061, wsaerror::de_de));
  CHECK(wsaerror::message(bec, wsaerror::de_de) == wsaerror::find(10061, wsaerror::de_de)->message);
  CHECK_THAT(bec, is_error(errc::connection_refused));
  CHECK(Catch::Detail::stringify(bec) == "system:10061 (WSAECONNREFUSED)");
#else
  CHECK(bec != errc::connection_refused);
  CHECK(wsaerror::find(bec) == nullptr);
  CHECK(wsaerror::message(bec, wsaerror::de_de) == bec.message());
  CHECK(Catch::Detail::stringify(bec) == "system:" + std::to_string(ECONNREFUSED));
#endif
  CHECK_THAT(bec, has_condition(std::errc::connection_refused));
  CHECK_THAT(bec, !has_condition(condition::resolver));
  {
    net::io_context io;
    const tcp::endpoint closed = closed_endpoint(io);
    tcp::socket s(io);
    CHECK_THROWS_MATCHES(s.connect(closed), net_system_error, has_condition(std::errc::connection_refused));
  }
#endif
}

TEST_CASE("a peer that resets the connection", "[asio]") {
  const net_error_code bec = reset_by_peer();
  const std::error_code ec = as_std(bec);
  INFO("write_some gave " << ec.category().name() << ':' << ec.value());
  REQUIRE(bec);
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
  CHECK(ec == std::errc::connection_reset);
#endif
#if !defined(WSAERROR_TEST_STANDALONE_ASIO) || defined(_WIN32)
  // (on POSIX, standalone Asio's "asio.system" maps no errno to a std::errc,
  // and is in no condition: docs/limitations.md)
  CHECK(ec == condition::connection_lost);
  CHECK_THAT(ec, has_condition(condition::connection_lost));
#endif
#ifdef _WIN32
  CHECK(std::string(ec.category().name()) == system_name);
  CHECK(wsaerror::normalize(ec) == std::errc::connection_reset);
  CHECK(ec.value() == 10054);
  CHECK(ec == errc::connection_reset);
  REQUIRE(wsaerror::find(ec) != nullptr);
  CHECK(wsaerror::find(ec)->name == "WSAECONNRESET");
#endif
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
  CHECK(bec == condition::connection_lost);
  CHECK(condition::connection_lost == bec);
  CHECK(bec != condition::resolver);
  CHECK_THAT(bec, has_condition(condition::connection_lost));
#ifdef _WIN32
  CHECK(bec == errc::connection_reset);
  CHECK(wsaerror::normalize(bec) == std::error_code(10054, wsaerror::category()));
  CHECK(Catch::Detail::stringify(bec) == "system:10054 (WSAECONNRESET)");
#else
  CHECK(Catch::Detail::stringify(bec) == "system:" + std::to_string(ECONNRESET));
#endif
#endif
}

TEST_CASE("a failed resolve: an unknown host", "[asio]") {
  const net_error_code bec = unknown_host();
  const std::error_code ec = as_std(bec);
  INFO("resolve gave " << ec.category().name() << ':' << ec.value());
  REQUIRE(bec);
#ifdef _WIN32
  CHECK(ec.value() == 11001);
  CHECK(std::string(ec.category().name()) == system_name);
#else
  CHECK(std::string(ec.category().name()) == "asio.netdb");
  CHECK(ec.value() == HOST_NOT_FOUND);
  // the code getaddrinfo() gave, as from_getaddrinfo() reads it
  CHECK(wsaerror::normalize(ec) == wsaerror::from_getaddrinfo(EAI_NONAME));
#endif
  CHECK(ec == errc::host_not_found);
  CHECK(ec == condition::resolver);
  CHECK(wsaerror::holds_winsock(ec));
  CHECK(wsaerror::normalize(ec) == std::error_code(11001, wsaerror::category()));
  REQUIRE(wsaerror::find(ec) != nullptr);
  CHECK(wsaerror::find(ec)->name == "WSAHOST_NOT_FOUND");
  CHECK(wsaerror::message(ec, wsaerror::de_de) == wsaerror::find(11001, wsaerror::de_de)->message);
  CHECK_THAT(ec, is_error(errc::host_not_found));
  CHECK_THAT(ec, has_condition(condition::resolver));
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
  CHECK(bec == errc::host_not_found);
  CHECK(bec == condition::resolver);
  CHECK(condition::resolver == bec);
  CHECK(bec != condition::connection_lost);
  CHECK(wsaerror::normalize(bec) == std::error_code(11001, wsaerror::category()));
  REQUIRE(wsaerror::find(bec) != nullptr);
  CHECK(wsaerror::find(bec)->name == "WSAHOST_NOT_FOUND");
  CHECK_THAT(bec, is_error(errc::host_not_found));
#ifdef _WIN32
  CHECK(Catch::Detail::stringify(bec) == "system:11001 (WSAHOST_NOT_FOUND)");
#else
  CHECK(Catch::Detail::stringify(bec) == "asio.netdb:1 (WSAHOST_NOT_FOUND)");
#endif
#endif
}

TEST_CASE("a failed resolve: an unknown service", "[asio]") {
  const net_error_code bec = unknown_service();
  const std::error_code ec = as_std(bec);
  INFO("resolve gave " << ec.category().name() << ':' << ec.value());
  REQUIRE(bec);
#ifdef _WIN32
  CHECK(std::string(ec.category().name()) == system_name);
  CHECK(ec.value() == 10109);
#else
  CHECK(std::string(ec.category().name()) == "asio.addrinfo");
  CHECK(ec.value() == EAI_SERVICE);
  CHECK(wsaerror::normalize(ec) == wsaerror::from_getaddrinfo(EAI_SERVICE));
#endif
  CHECK(ec == errc::class_type_not_found);
  CHECK(ec == condition::resolver);
  REQUIRE(wsaerror::find(ec) != nullptr);
  CHECK(wsaerror::find(ec)->name == "WSATYPE_NOT_FOUND");
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
  CHECK(bec == errc::class_type_not_found);
  CHECK(bec == condition::resolver);
  CHECK_THAT(bec, has_condition(condition::resolver));
#endif
}

#if !defined(_WIN32)
TEST_CASE("Asio's other resolver codes map as from_getaddrinfo() maps their EAI_*", "[asio]") {
  // Asio's own enumerators, made as Asio makes them (not by a lookup)
  const std::error_code try_again = as_std(net::error::host_not_found_try_again);
  const std::error_code no_recovery = as_std(net::error::no_recovery);
  const std::error_code no_data = as_std(net::error::no_data);
  const std::error_code socktype = as_std(net::error::socket_type_not_supported);
  CHECK(wsaerror::normalize(try_again) == wsaerror::from_getaddrinfo(EAI_AGAIN));
  CHECK(wsaerror::normalize(no_recovery) == wsaerror::from_getaddrinfo(EAI_FAIL));
  CHECK(wsaerror::normalize(socktype) == wsaerror::from_getaddrinfo(EAI_SOCKTYPE));
  CHECK(no_data == errc::no_data);
  for (const std::error_code& ec : {try_again, no_recovery, no_data}) {
    CHECK(ec == condition::resolver);
  }
  // as WSAESOCKTNOSUPPORT, which Windows gives for it, is none
  CHECK(socktype == errc::socket_type_not_supported);
  CHECK(socktype != condition::resolver);
  // asio.misc is no resolver failure
  const std::error_code eof = as_std(net::error::eof);
  CHECK(eof != condition::resolver);
  CHECK_FALSE(wsaerror::holds_winsock(eof));
}
#endif

// Each fails on purpose; CTest checks the text.
#if !defined(WSAERROR_TEST_STANDALONE_ASIO)
TEST_CASE("failing REQUIRE on a failed resolve", "[.failing]") {
  const boost::system::error_code bec = unknown_host();
  REQUIRE(bec == errc::connection_refused);
}

TEST_CASE("failing REQUIRE_THAT is_error on a refused connect", "[.failing]") {
  const boost::system::error_code bec = refused_connect();
  REQUIRE_THAT(bec, is_error(errc::timed_out));
}

TEST_CASE("failing REQUIRE_THAT has_condition on a reset peer", "[.failing]") {
  const boost::system::error_code bec = reset_by_peer();
  REQUIRE_THAT(bec, has_condition(condition::resolver));
}

TEST_CASE("failing REQUIRE_THROWS_MATCHES on a refused connect", "[.failing]") {
  net::io_context io;
  const tcp::endpoint closed = closed_endpoint(io);
  tcp::socket s(io);
  REQUIRE_THROWS_MATCHES(s.connect(closed), boost::system::system_error, is_error(errc::timed_out));
}
#endif
