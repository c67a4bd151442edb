// SPDX-License-Identifier: MIT
// wsaerror::fixed_array: what all() and all_conditions() return.
#ifndef WSAERROR_FIXED_ARRAY_HPP_INCLUDED
#define WSAERROR_FIXED_ARRAY_HPP_INCLUDED

#include <cstddef>

namespace wsaerror {

/// N values of T: std::array's interface for reading them (size(), [],
/// front(), back(), data(), begin()/end() as pointers: range-for, <algorithm>
/// and ranges work) without including <array>, which cost every translation
/// unit that includes wsaerror.hpp 9 to 13 million compiler instructions.
template <class T, std::size_t N>
struct fixed_array {
  static_assert(N > 0, "fixed_array holds at least one value");

  T elements[N];  ///< public, so that fixed_array is an aggregate like std::array

  using value_type = T;                  ///< T
  using size_type = std::size_t;         ///< std::size_t
  using difference_type = std::ptrdiff_t;  ///< std::ptrdiff_t
  using reference = T&;                  ///< T&
  using const_reference = const T&;      ///< const T&
  using pointer = T*;                    ///< T*
  using const_pointer = const T*;        ///< const T*
  using iterator = T*;                   ///< a pointer
  using const_iterator = const T*;       ///< a pointer

  /// N.
  static constexpr std::size_t size() noexcept { return N; }
  /// N.
  static constexpr std::size_t max_size() noexcept { return N; }
  /// false.
  static constexpr bool empty() noexcept { return false; }

  /// Value i (i < N).
  constexpr T& operator[](std::size_t i) noexcept { return elements[i]; }
  /// Value i (i < N).
  constexpr const T& operator[](std::size_t i) const noexcept { return elements[i]; }
  /// The first value.
  constexpr T& front() noexcept { return elements[0]; }
  /// The first value.
  constexpr const T& front() const noexcept { return elements[0]; }
  /// The last value.
  constexpr T& back() noexcept { return elements[N - 1]; }
  /// The last value.
  constexpr const T& back() const noexcept { return elements[N - 1]; }
  /// The first value's address.
  constexpr T* data() noexcept { return elements; }
  /// The first value's address.
  constexpr const T* data() const noexcept { return elements; }

  /// The first value's address.
  constexpr T* begin() noexcept { return elements; }
  /// One past the last value.
  constexpr T* end() noexcept { return elements + N; }
  /// The first value's address.
  constexpr const T* begin() const noexcept { return elements; }
  /// One past the last value.
  constexpr const T* end() const noexcept { return elements + N; }
  /// The first value's address.
  constexpr const T* cbegin() const noexcept { return elements; }
  /// One past the last value.
  constexpr const T* cend() const noexcept { return elements + N; }
};

}  // namespace wsaerror

#endif
