// SPDX-License-Identifier: MIT
// How the wsaerror tool prints entries: as text for people, or as JSON.
#ifndef WSAERROR_TOOL_RENDER_HPP_INCLUDED
#define WSAERROR_TOOL_RENDER_HPP_INCLUDED

#include <cstddef>
#include <ostream>
#include <vector>

#include <string>

#include <wsaerror/language.hpp>
#include <wsaerror/stand_in.hpp>

namespace wsaerror_tool {

/// Prints one entry in full, its text wrapped at `width` columns (0: no wrap).
void print_entry(std::ostream& out, const wsaerror::error_info& e, std::size_t width);

/// Prints one line per entry (value, hex, name, message); with width > 0 the
/// message is cut to fit.
void print_lines(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                 std::size_t width);

/// Prints the stand-ins a search found, one line each (value, name, the
/// Winsock code it stands for, Windows' message in `lang`; for an NTSTATUS,
/// its Win32 value's), under a line that says what they are; with width > 0
/// the message is cut to fit, or wraps under a narrow terminal's name.
void print_stand_in_lines(std::ostream& out, const std::vector<wsaerror::stand_in_match>& rows,
                          const wsaerror::language& lang, std::size_t width);

/// Prints what a Windows stand-in is -- its name, value, Windows' message in
/// `lang`, its NTSTATUS when the text named one -- and the Winsock code it
/// stands for, with how sure that is; the code's entry follows it.
void print_stand_in(std::ostream& out, const wsaerror::stand_in_match& m,
                    const wsaerror::language& lang, std::size_t width);

/// "ERROR_CONNECTION_REFUSED (1225)", or "STATUS_CONNECTION_REFUSED
/// (0xC0000236)" when the match is an NTSTATUS.
std::string stand_in_label(const wsaerror::stand_in_match& m);

/// A stand-in as a JSON object (value, hex, name, message, ntstatus, winsock,
/// confidence, note).
std::string stand_in_json(const wsaerror::stand_in_match& m, const wsaerror::language& lang);

/// Prints the entries as a JSON array of objects, one per line. `via` (empty,
/// or one per entry; nullptr entries are stand-ins for no code) adds the key
/// "stand_in" to the entries a stand-in named.
void print_json(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                const wsaerror::language& lang,
                const std::vector<wsaerror::stand_in_match>& via = {});

}  // namespace wsaerror_tool

#endif
