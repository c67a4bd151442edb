#!/usr/bin/env python3
"""Checks `wsaerror --list --json` against what the generator parses from the docs.

usage: compare_json.py WSAERROR_EXE GENERATOR DOCS_DIR [EMULATOR...]

Exit 0 when every entry's value, name, message, description and
system_message is byte-for-byte what scripts/generate_tables.py reads from the
docs, in every language both know; 1 otherwise, also when the docs are absent
(they are part of the repository: a missing folder is a failure, not a skip).
"""
import json
import os
import subprocess
import sys

FIELDS = ("value", "name", "message", "description", "system_message")


def main():
    exe, generator, docs = sys.argv[1:4]
    emulator = sys.argv[4:]
    if not os.path.isdir(os.path.join(docs, "en-US")):
        print("docs not found at %s" % docs)
        return 1
    expected = json.loads(subprocess.run(
        [sys.executable, generator, "--docs", docs, "--json"],
        check=True, stdout=subprocess.PIPE).stdout.decode("utf-8"))
    failures = 0
    for lang, entries in expected.items():
        out = subprocess.run(emulator + [exe, "--list", "--json", "--lang", lang],
                             check=True, stdout=subprocess.PIPE).stdout
        got = json.loads(out.decode("utf-8"))
        if len(got) != len(entries):
            print("%s: %d entries, the docs have %d" % (lang, len(got), len(entries)))
            failures += 1
            continue
        for want, have in zip(entries, got):
            for f in FIELDS:
                if want[f] != have[f]:
                    failures += 1
                    print("%s %s %s:\n  docs: %r\n  tool: %r" % (lang, want["name"], f, want[f], have[f]))
            if have.get("lang") != lang:
                failures += 1
                print("%s %s: lang is %r" % (lang, want["name"], have.get("lang")))
        print("%s: %d entries compared" % (lang, len(got)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
