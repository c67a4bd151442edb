#!/usr/bin/env python3
"""differential.reader: the tool's reader (wsaerror --scan) against the rules
of docs/reading-logs.md, on generated log lines.

  reader_model.py [EMULATOR...] WSAERROR_TOOL

Every line is built from a form of the page's two tables ("Findings" and "Not
findings"), so what a person reads in it is known when it is written: the
findings forms with every code (the small codes 6, 8, 87, 995-997 only in a
Winsock context, as the page says), each with a few prefixes and suffixes
real logs put around them and with the error words in three cases; the
not-findings forms with every code. The tool scans them all in one run
(--scan --json) and must find exactly the expected codes on each line, in
order. The codes, names and .NET names come from parse_model.py (the pages
and data/codes.json); the system messages from the tool's --list --json,
which tool.oracle_matches_docs checks against the pages.
"""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parse_model  # noqa: E402

LOW = {6, 8, 87, 995, 996, 997}
PREFIXES = ["", "2024-05-01 10:00:03 ", "app[4242]: ", "WARN  "]
SUFFIXES = ["", " (retrying)", "."]


def cased(word):
    return [word, word.upper(), word[0].upper() + word[1:]]


def finding_forms(x, hr):
    """Lines that name code x, from the Findings table (x at least 10000)."""
    neg = hr - 0x100000000
    forms = []
    for e in cased("error"):
        forms += ["%s %d" % (e, x), "%s: %d" % (e, x), "%s=%d" % (e, x), "%s code %d" % (e, x)]
    for e in cased("errno"):
        forms += ["write:%s=%d" % (e, x)]
    forms += [
        "err=%d" % x, "socket failed %d" % x, "[WinError %d] No connection" % x,
        "[Errno %d] getaddrinfo failed" % x, "Os { code: %d, kind: ConnectionRefused }" % x,
        "connect: (os error %d)" % x, "recv failed: %d" % x, "send() failed with %d" % x,
        "GetLastError() = %d" % x, "WSAGetLastError() returned %d" % x,
        "connect failed with error: %d" % x, "Error at socket(): %d" % x,
        "WSARecv() failed (%d: An existing connection)" % x,
        "Can't connect to MySQL server on 'x' (%d)" % x, "(OS %d)Something went wrong" % x,
        "system:%d" % x, "[system:%d at file.cpp:10]" % x, "winsock:%d" % x,
        "asio.system:%d" % x, "Connection refused (0x%08X/%d)" % (x, x), "hr=0x%08X" % hr,
        "hr=0x%08x" % hr, "HRESULT %d" % neg, "SocketException (%s) thrown" % ("0x%08X" % hr),
    ]
    return forms


def low_finding_forms(x):
    return ["[WinError %d] operation failed" % x, "WSAGetLastError() = %d" % x,
            "WSARecv failed: error %d" % x]


def not_finding_forms(x):
    return [
        "db01:%d" % x, "connect to kube-system:%d" % x, "open /var/lib/system:%d" % x, "listening on 0.0.0.0:%d" % x, "build 10.0.%d.1" % x, "sent %d bytes" % x,
        "error: retry after %d ms" % x, "failed %d times" % x, "[pid %d:tid 4243]" % x,
        "thread %d started" % x, "GET /api/error/%d" % x, "/login?error=%d&code=1" % x,
        "process exited with code %d" % x, "Exit code: %d" % x,
        "ssh: connect to host example.com port %d: Connection refused" % x,
        "took %d ms" % x, "send failed %d ms after connect" % x, "error %d seconds later" % x, "id %d" % x, "%d" % x, "v%d" % x,
    ] + ["error %d%s" % (x, glued) for glued in (".5", "-01", ":80", "/2", "#1")]


def lines_and_expectations(model, messages):
    out = []
    for x in sorted(model.names):
        hr = 0x80070000 | x
        if x in LOW:
            forms = [(f, [x]) for f in low_finding_forms(x)] + [("error %d" % x, []), ("failed: %d" % x, [])]
        else:
            forms = [(f, [x]) for f in finding_forms(x, hr)]
        forms += [(f, []) for f in not_finding_forms(x)]
        name = model.names[x]
        forms += [("got %s from peer" % name, [x]), ("%s" % name.lower(), [x])]
        for pre in PREFIXES:
            for suf in SUFFIXES:
                out += [(pre + f + suf, want) for f, want in forms]
    for d, x in sorted(parse_model.json.load(
            open(os.path.join(parse_model.ROOT, "data/codes.json")))["dotnet"].items()):
        out += [("Error: SocketError.%s" % d, [x]), ("SocketErrorCode: %s" % d, [x]),
                ("System.Net.Sockets.SocketException: SocketError.%s" % d, [x])]
    for text, (codes, lang) in messages.items():
        variants = [text, text.rstrip("."), text.replace(" ", "  "), text.replace(" ", "\t", 1),
                    text + " 127.0.0.1:1433", "(" + text + ")"]
        # a typographic apostrophe for a straight one and back (French
        # Windows prints l’hôte, a log converted to ASCII l'hôte)
        variants += [text.replace("\u2019", "'"), text.replace("'", "\u2019")]
        if lang in ("en-US", "ru-RU"):  # any case: what the reader folds (ASCII, Cyrillic)
            variants += [text.upper(), text.lower()]
        for variant in variants:
            out.append(("dial tcp 10.0.0.1:80: connectex: " + variant, codes))
        if lang == "en-US":
            # "followed by anything" that does not go on with its last word: what
            # counts then is the longest message that ends at a word's end
            glued = text.rstrip(".") + "xyz"
            out.append(("connectex: " + glued, longest_message(glued, messages)))
    out += [("request id %d" % (0x100000000 - (0x80070000 | x)), []) for x in sorted(model.names)]
    return out


def is_word(c):
    return c.isascii() and (c.isalnum() or c == "_")


def fold(text):
    return " ".join(text.lower().split())


def longest_message(line, messages):
    """The codes of the longest message the line starts with that ends at a
    word's end (or whose last character is no word character)."""
    rest, best = fold(line), (0, [])
    for text, (codes, _) in messages.items():
        m = fold(text).rstrip(". ")
        if rest.startswith(m) and (len(rest) == len(m) or not is_word(rest[len(m)]) or
                                   not is_word(m[-1])):
            best = max(best, (len(m), codes))
    return best[1]


LANGUAGES = ["en-US", "zh-TW", "de-DE", "es-ES", "fr-FR", "it-IT", "pt-BR", "ru-RU"]


def message_key(text):
    return " ".join(text.lower().split()).rstrip(". \u3002")


def scanned_messages(tool):
    """{system message: its codes}, for the messages in every language that
    the page says the reader looks for: at least 20 bytes and four words (or
    no blank at all). A text two codes share names both."""
    by_key, texts = {}, {}
    for lang in LANGUAGES:
        p = subprocess.run(tool + ["--list", "--json", "--lang", lang], stdout=subprocess.PIPE,
                           check=True)
        for e in json.loads(p.stdout):
            t = e["system_message"]
            k = message_key(t)
            if len(k.encode()) >= 20 and (k.count(" ") >= 3 or " " not in k):
                by_key.setdefault(k, set()).add(e["value"])
                texts.setdefault(t, (k, lang))
    return {t: (sorted(by_key[k]), lang) for t, (k, lang) in texts.items()}


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    tool = sys.argv[1:]
    model = parse_model.Model()
    cases = lines_and_expectations(model, scanned_messages(tool))
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "generated.log")
        with open(log, "w", encoding="utf-8", newline="\n") as f:
            for line, _ in cases:
                f.write(line + "\n")
        p = subprocess.run(tool + ["--scan", "--json", log], stdout=subprocess.PIPE)
        if p.returncode not in (0, 1):
            raise SystemExit("wsaerror --scan exited with %d" % p.returncode)
    found = {}
    for row in p.stdout.decode("utf-8").splitlines():
        r = json.loads(row)
        found.setdefault(r["line"], []).append(r["value"])
    wrong = []
    # A Windows log: the same lines ending in CRLF give the same findings, and
    # --scan prints each line without its '\r'.
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "windows.log")
        with open(log, "w", encoding="utf-8", newline="\r\n") as f:
            for line, _ in cases:
                f.write(line + "\n")
        crlf = subprocess.run(tool + ["--scan", "--json", log], stdout=subprocess.PIPE).stdout
        text = subprocess.run(tool + ["--scan", log], stdout=subprocess.PIPE).stdout
    def without_file(out):
        return [{k: v for k, v in json.loads(r).items() if k != "file"} for r in out.splitlines()]

    if without_file(crlf) != without_file(p.stdout):
        wrong.append("  the same lines ending in CRLF give other findings")
    # A line longer than 64 KiB is not kept: each finding in it is printed
    # with 60 bytes either side (docs/tool.md, "Scanning a log").
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "long.log")
        long_line = "a" * 200000 + " recv failed: 10054 " + "b" * 1000
        with open(log, "w", encoding="utf-8", newline="\n") as f:
            f.write(long_line + "\n")
        long_text = subprocess.run(tool + ["--scan", log], stdout=subprocess.PIPE).stdout.decode()
    at = long_line.index("10054")
    excerpt = "1: ..." + long_line[at - 60:at + 5 + 60] + "..."
    if long_text.splitlines()[:1] != [excerpt]:
        wrong.append("  a 200 KB line: the finding is not printed with 60 bytes either side: %r"
                     % long_text[:300])
    if b"\r" in text:
        wrong.append("  --scan of a CRLF log prints a line with its '\\r'")
    for n, (line, want) in enumerate(cases, 1):
        got = found.get(n, [])
        if got != want:
            wrong.append("  %r: the tool finds %s, the page says %s" % (line, got, want))
    print("differential.reader: %d lines (%d with a code), %d disagreements"
          % (len(cases), sum(1 for _, w in cases if w), len(wrong)))
    for w in wrong[:int(os.environ.get("WSAERROR_SHOW", "40"))]:
        print(w)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
