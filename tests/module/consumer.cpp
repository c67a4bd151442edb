// SPDX-License-Identifier: MIT
// A program that imports the wsaerror module (no wsaerror header): errc,
// category(), find, parse, conditions, languages and std::system_error.
// Expected texts are the docs' (data/msdocs/en-US and de-DE, WSAECONNREFUSED
// and WSAETIMEDOUT); exits 1 on any wrong answer.
#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>

import wsaerror;

static_assert(wsaerror::find(10061)->name == "WSAECONNREFUSED");
static_assert(wsaerror::parse("wsaetimedout")->code() == wsaerror::errc::timed_out);

namespace {

int failures = 0;

void check(bool ok, const char* what) {
  if (!ok) {
    std::printf("FAILED: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  check(ec.value() == 10061, "errc converts to std::error_code");
  check(ec.category() == wsaerror::category(), "in the winsock category");
  check(std::string_view(ec.category().name()) == "winsock", "category name");
  check(ec.message() == "Connection refused.", "message()");
  check(ec == std::errc::connection_refused, "== std::errc");
  check(ec == wsaerror::errc::connection_refused, "== wsaerror::errc");
  check(ec != wsaerror::errc::timed_out, "!= another errc");
  check(std::error_code(wsaerror::errc::host_not_found) == wsaerror::condition::resolver,
        "== wsaerror::condition");
  check(std::error_code(wsaerror::errc::connection_reset) == wsaerror::condition::connection_lost,
        "== condition::connection_lost");
  check(std::error_code(wsaerror::errc::no_buffer_space) == wsaerror::condition::low_resources,
        "== condition::low_resources");
  check(ec != wsaerror::condition::resolver, "!= another condition");
  check(wsaerror::all_conditions().size() == wsaerror::condition_count &&
            wsaerror::all_conditions()[0] == wsaerror::condition::resolver,
        "all_conditions()");
  check(wsaerror::to_string(wsaerror::condition::low_resources) == "low_resources",
        "to_string(condition)");
  check(wsaerror::normalize(ec) == ec, "normalize");
  check(wsaerror::holds_winsock(ec) && !wsaerror::holds_winsock(std::make_error_code(std::errc::io_error)),
        "holds_winsock");
  check(wsaerror::find(ec) == wsaerror::find(10061), "find(error_code)");
  check(wsaerror::to_string(wsaerror::errc::would_block) == "WSAEWOULDBLOCK", "to_string");
  const wsaerror::error_info* e = wsaerror::parse("0x8007274D");
  check(e != nullptr && e->value == 10061, "parse(HRESULT)");
  check(wsaerror::find("ECONNREFUSED") == wsaerror::find(10061), "find(name)");
  check(wsaerror::find(12345) == nullptr, "find(no code)");
  check(wsaerror::all().size() == wsaerror::code_count, "all()");
  const std::array<wsaerror::error_info, wsaerror::code_count>& every = wsaerror::all();
  check(every.front().value == 6 && every.back().value == 11033, "all()");
  const wsaerror::error_info* zh = wsaerror::find(10061, wsaerror::zh_tw);
  check(zh != nullptr && zh->value == 10061 && zh->message != e->message, "find(value, zh_tw)");
  check(wsaerror::languages[1]->tag == "zh-TW", "languages");
  check(wsaerror::find_language("de_AT.UTF-8") == &wsaerror::de_de, "find_language");
  check(&wsaerror::language_for("xx") == &wsaerror::en_us, "language_for");
  check(wsaerror::message(ec, wsaerror::de_de) == "Die Verbindung wurde abgelehnt.", "message(ec, de_de)");
  check(wsaerror::label(*wsaerror::find(10061)) == "WSAECONNREFUSED (10061)", "label");
  check(wsaerror::hex(10061) == "0x274D", "hex");
  long long n = 0;
  check(wsaerror::parse_integer(" 0x274D ", n) && n == 10061, "parse_integer");
  check(wsaerror::trim("(10061).") == "10061", "trim");
  try {
    throw std::system_error(wsaerror::errc::timed_out, "connect");
  } catch (const std::system_error& ex) {
    check(ex.code() == wsaerror::errc::timed_out, "system_error code()");
    check(std::string(ex.what()) == "connect: Connection timed out.", "system_error what()");
    check(wsaerror::localized_what(ex, wsaerror::de_de).rfind("connect: ", 0) == 0 &&
              wsaerror::localized_what(ex, wsaerror::de_de) != ex.what(),
          "localized_what");
  }
  std::printf("%s: %s\n", failures == 0 ? "module ok" : "module FAILED", ec.message().c_str());
  return failures == 0 ? 0 : 1;
}
