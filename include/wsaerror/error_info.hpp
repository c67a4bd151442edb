// SPDX-License-Identifier: MIT
// wsaerror::error_info, what the table holds for one code, and the few other
// types the generated tables under generated/ are written in. Every generated
// header includes this one and nothing else of the library.
#ifndef WSAERROR_ERROR_INFO_HPP_INCLUDED
#define WSAERROR_ERROR_INFO_HPP_INCLUDED

#include <string_view>
#include <system_error>

#include "generated/enums.hpp"

namespace wsaerror {

namespace detail {
/// A pointer into a constexpr table, as the lookups return it. GCC (12) folds
/// a lookup with a constant argument, `if (find(10061))`, to `&table[i]` and
/// then warns under -Wall that the address is never null (-Waddress), which
/// breaks users' -Werror builds; a pointer that goes through
/// __builtin_is_constant_evaluated() is not folded outside constant
/// evaluation, and static_assert(find(10061)) still works. Clang does not
/// warn. (test: hygiene.null_checks)
template <class T>
constexpr const T* found(const T* row) noexcept {
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 9
  if (__builtin_is_constant_evaluated()) return row;
#endif
  return row;
}
}  // namespace detail

namespace detail {
// The generated rows write their text as "..."sv: the compiler passes the
// length, so building the tables counts no characters.
using namespace std::literals::string_view_literals;

/// The bit of condition value `c` in error_info::conditions, 0 for a value no
/// condition has.
constexpr unsigned condition_bit(int c) noexcept {
  return c >= 1 && c <= condition_count ? 1u << (c - 1) : 0u;
}
/// The same for an enumerator: how the generated rows spell their conditions.
constexpr unsigned bit(condition c) noexcept { return condition_bit(static_cast<int>(c)); }
}  // namespace detail

/// Everything the docs say about one Winsock error code.
struct error_info {
  int value;                        ///< 10061
  std::string_view name;            ///< macro name as the docs spell it: "WSAECONNREFUSED"
  std::string_view message;         ///< short message: "Connection refused."
  std::string_view description;     ///< long description; '\n' between paragraphs; may be empty
  std::string_view system_message;  ///< what FormatMessage prints for the code
  std::string_view enumerator;      ///< wsaerror::errc enumerator: "connection_refused"
  std::errc generic;                ///< default_error_condition() as std::errc, std::errc{} if none
  std::errc generic_also;           ///< a second std::errc that equivalent() accepts, or std::errc{}
  unsigned conditions;              ///< wsaerror::condition bits; use has()
  bool is_status;                   ///< a status report (997, 11005-11009), not a failure
  int same_as;                      ///< the other code of an alias pair (10102/10110...), or 0

  /// The code as wsaerror::errc.
  constexpr errc code() const noexcept { return static_cast<errc>(value); }
  /// Whether the code maps to a std::errc at all.
  constexpr bool has_generic() const noexcept { return generic != std::errc{}; }
  /// Whether the code belongs to a wsaerror::condition.
  constexpr bool has(condition c) const noexcept { return (conditions & detail::bit(c)) != 0; }
};

namespace detail {

// The tables below hold their text as C strings, which cost a compiler less
// to build than std::string_views (docs/performance.md).

/// A name find(std::string_view) or parse() accepts, and the code it names.
struct name_key {
  const char* name;
  unsigned char size;  ///< strlen(name): a mismatch is mostly found without reading it
  int value;
};

/// A wsaerror::condition's enumerator name and what its message() says.
struct condition_text {
  const char* name;
  const char* message;
};

/// What the std::error_category reads of a code: error_info's facts and message.
struct category_row {
  int value;
  std::errc generic;
  std::errc generic_also;
  unsigned conditions;
  const char* message;
  unsigned char message_size;  ///< strlen(message), so that message() counts nothing
};

/// A std::errc value and the wsaerror::conditions it is in.
struct errc_condition_row {
  std::errc value;
  unsigned conditions;
};

/// A code's std::errc and second std::errc by enumerator name ("" for none).
struct generic_names_row {
  int value;
  const char* generic;
  const char* generic_also;
};

/// A run of codes first .. first + size - 1 for index_of(): positions[value -
/// first] is the code's position in the tables, or -1.
struct index_block {
  int first;
  unsigned size;
  const signed char* positions;
};

}  // namespace detail
}  // namespace wsaerror

#endif
