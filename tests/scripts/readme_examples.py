#!/usr/bin/env python3
"""Compiles and runs a page's examples and replays its CLI sessions.

usage: readme_examples.py PAGE.md WORKDIR --cxx CXX --include DIR
                          [--tool WSAERROR] [--flags FLAGS] [--test NAME]
                          [--only NAME [--feature F]... | --sessions]

PAGE is README.md or a page of docs/ (tests/CMakeLists.txt registers one test
per page that has examples: docs.readme*, docs.page.NAME*). --test is that
test's name, used in messages. A page marks what this checks with HTML
comments:
  <!-- example: NAME [extra compiler flags] [needs=FEATURE] [exit=N] -->  the
      next ```cpp block is a program; it must compile with -Werror and exit 0
      (or N; exit=nonzero: any failure status, for a test that fails on
      purpose, as Catch2 v2, v3, GoogleTest and doctest differ in theirs).
  <!-- output: NAME -->  the next ``` block is that program's exact stdout.
  <!-- session -->  the next ```console block holds `$ wsaerror ...` lines,
      each followed by exactly what the tool prints in an 80-column terminal
      (a pseudo-terminal: stdout and stderr together); its exit status must be
      0, or the N of a trailing `# exit N`. `<!-- session: piped -->` runs the
      commands with stdout and stderr on a pipe instead. Sessions run in WORKDIR.
  <!-- file: NAME -->  the next ``` block is written to WORKDIR/NAME, for the
      sessions after it (a log for `wsaerror --scan NAME`) and for examples
      whose extra flags name it as {workdir}/NAME (a second source file).
What runs is chosen by the arguments, never by what the machine lacks:
  (default)   every example without needs=, and the piped sessions;
  --only NAME that example (its FEATUREs must be given with --feature: the
              build registers it only on legs that have them);
  --sessions  the terminal sessions (native builds: they need a terminal).
A ```cpp block with no example or file mark before it is an error: every C++
example of the page is compiled.
Exit 0 when all match, 1 otherwise, also when nothing matched the selection.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

MARK = re.compile(r"<!-- (example|output|session|file)(?::\s*(\S+))?(.*?)-->")


def blocks(text):
    """[(kind, name, extra, code)] for every marked fenced block."""
    out = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = MARK.match(lines[i].strip())
        i += 1
        if not m:
            continue
        while i < len(lines) and not lines[i].startswith("```"):
            i += 1
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        out.append((m.group(1), m.group(2), (m.group(3) or "").strip(), "\n".join(lines[i + 1:j]) + "\n"))
        i = j + 1
    return out


def unmarked_cpp(text):
    """Line numbers of ```cpp blocks that no <!-- example --> mark precedes."""
    lines = text.splitlines()
    bad = []
    inside = False
    for n, line in enumerate(lines):
        if line.startswith("```"):
            if not inside and line.strip() == "```cpp":
                prev = [x.strip() for x in lines[max(0, n - 3):n] if x.strip()]
                if not prev or not prev[-1].startswith(("<!-- example:", "<!-- file:")):
                    bad.append(n + 1)
            inside = not inside
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("readme")
    ap.add_argument("workdir")
    ap.add_argument("--cxx", required=True)
    ap.add_argument("--include", action="append", default=[])
    ap.add_argument("--flags", default="")
    ap.add_argument("--catch2-link", action="append", default=[],
                    help="a library or object file the examples that include Catch2 link "
                         "(after the source): Catch2 v3's library and a main")
    ap.add_argument("--tool")
    ap.add_argument("--emulator", default="")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--feature", action="append", default=[])
    ap.add_argument("--sessions", action="store_true")
    ap.add_argument("--only-including", default="",
                    help="only the examples whose code matches this regex (the frameworks legs)")
    ap.add_argument("--test", default="docs.readme")
    args = ap.parse_args()
    with open(args.readme, encoding="utf-8") as f:
        text = f.read()
    found = blocks(text)
    unmarked = unmarked_cpp(text)
    if unmarked:
        print("%s: a ```cpp block with no <!-- example: NAME --> before it, line %s"
              % (args.readme, ", ".join(str(n) for n in unmarked)))
        return 1
    os.makedirs(args.workdir, exist_ok=True)
    outputs = {name: code for kind, name, _, code in found if kind == "output"}
    failures = checked = 0
    emulator = shlex.split(args.emulator)
    for kind, name, extra, code in found:
        if kind == "file":
            with open(os.path.join(args.workdir, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(code)
        if kind == "example" and not args.sessions:
            needs = [w[6:] for w in shlex.split(extra) if w.startswith("needs=")]
            want = [w[5:] for w in shlex.split(extra) if w.startswith("exit=")]
            want = want[0] if want else "0"
            extra = " ".join(shlex.quote(w.replace("{workdir}", args.workdir)) for w in shlex.split(extra)
                             if not w.startswith("needs=") and not w.startswith("exit="))
            if args.only and name not in args.only:
                continue
            if args.only_including and not re.search(args.only_including, code):
                continue
            if not args.only and not args.only_including and needs:
                print("example %s: its own test (%s.%s, on legs with %s)"
                      % (name, args.test, name, ", ".join(needs)))
                continue
            missing = [f for f in needs if f not in args.feature]
            if missing:
                failures += 1
                print("example %s needs %s, which this build lacks" % (name, ", ".join(missing)))
                continue
            checked += 1
            src = os.path.join(args.workdir, name + ".cpp")
            exe = os.path.join(args.workdir, name + ".exe")
            with open(src, "w", encoding="utf-8") as f:
                f.write(code)
            cmd = ([args.cxx] + shlex.split(args.flags) + ["-I" + d for d in args.include]
                   + [src] + (args.catch2_link if "#include <catch2/" in code else [])
                   + shlex.split(extra) + ["-o", exe])
            r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                failures += 1
                print("example %s does not compile:\n%s" % (name, r.stdout.decode(errors="replace")))
                continue
            r = subprocess.run(emulator + [exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            got = r.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
            if want == "nonzero" and r.returncode <= 0 or want != "nonzero" and r.returncode != int(want):
                failures += 1
                print("example %s exits %d, not %s" % (name, r.returncode, want))
            if name in outputs and got != outputs[name]:
                failures += 1
                print("example %s prints:\n%s\nthe page says:\n%s" % (name, got, outputs[name]))
            else:
                print("example %s: ok" % name)
        elif kind == "session" and not args.only and not args.only_including and args.sessions == (name != "piped"):
            if not args.tool:
                failures += 1
                print("session: no --tool given")
                continue
            checked += 1
            failures += replay(code, args.tool, emulator, name != "piped", args.workdir)
    if checked == 0:
        print("nothing in %s matches this selection" % args.readme)
        return 1
    return 1 if failures else 0


def run_in_terminal(argv, env, columns=80, cwd=None):
    """Runs argv on a pseudo-terminal of `columns` columns; (status, output).

    Linux moves a terminal's output to the master side asynchronously, so
    reading until EIO can lose the child's last lines once it has exited.
    The parent keeps the slave open, and after the child exits it writes an
    end marker through the same terminal: everything before the marker is the
    child's whole output, in order."""
    import fcntl
    import pty
    import select
    import struct
    import termios
    marker = b"\x1f--wsaerror-readme-end--\x1f"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    p = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
                         cwd=cwd)
    data = b""
    sent = False
    while marker not in data:
        if not sent and p.poll() is not None:
            os.write(slave, marker)
            sent = True
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            data += os.read(master, 65536)
    os.close(slave)
    os.close(master)
    return p.wait(), data[:data.index(marker)].replace(b"\r\n", b"\n")


def replay(session, tool, emulator, terminal, workdir):
    """Runs each `$ wsaerror ...` line of a console block; compares stdout."""
    failures = 0
    lines = session.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        command = lines[i][2:]
        want_status = 0
        m = re.search(r"\s+# exit (\d+)$", command)
        if m:
            want_status = int(m.group(1))
            command = command[:m.start()]
        j = i + 1
        while j < len(lines) and not lines[j].startswith("$ "):
            j += 1
        expected = "\n".join(lines[i + 1:j]) + ("\n" if j > i + 1 else "")
        argv = shlex.split(command)
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="")
        if argv and argv[0] == "wsaerror":
            if terminal and not emulator:
                status, out = run_in_terminal([tool] + argv[1:], env, cwd=workdir)
            else:
                r = subprocess.run(emulator + [tool] + argv[1:], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, env=env, cwd=workdir)
                status, out = r.returncode, r.stdout
            got = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
            if got != expected or status != want_status:
                failures += 1
                print("session `%s` (exit %d) prints:\n%s\nthe page says (exit %d):\n%s"
                      % (command, status, got, want_status, expected))
            else:
                print("session `%s`: ok" % command)
        i = j
    return failures


if __name__ == "__main__":
    sys.exit(main())
