// SPDX-License-Identifier: MIT
// <wsaerror/gtest.hpp>: the printers and matchers where they pass, and the
// texts they give (built with WSAERROR_PRINT_ERROR_CODE=1, the opt-in).
#include <wsaerror/gtest.hpp>

#include <string>
#include <system_error>

using wsaerror::errc;
using wsaerror::gtest::HasCondition;
using wsaerror::gtest::IsError;
using wsaerror::gtest::IsWinsock;
using ::testing::Not;
using ::testing::PrintToString;

namespace {
template <class M>
std::string description(const M& m) {
  return ::testing::DescribeMatcher<std::error_code>(m);
}
template <class M>
std::string negation(const M& m) {
  return ::testing::DescribeMatcher<std::error_code>(m, true);
}
template <class M>
std::string explanation(const M& m, const std::error_code& ec) {
  ::testing::StringMatchResultListener listener;
  ::testing::Matcher<const std::error_code&>(m).MatchAndExplain(ec, &listener);
  return listener.str();
}
}  // namespace

TEST(WsaerrorGtest, PrintsCodesConditionsAndEntriesByName) {
  EXPECT_EQ(PrintToString(errc::connection_refused), "WSAECONNREFUSED (10061)");
  EXPECT_EQ(PrintToString(static_cast<errc>(3)), "3");
  EXPECT_EQ(PrintToString(wsaerror::condition::resolver),
            "wsaerror::condition::resolver (name resolution failed)");
  EXPECT_EQ(PrintToString(*wsaerror::find(10061)), "WSAECONNREFUSED (10061)");
  EXPECT_EQ(PrintToString(wsaerror::find(10061)), "WSAECONNREFUSED (10061)");
  EXPECT_EQ(PrintToString(wsaerror::find(12345)), "nullptr");
}

TEST(WsaerrorGtest, PrintsAnErrorCodeWithItsNameWhenItHoldsAWinsockCode) {
  EXPECT_EQ(PrintToString(std::error_code(errc::timed_out)), "winsock:10060 (WSAETIMEDOUT)");
  EXPECT_EQ(PrintToString(std::error_code(12345, wsaerror::category())), "winsock:12345");
  const std::error_code generic = std::make_error_code(std::errc::connection_refused);
  EXPECT_EQ(PrintToString(generic), "generic:" + std::to_string(generic.value()));
}

TEST(WsaerrorGtest, MatchersMatchCodesAndSystemErrors) {
  const std::error_code ec = errc::would_block;
  EXPECT_EQ(ec, errc::would_block);
  EXPECT_THAT(ec, IsError(errc::would_block));
  EXPECT_THAT(ec, Not(IsError(errc::connection_reset)));
  EXPECT_THAT(ec, HasCondition(std::errc::operation_would_block));
  EXPECT_THAT(ec, HasCondition(wsaerror::condition::transient));
  EXPECT_THAT(ec, Not(HasCondition(wsaerror::condition::resolver)));
  EXPECT_THAT(ec, IsWinsock());
  EXPECT_THAT(std::make_error_code(std::errc::timed_out), Not(IsWinsock()));
  EXPECT_THAT(std::make_error_code(std::errc::connection_refused),
              Not(IsError(errc::connection_refused)));
  EXPECT_THAT(std::error_code(), Not(IsError(errc::connection_refused)));
  EXPECT_THAT(std::system_error(errc::timed_out, "connect"), IsError(errc::timed_out));
  EXPECT_THAT(std::system_error(errc::timed_out, "connect"), ::testing::AllOf(IsWinsock(), HasCondition(std::errc::timed_out)));
}

TEST(WsaerrorGtest, MatchersDescribeThemselvesInWords) {
  EXPECT_EQ(description(IsError(errc::connection_refused)),
            "is Winsock error WSAECONNREFUSED (10061): Connection refused.");
  EXPECT_EQ(negation(IsError(errc::connection_refused)),
            "is not Winsock error WSAECONNREFUSED (10061): Connection refused.");
  EXPECT_EQ(description(HasCondition(std::errc::timed_out)), "has condition std::errc::timed_out");
  EXPECT_EQ(negation(HasCondition(std::errc::timed_out)),
            "does not have condition std::errc::timed_out");
  EXPECT_EQ(description(HasCondition(wsaerror::condition::resolver)),
            "is in wsaerror::condition::resolver [name resolution failed]");
  EXPECT_EQ(negation(HasCondition(wsaerror::condition::resolver)),
            "is not in wsaerror::condition::resolver [name resolution failed]");
  EXPECT_EQ(description(IsWinsock()), "holds a Winsock code");
  EXPECT_EQ(negation(IsWinsock()), "does not hold a Winsock code");
  EXPECT_EQ(explanation(IsError(errc::connection_refused), errc::connection_reset),
            "which is WSAECONNRESET (10054): Connection reset by peer.");
  const std::error_code generic = std::make_error_code(std::errc::timed_out);
  EXPECT_EQ(explanation(IsWinsock(), generic),
            "which is generic:" + std::to_string(generic.value()) + " (" + generic.message() + ")");
}
