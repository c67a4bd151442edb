// SPDX-License-Identifier: MIT
// Fails on purpose: CTest checks what GoogleTest prints, which is what users
// see (built with WSAERROR_PRINT_ERROR_CODE=1, the opt-in).
#include <wsaerror/gtest.hpp>

#include <system_error>

using wsaerror::errc;
using wsaerror::gtest::HasCondition;
using wsaerror::gtest::IsError;
using wsaerror::gtest::IsWinsock;

TEST(Failing, ExpectEqOnACode) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_EQ(ec, errc::connection_refused);
}

TEST(Failing, ExpectEqOnACondition) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_EQ(ec, wsaerror::condition::resolver);
}

TEST(Failing, ExpectEqOnFindResults) {
  EXPECT_EQ(wsaerror::find(10054), wsaerror::find(10061));
}

TEST(Failing, IsError) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_THAT(ec, IsError(errc::connection_refused));
}

TEST(Failing, NotIsError) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_THAT(ec, ::testing::Not(IsError(errc::connection_reset)));
}

TEST(Failing, HasCondition) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_THAT(ec, HasCondition(wsaerror::condition::resolver));
}

TEST(Failing, HasConditionErrc) {
  const std::error_code ec = errc::connection_reset;
  EXPECT_THAT(ec, HasCondition(std::errc::timed_out));
}

TEST(Failing, IsWinsock) {
  EXPECT_THAT(std::make_error_code(std::errc::timed_out), IsWinsock());
}

TEST(Failing, SystemError) {
  EXPECT_THAT(std::system_error(errc::timed_out, "connect"), IsError(errc::host_not_found));
}
