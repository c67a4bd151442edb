#!/usr/bin/env python3
"""wsaerror's mutation harness: applies each mutation of mutations.txt alone to
a scratch copy of the tree, builds what the tests need with the fastest leg
(GCC, Debug; MinGW-w64 and Wine for windows.hpp), runs the tests in stages,
fastest first, and stops at the first stage that fails: the mutation is
killed, by the build or by the tests named. A mutation no stage kills
survived. Prints one line per mutation and the score.

  tests/mutation/run.py                 every mutation
  tests/mutation/run.py parse.hex-lower-f table.hresult-mask
  tests/mutation/run.py --sample ci     the fixed sample (CTest: mutation.sample)
  tests/mutation/run.py --check         only check that every original text is
                                        still in its file (no build)

The scratch copy and its build directories are kept under --work (default
$TMPDIR/wsaerror-mutation) and reused: a second run rebuilds only what the
mutations touch. Python standard library only.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# What each kind of file needs, as stages: (targets to build, CTest regex).
# A stage runs only when the ones before it passed; its regex must match only
# tests whose programs its own or an earlier stage built.
LIBRARY = [
    (["wsaerror_tests_cxx17", "wsaerror_parse_driver"], r"^(unit\.cxx17|differential\.parse)$"),
    (["wsaerror_integration_tests_cxx17", "wsaerror_catch2_failing", "wsaerror_getaddrinfo_test"],
     r"^(integrations\.cxx17|integrations\.catch2_failure_reads_well\..*|getaddrinfo\.lookups)$"),
    (["wsaerror_tool", "wsaerror_cli_tests"],
     r"^(cli\..*|tool\..*|differential\.reader|docs\.(readme|page\..*)_sessions)$"),
]
CATCH2 = [
    (["wsaerror_integration_tests_cxx17", "wsaerror_catch2_failing"],
     r"^(integrations\.cxx17|integrations\.catch2_failure_reads_well\..*)$"),
]
TOOL = [
    (["wsaerror_tool", "wsaerror_cli_tests"], r"^(differential\.reader|cli\.log_corpus)$"),
    ([], r"^(cli\..*|tool\..*|docs\.(readme|page\..*)_sessions)$"),
]
GTEST = [
    (["wsaerror_gtest_test", "wsaerror_gtest_failing"],
     r"^integrations\.(gtest|gtest_failure_reads_well\..*)$"),
]
DOCTEST = [
    (["wsaerror_doctest_test", "wsaerror_doctest_failing"],
     r"^integrations\.(doctest|doctest_failure_reads_well\..*)$"),
]
# detail/describe.hpp: the texts of all three frameworks' helpers.
FRAMEWORKS = CATCH2 + GTEST + DOCTEST
GENERATOR = [([], r"^generator\.")]


def boost_dirs():
    """The Boosts the tests/boost programs are built against, as the gcc leg
    does (CMakePresets.json): WSAERROR_MUTATION_BOOST_DIRS, else Debian's
    1.74 and tests/install_deps.sh's 1.81, those that are there."""
    env = os.environ.get("WSAERROR_MUTATION_BOOST_DIRS")
    dirs = env.split(";") if env is not None else ["/usr/include", "/opt/libboost1.81-dev/usr/include"]
    return [d for d in dirs if d and os.path.exists(os.path.join(d, "boost", "version.hpp"))]


def boost_stage():
    """The real Boost.Asio programs (tests/boost): one per Boost, named by its
    BOOST_LIB_VERSION, and standalone Asio's."""
    targets = []
    for d in boost_dirs():
        with open(os.path.join(d, "boost", "version.hpp"), encoding="utf-8") as f:
            v = re.search(r'^#define BOOST_LIB_VERSION "([0-9_]+)"', f.read(), re.M)
        if v:
            targets += ["wsaerror_boost_%s_%s" % (p, v.group(1)) for p in ("asio", "gtest", "doctest")]
    if not targets:
        return []
    return [(targets + ["wsaerror_standalone_asio"],
             r"^boost\.(asio\..*|catch2_failure_reads_well\..*|standalone_asio|"
             r"gtest\..*|gtest_failure_reads_well\..*|doctest\..*|doctest_failure_reads_well\..*)$")]


# <wsaerror/boost.hpp>: the Boost programs only. A header's survivors also
# meet them last (the one rule's Boost and Asio cases).
BOOST = boost_stage()
LIBRARY = LIBRARY + BOOST
WINDOWS = [
    (["wsaerror_windows_tests"], r"^windows\.(helpers|winsock|before_startup)$"),
    (["wsaerror_integration_tests_cxx17"], r"^integrations\.cxx17$"),  # the one rule on Windows
]
# The CI sample: only the cheapest stage that kills each of them.
SAMPLE_STAGES = {
    "library": [(["wsaerror_parse_driver"], r"^differential\.parse$")],
    "tool": [(["wsaerror_tool"], r"^cli\.log_corpus$")],
    "generator": GENERATOR,
}


def kind_of(m):
    if m.get("leg") == "mingw":
        return "windows"
    f = m["file"]
    if f.startswith("scripts/"):
        return "generator"
    if f.startswith("cli/"):
        return "tool"
    if f in ("include/wsaerror/catch2.hpp",):
        return "catch2"
    if f == "include/wsaerror/gtest.hpp":
        return "gtest"
    if f == "include/wsaerror/doctest.hpp":
        return "doctest"
    if f == "include/wsaerror/detail/describe.hpp":
        return "frameworks"
    if f in ("include/wsaerror/boost.hpp", "include/wsaerror/detail/catch2_boost.hpp",
             "include/wsaerror/detail/gtest_boost.hpp", "include/wsaerror/detail/doctest_boost.hpp"):
        if not BOOST:
            raise SystemExit("mutations.txt: %s needs Boost (WSAERROR_MUTATION_BOOST_DIRS)" % m["id"])
        return "boost"
    if f.startswith("include/"):
        return "library"
    raise SystemExit("mutations.txt: %s: no stages for %s" % (m["id"], f))


STAGES = {"library": LIBRARY, "catch2": CATCH2, "gtest": GTEST + BOOST, "doctest": DOCTEST + BOOST,
          "frameworks": FRAMEWORKS, "boost": BOOST, "tool": TOOL, "generator": GENERATOR, "windows": WINDOWS}


def read_mutations(path):
    """The entries of mutations.txt, in order."""
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            where = "%s:%d" % (os.path.basename(path), n)
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("id: "):
                cur = {"id": line[4:].strip(), "old": [], "new": [], "line": n}
                out.append(cur)
                continue
            if cur is None:
                raise SystemExit("%s: text before the first id:" % where)
            if line == "+" or line.startswith("+ "):
                cur["new"].append(line[2:])
            elif line.startswith("- "):
                cur["old"].append(line[2:])
            else:
                key, sep, value = line.partition(": ")
                if not sep or key not in ("file", "bug", "leg", "sample", "note"):
                    raise SystemExit("%s: unknown line %r" % (where, line))
                cur[key] = value.strip()
    ids = set()
    for m in out:
        for key in ("file", "bug"):
            if key not in m:
                raise SystemExit("mutations.txt: %s has no %s:" % (m["id"], key))
        if not m["old"]:
            raise SystemExit("mutations.txt: %s has no '- ' line" % m["id"])
        if m["id"] in ids:
            raise SystemExit("mutations.txt: %s twice" % m["id"])
        ids.add(m["id"])
        m["old"] = "\n".join(m["old"])
        m["new"] = "\n".join(m["new"])
        m["kind"] = kind_of(m)
    return out


def stale_reason(m, root):
    path = os.path.join(root, m["file"])
    if not os.path.exists(path):
        return "the file is gone"
    with open(path, encoding="utf-8") as f:
        n = f.read().count(m["old"])
    if n == 1:
        return None
    return "the original text occurs %d times (must be once)" % n


def run(cmd, cwd=None, env=None, timeout=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def sync_tree(source, dest):
    """Copies the repository's files (tracked and untracked, not ignored) to
    dest, rewriting only files whose bytes differ so that the build reuses what
    it can; removes files the source no longer has."""
    rc, out = run(["git", "-C", source, "ls-files", "-z", "-c", "-o", "--exclude-standard"])
    if rc != 0:
        raise SystemExit("git ls-files failed in %s:\n%s" % (source, out))
    files = sorted({f for f in out.split("\0") if f})
    keep = set()
    for rel in files:
        src = os.path.join(source, rel)
        if not os.path.isfile(src) or os.path.islink(src):
            continue
        dst = os.path.join(dest, rel)
        keep.add(os.path.normpath(dst))
        with open(src, "rb") as f:
            data = f.read()
        try:
            with open(dst, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "wb") as f:
                f.write(data)
            shutil.copymode(src, dst)
    for dirpath, dirnames, filenames in os.walk(dest):
        for name in filenames:
            p = os.path.normpath(os.path.join(dirpath, name))
            if p not in keep:
                os.remove(p)


def configure(src, build, kind, log):
    boost = [] if kind == "windows" else ["-DWSAERROR_TEST_BOOST_DIRS=" + ";".join(boost_dirs())]
    if os.path.exists(os.path.join(build, "build.ninja")):
        # a build configured before the Boost tests existed: add them
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            cache = f.read()
        if boost and ("WSAERROR_TEST_BOOST_DIRS:STRING=" + boost[0].split("=", 1)[1]) not in cache:
            log("reconfiguring %s (the Boost tests)" % build)
            rc, out = run(["cmake", "-S", src, "-B", build] + boost)
            if rc != 0:
                raise SystemExit("configure failed:\n" + out[-4000:])
        return
    args = ["cmake", "-S", src, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug",
            "-DWSAERROR_BUILD_TESTS=ON", "-DWSAERROR_WERROR=ON", "-DWSAERROR_EXPECT_STD_FORMAT=0",
            # the interpreter itself, not a version manager's shim: every
            # Python test starts faster
            "-DPython3_EXECUTABLE=" + os.path.realpath(sys.executable)]
    args += boost
    if kind == "windows":
        args.append("-DCMAKE_TOOLCHAIN_FILE=" + os.path.join(src, "tests/cmake/mingw-w64-x86_64.cmake"))
    else:
        args.append("-DCMAKE_CXX_COMPILER=" + os.environ.get("WSAERROR_MUTATION_CXX", "g++"))
    log("configuring %s" % build)
    rc, out = run(args)
    if rc != 0:
        raise SystemExit("configure failed:\n" + out[-4000:])


FAILED_TEST = re.compile(r"^\s*\d+ - (\S+) \(([^)]*)\)", re.M)


def run_stages(m, stages, src, build, jobs, timeout):
    """(result, by, seconds per stage): result 'killed' or 'survived'."""
    times = []
    for targets, regex in stages:
        t0 = time.monotonic()
        if targets:
            rc, out = run(["cmake", "--build", build, "-j", str(jobs), "--target"] + targets)
            if rc != 0:
                lines = out.splitlines()
                first = next((l for l in lines if " error: " in l or "error:" in l.split(" ")[0]),
                             next((l for l in lines if l.startswith("FAILED:")), "build failed"))
                times.append(time.monotonic() - t0)
                return "killed", "build: " + first.strip()[:160], times
        rc, out = run(["ctest", "--test-dir", build, "-R", regex, "-j", str(jobs),
                       "--timeout", str(timeout), "--no-tests=error"])
        times.append(time.monotonic() - t0)
        if "No tests were found" in out:
            raise SystemExit("%s: no test matches %s: the harness is out of date" % (m["id"], regex))
        if rc != 0:
            failed = ["%s (%s)" % (name, why) for name, why in FAILED_TEST.findall(out)]
            if not failed:
                raise SystemExit("%s: ctest failed without a failed test:\n%s" % (m["id"], out[-3000:]))
            return "killed", ", ".join(failed), times
    return "survived", "", times


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", nargs="*", help="mutation ids (default: all)")
    ap.add_argument("--sample", help="run the entries marked 'sample: NAME', cheapest stage only")
    ap.add_argument("--check", action="store_true", help="only check the original texts")
    ap.add_argument("--list", action="store_true", help="list the mutations")
    ap.add_argument("--source", default=ROOT, help="the repository (default: this one)")
    ap.add_argument("--mutations", default=os.path.join(HERE, "mutations.txt"))
    ap.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "wsaerror-mutation"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per test")
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip the run of each kind's stages on the unmutated tree")
    ap.add_argument("--results", help="write the results as JSON to this file")
    a = ap.parse_args()

    def log(s):
        print(s, flush=True)

    muts = read_mutations(a.mutations)
    if a.list:
        for m in muts:
            log("%-32s %-9s %s: %s" % (m["id"], m["kind"], m["file"], m["bug"]))
        log("%d mutations" % len(muts))
        return 0
    stale = [(m, r) for m in muts for r in [stale_reason(m, a.source)] if r]
    if a.check or stale:
        for m, r in stale:
            log("STALE     %-32s %s: %s" % (m["id"], m["file"], r))
        log("%d mutations, %d stale" % (len(muts), len(stale)))
        if stale:
            log("refresh the STALE entries in %s (the code they mutate was rewritten)" % a.mutations)
        return 1 if stale else 0

    chosen = muts
    if a.ids:
        known = {m["id"]: m for m in muts}
        unknown = [i for i in a.ids if i not in known]
        if unknown:
            raise SystemExit("unknown mutation ids: " + " ".join(unknown))
        chosen = [known[i] for i in a.ids]
    if a.sample:
        chosen = [m for m in chosen if m.get("sample") == a.sample]
        if not chosen:
            raise SystemExit("no mutation has 'sample: %s'" % a.sample)

    src = os.path.join(a.work, "src")
    os.makedirs(src, exist_ok=True)
    t_start = time.monotonic()
    sync_tree(a.source, src)
    results = []
    baseline_done = set()
    for m in chosen:
        kind = m["kind"]
        stages = SAMPLE_STAGES[kind] if a.sample else STAGES[kind]
        build = os.path.join(a.work, "build-mingw" if kind == "windows" else "build-gcc")
        configure(src, build, kind, log)
        if kind not in baseline_done and not a.no_baseline:
            # Unmutated, every stage must pass: else every mutation would look killed.
            t0 = time.monotonic()
            result, by, _ = run_stages({"id": "baseline"}, stages, src, build, a.jobs, a.timeout)
            if result != "survived":
                raise SystemExit("the unmutated tree fails (%s stages): %s" % (kind, by))
            log("baseline   %-32s %6.1f s  (unmutated: every %s stage passes)"
                % (kind, time.monotonic() - t0, kind))
            baseline_done.add(kind)
        path = os.path.join(src, m["file"])
        with open(path, encoding="utf-8") as f:
            original = f.read()
        mutated = original.replace(m["old"], m["new"], 1)
        t0 = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(mutated)
        try:
            result, by, times = run_stages(m, stages, src, build, a.jobs, a.timeout)
        except subprocess.TimeoutExpired:
            result, by, times = "killed", "timeout", []
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
        seconds = time.monotonic() - t0
        if result == "survived" and m.get("note"):
            result = "equivalent"
        results.append({"id": m["id"], "file": m["file"], "result": result, "by": by,
                        "seconds": round(seconds, 1), "stage_seconds": [round(t, 1) for t in times],
                        "bug": m["bug"], "note": m.get("note", "")})
        shown = {"killed": "KILLED", "survived": "SURVIVED", "equivalent": "EQUIVALENT"}[result]
        detail = by if result == "killed" else (m.get("note", "") if result == "equivalent" else m["bug"])
        log("%-10s %-32s %6.1f s  %s" % (shown, m["id"], seconds, detail))
    total = time.monotonic() - t_start
    killed = sum(r["result"] == "killed" for r in results)
    equivalent = sum(r["result"] == "equivalent" for r in results)
    survived = [r for r in results if r["result"] == "survived"]
    log("")
    log("score: %d of %d killed (%.0f%%); %d equivalent (noted), %d survived without a note; %.0f s, "
        "%.1f s per mutation" % (killed, len(results), 100.0 * killed / len(results), equivalent,
                                 len(survived), total, total / len(results)))
    for r in survived:
        log("  survived: %s (%s): %s" % (r["id"], r["file"], r["bug"]))
    if a.results:
        with open(a.results, "w", encoding="utf-8") as f:
            json.dump({"results": results, "seconds": round(total, 1)}, f, indent=1)
    if a.sample:
        return 0 if killed == len(results) else 1
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
