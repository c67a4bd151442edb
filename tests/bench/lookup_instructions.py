#!/usr/bin/env python3
"""Run-time cost of the lookups and comparisons, in instructions executed
(valgrind's cachegrind): repeatable on a busy machine, unlike nanoseconds,
so two versions of the headers can be compared exactly.

usage: lookup_instructions.py [--cxx g++] [--opt=-O2] [--include DIR]...

Each --include DIR (default: this checkout's include/) is one column: a small
driver is compiled against it and run once per operation, and the column
gives the instructions each operation executed, per call, less those of the
same run with no operation (the setup). Compare two checkouts with
`--include A/include --include B/include`.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CALLS = 200000
DRIVER = r'''
#include <wsaerror/wsaerror.hpp>
#include <cstring>
#include <string_view>
#include <system_error>
#include <vector>
static volatile long sink;
int main(int argc, char** argv) {
  const int n = %(calls)d;
  const char* op = argc > 1 ? argv[1] : "none";
  // a realistic mix: 70%% the four everyday codes, 20%% other codes, 10%% no code
  std::vector<int> values;
  const int everyday[] = {10035, 10054, 10060, 10061};
  for (int i = 0; i < 100; ++i) {
    values.push_back(i %% 10 < 7   ? everyday[i %% 4]
                     : i %% 10 < 9 ? wsaerror::all()[static_cast<std::size_t>(i)].value
                                  : 12345 + i);
  }
  const char* names[] = {"WSAECONNREFUSED", "ECONNRESET", "WSA_IO_PENDING", "WSAHOST_NOT_FOUND",
                         "NOPE"};
  const char* pasted[] = {"econnrefused", "connection_reset", "10060", "0x274D", "wsaetimedout",
                          "ConnectionRefused", "junk"};
  long acc = 0;
  auto value = [&](int i) { return values[static_cast<std::size_t>(i %% 100)]; };
  if (!std::strcmp(op, "find(int)"))
    for (int i = 0; i < n; ++i) { auto* e = wsaerror::find(value(i)); acc += e ? e->value : 0; }
  if (!std::strcmp(op, "find(name)"))
    for (int i = 0; i < n; ++i) {
      auto* e = wsaerror::find(std::string_view(names[i %% 5]));
      acc += e ? e->value : 0;
    }
  if (!std::strcmp(op, "parse(text)"))
    for (int i = 0; i < n; ++i) { auto* e = wsaerror::parse(pasted[i %% 7]); acc += e ? e->value : 0; }
  if (!std::strcmp(op, "message(v)"))
    for (int i = 0; i < n; ++i)
      acc += static_cast<long>(wsaerror::category().message(value(i)).size());
  if (!std::strcmp(op, "ec == std::errc"))
    for (int i = 0; i < n; ++i) {
      const std::error_code ec(value(i), wsaerror::category());
      acc += ec == std::errc::connection_refused;
    }
  if (!std::strcmp(op, "ec == errc"))
    for (int i = 0; i < n; ++i) {
      const std::error_code ec(value(i), wsaerror::category());
      acc += ec == wsaerror::errc::connection_refused;
    }
  if (!std::strcmp(op, "ec == condition"))
    for (int i = 0; i < n; ++i) {
      const std::error_code ec(value(i), wsaerror::category());
      acc += ec == wsaerror::condition::transient;
    }
  sink = acc;
}
'''
OPS = ["find(int)", "find(name)", "parse(text)", "message(v)", "ec == std::errc", "ec == errc",
       "ec == condition"]


def instructions(exe, op):
    r = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                        "--cachegrind-out-file=/dev/null", exe, op],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", r.stderr.decode())
    if not m:
        raise SystemExit("lookup_instructions.py: no count from valgrind for %s" % op)
    return int(m.group(1).replace(",", ""))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cxx", default="g++")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--include", action="append", default=[])
    ap.add_argument("--calls", type=int, default=CALLS)
    args = ap.parse_args(argv)
    includes = args.include or [os.path.join(ROOT, "include")]
    if not shutil.which("valgrind"):
        print("lookup_instructions.py: valgrind is not installed", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "driver.cpp")
        with open(src, "w") as f:
            f.write(DRIVER % {"calls": args.calls})
        columns = []
        for n, inc in enumerate(includes):
            exe = os.path.join(tmp, "driver%d" % n)
            subprocess.run([args.cxx, "-std=c++17", args.opt, "-I", inc, src, "-o", exe], check=True)
            setup = instructions(exe, "none")
            columns.append({op: (instructions(exe, op) - setup) / args.calls for op in OPS})
        print("%s %s, instructions per call (cachegrind, %d calls)" % (args.cxx, args.opt, args.calls))
        head = "%-18s" % "operation" + "".join("%12s" % ("include %d" % (n + 1))
                                                  for n in range(len(includes)))
        if len(includes) == 2:
            head += "%10s" % "change"
        print(head)
        for op in OPS:
            row = "%-18s" % op + "".join("%12.1f" % c[op] for c in columns)
            if len(includes) == 2 and columns[0][op]:
                row += "%+9.1f%%" % (100.0 * (columns[1][op] / columns[0][op] - 1))
            print(row)
        for n, inc in enumerate(includes):
            print("include %d: %s" % (n + 1, inc))
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
