#!/usr/bin/env python3
"""An oracle for the shipped table: Microsoft's pages read a second way.

usage: docs_oracle.py DOCS_DIR WSAERROR_EXE [EMULATOR...]

For every language of LANGUAGES below, reads DOCS_DIR/LANG/ with its own,
deliberately simple extraction (line by line over the raw page text, a
hand-written tag scanner, nothing from scripts/generate_tables.py) and compares every code's name, value, message,
description and system_message, byte for byte, with what
`wsaerror --list --json --lang LANG` prints. Exit 0 when all agree, 1
otherwise: also when a page or a language is missing (nothing is skipped),
and when the tool ships a language that LANGUAGES lacks.

The text rules are docs/maintainers.md's ("Where the text comes from"): tags dropped and
their text kept, entities decoded, <br> and block-element boundaries are
paragraph breaks (never leading, trailing or doubled), other whitespace,
U+00A0 included, folds to one space.

Adding a language: one entry in LANGUAGES (CTest runs them all), with the
layout of its Winsock page. The repairs the project documents for translated
identifiers (data/translation-repairs.tsv: text changed on purpose) are
applied to what is read here, each where its damaged text occurs exactly
once; one that does not apply fails the test, so the list cannot go stale.
"""
import html
import json
import os
import subprocess
import sys

path = os.path

# Per language: how its Winsock page lays out the table.
LANGUAGES = {
    "en-US": {"winsock": "markdown"},
    "zh-TW": {"winsock": "html"},
    "de-DE": {"winsock": "markdown"},
    "es-ES": {"winsock": "markdown"},
    "fr-FR": {"winsock": "markdown"},
    "it-IT": {"winsock": "markdown"},
    "pt-BR": {"winsock": "markdown"},
    "ru-RU": {"winsock": "markdown"},
}
# The documented repairs of translated identifiers: language, code name,
# field, damaged text, repair (tab-separated; '#' starts a comment).
REPAIRS = path.join(path.dirname(path.abspath(__file__)), "..", "..", "data",
                    "translation-repairs.tsv")

WINSOCK_PAGE = "windows-sockets-error-codes-2.md"
SYSTEM_PAGES = ["system-error-codes--0-499-.md", "system-error-codes--500-999-.md",
                "system-error-codes--9000-11999-.md"]
BLOCK = {"dl", "dt", "dd", "ul", "ol", "li", "p", "div", "table", "thead", "tbody", "tr", "td", "th"}
BREAK = "\n"


def scan(fragment):
    """[(kind, value)]: ("tag", "name" or "/name") and ("text", str), by hand."""
    out, i = [], 0
    while i < len(fragment):
        lt = fragment.find("<", i)
        if lt < 0:
            out.append(("text", fragment[i:]))
            break
        if lt > i:
            out.append(("text", fragment[i:lt]))
        gt = fragment.find(">", lt)
        if gt < 0:
            raise ValueError("unclosed tag in %r" % fragment[lt:lt + 40])
        name = fragment[lt + 1:gt].strip().rstrip("/").split()
        out.append(("tag", name[0].lower() if name else ""))
        i = gt + 1
    return out


def plain(fragment):
    """The text rules (docs/maintainers.md) over an HTML fragment."""
    parts = []
    for kind, value in scan(fragment):
        if kind == "text":
            parts.append(html.unescape(value))
        elif value == "br" or value.lstrip("/") in BLOCK:
            parts.append(BREAK)
    paragraphs = [" ".join(p.split()) for p in "".join(parts).split(BREAK)]
    return "\n".join(p for p in paragraphs if p)


def first_span_id(cell):
    """The anchor id of a code cell: never translated, unlike the bold name."""
    start = cell.index('<span id="') + len('<span id="')
    return cell[start:cell.index('"', start)]


def winsock_cells(lines, layout):
    """[(code cell, text cell)], one per table row, line by line."""
    rows = []
    if layout == "markdown":  # | code cell | text cell |
        for line in lines:
            if line.startswith("| <span id="):
                cells = line.rstrip().rstrip("|").split(" | ")
                if len(cells) != 2:
                    raise ValueError("row with %d cells: %s" % (len(cells), line[:80]))
                rows.append((cells[0][2:], cells[1]))
    elif layout == "html":  # <td>code cell</td> on one line, the text cell up to </tr>
        i = 0
        while i < len(lines):
            if lines[i].startswith("<td><span id="):
                j = i + 1
                while lines[j].strip() != "</tr>":
                    j += 1
                rows.append((lines[i], "\n".join(lines[i + 1:j])))
                i = j
            i += 1
    else:
        raise ValueError("unknown layout %r" % layout)
    return rows


def winsock_page(file, layout):
    """{value: (name, message, description)}: the message is the text cell's
    first paragraph, the description the rest."""
    with open(file, encoding="utf-8") as f:
        lines = f.read().splitlines()
    out = {}
    for code_cell, text_cell in winsock_cells(lines, layout):
        name = first_span_id(code_cell)
        value = int("".join(ch for ch in plain(code_cell).split()[-1] if ch.isdigit()))
        message, _, description = plain(text_cell).partition("\n")
        out[value] = (name, message, description)
    return out


def system_pages(files):
    """{value: [(name, text)]}: an entry is a `<span id="NAME">` line, then a
    line `VALUE (... 0xHEX)`, then its text up to the next entry or heading."""
    out = {}
    for file in files:
        with open(file, encoding="utf-8") as f:
            lines = f.read().splitlines()
        name = value = None
        text = []

        def flush():
            if name is not None and value is not None:
                out.setdefault(value, []).append((name, plain("\n".join(text))))

        for line in lines:
            bare = plain(line)
            if line.startswith('<span id="') or line.startswith("#"):
                flush()
                name = first_span_id(line) if line.startswith("<span") else None
                value, text = None, []
            elif name is not None and value is None:
                # "10061 (0x274D)"; zh-TW words some: "10048 (錯誤碼為 0x2740)"
                words = bare.replace("(", " ").replace(")", " ").split()
                if len(words) >= 2 and words[0].isdigit() and words[-1].startswith("0x"):
                    value = int(words[0])
                    if int(words[-1], 16) != value:  # garbled (de-DE 500): unusable
                        name = value = None
            elif value is not None:
                text.append(line)
        flush()
    return out


def repairs():
    """[(language, code name, field, damaged, repair)] from REPAIRS."""
    out = []
    with open(REPAIRS, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.strip() and not line.startswith("#"):
                parts = line.split("\t")
                if len(parts) != 5:
                    raise ValueError("%s: not 5 tab-separated fields: %r" % (REPAIRS, line))
                out.append(tuple(parts))
    return out


def expected(docs, lang, values):
    """What the pages say for each code, with the language's repairs applied."""
    folder = path.join(docs, lang)
    winsock = winsock_page(path.join(folder, WINSOCK_PAGE), LANGUAGES[lang]["winsock"])
    system = system_pages([path.join(folder, p) for p in SYSTEM_PAGES])
    out = {}
    for v in values:
        entries = system.get(v, [])
        if len(entries) != 1:  # one entry per value, whatever its name
            raise ValueError("%s: %d system entries for %d: %r" % (lang, len(entries), v, entries))
        sys_name, sys_text = entries[0]
        if v in winsock:
            name, message, description = winsock[v]
        else:  # documented only on the System Error Codes page
            name, message, description = sys_name, sys_text, ""
        out[v] = {"value": v, "name": name, "message": message,
                  "description": description, "system_message": sys_text}
    by_name = {e["name"]: e for e in out.values()}
    for rlang, name, field, damaged, repair in repairs():
        if rlang != lang:
            continue
        text = by_name[name][field]
        if text.count(damaged) != 1:
            raise ValueError("%s: repair %s %s %r: found %d times in %r"
                             % (lang, name, field, damaged, text.count(damaged), text))
        by_name[name][field] = text.replace(damaged, repair)
    missing = sorted(set(winsock) - set(values))
    if missing:
        raise ValueError("%s: the table lacks the Winsock page's codes %s" % (lang, missing))
    return out


def shipped(exe, lang, emulator):
    """The tool's table in `lang`, or None when the tool does not know it."""
    r = subprocess.run(emulator + [exe, "--list", "--json", "--lang", lang],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode == 2 and b"unknown language" in r.stderr:
        return None
    if r.returncode != 0:
        raise ValueError("%s --lang %s exits %d: %s" % (exe, lang, r.returncode, r.stderr[:200]))
    return json.loads(r.stdout.decode("utf-8"))


def compare(docs, lang, table):
    """Differences between the pages (read here) and the table; printed."""
    want = expected(docs, lang, [e["value"] for e in table])
    # every code the Winsock page lists is in the table (read here, not counted in code)
    listed = winsock_page(path.join(docs, lang, WINSOCK_PAGE), LANGUAGES[lang]["winsock"])
    missing = sorted(set(listed) - {e["value"] for e in table})
    if missing:
        print("%s: the table lacks %s, which the Winsock page lists" % (lang, missing))
    failures = len(missing)
    for have in table:
        for field, text in want[have["value"]].items():
            if have[field] != text:
                failures += 1
                print("%s %d %s:\n  pages: %r\n  table: %r" % (lang, have["value"], field, text, have[field]))
    print("%s: %d codes, %d fields compared, %d differ" % (lang, len(table), 5 * len(table), failures))
    return failures


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    docs, exe, emulator = sys.argv[1], sys.argv[2], sys.argv[3:]
    failures = 0
    checked = []
    # Every language the pages have and the tool ships is compared; one the
    # tool ships without an entry in LANGUAGES fails.
    for lang in sorted(d for d in os.listdir(docs) if path.isdir(path.join(docs, d))):
        table = shipped(exe, lang, emulator)
        if table is None:
            print("%s: pages present, not in the table" % lang)
        elif lang not in LANGUAGES:
            print("%s: in the table, but no entry in LANGUAGES here" % lang)
            failures += 1
        else:
            failures += compare(docs, lang, table)
            checked.append(lang)
    for lang in sorted(set(LANGUAGES) - set(checked)):
        print("%s: in LANGUAGES, but the tool or the pages lack it" % lang)
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
