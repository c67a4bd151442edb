// SPDX-License-Identifier: MIT
#include "render.hpp"

#include <string>
#include <string_view>

#include "text.hpp"

namespace wsaerror_tool {
namespace {

constexpr std::size_t label_width = 16;   // "System message  "
constexpr std::size_t narrow_width = 60;  // below this, labels go above their text

/// "Label           text": each paragraph starts under the text; when a field
/// has several, their wrapped lines hang two columns deeper so each stands out.
void field(std::ostream& out, std::string_view label, std::string_view text, std::size_t width) {
  if (width > 0 && width < narrow_width) {
    // Narrow terminal: the label on a line of its own, the text under it.
    out << label << ":\n";
    for (std::size_t start = 0;;) {
      const std::size_t nl = text.find('\n', start);
      for (const std::string& line : wrap(text.substr(start, nl - start), width > 4 ? width - 2 : 2)) {
        out << "  " << line << '\n';
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    return;
  }
  const bool several = text.find('\n') != std::string_view::npos;
  const std::size_t hang = several ? 2 : 0;
  const std::size_t avail =
      width == 0 ? 0 : (width > label_width + hang + 20 ? width - label_width - hang : 20);
  std::string head(label);
  head.resize(label_width, ' ');
  const std::string pad(label_width, ' ');
  const std::string hang_pad(label_width + hang, ' ');
  bool first = true;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text.find('\n', start);
    const std::string_view para =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    bool first_line = true;
    for (const std::string& line : wrap(para, avail)) {
      out << (first ? head : (first_line ? pad : hang_pad)) << line << '\n';
      first = first_line = false;
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

std::string aliases_of(const wsaerror::error_info& e) {
  std::string out;
  wsaerror::for_each_alias(e, [&](std::string_view a) {
    if (!out.empty()) out += ", ";
    out += a;
  });
  return out;
}

std::string conditions_of(const wsaerror::error_info& e, bool json) {
  std::string out;
  for (const wsaerror::condition c : wsaerror::all_conditions()) {
    if (!e.has(c)) continue;
    const std::string_view name = wsaerror::to_string(c);
    if (!out.empty()) out += json ? "," : ", ";
    out += json ? json_string(name) : std::string(name);
  }
  return out;
}

}  // namespace

void print_entry(std::ostream& out, const wsaerror::error_info& e, std::size_t width) {
  out << e.name << " = " << e.value << " (" << wsaerror::hex(e.value) << ")\n";
  field(out, "Message", e.message, width);
  if (!e.description.empty()) field(out, "Description", e.description, width);
  field(out, "System message", e.system_message, width);
  std::string generic = "none (stays in the winsock category)";
  if (e.has_generic()) {
    generic = "std::errc::" + std::string(wsaerror::generic_name(e));
    if (e.generic_also != std::errc{}) {
      generic += ", also std::errc::" + std::string(wsaerror::generic_name(e, true));
    }
  }
  field(out, "std::errc", generic, width);
  const std::string conditions = conditions_of(e, false);
  if (!conditions.empty()) field(out, "Condition", "wsaerror::condition::" + conditions, width);
  field(out, "Enumerator", "wsaerror::errc::" + std::string(e.enumerator), width);
  const std::string aliases = aliases_of(e);
  if (!aliases.empty()) field(out, "Aliases", aliases, width);
  if (e.is_status) {
    field(out, "Note", "A status report, not a failure: the operation goes on.", width);
  }
  if (e.same_as != 0) {
    const wsaerror::error_info* other = wsaerror::find(e.same_as);
    field(out, "Note",
          "Same meaning as " + wsaerror::label(*other) +
              "; code that checks one should check both.",
          width);
  }
}

void print_lines(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                 std::size_t width) {
  std::size_t name_width = 0;
  for (const auto* e : entries) name_width = e->name.size() > name_width ? e->name.size() : name_width;
  // Too narrow for a message column: the message goes under the name.
  const std::size_t columns = 15 + name_width + 2;
  const bool stacked = width > 0 && width < columns + 16;
  for (const auto* e : entries) {
    std::string line = std::to_string(e->value);
    line.resize(7, ' ');
    line += wsaerror::hex(e->value);
    line += "  ";
    // A name too long to follow its number goes on a line of its own, under
    // the message's indent when that fits; names are never split.
    if (stacked && line.size() + e->name.size() > width) {
      line.resize(13);
      line += '\n';
      if (4 + e->name.size() <= width) line += "    ";
    }
    line += e->name;
    if (stacked) {
      out << line << '\n';
      for (const std::string& l : wrap(e->message, width > 8 ? width - 4 : 4)) out << "    " << l << '\n';
      continue;
    }
    line.resize(columns, ' ');
    line += width > columns ? truncate(e->message, width - columns) : std::string(e->message);
    out << line << '\n';
  }
}

void print_json(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                const wsaerror::language& lang) {
  out << "[";
  bool first = true;
  for (const auto* e : entries) {
    const std::string_view generic = wsaerror::generic_name(*e);
    const std::string_view also = wsaerror::generic_name(*e, true);
    std::string aliases;
    wsaerror::for_each_alias(*e, [&](std::string_view a) {
      if (!aliases.empty()) aliases += ",";
      aliases += json_string(a);
    });
    out << (first ? "\n" : ",\n") << "{\"value\":" << e->value << ",\"hex\":\"" << wsaerror::hex(e->value)
        << "\",\"name\":" << json_string(e->name)
        << ",\"enumerator\":" << json_string(e->enumerator)
        << ",\"message\":" << json_string(e->message)
        << ",\"description\":" << json_string(e->description)
        << ",\"system_message\":" << json_string(e->system_message)
        << ",\"errc\":" << (generic.empty() ? "null" : json_string(generic))
        << ",\"errc_also\":" << (also.empty() ? "null" : json_string(also))
        << ",\"conditions\":[" << conditions_of(*e, true) << "],\"aliases\":[" << aliases
        << "],\"status\":" << (e->is_status ? "true" : "false") << ",\"same_as\":";
    if (e->same_as) {
      out << e->same_as;
    } else {
      out << "null";
    }
    out << ",\"lang\":" << json_string(lang.tag) << "}";
    first = false;
  }
  out << (first ? "]\n" : "\n]\n");
}

}  // namespace wsaerror_tool
