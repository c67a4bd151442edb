// SPDX-License-Identifier: MIT
// The table against the docs: completeness, names, and byte-exact texts.
#include <wsaerror/table.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../support/catch.hpp"

namespace {

// The 95 rows of the Winsock page plus 11032/11033 from the System Error
// Codes page, as the docs list them (typed from the pages, not the table).
const std::vector<std::pair<int, std::string_view>> documented = {
    {6, "WSA_INVALID_HANDLE"}, {8, "WSA_NOT_ENOUGH_MEMORY"}, {87, "WSA_INVALID_PARAMETER"},
    {995, "WSA_OPERATION_ABORTED"}, {996, "WSA_IO_INCOMPLETE"}, {997, "WSA_IO_PENDING"},
    {10004, "WSAEINTR"}, {10009, "WSAEBADF"}, {10013, "WSAEACCES"}, {10014, "WSAEFAULT"},
    {10022, "WSAEINVAL"}, {10024, "WSAEMFILE"}, {10035, "WSAEWOULDBLOCK"},
    {10036, "WSAEINPROGRESS"}, {10037, "WSAEALREADY"}, {10038, "WSAENOTSOCK"},
    {10039, "WSAEDESTADDRREQ"}, {10040, "WSAEMSGSIZE"}, {10041, "WSAEPROTOTYPE"},
    {10042, "WSAENOPROTOOPT"}, {10043, "WSAEPROTONOSUPPORT"}, {10044, "WSAESOCKTNOSUPPORT"},
    {10045, "WSAEOPNOTSUPP"}, {10046, "WSAEPFNOSUPPORT"}, {10047, "WSAEAFNOSUPPORT"},
    {10048, "WSAEADDRINUSE"}, {10049, "WSAEADDRNOTAVAIL"}, {10050, "WSAENETDOWN"},
    {10051, "WSAENETUNREACH"}, {10052, "WSAENETRESET"}, {10053, "WSAECONNABORTED"},
    {10054, "WSAECONNRESET"}, {10055, "WSAENOBUFS"}, {10056, "WSAEISCONN"},
    {10057, "WSAENOTCONN"}, {10058, "WSAESHUTDOWN"}, {10059, "WSAETOOMANYREFS"},
    {10060, "WSAETIMEDOUT"}, {10061, "WSAECONNREFUSED"}, {10062, "WSAELOOP"},
    {10063, "WSAENAMETOOLONG"}, {10064, "WSAEHOSTDOWN"}, {10065, "WSAEHOSTUNREACH"},
    {10066, "WSAENOTEMPTY"}, {10067, "WSAEPROCLIM"}, {10068, "WSAEUSERS"}, {10069, "WSAEDQUOT"},
    {10070, "WSAESTALE"}, {10071, "WSAEREMOTE"}, {10091, "WSASYSNOTREADY"},
    {10092, "WSAVERNOTSUPPORTED"}, {10093, "WSANOTINITIALISED"}, {10101, "WSAEDISCON"},
    {10102, "WSAENOMORE"}, {10103, "WSAECANCELLED"}, {10104, "WSAEINVALIDPROCTABLE"},
    {10105, "WSAEINVALIDPROVIDER"}, {10106, "WSAEPROVIDERFAILEDINIT"},
    {10107, "WSASYSCALLFAILURE"}, {10108, "WSASERVICE_NOT_FOUND"}, {10109, "WSATYPE_NOT_FOUND"},
    {10110, "WSA_E_NO_MORE"}, {10111, "WSA_E_CANCELLED"}, {10112, "WSAEREFUSED"},
    {11001, "WSAHOST_NOT_FOUND"}, {11002, "WSATRY_AGAIN"}, {11003, "WSANO_RECOVERY"},
    {11004, "WSANO_DATA"}, {11005, "WSA_QOS_RECEIVERS"}, {11006, "WSA_QOS_SENDERS"},
    {11007, "WSA_QOS_NO_SENDERS"}, {11008, "WSA_QOS_NO_RECEIVERS"},
    {11009, "WSA_QOS_REQUEST_CONFIRMED"}, {11010, "WSA_QOS_ADMISSION_FAILURE"},
    {11011, "WSA_QOS_POLICY_FAILURE"}, {11012, "WSA_QOS_BAD_STYLE"}, {11013, "WSA_QOS_BAD_OBJECT"},
    {11014, "WSA_QOS_TRAFFIC_CTRL_ERROR"}, {11015, "WSA_QOS_GENERIC_ERROR"},
    {11016, "WSA_QOS_ESERVICETYPE"}, {11017, "WSA_QOS_EFLOWSPEC"}, {11018, "WSA_QOS_EPROVSPECBUF"},
    {11019, "WSA_QOS_EFILTERSTYLE"}, {11020, "WSA_QOS_EFILTERTYPE"},
    {11021, "WSA_QOS_EFILTERCOUNT"}, {11022, "WSA_QOS_EOBJLENGTH"}, {11023, "WSA_QOS_EFLOWCOUNT"},
    {11024, "WSA_QOS_EUNKOWNPSOBJ"}, {11025, "WSA_QOS_EPOLICYOBJ"}, {11026, "WSA_QOS_EFLOWDESC"},
    {11027, "WSA_QOS_EPSFLOWSPEC"}, {11028, "WSA_QOS_EPSFILTERSPEC"},
    {11029, "WSA_QOS_ESDMODEOBJ"}, {11030, "WSA_QOS_ESHAPERATEOBJ"},
    {11031, "WSA_QOS_RESERVED_PETYPE"}, {11032, "WSA_SECURE_HOST_NOT_FOUND"},
    {11033, "WSA_IPSEC_NAME_POLICY_ERROR"},
};

}  // namespace

TEST_CASE("the table holds exactly the documented codes, in order", "[table]") {
  const auto& all = wsaerror::all();
  REQUIRE(all.size() == documented.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO("entry " << i);
    CHECK(all[i].value == documented[i].first);
    CHECK(all[i].name == documented[i].second);
  }
}

TEST_CASE("values, names and enumerators are unique; every field is filled", "[table]") {
  std::set<int> values;
  std::set<std::string_view> names;
  std::set<std::string_view> enumerators;
  for (const wsaerror::error_info& e : wsaerror::all()) {
    INFO(e.name);
    CHECK(values.insert(e.value).second);
    CHECK(names.insert(e.name).second);
    CHECK(enumerators.insert(e.enumerator).second);
    CHECK(!e.message.empty());
    CHECK(!e.system_message.empty());
    CHECK((!e.description.empty() || e.value == 11032 || e.value == 11033));
    // No text starts or ends with a blank or holds a doubled or stray line break.
    for (std::string_view t : {e.message, e.description, e.system_message}) {
      if (t.empty()) continue;
      CHECK(t.front() != ' ');
      CHECK(t.back() != ' ');
      CHECK(t.front() != '\n');
      CHECK(t.back() != '\n');
      CHECK(t.find("\n\n") == std::string_view::npos);
      CHECK(t.find("  ") == std::string_view::npos);
      CHECK(t.find('<') == std::string_view::npos);
      CHECK(t.find("&amp;") == std::string_view::npos);
    }
    CHECK(e.message.find('\n') == std::string_view::npos);
  }
}

TEST_CASE("every enumerator maps to its entry and back", "[table]") {
  for (const wsaerror::error_info& e : wsaerror::all()) {
    INFO(e.name);
    CHECK(static_cast<int>(e.code()) == e.value);
    CHECK(wsaerror::find(e.code()) == &e);
    CHECK(wsaerror::to_string(e.code()) == e.name);
    CHECK(wsaerror::parse(e.enumerator) == &e);
    CHECK(wsaerror::find(e.name) == &e);
    CHECK(wsaerror::find(e.value) == &e);
    // Enumerators are snake_case, never a macro spelling.
    for (char c : e.enumerator) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
  }
}

TEST_CASE("texts are byte-exact copies of the docs", "[table][docs]") {
  using wsaerror::find;
  SECTION("WSAECONNREFUSED") {
    const auto* e = find(10061);
    CHECK(e->message == "Connection refused.");
    CHECK(e->system_message ==
          "No connection could be made because the target machine actively refused it.");
    CHECK(e->description ==
          "No connection could be made because the target computer actively refused it. This "
          "usually results from trying to connect to a service that is inactive on the foreign "
          "host\xE2\x80\x94that is, one with no server application running.");
  }
  SECTION("WSA_IO_PENDING: the message sits outside the <dt>") {
    const auto* e = find(997);
    CHECK(e->name == "WSA_IO_PENDING");
    CHECK(e->message == "Overlapped operations will complete later.");
    CHECK(e->description ==
          "The application has initiated an overlapped operation that cannot be completed "
          "immediately. A completion indication will be given later when the operation has been "
          "completed.");
    CHECK(e->system_message == "Overlapped I/O operation is in progress.");
  }
  SECTION("WSAEACCES: two paragraphs, links' text kept") {
    const auto* e = find(10013);
    CHECK(e->message == "Permission denied.");
    CHECK(e->description ==
          "An attempt was made to access a socket in a way forbidden by its access permissions. "
          "An example is using a broadcast address for sendto without broadcast permission being "
          "set using setsockopt(SO_BROADCAST).\n"
          "Another possible reason for the WSAEACCES error is that when the bind function is "
          "called (on Windows NT 4.0 with SP4 and later), another application, service, or "
          "kernel mode driver is bound to the same address with exclusive access. Such exclusive "
          "access is a new feature of Windows NT 4.0 with SP4 and later, and is implemented by "
          "using the SO_EXCLUSIVEADDRUSE option.");
    CHECK(e->system_message ==
          "An attempt was made to access a socket in a way forbidden by its access permissions.");
  }
  SECTION("WSASYSNOTREADY: four lines, each list item on its own") {
    const auto* e = find(10091);
    CHECK(e->message == "Network subsystem is unavailable.");
    CHECK(e->description ==
          "This error is returned by WSAStartup if the Windows Sockets implementation cannot "
          "function at this time because the underlying system it uses to provide network "
          "services is currently unavailable. Users should check:\n"
          "That the appropriate Windows Sockets DLL file is in the current path.\n"
          "That they are not trying to use more than one Windows Sockets implementation "
          "simultaneously. If there is more than one Winsock DLL on your system, be sure the "
          "first one in the path is appropriate for the network subsystem currently loaded.\n"
          "The Windows Sockets implementation documentation to be sure all necessary components "
          "are currently installed and configured correctly.");
    CHECK(e->system_message ==
          "WSAStartup cannot function at this time because the underlying system it uses to "
          "provide network services is currently unavailable.");
  }
  SECTION("11032 and 11033: only the System Error Codes page documents them") {
    const auto* a = find(11032);
    CHECK(a->name == "WSA_SECURE_HOST_NOT_FOUND");
    CHECK(a->message == "No such host is known securely.");
    CHECK(a->system_message == "No such host is known securely.");
    CHECK(a->description.empty());
    const auto* b = find(11033);
    CHECK(b->name == "WSA_IPSEC_NAME_POLICY_ERROR");
    CHECK(b->message == "Name based IPSEC policy could not be added.");
    CHECK(b->system_message == "Name based IPSEC policy could not be added.");
    CHECK(b->description.empty());
  }
  SECTION("6, 8, 87, 995, 996: system messages of their ERROR_* names") {
    CHECK(find(6)->system_message == "The handle is invalid.");
    CHECK(find(8)->system_message == "Not enough memory resources are available to process this command.");
    CHECK(find(87)->system_message == "The parameter is incorrect.");
    CHECK(find(995)->system_message ==
          "The I/O operation has been aborted because of either a thread exit or an application "
          "request.");
    CHECK(find(996)->system_message == "Overlapped I/O event is not in a signaled state.");
  }
  SECTION("the docs' own spellings stay") {
    CHECK(find(11024)->name == "WSA_QOS_EUNKOWNPSOBJ");
    CHECK(find(10093)->name == "WSANOTINITIALISED");
    CHECK(find(10093)->message == "Successful WSAStartup not yet performed.");
    CHECK(find(11024)->system_message ==
          "An unrecognized object was found in the QOS provider-specific buffer.");
  }
}

TEST_CASE("aliases resolve to their codes", "[table][names]") {
  const std::vector<std::pair<std::string_view, int>> aliases = {
      {"WSANO_ADDRESS", 11004}, {"WSA_QOS_EUNKNOWNPSOBJ", 11024},
      {"ERROR_INVALID_HANDLE", 6}, {"ERROR_NOT_ENOUGH_MEMORY", 8},
      {"ERROR_INVALID_PARAMETER", 87}, {"ERROR_OPERATION_ABORTED", 995},
      {"ERROR_IO_INCOMPLETE", 996}, {"ERROR_IO_PENDING", 997},
      {"HOST_NOT_FOUND", 11001}, {"TRY_AGAIN", 11002}, {"NO_RECOVERY", 11003},
      {"NO_DATA", 11004}, {"NO_ADDRESS", 11004},
      // getaddrinfo()'s errors as mingw-w64's <ws2tcpip.h> defines them (the
      // windows leg checks them against the header itself: winsock_macros.inc)
      {"EAI_AGAIN", 11002}, {"EAI_BADFLAGS", 10022}, {"EAI_FAIL", 11003},
      {"EAI_FAMILY", 10047}, {"EAI_MEMORY", 8}, {"EAI_NONAME", 11001},
      {"EAI_SERVICE", 10109}, {"EAI_SOCKTYPE", 10044}, {"EAI_NODATA", 11004},
  };
  for (const auto& [name, value] : aliases) {
    INFO(name);
    REQUIRE(wsaerror::find(name) != nullptr);
    CHECK(wsaerror::find(name)->value == value);
  }
  // The 37 BSD names of mingw-w64's psdk_inc/_wsa_errnos.h: E* stands for WSAE* 10035-10071.
  int bsd = 0;
  for (const wsaerror::error_info& e : wsaerror::all()) {
    if (e.value < 10035 || e.value > 10071) continue;
    const std::string bsd_name(e.name.substr(3));
    INFO(bsd_name);
    REQUIRE(wsaerror::find(bsd_name) == &e);
    ++bsd;
  }
  CHECK(bsd == 37);
  CHECK(wsaerror::find("EINTR") == nullptr);  // exact find(): only the 37 BSD names
  CHECK(wsaerror::parse("EINTR")->value == 10004);  // parse(): the WSA prefix is optional
}

TEST_CASE("for_each_alias lists every other name of a code", "[table][names]") {
  std::vector<std::string_view> seen;
  wsaerror::for_each_alias(*wsaerror::find(11004), [&](std::string_view a) { seen.push_back(a); });
  CHECK(std::set<std::string_view>(seen.begin(), seen.end()) ==
        std::set<std::string_view>{"WSANO_ADDRESS", "NO_DATA", "NO_ADDRESS", "EAI_NODATA"});
  seen.clear();
  wsaerror::for_each_alias(*wsaerror::find(10091), [&](std::string_view a) { seen.push_back(a); });
  CHECK(seen.empty());
}

// The lookups are plain functions: what users do with a function works on
// them. parse() has one overload, so its bare name goes anywhere a callable
// does; find() and all() are overload sets (find(int), find(name)...;
// all() and all(language)), named through a pointer of the exact type.
TEST_CASE("the lookups work as function pointers, in algorithms and std::function",
          "[table][api]") {
  const wsaerror::error_info* (*by_value)(int) noexcept = &wsaerror::find;
  const wsaerror::error_info* (*by_code)(wsaerror::errc) noexcept = wsaerror::find;
  const wsaerror::error_info* (*by_name)(std::string_view) noexcept = &wsaerror::find;
  const std::array<wsaerror::error_info, wsaerror::code_count>& (*every)() noexcept =
      wsaerror::all;
  const std::vector<int> values{10061, 5, 11001};
  std::vector<const wsaerror::error_info*> found(values.size());
  std::transform(values.begin(), values.end(), found.begin(), by_value);
  REQUIRE(found[0] != nullptr);
  CHECK(found[0]->name == "WSAECONNREFUSED");
  CHECK(found[1] == nullptr);
  CHECK(found[2] == &every()[64]);  // 11001, after the 64 codes below it
  CHECK(every().size() == wsaerror::code_count);
  CHECK(by_code(wsaerror::errc::connection_refused) == found[0]);
  CHECK(by_name("ECONNREFUSED") == found[0]);
  // parse by its bare name: std::transform, std::function, auto, std::invoke
  const std::vector<std::string_view> texts{"econnrefused", "nope", "0x274D"};
  std::vector<const wsaerror::error_info*> parsed(texts.size());
  std::transform(texts.begin(), texts.end(), parsed.begin(), wsaerror::parse);
  CHECK(parsed == std::vector<const wsaerror::error_info*>{found[0], nullptr, found[0]});
  const std::function<const wsaerror::error_info*(std::string_view)> f = wsaerror::parse;
  CHECK(f(" econnrefused ") == found[0]);
  auto g = &wsaerror::parse;
  CHECK(g("WSAECONNREFUSED") == found[0]);
  CHECK(std::invoke(wsaerror::parse, "10061") == found[0]);
  const std::function<const wsaerror::error_info*(int)> h = by_value;
  CHECK(h(10061) == found[0]);
  using wsaerror::find;
  using wsaerror::parse;
  CHECK(find(10061) == found[0]);
  CHECK(parse("0x274D") == found[0]);
}

TEST_CASE("all() is a std::array: standard algorithms and ranges work on it", "[table][api]") {
  const auto& every = wsaerror::all();
  static_assert(std::is_same<decltype(every),
                             const std::array<wsaerror::error_info, wsaerror::code_count>&>::value,
                "all() returns a reference to a std::array");
  CHECK(&every == &wsaerror::all());  // one array: begin() and end() of two calls belong together
  CHECK(std::is_sorted(every.begin(), every.end(),
                       [](const auto& a, const auto& b) { return a.value < b.value; }));
  const auto it = std::find_if(every.rbegin(), every.rend(),
                               [](const wsaerror::error_info& e) { return e.is_status; });
  REQUIRE(it != every.rend());
  CHECK(it->value == 11009);  // the last status report
  CHECK(std::size(every) == every.size());
  CHECK(std::get<0>(every).value == 6);
  const auto& conditions = wsaerror::all_conditions();
  CHECK(conditions.size() == wsaerror::condition_count);
  CHECK(std::find(conditions.begin(), conditions.end(), wsaerror::condition::resolver) !=
        conditions.end());
}
