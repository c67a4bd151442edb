// SPDX-License-Identifier: MIT
// The texts the test-framework helpers print (<wsaerror/catch2.hpp>,
// <wsaerror/gtest.hpp>, <wsaerror/doctest.hpp>): one implementation, so that
// Catch2, GoogleTest and doctest name a code, a condition, an entry and a
// std::error_code in the same words, and their matchers describe themselves
// alike. Whether an error_code holds a Winsock code is asked of find(ec),
// that is of detail::held_winsock_value, the one rule; nothing here looks a
// code up another way. Needs no test framework.
#ifndef WSAERROR_DETAIL_DESCRIBE_HPP_INCLUDED
#define WSAERROR_DETAIL_DESCRIBE_HPP_INCLUDED

#include <string>
#include <system_error>

#include "../table.hpp"
#include "format_spec.hpp"
#include "number_text.hpp"
#include "std_errc_names.hpp"

namespace wsaerror {
namespace detail {

/// An errc: "WSAECONNREFUSED (10061)"; the number alone for a value that is no code.
inline std::string describe(errc e) {
  const error_info* info = find(e);
  return info ? label(*info) : decimal(static_cast<int>(e));
}

/// A condition: "wsaerror::condition::resolver (name resolution failed)";
/// "wsaerror::condition(99)" for a value no enumerator has.
inline std::string describe(condition c) {
  const std::string_view name = to_string(c);
  if (name.empty()) return with_number("wsaerror::condition(", static_cast<int>(c)) + ")";
  return "wsaerror::condition::" + std::string(name) + " (" + make_error_condition(c).message() + ")";
}

/// An entry: "WSAECONNREFUSED (10061)".
inline std::string describe(const error_info& e) { return label(e); }

/// A find() result: the entry as above, or "nullptr" (not an address).
inline std::string describe(const error_info* e) { return e ? label(*e) : std::string("nullptr"); }

/// A std::error_code as a test framework prints it: "category:value" as its
/// operator<< writes it, followed by the macro name when it holds a Winsock
/// code of the table: "winsock:10060 (WSAETIMEDOUT)", on Windows also
/// "system:10060 (WSAETIMEDOUT)"; any other code as before ("generic:111").
inline std::string describe(const std::error_code& ec) {
  std::string out = with_number(std::string(ec.category().name()) + ":", ec.value());
  if (const error_info* e = find(ec)) {
    out += " (";
    out += e->name;
    out += ')';
  }
  return out;
}

/// What a matcher saw: "WSAECONNRESET (10054): Connection reset by peer." for
/// a code that holds a Winsock code of the table, else "generic:111
/// (Connection refused)".
inline std::string describe_found(const std::error_code& ec) {
  if (const error_info* e = find(ec)) return format_text(e, e->value, 'l');
  return with_number(std::string(ec.category().name()) + ":", ec.value()) + " (" + ec.message() + ")";
}

/// The matchers' expectations, the same in every framework.
/// "is Winsock error WSAECONNREFUSED (10061): Connection refused."
inline std::string expect_is_error(errc e) {
  return "is Winsock error " + format_text(find(e), static_cast<int>(e), 'l');
}

/// "has condition std::errc::timed_out" (the enumerator, not the platform's number).
inline std::string expect_condition(std::errc e) { return "has condition " + std_errc_spelling(e); }

/// "is in wsaerror::condition::resolver [name resolution failed]": the meaning
/// in brackets, as some messages hold parentheses themselves ("the connection
/// was lost (reset, ...)") and a "(got ...)" may follow.
inline std::string expect_condition(condition c) {
  return "is in wsaerror::condition::" + std::string(to_string(c)) + " [" +
         make_error_condition(c).message() + "]";
}

/// "holds a Winsock code" (holds_winsock()).
inline std::string expect_winsock() { return "holds a Winsock code"; }

/// The negations, where a framework asks for them (gMock's DescribeNegationTo).
/// "is not Winsock error WSAECONNREFUSED (10061): Connection refused."
inline std::string expect_not_error(errc e) {
  return "is not Winsock error " + format_text(find(e), static_cast<int>(e), 'l');
}
/// "does not have condition std::errc::timed_out"
inline std::string expect_not_condition(std::errc e) {
  return "does not have condition " + std_errc_spelling(e);
}
/// "is not in wsaerror::condition::resolver [name resolution failed]"
inline std::string expect_not_condition(condition c) {
  return "is not in wsaerror::condition::" + std::string(to_string(c)) + " [" +
         make_error_condition(c).message() + "]";
}
/// "does not hold a Winsock code"
inline std::string expect_not_winsock() { return "does not hold a Winsock code"; }

}  // namespace detail
}  // namespace wsaerror

#endif
