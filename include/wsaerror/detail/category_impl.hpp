// SPDX-License-Identifier: MIT
// The two std::error_category classes and the functions that return their
// one instance. Included by category.hpp (header-only) or by src.hpp
// (WSAERROR_SEPARATE_COMPILATION).
#ifndef WSAERROR_DETAIL_CATEGORY_IMPL_HPP_INCLUDED
#define WSAERROR_DETAIL_CATEGORY_IMPL_HPP_INCLUDED

#include <string>
#include <system_error>

#include "../category.hpp"
#include "../generated/text_en_us.hpp"

namespace wsaerror {
namespace detail {

class WSAERROR_VISIBLE winsock_category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "winsock"; }

  std::string message(int value) const override {
    // 0 is no error: Windows' text for ERROR_SUCCESS (System Error Codes page).
    if (value == 0) return "The operation completed successfully.";
    const int i = index_of(value);
    return i < 0 ? unknown_message(value)
                 : std::string(en_us::messages[static_cast<std::size_t>(i)]);
  }

  std::error_condition default_error_condition(int value) const noexcept override {
    const int i = index_of(value);
    if (i >= 0 && code_generic[i] != std::errc{}) {
      return std::make_error_condition(code_generic[i]);
    }
    return std::error_condition(value, *this);
  }

  // Same answers as "default_error_condition(value) == cond, or the second
  // std::errc", with the cheap value test first: most comparisons in a hot
  // loop are mismatches. wsaerror::condition membership is answered by the
  // condition category's equivalent(), which operator== also asks.
  bool equivalent(int value, const std::error_condition& cond) const noexcept override {
    const int i = index_of(value);
    if (i >= 0 && matches_generic(i, cond.value())) {
      return cond.category() == std::generic_category();
    }
    const bool stays_winsock = i < 0 || code_generic[i] == std::errc{};
    return stays_winsock && cond.value() == value && cond.category() == *this;
  }
};

class WSAERROR_VISIBLE condition_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "winsock.condition"; }

  std::string message(int value) const override {
    if (condition_bit(value) == 0) {
      return with_number("Unknown Winsock condition ", value);
    }
    return std::string(condition_messages[value - 1]);
  }

  bool equivalent(const std::error_code& ec, int cond) const noexcept override {
    const int i = index_of(ec.value());
    return i >= 0 && holds_winsock(ec) && (code_conditions[i] & condition_bit(cond)) != 0;
  }
};

/// A T made at compile time and never destroyed: usable from any static
/// destructor, and its first use runs no code. A function-local static would
/// run a guard and register its destructor at first use, which on MinGW resets
/// the thread's last error: std::error_code ec(WSAGetLastError(), category())
/// then read 0 when category() was evaluated first.
template <class T>
union never_destroyed {
  T value;
  constexpr never_destroyed() noexcept : value() {}
  ~never_destroyed() {}
};

/// The one instance of each category (per module when header-only).
WSAERROR_CONSTINIT WSAERROR_CATEGORY_OBJECT const never_destroyed<winsock_category>
    winsock_category_instance{};
/// The condition category's instance.
WSAERROR_CONSTINIT WSAERROR_CATEGORY_OBJECT const never_destroyed<condition_category_impl>
    condition_category_instance{};

}  // namespace detail

WSAERROR_CATEGORY_INLINE const std::error_category& category() noexcept {
  return detail::winsock_category_instance.value;
}

WSAERROR_CATEGORY_INLINE const std::error_category& condition_category() noexcept {
  return detail::condition_category_instance.value;
}

}  // namespace wsaerror

#endif
