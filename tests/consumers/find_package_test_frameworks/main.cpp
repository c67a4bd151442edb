// SPDX-License-Identifier: MIT
// What the consumers of wsaerror::gtest and wsaerror::doctest build:
// GoogleTest's printer, a gMock matcher's description and doctest's text of
// a code, outside a test run (neither framework's runner is needed).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <wsaerror/doctest.hpp>
#include <wsaerror/gtest.hpp>

#include <cstdio>
#include <string>
#include <system_error>

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  const std::string label = ::testing::PrintToString(wsaerror::errc::connection_refused);
  const std::string described = ::testing::DescribeMatcher<std::error_code>(
      wsaerror::gtest::IsError(wsaerror::errc::connection_refused));
  const std::string doctest_text = doctest::toString(ec).c_str();
  std::printf("%s %d %s | %s | %s\n", ec.category().name(), ec.value(), label.c_str(),
              described.c_str(), doctest_text.c_str());  // winsock 10061 WSAECONNREFUSED (10061) | ...
  return label == "WSAECONNREFUSED (10061)" &&
                 described == "is Winsock error WSAECONNREFUSED (10061): Connection refused." &&
                 doctest_text == "winsock:10061 (WSAECONNREFUSED)"
             ? 0
             : 1;
}
