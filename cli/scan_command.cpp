// SPDX-License-Identifier: MIT
// wsaerror --scan: files in, annotated lines (or JSON Lines) out.
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "cli.hpp"
#include "render.hpp"
#include "scan.hpp"
#include "text.hpp"

namespace wsaerror_tool {
namespace {

void print_text(std::ostream& out, std::string_view file, const scanned_line& l,
                const wsaerror::language& lang) {
  if (!file.empty()) out << file << ':';
  out << l.number << ": " << (l.cut ? "..." : "") << l.text << (l.cut ? "...\n" : "\n");
  std::vector<std::pair<const wsaerror::error_info*, const wsaerror::stand_in_info*>> seen;
  for (const finding& f : l.findings) {
    bool again = false;
    for (const auto& s : seen) again = again || (s.first == f.entry && s.second == f.via.win32);
    if (again) continue;
    seen.emplace_back(f.entry, f.via.win32);
    const wsaerror::error_info& e = wsaerror::localize(*f.entry, lang);
    out << "    ";
    if (f.via) {
      // a doubtful row (64: a reset, or an abort on accept) says so here too,
      // not only in `wsaerror 64` and --json: a log reader acts on this line
      const wsaerror::confidence sure = f.via.ntstatus ? f.via.ntstatus->confidence : f.via.win32->confidence;
      out << stand_in_label(f.via)
          << (sure == wsaerror::confidence::doubtful ? " may stand for " : " stands for ");
    }
    out << wsaerror::label(e) << ": " << e.message << '\n';
  }
}

void print_json(std::ostream& out, std::string_view file, const scanned_line& l,
                const wsaerror::language& lang) {
  for (const finding& f : l.findings) {
    const wsaerror::error_info& e = wsaerror::localize(*f.entry, lang);
    out << "{\"file\":" << json_string(file) << ",\"line\":" << l.number
        << ",\"column\":" << f.column << ",\"match\":" << json_string(f.text)
        << ",\"value\":" << e.value << ",\"name\":" << json_string(e.name)
        << ",\"message\":" << json_string(e.message);
    if (f.via) out << ",\"stand_in\":" << stand_in_json(f.via, lang);
    out << ",\"lang\":" << json_string(lang.tag) << "}\n";
  }
}

/// ": " and what errno says, or "" when it says nothing.
std::string reason() {
  const int e = errno;
  return e ? std::string(": ") + std::strerror(e) : std::string();
}

}  // namespace

int scan_files(const std::vector<std::string_view>& files, std::istream* std_in, bool json,
               const wsaerror::language& lang, bool open_files, std::ostream& out,
               std::ostream& err) {
  std::vector<std::string_view> inputs = files;
  if (inputs.empty()) inputs.push_back("-");
  bool any = false;
  bool failed = false;
  for (const std::string_view name : inputs) {
    // File names prefix the lines when there are several, as grep does.
    const std::string_view label = json ? (name == "-" ? "(standard input)" : name)
                                        : (inputs.size() > 1 ? name : std::string_view());
    std::ifstream file;
    std::istream* in = std_in;
    errno = 0;
    if (name != "-") {
      // A directory opens as a stream on some standard libraries (libc++)
      // and then reads as empty: refuse it by name, the same everywhere.
      std::error_code ec;
      const bool directory =
          open_files && std::filesystem::is_directory(std::filesystem::path(std::string(name)), ec);
      if (open_files && !directory) file.open(std::string(name), std::ios::binary);
      if (directory) errno = EISDIR;
      if (!file.is_open()) {
        err << "wsaerror: cannot read '" << name << "'" << reason() << "\n";
        failed = true;
        continue;
      }
      in = &file;
    }
    if (!in) continue;
    try {
      scan_stream(*in, [&](const scanned_line& l) {
        any = true;
        if (json) {
          print_json(out, label, l, lang);
        } else {
          print_text(out, label, l, lang);
        }
      });
    } catch (const std::exception&) {  // a read error (a directory...): the stream throws
      err << "wsaerror: cannot read '" << name << "'" << reason() << "\n";
      failed = true;
    }
  }
  if (failed) return exit_usage;
  if (!any) err << "wsaerror: no Winsock error code found\n";
  return any ? exit_found : exit_not_found;
}

}  // namespace wsaerror_tool
