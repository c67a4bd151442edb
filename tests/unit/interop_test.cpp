// SPDX-License-Identifier: MIT
// Codes that other code makes: std::system_category() values (on Windows,
// where WSAGetLastError() codes usually land), another DLL's copy of the
// winsock category, and normalize().
#include <wsaerror/category.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using wsaerror::errc;

namespace {

/// What another DLL's copy of the header-only category looks like: same
/// name, same behaviour, another address.
class foreign_winsock_category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "winsock"; }
  std::string message(int v) const override { return wsaerror::category().message(v); }
};
const foreign_winsock_category foreign;

}  // namespace

TEST_CASE("== and != with errc, in both orders", "[interop]") {
  const std::error_code ec(10061, wsaerror::category());
  CHECK(ec == errc::connection_refused);
  CHECK(errc::connection_refused == ec);
  CHECK_FALSE(ec != errc::connection_refused);
  CHECK_FALSE(errc::connection_refused != ec);
  CHECK(ec != errc::connection_reset);
  CHECK(errc::connection_reset != ec);
  CHECK_FALSE(ec == errc::connection_reset);
}

TEST_CASE("another copy of the winsock category compares by name", "[interop]") {
  const std::error_code ec(10054, foreign);
  CHECK(&foreign != &wsaerror::category());
  CHECK(wsaerror::is_winsock_category(foreign));
  CHECK(ec == errc::connection_reset);
  CHECK(errc::connection_reset == ec);
  CHECK(ec != errc::connection_refused);
  CHECK(ec != wsaerror::condition::transient);
  CHECK(std::error_code(10035, foreign) == wsaerror::condition::transient);
  CHECK(wsaerror::normalize(ec).category() == wsaerror::category());
  CHECK(wsaerror::normalize(ec) == std::errc::connection_reset);
}

TEST_CASE("std::system_category() codes", "[interop]") {
  const std::error_code sys(10061, std::system_category());
#ifdef _WIN32
  // WSAGetLastError() values in the system category are Winsock codes.
  CHECK(wsaerror::holds_winsock(sys));
  CHECK(sys == errc::connection_refused);
  CHECK(errc::connection_refused == sys);
  CHECK(sys != errc::timed_out);
  CHECK(std::error_code(11001, std::system_category()) == wsaerror::condition::resolver);
  CHECK(wsaerror::normalize(sys) == std::errc::connection_refused);
  CHECK(wsaerror::normalize(sys).message() == "Connection refused.");
  // A system code that is no Winsock code stays as it is.
  CHECK(wsaerror::normalize(std::error_code(5, std::system_category())).category() ==
        std::system_category());
#else
  // Elsewhere system_category() holds errno values: 10061 is no Winsock code.
  CHECK_FALSE(wsaerror::holds_winsock(sys));
  CHECK(sys != errc::connection_refused);
  CHECK_FALSE(errc::connection_refused == sys);
  CHECK(std::error_code(11001, std::system_category()) != wsaerror::condition::resolver);
  CHECK(wsaerror::normalize(sys) == sys);
#endif
}

TEST_CASE("codes of unrelated categories never match", "[interop]") {
  const std::error_code generic = std::make_error_code(std::errc::connection_refused);
  CHECK(generic != errc::connection_refused);
  CHECK(wsaerror::normalize(generic) == generic);
  CHECK_FALSE(wsaerror::holds_winsock(std::error_code()));
}
