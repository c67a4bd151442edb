#!/usr/bin/env python3
"""Runs a command; passes only if its exit status and its output are right.

usage: expect.py [--exit N | --exit nonzero] --output REGEX -- COMMAND [ARG...]

CTest's PASS_REGULAR_EXPRESSION alone ignores the exit status: a program that
prints the expected line and then crashes would pass. Here both must hold:
the status is N (default 0; "nonzero": any failure status, as test
frameworks differ in theirs: Catch2 v2 exits with the count of failed test
cases, v3 with 42) and REGEX (Python syntax, '.' matches newlines)
matches somewhere in stdout and stderr together.
"""
import argparse
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exit", default="0")
    ap.add_argument("--output", required=True)
    ap.add_argument("command", nargs="+")
    args = ap.parse_args()
    r = subprocess.run(args.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = r.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
    sys.stdout.write(out)
    ok = True
    if args.exit == "nonzero":
        if r.returncode == 0 or r.returncode < 0:
            print("expect.py: exit status %d, expected a failure status" % r.returncode)
            ok = False
    elif r.returncode != int(args.exit):
        print("expect.py: exit status %d, expected %s" % (r.returncode, args.exit))
        ok = False
    if not re.search(args.output, out, re.S):
        print("expect.py: the output does not match %r" % args.output)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
