// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <charconv>
#include <string>

#include <wsaerror/version.hpp>
#include <wsaerror/wsaerror.hpp>

#include "language.hpp"
#include "paste.hpp"
#include "render.hpp"
#include "scan.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace wsaerror_tool {
namespace {

constexpr std::string_view usage_line =
    "usage: wsaerror [-j] [-w N] [--lang TAG] CODE|NAME...\n"
    "       wsaerror [-j] [-w N] [--lang TAG] -s WORD...\n"
    "       wsaerror [-j] [-w N] [--lang TAG] -l\n"
    "       wsaerror [-j] [--lang TAG] --scan [FILE...]\n"
    "       wsaerror --help   |   wsaerror --version\n";

constexpr std::string_view help_text =
    "wsaerror: explain Windows Sockets (Winsock) error codes, on any OS.\n"
    "\n"
    "usage: wsaerror [OPTIONS] CODE|NAME...   explain each code\n"
    "       wsaerror [OPTIONS] -s WORD...     search names and texts\n"
    "       wsaerror [OPTIONS] -l             list every code\n"
    "       wsaerror [OPTIONS] --scan [FILE...]  find the codes in a log\n"
    "\n"
    "CODE|NAME is what you paste from a log, in any case, with or without\n"
    "surrounding punctuation:\n"
    "  10061  0x274D  274Dh           the code in decimal or hex\n"
    "  0x8007274D  -2147014835        HRESULT_FROM_WIN32 of the code\n"
    "  WSAECONNREFUSED  econnrefused  macro name, with or without WSA\n"
    "  ECONNREFUSED  HOST_NOT_FOUND   BSD errno and h_errno names, aliases\n"
    "  connection_refused             wsaerror::errc enumerator name\n"
    "  ConnectionRefused              .NET SocketError name (SocketError. optional)\n"
    "  10054 10061                    several codes or names\n"
    "  1225  ERROR_CONNECTION_REFUSED a Windows stand-in for a code (what\n"
    "  0xC0000236  0x800704C9         GetQueuedCompletionStatus reports): a Win32\n"
    "  STATUS_CONNECTION_REFUSED      value or name, its NTSTATUS, its HRESULT;\n"
    "                                 explained, then the code it stands for\n"
    "  \"Connection refused.\"          a code's message, or the text Windows\n"
    "                                 prints for it, in any shipped language\n"
    "  \"recv failed: error 10054\"     a log line (quote it): read as --scan\n"
    "                                 reads it, its codes explained in order\n"
    "0 means success; -1 is SOCKET_ERROR, the call's result: ask WSAGetLastError().\n"
    "\n"
    "options:\n"
    "  -s, --search      list the codes whose names and texts contain every WORD,\n"
    "                    best matches first, then the Windows stand-in codes that\n"
    "                    do (ERROR_NETNAME_DELETED: -s network name)\n"
    "  -l, --list        list every code, one line each\n"
    "      --scan        read FILEs (standard input when none, or -) and print each\n"
    "                    line that names a code, then the code's name and message.\n"
    "                    A line names a code as a person reads it: a number after\n"
    "                    an error word or a failing call (error 10054, recv\n"
    "                    failed: 10054, [WinError 10061], failed (10054: ...),\n"
    "                    (OS 10054), system:10061, (0x0000274D/10061)), a WSA\n"
    "                    name, an HRESULT 0x8007xxxx, SocketError.Name, or the\n"
    "                    text Windows prints for a code; not ports, sizes, ids,\n"
    "                    exit statuses or plain words. Windows stand-ins count\n"
    "                    as their code ((OS 64), GetQueuedCompletionStatus failed\n"
    "                    with error 1225, 0xC0000236). In an IIS (W3C) log, the\n"
    "                    sc-win32-status field its #Fields: line names. With\n"
    "                    --json one JSON object per finding, one a line\n"
    "  -j, --json        print a JSON array of entries (keys: value, hex, name,\n"
    "                    enumerator, message, description, system_message, errc,\n"
    "                    errc_also, conditions, aliases, status, same_as, lang)\n"
    "  -w, --width N     wrap or cut text at N columns; 0: never (default: the\n"
    "                    terminal's width, at most 100 for an entry's text; no\n"
    "                    wrapping when output is not a terminal). Below 60\n"
    "                    columns labels go above their text\n"
    "      --lang TAG    text language of every command (CODE, -s, -l, --scan):\n"
    "                    en-US, zh-TW, de-DE, es-ES, fr-FR, it-IT,\n"
    "                    pt-BR or ru-RU; also \"de\", \"pt_BR.UTF-8\", \"de_AT\"\n"
    "                    (default: from LC_ALL, LC_MESSAGES, LANG and LANGUAGE as\n"
    "                    gettext reads them, else en-US)\n"
    "  -h, --help        print this help\n"
    "  -V, --version     print the version\n"
    "  --                end of options (for a CODE that starts with '-', use it\n"
    "                    or write -10061 as is: negative numbers are not options)\n"
    "\n"
    "exit status: 0 every CODE was found (or the list/search/scan printed codes),\n"
    "1 some CODE is unknown or a line names none (a search for its words is\n"
    "suggested), or the search or scan found nothing, 2 usage error\n"
    "(or a FILE could not be read), 3 the output could not be written.\n"
    "\n"
    "examples:\n"
    "  wsaerror 10061\n"
    "  wsaerror -s connection reset\n"
    "  wsaerror --json --list > winsock-errors.json\n"
    "  wsaerror --lang zh-TW WSAETIMEDOUT\n"
    "  LANG=ru_RU.UTF-8 wsaerror 10061\n"
    "  wsaerror --scan app.log\n"
    "  wsaerror \"WSARecv() failed (10054: An existing connection was ...)\"\n"
    "\n"
    "Text: Microsoft Docs (Windows Sockets Error Codes, System Error Codes), CC BY 4.0.\n";

/// `s` made safe to echo in a message (quoted_text), cut at 60 characters.
std::string quoted(std::string_view s) { return quoted_text(s, 60); }

/// `s` as one shell word: as it is when it needs no quoting, else in single
/// quotes ('it'\''s').
std::string shell_word(std::string_view s) {
  const bool plain = !s.empty() && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                       "0123456789_-.:/=+,@%") == std::string_view::npos;
  if (plain) return std::string(s);
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// The words of `arg` when they read as search words (a letter in each, none
/// a shell would change: letters, digits, '_', '-', '.', non-ASCII), else {}.
std::vector<std::string_view> search_words(std::string_view arg) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < arg.size()) {
    if (arg[i] == ' ' || arg[i] == '\t') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    bool letter = false;
    for (; i < arg.size() && arg[i] != ' ' && arg[i] != '\t'; ++i) {
      const auto c = static_cast<unsigned char>(arg[i]);
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
      if (!alpha && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.') return {};
      letter = letter || alpha;
    }
    if (!letter || arg[start] == '-') return {};
    words.push_back(arg.substr(start, i - start));
  }
  return words;
}

/// Words of a log line to search for: its words of letters (three or more,
/// lower case, each once), kept one by one while -s still finds a code for
/// all of them ("curl: (6) Could not resolve host: x" -> could not resolve
/// host), at most six; {} when none is kept.
std::vector<std::string> line_search_words(std::string_view line, const wsaerror::language& lang) {
  std::vector<std::string> candidates;
  for (std::size_t i = 0; i < line.size() && candidates.size() < 16;) {
    const auto letter = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(line[k]);
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < line.size() && letter(j)) ++j;
    // A whole word: not part of an identifier, a path or a number ("db01", "x86").
    const bool whole = (i == 0 || (line[i - 1] != '_' && !(line[i - 1] >= '0' && line[i - 1] <= '9'))) &&
                       (j == line.size() || (line[j] != '_' && !(line[j] >= '0' && line[j] <= '9')));
    const std::string w = lower(line.substr(i, j - i));
    i = j;
    static constexpr std::string_view common[] = {
        "the", "and", "for", "from", "with", "was", "were", "all", "are", "has", "had", "have",
        "this", "that", "but", "into", "after", "before", "while", "when", "then", "its", "via"};
    bool is_common = false;
    for (const std::string_view c : common) is_common = is_common || w == c;
    if (!whole || w.size() < 3 || is_common) continue;
    bool seen = false;
    for (const std::string& c : candidates) seen = seen || c == w;
    if (!seen) candidates.push_back(w);
  }
  std::vector<std::string> kept;
  for (const std::string& w : candidates) {
    if (kept.size() == 6) break;
    kept.push_back(w);
    const std::vector<std::string_view> words(kept.begin(), kept.end());
    if (search(words, lang).empty()) kept.pop_back();
  }
  return kept;
}

struct options {
  bool json = false;
  bool list = false;
  bool search = false;
  bool scan = false;
  bool help = false;
  bool version = false;
  bool width_set = false;
  std::size_t width = 0;
  language_choice lang;  ///< --lang's, or none
  std::vector<std::string_view> operands;
};

/// Parses args into `o`; on a usage error returns false with a message in `why`.
bool parse_options(const std::vector<std::string_view>& args, options& o, std::string& why) {
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    const bool negative_number = a.size() > 1 && a[0] == '-' && a[1] >= '0' && a[1] <= '9';
    if (options_done || a.size() < 2 || a[0] != '-' || negative_number) {
      o.operands.push_back(a);
      continue;
    }
    std::string_view name = a;
    std::string_view value;
    bool has_value = false;
    if (a.rfind("--", 0) == 0) {
      const std::size_t eq = a.find('=');
      if (eq != std::string_view::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
        has_value = true;
      }
    }
    const auto take_value = [&](std::string_view& v) {
      if (has_value) {
        v = value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return true;
    };
    if (name == "--") {
      options_done = true;
    } else if (name == "-j" || name == "--json") {
      o.json = true;
    } else if (name == "-l" || name == "--list") {
      o.list = true;
    } else if (name == "-s" || name == "--search") {
      o.search = true;
    } else if (name == "--scan") {
      o.scan = true;
    } else if (name == "-h" || name == "--help") {
      o.help = true;
    } else if (name == "-V" || name == "--version") {
      o.version = true;
    } else if (name == "-w" || name == "--width") {
      std::string_view v;
      if (!take_value(v)) return why = "option " + std::string(name) + " needs a number", false;
      std::size_t n = 0;
      const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
      if (v.empty() || r.ec != std::errc{} || r.ptr != v.data() + v.size() || n > 10000) {
        return why = "option " + std::string(name) + " takes a number from 0 to 10000, not " +
                     quoted(v),
               false;
      }
      o.width = n;
      o.width_set = true;
    } else if (name == "--lang") {
      std::string_view v;
      if (!take_value(v)) return why = "option --lang needs a language tag", false;
      o.lang = choose_language(v);
      if (!o.lang.lang) {
        return why = "unknown language " + quoted(v) + " (known: " + language_list() + ")", false;
      }
    } else {
      return why = "unknown option " + quoted(a), false;
    }
    if (has_value && name != "--width" && name != "--lang") {
      return why = "option " + std::string(name) + " takes no value", false;
    }
  }
  if (o.help || o.version) return true;
  if (o.list + o.search + o.scan > 1) {
    return why = "--list, --search and --scan cannot be combined", false;
  }
  if (o.scan) return true;
  if (o.list && !o.operands.empty()) return why = "--list takes no CODE", false;
  if (o.search && o.operands.empty()) return why = "--search needs at least one WORD", false;
  if (!o.list && !o.search && o.operands.empty()) return why = "no CODE given", false;
  for (const std::string_view a : o.operands) {
    if (a.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      return why = "an empty argument: give a code, a name or a message", false;
    }
  }
  return true;
}

}  // namespace

int run(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err,
        const environment& env) {
  options o;
  std::string why;
  if (!parse_options(args, o, why)) {
    err << "wsaerror: " << why << "\n" << usage_line;
    return exit_usage;
  }
  if (o.help) {
    out << help_text;
    return exit_found;
  }
  if (o.version) {
    out << "wsaerror " << WSAERROR_VERSION_MAJOR << '.' << WSAERROR_VERSION_MINOR << '.'
        << WSAERROR_VERSION_PATCH << " (" << wsaerror::code_count
        << " Winsock codes; text: Microsoft Docs, CC BY 4.0)\n";
    return exit_found;
  }
  const language_choice chosen = o.lang.lang ? o.lang : default_language(env);
  const wsaerror::language& lang = *chosen.lang;
  if (!chosen.note.empty()) err << chosen.note << '\n';
  // In a terminal: its width, but text no wider than 100 columns, which reads
  // badly; piped: no wrapping. -w N decides instead.
  const std::size_t terminal = env.columns ? env.columns : 80;
  const std::size_t width = o.width_set ? o.width : (env.terminal ? terminal : 0);
  const std::size_t text_width = o.width_set || width < 100 ? width : 100;

  if (o.scan) return scan_files(o.operands, env.in, o.json, lang, env.open_files, out, err);

  std::vector<const wsaerror::error_info*> entries;
  std::vector<wsaerror::stand_in_match> via;  // per entry: the stand-in that named it, or none
  std::vector<wsaerror::stand_in_match> stand_ins;  // what -s found among the stand-ins
  int status = exit_found;
  if (o.list) {
    for (const wsaerror::error_info& e : wsaerror::all(lang)) entries.push_back(&e);
  } else if (o.search) {
    entries = search(o.operands, lang);
    stand_ins = search_stand_ins(o.operands);
    if (entries.empty() && stand_ins.empty()) {
      err << "wsaerror: no Winsock code or Windows stand-in matches every word of the search";
      std::string joined;
      for (const std::string_view w : o.operands) joined += (joined.empty() ? "" : " ") + std::string(w);
      const reading direct = read_argument(joined);
      const std::vector<std::string> fixed = corrected(o.operands);
      const std::vector<std::string_view> fixed_words(fixed.begin(), fixed.end());
      long long number = 0;
      const std::vector<std::string> near =
          o.operands.size() == 1 && !wsaerror::parse_integer(joined, number) ? suggestions(joined)
                                                                              : std::vector<std::string>();
      if (!direct.codes.empty() || direct.alone) {
        // A code, a name or a log line: what the tool reads without -s.
        err << "; to look it up, leave out -s: wsaerror " << shell_word(joined);
      } else if (!near.empty() && joined.find('_') != std::string::npos) {
        // A mistyped name (STATUS_LOCAL_DISCONECT): the names it is close to.
        for (std::size_t i = 0; i < near.size(); ++i) {
          err << (i == 0 ? "; did you mean " : (i + 1 == near.size() ? " or " : ", ")) << near[i];
        }
        err << '?';
      } else if (!fixed.empty() && !search(fixed_words, lang).empty()) {
        err << "; did you mean: wsaerror -s";
        for (const std::string& w : fixed) err << ' ' << w;
        err << '?';
      }
      err << '\n';
      status = exit_not_found;
    }
  } else {
    for (const std::string_view a : o.operands) {
      const reading r = read_argument(a);
      if (r.special == not_a_code::success) {
        (o.json ? err : out) << quoted(a)
                             << " is not an error code: 0 means success (NO_ERROR, SocketError.Success).\n";
        continue;
      }
      if (r.special == not_a_code::socket_error) {
        err << "wsaerror: " << quoted(a)
            << " is not an error code. SOCKET_ERROR (-1) and INVALID_SOCKET are\n"
               "what a Winsock function returns when it fails; call WSAGetLastError() right\n"
               "after the failing call and look up the number it returns.\n";
        status = exit_not_found;
        continue;
      }
      if (r.alone) {  // a stand-in for no single Winsock code
        entries.push_back(nullptr);
        via.push_back(r.alone);
        continue;
      }
      if (r.codes.empty()) {
        // A line: say that it holds no code; a word or a name: that it is none.
        err << "wsaerror: "
            << (r.line ? "no Winsock error code in " + quoted(a)
                       : quoted(a) + " is not a Winsock error code or name");
        const std::vector<std::string> near = suggestions(a);
        for (std::size_t i = 0; i < near.size(); ++i) {
          err << (i == 0 ? "; did you mean " : (i + 1 == near.size() ? " or " : ", ")) << near[i];
        }
        std::vector<std::string> words;
        if (r.line) {
          words = line_search_words(a, lang);
        } else {
          const std::vector<std::string_view> w = search_words(a);
          if (!w.empty() && !search(w, lang).empty()) words.assign(w.begin(), w.end());
        }
        if (!words.empty()) {
          err << (near.empty() ? "; did you mean: wsaerror -s" : ", or: wsaerror -s");
          for (const std::string& w : words) err << ' ' << w;
          err << "?\n";
        } else {
          err << (near.empty() ? "\n" : "?\n");
        }
        status = exit_not_found;
      }
      for (std::size_t k = 0; k < r.codes.size(); ++k) {
        entries.push_back(&wsaerror::localize(*r.codes[k], lang));
        via.push_back(k < r.via.size() ? r.via[k] : wsaerror::stand_in_match());
      }
    }
  }
  via.resize(entries.size());

  if (o.json) {
    // A stand-in the search found is an entry as `wsaerror NAME` prints it:
    // the code it stands for, with the key "stand_in".
    for (const wsaerror::stand_in_match& m : stand_ins) {
      const wsaerror::error_info* e = m.winsock ? wsaerror::find(m.winsock) : nullptr;
      entries.push_back(e ? &wsaerror::localize(*e, lang) : nullptr);
      via.push_back(m);
    }
    print_json(out, entries, lang, via);
  } else if (o.list || o.search) {
    print_lines(out, entries, width);
    if (!entries.empty() && !stand_ins.empty()) out << '\n';
    print_stand_in_lines(out, stand_ins, lang, width);
  } else {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (i > 0) out << '\n';
      if (via[i]) {
        print_stand_in(out, via[i], lang, text_width);
        if (entries[i]) out << '\n';
      }
      if (entries[i]) print_entry(out, *entries[i], text_width);
    }
  }
  return status;
}

}  // namespace wsaerror_tool
