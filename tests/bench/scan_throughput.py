#!/usr/bin/env python3
"""How fast `wsaerror --scan` reads a log with no Winsock code in it.

Writes a realistic log (timestamps, addresses with ports, sizes, durations,
hex ids: many numbers, none in an error context) of --mib MiB to a temporary
file, scans it --runs times and prints the median throughput, in wall-clock
time and in user+system CPU time, and the best CPU time. Reports; asserts
nothing about speed. With several WSAERROR binaries (before and after a
change) the runs alternate between them, so that a busy machine slows each
alike.

usage: scan_throughput.py WSAERROR... [--mib N] [--runs N]
(use a Release build: cmake --workflow --preset default -> build/default/cli/wsaerror)
"""
import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def log_lines(n):
    rnd = random.Random(1)
    verbs = ["GET", "POST", "PUT", "DELETE"]
    for i in range(n):
        yield ("2024-05-01 10:%02d:%02d.%03d INFO  [worker-%d] %s /api/v1/items/%d from "
               "10.0.%d.%d:%d status=200 size=%d time=%dms user=alice session=%08x\n"
               % (i // 60 % 60, i % 60, i % 1000, i % 8, verbs[i % 4], rnd.randint(1, 99999),
                  i % 256, i % 200, rnd.randint(1024, 65535), rnd.randint(100, 100000),
                  rnd.randint(1, 5000), rnd.getrandbits(32)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wsaerror", nargs="+")
    ap.add_argument("--mib", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    block = "".join(log_lines(20000)).encode()
    with tempfile.NamedTemporaryFile(suffix=".log", delete=False) as f:
        path = f.name
        size = 0
        while size < a.mib * 1024 * 1024:
            f.write(block)
            size += len(block)
    walls = {exe: [] for exe in a.wsaerror}
    cpus = {exe: [] for exe in a.wsaerror}
    try:
        for _ in range(a.runs):
            for exe in a.wsaerror:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                r = subprocess.run([exe, "--scan", path], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
                walls[exe].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[exe].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
                if r.returncode != 1 or r.stdout:
                    print("FAIL: %s: expected no finding (exit 1), got exit %d:\n%s"
                          % (exe, r.returncode, r.stdout[:500].decode(errors="replace")))
                    return 1
    finally:
        os.unlink(path)
    mb = size / 1e6
    for exe in a.wsaerror:
        wall, cpu = statistics.median(walls[exe]), statistics.median(cpus[exe])
        print("%sscanned %.0f MB with no code, %d runs: median %.0f MB/s wall-clock (%.3f s), "
              "%.0f MB/s CPU time (%.3f s), best %.0f MB/s CPU time"
              % (exe + ": " if len(a.wsaerror) > 1 else "", mb, a.runs, mb / wall, wall,
                 mb / cpu, cpu, mb / max(min(cpus[exe]), 1e-9)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
