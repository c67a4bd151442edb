#!/usr/bin/env bash
# Runs every leg of wsaerror's test suite; the second command of README's quick start runs it.
#   tests/run_all.sh            all legs
#   tests/run_all.sh gcc clang  only these (workflow preset names)
# Each leg is `cmake --workflow --preset LEG` (configure, build, ctest); the
# last line sums their CTest results: "tests: N passed, N failed", followed by
# ", N skipped" when a test skipped. A skip is never a pass: it fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

legs=("$@")
if [ ${#legs[@]} -eq 0 ]; then
  legs=(gcc clang clang19-libcxx mingw asan tsan frameworks-catch2v3-fmt12 frameworks-fmt11)
fi

mkdir -p build
passed=0
failed=0
skipped=0
bad_legs=()
for leg in "${legs[@]}"; do
  echo "=== leg: $leg"
  log="build/$leg.log"
  if cmake --workflow --preset "$leg" 2>&1 | tee "$log"; then
    status=ok
  else
    status=failed
    bad_legs+=("$leg")
  fi
  # "100% tests passed, 0 tests failed out of 12"
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    t=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    # CTest counts a skipped test ("***Skipped", listed under "The following
    # tests did not run") in the total and not as failed; a disabled one
    # ("***Not Run (Disabled)") in neither.
    s=$(grep -cE '\*\*\*Skipped' "$log")
    d=$(grep -cE '\*\*\*Not Run \(Disabled\)' "$log")
    if [ $((s + d)) -gt 0 ] && [ $status = ok ]; then
      status=failed
      bad_legs+=("$leg")
    fi
    passed=$((passed + t - f - s))
    failed=$((failed + f))
    skipped=$((skipped + s + d))
  elif [ $status = failed ]; then
    failed=$((failed + 1))  # it did not get as far as its tests
  fi
  echo "=== leg $leg: $status"
done

if [ ${#bad_legs[@]} -gt 0 ]; then
  echo "=== failed legs: ${bad_legs[*]}"
fi
if [ $skipped -gt 0 ]; then
  echo "tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "tests: $passed passed, $failed failed"
fi
[ ${#bad_legs[@]} -eq 0 ]
