// SPDX-License-Identifier: MIT
// The wsaerror command-line tool as a function: arguments and environment in,
// text on two streams and an exit status out. main.cpp supplies the OS parts.
#ifndef WSAERROR_TOOL_CLI_HPP_INCLUDED
#define WSAERROR_TOOL_CLI_HPP_INCLUDED

#include <cstddef>
#include <istream>
#include <ostream>
#include <string_view>
#include <vector>

namespace wsaerror_tool {

/// Exit statuses, as documented in --help and the man page.
enum exit_status : int {
  exit_found = 0,         ///< every argument named a code (or the list/search found some)
  exit_not_found = 1,     ///< some argument named no code, or a search found nothing
  exit_usage = 2,         ///< bad options or arguments
  exit_output_error = 3,  ///< writing the answer failed (stdout closed, disk full...)
};

/// What the tool needs to know about where it runs.
struct environment {
  bool terminal = false;     ///< stdout is a terminal: wrap and truncate to `columns`
  std::size_t columns = 0;   ///< terminal width, 0 when unknown
  std::string_view lc_all;   ///< the locale variables, "" when unset
  std::string_view lc_messages;
  std::string_view lang;
  std::string_view language;  ///< GNU LANGUAGE priority list ("zh_TW:en")
  std::istream* in = nullptr;  ///< standard input, for --scan; null: empty
  bool open_files = true;      ///< --scan may open FILEs (the fuzzer says no)
};

/// Runs `wsaerror args...` (args exclude the program name).
int run(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err,
        const environment& env);

}  // namespace wsaerror_tool

#endif
