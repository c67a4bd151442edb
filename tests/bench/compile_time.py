#!/usr/bin/env python3
"""Compile-time cost of including wsaerror's headers (or importing its C++20
module), against baselines.

usage: compile_time.py [--cxx g++ --cxx clang++-16] [--opt -O0 --opt -O2]
                       [--runs 15] [--std c++17] [--cases core|all] [--include DIR]...
                       [--match TEXT] [--instructions]

Each small TU is compiled with `CXX -std=... OPT -c`; the time is the CPU time
of the compiler (user + sys of the driver and its children, from wait4), not
wall time, so other work on the machine disturbs it less. Every round compiles
every TU of every configuration once, in a shuffled order, so a TU and its
baseline are interleaved pairs; a ratio is the median of the per-round ratios
of a TU to its baseline (the spread column is the interquartile range of those
ratios). The module case (clang 16 or later) builds the module interface
include/wsaerror/wsaerror.cppm once per configuration (its time is printed
separately) and compiles a consumer that imports it. TUs that need a missing
header (fmt, Catch2, asio) are reported as not run.

--instructions counts, instead, the instructions the compiler executes
(valgrind's cachegrind, every child process summed), once per TU: slower, but
the same figure on a busy machine as on a quiet one, and the ratio is then
that of the two counts.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULE = os.path.join(ROOT, "include", "wsaerror", "wsaerror.cppm")

ONE_CODE = "int main() { return std::error_code(wsaerror::errc::timed_out).value() == 0; }\n"

# (label, baseline label or None, source, needed header or None, core?, module?)
# A label ending in "(C++20)" is compiled as C++20 whatever --std says (the
# module needs it; its baseline is <system_error> in C++20, which costs more).
CASES = [
    ("empty TU", None, "int main() { return 0; }\n", None, True, False),
    ("<system_error> alone", None,
     "#include <system_error>\n"
     "int main() { return std::make_error_code(std::errc::timed_out).value() == 0; }\n",
     None, True, False),
    ("<wsaerror/wsaerror.hpp>, one code", "<system_error> alone",
     "#include <wsaerror/wsaerror.hpp>\n" + ONE_CODE, None, True, False),
    ("  the same, WSAERROR_SEPARATE_COMPILATION", "<system_error> alone",
     "#define WSAERROR_SEPARATE_COMPILATION\n#include <wsaerror/wsaerror.hpp>\n" + ONE_CODE,
     None, True, False),
    ("<wsaerror/category.hpp>, one code (header-only)", "<system_error> alone",
     "#include <wsaerror/category.hpp>\n" + ONE_CODE, None, True, False),
    ("<wsaerror/category.hpp>, one code, separate", "<system_error> alone",
     "#define WSAERROR_SEPARATE_COMPILATION\n#include <wsaerror/category.hpp>\n" + ONE_CODE,
     None, True, False),
    ("<wsaerror/wsaerror.hpp>, lookups only", "<system_error> alone",
     "#include <wsaerror/wsaerror.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc)->value; }\n", None, True, False),
    ("<system_error> alone (C++20)", None,
     "#include <system_error>\n"
     "int main() { return std::make_error_code(std::errc::timed_out).value() == 0; }\n",
     None, True, False),
    ("<wsaerror/wsaerror.hpp>, one code (C++20)", "<system_error> alone (C++20)",
     "#include <wsaerror/wsaerror.hpp>\n" + ONE_CODE, None, True, False),
    ("<system_error> + import wsaerror; (C++20)", "<system_error> alone (C++20)",
     "#include <system_error>\nimport wsaerror;\n" + ONE_CODE, None, True, True),
    ("import wsaerror; alone, one code (C++20)", "<system_error> alone (C++20)",
     "import wsaerror;\n"
     "int main() { return wsaerror::make_error_code(wsaerror::errc::timed_out).value() == 0; }\n",
     None, True, True),
    ("<asio/error.hpp>, one code (the peer)", "<system_error> alone",
     "#include <asio/error.hpp>\n"
     "int main() { return std::error_code(asio::error::timed_out).value() == 0; }\n",
     "asio/error.hpp", True, False),
    ("<ostream> alone", None,
     "#include <ostream>\nvoid f(std::ostream& os) { os << 1; }\n", None, False, False),
    ("<wsaerror/ostream.hpp>", "<ostream> alone",
     "#include <wsaerror/ostream.hpp>\nvoid f(std::ostream& os) { os << wsaerror::errc::timed_out; }\n",
     None, False, False),
    ("<fmt/format.h> alone", None,
     "#include <fmt/format.h>\nstd::string f() { return fmt::format(\"{}\", 1); }\n", "fmt/format.h",
     False, False),
    ("<wsaerror/fmt.hpp>", "<fmt/format.h> alone",
     "#include <wsaerror/fmt.hpp>\n"
     "std::string f() { return fmt::format(\"{}\", wsaerror::errc::timed_out); }\n", "fmt/format.h",
     False, False),
    ("<catch2/catch.hpp> alone", None,
     "#include <catch2/catch.hpp>\nTEST_CASE(\"x\") { CHECK(1 == 1); }\n", "catch2/catch.hpp",
     False, False),
    ("<wsaerror/catch2.hpp>", "<catch2/catch.hpp> alone",
     "#include <wsaerror/catch2.hpp>\n"
     "TEST_CASE(\"x\") { CHECK_THAT(std::error_code(wsaerror::errc::timed_out),"
     " wsaerror::catch2::is_error(wsaerror::errc::timed_out)); }\n", "catch2/catch.hpp",
     False, False),
    ("<wsaerror/lang/zh_tw.hpp>, lookups only", "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/zh_tw.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc, wsaerror::zh_tw) != nullptr; }\n",
     None, False, False),
] + [
    ("<wsaerror/lang/%s.hpp>, lookups only" % i, "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/%s.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc, wsaerror::%s) != nullptr; }\n" % (i, i),
     None, False, False) for i in ("de_de", "es_es", "fr_fr", "it_it", "pt_br", "ru_ru")
] + [
    ("<wsaerror/lang/all.hpp>, every language, by tag", "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/all.hpp>\n"
     "int main(int argc, char** argv) {\n"
     "  return wsaerror::find(argc, wsaerror::language_for(argv[0])) != nullptr; }\n",
     None, False, False),
]


def cpu_time(cmd):
    """CPU seconds (user + sys) the command and its children used."""
    p = subprocess.Popen(cmd)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit("failed (%d): %s" % (p.returncode, " ".join(cmd)))
    return ru.ru_utime + ru.ru_stime


def instructions(cmd):
    """Millions of instructions the command and its children executed, counted
    by valgrind's cachegrind: the same on a busy machine as on a quiet one."""
    if not shutil.which("valgrind"):
        raise SystemExit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    r = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                        "--cachegrind-out-file=" + os.devnull] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("failed (%d): %s" % (r.returncode, " ".join(cmd)))
    counts = re.findall(r"I\s+refs:\s+([\d,]+)", r.stderr.decode(errors="replace"))
    if not counts:
        raise SystemExit("valgrind printed no instruction count for: " + " ".join(cmd))
    return sum(int(c.replace(",", "")) for c in counts) / 1e6


def has_header(cxx, header, flags):
    r = subprocess.run([cxx, "-x", "c++", "-E", "-o", os.devnull] + flags + ["-"],
                       input=("#include <%s>\n" % header).encode(),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def clang_major(cxx):
    out = subprocess.run([cxx, "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    m = re.search(r"clang version (\d+)", out.stdout.decode(errors="replace"))
    return int(m.group(1)) if m else 0


def short(cxx):
    return os.path.basename(cxx)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cxx", action="append", help="compiler (repeatable); default g++ and clang++-16")
    ap.add_argument("--opt", action="append", help="optimisation flag (repeatable); default -O0 and -O2")
    ap.add_argument("--runs", type=int, default=15, help="rounds (interleaved pairs per ratio)")
    ap.add_argument("--std", default="c++17")
    ap.add_argument("--cases", choices=["core", "all"], default="all")
    ap.add_argument("--flags", default="", help="extra compiler flags, space-separated")
    ap.add_argument("--include", action="append", default=[os.path.join(ROOT, "include")])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--match", default="", help="only the TUs whose label contains this text "
                    "(and their baselines)")
    ap.add_argument("--instructions", action="store_true",
                    help="count the compiler's instructions with valgrind (once per TU, "
                    "deterministic) instead of timing --runs rounds")
    args = ap.parse_args()
    measure, unit, what = cpu_time, "seconds", "CPU time, %d interleaved rounds" % args.runs
    if args.instructions:
        measure, unit, what = instructions, "M instr", "instructions (cachegrind)"
        args.runs = 1
    cxxs = args.cxx or [c for c in ("g++", "clang++-16") if shutil.which(c)]
    opts = args.opt or ["-O0", "-O2"]
    extra = args.flags.split()
    tmp = tempfile.mkdtemp()
    try:
        configs = []  # (key, cxx, flags, cases)
        for cxx in cxxs:
            for opt in opts:
                key = "%s %s" % (short(cxx), opt)
                flags = ["-std=" + args.std, opt] + extra + ["-I" + d for d in args.include]
                cases = []
                for label, base, src, needs, core, module in CASES:
                    if args.cases == "core" and not core:
                        continue
                    if args.match and args.match not in label and not any(
                            args.match in c[0] and c[1] == label for c in CASES):
                        continue
                    if needs and not has_header(cxx, needs, flags):
                        print("%s: %-48s not run (no <%s>)" % (key, label, needs))
                        continue
                    cflags = list(flags)
                    if label.endswith("(C++20)"):
                        cflags = [f if not f.startswith("-std=") else "-std=c++20" for f in flags]
                    if module:
                        if clang_major(cxx) < 16:
                            print("%s: %-48s not run (needs clang 16+)" % (key, label))
                            continue
                        pcm = os.path.join(tmp, "wsaerror%d.pcm" % len(configs))
                        if not os.path.exists(pcm):
                            bmi = cpu_time([cxx] + cflags + ["--precompile", "-x", "c++-module",
                                                             MODULE, "-o", pcm])
                            print("%s: building the module interface (once): %.3f s CPU" % (key, bmi))
                        cflags = cflags + ["-fmodule-file=wsaerror=" + pcm]
                    path = os.path.join(tmp, "c%d_%d.cpp" % (len(configs), len(cases)))
                    with open(path, "w") as f:
                        f.write(src)
                    cases.append((label, base, [cxx] + cflags + ["-c", path, "-o", os.devnull]))
                configs.append((key, cases))
        jobs = [(key, label, cmd) for key, cases in configs for label, _, cmd in cases]
        times = {(key, label): [] for key, label, _ in jobs}
        rng = random.Random(args.seed)
        for r in range(args.runs):
            rng.shuffle(jobs)
            for key, label, cmd in jobs:
                times[(key, label)].append(measure(cmd))
            print("round %d/%d done" % (r + 1, args.runs), file=sys.stderr)
        summary = {}
        for key, cases in configs:
            print("\n%s -std=%s %s, %s; rows marked (C++20): -std=c++20"
                  % (key, args.std, " ".join(extra), what))
            print("%-48s %8s  %-7s %-6s %s" % ("TU", unit, "ratio", "IQR", "baseline"))
            for label, base, _ in cases:
                t = times[(key, label)]
                cell = ""
                if (key, base) in times:
                    b = times[(key, base)]
                    ratios = sorted(x / y for x, y in zip(t, b))
                    q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
                    med = statistics.median(ratios)
                    summary[(key, label)] = med
                    spread = "%5.2f" % (q[2] - q[0]) if not args.instructions else "    -"
                    cell = "%5.2fx  %s  %s" % (med, spread, base)
                print("%-48s %8.3f  %s" % (label, statistics.median(t), cell) if not args.instructions
                      else "%-48s %8.1f  %s" % (label, t[0], cell))
        keys = [k for k, _ in configs]
        print("\nratio to its baseline (%s)" % ("of the instruction counts" if args.instructions
                                                else "median of paired rounds"))
        print("%-48s %s" % ("TU", "".join("%16s" % k for k in keys)))
        for label, base, *_ in CASES:
            if not any((k, label) in summary for k in keys):
                continue
            print("%-48s %s" % (label, "".join(
                "%15.2fx" % summary[(k, label)] if (k, label) in summary else "%16s" % "-"
                for k in keys)))
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
