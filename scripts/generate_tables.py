#!/usr/bin/env python3
"""Generate wsaerror's constexpr tables from Microsoft's Winsock documentation.

Reads the pages in the docs folder (default data/msdocs, see its
README), the hand-edited facts in data/codes.json and the hand-kept repairs of
translated identifiers in data/translation-repairs.tsv, and writes the headers
under include/wsaerror/: generated/ (one row per code in each language's
file, the lookup keys, the index of values), lang/ (one header per language)
and the module's list of languages. Python 3 standard library only.

  python3 scripts/generate_tables.py            # (re)write the generated headers
  python3 scripts/generate_tables.py --check    # exit 1 if they are out of date or a
                                                # page differs from DOCS/SHA256SUMS
  python3 scripts/generate_tables.py --json     # print the parsed table as JSON

Adding a language: put its pages in DOCS/<tag>/ (same file names as en-US,
listed in DOCS/SHA256SUMS), add one line to LANGUAGES below and regenerate:
that writes generated/<tag>.hpp (its rows), lang/<tag>.hpp (its language
object), lang/all.hpp and the module's list of languages. The wsaerror tool
then takes --lang <tag>.
"""

import argparse
import difflib
import hashlib
import html
import json
import os
import re
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DOCS = os.path.join(ROOT, "data", "msdocs")
DEFAULT_OUT = os.path.join(ROOT, "include", "wsaerror")
DATA_FILE = os.path.join(ROOT, "data", "codes.json")

# Languages with generated text, one line each: the tag (the folder of its
# pages under data/msdocs/) and its name in English. The first is the core's.
LANGUAGES = {
    "en-US": "English (United States)",
    "zh-TW": "Traditional Chinese (Taiwan)",
    "de-DE": "German (Germany)",
    "es-ES": "Spanish (Spain)",
    "fr-FR": "French (France)",
    "it-IT": "Italian (Italy)",
    "pt-BR": "Portuguese (Brazil)",
    "ru-RU": "Russian (Russia)",
}

# Hand-kept repairs of identifiers that machine translation altered (see the
# file's header): applied to the translated texts, each checked to still match.
REPAIRS_FILE = os.path.join(ROOT, "data", "translation-repairs.tsv")
FIELDS = ("message", "description", "system_message")

WINSOCK_PAGE = "windows-sockets-error-codes-2.md"
SYSTEM_PAGES = [
    "system-error-codes--0-499-.md",
    "system-error-codes--500-999-.md",
    "system-error-codes--9000-11999-.md",
]
ERRNO_PAGE = "error-codes-errno-h-errno-and-wsagetlasterror-2.md"

# How many rows the Winsock page has: codes.json's "winsock_page_rows", a check
# that the page still parses whole (set by load()).
EXPECTED_WINSOCK_ROWS = None
CONDITION_ORDER = []  # the conditions' names in enumerator order (set by load())


class DocsError(Exception):
    """The docs do not have the shape the generator expects."""


# --------------------------------------------------------------------------
# Text rules (the core issue's): markup removed, entities decoded, a
# paragraph break per <br> or block-element boundary, whitespace folded.
# --------------------------------------------------------------------------

BLOCK_ELEMENTS = "dl|dt|dd|ul|ol|li|p|div|table|thead|tbody|tr|td|th"
_BR = re.compile(r"<br\s*/?\s*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:%s)(?:\s[^>]*)?/?>" % BLOCK_ELEMENTS, re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")


_BREAK = "\ue000"  # stands for a paragraph break until the end
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def to_text(fragment):
    """Turn an HTML/markdown fragment into wsaerror's plain text.

    Paragraph breaks: <br>, the start or end of a block element, and a
    markdown blank line. Any other newline is whitespace like a space.
    """
    s = _BLANK_LINE.sub(_BREAK, fragment)
    s = _BR.sub(_BREAK, s)
    s = _BLOCK_TAG.sub(_BREAK, s)
    s = _ANY_TAG.sub("", s)
    s = _MD_LINK.sub(r"\1", s)
    s = _MD_STRONG.sub(r"\2", s)
    s = _MD_EM.sub(r"\1", s)
    s = _MD_ESCAPE.sub(r"\1", s)
    s = html.unescape(s)
    # str.split() with no argument splits on every Unicode whitespace run,
    # U+00A0 included.
    paragraphs = (" ".join(p.split()) for p in s.split(_BREAK))
    return "\n".join(p for p in paragraphs if p)


def check_clean(text, where):
    for bad in ("<", ">", "\\", "**"):
        if bad in text:
            raise DocsError("%s: markup %r left in text %r" % (where, bad, text))
    # An '&' that still decodes is an entity left over (double escaping); one
    # that does not (de-DE's "d.&a;", a translation's garble) is text.
    if html.unescape(text) != text:
        raise DocsError("%s: entity left in text %r" % (where, text))


# --------------------------------------------------------------------------
# Parsing the pages
# --------------------------------------------------------------------------

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def winsock_rows(page):
    """Return [(cell1, cell2)] from either revision of the Winsock page."""
    if "<table" in page:  # the older HTML-table revision (zh-TW)
        body = page[page.index("<tbody>"):page.index("</tbody>")]
        rows = re.findall(r"<tr[^>]*>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", body, re.S)
        if len(rows) != body.count("<tr"):
            raise DocsError("HTML table: %d rows parsed of %d" % (len(rows), body.count("<tr")))
        return rows
    rows = []  # the markdown pipe table with inline HTML (en-US)
    for line in page.splitlines():
        if not line.startswith("| <span id="):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2:
            raise DocsError("markdown row with %d cells: %s" % (len(cells), line[:80]))
        rows.append((cells[0], cells[1]))
    return rows


# The code cell: the anchor id (never translated), the bold name (machine
# translation damaged it in some languages) and the value.
_CODE_CELL = re.compile(r'^\s*<span id="([A-Z0-9_]+)"></span>(?:<span id="[a-z0-9_]+"></span>)?\s*'
                        r"<dl>\s*<dt>\s*<strong>([^<]*)</strong>\s*</dt>\s*<dt>\s*(\d+)\s*</dt>\s*</dl>\s*$")


def parse_winsock_page(path, bold_is_name=True):
    """{value: (name, message, description)} from a Winsock error codes page.
    The name is the row's anchor id; with bold_is_name (en-US, zh-TW) the bold
    name must say the same, else it is the translation's and is ignored."""
    out = {}
    for cell1, cell2 in winsock_rows(read(path)):
        m = _CODE_CELL.match(cell1)
        if not m:
            raise DocsError("%s: no anchor/name/value in %r" % (path, cell1[:120]))
        name, value = m.group(1), int(m.group(3))
        if bold_is_name and m.group(2) != name:
            raise DocsError("%s: bold name %r in the row of %s" % (path, m.group(2), name))
        # The message is everything before the first </dt>: normally the
        # <dt> itself; for WSA_IO_PENDING it is text in front of the <dl>.
        head, sep, tail = cell2.partition("</dt>")
        if not sep:
            raise DocsError("%s: %s has no </dt>" % (path, name))
        message, description = to_text(head), to_text(tail)
        if not message or "\n" in message:
            raise DocsError("%s: %s: bad message %r" % (path, name, message))
        for t in (message, description):
            check_clean(t, "%s: %s" % (path, name))
        if value in out:
            raise DocsError("%s: value %d twice" % (path, value))
        out[value] = (name, message, description)
    if len(out) != EXPECTED_WINSOCK_ROWS:
        raise DocsError("%s: %d codes, expected %d" % (path, len(out), EXPECTED_WINSOCK_ROWS))
    return out


_SYSTEM_ENTRY = re.compile(
    r'<span id="([A-Za-z0-9_]+)"></span><span id="[^"]*"></span>[^\n]*\n'
    r"(.*?)(?=<span id=\"|\n#|\Z)", re.S)
_SYSTEM_VALUE = re.compile(r"^\s*(?:</?d[dlt]>\s*)*(\d+) \([^()\n]*?(0x[0-9A-Fa-f]+)\)[ \t]*\n", re.S)


def parse_system_pages(paths):
    """{name: (value, text)} from the System Error Codes pages, by span id."""
    out = {}
    for path in paths:
        for m in _SYSTEM_ENTRY.finditer(read(path)):
            name, body = m.group(1), m.group(2)
            v = _SYSTEM_VALUE.match(body)
            if not v:  # a few unrelated entries are garbled; fail only if used
                out[name] = (None, None)
                continue
            value = int(v.group(1))
            if int(v.group(2), 16) != value:  # translated pages garble a few; fail if used
                out[name] = (None, None)
                continue
            text = to_text(body[v.end():])
            out[name] = (value, text)
    return out


def load_language(docs, lang, codes):
    """Every code's (message, description, system_message) in one language."""
    folder = os.path.join(docs, lang)
    winsock = parse_winsock_page(os.path.join(folder, WINSOCK_PAGE),
                                 bold_is_name=lang in ("en-US", "zh-TW"))
    system = parse_system_pages([os.path.join(folder, p) for p in SYSTEM_PAGES])
    known = {c["value"]: c["name"] for c in codes}
    for value, (name, _, _) in sorted(winsock.items()):
        if known.get(value) != name:
            raise DocsError("%s: unknown row %s = %d (not an en-US row)" % (lang, name, value))
    texts = {}
    for c in codes:
        value = c["value"]
        sys_name = c.get("system_name", c["name"])
        if sys_name not in system:
            raise DocsError("%s: no System Error Codes entry %s" % (lang, sys_name))
        sys_value, sys_text = system[sys_name]
        if sys_value is None:
            raise DocsError("%s: %s has no value line (or its decimal and hex differ)"
                            % (lang, sys_name))
        check_clean(sys_text, "%s: %s" % (lang, sys_name))
        if sys_value != value or not sys_text:
            raise DocsError("%s: %s is %d on the system page" % (lang, sys_name, sys_value))
        if c.get("system_page_only"):
            if value in winsock:
                raise DocsError("%s: %d is on the Winsock page after all" % (lang, value))
            texts[value] = (sys_text, "", sys_text)
        else:
            name, message, description = winsock[value]
            if name != c["name"]:
                raise DocsError("%s: %d is %s, en-US says %s" % (lang, value, name, c["name"]))
            texts[value] = (message, description, sys_text)
    return texts


def load_repairs(path=None):
    """[(lang, name, field, damaged, repair)] from the hand-kept repairs file."""
    path = path or REPAIRS_FILE
    out = []
    for n, line in enumerate(read(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[2] not in FIELDS or not cells[3] or cells[3] == cells[4]:
            raise DocsError("%s:%d: want language, code, field, damaged, repair" % (path, n))
        out.append(tuple(cells))
    return out


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def apply_repairs(lang, texts, codes, english, repairs):
    """Apply the repairs of `lang` to texts {value: (message, description,
    system_message)}. Loud: the damaged text must occur exactly once in its
    field, and every word the repair brings must be in the en-US text of the
    same field (or inside the damaged text: "WSAConnectoder" -> "WSAConnect oder")."""
    by_name = {c["name"]: c["value"] for c in codes}
    for rl, name, field, damaged, repair in repairs:
        if rl != lang:
            continue
        where = "repair %s %s %s %r" % (rl, name, field, damaged)
        if name not in by_name:
            raise DocsError("%s: no code %s" % (where, name))
        value, f = by_name[name], FIELDS.index(field)
        fields = list(texts[value])
        count = fields[f].count(damaged)
        if count != 1:
            raise DocsError("%s: the damaged text occurs %d times in the page's text, not once "
                            "(fixed upstream? then drop the line)" % (where, count))
        for w in set(_WORD.findall(repair)) - set(_WORD.findall(damaged)):
            if not re.search(r"(?<![A-Za-z0-9_])%s(?![A-Za-z0-9_])" % re.escape(w),
                             english[value][f]) and w not in damaged:
                raise DocsError("%s: %r is not in the en-US %s" % (where, w, field))
        fields[f] = fields[f].replace(damaged, repair)
        texts[value] = tuple(fields)
    return texts


def load(docs):
    """The whole table: codes.json's facts, names from en-US, text per language."""
    global EXPECTED_WINSOCK_ROWS, CONDITION_ORDER
    data = json.loads(read(DATA_FILE))
    CONDITION_ORDER = [k["name"] for k in data["conditions"]]
    codes = data["codes"]
    conditions = data["conditions"]
    EXPECTED_WINSOCK_ROWS = data["winsock_page_rows"]
    en = parse_winsock_page(os.path.join(docs, "en-US", WINSOCK_PAGE))
    system_en = parse_system_pages([os.path.join(docs, "en-US", p) for p in SYSTEM_PAGES])
    by_name = {n: v for n, (v, _) in system_en.items()}
    for c in codes:
        if c.get("system_page_only"):
            names = [n for n, v in by_name.items() if v == c["value"] and n.startswith("WSA")]
            if len(names) != 1:
                raise DocsError("%d: system page names %r" % (c["value"], names))
            c["name"] = names[0]
        else:
            c["name"] = en[c["value"]][0]
    values = [c["value"] for c in codes]
    if values != sorted(set(values)):
        raise DocsError("codes.json: values must be sorted and unique")
    extra = set(values) - set(en) - {c["value"] for c in codes if c.get("system_page_only")}
    if extra:
        raise DocsError("codes.json has %s, which the Winsock page lacks (system_page_only?)"
                        % sorted(extra))
    missing = set(en) - set(values)
    if missing:
        raise DocsError("codes.json lacks %s" % sorted(missing))
    # .NET SocketError names, one to one with codes (see codes.json's dotnet_comment).
    dotnet = data.get("dotnet", {})
    if len(set(dotnet.values())) != len(dotnet) or not set(dotnet.values()) <= set(values):
        raise DocsError("codes.json: dotnet names must map one to one to codes")
    for c in codes:
        c["dotnet"] = [n for n, v in dotnet.items() if v == c["value"]]
    known_conditions = {k["name"] for k in conditions}
    for c in codes:
        for k in c.get("conditions", []):
            if k not in known_conditions:
                raise DocsError("%d: unknown condition %s" % (c["value"], k))
        if c.get("same_as") and c["same_as"] not in values:
            raise DocsError("%d: same_as %d is no code" % (c["value"], c["same_as"]))
    # Every BSD alias must be named on the errno page's rule: WSA + name.
    errno_page = read(os.path.join(docs, "en-US", ERRNO_PAGE))
    if "ECONNREFUSED was defined as **WSAECONNREFUSED**" not in errno_page:
        raise DocsError("the errno page no longer states the BSD correspondence")
    for c in codes:
        for a in c.get("aliases", []):
            if re.fullmatch(r"E[A-Z]+", a) and c["name"] != "WSA" + a:
                raise DocsError("%d: BSD alias %s is not %s minus WSA" % (c["value"], a, c["name"]))
    texts = {lang: load_language(docs, lang, codes) for lang in languages(docs)}
    repairs = load_repairs()
    unknown = {r[0] for r in repairs} - set(texts) - {"en-US"}
    if unknown:
        raise DocsError("repairs for languages without pages: %s" % sorted(unknown))
    for lang in texts:
        if lang != "en-US":
            apply_repairs(lang, texts[lang], codes, texts["en-US"], repairs)
    return codes, conditions, texts


def languages(docs):
    return [lang for lang in LANGUAGES if os.path.isdir(os.path.join(docs, lang))]


def sources(docs, langs=("en-US",)):
    files = []
    for lang in langs:
        for page in [WINSOCK_PAGE] + SYSTEM_PAGES:
            path = os.path.join(docs, lang, page)
            with open(path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            files.append("%s/%s (sha256 %s)" % (lang, page, digest[:16]))
    return files


CHECKSUMS = "SHA256SUMS"


def verify_checksums(docs):
    """Problems (one line each) between the pages in `docs` and its
    SHA256SUMS: a page changed, missing, or not listed. [] when they agree."""
    sums_path = os.path.join(docs, CHECKSUMS)
    if not os.path.isfile(sums_path):
        return ["%s: missing (it lists the sha256 of every page)" % sums_path]
    problems, listed = [], set()
    for n, line in enumerate(read(sums_path).splitlines(), 1):
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](\S.*)", line)
        if not m:
            problems.append("%s:%d: not '<sha256>  <file>': %r" % (sums_path, n, line))
            continue
        want, name = m.groups()
        listed.add(name)
        path = os.path.join(docs, name)
        if not os.path.isfile(path):
            problems.append("%s: listed in %s but missing" % (name, CHECKSUMS))
            continue
        with open(path, "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != want:
            problems.append("%s: changed (sha256 %s, %s says %s); the pages are kept verbatim: "
                            "restore it, or replace it whole and update %s" % (
                                name, got, CHECKSUMS, want, CHECKSUMS))
    for lang in sorted(os.listdir(docs)):
        folder = os.path.join(docs, lang)
        if os.path.isdir(folder):
            for page in sorted(os.listdir(folder)):
                if "%s/%s" % (lang, page) not in listed:
                    problems.append("%s/%s: not listed in %s" % (lang, page, CHECKSUMS))
    return problems


# --------------------------------------------------------------------------
# Lookup keys
# --------------------------------------------------------------------------

def exact_names(codes):
    """(name, index) for every macro name and alias, as find(string_view) takes them."""
    keys = []
    for i, c in enumerate(codes):
        for n in [c["name"]] + c.get("aliases", []):
            keys.append((n, i))
    check_unique(keys, "exact name")
    return sorted(keys)


def strip_wsa(name):
    return name[3:].lstrip("_") if name.startswith("WSA") else name


def parse_keys(codes):
    """(KEY, index): upper-case keys that parse() matches after folding case."""
    keys = set()
    for i, c in enumerate(codes):
        for n in [c["name"]] + c.get("aliases", []):
            keys.add((n.upper(), i))
            keys.add((strip_wsa(n).upper(), i))
        keys.add((c["enumerator"].upper(), i))
        for n in c.get("dotnet", []):
            keys.add((n.upper(), i))
    keys = sorted(keys)
    check_unique(keys, "parse key")
    return keys


def check_unique(keys, what):
    seen = {}
    for k, i in keys:
        if seen.setdefault(k, i) != i:
            raise DocsError("%s %s names two codes" % (what, k))


# --------------------------------------------------------------------------
# C++ output
# --------------------------------------------------------------------------
#
# Every generated header is a table a person can read: one row per code (or
# per name, per condition), strings as std::string_view literals ("..."sv),
# numbers as numbers.

def cpp_string(text):
    """A pure-ASCII C++ string literal; UTF-8 bytes beyond ASCII as octal escapes."""
    out = []
    data = text.encode("utf-8")
    for i, b in enumerate(data):
        ch = chr(b)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "?" and i + 1 < len(data) and data[i + 1] == ord("?"):
            out.append("\\?")  # no trigraphs, whatever the mode
        elif 0x20 <= b < 0x7F:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def cpp_view(text):
    """A std::string_view literal: "Connection refused."sv. The compiler gives
    operator""sv the length, so no constant evaluation counts characters, and
    no std::string_view constructor is chosen by overload resolution (which
    C++20's constrained constructors make costly; see docs/performance.md)."""
    return cpp_string(text) + "sv"


def cpp_numbers(numbers, indent=4, width=100):
    """`{1, 2, 3, ...}` wrapped at `width`, for an array of numbers."""
    pad = " " * indent
    lines, cur = [], ""
    for n in numbers:
        item = "%d," % n
        if cur and len(pad) + len(cur) + 1 + len(item) > width:
            lines.append(pad + cur)
            cur = item
        else:
            cur = cur + " " + item if cur else item
    if cur:
        lines.append(pad + cur)
    return "{\n" + "\n".join(lines) + "\n}"


def doc_comment(text, width=100):
    """`text` as /// lines no longer than `width`."""
    return ["/// " + line for line in textwrap.wrap(text, width - 4, break_long_words=False,
                                                      break_on_hyphens=False)]


def header(docs, purpose, langs=("en-US",)):
    lines = [
        "// " + purpose,
        "//",
        "// GENERATED by scripts/generate_tables.py -- do not edit by hand. Edit",
        "// data/codes.json or the generator and run it again; CI checks that this",
        "// file is what the generator makes.",
    ]
    if langs:
        lines += ["//",
                  "// Text: Microsoft Docs, \"Windows Sockets Error Codes\" and \"System Error",
                  "// Codes\", licensed CC BY 4.0 (see NOTICE). Sources:"]
        lines += ["//   " + s for s in sources(docs, langs)]
        repairs = sum(1 for r in load_repairs() if r[0] in langs)
        if repairs:
            lines.append("//   data/translation-repairs.tsv: %d identifiers the translation altered," % repairs)
            lines.append("//   shipped in their en-US spelling")
    return "\n".join(lines) + "\n"


def guard(name):
    return "WSAERROR_GENERATED_%s_HPP_INCLUDED" % name.upper()


def detail_header(docs, name, purpose, body, langs=(), std_includes=()):
    """A generated header: its comment, include guard and includes, `body`
    (lines) in namespace wsaerror::detail."""
    out = [header(docs, purpose, langs), "#ifndef " + guard(name), "#define " + guard(name), ""]
    if std_includes:
        out += ["#include <%s>" % h for h in std_includes] + [""]
    out += ['#include "../error_info.hpp"', "", "namespace wsaerror {", "namespace detail {", ""]
    out += body
    out += ["", "}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def lang_id(lang):
    return lang.lower().replace("-", "_")


def render_errc(docs, codes, conditions, texts):
    en = texts["en-US"]
    out = [header(docs, "wsaerror::errc and wsaerror::condition, and how many of each there are."),
           "#ifndef " + guard("enums"), "#define " + guard("enums"), "",
           "namespace wsaerror {", "",
           "/// Every Winsock error code; the value is the code WSAGetLastError() returns.",
           "enum class errc : int {"]
    for c in codes:
        out.append("  /// %s (%s)" % (en[c["value"]][0].split("\n")[0], c["name"]))
        out.append("  %s = %d," % (c["enumerator"], c["value"]))
    out += ["};", "",
            "/// Portable groups of Winsock codes that std::errc cannot express.",
            "enum class condition : int {"]
    for i, k in enumerate(conditions):
        out.append("  /// %s" % k["message"][0].upper() + k["message"][1:] + ".")
        out.append("  %s = %d," % (k["name"], i + 1))
    out += ["};", "",
            "namespace detail {",
            "/// How many codes the table has.",
            "inline constexpr int code_count = %d;" % len(codes),
            "/// How many wsaerror::condition enumerators there are.",
            "inline constexpr int condition_count = %d;" % len(conditions),
            "}  // namespace detail", "",
            "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def same_as_values(codes):
    rev = {}
    for c in codes:
        if c.get("same_as"):
            rev[c["same_as"]] = c["value"]
    return {c["value"]: c.get("same_as", rev.get(c["value"], 0)) for c in codes}


def conditions_expr(c):
    names = c.get("conditions", [])
    if not names:
        return "0"
    return " | ".join("bit(condition::%s)" % k for k in names)


def errc_expr(name):
    return "std::errc::%s" % name if name else "std::errc{}"


def render_rows(docs, codes, lang, texts):
    """generated/<lang>.hpp: one error_info row per code, with that language's
    text (the facts are the same in every language)."""
    ident = lang_id(lang)
    same_as = same_as_values(codes)
    body = ["// Each row: value, name, message, description, system message, enumerator,",
            "// std::errc, a second std::errc, conditions, is a status, same meaning as.",
            "// clang-format off",
            "inline constexpr std::array<error_info, code_count> %s_table{{" % ident]
    for c in codes:
        message, description, system_message = texts[c["value"]]
        body += ["    {%d, %s," % (c["value"], cpp_view(c["name"])),
                 "     " + cpp_view(message) + ",",
                 "     " + cpp_view(description) + ",",
                 "     " + cpp_view(system_message) + ",",
                 "     %s, %s, %s, %s, %s, %d}," % (
                     cpp_view(c["enumerator"]), errc_expr(c.get("errc")), errc_expr(c.get("also")),
                     conditions_expr(c), "true" if c.get("status") else "false", same_as[c["value"]])]
    body += ["}};", "// clang-format on"]
    return detail_header(docs, ident, "%s: every Winsock error code, one row each (text in UTF-8)."
                         % lang, body, ("en-US", lang) if lang != "en-US" else ("en-US",),
                         std_includes=("array",))


def errc_conditions(codes, extra):
    """(std::errc name, [conditions]): the conditions a std::errc is in, so that
    a code of another category (POSIX errno, std::errc) is in a condition when
    it means what the Winsock codes in it mean. Derived from the table: a
    std::errc is in every condition that all the codes mapping to it
    (codes.json's "errc") are in; codes.json's "errc_conditions" adds the few
    std::errc no code maps to."""
    members = {}
    for c in codes:
        if "errc" in c:
            members.setdefault(c["errc"], []).append(set(c.get("conditions", [])))
    out = {e: sorted(set.intersection(*sets)) for e, sets in members.items()}
    for e, conds in extra.items():
        if e in members:
            raise DocsError("errc_conditions: %s is derived from the codes; do not list it" % e)
        out[e] = sorted(conds)
    return [(e, c) for e, c in sorted(out.items()) if c]


def render_category_data(docs, codes, english, extra=None):
    """category_data.hpp: the one row per code that the std::error_category
    reads (std::errc, conditions, en-US message), so that a program that only
    makes codes carries these few bytes, not the whole table (whose rows hold
    the same facts and message)."""
    body = ["// Each row: value, std::errc, a second std::errc, conditions, message and its length.",
            "// clang-format off",
            "inline constexpr category_row category_rows[code_count] = {"]
    for c in codes:
        message = english[c["value"]][0]
        if len(message.encode("utf-8")) > 255:
            raise DocsError("%d: message longer than category_row's size holds" % c["value"])
        body.append("    {%d, %s, %s, %s, %s, %d}," % (
            c["value"], errc_expr(c.get("errc")), errc_expr(c.get("also")), conditions_expr(c),
            cpp_string(message), len(message.encode("utf-8"))))
    body += ["};", "// clang-format on", "",
             "/// The std::errc values in a wsaerror::condition: a code of another category",
             "/// whose default_error_condition() is one is in these conditions (derived",
             "/// from the rows above: the conditions of every code mapping to it).",
             "inline constexpr errc_condition_row errc_conditions[] = {"]
    order = {k: i for i, k in enumerate(CONDITION_ORDER)}
    for e, conds in errc_conditions(codes, extra or {}):
        body.append("    {std::errc::%s, %s}," % (
            e, " | ".join("bit(condition::%s)" % k for k in sorted(conds, key=order.get))))
    body.append("};")
    return detail_header(docs, "category_data", "What the std::error_category reads: one row per "
                         "code (std::errc, a second\n// std::errc, conditions, en-US message), in "
                         "the tables' order.", body, ("en-US",))


def load_errc_conditions():
    return json.loads(read(DATA_FILE)).get("errc_conditions", {})


def render_conditions(docs, conditions):
    body = ["/// By condition value - 1.",
            "inline constexpr condition_text condition_texts[condition_count] = {"]
    for k in conditions:
        body.append("    {%s, %s}," % (cpp_string(k["name"]), cpp_string(k["message"])))
    body.append("};")
    return detail_header(docs, "conditions", "What each wsaerror::condition is called and what its "
                         "message() says.", body)


def render_generic_names(docs, codes):
    """generic_names.hpp: each code's std::errc as its enumerator's name, for
    generic_name() (a value cannot say it: glibc gives operation_would_block
    and resource_unavailable_try_again one value)."""
    body = ["/// One row per code, in the tables' order: value, errc, also (\"\" for none).",
            "inline constexpr generic_names_row generic_names[code_count] = {"]
    for c in codes:
        body.append("    {%d, %s, %s}," % (c["value"], cpp_string(c.get("errc", "")),
                                           cpp_string(c.get("also", ""))))
    body.append("};")
    return detail_header(docs, "generic_names", "The names of each code's std::errc and second "
                         "std::errc (codes.json's\n// \"errc\" and \"also\"), for generic_name().",
                         body)


def index_data(codes):
    """The data of detail::index_of(int): dense runs of values as position
    arrays (one range check and a read each), and the few codes outside
    them in a small hash table (see lone_slots)."""
    values = [c["value"] for c in codes]
    blocks, lone = [], []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] - values[j] <= 32:
            j += 1
        if j - i >= 7:
            blocks.append((i, j))
        else:
            lone.extend(range(i, j + 1))
        i = j + 1
    lines = []
    for n, (i, j) in enumerate(blocks):
        lo, hi = values[i], values[j]
        table = [-1] * (hi - lo + 1)
        for k in range(i, j + 1):
            table[values[k] - lo] = k
        for t in table:
            check_position(t)
        lines += doc_comment("The positions in the tables of the codes %d to %d (-1: no code)."
                             % (lo, hi))
        lines.append("inline constexpr signed char index_block_%d[] = %s;" % (n, cpp_numbers(table)))
    lines.append("/// The blocks above: first value, size, positions.")
    lines.append("inline constexpr index_block index_blocks[%d] = {" % max(len(blocks), 1))
    for n, (i, j) in enumerate(blocks):
        lines.append("    {%d, %du, index_block_%d}," % (values[i], values[j] - values[i] + 1, n))
    if not blocks:
        lines.append("    {0, 0u, nullptr},")
    lines.append("};")
    slots = lone_slots([values[k] for k in lone])
    slot_values = [0] * slots
    slot_positions = [-1] * slots
    for k in lone:
        slot_values[values[k] % slots] = values[k]
        slot_positions[values[k] % slots] = check_position(k)
    lines += doc_comment("The codes outside the blocks (the largest is index_lone_max): code v "
                         "is at slot v % index_lone_slots of index_lone_values, and "
                         "index_lone_positions holds its position (-1: an empty slot).")
    lines.append("inline constexpr int index_lone_max = %d;" %
                 (max(values[k] for k in lone) if lone else -1))
    lines.append("inline constexpr unsigned index_lone_slots = %du;" % slots)
    lines.append("inline constexpr int index_lone_values[] = %s;" % cpp_numbers(slot_values))
    lines.append("inline constexpr signed char index_lone_positions[] = %s;" %
                 cpp_numbers(slot_positions))
    return lines


def lone_slots(lone_values):
    """The fewest slots (at least one) in which value % slots differs for
    every value: index_of() then finds a lone code with one division and one
    compare, no loop (which cost much more to compile in every function that
    inlines index_of(): see docs/performance.md)."""
    slots = max(len(lone_values), 1)
    while len({v % slots for v in lone_values}) != len(lone_values):
        slots += 1
    return slots


def check_position(position):
    """A position in the tables (or -1) must fit a signed char."""
    if not -1 <= position <= 127:
        raise DocsError("index: position %d does not fit a signed char" % position)
    return position


def render_index(docs, codes):
    """index.hpp: where each code is in the tables, which a header that only
    makes codes needs (no text, no keys)."""
    return detail_header(docs, "index", "Where each code is in the tables: the data of "
                         "detail::index_of().", index_data(codes))


def render_keys(docs, codes):
    """keys.hpp: the names find(std::string_view) and parse() accept, one row
    each (the exact names first), and their hash slots."""
    exact = [k for k, _ in exact_names(codes)]
    if any(k != k.upper() or " " in k or "-" in k for k in exact):
        raise DocsError("exact names must be upper case, without ' ' or '-' (parse() folds them)")
    value = {k: codes[i]["value"] for k, i in parse_keys(codes)}
    if not set(exact) <= set(value):
        raise DocsError("every exact name must be a parse key")
    rest = sorted(set(value) - set(exact))
    keys = exact + rest
    out = ["/// Every name parse() accepts, as it compares them (folded: upper case, '_' for",
           "/// '-' and ' '), its length, and the code it names. The first exact_name_count are the",
           "/// macro names and aliases that find(std::string_view) accepts as they are.",
           "inline constexpr int exact_name_count = %d;" % len(exact),
           "inline constexpr name_key names[] = {",
           "    // macro names and aliases: find(std::string_view) and parse()"]
    for k in exact:
        out.append('    {%s, %d, %d},' % (cpp_string(k), len(k), value[k]))
    out.append("    // names without WSA, enumerators, .NET SocketError names: parse() only")
    for k in rest:
        out.append('    {%s, %d, %d},' % (cpp_string(k), len(k), value[k]))
    out.append("};")
    out += hash_table("name_slots", keys)
    out += ["/// The same for the exact names alone, for find(std::string_view)."]
    out += hash_table("exact_name_slots", exact)[2:]
    return detail_header(docs, "keys", "The names find(std::string_view) and parse() accept, and "
                         "their hash slots.", out)


def slot_count(n):
    """A power of two at least three times the keys: about one probe a lookup."""
    size = 1
    while size < 3 * n:
        size *= 2
    return size


def key_hash(key):
    """detail::key_hash(): the length and the first and last four bytes,
    mixed; the same in C++ (cheaper than hashing every byte, and the table's
    probing absorbs the rare collision)."""
    b = key.encode("utf-8")
    n = len(b)

    def word(at):
        v = 0
        for k in range(4):
            v |= (b[at + k] if 0 <= at + k < n else 0) << (8 * k)
        return v

    first, last = word(0), word(n - 4 if n >= 4 else 0)
    h = ((first * 0x9E3779B1) ^ (last * 0x85EBCA77) ^ (n * 0xC2B2AE3D)) & 0xFFFFFFFF
    return h ^ (h >> 15)


def hash_table(name, keys):
    """An open-addressing table (linear probing) of key positions + 1, 0 for
    an empty slot: the lookup hashes once and usually compares one key."""
    size = slot_count(len(keys))
    slots = [0] * size
    for pos, key in enumerate(keys):
        h = key_hash(key) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = pos + 1
    if len(keys) > 65534:
        raise DocsError("%s: more keys than an unsigned short slot holds" % name)
    return ["/// Hash slots of the names above (detail::key_hash, linear probing): a name's",
            "/// position + 1, or 0.",
            "inline constexpr unsigned short %s[%d] = %s;" % (name, size, cpp_numbers(slots))]


LANG_HEADER = """\
// SPDX-License-Identifier: MIT
// {name} text of every Winsock code, opt-in (a program that does not
// include this header carries none of it):
//   #include <wsaerror/lang/{ident}.hpp>
//   wsaerror::find(10061, wsaerror::{ident})->message;  // UTF-8
// Text: Microsoft Docs ({tag}), CC BY 4.0 (see NOTICE), wording kept as is
// (identifiers the translation altered are repaired: see docs/languages.md).
//
// GENERATED by scripts/generate_tables.py from its LANGUAGES list.
#ifndef WSAERROR_LANG_{IDENT}_HPP_INCLUDED
#define WSAERROR_LANG_{IDENT}_HPP_INCLUDED

#include "../generated/{ident}.hpp"
#include "../language.hpp"

namespace wsaerror {{

/// {name}: {tag}.
inline constexpr language {ident}{{"{tag}", &detail::{ident}_table}};

}}  // namespace wsaerror

#endif
"""

EN_US_HEADER = """\
// SPDX-License-Identifier: MIT
// wsaerror::en_us, English (United States), the core's language, is declared
// in <wsaerror/language.hpp>; this header is there so that every language
// has one under lang/.
//
// GENERATED by scripts/generate_tables.py from its LANGUAGES list.
#ifndef WSAERROR_LANG_EN_US_HPP_INCLUDED
#define WSAERROR_LANG_EN_US_HPP_INCLUDED

#include "../language.hpp"

#endif
"""

ALL_HEADER = """\
// SPDX-License-Identifier: MIT
// Every language of the table, for programs that offer them all, and the
// choice of one by tag at run time:
//   for (const wsaerror::language* l : wsaerror::languages) ...
//   const wsaerror::language& l = wsaerror::language_for("pt_BR.UTF-8");  // pt-BR
// Includes every opt-in language header; English-only programs should
// include <wsaerror/wsaerror.hpp> alone, one-language programs lang/<tag>.hpp.
//
// GENERATED by scripts/generate_tables.py from its LANGUAGES list.
#ifndef WSAERROR_LANG_ALL_HPP_INCLUDED
#define WSAERROR_LANG_ALL_HPP_INCLUDED

#include <cstddef>
#include <string_view>

#include "../detail/language_tag.hpp"
#include "../language.hpp"
{includes}

namespace wsaerror {{

/// Every language, en-US first.
inline constexpr const language* languages[{count}] = {{{pointers}}};

/// The language a tag or locale names, or nullptr: "de-DE", "de", "de_AT",
/// "pt_BR.UTF-8", "ru-RU@euro", any case. A tag of another region picks the
/// language's one region (de_AT -> de-DE, pt_PT -> pt-BR); Chinese is zh-TW
/// only for zh-TW, zh-HK, zh-MO and zh-Hant (not Simplified Chinese).
/// "C" and "POSIX" name en-US.
constexpr const language* find_language(std::string_view tag) noexcept {{
  const detail::language_tag t(tag);
  for (const language* l : languages) {{
    if (t.picks(l->tag)) return l;
  }}
  return nullptr;
}}

/// find_language(tag), or en-US when no language matches (an unknown tag is
/// not an error: the text falls back to English).
constexpr const language& language_for(std::string_view tag) noexcept {{
  const language* l = find_language(tag);
  return l ? *l : en_us;
}}

}}  // namespace wsaerror

#endif
"""

MODULE_FILE = "wsaerror.cppm"
MODULE_BEGIN = "// lang/*.hpp: written by scripts/generate_tables.py from its LANGUAGES list"
MODULE_END = "// end of the languages"


def render_lang_headers(langs):
    """lang/<tag>.hpp for each language and lang/all.hpp."""
    files = {"lang/en_us.hpp": EN_US_HEADER}
    for lang in langs:
        if lang == "en-US":
            continue
        ident = lang_id(lang)
        files["lang/%s.hpp" % ident] = LANG_HEADER.format(
            name=LANGUAGES[lang], tag=lang, ident=ident, IDENT=ident.upper())
    idents = [lang_id(lang) for lang in langs]
    files["lang/all.hpp"] = ALL_HEADER.format(
        includes="\n".join('#include "%s.hpp"' % i for i in sorted(idents)),
        count=len(idents), pointers=", ".join("&" + i for i in idents))
    return files


def render_module(out, langs):
    """wsaerror.cppm with its list of language objects rewritten (the rest of
    the file is hand-written)."""
    path = os.path.join(out, MODULE_FILE)
    text = read(path)
    begin, end = text.find(MODULE_BEGIN), text.find(MODULE_END)
    if begin < 0 or end < begin:
        raise DocsError("%s: the lines %r and %r must enclose the languages"
                        % (path, MODULE_BEGIN, MODULE_END))
    body = "".join("using wsaerror::%s;\n" % lang_id(lang) for lang in langs)
    return text[:begin] + MODULE_BEGIN + "\n" + body + text[end:]


def render_all(docs, out=None):
    codes, conditions, texts = load(docs)
    files = {
        "generated/enums.hpp": render_errc(docs, codes, conditions, texts),
        "generated/index.hpp": render_index(docs, codes),
        "generated/keys.hpp": render_keys(docs, codes),
        "generated/conditions.hpp": render_conditions(docs, conditions),
        "generated/category_data.hpp": render_category_data(docs, codes, texts["en-US"],
                                                            load_errc_conditions()),
        "generated/generic_names.hpp": render_generic_names(docs, codes),
    }
    for lang in texts:
        files["generated/%s.hpp" % lang_id(lang)] = render_rows(docs, codes, lang, texts[lang])
    from stand_in_tables import render_stand_ins  # data/stand-in-codes.json
    files.update(render_stand_ins(docs, list(texts)))
    for name, content in files.items():
        content.encode("ascii")  # generated headers are pure ASCII
    files.update(render_lang_headers(list(texts)))
    files[MODULE_FILE] = render_module(out or DEFAULT_OUT, list(texts))
    from codes_page import render_codes_page  # docs/codes.md, relative to --out (include/wsaerror)
    files["../../docs/codes.md"] = render_codes_page(
        codes, conditions, texts, errc_conditions(codes, load_errc_conditions()))
    return files


def as_json(docs):
    codes, _, texts = load(docs)
    out = {}
    for lang, t in texts.items():
        out[lang] = [{
            "value": c["value"], "name": c["name"], "message": t[c["value"]][0],
            "description": t[c["value"]][1], "system_message": t[c["value"]][2],
        } for c in codes]
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default=DEFAULT_DOCS, help="docs folder (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT,
                    help="the include/wsaerror folder to write into (default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a page differs from DOCS/SHA256SUMS or "
                         "the output folder is out of date")
    ap.add_argument("--json", action="store_true",
                    help="print the parsed table (every language) as JSON and exit")
    args = ap.parse_args(argv)
    docs = os.path.abspath(args.docs)
    if not os.path.isdir(os.path.join(docs, "en-US")):
        print("generate_tables.py: no en-US folder in %s" % docs, file=sys.stderr)
        return 2
    try:
        if args.json:
            json.dump(as_json(docs), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return 0
        sums = []
        if args.check:
            # The shipped pages must have their SHA256SUMS; another --docs
            # folder is checked against one when it has it.
            if docs == os.path.abspath(DEFAULT_DOCS) or os.path.exists(os.path.join(docs, CHECKSUMS)):
                sums = verify_checksums(docs)
            for p in sums:
                print("generate_tables.py: %s" % p, file=sys.stderr)
        files = render_all(docs, args.out)
    except (DocsError, OSError, ValueError) as e:
        print("generate_tables.py: %s" % e, file=sys.stderr)
        return 2
    stale = []
    for name, content in sorted(files.items()):
        path = os.path.join(args.out, name)
        old = read(path) if os.path.exists(path) else None
        if old == content:
            continue
        stale.append(name)
        if args.check:
            diff = difflib.unified_diff((old or "").splitlines(), content.splitlines(),
                                        "committed/" + name, "generated/" + name, lineterm="")
            sys.stderr.write("\n".join(list(diff)[:40]) + "\n")
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="ascii", newline="\n") as f:
                f.write(content)
    # a generated file the generator no longer makes (a language or a table
    # that went) must go too
    gone = sorted("generated/" + f for f in os.listdir(os.path.join(args.out, "generated"))
                  if "generated/" + f not in files)
    for name in gone:
        if args.check:
            print("generate_tables.py: %s is no longer generated: remove it" % name, file=sys.stderr)
        else:
            os.remove(os.path.join(args.out, name))
    if args.check:
        if sums or gone:
            return 1
        if stale:
            print("generate_tables.py: out of date: %s (run scripts/generate_tables.py)"
                  % ", ".join(stale), file=sys.stderr)
            return 1
        listed = os.path.join(docs, CHECKSUMS)
        print("generate_tables.py: %s%d generated headers are up to date" % (
            "%d files match %s; " % (len(read(listed).splitlines()), CHECKSUMS)
            if os.path.exists(listed) else "", len(files)))
        return 0
    print("generate_tables.py: wrote %d of %d headers in %s" % (len(stale), len(files), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
