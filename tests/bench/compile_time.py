#!/usr/bin/env python3
"""Compile-time cost of including wsaerror's headers, against baselines.

usage: compile_time.py [--cxx g++] [--runs 10] [--std c++17] [--include DIR]...

Times `CXX -std=c++17 -O2 -c` of small TUs (median of --runs runs each, all
TUs interleaved so machine noise hits them alike) and prints each one's time
and its ratio to its baseline. The TUs that need a missing header (fmt,
Catch2, asio) are reported as not run.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name: (baseline name or None, source, needs)
CASES = [
    ("empty TU", None, "int main() { return 0; }\n", None),
    ("<system_error> alone", None,
     "#include <system_error>\n"
     "int main() { return std::make_error_code(std::errc::timed_out).value() == 0; }\n", None),
    ("<wsaerror/wsaerror.hpp>, one code", "<system_error> alone",
     "#include <wsaerror/wsaerror.hpp>\n"
     "int main() { return std::error_code(wsaerror::errc::timed_out).value() == 0; }\n", None),
    ("  the same, WSAERROR_SEPARATE_COMPILATION", "<system_error> alone",
     "#define WSAERROR_SEPARATE_COMPILATION\n#include <wsaerror/wsaerror.hpp>\n"
     "int main() { return std::error_code(wsaerror::errc::timed_out).value() == 0; }\n", None),
    ("<wsaerror/category.hpp>, one code, separate", "<system_error> alone",
     "#define WSAERROR_SEPARATE_COMPILATION\n#include <wsaerror/category.hpp>\n"
     "int main() { return std::error_code(wsaerror::errc::timed_out).value() == 0; }\n", None),
    ("<wsaerror/wsaerror.hpp>, lookups only", "<system_error> alone",
     "#include <wsaerror/wsaerror.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc)->value; }\n", None),
    ("<ostream> alone", None,
     "#include <ostream>\nvoid f(std::ostream& os) { os << 1; }\n", None),
    ("<wsaerror/ostream.hpp>", "<ostream> alone",
     "#include <wsaerror/ostream.hpp>\nvoid f(std::ostream& os) { os << wsaerror::errc::timed_out; }\n",
     None),
    ("<fmt/format.h> alone", None,
     "#include <fmt/format.h>\nstd::string f() { return fmt::format(\"{}\", 1); }\n", "fmt/format.h"),
    ("<wsaerror/fmt.hpp>", "<fmt/format.h> alone",
     "#include <wsaerror/fmt.hpp>\n"
     "std::string f() { return fmt::format(\"{}\", wsaerror::errc::timed_out); }\n", "fmt/format.h"),
    ("<catch2/catch.hpp> alone", None,
     "#include <catch2/catch.hpp>\nTEST_CASE(\"x\") { CHECK(1 == 1); }\n", "catch2/catch.hpp"),
    ("<wsaerror/catch2.hpp>", "<catch2/catch.hpp> alone",
     "#include <wsaerror/catch2.hpp>\n"
     "TEST_CASE(\"x\") { CHECK_THAT(std::error_code(wsaerror::errc::timed_out),"
     " wsaerror::catch2::is_error(wsaerror::errc::timed_out)); }\n", "catch2/catch.hpp"),
    ("<wsaerror/lang/zh_tw.hpp>, lookups only", "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/zh_tw.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc, wsaerror::zh_tw) != nullptr; }\n", None),
] + [
    ("<wsaerror/lang/%s.hpp>, lookups only" % i, "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/%s.hpp>\n"
     "int main(int argc, char**) { return wsaerror::find(argc, wsaerror::%s) != nullptr; }\n" % (i, i),
     None) for i in ("de_de", "es_es", "fr_fr", "it_it", "pt_br", "ru_ru")
] + [
    ("<wsaerror/lang/all.hpp>, every language, by tag", "<wsaerror/wsaerror.hpp>, lookups only",
     "#include <wsaerror/lang/all.hpp>\n"
     "int main(int argc, char** argv) {\n"
     "  return wsaerror::find(argc, wsaerror::language_for(argv[0])) != nullptr; }\n", None),
    ("<asio/error.hpp>, one code (the peer)", "<system_error> alone",
     "#include <asio/error.hpp>\n"
     "int main() { return std::error_code(asio::error::timed_out).value() == 0; }\n",
     "asio/error.hpp"),
]


def has_header(cxx, header, flags):
    r = subprocess.run([cxx, "-x", "c++", "-E", "-o", os.devnull] + flags + ["-"],
                       input=("#include <%s>\n" % header).encode(),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--std", default="c++17")
    ap.add_argument("--include", action="append", default=[os.path.join(ROOT, "include")])
    args = ap.parse_args()
    flags = ["-std=" + args.std, "-O2"] + ["-I" + d for d in args.include]
    tmp = tempfile.mkdtemp()
    try:
        cases = []
        for name, base, src, needs in CASES:
            if needs and not has_header(args.cxx, needs, flags):
                print("%-44s not run (no <%s>)" % (name, needs))
                continue
            path = os.path.join(tmp, "tu%d.cpp" % len(cases))
            with open(path, "w") as f:
                f.write(src)
            cases.append((name, base, path))
        times = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, _, path in cases:
                t0 = time.perf_counter()
                subprocess.run([args.cxx] + flags + ["-c", path, "-o", os.devnull], check=True)
                times[name].append(time.perf_counter() - t0)
        med = {k: statistics.median(v) for k, v in times.items()}
        print("%s %s -O2, median of %d runs" % (args.cxx, args.std, args.runs))
        print("%-44s %8s  %s" % ("TU", "seconds", "ratio to its baseline"))
        for name, base, _ in cases:
            ratio = ("%.2fx %s" % (med[name] / med[base], base)) if base in med else ""
            print("%-44s %8.3f  %s" % (name, med[name], ratio))
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
