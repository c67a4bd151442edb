// SPDX-License-Identifier: MIT
// The class of the two std::error_category objects and the functions that
// return them. Included by category.hpp (header-only) or by src.hpp
// (WSAERROR_SEPARATE_COMPILATION).
#ifndef WSAERROR_DETAIL_CATEGORY_IMPL_HPP_INCLUDED
#define WSAERROR_DETAIL_CATEGORY_IMPL_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "../category.hpp"
#include "../generated/conditions.hpp"
#include "../generated/category_data.hpp"
#include "message.hpp"

namespace wsaerror {
namespace detail {

/// The category's row of `value`, or nullptr, for message() and
/// default_error_condition(), which no hot loop calls: compiled once instead
/// of inlined into each (cheaper to compile). The equivalent() overloads,
/// which every `ec == std::errc::x` runs, keep the inline index_of() (faster
/// to run; see docs/performance.md).
WSAERROR_NOINLINE inline const category_row* row_for_category(int value) noexcept {
  const int i = index_of(value);
  return i < 0 ? nullptr : &category_rows[static_cast<std::size_t>(i)];
}

/// Whether `row`'s code equals std::errc value e as a condition.
constexpr bool matches_generic(const category_row& row, int e) noexcept {
  return (row.generic != std::errc{} && static_cast<int>(row.generic) == e) ||
         (row.generic_also != std::errc{} && static_cast<int>(row.generic_also) == e);
}

/// What message() says for `value` in the winsock category (0 is no error:
/// Windows' text for ERROR_SUCCESS), or an empty view for a value with no entry.
inline std::string_view code_message(int value) noexcept {
  if (value == 0) return std::string_view("The operation completed successfully.", 37);
  const category_row* row = row_for_category(value);
  return row ? std::string_view(row->message, row->message_size) : std::string_view();
}

/// What message() says for a wsaerror::condition value, or an empty view.
constexpr std::string_view condition_message(int value) noexcept {
  return condition_bit(value) == 0 ? std::string_view()
                                   : std::string_view(condition_texts[static_cast<std::size_t>(value - 1)].message);
}

/// Whether a code of another category than winsock is in condition `cond`:
/// when the std::errc its default_error_condition() is, is (errc_conditions,
/// derived from the codes that map to it). Out of line: the hot comparison of
/// a Winsock code then runs what it ran before this existed.
WSAERROR_NOINLINE inline bool errc_in_condition(const std::error_code& ec, int cond) noexcept {
  if (is_winsock_category(ec.category())) return false;  // a value no code has
  const std::error_condition generic = ec.default_error_condition();
  // Boost 1.74's std::error_code gives its conditions in a wrapper of Boost's
  // generic category, named "generic" as std::generic_category() is: a
  // condition in a category of that name holds an errno value (by name only:
  // a behaviour check cost 2% more compile time, see docs/boost.md).
  if (generic.category() != std::generic_category() &&
      !same_name(generic.category().name(), "generic")) {
    return false;
  }
  unsigned bits = 0;  // two std::errc may share a value (glibc: EAGAIN, EWOULDBLOCK)
  for (const errc_condition_row& row : errc_conditions) {
    if (static_cast<int>(row.value) == generic.value()) bits |= row.conditions;
  }
  return (bits & condition_bit(cond)) != 0;
}

/// Whether `ec` is in wsaerror::condition `cond`: the one rule every feature
/// asks (==, the test helpers' matchers). A Winsock code (holds_winsock()) is
/// in its row's conditions; a code of another category (a std::errc, a POSIX
/// errno in std::system_category()) in those of its std::errc, so that
/// ECONNRESET on Linux is connection_lost as WSAECONNRESET is.
inline bool in_condition(const std::error_code& ec, int cond) noexcept {
  int value = 0;
  if (held_winsock_value(ec, value)) {
    const int i = index_of(value);
    if (i >= 0) return (category_rows[static_cast<std::size_t>(i)].conditions & condition_bit(cond)) != 0;
  }
  return errc_in_condition(ec, cond);
}

/// The class of both categories; `conditions_` tells which one an object is.
/// One class, not two: a header-only program compiles one set of virtual
/// functions and one vtable.
class WSAERROR_VISIBLE winsock_category final : public std::error_category {
 public:
  constexpr explicit winsock_category(bool conditions) noexcept : conditions_(conditions) {}

  const char* name() const noexcept override {
    return conditions_ ? "winsock.condition" : "winsock";
  }

  std::string message(int value) const override {
    const std::string_view t = conditions_ ? condition_message(value) : code_message(value);
    return message_string(t.data(), t.size(),
                          conditions_ ? unknown_condition_prefix : unknown_code_prefix,
                          value);
  }

  // The winsock category maps a code to its std::errc; a condition stays itself.
  std::error_condition default_error_condition(int value) const noexcept override {
    const category_row* row = conditions_ ? nullptr : row_for_category(value);
    const std::errc generic = row ? row->generic : std::errc{};
    if (generic != std::errc{}) return std::make_error_condition(generic);
    return std::error_condition(value, *this);
  }

  // The winsock category: the same answers as "default_error_condition(value)
  // == cond, or the second std::errc", with the cheap value test first (most
  // comparisons in a hot loop are mismatches). wsaerror::condition membership
  // is the condition category's equivalent() below, which operator== also asks.
  bool equivalent(int value, const std::error_condition& cond) const noexcept override {
    const int i = conditions_ ? -1 : index_of(value);
    if (i >= 0) {
      const category_row& row = category_rows[static_cast<std::size_t>(i)];
      if (matches_generic(row, cond.value())) return cond.category() == std::generic_category();
      if (row.generic != std::errc{}) return false;  // it does not stay a winsock condition
    }
    return cond.value() == value && cond.category() == *this;
  }

  // The condition category: whether `ec` is in condition `cond`
  // (in_condition()). The winsock category: the standard rule.
  bool equivalent(const std::error_code& ec, int cond) const noexcept override {
    if (!conditions_) return ec.category() == *this && ec.value() == cond;
    return in_condition(ec, cond);
  }

 private:
  bool conditions_;
};

/// A T made at compile time and never destroyed: usable from any static
/// destructor, and its first use runs no code. A function-local static would
/// run a guard and register its destructor at first use, which on MinGW resets
/// the thread's last error: std::error_code ec(WSAGetLastError(), category())
/// then read 0 when category() was evaluated first.
template <class T>
union never_destroyed {
  T value;
  constexpr explicit never_destroyed(bool arg) noexcept : value(arg) {}
  ~never_destroyed() {}
};

/// The winsock category (one per program on ELF, per module on Windows when header-only).
WSAERROR_NO_DESTROY WSAERROR_CONSTINIT WSAERROR_CATEGORY_OBJECT const
    never_destroyed<winsock_category> winsock_category_instance{false};
/// The condition category.
WSAERROR_NO_DESTROY WSAERROR_CONSTINIT WSAERROR_CATEGORY_OBJECT const
    never_destroyed<winsock_category> condition_category_instance{true};

}  // namespace detail

WSAERROR_CATEGORY_INLINE const std::error_category& category() noexcept {
  return detail::winsock_category_instance.value;
}

WSAERROR_CATEGORY_INLINE const std::error_category& condition_category() noexcept {
  return detail::condition_category_instance.value;
}

}  // namespace wsaerror

#endif
