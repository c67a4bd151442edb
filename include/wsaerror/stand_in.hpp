// SPDX-License-Identifier: MIT
// Windows' stand-in codes on every OS, opt-in: the Win32 values that
// GetQueuedCompletionStatus() and GetOverlappedResult() leave in GetLastError()
// after a failed overlapped socket operation (ERROR_CONNECTION_REFUSED 1225
// where WSAGetLastError() says WSAECONNREFUSED 10061), and the NTSTATUS values
// in OVERLAPPED::Internal behind them (STATUS_CONNECTION_REFUSED 0xC0000236):
//
//   const wsaerror::stand_in_info* s = wsaerror::find_stand_in(1225);
//   s->winsock == 10061, s->name == "ERROR_CONNECTION_REFUSED"
//   std::error_code ec = wsaerror::from_ntstatus(ov.Internal);  // winsock:10061
//   wsaerror::parse_stand_in("0x800704C9").winsock == 10061     // HRESULT of 1225
//
// On Windows, normalize() and the comparisons take std::system_category()
// stand-ins without this header (category.hpp). The table, with the sources of
// every row: data/stand-in-codes.json, docs/stand-in-codes.md.
#ifndef WSAERROR_STAND_IN_HPP_INCLUDED
#define WSAERROR_STAND_IN_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <system_error>

#include "category.hpp"
#include "detail/language_tag.hpp"
#include "detail/parse.hpp"
#include "detail/stand_in_types.hpp"
#include "generated/stand_ins.hpp"

namespace wsaerror {

/// How many Win32 stand-ins the table has.
inline constexpr std::size_t stand_in_count = static_cast<std::size_t>(detail::stand_in_count);
/// How many NTSTATUS values it has.
inline constexpr std::size_t ntstatus_count = static_cast<std::size_t>(detail::ntstatus_count);

/// Every Win32 stand-in, in increasing order of value (with the ones that
/// stand for no single Winsock code: winsock == 0).
constexpr const std::array<stand_in_info, stand_in_count>& all_stand_ins() noexcept {
  return detail::stand_in_rows;
}

/// Every NTSTATUS value of the table, in increasing order of value.
constexpr const std::array<ntstatus_info, ntstatus_count>& all_ntstatus() noexcept {
  return detail::ntstatus_rows;
}

/// The row of a Win32 value (1225), or nullptr.
constexpr const stand_in_info* find_stand_in(int win32) noexcept {
  for (const stand_in_info& s : detail::stand_in_rows) {
    if (s.value == win32) return detail::found(&s);
  }
  return nullptr;
}

/// The row of a Win32 name spelled exactly ("ERROR_CONNECTION_REFUSED"), or nullptr.
constexpr const stand_in_info* find_stand_in(std::string_view name) noexcept {
  for (const stand_in_info& s : detail::stand_in_rows) {
    if (detail::text_equals(s.name, name)) return detail::found(&s);
  }
  return nullptr;
}

namespace detail {
/// An NTSTATUS as its 32 bits: 0xC0000236 as it is, the same value read as a
/// signed NTSTATUS (-1073741258) or sign-extended to 64 bits
/// (0xFFFFFFFFC0000236); -1 for a value of neither kind.
constexpr long long ntstatus_bits(long long status) noexcept {
  if (status >= 0) return status <= 0xFFFFFFFFll ? status : -1;
  return status >= -0x80000000ll ? status + 0x100000000ll : -1;
}
}  // namespace detail

/// The row of an NTSTATUS value (0xC0000236, or the same 32 bits as a negative
/// NTSTATUS), or nullptr.
constexpr const ntstatus_info* find_ntstatus(long long status) noexcept {
  const long long bits = detail::ntstatus_bits(status);
  for (const ntstatus_info& n : detail::ntstatus_rows) {
    if (static_cast<long long>(n.value) == bits) return detail::found(&n);
  }
  return nullptr;
}

/// The row of an NTSTATUS name spelled exactly ("STATUS_CONNECTION_REFUSED"), or nullptr.
constexpr const ntstatus_info* find_ntstatus(std::string_view name) noexcept {
  for (const ntstatus_info& n : detail::ntstatus_rows) {
    if (detail::text_equals(n.name, name)) return detail::found(&n);
  }
  return nullptr;
}

/// Windows' message of stand-in `s` in language `tag`, chosen as
/// find_language() chooses ("de-DE", "de", "de_AT", "pt_BR.UTF-8", any case),
/// or en-US when the table has no such language.
constexpr std::string_view message(const stand_in_info& s, std::string_view tag) noexcept {
  std::size_t row = 0;
  while (row < stand_in_count && detail::stand_in_rows[row].value != s.value) ++row;
  if (row == stand_in_count) return s.message;
  const detail::language_tag t(tag);
  for (std::size_t lang = 0; lang < detail::stand_in_languages.size(); ++lang) {
    if (t.picks(detail::stand_in_languages[lang])) return detail::stand_in_messages[row][lang];
  }
  return s.message;
}

/// The Winsock code `win32` stands for as a std::error_code in the winsock
/// category (1225 -> winsock:10061), or std::error_code(win32,
/// std::system_category()) when it stands for none; 0 is no error. What
/// normalize() does on Windows, on every OS, for every row the table maps
/// (also those normalize() leaves alone, such as ERROR_MORE_DATA).
inline std::error_code from_stand_in(int win32) noexcept {
  if (win32 == 0) return std::error_code();
  const stand_in_info* s = find_stand_in(win32);
  return s && s->winsock != 0 ? std::error_code(s->winsock, category())
                              : std::error_code(win32, std::system_category());
}

/// The std::error_code of an NTSTATUS (OVERLAPPED::Internal after a failed
/// operation): the Winsock code WSAGetOverlappedResult() gives for it
/// (STATUS_CONNECTION_REFUSED -> winsock:10061, STATUS_CONNECTION_RESET ->
/// winsock:10054, STATUS_LOCAL_DISCONNECT -> winsock:10053), 0 (success) for
/// STATUS_SUCCESS; for a value the table has without a single Winsock code,
/// its Win32 value in std::system_category(); for a failure status the table
/// does not have, WSAEINVAL, as Wine's and libuv's WSAGetOverlappedResult()
/// answer; for an unknown success or informational status, no error.
inline std::error_code from_ntstatus(long long status) noexcept {
  const long long bits = detail::ntstatus_bits(status);
  if (bits == 0) return std::error_code();
  if (bits == 0x103) return std::error_code(997, category());  // STATUS_PENDING: WSA_IO_PENDING
  if (const ntstatus_info* n = find_ntstatus(bits)) {
    return n->winsock != 0 ? std::error_code(n->winsock, category())
                           : std::error_code(n->win32, std::system_category());
  }
  if (bits < 0 || (bits & 0xC0000000ll) != 0xC0000000ll) return std::error_code();
  return std::error_code(static_cast<int>(errc::invalid_argument), category());
}

/// What parse_stand_in() found: the Win32 row, the NTSTATUS row when the text
/// named one, and the Winsock code they stand for (0 when none).
struct stand_in_match {
  const stand_in_info* win32 = nullptr;
  const ntstatus_info* ntstatus = nullptr;
  int winsock = 0;
  /// Whether the text named a stand-in at all.
  constexpr explicit operator bool() const noexcept { return win32 != nullptr; }
};

namespace detail {
constexpr stand_in_match match_of(const stand_in_info* s, const ntstatus_info* n) noexcept {
  stand_in_match m;
  if (n) s = find_stand_in(n->win32);
  if (!s) return m;
  m.win32 = s;
  m.ntstatus = n;
  m.winsock = n ? n->winsock : s->winsock;
  return m;
}
}  // namespace detail

/// The stand-in that a person's text names, trimmed as parse() trims:
/// "ERROR_CONNECTION_REFUSED" or "STATUS_CONNECTION_REFUSED" (any case), a
/// Win32 value in decimal or hex (1225, 0x4C9), its HRESULT_FROM_WIN32
/// (0x800704C9, -2147023671), an NTSTATUS (0xC0000236, -1073741258;
/// 0x00000102, STATUS_TIMEOUT, in its eight hex digits). Empty
/// (false) for anything else, including Winsock codes: parse() reads those.
constexpr stand_in_match parse_stand_in(std::string_view text) noexcept {
  const std::string_view s = detail::trim(text);
  if (s.empty() || s.size() > detail::max_parse_length) return stand_in_match();
  unsigned long long magnitude = 0;
  bool negative = false;
  if (detail::parse_number(s, magnitude, negative)) {
    if (magnitude > 0xFFFFFFFFull || (negative && magnitude > 0x80000000ull)) return stand_in_match();
    const long long v = negative ? -static_cast<long long>(magnitude) : static_cast<long long>(magnitude);
    if (v > 0 && v < 0x10000) {
      if (const stand_in_info* w = find_stand_in(static_cast<int>(v))) return detail::match_of(w, nullptr);
      // eight hex digits are how an NTSTATUS is written: 0x00000102 is
      // STATUS_TIMEOUT, where 0x102 alone would be Win32's 258
      const bool ntstatus_form = s.size() == 10 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
      return ntstatus_form ? detail::match_of(nullptr, find_ntstatus(v)) : stand_in_match();
    }
    const long long bits = detail::ntstatus_bits(v);
    if ((bits & 0xFFFF0000ll) == 0x80070000ll) {  // HRESULT_FROM_WIN32
      return detail::match_of(find_stand_in(static_cast<int>(bits & 0xFFFF)), nullptr);
    }
    return detail::match_of(nullptr, find_ntstatus(bits));
  }
  for (const stand_in_info& r : detail::stand_in_rows) {
    if (detail::text_equals(r.name, s, true)) return detail::match_of(&r, nullptr);
  }
  for (const ntstatus_info& n : detail::ntstatus_rows) {
    if (detail::text_equals(n.name, s, true)) return detail::match_of(nullptr, &n);
  }
  return stand_in_match();
}

}  // namespace wsaerror

#endif
