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
