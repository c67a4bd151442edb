#!/usr/bin/env python3
"""Fails if a tracked file refers to the shared folder beside our checkouts.

usage: no_outside_paths.py SOURCE_DIR

The repository must build and test from a clone with nothing beside it, so no
file may name that folder. The files are what `git ls-files` lists (every file
under SOURCE_DIR but build/ and .git/ when it is no git checkout). The pattern
is assembled here at run time so that this file does not match itself.
"""
import os
import re
import subprocess
import sys

# "..", a slash or backslash, "shared": built from pieces (see above).
PATTERN = re.compile(re.escape("." * 2) + r"[\\/]+" + "sha" + "red", re.IGNORECASE)


def tracked(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        return [f for f in out.decode("utf-8").split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for d, dirs, names in os.walk(root):
            dirs[:] = [x for x in dirs if not (d == root and x in ("build", ".git"))]
            files += [os.path.relpath(os.path.join(d, n), root) for n in names]
        return files


def main():
    root = os.path.abspath(sys.argv[1])
    files = tracked(root)
    if not files:
        print("no files found under %s" % root)
        return 1
    hits = 0
    for name in files:
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            if PATTERN.search(line):
                hits += 1
                print("%s:%d: %s" % (name, n, line.strip()[:160]))
    print("%d files read, %d references to the folder beside the checkout" % (len(files), hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
