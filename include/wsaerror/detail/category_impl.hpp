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
#include "../generated/category_data.hpp"
#include "code_data.hpp"
#include "message.hpp"

namespace wsaerror {
namespace detail {

/// index_of() for message() and default_error_condition(), which no hot loop
/// calls: compiled once instead of inlined into each, 19M fewer compiler
/// instructions at g++ -O2 (6M at clang -O2) in every header-only translation
/// unit that makes a code. The equivalent() overloads, which every
/// `ec == std::errc::x` runs, keep the inline index_of(): out of line it made
/// those comparisons run 30% more instructions.
WSAERROR_NOINLINE inline int category_index(int value) noexcept { return index_of(value); }

/// Whether the code at index i equals std::errc value e as a condition.
constexpr bool matches_generic(int i, int e) noexcept {
  const std::errc generic = code_generic(i);
  const std::errc also = code_generic_also(i);
  return (generic != std::errc{} && static_cast<int>(generic) == e) ||
         (also != std::errc{} && static_cast<int>(also) == e);
}

/// The bytes of string i of a pool, for message_string().
struct pool_text {
  const char* data;
  std::size_t size;
};

/// String i of `pool` (i >= 0), without making a std::string_view.
constexpr pool_text text_at(const string_pool& pool, int i) noexcept {
  const char16_t* at = pool.offsets + i;
  return pool_text{pool.chars + at[0], static_cast<std::size_t>(at[1] - at[0])};
}

/// What message() says for `value` in the winsock category (0 is no error:
/// Windows' text for ERROR_SUCCESS), or {nullptr, 0} for a value with no entry.
inline pool_text code_message(int value) noexcept {
  if (value == 0) return pool_text{"The operation completed successfully.", 37};
  const int i = category_index(value);
  return i < 0 ? pool_text{nullptr, 0} : text_at(en_us::messages, i);
}

/// What message() says for a wsaerror::condition value, or {nullptr, 0}.
constexpr pool_text condition_message(int value) noexcept {
  return condition_bit(value) == 0 ? pool_text{nullptr, 0} : text_at(condition_messages, value - 1);
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
    const pool_text t = conditions_ ? condition_message(value) : code_message(value);
    return message_string(t.data, t.size,
                          conditions_ ? unknown_condition_prefix : unknown_code_prefix,
                          value);
  }

  // The winsock category maps a code to its std::errc; a condition stays itself.
  std::error_condition default_error_condition(int value) const noexcept override {
    const int i = conditions_ ? -1 : category_index(value);
    const std::errc generic = i >= 0 ? code_generic(i) : std::errc{};
    if (generic != std::errc{}) return std::make_error_condition(generic);
    return std::error_condition(value, *this);
  }

  // The winsock category: the same answers as "default_error_condition(value)
  // == cond, or the second std::errc", with the cheap value test first (most
  // comparisons in a hot loop are mismatches). wsaerror::condition membership
  // is the condition category's equivalent() below, which operator== also asks.
  bool equivalent(int value, const std::error_condition& cond) const noexcept override {
    const int i = conditions_ ? -1 : index_of(value);
    if (i >= 0 && matches_generic(i, cond.value())) {
      return cond.category() == std::generic_category();
    }
    const bool stays_here = i < 0 || code_generic(i) == std::errc{};
    return stays_here && cond.value() == value && cond.category() == *this;
  }

  // The condition category: whether `ec` holds a Winsock code in condition
  // `cond` (holds_winsock() decides). The winsock category: the standard rule.
  bool equivalent(const std::error_code& ec, int cond) const noexcept override {
    if (!conditions_) return ec.category() == *this && ec.value() == cond;
    const int i = index_of(ec.value());
    return i >= 0 && holds_winsock(ec) && (code_conditions(i) & condition_bit(cond)) != 0;
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
