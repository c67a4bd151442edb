#!/usr/bin/env python3
"""Unit tests of scripts/generate_tables.py: the text rules, C++ literal
escaping, and both revisions of the Winsock page, on small made-up inputs."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
import generate_tables as g  # noqa: E402


class TextRules(unittest.TestCase):
    def test_markup_removed_link_strong_em_text_kept(self):
        self.assertEqual(
            g.to_text('Use <a href="/x"><strong>bind</strong></a> with <em>fWait</em> set.'),
            "Use bind with fWait set.")

    def test_entities_decoded(self):
        self.assertEqual(g.to_text("a &amp; b &lt;c&gt; &#8212; d&nbsp;e"), "a & b <c> \u2014 d e")

    def test_every_br_spelling_is_one_break(self):
        for br in ("<br>", "<br/>", "<br />", "<BR>"):
            self.assertEqual(g.to_text("one" + br + "two"), "one\ntwo", br)

    def test_block_boundaries_break_never_leading_trailing_or_doubled(self):
        self.assertEqual(g.to_text("<dl><dt>A</dt><dd> B<br /></dd></dl><ul><li>C</li><li>D</li></ul>"),
                         "A\nB\nC\nD")
        self.assertEqual(g.to_text("<p>x</p>\n\n<div>y</div>"), "x\ny")
        self.assertEqual(g.to_text('<td class="c">z</td>'), "z")

    def test_whitespace_folded_nbsp_included_and_trimmed(self):
        self.assertEqual(g.to_text("  a \t b\u00a0\u00a0c\n  "), "a b c")
        self.assertEqual(g.to_text("a\nb"), "a b")  # a newline in the source is whitespace
        self.assertEqual(g.to_text("a\n \nb"), "a\nb")  # a markdown blank line is a break

    def test_inline_tags_do_not_break(self):
        self.assertEqual(g.to_text('<span id="x"></span>Text <span>more</span>'), "Text more")

    def test_markdown_inline_markup(self):
        self.assertEqual(g.to_text("called with **NULL** and *x* in [docs](/y) h\\_errno"),
                         "called with NULL and x in docs h_errno")

    def test_wording_and_punctuation_untouched(self):
        s = "host\u2014that is, one with no server (e.g. \"x\")..."
        self.assertEqual(g.to_text(s), s)


class CppStrings(unittest.TestCase):
    def test_ascii_only_octal_escapes(self):
        lit = g.cpp_string("a\u2014b\n\"\\")
        self.assertTrue(all(ord(c) < 128 for c in lit))
        self.assertEqual(lit, '"a\\342\\200\\224b\\n\\"\\\\"')

    def test_no_trigraphs(self):
        self.assertEqual(g.cpp_string("??="), '"\\??="')

    def test_wrapping_never_splits_an_escape(self):
        text = "\u9023" * 40
        wrapped = g.cpp_string_wrapped(text, 4, width=30)
        for line in wrapped.split("\n"):
            body = line.strip()
            self.assertTrue(body.startswith('"') and body.endswith('"'), line)
            self.assertEqual((len(body) - 2) % 4, 0, line)  # whole \ooo escapes only


def units_of(literal, prefix):
    """The code units of adjacent u"" / U"" literals made of \\x escapes."""
    units = []
    for line in literal.split("\n"):
        body = line.strip()
        assert body.startswith(prefix + '"') and body.endswith('"'), line
        for escape in body[len(prefix) + 1:-1].split("\\x")[1:]:
            units.append(int(escape, 16))
    return units


class CppUnits(unittest.TestCase):
    """Arrays of small numbers as char16_t / char32_t literals."""

    def test_fixed_width_hex_escapes(self):
        self.assertEqual(g.cpp_units_wrapped([0, 0x12, 0xFFFF], "u", 4, 4, "t"),
                         'u"\\x0000\\x0012\\xFFFF"')
        self.assertEqual(g.cpp_units_wrapped([0, 0x7F, 0xFF], "", 2, 4, "t"), '"\\x00\\x7F\\xFF"')
        with self.assertRaisesRegex(g.DocsError, "t: 256 does not fit"):
            g.cpp_units_wrapped([256], "", 2, 4, "t")
        self.assertEqual(g.cpp_units_wrapped([0x10FFFF, 96 << 24], "U", 8, 4, "t"),
                         'U"\\x0010FFFF\\x60000000"')

    def test_wrapped_lines_hold_whole_escapes_and_every_number(self):
        numbers = list(range(0, 65536, 257))
        wrapped = g.cpp_units_wrapped(numbers, "u", 4, 4, "t", width=40)
        for line in wrapped.split("\n"):
            self.assertLessEqual(len(line) + (0 if line.startswith(" ") else 4), 40, line)
            body = line.strip()
            self.assertTrue(body.startswith('u"') and body.endswith('"'), line)
            self.assertEqual((len(body) - 3) % 6, 0, line)
        self.assertEqual(units_of(wrapped, "u"), numbers)

    def test_no_numbers_is_an_empty_literal(self):
        self.assertEqual(g.cpp_units_wrapped([], "u", 4, 4, "t"), 'u""')

    def test_a_number_that_does_not_fit_is_an_error(self):
        for bad in (0x10000, -1):
            with self.assertRaisesRegex(g.DocsError, "code_values: %d " % bad):
                g.cpp_units_wrapped([1, bad], "u", 4, 4, "code_values")

    def test_pool_offsets_are_a_char16_t_literal(self):
        lines = g.pool("p", ["ab", "", "c"], "Test strings")
        at = lines.index("inline constexpr char16_t p_offsets[] =")
        self.assertTrue(lines[at - 1].startswith("/// "))
        self.assertEqual(lines[at + 1], '    u"\\x0000\\x0002\\x0002\\x0003";')
        self.assertIn("inline constexpr string_pool p{p_chars, p_offsets};", lines)

    def test_a_pool_past_16_bit_offsets_is_an_error(self):
        with self.assertRaisesRegex(g.DocsError, "more than a char16_t offset"):
            g.pool("p", ["x" * 40000, "y" * 30000], "Test strings")


ROW_MD = ('| <span id="WSAEX"></span><dl><dt><strong>WSAEX</strong></dt><dt>10001</dt></dl> | '
          '<dl><dt><span id="m"></span>Short.</dt><dd> Long <a href="/b"><strong>bind</strong></a>.<br /></dd></dl> | ')
ROW_MD_OUTSIDE = ('| <span id="WSAEY"></span><dl><dt><strong>WSAEY</strong></dt><dt>10002</dt></dl> | '
                  'Outside. <br /><dl><dt><span></span></dt><dd> Inside.<br /></dd></dl> | ')
ROW_HTML = ('<tr class="odd">\n<td><span id="WSAEX"></span><dl> <dt><strong>WSAEX</strong></dt> <dt>10001</dt> </dl></td>\n'
            '<td><dl> <dt><span id="m"></span>Short.</dt> <dd> Long.<br/> </dd> </dl><ul><li>Item</li></ul></td>\n</tr>\n')


class WinsockPage(unittest.TestCase):
    def parse(self, content):
        with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
            f.write(content)
        try:
            old = g.EXPECTED_WINSOCK_ROWS
            g.EXPECTED_WINSOCK_ROWS = content.count("<strong>WSAE")
            return g.parse_winsock_page(f.name)
        finally:
            g.EXPECTED_WINSOCK_ROWS = old
            os.unlink(f.name)

    def test_markdown_revision(self):
        rows = self.parse("| a | b |\n|---|---|\n" + ROW_MD + "\n" + ROW_MD_OUTSIDE + "\n")
        self.assertEqual(rows[10001], ("WSAEX", "Short.", "Long bind."))
        self.assertEqual(rows[10002], ("WSAEY", "Outside.", "Inside."))

    def test_html_revision(self):
        rows = self.parse("<table>\n<tbody>\n" + ROW_HTML + "</tbody>\n</table>\n")
        self.assertEqual(rows[10001], ("WSAEX", "Short.", "Long.\nItem"))

    def test_a_row_without_name_is_an_error(self):
        with self.assertRaises(g.DocsError):
            self.parse("| <span id=\"x\"></span><dl><dt>10001</dt></dl> | <dl><dt>S</dt></dl> |\n"
                       + ROW_MD)


class SystemPages(unittest.TestCase):
    def test_entry_found_by_span_id_in_both_layouts(self):
        md = ('<span id="WSAEX"></span><span id="wsaex"></span>**WSAEX**\n   \n\n10001 (0x2711)\n \n\n\n'
              'Text one.\n\n\n   \n\n<span id="WSAEY"></span><span id="wsaey"></span>**WSAEY**\n\n'
              '</dt> <dd> <dl> <dt>\n\n10002 (error 0x2712) \n</dt> <dt>\n\n\nText two.\n\n</dt> </dl> </dd> <dt>\n\n'
              '## Requirements\n')
        with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
            f.write(md)
        try:
            out = g.parse_system_pages([f.name])
        finally:
            os.unlink(f.name)
        self.assertEqual(out["WSAEX"], (10001, "Text one."))
        self.assertEqual(out["WSAEY"], (10002, "Text two."))


def require_docs(test):
    """The shipped pages are part of the repository: missing is a failure."""
    test.assertTrue(os.path.isdir(os.path.join(g.DEFAULT_DOCS, "en-US")),
                    "no docs at %s" % g.DEFAULT_DOCS)


class RealDocs(unittest.TestCase):
    """The shipped docs parse."""

    def setUp(self):
        require_docs(self)

    def test_all_97_in_every_language(self):
        codes, conditions, texts = g.load(g.DEFAULT_DOCS)
        self.assertEqual(len(codes), 97)
        self.assertEqual(sorted(texts), ["de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "pt-BR",
                                         "ru-RU", "zh-TW"])
        for lang, t in texts.items():
            self.assertEqual(len(t), 97, lang)
            for value, (message, description, system) in t.items():
                self.assertTrue(message and system, (lang, value))

    def test_generated_headers_are_ascii_in_short_lines(self):
        for name, content in g.render_all(g.DEFAULT_DOCS).items():
            content.encode("ascii")
            if name.endswith(".md"):  # docs/codes.md: a table row is one line
                continue
            for n, line in enumerate(content.split("\n"), 1):
                self.assertLessEqual(len(line), 100, "%s:%d" % (name, n))

    def test_numbers_that_fit_16_bits_are_char16_t_literals(self):
        files = g.render_all(g.DEFAULT_DOCS)
        for name in ("code_values", "code_same_as", "code_names_offsets", "messages_offsets",
                     "exact_keys_slots"):
            self.assertTrue(any("inline constexpr char16_t %s[] =\n    u\"" % name in content
                                for content in files.values()), name)
        self.assertIn('inline constexpr const char16_t* index_lone_values =\n    u"',
                      files["generated/index.hpp"])
        for name, content in files.items():
            self.assertNotIn("unsigned short", content, name)
            self.assertNotRegex(content, r"constexpr int \w+\[", name)

    def test_text_is_a_pointer_to_a_literal(self):
        files = g.render_all(g.DEFAULT_DOCS)
        declared = [line for content in files.values() for line in content.split("\n")
                    if line.startswith("inline constexpr") and "_chars =" in line]
        tables = sum(content.count("inline constexpr string_pool ") +
                     content.count("inline constexpr key_table<") for content in files.values())
        self.assertEqual(len(declared), tables)  # one text per pool and key table
        for line in declared:
            self.assertRegex(line, r"^inline constexpr const char\* \w+_chars =$")

    def test_no_initializer_list_of_names_or_small_numbers(self):
        # each element of {...} costs a compiler some 14,000 (a number) to
        # 85,000 (a std::string_view) instructions: only the 38 std::errc
        # values the table uses are written that way
        for name, content in g.render_all(g.DEFAULT_DOCS).items():
            for banned in ("std::string_view(", "signed char", "unsigned char", "bool ",
                           "std::errc code_"):
                self.assertNotIn(banned, content, name)
            self.assertLessEqual(content.count("std::errc::"), 38, name)

    def test_std_errc_bytes_point_at_each_codes_errc(self):
        codes, _, _ = g.load(g.DEFAULT_DOCS)
        lines = g.errc_data(codes)
        start = lines.index("    std::errc{},")
        listed = [None] + [l.strip()[len("std::errc::"):-1] for l in lines[start + 1:]
                           if l.startswith("    std::errc::")]
        self.assertEqual(len(listed), len(set(listed)))
        for field, name in (("errc", "code_generic_at"), ("also", "code_generic_also_at")):
            at = lines.index(g.literal_array("char", name))
            literal = []
            for line in lines[at + 1:]:
                literal.append(line.strip().rstrip(";"))
                if line.endswith(";"):
                    break
            positions = units_of("\n".join(literal), "")
            self.assertEqual([listed[p] for p in positions], [c.get(field) for c in codes], field)

    def test_index_positions_are_bytes_read_as_signed_char(self):
        # 6 and 8 stay lone; the eight even values from 10004 make a block
        lines = g.index_data([{"value": v} for v in (6, 8) + tuple(range(10004, 10020, 2))])
        at = lines.index(g.literal_array("char", "index_block_0"))
        self.assertEqual(units_of(lines[at + 1].strip().rstrip(";"), ""),
                         [2, 0xFF, 3, 0xFF, 4, 0xFF, 5, 0xFF, 6, 0xFF, 7, 0xFF, 8, 0xFF, 9])
        # 6 and 8 share a slot of 2 (both even), not of 3: slots 0 and 2
        self.assertIn("inline constexpr unsigned index_lone_slots = 3u;", lines)
        self.assertIn("inline constexpr int index_lone_max = 8;", lines)
        at = lines.index(g.literal_pointer("char16_t", "index_lone_values"))
        self.assertEqual(units_of(lines[at + 1].strip().rstrip(";"), "u"), [6, 0, 8])
        at = lines.index(g.literal_pointer("char", "index_lone_positions"))
        self.assertEqual(units_of(lines[at + 1].strip().rstrip(";"), ""), [0, 0xFF, 1])
        with self.assertRaisesRegex(g.DocsError, "position 128 does not fit a signed char"):
            g.position_byte(128)
        self.assertEqual(g.position_byte(-1), 0xFF)

    def test_lone_codes_get_the_fewest_slots_that_keep_them_apart(self):
        self.assertEqual(g.lone_slots([]), 1)
        self.assertEqual(g.lone_slots([5]), 1)
        self.assertEqual(g.lone_slots([6, 8, 87, 995, 996, 997]), 8)
        for values in ([6, 8, 87, 995, 996, 997], [1, 2, 4, 8, 16, 32, 64], [100, 200, 300]):
            slots = g.lone_slots(values)
            self.assertEqual(len({v % slots for v in values}), len(values), values)
            for fewer in range(len(values), slots):
                self.assertLess(len({v % fewer for v in values}), len(values), (values, fewer))

    def test_without_lone_codes_every_miss_ends_at_index_lone_max(self):
        lines = g.index_data([{"value": v} for v in range(10004, 10020, 2)])
        self.assertIn("inline constexpr int index_lone_max = -1;", lines)
        at = lines.index(g.literal_pointer("char", "index_lone_positions"))
        self.assertEqual(units_of(lines[at + 1].strip().rstrip(";"), ""), [0xFF])

    def test_a_code_past_16_bits_is_an_error(self):
        big = [{"value": 70000, "name": "WSAEBIG", "enumerator": "big"}]
        with self.assertRaisesRegex(g.DocsError, "code_values: 70000 "):
            g.render_codes(g.DEFAULT_DOCS, big, [])
        with self.assertRaisesRegex(g.DocsError, "index_lone_values: 70000 "):
            g.render_index(g.DEFAULT_DOCS, big, [])


class Checksums(unittest.TestCase):
    """--check verifies DOCS/SHA256SUMS: the pages are kept verbatim."""

    def setUp(self):
        require_docs(self)
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.docs = os.path.join(self.tmp, "msdocs")
        shutil.copytree(g.DEFAULT_DOCS, self.docs)

    def test_shipped_pages_match(self):
        self.assertEqual(g.verify_checksums(g.DEFAULT_DOCS), [])

    def test_a_changed_page_is_named(self):
        page = os.path.join(self.docs, "zh-TW", g.WINSOCK_PAGE)
        with open(page, "ab") as f:
            f.write(b" ")
        problems = g.verify_checksums(self.docs)
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("zh-TW/%s: changed" % g.WINSOCK_PAGE, problems[0])
        self.assertEqual(g.main(["--check", "--docs", self.docs]), 1)

    def test_an_unlisted_or_missing_page_fails(self):
        with open(os.path.join(self.docs, "en-US", "new.md"), "w") as f:
            f.write("x")
        os.unlink(os.path.join(self.docs, "de-DE", g.ERRNO_PAGE))
        problems = g.verify_checksums(self.docs)
        self.assertEqual(sorted(p.split(":")[0] for p in problems),
                         ["de-DE/" + g.ERRNO_PAGE, "en-US/new.md"], problems)

    def test_no_checksum_file_is_a_problem(self):
        os.unlink(os.path.join(self.docs, "SHA256SUMS"))
        self.assertEqual(len(g.verify_checksums(self.docs)), 1)


class NewLanguage(unittest.TestCase):
    """Adding a language is: its pages in the docs folder, its tag in
    LANGUAGES, regenerate. Shown with a made-up xx-XX copy of en-US."""

    def setUp(self):
        require_docs(self)
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        docs = os.path.join(self.tmp, "docs")
        os.makedirs(docs)
        for lang in g.LANGUAGES:
            os.symlink(os.path.join(g.DEFAULT_DOCS, lang), os.path.join(docs, lang))
        fake = os.path.join(docs, "xx-XX")
        shutil.copytree(os.path.join(g.DEFAULT_DOCS, "en-US"), fake)
        for page in [g.WINSOCK_PAGE] + g.SYSTEM_PAGES:
            path = os.path.join(fake, page)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            text = text.replace("Connection refused.</dt>", "Connexion refus\u00e9e.</dt>")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        self.docs = docs
        self.old = g.LANGUAGES
        g.LANGUAGES = self.old + ["xx-XX"]
        self.addCleanup(setattr, g, "LANGUAGES", self.old)

    def test_headers_for_the_new_language(self):
        files = g.render_all(self.docs)
        self.assertIn("generated/text_xx_xx.hpp", files)
        self.assertNotIn("lang/xx_xx.hpp", files)  # hand-written, like every lang/ header
        self.assertIn('"Connexion refus\\303\\251e."', files["generated/text_xx_xx.hpp"])
        for name, content in files.items():  # data only: no function, no template
            self.assertNotIn("template", content, name)
            self.assertNotIn("constexpr std::array", content, name)

    def test_the_new_language_compiles_and_answers(self):
        cxx = os.environ.get("CXX") or shutil.which("c++") or shutil.which("g++")
        self.assertTrue(cxx, "no C++ compiler: set CXX")
        include = os.path.join(self.tmp, "include")
        shutil.copytree(os.path.join(g.ROOT, "include"), include)
        out = os.path.join(include, "wsaerror")
        # --check names the hand-written parts still missing
        self.assertEqual(g.main(["--docs", self.docs, "--out", out, "--check"]), 1)
        self.assertEqual(g.main(["--docs", self.docs, "--out", out]), 0)
        with open(os.path.join(out, "lang", "de_de.hpp"), encoding="utf-8") as f:
            header = f.read().replace("de_de", "xx_xx").replace("DE_DE", "XX_XX").replace("de-DE", "xx-XX")
        with open(os.path.join(out, "lang", "xx_xx.hpp"), "w", encoding="utf-8") as f:
            f.write(header)
        with open(os.path.join(out, "lang", "all.hpp"), encoding="utf-8") as f:
            all_hpp = f.read()
        all_hpp = all_hpp.replace('#include "zh_tw.hpp"', '#include "zh_tw.hpp"\n#include "xx_xx.hpp"')
        all_hpp = all_hpp.replace("languages[8]", "languages[9]").replace("&ru_ru}", "&ru_ru, &xx_xx}")
        with open(os.path.join(out, "lang", "all.hpp"), "w", encoding="utf-8") as f:
            f.write(all_hpp)
        self.assertEqual(g.main(["--docs", self.docs, "--out", out, "--check"]), 0)
        tu = os.path.join(self.tmp, "use.cpp")
        with open(tu, "w") as f:
            f.write('#include <wsaerror/lang/all.hpp>\n'
                    'static_assert(wsaerror::find(10061, wsaerror::xx_xx)->message == "Connexion refus\\303\\251e.");\n'
                    'static_assert(wsaerror::find(10061, wsaerror::zh_tw)->value == 10061);\n'
                    'static_assert(&wsaerror::language_for("xx_XX.UTF-8") == &wsaerror::xx_xx);\n'
                    'static_assert(sizeof(wsaerror::languages) / sizeof(wsaerror::languages[0]) == 9);\n')
        r = subprocess.run([cxx, "-std=c++17", "-fsyntax-only", "-I", include, tu],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.assertEqual(r.returncode, 0, r.stdout.decode(errors="replace"))


class Repairs(unittest.TestCase):
    """data/translation-repairs.tsv: applied, and loud when it no longer fits."""

    def texts(self):
        return {10061: ("Verbindung.", "Rufen Sie Connect auf.", "System.")}

    codes = [{"value": 10061, "name": "WSAECONNREFUSED"}]
    english = {10061: ("Refused.", "Call connect now.", "System.")}

    def test_applied_once(self):
        t = g.apply_repairs("de-DE", self.texts(), self.codes, self.english,
                            [("de-DE", "WSAECONNREFUSED", "description", "Sie Connect", "Sie connect")])
        self.assertEqual(t[10061][1], "Rufen Sie connect auf.")

    def test_damage_no_longer_in_the_page_fails(self):
        with self.assertRaisesRegex(g.DocsError, "occurs 0 times"):
            g.apply_repairs("de-DE", self.texts(), self.codes, self.english,
                            [("de-DE", "WSAECONNREFUSED", "description", "Sie Konnekt", "Sie connect")])

    def test_a_repair_must_bring_the_en_us_spelling(self):
        with self.assertRaisesRegex(g.DocsError, "not in the en-US"):
            g.apply_repairs("de-DE", self.texts(), self.codes, self.english,
                            [("de-DE", "WSAECONNREFUSED", "description", "Connect", "bind")])

    def test_shipped_repairs_count(self):
        counts = {}
        for r in g.load_repairs():
            counts[r[0]] = counts.get(r[0], 0) + 1
        self.assertEqual(counts, {"de-DE": 7, "es-ES": 4, "fr-FR": 19, "it-IT": 2, "pt-BR": 12,
                                  "ru-RU": 66})  # docs/languages.md's table says the same


class BrokenPage(unittest.TestCase):
    """--check on a copy of the docs with a damaged page fails, loudly."""

    def run_check(self, lang, page, old, new):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        shutil.copytree(g.DEFAULT_DOCS, os.path.join(tmp, "docs"))
        path = os.path.join(tmp, "docs", lang, page)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
        return subprocess.run([sys.executable, os.path.join(g.ROOT, "scripts", "generate_tables.py"),
                               "--check", "--docs", os.path.join(tmp, "docs")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def test_repaired_damage_fixed_upstream(self):
        r = self.run_check("ru-RU", g.WINSOCK_PAGE, "<strong>всаиоктл</strong>", "<strong>WSAIoctl</strong>")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("всаиоктл", r.stderr.decode())

    def test_unknown_row(self):
        r = self.run_check("de-DE", g.WINSOCK_PAGE, '<span id="WSAEUSERS">', '<span id="WSAEUSER">')
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("unknown row WSAEUSER", r.stderr.decode())

    def test_changed_text(self):
        r = self.run_check("fr-FR", g.WINSOCK_PAGE, "Connexion refusée.", "Connexion refusee.")
        self.assertEqual(r.returncode, 1)
        self.assertIn("text_fr_fr.hpp", r.stderr.decode())


if __name__ == "__main__":
    unittest.main()
