// SPDX-License-Identifier: MIT
// The "winsock" std::error_category, wsaerror::errc and wsaerror::condition,
// and their std::errc mapping: what makes Winsock codes std::error_codes.
#ifndef WSAERROR_CATEGORY_HPP_INCLUDED
#define WSAERROR_CATEGORY_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "generated/codes.hpp"
#include "generated/enums.hpp"
#include "generated/text_en_us.hpp"

namespace std {
/// std::error_code ec = wsaerror::errc::connection_refused; compiles.
template <>
struct is_error_code_enum<wsaerror::errc> : true_type {};
/// ec == wsaerror::condition::resolver compiles.
template <>
struct is_error_condition_enum<wsaerror::condition> : true_type {};
}  // namespace std

namespace wsaerror {

/// The category of Winsock codes: name() is "winsock", messages are the docs'.
inline const std::error_category& category() noexcept;
/// The category of wsaerror::condition.
inline const std::error_category& condition_category() noexcept;

namespace detail {

/// The condition bit of `c` in code_conditions, 0 for a value no condition has.
constexpr unsigned condition_bit(int c) noexcept {
  return c >= 1 && c <= condition_count ? 1u << (c - 1) : 0u;
}

/// Whether the code at index i equals std::errc value e as a condition.
constexpr bool matches_generic(int i, int e) noexcept {
  return (code_generic[i] != std::errc{} && static_cast<int>(code_generic[i]) == e) ||
         (code_generic_also[i] != std::errc{} && static_cast<int>(code_generic_also[i]) == e);
}

/// `prefix` followed by `value` in decimal (std::to_string costs more to compile).
inline std::string with_number(std::string_view prefix, int value) {
  char digits[12];
  char* p = digits + sizeof digits;
  unsigned magnitude = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) *--p = '-';
  std::string out(prefix);
  out.append(p, static_cast<std::size_t>(digits + sizeof digits - p));
  return out;
}

/// "Unknown Winsock error N": what message() says for a value with no entry.
inline std::string unknown_message(int value) { return with_number("Unknown Winsock error ", value); }

class winsock_category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "winsock"; }

  std::string message(int value) const override {
    const int i = index_of(value);
    return i < 0 ? unknown_message(value) : std::string(en_us::messages[i]);
  }

  std::error_condition default_error_condition(int value) const noexcept override {
    const int i = index_of(value);
    if (i >= 0 && code_generic[i] != std::errc{}) {
      return std::make_error_condition(code_generic[i]);
    }
    return std::error_condition(value, *this);
  }

  // wsaerror::condition membership is answered by the condition category's
  // equivalent(), which operator== also asks: this category need not know it.
  bool equivalent(int value, const std::error_condition& cond) const noexcept override {
    const int i = index_of(value);
    if (i >= 0 && cond.category() == std::generic_category()) {
      return matches_generic(i, cond.value());
    }
    return default_error_condition(value) == cond;
  }
};

class condition_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "winsock.condition"; }

  std::string message(int value) const override {
    if (condition_bit(value) == 0) {
      return with_number("Unknown Winsock condition ", value);
    }
    return std::string(condition_messages[value - 1]);
  }

  bool equivalent(const std::error_code& ec, int cond) const noexcept override {
    if (ec.category() != wsaerror::category()) {
      return false;
    }
    const int i = index_of(ec.value());
    return i >= 0 && (code_conditions[i] & condition_bit(cond)) != 0;
  }
};

}  // namespace detail

inline const std::error_category& category() noexcept {
  static const detail::winsock_category instance;
  return instance;
}

inline const std::error_category& condition_category() noexcept {
  static const detail::condition_category_impl instance;
  return instance;
}

/// The macro name of a code ("WSAECONNREFUSED"), or "" for a value that is no code.
constexpr std::string_view to_string(errc e) noexcept {
  const int i = detail::index_of(static_cast<int>(e));
  return i < 0 ? std::string_view() : detail::code_names[i];
}

/// The enumerator name of a condition ("resolver"), or "" for other values.
constexpr std::string_view to_string(condition c) noexcept {
  const int v = static_cast<int>(c);
  return detail::condition_bit(v) == 0 ? std::string_view() : detail::condition_names[v - 1];
}

/// The std::error_code of a wsaerror::errc (found by ADL).
inline std::error_code make_error_code(errc e) noexcept {
  return std::error_code(static_cast<int>(e), category());
}

/// The std::error_condition of a wsaerror::condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return std::error_condition(static_cast<int>(c), condition_category());
}

}  // namespace wsaerror

#endif
