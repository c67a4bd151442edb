// SPDX-License-Identifier: MIT
// Finding codes by what people remember: ranked full-text search, and
// "did you mean" suggestions for input that names no code.
#ifndef WSAERROR_TOOL_SUGGEST_HPP_INCLUDED
#define WSAERROR_TOOL_SUGGEST_HPP_INCLUDED

#include <string>
#include <string_view>
#include <vector>

#include <wsaerror/language.hpp>
#include <wsaerror/stand_in.hpp>

namespace wsaerror_tool {

/// The entries whose names, messages and descriptions contain every word
/// (case-insensitive), best matches first: a word in a name counts more than
/// one in the message, which counts more than one in the description.
std::vector<const wsaerror::error_info*> search(const std::vector<std::string_view>& words,
                                                const wsaerror::language& lang);

/// The same search over Windows' stand-in codes, best matches first: the
/// Win32 values by name and by Windows' message in every language, the
/// NTSTATUS values by name (a match of its own, with its own Winsock code).
/// A query that is one stand-in's whole name finds that one first.
std::vector<wsaerror::stand_in_match> search_stand_ins(const std::vector<std::string_view>& words);

/// The search words with each unknown one replaced by the closest word of the
/// names and English texts ("timout" -> "timeout"), or {} when none is close.
std::vector<std::string> corrected(const std::vector<std::string_view>& words);

/// Up to three "NAME (value)" strings close to `input`: names within a few
/// typos, or the nearest values for a number.
std::vector<std::string> suggestions(std::string_view input);

}  // namespace wsaerror_tool

#endif
