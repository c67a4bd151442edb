// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <string>

#include <wsaerror/version.hpp>
#include <wsaerror/wsaerror.hpp>

#include "language.hpp"
#include "render.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace wsaerror_tool {
namespace {

constexpr std::string_view usage_line =
    "usage: wsaerror [-j] [-w N] [--lang TAG] CODE|NAME...\n"
    "       wsaerror [-j] -s WORD...   |   wsaerror [-j] -l   |   wsaerror --help\n";

constexpr std::string_view help_text =
    "wsaerror: explain Windows Sockets (Winsock) error codes, on any OS.\n"
    "\n"
    "usage: wsaerror [OPTIONS] CODE|NAME...   explain each code\n"
    "       wsaerror [OPTIONS] -s WORD...     search names and texts\n"
    "       wsaerror [OPTIONS] -l             list every code\n"
    "\n"
    "CODE|NAME is what you paste from a log, in any case, with or without\n"
    "surrounding punctuation:\n"
    "  10061  0x274D  274Dh           the code in decimal or hex\n"
    "  0x8007274D  -2147014835        HRESULT_FROM_WIN32 of the code\n"
    "  WSAECONNREFUSED  econnrefused  macro name, with or without WSA\n"
    "  ECONNREFUSED  HOST_NOT_FOUND   BSD errno and h_errno names, aliases\n"
    "  connection_refused             wsaerror::errc enumerator name\n"
    "  \"connect failed: error 10061\"  text around a code (quote it)\n"
    "\n"
    "options:\n"
    "  -s, --search      list the codes whose names and texts contain every WORD,\n"
    "                    best matches first\n"
    "  -l, --list        list every code, one line each\n"
    "  -j, --json        print a JSON array of entries (keys: value, hex, name,\n"
    "                    enumerator, message, description, system_message, errc,\n"
    "                    errc_also, conditions, aliases, status, same_as, lang)\n"
    "  -w, --width N     wrap or cut text at N columns; 0: never (default: the\n"
    "                    terminal's width, at most 100 for an entry's text; no\n"
    "                    wrapping when output is not a terminal). Below 60\n"
    "                    columns labels go above their text\n"
    "      --lang TAG    text language: en-US, zh-TW, de-DE, es-ES, fr-FR, it-IT,\n"
    "                    pt-BR or ru-RU; also \"de\", \"pt_BR.UTF-8\", \"de_AT\"\n"
    "                    (default: from LC_ALL, LC_MESSAGES, LANG and LANGUAGE as\n"
    "                    gettext reads them, else en-US)\n"
    "  -h, --help        print this help\n"
    "  -V, --version     print the version\n"
    "  --                end of options (for a CODE that starts with '-', use it\n"
    "                    or write -10061 as is: negative numbers are not options)\n"
    "\n"
    "exit status: 0 every CODE was found (or the list/search printed codes),\n"
    "1 some CODE is unknown or the search found nothing, 2 usage error,\n"
    "3 the output could not be written.\n"
    "\n"
    "examples:\n"
    "  wsaerror 10061\n"
    "  wsaerror -s connection reset\n"
    "  wsaerror --json --list > winsock-errors.json\n"
    "  wsaerror --lang zh-TW WSAETIMEDOUT\n"
    "  LANG=ru_RU.UTF-8 wsaerror 10061\n"
    "\n"
    "Text: Microsoft Docs (Windows Sockets Error Codes, System Error Codes), CC BY 4.0.\n";

/// `s` made safe to echo in a message: printable ASCII kept, the rest escaped, cut at 60.
std::string quoted(std::string_view s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out = "'";
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 60) {
      out += "...";
      break;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out + "'";
}

bool is_separator(char c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case ',': case ';': case ':': case '=':
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case '"': case '\'': case '`':
      return true;
    default:
      return false;
  }
}

/// The codes an argument names: itself as a whole, else each word in it.
std::vector<const wsaerror::error_info*> resolve(std::string_view arg) {
  if (const wsaerror::error_info* e = wsaerror::parse(arg)) return {e};
  std::vector<const wsaerror::error_info*> found;
  std::size_t i = 0;
  while (i < arg.size()) {
    while (i < arg.size() && is_separator(arg[i])) ++i;
    std::size_t j = i;
    while (j < arg.size() && !is_separator(arg[j])) ++j;
    if (j > i) {
      const wsaerror::error_info* e = wsaerror::parse(arg.substr(i, j - i));
      bool seen = false;
      for (const auto* f : found) seen = seen || f == e;
      if (e && !seen) found.push_back(e);
    }
    i = j;
  }
  return found;
}

struct options {
  bool json = false;
  bool list = false;
  bool search = false;
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
    } else if (name == "-h" || name == "--help") {
      o.help = true;
    } else if (name == "-V" || name == "--version") {
      o.version = true;
    } else if (name == "-w" || name == "--width") {
      std::string_view v;
      if (!take_value(v)) return why = "option " + std::string(name) + " needs a number", false;
      unsigned long long n = 0;
      bool negative = false;
      if (!wsaerror::detail::parse_number(v, n, negative) || negative || n > 10000 ||
          v.find_first_not_of("0123456789") != std::string_view::npos) {
        return why = "option " + std::string(name) + " takes a number from 0 to 10000, not " +
                     quoted(v),
               false;
      }
      o.width = static_cast<std::size_t>(n);
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
  if (o.list && o.search) return why = "--list and --search cannot be combined", false;
  if (o.list && !o.operands.empty()) return why = "--list takes no CODE", false;
  if (o.search && o.operands.empty()) return why = "--search needs at least one WORD", false;
  if (!o.list && !o.search && o.operands.empty()) return why = "no CODE given", false;
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

  std::vector<const wsaerror::error_info*> entries;
  int status = exit_found;
  if (o.list) {
    for (const wsaerror::error_info& e : wsaerror::all(lang)) entries.push_back(&e);
  } else if (o.search) {
    entries = search(o.operands, lang);
    if (entries.empty()) {
      err << "wsaerror: no Winsock code matches every word of the search\n";
      status = exit_not_found;
    }
  } else {
    for (const std::string_view a : o.operands) {
      const std::vector<const wsaerror::error_info*> found = resolve(a);
      if (found.empty()) {
        err << "wsaerror: " << quoted(a) << " is no Winsock error code or name";
        const std::vector<std::string> near = suggestions(a);
        for (std::size_t i = 0; i < near.size(); ++i) {
          err << (i == 0 ? "; did you mean " : (i + 1 == near.size() ? " or " : ", ")) << near[i];
        }
        err << (near.empty() ? "\n" : "?\n");
        status = exit_not_found;
      }
      for (const auto* e : found) entries.push_back(&wsaerror::localize(*e, lang));
    }
  }

  if (o.json) {
    print_json(out, entries, lang);
  } else if (o.list || o.search) {
    print_lines(out, entries, width);
  } else {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (i > 0) out << '\n';
      print_entry(out, *entries[i], text_width);
    }
  }
  return status;
}

}  // namespace wsaerror_tool
