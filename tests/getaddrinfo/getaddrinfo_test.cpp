// SPDX-License-Identifier: MIT
// from_getaddrinfo() on real failed lookups: natively (glibc's EAI_* values)
// and in the MinGW leg under Wine (Winsock codes). Only failures that need no
// network: a numeric-host lookup of a name, an unknown service, an unknown
// address family.
#include <wsaerror/getaddrinfo.hpp>
#include <wsaerror/wsaerror.hpp>

#include <cerrno>
#include <cstring>

#include "../support/catch.hpp"

namespace {

#ifdef _WIN32
/// WSAStartup once for the test program.
struct winsock_started {
  winsock_started() {
    WSADATA data;
    WSAStartup(MAKEWORD(2, 2), &data);
  }
  ~winsock_started() { WSACleanup(); }
};
const winsock_started started;
#endif

/// getaddrinfo(node, service) with these hints; its return value.
int lookup(const char* node, const char* service, int flags, int family = AF_UNSPEC) {
  addrinfo hints;
  std::memset(&hints, 0, sizeof hints);
  hints.ai_flags = flags;
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* list = nullptr;
  const int r = getaddrinfo(node, service, &hints, &list);
  if (r == 0) freeaddrinfo(list);
  return r;
}

}  // namespace

TEST_CASE("a name where a numeric host is required is host_not_found, a resolver failure",
          "[getaddrinfo]") {
  const int r = lookup("not-an-address.invalid", nullptr, AI_NUMERICHOST);
  REQUIRE(r != 0);
  const std::error_code ec = wsaerror::from_getaddrinfo(r);
  CHECK(ec == wsaerror::errc::host_not_found);
  CHECK(ec == wsaerror::condition::resolver);
  CHECK(ec.message() == "Host not found.");
}

TEST_CASE("an unknown service is a resolver failure", "[getaddrinfo]") {
  const int r = lookup("127.0.0.1", "no-such-service-wsaerror", AI_NUMERICHOST);
  REQUIRE(r != 0);
  const std::error_code ec = wsaerror::from_getaddrinfo(r);
  INFO("getaddrinfo returned " << r << ", " << ec.message());
  CHECK(ec == wsaerror::condition::resolver);
}

TEST_CASE("an unknown address family is address_family_not_supported", "[getaddrinfo]") {
  const int r = lookup("127.0.0.1", nullptr, AI_NUMERICHOST, 12345);
  REQUIRE(r != 0);
  const std::error_code ec = wsaerror::from_getaddrinfo(r);
  INFO("getaddrinfo returned " << r);
  CHECK(ec == wsaerror::errc::address_family_not_supported);
  CHECK(ec == std::errc::address_family_not_supported);
}

TEST_CASE("success is no error", "[getaddrinfo]") {
  CHECK(lookup("127.0.0.1", nullptr, AI_NUMERICHOST) == 0);
  CHECK_FALSE(wsaerror::from_getaddrinfo(0));
}

TEST_CASE("every EAI_* name parses to the code from_getaddrinfo gives for it", "[getaddrinfo]") {
  // the names as data (the tool and parse()), the values as this host defines them
  CHECK(wsaerror::from_getaddrinfo(EAI_NONAME) == wsaerror::parse("EAI_NONAME")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_AGAIN) == wsaerror::parse("EAI_AGAIN")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_FAIL) == wsaerror::parse("EAI_FAIL")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_FAMILY) == wsaerror::parse("eai_family")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_SOCKTYPE) == wsaerror::find("EAI_SOCKTYPE")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_SERVICE) == wsaerror::find("EAI_SERVICE")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_MEMORY) == wsaerror::find("EAI_MEMORY")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_BADFLAGS) == wsaerror::find("EAI_BADFLAGS")->code());
  CHECK(wsaerror::from_getaddrinfo(EAI_AGAIN) == wsaerror::condition::transient);
}

#ifndef _WIN32
TEST_CASE("EAI_SYSTEM is errno; an unknown value is no_recovery", "[getaddrinfo]") {
  errno = EMFILE;
  const std::error_code ec = wsaerror::from_getaddrinfo(EAI_SYSTEM);
  CHECK(ec == std::error_code(EMFILE, std::system_category()));
  CHECK(ec == wsaerror::condition::low_resources);
  CHECK(wsaerror::from_getaddrinfo(-9999) == wsaerror::errc::no_recovery);
  CHECK(wsaerror::from_getaddrinfo(-9999) == wsaerror::condition::resolver);
}
#endif
