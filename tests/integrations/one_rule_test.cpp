// SPDX-License-Identifier: MIT
// One rule (wsaerror::holds_winsock) decides whether a std::error_code holds a
// Winsock code, and every feature asks it: ==, conditions, find(ec), the
// Catch2 matchers and their descriptions, and message(ec, language). Each is
// checked with our category, another module's copy of it (same name), the
// system category and an "asio.system" category (Winsock codes on Windows,
// errno values elsewhere), and a foreign category with the same value.
#include <wsaerror/catch2.hpp>
#include <wsaerror/lang/zh_tw.hpp>
#include <wsaerror/wsaerror.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;
namespace wc = wsaerror::catch2;

namespace {

/// A category with the given name whose messages are nobody's.
class named_category final : public std::error_category {
 public:
  explicit named_category(const char* n) : name_(n) {}
  const char* name() const noexcept override { return name_; }
  std::string message(int v) const override { return std::string(name_) + " says " + std::to_string(v); }

 private:
  const char* name_;
};

const named_category other_copy("winsock");    // what another DLL's copy looks like
const named_category asio_system("asio.system");  // Asio's name for its system category
const named_category foreign("foreign");

#ifdef _WIN32
constexpr bool on_windows = true;
#else
constexpr bool on_windows = false;
#endif

/// Every feature's answer for `ec` holding 10061 (or not): all must agree.
void check_all_agree(const std::error_code& ec, bool expected) {
  INFO(ec.category().name() << ":" << ec.value());
  CHECK(wsaerror::holds_winsock(ec) == expected);
  CHECK((ec == errc::connection_refused) == expected);
  CHECK((errc::connection_refused == ec) == expected);
  CHECK_FALSE(ec == wsaerror::condition::resolver);  // 10061 is no resolver error
  const wsaerror::error_info* e = wsaerror::find(ec);
  CHECK((e != nullptr) == expected);
  if (e) CHECK(e->name == "WSAECONNREFUSED");
  CHECK(wc::is_error(errc::connection_refused).match(ec) == expected);
  const std::string zh = wsaerror::message(ec, wsaerror::zh_tw);
  CHECK((zh == wsaerror::find(10061, wsaerror::zh_tw)->message) == expected);
  // The matcher names what it found: the entry when it holds one.
  auto m = wc::is_error(errc::timed_out);
  CHECK_FALSE(m.match(ec));
  const std::string described = m.toString();
  CHECK((described.find("(got WSAECONNREFUSED (10061): Connection refused.)") != std::string::npos) ==
        expected);
  // The printer of std::error_code (detail::describe, which the Catch2,
  // GoogleTest and doctest printers share) names it exactly then.
  const std::string printed = Catch::Detail::stringify(ec);
  CHECK((printed.find(" (WSAECONNREFUSED)") != std::string::npos) == expected);
}

}  // namespace

TEST_CASE("one rule: our category", "[one-rule]") {
  check_all_agree(std::error_code(10061, wsaerror::category()), true);
  // Conditions follow the same rule.
  CHECK(std::error_code(10035, wsaerror::category()) == wsaerror::condition::transient);
}

TEST_CASE("one rule: another module's copy of the winsock category", "[one-rule]") {
  check_all_agree(std::error_code(10061, other_copy), true);
  CHECK(std::error_code(10035, other_copy) == wsaerror::condition::transient);
}

TEST_CASE("one rule: std::system_category() (Winsock codes on Windows only)", "[one-rule]") {
  check_all_agree(std::error_code(10061, std::system_category()), on_windows);
  CHECK((std::error_code(10035, std::system_category()) == wsaerror::condition::transient) ==
        on_windows);
  // A system code that is no Winsock code is none anywhere.
  check_all_agree(std::error_code(2, std::system_category()), false);
}

TEST_CASE("one rule: Asio's asio.system category (Winsock codes on Windows only)", "[one-rule]") {
  check_all_agree(std::error_code(10061, asio_system), on_windows);
  CHECK((std::error_code(10035, asio_system) == wsaerror::condition::transient) == on_windows);
}

TEST_CASE("one rule: a foreign category with the same value never matches", "[one-rule]") {
  check_all_agree(std::error_code(10061, foreign), false);
  check_all_agree(std::make_error_code(std::errc::connection_refused), false);
  CHECK(std::error_code(10035, foreign) != wsaerror::condition::transient);
  CHECK(wsaerror::find(std::error_code()) == nullptr);
}

TEST_CASE("one rule: a stand-in's value in another category is no stand-in", "[one-rule]") {
  // 1225 is ERROR_CONNECTION_REFUSED, WSAECONNREFUSED's stand-in, only where
  // Windows puts its Win32 values (the system category); as an errno or
  // another library's own code it is no refused connection.
  check_all_agree(std::error_code(1225, std::generic_category()), false);
  check_all_agree(std::error_code(1225, foreign), false);
  CHECK((std::error_code(1225, std::system_category()) == errc::connection_refused) == on_windows);
}

namespace {
/// A category named "system" that, as Windows' system category does (Boost's
/// std wrapper of its system category, in this module or another DLL),
/// takes 10061 for std::errc::connection_refused.
class windows_like_system final : public std::error_category {
 public:
  const char* name() const noexcept override { return "system"; }
  std::string message(int v) const override { return "system " + std::to_string(v); }
  std::error_condition default_error_condition(int v) const noexcept override {
    if (v == 10061) return std::errc::connection_refused;
    return std::error_condition(v, *this);
  }
};
const windows_like_system boost_like_system;
const named_category errno_system("system");  // some library's "system" of errno values
const named_category asio_netdb("asio.netdb");
const named_category asio_addrinfo("asio.addrinfo");
}  // namespace

TEST_CASE("one rule: a category named system that behaves as Windows' (Boost's wrapper)", "[one-rule]") {
  check_all_agree(std::error_code(10061, boost_like_system), on_windows);
}

TEST_CASE("one rule: a category merely named system is no Winsock source", "[one-rule]") {
  check_all_agree(std::error_code(10061, errno_system), false);
}

TEST_CASE("one rule: Asio's resolver categories hold the Winsock code Windows gives, on every OS",
          "[one-rule]") {
  // h_errno's HOST_NOT_FOUND 1, TRY_AGAIN 2, NO_RECOVERY 3, NO_DATA 4
  CHECK(std::error_code(1, asio_netdb) == errc::host_not_found);
  CHECK(std::error_code(2, asio_netdb) == errc::host_not_found_try_again);
  CHECK(std::error_code(3, asio_netdb) == errc::no_recovery);
  CHECK(std::error_code(4, asio_netdb) == errc::no_data);
  CHECK(std::error_code(11001, asio_netdb) == errc::host_not_found);
  CHECK(std::error_code(77, asio_netdb) == errc::no_recovery);
  for (int v : {1, 2, 3, 4, 77}) {
    CHECK(std::error_code(v, asio_netdb) == wsaerror::condition::resolver);
    CHECK_THAT(std::error_code(v, asio_netdb), wc::has_condition(wsaerror::condition::resolver));
  }
  // EAI_SERVICE and EAI_SOCKTYPE: glibc and musl -8, -7; the BSDs and macOS 9, 10
  for (int v : {-8, 9}) {
    CHECK(std::error_code(v, asio_addrinfo) == errc::class_type_not_found);
    CHECK(std::error_code(v, asio_addrinfo) == wsaerror::condition::resolver);
  }
  for (int v : {-7, 10}) {
    CHECK(std::error_code(v, asio_addrinfo) == errc::socket_type_not_supported);
  }
  CHECK(std::error_code(-100, asio_addrinfo) == errc::no_recovery);
  CHECK(wsaerror::normalize(std::error_code(1, asio_netdb)) == std::error_code(11001, wsaerror::category()));
  CHECK(wsaerror::find(std::error_code(1, asio_netdb))->name == "WSAHOST_NOT_FOUND");
  CHECK(wsaerror::message(std::error_code(1, asio_netdb), wsaerror::zh_tw) ==
        wsaerror::find(11001, wsaerror::zh_tw)->message);
}
