#!/usr/bin/env python3
"""Every line of the log corpus gives exactly its codes, pasted and scanned.

Reads tests/cli/corpus/log_lines.tsv (line, codes, program, source; '#'
comments). For each entry runs `wsaerror --json -- LINE` (the pasted line)
and requires the codes of its JSON array, in order, and exit status 0, or
exit status 1 and no code for '-'. Then writes every line to one file, runs
`wsaerror --scan --json FILE` once and requires, for each line, the codes
of its findings (each once, in order of first appearance). Prints a summary
(entries, lines with codes, programs) and every mismatch.

usage: cli_corpus.py WSAERROR CORPUS [EMULATOR...]
"""
import json
import os
import subprocess
import sys
import tempfile


def load(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            fields = raw.split("\t")
            if len(fields) != 4 or not all(fields):
                raise SystemExit("%s:%d: expected 4 tab-separated fields" % (path, number))
            line, codes, program, source = fields
            want = [] if codes == "-" else [int(c) for c in codes.split(",")]
            entries.append((number, line, want, program, source))
    return entries


def unique(values):
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def main():
    exe, corpus = sys.argv[1:3]
    emulator = sys.argv[3:]
    entries = load(corpus)
    failures = []
    for number, line, want, program, _ in entries:
        r = subprocess.run(emulator + [exe, "--json", "--", line], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        out = r.stdout.decode("utf-8", "replace")
        got = [e["value"] for e in json.loads(out)] if out.strip() else []
        status = 0 if want else 1
        if got != want or r.returncode != status:
            failures.append("line %d (%s) pasted: want %s (exit %d), got %s (exit %d): %s\n    stderr: %s"
                            % (number, program, want, status, got, r.returncode, line,
                               r.stderr.decode("utf-8", "replace").strip()))
    fd, path = tempfile.mkstemp(suffix=".log")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for _, line, _, _, _ in entries:
                f.write(line + "\n")
        r = subprocess.run(emulator + [exe, "--scan", "--json", path], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    finally:
        os.unlink(path)
    if r.returncode not in (0, 1):
        failures.append("--scan exited %d: %s" % (r.returncode, r.stderr.decode("utf-8", "replace")))
    found = {}
    for text in r.stdout.decode("utf-8", "replace").splitlines():
        finding = json.loads(text)
        found.setdefault(finding["line"], []).append(finding["value"])
    for index, (number, line, want, program, _) in enumerate(entries, 1):
        got = unique(found.get(index, []))
        if got != want:
            failures.append("line %d (%s) scanned: want %s, got %s: %s"
                            % (number, program, want, got, line))
    with_codes = sum(1 for e in entries if e[2])
    programs = len({e[3] for e in entries})
    print("%d corpus lines (%d with codes, %d without), %d programs, each pasted and scanned"
          % (len(entries), with_codes, len(entries) - with_codes, programs))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
