#!/usr/bin/env python3
"""Runs the wsaerror tool once and checks its exit status, stdout and stderr.

usage: cli_case.py [--exit N] [--stdout RE] [--no-stdout] [--stderr RE]
                   [--no-stderr] [--golden FILE] [--env K=V] [--stdin-closed]
                   [--stdout-closed] [--lines N] -- WSAERROR [ARGS...]

--stdout/--stderr: a Python regular expression that must match somewhere
(re.search, DOTALL); --golden: stdout must equal the file byte for byte.
Arguments written as @hex:414243 are passed as those raw bytes.
"""
import argparse
import os
import re
import subprocess
import sys


def arg_bytes(a):
    if a.startswith("@hex:"):
        return bytes.fromhex(a[5:])
    if a.startswith("@repeat:"):  # @repeat:N:TEXT -> TEXT repeated N times
        _, n, text = a.split(":", 2)
        return text.encode() * int(n)
    return a.encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exit", type=int, default=0)
    ap.add_argument("--stdout", action="append", default=[])
    ap.add_argument("--stderr", action="append", default=[])
    ap.add_argument("--no-stdout", action="store_true")
    ap.add_argument("--no-stderr", action="store_true")
    ap.add_argument("--golden")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--emulator", default="")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    # A known locale: C.UTF-8, unless the case sets locale variables itself.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    if not a.env:
        env["LC_ALL"] = "C.UTF-8"
    for kv in a.env:
        k, _, v = kv.partition("=")
        env[k] = v
    argv = a.emulator.split() + [cmd[0]] + [arg_bytes(x) for x in cmd[1:]]
    r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                       stdin=subprocess.DEVNULL, timeout=60)
    out = r.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
    err = r.stderr.decode("utf-8", errors="replace").replace("\r\n", "\n")
    problems = []
    if r.returncode != a.exit:
        problems.append("exit status %d, expected %d" % (r.returncode, a.exit))
    for pat in a.stdout:
        if not re.search(pat, out, re.S):
            problems.append("stdout does not match %r" % pat)
    for pat in a.stderr:
        if not re.search(pat, err, re.S):
            problems.append("stderr does not match %r" % pat)
    if a.no_stdout and out:
        problems.append("stdout should be empty")
    if a.no_stderr and err:
        problems.append("stderr should be empty")
    if a.golden:
        with open(a.golden, encoding="utf-8") as f:
            want = f.read()
        if out != want:
            problems.append("stdout differs from %s" % a.golden)
    if problems:
        print("command: %r" % (cmd,))
        print("\n".join(problems))
        print("--- stdout (%d bytes) ---\n%s--- stderr ---\n%s" % (len(out), out[:4000], err[:2000]))
        return 1
    print("ok: %r -> exit %d" % (cmd[1:][:6], r.returncode))
    return 0


if __name__ == "__main__":
    sys.exit(main())
