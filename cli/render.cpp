// SPDX-License-Identifier: MIT
#include "render.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "text.hpp"

namespace wsaerror_tool {
namespace {

constexpr std::size_t label_width = 16;   // "System message  "
constexpr std::size_t narrow_width = 60;  // below this, labels go above their text
// -l and -s: a message column narrower than this is no use (a message cut to
// "The network l..."): the message goes under the name instead.
constexpr std::size_t min_message_columns = 24;

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

namespace {
std::string_view confidence_text(wsaerror::confidence c) {
  switch (c) {
    case wsaerror::confidence::agreed: return "agreed";
    case wsaerror::confidence::related: return "related";
    case wsaerror::confidence::doubtful: return "doubtful";
    case wsaerror::confidence::none: break;
  }
  return "none";
}

std::string nt_hex(std::uint32_t v) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out = "0x";
  for (int shift = 28; shift >= 0; shift -= 4) out += digits[(v >> shift) & 0xFu];
  return out;
}
}  // namespace

std::string stand_in_label(const wsaerror::stand_in_match& m) {
  if (m.ntstatus) return std::string(m.ntstatus->name) + " (" + nt_hex(m.ntstatus->value) + ")";
  return std::string(m.win32->name) + " (" + std::to_string(m.win32->value) + ")";
}

void print_stand_in(std::ostream& out, const wsaerror::stand_in_match& m,
                    const wsaerror::language& lang, std::size_t width) {
  const wsaerror::stand_in_info& s = *m.win32;
  if (m.ntstatus) {
    out << m.ntstatus->name << " = " << nt_hex(m.ntstatus->value) << " (NTSTATUS)\n";
    field(out, "Win32", std::string(s.name) + " = " + std::to_string(s.value) + " (" +
                            wsaerror::hex(s.value) + "), what GetLastError() says for it", width);
  } else {
    out << s.name << " = " << s.value << " (" << wsaerror::hex(s.value) << ")\n";
  }
  field(out, "Windows message", wsaerror::message(s, lang.tag), width);
  const int code = m.winsock;
  const wsaerror::error_info* e = code ? wsaerror::find(code) : nullptr;
  field(out, "Stands for",
        e ? wsaerror::label(*e) +
                ", what WSAGetLastError() says for the same failure (a Windows stand-in code)"
          : std::string("no single Winsock code"),
        width);
  const wsaerror::confidence c = m.ntstatus ? m.ntstatus->confidence : s.confidence;
  const std::string_view why =
      c == wsaerror::confidence::agreed    ? "two or more independent sources give this code"
      : c == wsaerror::confidence::related ? "only Wine and libuv give it; their tables share an origin"
      : c == wsaerror::confidence::doubtful ? "the value has more than one meaning"
                                            : "the sources give none or disagree";
  field(out, "Confidence", std::string(confidence_text(c)) + ": " + std::string(why), width);
  const std::string_view note = m.ntstatus && !m.ntstatus->note.empty() ? m.ntstatus->note
                                : m.ntstatus                           ? std::string_view()
                                                                       : s.note;
  if (!note.empty()) field(out, "Note", note, width);
}

std::string stand_in_json(const wsaerror::stand_in_match& m, const wsaerror::language& lang) {
  const wsaerror::stand_in_info& s = *m.win32;
  std::string out = "{\"value\":" + std::to_string(s.value) + ",\"hex\":\"" + wsaerror::hex(s.value) +
                    "\",\"name\":" + json_string(s.name) +
                    ",\"message\":" + json_string(wsaerror::message(s, lang.tag)) + ",\"ntstatus\":";
  if (m.ntstatus) {
    out += "{\"value\":\"" + nt_hex(m.ntstatus->value) + "\",\"name\":" + json_string(m.ntstatus->name) + "}";
  } else {
    out += "null";
  }
  const wsaerror::confidence c = m.ntstatus ? m.ntstatus->confidence : s.confidence;
  const std::string_view note = m.ntstatus ? m.ntstatus->note : s.note;
  out += ",\"winsock\":" + (m.winsock ? std::to_string(m.winsock) : std::string("null")) +
         ",\"confidence\":" + json_string(confidence_text(c)) + ",\"note\":" + json_string(note) + "}";
  return out;
}

void print_lines(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                 std::size_t width) {
  std::size_t name_width = 0;
  for (const auto* e : entries) name_width = e->name.size() > name_width ? e->name.size() : name_width;
  // Too narrow for a message column: the message goes under the name.
  const std::size_t columns = 15 + name_width + 2;
  const bool stacked = width > 0 && width < columns + min_message_columns;
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

void print_stand_in_lines(std::ostream& out, const std::vector<wsaerror::stand_in_match>& rows,
                          const wsaerror::language& lang, std::size_t width) {
  if (rows.empty()) return;
  // Someone who searched words may never have met a stand-in: say what the
  // block is, in one sentence, before it.
  const std::string_view head = "Windows stand-in codes, and the Winsock code each stands for (? if doubtful):";
  if (width > 0) {
    for (const std::string& l : wrap(head, width)) out << l << '\n';
  } else {
    out << head << '\n';
  }
  // "64     0x0040" for a Win32 value, "0xC000013B" for an NTSTATUS
  auto number = [](const wsaerror::stand_in_match& m) {
    if (m.ntstatus) return nt_hex(m.ntstatus->value);
    std::string n = std::to_string(m.win32->value);
    n.resize(7, ' ');
    return n + wsaerror::hex(m.win32->value);
  };
  auto name = [](const wsaerror::stand_in_match& m) { return m.ntstatus ? m.ntstatus->name : m.win32->name; };
  auto stands_for = [](const wsaerror::stand_in_match& m) {
    const wsaerror::error_info* e = m.winsock ? wsaerror::find(m.winsock) : nullptr;
    if (!e) return std::string("-> none");
    const wsaerror::confidence c = m.ntstatus ? m.ntstatus->confidence : m.win32->confidence;
    return "-> " + std::string(e->name) + (c == wsaerror::confidence::doubtful ? "?" : "");
  };
  // An NTSTATUS has no message of its own: its Win32 value's, after that value.
  auto text = [&lang](const wsaerror::stand_in_match& m) {
    const std::string message(wsaerror::message(*m.win32, lang.tag));
    return m.ntstatus ? "(" + std::to_string(m.win32->value) + ") " + message : message;
  };
  std::size_t name_width = 0;
  std::size_t code_width = 0;
  for (const auto& m : rows) {
    name_width = name(m).size() > name_width ? name(m).size() : name_width;
    code_width = stands_for(m).size() > code_width ? stands_for(m).size() : code_width;
  }
  const std::size_t columns = 15 + name_width + 2 + code_width + 2;
  // As print_lines() does for the Winsock codes above the block: one line
  // each, the message cut to fit; too narrow for a message column, the
  // message goes under the name, and the code it stands for beside the name
  // when it fits, else under it (names are never split: a line is wider than
  // `width` only when one name alone is).
  const bool stacked = width > 0 && width < columns + min_message_columns;
  // Under its name, the code a stand-in stands for is indented as the message
  // when every row's fits, else no row's is (a narrow block reads alike).
  const std::string code_indent = 4 + code_width <= width ? "    " : "";
  for (const auto& m : rows) {
    std::string line = number(m);
    line.resize(15, ' ');
    if (stacked && line.size() + name(m).size() > width) {
      line.resize(line.find_last_not_of(' ') + 1);
      line += '\n';
      if (4 + name(m).size() <= width) line += "    ";
    }
    line += name(m);
    if (stacked) {
      const std::size_t last = line.size() - (line.rfind('\n') + 1);
      const std::string code = stands_for(m);
      if (last + 2 + code.size() <= width) {
        // aligned with the other rows' codes when that fits too
        const std::size_t aligned = 15 + name_width + 2;
        line.resize(line.size() + (aligned + code.size() <= width && aligned > last ? aligned - last : 2), ' ');
        line += code;
      } else if (code_indent.size() + code.size() <= width) {
        line += "\n" + code_indent + code;
      } else {
        // "-> WSA_OPERATION_ABORTED" is wider than the terminal: the name
        // alone on its line (names are never split)
        line += "\n->\n" + code.substr(3);
      }
      out << line << '\n';
      for (const std::string& l : wrap(text(m), width > 8 ? width - 4 : 4)) out << "    " << l << '\n';
      continue;
    }
    line.resize(15 + name_width + 2, ' ');
    line += stands_for(m);
    line.resize(columns, ' ');
    line += width > columns ? truncate(text(m), width - columns) : text(m);
    out << line << '\n';
  }
}

void print_json(std::ostream& out, const std::vector<const wsaerror::error_info*>& entries,
                const wsaerror::language& lang, const std::vector<wsaerror::stand_in_match>& via) {
  out << "[";
  bool first = true;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const wsaerror::error_info* e = entries[k];
    const bool stand_in = k < via.size() && via[k];
    if (!e) {  // a stand-in for no single Winsock code
      if (stand_in) {
        out << (first ? "\n" : ",\n") << "{\"value\":null,\"stand_in\":" << stand_in_json(via[k], lang)
            << ",\"lang\":" << json_string(lang.tag) << "}";
        first = false;
      }
      continue;
    }
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
    if (stand_in) out << ",\"stand_in\":" << stand_in_json(via[k], lang);
    out << ",\"lang\":" << json_string(lang.tag) << "}";
    first = false;
  }
  out << (first ? "]\n" : "\n]\n");
}

}  // namespace wsaerror_tool
