// SPDX-License-Identifier: MIT
// How the wsaerror tool prints entries: as text for people, or as JSON.
#ifndef WSAERROR_TOOL_RENDER_HPP_INCLUDED
#define WSAERROR_TOOL_RENDER_HPP_INCLUDED

#include <cstddef>
#include <ostream>
#include <vector>

#include <wsaerror/language.hpp>

namespace wsaerror_tool {

/// Prints one entry in full, its text wrapped at `width` columns (0: no wrap).
void print_entry(std::ostream& out, const wsaerror::error_info& e, std::size_t width);

/// Prints one line per entry (value, hex, name, message); with width > 0 the
/// message is cut to fit.
void print_lines(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                 std::size_t width);

/// Prints the entries as a JSON array of objects, one per line.
void print_json(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                const wsaerror::language& lang);

}  // namespace wsaerror_tool

#endif
