// SPDX-License-Identifier: MIT
// Terminal text helpers of the wsaerror tool: display width (East Asian wide
// characters count two columns), word wrapping, JSON string escaping.
#ifndef WSAERROR_TOOL_TEXT_HPP_INCLUDED
#define WSAERROR_TOOL_TEXT_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wsaerror_tool {

/// Columns `s` takes in a terminal: 2 per East Asian wide character, 1 per
/// other character; invalid UTF-8 bytes count 1 each.
std::size_t display_width(std::string_view s);

/// Splits one paragraph into lines of at most `width` columns, breaking at
/// spaces and between wide characters; a word wider than `width` gets a line
/// of its own, uncut. Width 0 means no limit.
std::vector<std::string> wrap(std::string_view paragraph, std::size_t width);

/// The first `width` columns of `s`, with "..." at the end when cut.
std::string truncate(std::string_view s, std::size_t width);

/// `s` as a JSON string literal, quotes included. Invalid UTF-8 becomes U+FFFD.
std::string json_string(std::string_view s);

/// `s` in single quotes, safe to echo in a message: printable characters as
/// they are (UTF-8 ones too: "'ungültig'"), invalid bytes, U+FFFD, controls
/// and bidirectional overrides as \xHH escapes of their bytes, cut after
/// `max_chars` characters with "...".
std::string quoted_text(std::string_view s, std::size_t max_chars);

/// ASCII lower case of `s`; other bytes unchanged.
std::string lower(std::string_view s);

/// `s` for comparing texts as people paste them: lower case (ASCII, Latin-1,
/// Latin Extended-A, Greek, Cyrillic), every run of whitespace (U+00A0 and
/// U+3000 too) one space, no blanks or final periods ('.', U+3002) at the
/// ends, typographic apostrophes as '\''.
std::string fold_text(std::string_view s);

/// The character of `s` at byte `i` as fold_text() writes it: its bytes in
/// `out` (lower case, typographic apostrophes as '\'', whitespace as ' ',
/// an invalid byte as '?'), their number in `size`. Returns the bytes read.
std::size_t fold_char(std::string_view s, std::size_t i, char (&out)[4], std::size_t& size);

/// fold_text(s) as words for search: every character but letters, digits
/// and non-ASCII ones a space, with one space before and after each word
/// (" no such host is known ").
std::string word_text(std::string_view s);

}  // namespace wsaerror_tool

#endif
