#!/usr/bin/env python3
"""The stand-in table (data/stand-in-codes.json, scripts/stand_in_tables.py)
against independent sources: every name and value as mingw-w64's winerror.h and
ntstatus.h define it, every message as the System Error Codes pages give it
(read here a second way, not with the generator's parser), and the data file's
rules (a bad row is refused, loudly).

  WSAERROR_MINGW_INCLUDE=/usr/share/mingw-w64/include python3 -m unittest test_stand_ins
"""
import copy
import json
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import generate_tables as g  # noqa: E402
import stand_in_tables as s  # noqa: E402

MINGW = os.environ.get("WSAERROR_MINGW_INCLUDE", "/usr/share/mingw-w64/include")
DOCS = os.path.join(ROOT, "data", "msdocs")


def defines(path):
    """{NAME: value} of the `#define NAME <number>` lines of a header."""
    out = {}
    pattern = re.compile(r"^\s*#\s*define\s+([A-Z0-9_]+)\s+(?:__MSABI_LONG|\(\(NTSTATUS\)|\(\(DWORD\))?"
                         r"\(?\s*(0x[0-9A-Fa-f]+|\d+)[lLuU]*\s*\)*", re.M)
    with open(path, encoding="latin-1") as f:
        text = f.read()
    for m in pattern.finditer(text):
        out.setdefault(m.group(1), int(m.group(2), 0))
    # winerror.h: "#define WSAECONNREFUSED (WSABASEERR + 61)"
    for m in re.finditer(r"^\s*#\s*define\s+([A-Z0-9_]+)\s+\(WSABASEERR\s*\+\s*(\d+)\)", text, re.M):
        out.setdefault(m.group(1), out["WSABASEERR"] + int(m.group(2)))
    return out


def aliases(path, known):
    """{NAME: value} of "#define NAME (OTHER)" lines whose OTHER is in `known`
    (winsock2.h: "#define WSA_OPERATION_ABORTED (ERROR_OPERATION_ABORTED)")."""
    with open(path, encoding="latin-1") as f:
        return {m.group(1): known[m.group(2)] for m in re.finditer(
            r"^\s*#\s*define\s+([A-Z0-9_]+)\s+\(([A-Z0-9_]+)\)", f.read(), re.M)
            if m.group(2) in known}


class AgainstMingwHeaders(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        winerror = os.path.join(MINGW, "winerror.h")
        ntstatus = os.path.join(MINGW, "ntstatus.h")
        if not (os.path.isfile(winerror) and os.path.isfile(ntstatus)):
            raise AssertionError("no mingw-w64 headers in %s (tests/install_deps.sh installs them; "
                                 "or set WSAERROR_MINGW_INCLUDE)" % MINGW)
        cls.win32 = defines(winerror)
        cls.nt = defines(ntstatus)
        cls.rows, _ = s.load_data()

    def test_the_parser_reads_known_lines(self):
        # a parser that read nothing would pass the tests below vacuously
        self.assertEqual(self.win32["ERROR_CONNECTION_REFUSED"], 1225)
        self.assertEqual(self.nt["STATUS_CONNECTION_REFUSED"], 0xC0000236)
        self.assertGreater(len(self.win32), 1000)
        self.assertGreater(len(self.nt), 1000)

    def test_every_win32_name_and_value(self):
        for r in self.rows:
            with self.subTest(r["name"]):
                self.assertEqual(self.win32.get(r["name"]), r["win32"])

    def test_every_ntstatus_name_and_value(self):
        for r in self.rows:
            for n in r["ntstatus"]:
                with self.subTest(n["name"]):
                    self.assertEqual(self.nt.get(n["name"]), int(n["value"], 16))

    def test_every_winsock_code_is_a_winsock_macro_of_that_value(self):
        wsa = {v: k for k, v in self.win32.items() if k.startswith("WSA")}
        wsa.update({v: k for k, v in aliases(os.path.join(MINGW, "winsock2.h"), self.win32).items()
                    if k.startswith("WSA")})
        self.assertEqual(wsa.get(10061), "WSAECONNREFUSED")
        self.assertEqual(wsa.get(995), "WSA_OPERATION_ABORTED")
        for r in self.rows:
            for m in [r] + r["ntstatus"]:
                if m["winsock"] is not None:
                    with self.subTest(m["name"]):
                        self.assertIn(m["winsock"], wsa)


_SPAN = '<span id="%s"></span>'
_TAG = re.compile(r"<[^>]+>")


def page_entry(lang, name):
    """(value, text) of `name` in `lang`'s System Error Codes pages, read
    plainly: the text after its anchor up to the next anchor, tags and markdown
    emphasis dropped, blanks folded; the value is the first "N (0x...)"."""
    for page in s.PAGES:
        with open(os.path.join(DOCS, lang, page), encoding="utf-8") as f:
            text = f.read()
        at = text.find(_SPAN % name)
        if at < 0:
            continue
        end = text.find("<span id=", at + len(_SPAN % name) + 40)
        body = text[at:end if end > 0 else len(text)]
        body = body.split("\n", 1)[1]  # the (bold, maybe translated) name line
        plain = " ".join(_TAG.sub(" ", body).replace("\\", "").split())
        m = re.match(r"(\d+) \([^()]*?0x([0-9A-Fa-f]+)\)\s*(.*)", plain)
        return int(m.group(1)), m.group(3).strip()
    return None, None


class AgainstPages(unittest.TestCase):
    def test_every_message_in_every_language(self):
        rows, _ = s.load_data()
        langs = g.languages(DOCS)
        self.assertEqual(len(langs), 8)
        texts = s.messages(DOCS, rows, langs)
        for lang in langs:
            for r in rows:
                with self.subTest(lang=lang, name=r["name"]):
                    value, text = page_entry(lang, r["name"])
                    self.assertEqual(value, r["win32"])
                    # html entities are decoded by the generator only
                    self.assertEqual(" ".join(texts[lang][r["win32"]].split()),
                                     " ".join(g.html.unescape(text).split()))

    def test_generated_header_has_every_row_and_language(self):
        with open(os.path.join(ROOT, "include", "wsaerror", "generated", "stand_ins.hpp")) as f:
            header = f.read()
        rows, _ = s.load_data()
        for r in rows:
            self.assertIn('{%d, "%s"sv, %d,' % (r["win32"], r["name"], r["winsock"] or 0), header)
        with open(os.path.join(ROOT, "include", "wsaerror", "generated", "stand_in_map.hpp")) as f:
            mapping = f.read()
        cases = {int(a): int(b) for a, b in re.findall(r"case (\d+): return (\d+);", mapping)}
        self.assertEqual(cases, {r["win32"]: r["winsock"] for r in rows
                                 if r["normalize"] and r["winsock"] != r["win32"]})


class DataRules(unittest.TestCase):
    def setUp(self):
        with open(s.DATA_FILE, encoding="utf-8") as f:
            self.data = json.load(f)

    def load(self, data):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(data, f)
        try:
            return s.load_data(f.name)
        finally:
            os.unlink(f.name)

    def refused(self, change):
        data = copy.deepcopy(self.data)
        change(data)
        with self.assertRaises(g.DocsError):
            self.load(data)

    def row(self, data, value):
        return next(r for r in data["rows"] if r["win32"] == value)

    def test_the_shipped_file_loads(self):
        rows, sources = self.load(self.data)
        self.assertEqual(len(rows), len(self.data["rows"]))

    def test_a_code_without_confidence_or_a_confidence_without_code(self):
        self.refused(lambda d: self.row(d, 59).update(winsock=10050))
        self.refused(lambda d: self.row(d, 1225).update(winsock=None))

    def test_unknown_confidence_or_source(self):
        self.refused(lambda d: self.row(d, 1225).update(confidence="sure"))
        self.refused(lambda d: self.row(d, 1225).update(sources=["nobody"]))
        self.refused(lambda d: self.row(d, 1225).update(sources=[]))

    def test_a_doubtful_row_says_why(self):
        self.refused(lambda d: self.row(d, 64).pop("note"))

    def test_normalize_needs_a_code(self):
        self.refused(lambda d: self.row(d, 59).update(normalize=True))

    def test_order_names_and_values(self):
        self.refused(lambda d: d["rows"].reverse())
        self.refused(lambda d: self.row(d, 1225).update(name="WSAECONNREFUSED"))
        self.refused(lambda d: self.row(d, 1225)["ntstatus"][0].update(value="0xc0000236"))
        self.refused(lambda d: self.row(d, 1225)["ntstatus"][0].update(name="CONNECTION_REFUSED"))
        self.refused(lambda d: self.row(d, 1226)["ntstatus"][0].update(value="0xC0000236"))
        self.refused(lambda d: self.row(d, 1225).update(ntstatus=[]))
        self.refused(lambda d: self.row(d, 1225).update(extra=1))

    def test_a_message_missing_from_the_pages_is_an_error(self):
        rows, _ = self.load(self.data)
        rows = copy.deepcopy(rows)
        rows[0]["name"] = "ERROR_NOT_ON_ANY_PAGE"
        with self.assertRaises(g.DocsError):
            s.messages(DOCS, rows, ["en-US"])
        rows[0]["name"] = "ERROR_DUP_NAME"  # on the page, with another value
        rows[0]["win32"] = 51
        with self.assertRaises(g.DocsError):
            s.messages(DOCS, rows, ["en-US"])


if __name__ == "__main__":
    unittest.main()
