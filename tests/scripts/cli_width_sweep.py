#!/usr/bin/env python3
"""No line of `wsaerror -l` or `-s` is wider than -w N, at every width from
20 to 120, unless one identifier alone is wider: names are never split, so
the bound is max(N, longest name), Winsock or stand-in (Win32, NTSTATUS),
and a line wider than N is one word alone. Widths are display columns (a CJK
character takes two).

usage: cli_width_sweep.py WSAERROR [EMULATOR...]
"""
import json
import re
import os
import subprocess
import sys
import unicodedata


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# English whatever the caller's locale; the rest of the environment stays (Wine
# needs PATH and HOME).
ENV = {k: v for k, v in os.environ.items()
       if k not in ("LANGUAGE", "LANG", "LC_MESSAGES") and not k.startswith("WSAERROR_LANG")}
ENV["LC_ALL"] = "C.UTF-8"


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, env=ENV)
    if r.returncode != 0:
        raise SystemExit("%r: exit status %d" % (cmd, r.returncode))
    return r.stdout.decode("utf-8").replace("\r\n", "\n")


def main():
    tool = sys.argv[2:] + [sys.argv[1]]
    names = [e["name"] for e in json.loads(run(tool + ["--json", "--list"]))]
    # the stand-ins' Win32 and NTSTATUS names, as -s prints them (every
    # NTSTATUS name has the word "status"; "network" finds Win32 rows)
    for query in (["status"], ["network"]):
        for e in json.loads(run(tool + ["--json", "-s"] + query)):
            s = e.get("stand_in")
            if s:
                names.append(s["ntstatus"]["name"] if s["ntstatus"] else s["name"])
    longest = max(len(n) for n in names)
    commands = [["-l"], ["-s", "ipsec"], ["-s", "qos"], ["-s", "connection"],
                ["-s", "connection", "reset"], ["-s", "status"], ["-s", "network"], ["-s", "aborted"],
                ["--lang", "ru-RU", "-l"], ["--lang", "zh-TW", "-l"], ["--lang", "de", "-s", "abgelehnt"],
                ["--lang", "zh-TW", "-s", "network"]]
    problems = []
    # Every width natively; under an emulator (Wine: about half a second a
    # launch) the widths around the layout's switch points and the longest name.
    widths = range(20, 121) if len(tool) == 1 else [20, 26, 27, 28, 40, 41, 42, 44, 59, 60, 80, 120]
    for width in widths:
        bound = max(width, longest)
        for c in commands:
            for line in run(tool + ["-w", str(width)] + c).split("\n"):
                # wider than N: only one word alone on its line (names and
                # words are never split)
                alone = re.fullmatch(r" *\S+", line) is not None
                if columns(line) > bound or (columns(line) > width and not alone):
                    problems.append("-w %d %s: %d columns: %r" % (width, " ".join(c), columns(line), line))
    print("\n".join(problems[:20]))
    print("%d lines too wide (longest name: %d columns)" % (len(problems), longest))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
