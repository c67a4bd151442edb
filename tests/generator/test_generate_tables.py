#!/usr/bin/env python3
"""Unit tests of scripts/generate_tables.py: the text rules, C++ literal
escaping, and both revisions of the Winsock page, on small made-up inputs."""
import json
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


class LeftOverMarkup(unittest.TestCase):
    # A page revision the rules do not fully clean must stop the generator,
    # not ship markup in the table ([generator.entity-check],
    # [generator.markup-check] in tests/mutation/mutations.txt).
    def test_double_escaped_entity_is_an_error(self):
        # "&amp;lt;" in the page: one decoding leaves "&lt;"
        with self.assertRaises(g.DocsError):
            g.check_clean(g.to_text("Use &amp;lt;socket&amp;gt; first."), "10061")

    def test_unclosed_bold_is_an_error(self):
        with self.assertRaises(g.DocsError):
            g.check_clean("The **operation was refused.", "10061")

    def test_clean_text_passes(self):
        g.check_clean("A plain text, with a d.&a; garble that is not an entity.", "10061")


class CppStrings(unittest.TestCase):
    def test_ascii_only_octal_escapes(self):
        lit = g.cpp_string("a\u2014b\n\"\\")
        self.assertTrue(all(ord(c) < 128 for c in lit))
        self.assertEqual(lit, '"a\\342\\200\\224b\\n\\"\\\\"')

    def test_no_trigraphs(self):
        self.assertEqual(g.cpp_string("??="), '"\\??="')

    def test_a_view_is_a_string_view_literal(self):
        self.assertEqual(g.cpp_view("Connection refused."), '"Connection refused."sv')
        self.assertEqual(g.cpp_view("\u2014"), '"\\342\\200\\224"sv')  # UTF-8 bytes
        self.assertEqual(g.cpp_view(""), '""sv')


class CppNumbers(unittest.TestCase):
    """Arrays of numbers are written as numbers, wrapped."""

    def test_numbers_wrapped_every_one_kept(self):
        numbers = list(range(-1, 300, 7))
        text = g.cpp_numbers(numbers, width=40)
        lines = text.split("\n")
        self.assertEqual((lines[0], lines[-1]), ("{", "}"))
        for line in lines[1:-1]:
            self.assertLessEqual(len(line), 40, line)
        got = [int(x) for x in text.strip("{}").replace("\n", " ").split(",") if x.strip()]
        self.assertEqual(got, numbers)


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

    def test_every_code_in_every_language(self):
        codes, conditions, texts = g.load(g.DEFAULT_DOCS)
        data = json.loads(g.read(g.DATA_FILE))
        self.assertEqual(len(codes), data["winsock_page_rows"] +
                         sum(1 for c in data["codes"] if c.get("system_page_only")))
        self.assertEqual(sorted(texts), ["de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "pt-BR",
                                         "ru-RU", "zh-TW"])
        for lang, t in texts.items():
            self.assertEqual(len(t), len(codes), lang)
            for value, (message, description, system) in t.items():
                self.assertTrue(message and system, (lang, value))

    def test_generated_headers_are_ascii(self):
        for name, content in g.render_all(g.DEFAULT_DOCS).items():
            content.encode("ascii")

    def test_one_row_per_code_one_line_per_text(self):
        # A changed message is a one-line change in its language's file: each
        # text is a line of its own, after the line with the code's value.
        codes, _, texts = g.load(g.DEFAULT_DOCS)
        files = g.render_all(g.DEFAULT_DOCS)
        for lang, t in texts.items():
            lines = files["generated/%s.hpp" % g.lang_id(lang)].split("\n")
            for c in codes:
                at = lines.index("    {%d, %s," % (c["value"], g.cpp_view(c["name"])))
                message, description, system = t[c["value"]]
                self.assertEqual(lines[at + 1:at + 4],
                                 ["     %s," % g.cpp_view(x) for x in (message, description, system)])
                self.assertTrue(lines[at + 4].startswith("     " + g.cpp_view(c["enumerator"])))

    def test_a_row_states_its_facts_by_name(self):
        files = g.render_all(g.DEFAULT_DOCS)
        self.assertIn("     \"no_buffer_space\"sv, std::errc::no_buffer_space, std::errc{}, "
                      "bit(condition::transient) | bit(condition::low_resources), false, 0},",
                      files["generated/en_us.hpp"])
        self.assertIn("     \"io_pending\"sv, std::errc::operation_in_progress, "
                      "std::errc::resource_unavailable_try_again, bit(condition::transient), true, 0},",
                      files["generated/en_us.hpp"])

    def test_keys_name_their_code_by_value_exact_names_first(self):
        keys = g.render_all(g.DEFAULT_DOCS)["generated/keys.hpp"]
        exact = keys.index('    {"ECONNREFUSED", 12, 10061},')
        folded = keys.index('    {"CONNECTIONREFUSED", 17, 10061},')
        self.assertLess(exact, keys.index("parse() only"))
        self.assertLess(keys.index("parse() only"), folded)

    def test_index_positions_are_numbers(self):
        # 6 and 8 stay lone; the eight even values from 10004 make a block
        lines = g.index_data([{"value": v} for v in (6, 8) + tuple(range(10004, 10020, 2))])
        text = "\n".join(lines)
        self.assertIn("inline constexpr signed char index_block_0[] = {\n"
                      "    2, -1, 3, -1, 4, -1, 5, -1, 6, -1, 7, -1, 8, -1, 9,\n};", text)
        # 6 and 8 share a slot of 2 (both even), not of 3: slots 0 and 2
        self.assertIn("inline constexpr unsigned index_lone_slots = 3u;", lines)
        self.assertIn("inline constexpr int index_lone_max = 8;", lines)
        self.assertIn("inline constexpr int index_lone_values[] = {\n    6, 0, 8,\n};", text)
        self.assertIn("inline constexpr signed char index_lone_positions[] = {\n    0, -1, 1,\n};",
                      text)
        with self.assertRaisesRegex(g.DocsError, "position 128 does not fit a signed char"):
            g.check_position(128)

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
        self.assertIn("inline constexpr signed char index_lone_positions[] = {\n    -1,\n};",
                      "\n".join(lines))


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
    """Adding a language is: its pages in the docs folder, one line in
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
        g.LANGUAGES = dict(self.old, **{"xx-XX": "Made-up (Test)"})
        self.addCleanup(setattr, g, "LANGUAGES", self.old)

    def test_headers_for_the_new_language(self):
        files = g.render_all(self.docs)
        self.assertIn('     "Connexion refus\\303\\251e."sv,', files["generated/xx_xx.hpp"])
        self.assertIn('inline constexpr language xx_xx{"xx-XX", &detail::xx_xx_table};',
                      files["lang/xx_xx.hpp"])
        self.assertIn("/// Made-up (Test): xx-XX.", files["lang/xx_xx.hpp"])
        self.assertIn('#include "xx_xx.hpp"', files["lang/all.hpp"])
        self.assertIn("using wsaerror::xx_xx;", files["wsaerror.cppm"])

    def test_the_new_language_compiles_and_answers(self):
        cxx = os.environ.get("CXX") or shutil.which("c++") or shutil.which("g++")
        self.assertTrue(cxx, "no C++ compiler: set CXX")
        include = os.path.join(self.tmp, "include")
        shutil.copytree(os.path.join(g.ROOT, "include"), include)
        out = os.path.join(include, "wsaerror")
        # --check says the headers are out of date; writing them is all it takes
        self.assertEqual(g.main(["--docs", self.docs, "--out", out, "--check"]), 1)
        self.assertEqual(g.main(["--docs", self.docs, "--out", out]), 0)
        self.assertEqual(g.main(["--docs", self.docs, "--out", out, "--check"]), 0)
        tu = os.path.join(self.tmp, "use.cpp")
        with open(tu, "w") as f:
            f.write('#include <wsaerror/lang/all.hpp>\n'
                    'static_assert(wsaerror::find(10061, wsaerror::xx_xx)->message == "Connexion refus\\303\\251e.");\n'
                    'static_assert(wsaerror::find(10061, wsaerror::zh_tw)->value == 10061);\n'
                    'static_assert(&wsaerror::language_for("xx_XX.UTF-8") == &wsaerror::xx_xx);\n'
                    'static_assert(sizeof(wsaerror::languages) / sizeof(wsaerror::languages[0]) == %d);\n'
                    % len(g.LANGUAGES))
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
                                  "ru-RU": 66})  # README's table says the same


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
        self.assertIn("generated/fr_fr.hpp", r.stderr.decode())


if __name__ == "__main__":
    unittest.main()
