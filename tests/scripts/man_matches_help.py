#!/usr/bin/env python3
"""Every option `wsaerror --help` lists is documented in wsaerror.1, and back.

usage: man_matches_help.py WSAERROR MANPAGE [EMULATOR...]
"""
import re
import subprocess
import sys


def options(text):
    return set(re.findall(r"(?<![\w-])(--?[a-zA-Z][a-zA-Z-]*)", text))


def main():
    exe, man = sys.argv[1:3]
    help_text = subprocess.run(sys.argv[3:] + [exe, "--help"], check=True,
                               stdout=subprocess.PIPE).stdout.decode().replace("\r\n", "\n")
    with open(man, encoding="utf-8") as f:
        man_text = f.read().replace("\\-", "-")
    man_text = re.sub(r"\\f[BIRP]", "", man_text)
    help_opts = {o for o in options(help_text) if o not in ("-2147014835",)}
    man_opts = options(man_text)
    missing = sorted(o for o in help_opts - man_opts if o.startswith("-") and len(o) > 1)
    extra = sorted(o for o in man_opts - help_opts if o.startswith("--"))
    if missing or extra:
        print("in --help but not the man page: %s" % missing)
        print("in the man page but not --help: %s" % extra)
        return 1
    print("%d options documented in both" % len(help_opts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
