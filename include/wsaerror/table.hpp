// SPDX-License-Identifier: MIT
// The table of every Winsock error code and its lookup API: find(int),
// find(name), parse(text), all(). Everything here is constexpr and noexcept,
// allocates nothing and is correct for every input. The rows are in
// generated/en_us.hpp, one per code.
#ifndef WSAERROR_TABLE_HPP_INCLUDED
#define WSAERROR_TABLE_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "category.hpp"
#include "error_info.hpp"
#include "detail/lookup.hpp"
#include "detail/number_text.hpp"
#include "detail/parse.hpp"
#include "generated/conditions.hpp"
#include "generated/en_us.hpp"
#include "generated/generic_names.hpp"
#include "generated/keys.hpp"

namespace wsaerror {

/// How many codes the table has.
inline constexpr std::size_t code_count = static_cast<std::size_t>(detail::code_count);

/// Every entry, in increasing order of value.
constexpr const std::array<error_info, code_count>& all() noexcept { return detail::en_us_table; }

/// The entry of a code, or nullptr when `value` is no Winsock code.
constexpr const error_info* find(int value) noexcept { return detail::row_of(value); }

/// The entry of a wsaerror::errc, or nullptr for a value that is no enumerator.
constexpr const error_info* find(errc code) noexcept { return find(static_cast<int>(code)); }

/// The entry of the Winsock code `ec` holds (see holds_winsock(): our category
/// or another module's copy anywhere; on Windows also std::system_category()
/// and Asio's "asio.system"), or nullptr.
inline const error_info* find(const std::error_code& ec) noexcept {
  int value = 0;
  return detail::held_winsock_value(ec, value) ? find(value) : nullptr;
}

/// The entry with this macro name or alias, spelled exactly ("WSAECONNREFUSED",
/// "ECONNREFUSED", "WSANO_ADDRESS", "ERROR_IO_PENDING"...), or nullptr.
constexpr const error_info* find(std::string_view name) noexcept {
  const detail::name_key* k = detail::find_key<false>(detail::names, detail::exact_name_slots, name);
  return k ? find(k->value) : nullptr;
}

/// The macro name of a code ("WSAECONNREFUSED"), or "" for a value that is no code.
constexpr std::string_view to_string(errc e) noexcept {
  const error_info* i = find(e);
  return i ? i->name : std::string_view();
}

/// The enumerator name of a condition ("resolver"), or "" for other values.
constexpr std::string_view to_string(condition c) noexcept {
  const int v = static_cast<int>(c);
  return detail::condition_bit(v) == 0
             ? std::string_view()
             : std::string_view(detail::condition_texts[static_cast<std::size_t>(v - 1)].name);
}

namespace detail {
constexpr std::array<condition, condition_count> make_all_conditions() noexcept {
  std::array<condition, condition_count> out{};
  for (std::size_t i = 0; i < condition_count; ++i) out[i] = static_cast<condition>(i + 1);
  return out;
}
/// What all_conditions() returns.
inline constexpr std::array<condition, condition_count> all_conditions = make_all_conditions();
}  // namespace detail

/// Every wsaerror::condition, in enumerator order (1, 2, ...): to list them
/// with to_string() and their message. A reference to one array, like all(),
/// so that all_conditions().begin() and .end() belong to the same one.
constexpr const std::array<condition, condition_count>& all_conditions() noexcept {
  return detail::all_conditions;
}

/// "WSAECONNREFUSED (10061)": how messages name a code where its value matters.
inline std::string label(const error_info& e) { return detail::label_of(e); }

/// `value` in hex as the docs write codes: "0x274D", "0x0006" (at least four digits).
inline std::string hex(int value) { return detail::hex(value); }

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

/// The Winsock code inside an HRESULT_FROM_WIN32 value (0x8007274D, or
/// -2147014835 read as 32 bits) -- its low 16 bits -- or -1 when `value` is
/// no HRESULT of facility WIN32 with the failure bit set.
constexpr int code_of_hresult(long long value) noexcept {
  if (value < -0x80000000ll || value > 0xFFFFFFFFll) return -1;
  const auto bits = static_cast<unsigned long long>(value < 0 ? value + 0x100000000ll : value);
  return (bits & 0xFFFF0000ull) == 0x80070000ull ? static_cast<int>(bits & 0xFFFFull) : -1;
}

/// parse()'s folding of one byte of a name: ASCII upper case, '-' and ' ' as '_'.
constexpr char fold_name_char(char c) noexcept { return static_cast<char>(detail::fold(c)); }

/// Calls f(key, entry) for every name parse() accepts (macro names with and
/// without "WSA", aliases, enumerators, .NET SocketError names), each key as
/// parse() compares it: folded by fold_name_char(). A code has several keys.
template <class F>
constexpr void for_each_parse_key(F&& f) {
  for (const detail::name_key& k : detail::names) f(std::string_view(k.name, k.size), *find(k.value));
}

/// The entry for what a person types or pastes, or nullptr. Accepts, in any
/// case and with surrounding blanks, quotes, brackets, '#' and trailing ':'
/// ',' '.': macro names with or without "WSA" (econnrefused), aliases and BSD
/// names, enumerator names (connection_refused, '-' or ' ' for '_'), .NET
/// SocketError names with or without "SocketError." (ConnectionRefused),
/// decimal (10061), hex (0x274D, 274Dh), and HRESULT_FROM_WIN32 (0x8007274D,
/// -2147014835).
constexpr const error_info* parse(std::string_view text) noexcept {
  const std::string_view s = detail::trim(text);
  if (s.empty() || s.size() > detail::max_parse_length) {
    return nullptr;
  }
  unsigned long long magnitude = 0;
  bool negative = false;
  if (detail::parse_number(s, magnitude, negative)) {  // what parse_integer() reads; s is trimmed
    // a Winsock code itself, or an HRESULT_FROM_WIN32 (0x8007xxxx) around one
    if (!negative && magnitude <= 0x7FFFFFFFull) {
      if (const error_info* e = find(static_cast<int>(magnitude))) return e;
    }
    const int code = code_of_hresult(negative ? -static_cast<long long>(magnitude)
                                              : static_cast<long long>(magnitude));
    return code < 0 ? nullptr : find(code);
  }
  // "SocketError." goes before a .NET name only ("SocketError.10061" is no code)
  const detail::name_key* k =
      detail::find_key<true>(detail::names, detail::name_slots, detail::strip_dotnet_prefix(s));
  return k ? find(k->value) : nullptr;
}

/// The name of e.generic as written in std::errc ("connection_refused"), or
/// "" when the code has no std::errc; `also` picks e.generic_also instead.
constexpr std::string_view generic_name(const error_info& e, bool also = false) noexcept {
  const int i = detail::index_of(e.value);
  if (i < 0) return std::string_view();
  const detail::generic_names_row& row = detail::generic_names[static_cast<std::size_t>(i)];
  return std::string_view(also ? row.generic_also : row.generic);
}

/// Calls f(std::string_view) for each alias of e: every name besides e.name
/// that find(std::string_view) accepts ("ECONNREFUSED" for WSAECONNREFUSED).
template <class F>
constexpr void for_each_alias(const error_info& e, F&& f) {
  for (int i = 0; i < detail::exact_name_count; ++i) {
    const detail::name_key& k = detail::names[i];
    const std::string_view name(k.name, k.size);
    if (k.value == e.value && !detail::text_equals(name, e.name)) f(name);
  }
}

}  // namespace wsaerror

#endif
