// SPDX-License-Identifier: MIT
// <wsaerror/doctest.hpp>: the texts doctest prints for wsaerror's types and
// for a std::error_code, where the checks pass.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <wsaerror/doctest.hpp>

#include <string>
#include <system_error>

using wsaerror::errc;

namespace {
template <class T>
std::string text(const T& v) {
  return doctest::toString(v).c_str();
}
// As doctest's expression decomposition calls it: unqualified, so that
// argument-dependent lookup finds wsaerror's overloads.
template <class T>
std::string decomposed(const T& v) {
  using doctest::toString;
  return toString(v).c_str();
}
}  // namespace

TEST_CASE("codes, conditions and entries print by name") {
  CHECK(decomposed(errc::connection_refused) == "WSAECONNREFUSED (10061)");
  CHECK(decomposed(static_cast<errc>(3)) == "3");
  CHECK(decomposed(wsaerror::condition::resolver) ==
        "wsaerror::condition::resolver (name resolution failed)");
  CHECK(text(*wsaerror::find(10061)) == "WSAECONNREFUSED (10061)");
  CHECK(text(wsaerror::find(10061)) == "WSAECONNREFUSED (10061)");
  CHECK(text(wsaerror::find(12345)) == "nullptr");
}

TEST_CASE("an error_code holding a Winsock code prints with its name") {
  CHECK(text(std::error_code(errc::timed_out)) == "winsock:10060 (WSAETIMEDOUT)");
  CHECK(text(std::error_code(12345, wsaerror::category())) == "winsock:12345");
  const std::error_code generic = std::make_error_code(std::errc::connection_refused);
  CHECK(text(generic) == "generic:" + std::to_string(generic.value()));
}

TEST_CASE("comparisons pass where they should") {
  const std::error_code ec = errc::would_block;
  CHECK(ec == errc::would_block);
  CHECK(ec == wsaerror::condition::transient);
  CHECK(ec == std::errc::operation_would_block);
  CHECK(wsaerror::find(ec) == wsaerror::find(10035));
}
