// SPDX-License-Identifier: MIT
// The winsock category: messages, std::errc mapping, equivalence, conditions.
#include <wsaerror/category.hpp>

#include <cerrno>
#include <climits>
#include <map>
#include <set>
#include <string>
#include <system_error>

#include <wsaerror/table.hpp>

#include "../support/catch.hpp"

namespace {

using std::errc;

// The core issue's mapping table (default_error_condition), typed from it.
const std::map<int, errc> expected_generic = {
    {6, errc::invalid_argument}, {8, errc::not_enough_memory}, {87, errc::invalid_argument},
    {995, errc::operation_canceled}, {996, errc::resource_unavailable_try_again},
    {997, errc::operation_in_progress}, {10004, errc::interrupted},
    {10009, errc::bad_file_descriptor}, {10013, errc::permission_denied},
    {10014, errc::bad_address}, {10022, errc::invalid_argument},
    {10024, errc::too_many_files_open}, {10035, errc::operation_would_block},
    {10036, errc::operation_in_progress}, {10037, errc::connection_already_in_progress},
    {10038, errc::not_a_socket}, {10039, errc::destination_address_required},
    {10040, errc::message_size}, {10041, errc::wrong_protocol_type},
    {10042, errc::no_protocol_option}, {10043, errc::protocol_not_supported},
    {10045, errc::operation_not_supported}, {10046, errc::address_family_not_supported},
    {10047, errc::address_family_not_supported}, {10048, errc::address_in_use},
    {10049, errc::address_not_available}, {10050, errc::network_down},
    {10051, errc::network_unreachable}, {10052, errc::network_reset},
    {10053, errc::connection_aborted}, {10054, errc::connection_reset},
    {10055, errc::no_buffer_space}, {10056, errc::already_connected},
    {10057, errc::not_connected}, {10058, errc::broken_pipe}, {10060, errc::timed_out},
    {10061, errc::connection_refused}, {10062, errc::too_many_symbolic_link_levels},
    {10063, errc::filename_too_long}, {10064, errc::host_unreachable},
    {10065, errc::host_unreachable}, {10066, errc::directory_not_empty},
    {10103, errc::operation_canceled}, {10111, errc::operation_canceled},
};

// The second conditions (equivalent() only).
const std::multimap<int, errc> expected_also = {
    {6, errc::bad_file_descriptor},
    {997, errc::resource_unavailable_try_again},
    {10035, errc::resource_unavailable_try_again},
    {10045, errc::not_supported},
};

// The condition groups (plus 10060 and 11032, see docs/errc-mapping.md; 10004 is
// not transient on Windows, see docs/errc-mapping.md).
std::set<int> group(wsaerror::condition c) {
  using wsaerror::condition;
  switch (c) {
    case condition::resolver: return {11001, 11002, 11003, 11004, 10108, 10109, 11032};
    case condition::startup: return {10067, 10091, 10092, 10093};
    case condition::provider: return {10104, 10105, 10106, 10107};
    case condition::qos: {
      std::set<int> s;
      for (int v = 11005; v <= 11031; ++v) s.insert(v);
      return s;
    }
    case condition::transient:
      return {10035, 10036, 10037, 10055, 11002, 996, 997, 10060};
    case condition::connection_lost: return {10052, 10053, 10054, 10058, 10101};
    case condition::low_resources: return {8, 10024, 10055};
  }
  return {};
}

constexpr auto all_conditions = wsaerror::all_conditions();

}  // namespace

TEST_CASE("the category's name is winsock", "[category]") {
  CHECK(std::string(wsaerror::category().name()) == "winsock");
  CHECK(&wsaerror::category() == &wsaerror::category());
  const std::error_code ec = wsaerror::errc::connection_refused;
  CHECK(ec.category() == wsaerror::category());
  CHECK(ec.value() == 10061);
}

TEST_CASE("message() is the docs' short message for every code", "[category]") {
  for (const wsaerror::error_info& e : wsaerror::all()) {
    INFO(e.name);
    CHECK(wsaerror::category().message(e.value) == e.message);
    CHECK(std::error_code(e.code()).message() == e.message);
  }
}

TEST_CASE("unknown values get a message that names the number", "[category]") {
  for (int v : {-1, INT_MIN, INT_MAX, 1, 10000, 10010, 11034}) {
    INFO(v);
    CHECK(wsaerror::category().message(v) == "Unknown Winsock error " + std::to_string(v));
    CHECK(wsaerror::category().default_error_condition(v) ==
          std::error_condition(v, wsaerror::category()));
    CHECK(std::error_code(v, wsaerror::category()) != errc::connection_refused);
    CHECK(std::error_code(v, wsaerror::category()) != wsaerror::condition::transient);
  }
}

TEST_CASE("message(0) is Windows' text for success", "[category]") {
  // en-US System Error Codes (0-499): ERROR_SUCCESS, "The operation completed successfully."
  CHECK(wsaerror::category().message(0) == "The operation completed successfully.");
  CHECK(std::error_code(0, wsaerror::category()).message() == "The operation completed successfully.");
  CHECK(wsaerror::find(0) == nullptr);  // 0 is no Winsock error
}

TEST_CASE("all_conditions() lists every condition once, in order, with a name", "[category]") {
  static_assert(wsaerror::all_conditions().size() == 7);
  static_assert(wsaerror::all_conditions()[0] == wsaerror::condition::resolver);
  static_assert(wsaerror::all_conditions()[6] == wsaerror::condition::low_resources);
  std::set<std::string> names;
  for (wsaerror::condition c : wsaerror::all_conditions()) {
    CHECK_FALSE(wsaerror::to_string(c).empty());
    CHECK(wsaerror::make_error_condition(c).message().rfind("Unknown", 0) != 0);
    names.insert(std::string(wsaerror::to_string(c)));
  }
  CHECK(names.size() == wsaerror::all_conditions().size());
  CHECK(wsaerror::to_string(static_cast<wsaerror::condition>(wsaerror::condition_count + 1)).empty());
}

TEST_CASE("default_error_condition follows the mapping table for every code", "[category]") {
  for (const wsaerror::error_info& e : wsaerror::all()) {
    INFO(e.name);
    const std::error_condition cond = wsaerror::category().default_error_condition(e.value);
    const auto it = expected_generic.find(e.value);
    if (it != expected_generic.end()) {
      CHECK(cond == std::make_error_condition(it->second));
      CHECK(std::error_code(e.code()) == it->second);
    } else {
      CHECK(cond == std::error_condition(e.value, wsaerror::category()));
    }
  }
  // 10112 is a refused database query, not a refused connection.
  CHECK(std::error_code(wsaerror::errc::query_refused) != errc::connection_refused);
}

TEST_CASE("equivalent() honours exactly the primary and second conditions", "[category]") {
  // Every std::errc a code could be compared with.
  std::set<int> every_errc;
  for (const auto& m : expected_generic) every_errc.insert(static_cast<int>(m.second));
  for (const auto& m : expected_also) every_errc.insert(static_cast<int>(m.second));
  for (const wsaerror::error_info& e : wsaerror::all()) {
    std::set<int> want;
    if (auto it = expected_generic.find(e.value); it != expected_generic.end()) {
      want.insert(static_cast<int>(it->second));
    }
    auto range = expected_also.equal_range(e.value);
    for (auto it = range.first; it != range.second; ++it) want.insert(static_cast<int>(it->second));
    for (int g : every_errc) {
      INFO(e.name << " vs errno " << g);
      const bool eq = std::error_code(e.code()) == std::error_condition(g, std::generic_category());
      CHECK(eq == (want.count(g) == 1));
    }
  }
  // What POSIX-style code checks, on any platform.
  const std::error_code would_block = wsaerror::errc::would_block;
  CHECK(would_block == errc::operation_would_block);
  CHECK(would_block == errc::resource_unavailable_try_again);
  const std::error_code opnotsupp = wsaerror::errc::operation_not_supported;
  CHECK(opnotsupp == errc::operation_not_supported);
  CHECK(opnotsupp == errc::not_supported);
}

TEST_CASE("wsaerror::condition groups codes std::errc cannot", "[category][condition]") {
  CHECK(std::string(wsaerror::condition_category().name()) == "winsock.condition");
  for (const wsaerror::condition c : all_conditions) {
    const std::set<int> members = group(c);
    CHECK(!wsaerror::condition_category().message(static_cast<int>(c)).empty());
    for (const wsaerror::error_info& e : wsaerror::all()) {
      INFO(e.name << " in " << wsaerror::to_string(c));
      const std::error_code ec = e.code();
      CHECK((ec == c) == (members.count(e.value) == 1));
      CHECK(e.has(c) == (members.count(e.value) == 1));
    }
  }
  // A number of another category is not a Winsock code: generic 11001 is no
  // resolver failure (and no std::errc in any condition).
  CHECK(std::error_code(11001, std::generic_category()) != wsaerror::condition::resolver);
  CHECK(wsaerror::condition_category().message(99) == "Unknown Winsock condition 99");
}

// A condition means the same on every OS: a std::errc, and a POSIX errno in
// std::system_category(), are in the conditions of the Winsock codes that mean
// the same. The expected groups are the (#28), typed from it, not read
// from the library's table.
TEST_CASE("conditions hold for std::errc codes as for the Winsock codes that mean the same",
          "[category][condition]") {
  using wsaerror::condition;
  const auto in = [](errc e, condition c) { return std::make_error_code(e) == c; };
  CHECK(in(errc::connection_reset, condition::connection_lost));
  CHECK(in(errc::connection_aborted, condition::connection_lost));
  CHECK(in(errc::network_reset, condition::connection_lost));
  CHECK(in(errc::broken_pipe, condition::connection_lost));  // EPIPE: WSAESHUTDOWN's std::errc
  CHECK(in(errc::resource_unavailable_try_again, condition::transient));
  CHECK(in(errc::operation_would_block, condition::transient));
  CHECK(in(errc::timed_out, condition::transient));
  CHECK(in(errc::operation_in_progress, condition::transient));
  CHECK(in(errc::no_buffer_space, condition::low_resources));
  CHECK(in(errc::no_buffer_space, condition::transient));
  CHECK(in(errc::too_many_files_open, condition::low_resources));
  CHECK(in(errc::too_many_files_open_in_system, condition::low_resources));
  CHECK(in(errc::not_enough_memory, condition::low_resources));
  // in none: EINTR is no longer transient (WSAEINTR is not), ENOENT and
  // ECONNREFUSED mean nothing any condition groups
  for (const condition c : all_conditions) {
    INFO(wsaerror::to_string(c));
    CHECK_FALSE(in(errc::interrupted, c));
    CHECK_FALSE(in(errc::no_such_file_or_directory, c));
    CHECK_FALSE(in(errc::connection_refused, c));
    CHECK_FALSE(in(errc::invalid_argument, c));
  }
  CHECK_FALSE(in(errc::connection_reset, condition::transient));
  CHECK_FALSE(in(errc::timed_out, condition::connection_lost));
  // std::error_condition of a std::errc compares the same way
  CHECK(std::make_error_condition(errc::connection_reset) != wsaerror::condition::resolver);
}

#ifndef _WIN32
// What a POSIX socket call leaves in errno, as std::system_error carries it.
TEST_CASE("POSIX errno values in std::system_category() are in the same conditions",
          "[category][condition]") {
  using wsaerror::condition;
  CHECK(std::error_code(ECONNRESET, std::system_category()) == condition::connection_lost);
  CHECK(std::error_code(ECONNABORTED, std::system_category()) == condition::connection_lost);
  CHECK(std::error_code(EPIPE, std::system_category()) == condition::connection_lost);
  CHECK(std::error_code(EAGAIN, std::system_category()) == condition::transient);
  CHECK(std::error_code(EWOULDBLOCK, std::system_category()) == condition::transient);
  CHECK(std::error_code(ETIMEDOUT, std::system_category()) == condition::transient);
  CHECK(std::error_code(ENOBUFS, std::system_category()) == condition::low_resources);
  CHECK(std::error_code(EMFILE, std::system_category()) == condition::low_resources);
  CHECK(std::error_code(ENFILE, std::system_category()) == condition::low_resources);
  CHECK(std::error_code(EINTR, std::system_category()) != condition::transient);
  CHECK(std::error_code(ENOENT, std::system_category()) != condition::transient);
  CHECK(std::error_code(ECONNREFUSED, std::system_category()) != condition::connection_lost);
}
#endif

TEST_CASE("codes work with std::system_error", "[category]") {
  try {
    throw std::system_error(wsaerror::errc::timed_out, "connect");
  } catch (const std::system_error& ex) {
    CHECK(ex.code() == wsaerror::errc::timed_out);
    CHECK(ex.code() == errc::timed_out);
    CHECK(std::string(ex.what()).find("connect") != std::string::npos);
    CHECK(std::string(ex.what()).find("Connection timed out.") != std::string::npos);
  }
  // A value straight from WSAGetLastError():
  const std::error_code ec(10054, wsaerror::category());
  CHECK(ec == wsaerror::errc::connection_reset);
  CHECK(ec == errc::connection_reset);
  CHECK(ec != wsaerror::errc::connection_refused);
}
