#!/usr/bin/env python3
"""Runs the wsaerror tool once and checks its exit status, stdout and stderr.

usage: cli_case.py [--exit N] [--stdout RE] [--no-stdout] [--stderr RE]
                   [--no-stderr] [--golden FILE] [--env K=V] [--stdin-closed]
                   [--stdout-closed] [--lines N] -- WSAERROR [ARGS...]

--stdout/--stderr: a Python regular expression that must match somewhere
(re.search, DOTALL); --golden: stdout must equal the file byte for byte.
Arguments written as @hex:414243 are passed as those raw bytes,
@repeat:N:TEXT as TEXT repeated N times, @args:N:TEXT as N arguments TEXT.
--stdin FILE feeds FILE as standard input (else it is empty);
--stdout-closed runs with stdout closed; --head N reads N lines of stdout
and closes the pipe; --columns N runs on a pseudo-terminal N columns wide.
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


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run(argv, env, a):
    """Runs argv as the options say; a hang is a failure (60 s)."""
    if a.columns:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from readme_examples import run_in_terminal
        status, out = run_in_terminal(argv, env, a.columns)
        return Result(status, out, b"")
    if a.stdout_closed:
        r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                           stdin=subprocess.DEVNULL, timeout=60,
                           preexec_fn=lambda: os.close(1))
        return Result(r.returncode, b"", r.stderr)
    if a.head is not None:
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             stdin=subprocess.DEVNULL)
        lines = [p.stdout.readline() for _ in range(a.head)]
        p.stdout.close()  # like `| head -N`: the reader goes away
        err = p.stderr.read()
        return Result(p.wait(timeout=60), b"".join(lines), err)
    stdin = open(a.stdin, "rb") if a.stdin else subprocess.DEVNULL
    try:
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           stdin=stdin, timeout=60)
    finally:
        if a.stdin:
            stdin.close()
    return Result(r.returncode, r.stdout, r.stderr)


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
    ap.add_argument("--stdout-closed", action="store_true")
    ap.add_argument("--head", type=int)
    ap.add_argument("--columns", type=int)
    ap.add_argument("--stdin")
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
    args = []
    for x in cmd[1:]:
        if x.startswith("@args:"):
            _, n, text = x.split(":", 2)
            args += [text.encode()] * int(n)
        else:
            args.append(arg_bytes(x))
    argv = a.emulator.split() + [cmd[0]] + args
    r = run(argv, env, a)
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
