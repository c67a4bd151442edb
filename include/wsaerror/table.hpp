// SPDX-License-Identifier: MIT
// The table of every Winsock error code and its lookup API: find(int),
// find(name), parse(text), all(). Everything here is constexpr and noexcept,
// allocates nothing and is correct for every input.
#ifndef WSAERROR_TABLE_HPP_INCLUDED
#define WSAERROR_TABLE_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "category.hpp"
#include "fixed_array.hpp"
#include "detail/code_data.hpp"
#include "detail/number_text.hpp"
#include "detail/parse.hpp"
#include "generated/codes.hpp"
#include "generated/enums.hpp"
#include "generated/keys.hpp"
#include "generated/text_en_us.hpp"

namespace wsaerror {

/// The macro name of a code ("WSAECONNREFUSED"), or "" for a value that is no code.
constexpr std::string_view to_string(errc e) noexcept {
  const int i = detail::index_of(static_cast<int>(e));
  return i < 0 ? std::string_view() : detail::code_names[static_cast<std::size_t>(i)];
}

/// The enumerator name of a condition ("resolver"), or "" for other values.
constexpr std::string_view to_string(condition c) noexcept {
  const int v = static_cast<int>(c);
  return detail::condition_bit(v) == 0 ? std::string_view()
                                       : detail::condition_names[static_cast<std::size_t>(v - 1)];
}

namespace detail {
constexpr fixed_array<condition, condition_count> make_all_conditions() noexcept {
  fixed_array<condition, condition_count> out{};
  for (std::size_t i = 0; i < condition_count; ++i) out[i] = static_cast<condition>(i + 1);
  return out;
}
/// What all_conditions() returns.
inline constexpr fixed_array<condition, condition_count> all_conditions = make_all_conditions();
}  // namespace detail

/// Every wsaerror::condition, in enumerator order (1, 2, ...): to list them
/// with to_string() and their message. A reference to one array, like all(),
/// so that all_conditions().begin() and .end() belong to the same one.
constexpr const fixed_array<condition, condition_count>& all_conditions() noexcept {
  return detail::all_conditions;
}

/// Everything the docs say about one Winsock error code.
struct error_info {
  int value;                        ///< 10061
  std::string_view name;            ///< macro name as the docs spell it: "WSAECONNREFUSED"
  std::string_view message;         ///< short message: "Connection refused."
  std::string_view description;     ///< long description; '\n' between paragraphs; may be empty
  std::string_view system_message;  ///< what FormatMessage prints for the code
  std::string_view enumerator;      ///< wsaerror::errc enumerator: "connection_refused"
  std::errc generic;                ///< default_error_condition() as std::errc, std::errc{} if none
  std::errc generic_also;           ///< a second std::errc equivalent() accepts, or std::errc{}
  unsigned conditions;              ///< wsaerror::condition bits; use has()
  bool is_status;                   ///< a status report (997, 11005-11009), not a failure
  int same_as;                      ///< the other code of an alias pair (10102/10110...), or 0

  /// The code as wsaerror::errc.
  constexpr errc code() const noexcept { return static_cast<errc>(value); }
  /// Whether the code maps to a std::errc at all.
  constexpr bool has_generic() const noexcept { return generic != std::errc{}; }
  /// Whether the code belongs to a wsaerror::condition.
  constexpr bool has(condition c) const noexcept {
    return (conditions & detail::condition_bit(static_cast<int>(c))) != 0;
  }
};

/// "WSAECONNREFUSED (10061)": how messages name a code where its value matters.
inline std::string label(const error_info& e) {
  std::string out = detail::make_string(e.name.data(), e.name.size());
  const char* const open = " (";  // a pointer: an array or a char would make std::string
  out.append(open, 2);             // check its string_view overloads for that type
  detail::append_decimal(out, e.value);
  out.push_back(')');
  return out;
}

/// `value` in hex as the docs write codes: "0x274D", "0x0006" (at least four digits).
inline std::string hex(int value) { return detail::hex(value); }

/// How many codes the table has (97).
inline constexpr std::size_t code_count = static_cast<std::size_t>(detail::code_count);

namespace detail {

/// The entries with the text of one language (three pools in code_values
/// order): the facts are the same in every language, only the text differs.
/// A loop in a plain function: cheaper to compile than a pack expansion.
constexpr fixed_array<error_info, code_count> make_entries(
    const string_pool& messages, const string_pool& descriptions,
    const string_pool& system_messages) noexcept {
  fixed_array<error_info, code_count> out{};
  for (std::size_t i = 0; i < code_count; ++i) {
    const int at = static_cast<int>(i);
    out[i] = error_info{code_values[i],      code_names[i],           messages[i],
                        descriptions[i],     system_messages[i],      code_enumerators[i],
                        code_generic(at),    code_generic_also(at),   code_conditions(at),
                        code_is_status[i] != '\0', code_same_as[i]};
  }
  return out;
}

/// Every entry with the text of one language, in increasing order of value;
/// instantiated only by a program that uses that language. `Lazy` is always
/// void: see entries.
template <const string_pool& Messages, const string_pool& Descriptions,
          const string_pool& SystemMessages, class Lazy = void>
inline constexpr fixed_array<error_info, code_count> entries_in =
    make_entries(Messages, Descriptions, SystemMessages);

/// void, as a type that depends on T.
template <class T>
struct lazy {
  using type = void;
};

/// Every entry (en-US), in increasing order of value: always the one array
/// entries_in<..., void>. Named through a template parameter so that a
/// compiler evaluates the 97 entries (about 50 million instructions) only in
/// a translation unit that instantiates a lookup (find, parse, all, en_us),
/// not in every one that includes the header to make an error_code.
template <class T>
inline constexpr const fixed_array<error_info, code_count>& entries =
    entries_in<en_us::messages, en_us::descriptions, en_us::system_messages,
               typename lazy<T>::type>;

template <class T>
constexpr const error_info* at(int index) noexcept {
  return index < 0 ? nullptr : &entries<T>[static_cast<std::size_t>(index)];
}

}  // namespace detail

// The lookups below are templates only so that the table is evaluated where
// one is used (see detail::entries); call them as plain functions:
// find(10061), parse("econnrefused"), all().

/// Every entry, in increasing order of value.
template <class Lazy = void>
constexpr const fixed_array<error_info, code_count>& all() noexcept {
  return detail::entries<Lazy>;
}

/// The entry of a code, or nullptr when `value` is no Winsock code.
template <class Lazy = void>
constexpr const error_info* find(int value) noexcept {
  return detail::at<Lazy>(detail::index_of(value));
}

/// The entry of a wsaerror::errc, or nullptr for a value that is no enumerator.
template <class Lazy = void>
constexpr const error_info* find(errc code) noexcept {
  return find<Lazy>(static_cast<int>(code));
}

/// The entry of the Winsock code `ec` holds (see holds_winsock(): our category
/// or another module's copy anywhere; on Windows also std::system_category()
/// and Asio's "asio.system"), or nullptr.
template <class Lazy = void>
const error_info* find(const std::error_code& ec) noexcept {
  return holds_winsock(ec) ? find<Lazy>(ec.value()) : nullptr;
}

/// The entry with this macro name or alias, spelled exactly ("WSAECONNREFUSED",
/// "ECONNREFUSED", "WSANO_ADDRESS", "ERROR_IO_PENDING"...), or nullptr.
template <class Lazy = void>
constexpr const error_info* find(std::string_view name) noexcept {
  return detail::at<Lazy>(detail::find_key<false, Lazy>(detail::exact_keys, name));
}

/// `text` without what parse() ignores around a code: blanks, quotes,
/// brackets, '#' and the punctuation ':' ',' '.' ';' '!' '?' ("(10061)." -> "10061").
constexpr std::string_view trim(std::string_view text) noexcept { return detail::trim(text); }

/// Reads the integer parse() would read in `text` (trimmed like parse():
/// [+-]decimal, 0x hex or hex ending in 'h', magnitude at most 0xFFFFFFFF)
/// into `value`; false, `value` untouched, when `text` is no such number.
constexpr bool parse_integer(std::string_view text, long long& value) noexcept {
  unsigned long long magnitude = 0;
  bool negative = false;
  if (!detail::parse_number(trim(text), magnitude, negative)) return false;
  value = negative ? -static_cast<long long>(magnitude) : static_cast<long long>(magnitude);
  return true;
}

/// parse()'s folding of one byte of a name: ASCII upper case, '-' and ' ' as '_'.
constexpr char fold_name_char(char c) noexcept { return static_cast<char>(detail::fold(c)); }

/// Calls f(key, entry) for every name parse() accepts (macro names with and
/// without "WSA", aliases, enumerators, .NET SocketError names), each key as
/// parse() compares it: folded by fold_name_char(). A code has several keys.
template <class F>
constexpr void for_each_parse_key(F&& f) {
  for (std::size_t i = 0; i < detail::parse_keys.size(); ++i) {
    const detail::key_entry k = detail::parse_keys.entry(i);
    f(detail::parse_keys.key(k), detail::entries<F>[k.index]);
  }
}

/// The entry for what a person types or pastes, or nullptr. Accepts, in any
/// case and with surrounding blanks, quotes, brackets, '#' and trailing ':'
/// ',' '.': macro names with or without "WSA" (econnrefused), aliases and BSD
/// names, enumerator names (connection_refused, '-' or ' ' for '_'), .NET
/// SocketError names with or without "SocketError." (ConnectionRefused),
/// decimal (10061), hex (0x274D, 274Dh), and HRESULT_FROM_WIN32 (0x8007274D,
/// -2147014835).
template <class Lazy = void>
constexpr const error_info* parse(std::string_view text) noexcept {
  const std::string_view s = detail::strip_dotnet_prefix(detail::trim(text));
  if (s.empty() || s.size() > detail::max_parse_length) {
    return nullptr;
  }
  unsigned long long magnitude = 0;
  bool negative = false;
  if (detail::parse_number(s, magnitude, negative)) {
    // a Winsock code itself, or an HRESULT_FROM_WIN32 (0x8007xxxx) around one
    const unsigned long long bits = negative ? 0x100000000ull - magnitude : magnitude;
    if (!negative && magnitude <= 0x7FFFFFFFull) {
      if (const error_info* e = find<Lazy>(static_cast<int>(magnitude))) {
        return e;
      }
    }
    if ((bits & 0xFFFF0000ull) == 0x80070000ull) {
      return find<Lazy>(static_cast<int>(bits & 0xFFFFull));
    }
    return nullptr;
  }
  return detail::at<Lazy>(detail::find_key<true, Lazy>(detail::parse_keys, s));
}

/// The name of e.generic as written in std::errc ("connection_refused"), or
/// "" when the code has no std::errc; `also` picks e.generic_also instead.
constexpr std::string_view generic_name(const error_info& e, bool also = false) noexcept {
  const int i = detail::index_of(e.value);
  if (i < 0) return std::string_view();
  const auto at = static_cast<std::size_t>(i);
  return also ? detail::code_generic_also_names[at] : detail::code_generic_names[at];
}

/// Calls f(std::string_view) for each alias of e: every name besides e.name
/// that find(std::string_view) accepts ("ECONNREFUSED" for WSAECONNREFUSED).
template <class F>
constexpr void for_each_alias(const error_info& e, F&& f) {
  for (std::size_t i = 0; i < detail::exact_keys.size(); ++i) {
    const detail::key_entry k = detail::exact_keys.entry(i);
    const std::string_view key = detail::exact_keys.key(k);
    if (detail::code_values[k.index] == e.value && !detail::text_equals(key, e.name)) {
      f(key);
    }
  }
}

}  // namespace wsaerror

#endif
