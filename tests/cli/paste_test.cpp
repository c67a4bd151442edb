// SPDX-License-Identifier: MIT
// The tool's reading of pasted text, called as functions: every message and
// system message of every code, in every language the library ships, as
// people paste it (other case, no final period, other whitespace); and the
// scanner's rules on lines, and on a stream with lines longer than it keeps.
#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <wsaerror/lang/all.hpp>
#include <wsaerror/wsaerror.hpp>

#include "../support/catch.hpp"
#include "paste.hpp"
#include "scan.hpp"

namespace {

/// Whether `text` reads as the code `value` (or its alias, the code of the same meaning).
bool names(std::string_view text, int value, int same_as = -1) {
  const wsaerror_tool::reading r = wsaerror_tool::read_argument(text);
  return std::any_of(r.codes.begin(), r.codes.end(), [&](const wsaerror::error_info* e) {
    return e->value == value || e->value == same_as;
  });
}

std::string upper_ascii(std::string s) {
  for (char& c : s) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

std::string without_final_period(std::string s) {
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x82") == 0) s.resize(s.size() - 3);
  return s;
}

std::string spaced(std::string s) {
  std::string out = "  ";
  for (const char c : s) out += c == ' ' ? std::string(" \t ") : std::string(1, c);
  return out + "\n";
}

std::vector<int> values(std::string_view line) {
  std::vector<int> out;
  for (const auto& f : wsaerror_tool::read_line(line)) out.push_back(f.entry->value);
  return out;
}

}  // namespace

TEST_CASE("every message and system message, in every language, names its code") {
  CHECK(std::size(wsaerror::languages) >= 2);
  for (const wsaerror::language* l : wsaerror::languages) {
    for (const wsaerror::error_info& e : wsaerror::all(*l)) {
      for (const std::string_view text : {e.message, e.system_message}) {
        if (text.empty()) continue;
        INFO(l->tag << " " << e.value << " " << text);
        const std::string t(text);
        CHECK(names(t, e.value, e.same_as));
        CHECK(names(upper_ascii(t), e.value, e.same_as));
        CHECK(names(without_final_period(t), e.value, e.same_as));
        CHECK(names(spaced(t), e.value, e.same_as));
      }
    }
  }
}

TEST_CASE("the forms people paste") {
  CHECK(names("Socket Error #10054", 10054));
  CHECK(names("#10054", 10054));
  CHECK(names("error=10054", 10054));
  CHECK(names("errno 10054", 10054));
  CHECK(names("(10054)", 10054));
  CHECK(names("WSAGetLastError() returned 10054", 10054));
  CHECK(names("SocketError.HostNotFound", 11001));
  CHECK(names("An existing connection was forcibly closed by the remote host", 10054));
  CHECK(names("no connection could be made because the target machine actively refused it", 10061));
  const wsaerror_tool::reading two = wsaerror_tool::read_argument("10054 10061");
  REQUIRE(two.codes.size() == 2);
  CHECK(two.codes[0]->value == 10054);
  CHECK(two.codes[1]->value == 10061);
  CHECK(wsaerror_tool::read_argument("0").special == wsaerror_tool::not_a_code::success);
  CHECK(wsaerror_tool::read_argument("-1").special == wsaerror_tool::not_a_code::socket_error);
  CHECK(wsaerror_tool::read_argument("SOCKET_ERROR").special == wsaerror_tool::not_a_code::socket_error);
  CHECK(wsaerror_tool::read_argument("99999").codes.empty());
  CHECK(wsaerror_tool::read_argument("Connection").codes.empty());
}

TEST_CASE("--scan: codes in context are findings") {
  CHECK(values("recv failed: Socket Error #10054") == std::vector<int>{10054});
  CHECK(values("error=10054") == std::vector<int>{10054});
  CHECK(values("errno 10060, code: 10061") == std::vector<int>{10060, 10061});
  CHECK(values("WSAGetLastError() returned 10054") == std::vector<int>{10054});
  CHECK(values("[WinError 10061] No connection could be made") == std::vector<int>{10061});
  CHECK(values("SocketException (10060): A connection attempt failed") == std::vector<int>{10060});
  CHECK(values("SocketError.ConnectionReset") == std::vector<int>{10054});
  CHECK(values("SocketErrorCode: TimedOut") == std::vector<int>{10060});
  CHECK(values("hr=0x80072746") == std::vector<int>{10054});
  CHECK(values("HRESULT -2147014842") == std::vector<int>{10054});
  CHECK(values("connect: WSAECONNREFUSED") == std::vector<int>{10061});
  CHECK(values("wsa_io_pending") == std::vector<int>{997});
  CHECK(values("error 0x274D") == std::vector<int>{10061});
}

TEST_CASE("--scan: bare numbers are no findings") {
  CHECK(values("connect to host:10060").empty());
  CHECK(values("listening on 0.0.0.0:10061").empty());
  CHECK(values("sent 10054 bytes in 10060 ms").empty());
  CHECK(values("pid 10054 started").empty());
  CHECK(values("2024-05-01 10:08:06 INFO ok").empty());
  CHECK(values("error: connect to 10.0.0.5:10060 failed").empty());
  CHECK(values("error 10054ms").empty());
  CHECK(values("error 10054.5").empty());
  CHECK(values("error 10054-01").empty());
  CHECK(values("error -10054").empty());
  CHECK(values("error 12345").empty());
  CHECK(values("WSAStartup WSACleanup WSAGetLastError WSASend").empty());
  CHECK(values("ECONNRESET from the Linux peer").empty());
  CHECK(values("Shutdown requested; ConnectionReset handler installed").empty());
  CHECK(values("version 10.0.10061.1").empty());
  CHECK(values("0x2746 at offset 10054").empty());
}

TEST_CASE("--scan: a line longer than kept is scanned whole, each finding once") {
  // Findings at offsets around every boundary of the stream's buffer.
  std::string line;
  std::vector<std::size_t> columns;
  for (std::size_t at = 1000; at < 5 * wsaerror_tool::max_line; at += 7919) {
    line.append(at - line.size(), 'x');
    line += " error 10054 ";
    columns.push_back(at + 8);
  }
  std::istringstream in(line + "\nerror 10060\n");
  std::vector<std::size_t> got;
  std::vector<std::size_t> lines;
  bool cut = false;
  wsaerror_tool::scan_stream(in, [&](const wsaerror_tool::scanned_line& l) {
    for (const auto& f : l.findings) {
      got.push_back(f.column);
      lines.push_back(l.number);
    }
    cut = cut || (l.number == 1 && l.cut && l.findings.size() == 1 && l.text.size() <= 150);
  });
  columns.push_back(7);
  CHECK(got == columns);
  CHECK(lines.back() == 2);
  CHECK(cut);
}

namespace {

/// The codes of a pasted argument, in order.
std::vector<int> pasted(std::string_view text) {
  std::vector<int> out;
  for (const auto* e : wsaerror_tool::read_argument(text).codes) out.push_back(e->value);
  return out;
}

}  // namespace

TEST_CASE("a system message of every language is found inside a line, pasted and scanned") {
  std::size_t scanned = 0;
  for (const wsaerror::language* l : wsaerror::languages) {
    for (const wsaerror::error_info& e : wsaerror::all(*l)) {
      if (!wsaerror_tool::scanned_message(e.system_message)) continue;
      ++scanned;
      INFO(l->tag << " " << e.value << " " << e.system_message);
      const std::string text(e.system_message);
      // Go's "op: syscall: text", .NET's "text address", no final period, other case.
      for (const std::string& line :
           {"dial tcp 127.0.0.1:8080: connectex: " + text,
            "System.Net.Http.HttpRequestException: " + without_final_period(text) + " (localhost:5001)",
            "(provider: TCP Provider, error: 0 - " + upper_ascii(text) + ")",
            "ERROR " + spaced(text)}) {
        const std::vector<int> got = values(line);
        CHECK(std::find(got.begin(), got.end(), e.value) != got.end());
        const std::vector<int> arg = pasted(line);
        CHECK(std::find(arg.begin(), arg.end(), e.value) != arg.end());
      }
    }
  }
  CHECK(scanned > 600);  // of 776 texts, the ones long enough
}

TEST_CASE("short messages and plain words are no finding in a line, but work whole") {
  CHECK(values("recv: Connection refused.").empty());
  CHECK(values("java.net.SocketException: Connection reset by peer: socket write error").empty());
  CHECK(values("Download interrupted by user").empty());
  CHECK(values("Segmentation fault (core dumped)").empty());
  CHECK(values("Shutdown requested after the operation timed out").empty());
  CHECK(values("curl: (6) Could not resolve host: x").empty());
  CHECK(pasted("Download interrupted by user").empty());
  CHECK(pasted("Segmentation fault (core dumped)").empty());
  CHECK(pasted("curl: (6) Could not resolve host: x").empty());
  CHECK(pasted("interrupted") == std::vector<int>{10004});
  CHECK(pasted("fault") == std::vector<int>{10014});
  CHECK(pasted("timed out") == std::vector<int>{10060});
  CHECK(pasted("Connection refused.") == std::vector<int>{10061});
  CHECK(pasted("10054 10061") == std::vector<int>{10054, 10061});
  CHECK(pasted("WSAECONNRESET ECONNREFUSED") == std::vector<int>{10054, 10061});
  CHECK(pasted("connect to db01:10061 failed: error 10060") == std::vector<int>{10060});
}

TEST_CASE("--scan: the formats programs print") {
  CHECK(values("WSARecv() failed (10054: An existing connection was forcibly closed by the remote host)") ==
        std::vector<int>{10054, 10054});
  CHECK(values("(OS 10054)An existing connection was forcibly closed by the remote host.") ==
        std::vector<int>{10054, 10054});
  CHECK(values("Can't connect to MySQL server on 'localhost' (10061)") == std::vector<int>{10061});
  CHECK(values("Connection refused (0x0000274D/10061)") == std::vector<int>{10061});
  CHECK(values("connect: [system:10061 at x.hpp:1]") == std::vector<int>{10061});
  CHECK(values("read: asio.system:10054") == std::vector<int>{10054});
  CHECK(values("connect: winsock:10061") == std::vector<int>{10061});
  CHECK(values("GetLastError() = 10054") == std::vector<int>{10054});
  CHECK(values("recv failed: 10054") == std::vector<int>{10054});
  CHECK(values("send failed with 10054") == std::vector<int>{10054});
  CHECK(values("connect failed with error: 10061") == std::vector<int>{10061});
  CHECK(values("write:errno=10054") == std::vector<int>{10054});
  CHECK(values("Error at socket(): 10093") == std::vector<int>{10093});
  CHECK(values("WSARecv() returned SOCKET_ERROR, WSAGetLastError() = 997") == std::vector<int>{997});
  CHECK(values("[WinError 6] The handle is invalid") == std::vector<int>{6, 6});  // number, message
}

TEST_CASE("--scan: numbers a person does not read as codes") {
  CHECK(values("resolve: asio.misc:1").empty());
  CHECK(values("file.system:10061").empty());
  CHECK(values("Process 10054 exited with code 10061").empty());
  CHECK(values("Exit code: 10054").empty());
  CHECK(values("make: *** [all] Error 6").empty());
  CHECK(values("error 87").empty());                         // below 10000: a Winsock word needed
  CHECK(values("request failed (997)").empty());
  CHECK(values("GET /login?error=10061&code=10054 HTTP/1.1").empty());
  CHECK(values("GET /api/error/10054 HTTP/1.1").empty());
  CHECK(values("error: retry after 10060 ms").empty());
  CHECK(values("failed 10054 times").empty());
  CHECK(values("HTTP/1.1 503 Service Unavailable (retry after 10060)").empty());
  CHECK(values("[error] 10054#10060: *10061 client closed connection").empty());
  CHECK(values("curl: (7) Failed to connect to 127.0.0.1 port 10061 after 0 ms").empty());
  CHECK(values("error count: 10054").empty());
}

TEST_CASE("--scan: a system message cut by the stream's buffer is found once") {
  // A long line whose messages straddle the points where the stream cuts it.
  const std::string message = "An existing connection was forcibly closed by the remote host.";
  std::string line;
  std::vector<std::size_t> columns;
  for (std::size_t at = 500; at < 4 * wsaerror_tool::max_line; at += 4099) {
    line.append(at - line.size(), 'x');
    line += " wsarecv: ";
    columns.push_back(line.size() + 1);
    line += message;
  }
  std::istringstream in(line + "\n");
  std::vector<std::size_t> got;
  wsaerror_tool::scan_stream(in, [&](const wsaerror_tool::scanned_line& l) {
    for (const auto& f : l.findings) got.push_back(f.column);
  });
  CHECK(got == columns);
}
