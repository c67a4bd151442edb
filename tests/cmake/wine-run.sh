#!/bin/sh
# Runs a Windows program under Wine for CTest (CMAKE_CROSSCOMPILING_EMULATOR):
# a private prefix (WSAERROR_WINEPREFIX, created once, under a lock), no
# debug output, and MinGW's runtime DLLs on the search path.
set -e
: "${WSAERROR_WINEPREFIX:?set by the toolchain file}"
export WINEPREFIX="$WSAERROR_WINEPREFIX"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko install dialogs
cxx=x86_64-w64-mingw32-g++-posix
stdcxx=$(dirname "$($cxx -print-file-name=libstdc++-6.dll)")
pthread=$(dirname "$($cxx -print-file-name=libwinpthread-1.dll)")
# Wine's drive Z: is the Unix root in a new prefix, so a Unix path P is Z:P with
# backslashes. (Asking `winepath -w` costs two Wine launches, about 0.6 s, per test.)
windows_path() { printf 'Z:%s' "$1" | tr / '\\'; }
export WINEPATH="$(windows_path "$stdcxx");$(windows_path "$pthread")"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  flock "$WINEPREFIX.lock" sh -c '[ -f "$WINEPREFIX/system.reg" ] || wineboot --init >/dev/null 2>&1; wineserver -w'
fi
# Wine now and then fails to start a program at all (seen twice in ~2,000
# launches: a non-zero status and no output, once as status 53), typically
# while the previous program's wineserver shuts down. Such a launch -- failed
# and silent -- is tried again, up to twice; every program of the suite that
# fails says something. (A persistent wineserver would avoid the race but
# keeps Wine's service processes, and with them CTest's output pipe, alive.)
# Three immediate retries all failed once with status 53, so a retry first
# waits for the dying wineserver to be gone.
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
for attempt in 1 2 3 4; do
  status=0
  wine "$@" >"$out" 2>"$err" || status=$?
  if [ "$status" -eq 0 ] || [ -s "$out" ] || [ -s "$err" ]; then
    break
  fi
  echo "wine-run.sh: launch $attempt failed silently (status $status)" >>"$WINEPREFIX.retries"
  wineserver -w 2>/dev/null || true
  sleep 1
done
cat "$out"
cat "$err" >&2
exit "$status"
