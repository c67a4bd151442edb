#!/usr/bin/env python3
"""Generate wsaerror's constexpr tables from Microsoft's Winsock documentation.

Reads the pages in the docs folder (default data/msdocs, see its
README), the hand-edited facts in data/codes.json and the hand-kept repairs of
translated identifiers in data/translation-repairs.tsv, and writes the headers
under include/wsaerror/generated/: arrays and constants only (the entries are
built by hand-written templates in table.hpp). Python 3 standard library only.

  python3 scripts/generate_tables.py            # (re)write the generated headers
  python3 scripts/generate_tables.py --check    # exit 1 if they are out of date or a
                                                # page differs from DOCS/SHA256SUMS
  python3 scripts/generate_tables.py --json     # print the parsed table as JSON

Adding a language: put its pages in DOCS/<tag>/ (same file names as en-US),
add the tag to LANGUAGES below, regenerate (writes generated/text_<tag>.hpp),
write its two-declaration opt-in header lang/<tag>.hpp (copy lang/de_de.hpp)
and list it in lang/all.hpp; --check says what is missing. The wsaerror tool
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

# Languages with generated text. The first is the default (the core header's).
LANGUAGES = ["en-US", "zh-TW", "de-DE", "es-ES", "fr-FR", "it-IT", "pt-BR", "ru-RU"]

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

EXPECTED_WINSOCK_ROWS = 95
EXPECTED_CODES = 97


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
    data = json.loads(read(DATA_FILE))
    codes = data["codes"]
    conditions = data["conditions"]
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
    if values != sorted(set(values)) or len(values) != EXPECTED_CODES:
        raise DocsError("codes.json: values must be %d, sorted, unique" % EXPECTED_CODES)
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


def literal_pointer(ctype, name):
    """The declaration of generated text: a constexpr pointer to a string
    literal, not an array initialised from it. Clang evaluates an array's
    initializer element by element (some 240 instructions a byte); a
    pointer's is one address, and constant evaluation still reads the
    literal's elements. Numbers stay arrays (literal_array): they are short,
    and GCC folds loads from a constexpr array (an index known at compile
    time gives a constant) but not through a pointer; the lone values of
    index_of() are the exception (see index_data)."""
    return "inline constexpr const %s* %s =" % (ctype, name)


def literal_array(ctype, name):
    """The declaration of generated numbers: an array initialised from a
    string literal of `ctype` (see cpp_units_wrapped and literal_pointer)."""
    return "inline constexpr %s %s[] =" % (ctype, name)


def pool(name, strings, what, labels=None):
    """A string_pool: the strings back to back in one char literal (adjacent
    literals, wrapped; with `labels`, one commented literal per string) and
    their offsets, a char16_t literal (see cpp_units_wrapped)."""
    offsets = [0]
    for t in strings:
        offsets.append(offsets[-1] + len(t.encode("utf-8")))
    if offsets[-1] > 0xFFFF:
        raise DocsError("%s: %d bytes, more than a char16_t offset" % (name, offsets[-1]))
    lines = doc_comment("%s, back to back; %s[i] is string i." % (what, name))
    lines.append(literal_pointer("char", name + "_chars"))
    if labels:
        for label, t in zip(labels, strings):
            lines.append("    // %s" % label)
            lines.append("    " + (cpp_string_wrapped(t, 4) if t else '""'))
        lines[-1] += ";"
    else:
        joined = "".join(strings)
        lines.append("    " + (cpp_string_wrapped(joined, 4) if joined else '""') + ";")
    lines += doc_comment("Where string i starts in %s_chars, then where the last ends." % name)
    lines += [literal_array("char16_t", name + "_offsets"),
              "    " + cpp_units_wrapped(offsets, "u", 4, 4, name + "_offsets") + ";"]
    lines += wrapped_declaration("inline constexpr string_pool %s{" % name,
                                 "%s_chars, %s_offsets};" % (name, name))
    lines.append("")
    return lines


def doc_comment(text, width=100):
    """`text` as /// lines no longer than `width`."""
    return ["/// " + line for line in textwrap.wrap(text, width - 4, break_long_words=False,
                                                      break_on_hyphens=False)]


def wrapped_declaration(head, tail, width=100):
    """`head` + `tail` on one line, or on two (the second indented) when one
    would be longer than `width`."""
    if len(head) + len(tail) <= width:
        return [head + tail]
    return [head, "    " + tail]


def key_pool(name, keys):
    """A key_table over (key, code index) pairs, with its hash slots. Entries
    and slots are string literals of char32_t and char16_t, not arrays of
    numbers (why: see cpp_units_wrapped)."""
    chars, entries, offset = [], [], 0
    for key, index in keys:
        chars.append(key)
        entries.append(offset | len(key) << 16 | index << 24)
        offset += len(key)
    if offset > 65535 or max(len(k) for k, _ in keys) > 255 or len(keys) > 65534:
        raise DocsError("%s: keys too long for key_entry" % name)
    lines = [literal_pointer("char", name + "_chars"),
             "    " + cpp_string_wrapped("".join(chars), 4) + ";",
             "/// One per key: offset | length << 16 | code index << 24.",
             literal_array("char32_t", name + "_entries"),
             "    " + cpp_units_wrapped(entries, "U", 8, 4, name + "_entries") + ";"]
    lines += hash_table(name + "_slots", [k for k, _ in keys])
    lines += wrapped_declaration(
        "inline constexpr key_table<%d, %d> %s{" % (len(entries), slot_count(len(keys)), name),
        "%s_chars, %s_entries, %s_slots};" % (name, name, name))
    return lines


def cpp_units_wrapped(units, prefix, digits, indent, what, width=100):
    """Non-negative numbers as the code units of adjacent "" (digits=2), u""
    (digits=4) or U"" (digits=8) literals, each a hex escape of `digits`
    digits (pure ASCII; the next backslash ends each). The generated headers store their
    arrays of small numbers this way, not as `{1, 2, 3, ...}`: a compiler
    spends some 14,000 instructions on each number of an initializer list
    but next to nothing on a code unit of a literal, and the program loads
    either as one number all the same. The array gets one more element, the
    literal's terminating 0. A number that does not fit is a DocsError."""
    for u in units:
        if not 0 <= u < 16 ** digits:
            raise DocsError("%s: %d does not fit a %s\"\" code unit" % (what, u, prefix))
    if not units:
        return prefix + '""'
    per_line = (width - indent - 3) // (digits + 2)
    pad = " " * indent
    return ("\n" + pad).join(
        '%s"%s"' % (prefix, "".join("\\x%0*X" % (digits, u) for u in units[r:r + per_line]))
        for r in range(0, len(units), per_line))


def slot_count(n):
    size = 1
    while size < 3 * n:
        size *= 2
    return size


def cpp_string_wrapped(text, indent, width=100):
    """cpp_string split into adjacent literals so no line exceeds `width`."""
    lit = cpp_string(text)[1:-1]
    pieces, cur = [], ""
    i = 0
    while i < len(lit):
        # never split inside an escape sequence
        step = 4 if lit[i] == "\\" and lit[i + 1].isdigit() else (2 if lit[i] == "\\" else 1)
        if len(cur) + step > width - indent - 3 and cur:
            pieces.append(cur)
            cur = ""
        cur += lit[i:i + step]
        i += step
    pieces.append(cur)
    pad = " " * indent
    return ("\n" + pad).join('"%s"' % p for p in pieces)


def header(docs, purpose, langs=("en-US",)):
    lines = [
        "// " + purpose,
        "//",
        "// GENERATED by scripts/generate_tables.py -- do not edit by hand. Edit",
        "// data/codes.json or the generator and run it again; CI checks that this",
        "// file is what the generator makes.",
        "//",
        "// Text: Microsoft Docs, \"Windows Sockets Error Codes\" and \"System Error",
        "// Codes\", licensed CC BY 4.0 (see NOTICE). Sources:",
    ]
    lines += ["//   " + s for s in sources(docs, langs)]
    repairs = sum(1 for r in load_repairs() if r[0] in langs)
    if repairs:
        lines.append("//   data/translation-repairs.tsv: %d identifiers the translation altered," % repairs)
        lines.append("//   shipped in their en-US spelling")
    return "\n".join(lines) + "\n"


def guard(name):
    return "WSAERROR_GENERATED_%s_HPP_INCLUDED" % name.upper()


def render_errc(docs, codes, conditions, texts):
    en = texts["en-US"]
    out = [header(docs, "wsaerror::errc and wsaerror::condition enumerations."),
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
    out += ["};", "", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def index_data(codes):
    """The data of detail::index_of(int): dense runs of values as position
    arrays (one range check and a byte each), and the few codes outside
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
        lines += doc_comment("Positions of the codes %d to %d in the code_* arrays, one byte each "
                             "(0xFF: no code)." % (lo, hi))
        lines.append(literal_array("char", "index_block_%d" % n))
        lines.append("    " + cpp_units_wrapped([position_byte(t) for t in table], "", 2, 4,
                                                "index_block_%d" % n) + ";")
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
        slot_positions[values[k] % slots] = k
    lines += doc_comment("The codes outside the blocks (the largest is index_lone_max): code v "
                         "is at slot v % index_lone_slots of index_lone_values, and "
                         "index_lone_positions holds its position (0xFF: an empty slot).")
    lines.append("inline constexpr int index_lone_max = %d;" %
                 (max(values[k] for k in lone) if lone else -1))
    lines.append("inline constexpr unsigned index_lone_slots = %du;" % slots)
    # pointers, not arrays: GCC would fold the reads of a constexpr array
    # into a chain of compares in every inlined index_of()
    lines.append(literal_pointer("char16_t", "index_lone_values"))
    lines.append("    " + cpp_units_wrapped(slot_values, "u", 4, 4, "index_lone_values") + ";")
    lines.append(literal_pointer("char", "index_lone_positions"))
    lines.append("    " + cpp_units_wrapped([position_byte(p) for p in slot_positions], "", 2, 4,
                                            "index_lone_positions") + ";")
    return lines


def lone_slots(lone_values):
    """The fewest slots (at least one) in which value % slots differs for
    every value: index_of() then finds a lone code with one division and one
    compare. A loop over the values, the alternative, cost GCC some 11
    million instructions in each function that inlines index_of()."""
    slots = max(len(lone_values), 1)
    while len({v % slots for v in lone_values}) != len(lone_values):
        slots += 1
    return slots


def position_byte(position):
    """A position in the code_* arrays (or -1) as the byte detail::index_of()
    reads back as a signed char."""
    if not -1 <= position <= 127:
        raise DocsError("index: position %d does not fit a signed char" % position)
    return position & 0xFF


def render_codes(docs, codes, conditions):
    out = [header(docs, "Language-independent data of every Winsock error code (the positions\n"
                        "// of the codes are in index.hpp, the lookup keys in keys.hpp, what the\n"
                        "// category reads in category_data.hpp)."),
           "#ifndef " + guard("codes"), "#define " + guard("codes"), "",
           '#include "../detail/key.hpp"', '#include "category_data.hpp"', "",
           "namespace wsaerror {", "namespace detail {", "",
           "/// The codes, in increasing order (code_count of them, then the literal's 0).",
           literal_array("char16_t", "code_values"),
           "    " + cpp_units_wrapped([c["value"] for c in codes], "u", 4, 4, "code_values") + ";",
           ""]
    out += pool("code_names", [c["name"] for c in codes], "Macro names, as the docs spell them")
    out += pool("code_enumerators", [c["enumerator"] for c in codes], "wsaerror::errc enumerator names")
    out += pool("code_generic_names", [c.get("errc", "") for c in codes],
                "The std::errc enumerator names of code_generic (\"\" for none)")
    out += pool("code_generic_also_names", [c.get("also", "") for c in codes],
                "The std::errc enumerator names of code_generic_also (\"\" for none)")
    out += ["/// Codes that report a status rather than a failure: 1, else 0.",
            literal_array("char", "code_is_status"),
            "    " + cpp_units_wrapped([1 if c.get("status") else 0 for c in codes], "", 2, 4,
                                       "code_is_status") + ";"]
    rev = {}
    for c in codes:
        if c.get("same_as"):
            rev[c["same_as"]] = c["value"]
    same_as = [c.get("same_as", rev.get(c["value"], 0)) for c in codes]
    out += ["", "/// The other code of an alias pair (same meaning), or 0.",
            literal_array("char16_t", "code_same_as"),
            "    " + cpp_units_wrapped(same_as, "u", 4, 4, "code_same_as") + ";", ""]
    out += pool("condition_names", [k["name"] for k in conditions],
                "wsaerror::condition names, by condition - 1")
    out += ["}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def render_category_data(docs, codes, conditions, english):
    """category_data.hpp: what the std::error_category reads and nothing else
    (each code's std::errc and conditions, the en-US short messages), so that a
    header-only category compiles none of the other data."""
    cond_index = {k["name"]: i for i, k in enumerate(conditions)}
    out = [header(docs, "What the std::error_category reads: each code's std::errc and\n"
                        "// wsaerror::conditions, and the en-US messages of codes and conditions."),
           "#ifndef " + guard("category_data"), "#define " + guard("category_data"), "",
           "#include <system_error>", "",
           '#include "../detail/key.hpp"', "",
           "namespace wsaerror {", "namespace detail {", "",
           ]
    out += errc_data(codes)
    bits = [sum(1 << cond_index[k] for k in c.get("conditions", [])) for c in codes]
    if max(bits, default=0) > 127:
        raise DocsError("code_condition_bits: more than 7 conditions")
    out += ["/// wsaerror::condition membership, one byte per code: bit (1 << (condition - 1)).",
            literal_array("char", "code_condition_bits"),
            "    " + cpp_units_wrapped(bits, "", 2, 4, "code_condition_bits") + ";", ""]
    out += pool("condition_messages", [k["message"] for k in conditions],
                "wsaerror::condition messages, by condition - 1")
    out += ["namespace en_us {", ""]
    out += pool("messages", [english[c["value"]][0] for c in codes],
                "Messages, in code_values order", labels=[c["name"] for c in codes])
    out += ["}  // namespace en_us", "}  // namespace detail", "}  // namespace wsaerror", "",
            "#endif", ""]
    return "\n".join(out)


def errc_data(codes):
    """Each code's std::errc (codes.json's "errc") and second std::errc
    ("also") as a byte: a position in generic_list, the std::errc values the
    table uses. The values differ between standard libraries, so they are
    named, but once each: a name in an initializer list costs a compiler some
    35,000 instructions, and the table has 38 values for 194 fields."""
    names = sorted({c[f] for c in codes for f in ("errc", "also") if f in c})
    if len(names) > 255:
        raise DocsError("generic_list: more than 255 std::errc values")
    position = {name: i + 1 for i, name in enumerate(names)}
    lines = ["/// The std::errc values of code_generic_at and code_generic_also_at; 0 is",
             "/// std::errc{}, none.",
             "inline constexpr std::errc generic_list[%d] = {" % (len(names) + 1),
             "    std::errc{},"]
    lines += ["    std::errc::%s," % name for name in names]
    lines += ["};", ""]
    for field, name, what in (("errc", "code_generic_at", "default_error_condition() as a "
                               "std::errc (0: it stays a winsock condition)"),
                              ("also", "code_generic_also_at", "a second std::errc that "
                               "equivalent() accepts (0: none)")):
        lines += doc_comment("Per code, %s: a position in generic_list." % what)
        lines.append(literal_array("char", name))
        lines.append("    " + cpp_units_wrapped([position.get(c.get(field), 0) for c in codes],
                                                "", 2, 4, name) + ";")
        lines.append("")
    return lines


def render_index(docs, codes, conditions):
    """index.hpp: the counts and the positions of the codes, which a header
    that only makes codes needs (no text, no keys)."""
    out = [header(docs, "How many codes and conditions there are, and where each code is in the\n"
                        "// code_* arrays (the data of detail::index_of())."),
           "#ifndef " + guard("index"), "#define " + guard("index"), "",
           "#include <cstddef>", "",
           '#include "../detail/key.hpp"', "",
           "namespace wsaerror {", "namespace detail {", "",
           "/// How many codes the table has.",
           "inline constexpr int code_count = %d;" % len(codes), "",
           "/// How many wsaerror::condition enumerators there are.",
           "inline constexpr int condition_count = %d;" % len(conditions), ""]
    out += index_data(codes)
    out += ["", "}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


def render_keys(docs, codes):
    """keys.hpp: the lookup keys of find(std::string_view) and parse() only."""
    out = [header(docs, "The lookup keys of find(std::string_view) and parse()."),
           "#ifndef " + guard("keys"), "#define " + guard("keys"), "",
           '#include "../detail/key.hpp"', "",
           "namespace wsaerror {", "namespace detail {", "",
           "/// Macro names and aliases: what find(std::string_view) matches."]
    out += key_pool("exact_keys", exact_names(codes))
    out += ["", "/// Upper-case names, aliases, names without WSA, enumerators and .NET names: what",
            "/// parse() matches after folding case."]
    out += key_pool("parse_keys", parse_keys(codes))
    out += ["", "}  // namespace detail", "}  // namespace wsaerror", "", "#endif", ""]
    return "\n".join(out)


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
    """An open-addressing table (linear probing, load under 1/3) of key
    positions + 1, 0 for an empty slot: the lookup hashes once and usually
    compares one key."""
    size = slot_count(len(keys))
    slots = [0] * size
    for pos, key in enumerate(keys):
        h = key_hash(key) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = pos + 1
    lines = ["/// Hash slots of the keys above (detail::key_hash, linear probing): key",
             "/// position + 1, or 0.",
             literal_array("char16_t", name),
             "    " + cpp_units_wrapped(slots, "u", 4, 4, name) + ";"]
    return lines


def lang_id(lang):
    return lang.lower().replace("-", "_")


def render_text(docs, codes, lang, texts):
    ident = lang_id(lang)
    out = [header(docs, "%s text of every Winsock error code (UTF-8)." % lang,
                  ("en-US", lang) if lang != "en-US" else ("en-US",)),
           "#ifndef " + guard("text_" + ident), "#define " + guard("text_" + ident), "",
           '#include "../detail/key.hpp"']
    fields = ((0, "messages"), (1, "descriptions"), (2, "system_messages"))
    if lang == "en-US":  # the messages are in category_data.hpp
        out += ['#include "category_data.hpp"']
        fields = fields[1:]
    out += ["", "namespace wsaerror {", "namespace detail {", "namespace %s {" % ident, ""]
    for field, what in fields:
        out += pool(what, [texts[c["value"]][field] for c in codes],
                    "%s, in code_values order" % what.replace("_", " ").capitalize(),
                    labels=[c["name"] for c in codes])
    out += ["}  // namespace %s" % ident, "}  // namespace detail", "}  // namespace wsaerror",
            "", "#endif", ""]
    return "\n".join(out)


def hand_written_headers(out, langs):
    """The opt-in header of each language is hand-written (two lines of
    declarations over the generated text); complain when one is missing or
    lang/all.hpp does not list it."""
    problems = []
    all_path = os.path.join(out, "lang", "all.hpp")
    all_hpp = read(all_path) if os.path.exists(all_path) else ""
    for lang in langs:  # en-US too: lang/en_us.hpp holds wsaerror::en_us
        ident = lang_id(lang)
        if not os.path.exists(os.path.join(out, "lang", ident + ".hpp")):
            problems.append("write lang/%s.hpp for %s (copy lang/de_de.hpp)" % (ident, lang))
        if '#include "%s.hpp"' % ident not in all_hpp or "&%s" % ident not in all_hpp:
            problems.append("list %s in lang/all.hpp (its #include and languages[])" % lang)
    return problems


def render_all(docs):
    codes, conditions, texts = load(docs)
    files = {
        "generated/enums.hpp": render_errc(docs, codes, conditions, texts),
        "generated/codes.hpp": render_codes(docs, codes, conditions),
        "generated/index.hpp": render_index(docs, codes, conditions),
        "generated/keys.hpp": render_keys(docs, codes),
        "generated/category_data.hpp": render_category_data(docs, codes, conditions, texts["en-US"]),
    }
    for lang in texts:
        files["generated/text_%s.hpp" % lang_id(lang)] = render_text(docs, codes, lang, texts[lang])
    from codes_page import render_codes_page  # docs/codes.md, relative to --out (include/wsaerror)
    files["../../docs/codes.md"] = render_codes_page(codes, conditions, texts)
    for name, content in files.items():
        content.encode("ascii")  # generated headers are pure ASCII
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
        files = render_all(docs)
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
    problems = hand_written_headers(args.out, languages(docs))
    for p in problems:
        print("generate_tables.py: %s" % p, file=sys.stderr)
    if args.check:
        if problems or sums:
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
