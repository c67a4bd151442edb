#!/usr/bin/env python3
"""Runs the wsaerror_bench binary and prints each case beside its baselines.

usage: ratios.py BENCH_BINARY [--repetitions 5] [--min-time 0.2]

Times are the median over the repetitions; a ratio above 1 means wsaerror is
faster than that baseline.
"""
import argparse
import json
import subprocess
import sys

PAIRS = [
    ("find(int), realistic mix", "find_int_wsaerror", ["find_int_switch", "find_int_unordered_map"]),
    ("find(name)", "find_name_wsaerror", ["find_name_unordered_map", "find_name_linear_scan"]),
    ("parse(text)", "parse_wsaerror", ["parse_unordered_map"]),
    ("category().message(10061)", "message_wsaerror", ["message_generic_category"]),
    ("ec == std::errc::x", "compare_errc_winsock", ["compare_errc_generic"]),
    ("ec == wsaerror::errc::x", "compare_code_winsock", ["compare_code_generic"]),
    ("ec == wsaerror::condition::x", "compare_condition_winsock", ["compare_condition_generic"]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench")
    ap.add_argument("--repetitions", type=int, default=5)
    ap.add_argument("--min-time", default="0.2")
    args = ap.parse_args()
    out = subprocess.run([args.bench, "--benchmark_format=json",
                          "--benchmark_repetitions=%d" % args.repetitions,
                          "--benchmark_report_aggregates_only=true",
                          "--benchmark_min_time=%s" % args.min_time],
                         check=True, stdout=subprocess.PIPE).stdout
    data = json.loads(out)
    median = {b["run_name"]: b["real_time"] for b in data["benchmarks"]
              if b.get("aggregate_name") == "median"}
    ctx = data["context"]
    print("%s, %d CPUs @ %s MHz, median of %d repetitions" % (
        ctx.get("host_name", "?"), ctx.get("num_cpus", 0), ctx.get("mhz_per_cpu", "?"),
        args.repetitions))
    print("%-30s %10s  %s" % ("operation", "wsaerror", "baselines (ns, and how many times faster wsaerror is)"))
    for label, ours, bases in PAIRS:
        cells = ["%s %.2f ns (%.2fx)" % (b, median[b], median[b] / median[ours]) for b in bases]
        print("%-30s %7.2f ns  %s" % (label, median[ours], "; ".join(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
