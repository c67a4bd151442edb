"""Windows' stand-in codes: generated/stand_ins.hpp, generated/stand_in_map.hpp
and docs/stand-in-codes.md from data/stand-in-codes.json, written by
generate_tables.py (render_all() calls render_stand_ins()).

The Win32 values that overlapped socket I/O reports in place of Winsock codes
(ERROR_CONNECTION_REFUSED 1225 for WSAECONNREFUSED 10061, ...) and the NTSTATUS
values behind them, one row per Win32 value in the data file. Windows' message
of each Win32 value, in every language, comes from the System Error Codes pages
(data/msdocs/<lang>/system-error-codes--*.md), read by the same parser as the
Winsock codes' system messages.
"""

import json
import os

import generate_tables as g

DATA_FILE = os.path.join(g.ROOT, "data", "stand-in-codes.json")
PAGES = [
    "system-error-codes--0-499-.md",
    "system-error-codes--500-999-.md",
    "system-error-codes--1000-1299-.md",
    "system-error-codes--1300-1699-.md",
]
CONFIDENCE = ("agreed", "related", "doubtful", "none")
ROW_KEYS = {"win32", "name", "winsock", "confidence", "normalize", "note", "sources", "ntstatus"}
NT_KEYS = {"value", "name", "winsock", "confidence", "note", "sources"}


def load_data(path=None):
    """(rows, sources) of the data file, checked: every field present and of
    its kind, rows in increasing order of value, sources known, a code only
    where the confidence names one."""
    data = json.loads(g.read(path or DATA_FILE))
    sources, rows = data["sources"], data["rows"]
    seen_nt = set()
    last = -1
    for r in rows:
        where = "stand-in %s" % r.get("name")
        if not set(r) <= ROW_KEYS or not {"win32", "name", "winsock", "confidence",
                                          "normalize", "sources", "ntstatus"} <= set(r):
            raise g.DocsError("%s: fields %s" % (where, sorted(r)))
        if not isinstance(r["win32"], int) or not 0 < r["win32"] < 0x10000 or r["win32"] <= last:
            raise g.DocsError("%s: value %r (1-65535, rows in increasing order)" % (where, r["win32"]))
        last = r["win32"]
        if not r["name"].startswith("ERROR_"):
            raise g.DocsError("%s: a Win32 name starts with ERROR_" % where)
        check_mapping(where, r, sources)
        if r["winsock"] is None and r["normalize"]:
            raise g.DocsError("%s: normalize without a Winsock code" % where)
        if not r["ntstatus"]:
            raise g.DocsError("%s: no NTSTATUS behind it" % where)
        for n in r["ntstatus"]:
            nwhere = "%s: %s" % (where, n.get("name"))
            if not set(n) <= NT_KEYS or not {"value", "name", "winsock", "confidence", "sources"} <= set(n):
                raise g.DocsError("%s: fields %s" % (nwhere, sorted(n)))
            value = int(n["value"], 16)
            if n["value"] != "0x%08X" % value or value in seen_nt:
                raise g.DocsError("%s: value %s (0x and 8 upper-case hex digits, once)" % (nwhere, n["value"]))
            seen_nt.add(value)
            if not n["name"].startswith("STATUS_"):
                raise g.DocsError("%s: an NTSTATUS name starts with STATUS_" % nwhere)
            check_mapping(nwhere, n, sources)
    return rows, sources


def check_mapping(where, r, sources):
    if r["confidence"] not in CONFIDENCE:
        raise g.DocsError("%s: confidence %r, not one of %s" % (where, r["confidence"], CONFIDENCE))
    if (r["winsock"] is None) != (r["confidence"] == "none"):
        raise g.DocsError("%s: a Winsock code exactly when the confidence is not 'none'" % where)
    if r["confidence"] in ("doubtful", "none") and not r.get("note"):
        raise g.DocsError("%s: a %s row says why in a note" % (where, r["confidence"]))
    if not r["sources"] or any(s not in sources for s in r["sources"]):
        raise g.DocsError("%s: sources %r (keys of \"sources\")" % (where, r["sources"]))


def messages(docs, rows, langs):
    """{lang: {win32: message}}: Windows' message of every row, per language,
    from the System Error Codes pages, repaired like the Winsock codes' text
    (no repair applies to these rows today; the rule is the same)."""
    out = {}
    for lang in langs:
        system = g.parse_system_pages([os.path.join(docs, lang, p) for p in PAGES])
        texts = {}
        for r in rows:
            name = r["name"]
            if name not in system:
                raise g.DocsError("%s: no System Error Codes entry %s" % (lang, name))
            value, text = system[name]
            if value != r["win32"]:
                raise g.DocsError("%s: %s is %r on the system page, the data says %d"
                                  % (lang, name, value, r["win32"]))
            g.check_clean(text, "%s: %s" % (lang, name))
            if not text:
                raise g.DocsError("%s: %s has no text" % (lang, name))
            texts[r["win32"]] = text
        out[lang] = texts
    return out


def page_sources(docs, langs):
    files = []
    for lang in langs:
        for page in PAGES:
            path = os.path.join(docs, lang, page)
            with open(path, "rb") as f:
                digest = g.hashlib.sha256(f.read()).hexdigest()
            files.append("%s/%s (sha256 %s)" % (lang, page, digest[:16]))
    return files


def banner(docs, purpose, langs):
    lines = [
        "// " + purpose,
        "//",
        "// GENERATED by scripts/generate_tables.py (scripts/stand_in_tables.py) from",
        "// data/stand-in-codes.json -- do not edit by hand; CI checks that this file",
        "// is what the generator makes. The sources of every row are in that file.",
    ]
    if langs:
        lines += ["//",
                  "// Text: Microsoft Docs, \"System Error Codes\", licensed CC BY 4.0 (see",
                  "// NOTICE). Sources:"]
        lines += ["//   " + s for s in page_sources(docs, langs)]
    return "\n".join(lines) + "\n"


def winsock_of(value):
    return 0 if value is None else value


def render_map(docs, rows):
    """generated/stand_in_map.hpp: the Win32 values normalize() takes on
    Windows and their Winsock codes, as one switch (a few compares)."""
    cases = ["    case %d: return %d;  // %s" % (r["win32"], r["winsock"], r["name"])
             for r in rows if r["normalize"] and r["winsock"] != r["win32"]]
    out = [banner(docs, "The Win32 stand-in codes wsaerror::normalize() takes on Windows.", ()),
           "#ifndef " + g.guard("stand_in_map"), "#define " + g.guard("stand_in_map"), "",
           "namespace wsaerror {", "namespace detail {", "",
           "/// The Winsock code the Win32 value `value` stands for, when normalize()",
           "/// takes it (\"normalize\": true in the data file), else 0.",
           "constexpr int winsock_of_stand_in(int value) noexcept {",
           "  switch (value) {"]
    out += cases
    out += ["    default: return 0;", "  }", "}", "",
            "}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def confidence_expr(c):
    return "confidence::" + c


def render_table(docs, rows, texts, langs):
    """generated/stand_ins.hpp: every row, its NTSTATUS values, its message in
    every language."""
    nts = sorted(((int(n["value"], 16), n, r) for r in rows for n in r["ntstatus"]),
                 key=lambda t: t[0])
    out = [banner(docs, "Windows' stand-in codes: the Win32 and NTSTATUS values that mean a "
                  "Winsock error.", langs),
           "#ifndef " + g.guard("stand_ins"), "#define " + g.guard("stand_ins"), "",
           "#include <array>", "#include <cstddef>", "#include <string_view>", "",
           '#include "../detail/stand_in_types.hpp"', "",
           "namespace wsaerror {", "namespace detail {", "",
           "using namespace std::string_view_literals;", "",
           "inline constexpr int stand_in_count = %d;" % len(rows),
           "inline constexpr int ntstatus_count = %d;" % len(nts),
           "inline constexpr int stand_in_language_count = %d;" % len(langs), "",
           "/// The languages of stand_in_messages' columns, in this order.",
           "inline constexpr std::array<std::string_view, %d> stand_in_languages{{" % len(langs)]
    out += ["    %s," % g.cpp_view(lang) for lang in langs]
    out += ["}};", "",
            "/// One row per Win32 stand-in, in increasing order of value: value, name,",
            "/// Winsock code (0: none), confidence, whether normalize() takes it, note,",
            "/// en-US message.",
            "inline constexpr std::array<stand_in_info, %d> stand_in_rows{{" % len(rows)]
    for r in rows:
        out.append("    {%d, %s, %d, %s, %s, %s, %s}," % (
            r["win32"], g.cpp_view(r["name"]), winsock_of(r["winsock"]),
            confidence_expr(r["confidence"]), "true" if r["normalize"] else "false",
            g.cpp_view(r.get("note", "")), g.cpp_view(texts["en-US"][r["win32"]])))
    out += ["}};", "",
            "/// One row per NTSTATUS value, in increasing order of value: value, name,",
            "/// its Win32 stand-in, Winsock code (0: none), confidence, note.",
            "inline constexpr std::array<ntstatus_info, %d> ntstatus_rows{{" % len(nts)]
    for value, n, r in nts:
        out.append("    {0x%08Xu, %s, %d, %d, %s, %s}," % (
            value, g.cpp_view(n["name"]), r["win32"], winsock_of(n["winsock"]),
            confidence_expr(n["confidence"]), g.cpp_view(n.get("note", ""))))
    out += ["}};", "",
            "/// Windows' message of each stand-in (rows as stand_in_rows) in each",
            "/// language (columns as stand_in_languages).",
            "inline constexpr std::array<std::array<std::string_view, %d>, %d> stand_in_messages{{"
            % (len(langs), len(rows))]
    for r in rows:
        out.append("    {{  // %s" % r["name"])
        out += ["        %s," % g.cpp_view(texts[lang][r["win32"]]) for lang in langs]
        out.append("    }},")
    out += ["}};", "", "}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def cell(text):
    return " ".join(str(text).split()).replace("|", "\\|")


def render_page(rows, sources, texts):
    """docs/stand-in-codes.md: the table as a person reads it, with sources."""
    out = [
        "# Stand-in codes",
        "",
        "<!-- Generated by scripts/generate_tables.py (scripts/stand_in_tables.py) from",
        "     data/stand-in-codes.json and data/msdocs/en-US/: do not edit. -->",
        "",
        "The Win32 values that `GetQueuedCompletionStatus()` and `GetOverlappedResult()`",
        "leave in `GetLastError()` after a failed overlapped socket operation, in place",
        "of the Winsock code `WSAGetLastError()` would give, and the NTSTATUS values",
        "`OVERLAPPED::Internal` holds behind them: %d Win32 values, %d NTSTATUS values."
        % (len(rows), sum(len(r["ntstatus"]) for r in rows)),
        "How they are used: [Windows](windows.md#stand-in-codes); the API:",
        "[reference](reference.md#stand-in-codes-wsaerrorstand_inhpp).",
        "",
        "Confidence: **agreed**, two or more independent sources give this code;",
        "**related**, only Wine and libuv do (their tables share an origin: about one",
        "and a half sources); **doubtful**, the value has more than one meaning (the",
        "note says which); **none**, no single code. *normalize* says whether",
        "`wsaerror::normalize()` takes the Win32 value on Windows. The Win32 messages are",
        "Microsoft's (System Error Codes, CC BY 4.0).",
        "",
        "| Win32 | name | Winsock | confidence | normalize | sources | message / note |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        note = texts["en-US"][r["win32"]] + (" *Note: %s*" % r["note"] if r.get("note") else "")
        out.append("| %d | `%s` | %s | %s | %s | %s | %s |" % (
            r["win32"], r["name"], r["winsock"] if r["winsock"] is not None else "-",
            r["confidence"], "yes" if r["normalize"] else "no", ", ".join(r["sources"]), cell(note)))
    out += ["", "| NTSTATUS | name | Win32 | Winsock | confidence | sources | note |",
            "|---|---|---|---|---|---|---|"]
    for value, n, r in sorted(((int(n["value"], 16), n, r) for r in rows for n in r["ntstatus"]),
                              key=lambda t: t[0]):
        out.append("| `%s` | `%s` | %d | %s | %s | %s | %s |" % (
            n["value"], n["name"], r["win32"], n["winsock"] if n["winsock"] is not None else "-",
            n["confidence"], ", ".join(n["sources"]), cell(n.get("note", ""))))
    out += ["", "## Sources", ""]
    out += ["- **%s**: %s" % (k, cell(v)) for k, v in sources.items()]
    out.append("")
    return "\n".join(out)


def render_stand_ins(docs, langs):
    """{path relative to include/wsaerror: content} of the stand-in files."""
    rows, sources = load_data()
    texts = messages(docs, rows, langs)
    return {
        "generated/stand_ins.hpp": render_table(docs, rows, texts, langs),
        "generated/stand_in_map.hpp": render_map(docs, rows),
        "../../docs/stand-in-codes.md": render_page(rows, sources, texts),
    }
