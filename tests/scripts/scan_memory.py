#!/usr/bin/env python3
"""wsaerror --scan reads in constant memory: one line of 64 MiB with no
newline (codes in context scattered through it) takes no more memory than a
line of 4 MiB, and every code in it is found.

usage: scan_memory.py WSAERROR
"""
import subprocess
import sys

CHUNK = (b"x" * 4000 + b" error 10054 ") * 256  # about 1 MiB, 256 findings


def run(exe, mib):
    """Feeds `mib` chunks without a newline; returns (max RSS in KiB, findings)."""
    p = subprocess.Popen([exe, "--scan", "--json"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    import threading
    out = []
    reader = threading.Thread(target=lambda: out.append(p.stdout.read()))
    reader.start()
    for _ in range(mib):
        p.stdin.write(CHUNK)
    p.stdin.flush()
    # The peak resident size of the tool itself, while it waits for more input.
    with open("/proc/%d/status" % p.pid) as f:
        hwm = [int(l.split()[1]) for l in f if l.startswith("VmHWM:")][0]
    p.stdin.close()
    reader.join()
    p.stderr.read()
    if p.wait() != 0:
        sys.exit("exit status %d, expected 0" % p.returncode)
    return hwm, out[0].count(b'"value":10054')


def main():
    exe = sys.argv[1]
    small_rss, small_found = run(exe, 4)
    big_rss, big_found = run(exe, 64)
    print("4 MiB line: %d KiB RSS, %d findings; 64 MiB line: %d KiB RSS, %d findings"
          % (small_rss, small_found, big_rss, big_found))
    ok = True
    if small_found != 4 * 256 or big_found != 64 * 256:
        print("FAIL: expected %d and %d findings" % (4 * 256, 64 * 256))
        ok = False
    if big_rss > small_rss + 2048:
        print("FAIL: memory grew with the line (%d KiB more)" % (big_rss - small_rss))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
