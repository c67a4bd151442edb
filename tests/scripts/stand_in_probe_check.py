#!/usr/bin/env python3
"""Judges tests/windows/stand_in_probe.cpp's lines against data/stand-in-codes.json.

  stand_in_probe_check.py DATA.json -- [EMULATOR...] PROBE

The probe prints, for every NTSTATUS of the table, what the system it runs on
says: "0xC0000236 1225 10061" (RtlNtStatusToDosError, then WSAGetLastError()
after WSAGetOverlappedResult() on an OVERLAPPED holding the status). Under Wine
(the MinGW leg) that is Wine's code, so:
  - every row's Win32 value must be what RtlNtStatusToDosError says (the data's
    "win32" column comes from Wine's ntdll table: source "wine-ntdll");
  - a row whose sources include "wine" must have the Winsock code Wine's
    WSAGetOverlappedResult gives, or no code (null) with a note saying Wine's.
Rows sourced by others only are printed, not judged. Exit 0 when all agree.
"""
import json
import subprocess
import sys


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)
    rows = {int(n["value"], 16): (r, n) for r in data["rows"] for n in r["ntstatus"]}
    out = subprocess.run(argv[3:], stdout=subprocess.PIPE, universal_newlines=True, timeout=120)
    if out.returncode != 0:
        print("probe failed (%d):\n%s" % (out.returncode, out.stdout))
        return 1
    seen, problems = set(), []
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[0].startswith("0x"):
            continue
        value, win32, wsa = int(parts[0], 16), int(parts[1]), int(parts[2])
        seen.add(value)
        row, n = rows[value]
        judged = []
        if win32 != row["win32"]:
            problems.append("%s: RtlNtStatusToDosError says %d, the table %d" % (n["name"], win32, row["win32"]))
        judged.append("win32")
        if "wine" in n["sources"]:
            judged.append("winsock")
            if n["winsock"] is None:
                if "Wine" not in n.get("note", ""):
                    problems.append("%s: no code, and no note on what Wine says (%d)" % (n["name"], wsa))
            elif wsa != n["winsock"]:
                problems.append("%s: WSAGetOverlappedResult says %d, the table %d" % (n["name"], wsa, n["winsock"]))
        print("%-34s 0x%08X  Win32 %5d (table %5d)  Winsock %5d (table %s)  judged: %s" % (
            n["name"], value, win32, row["win32"], wsa, n["winsock"], ", ".join(judged)))
    missing = sorted(set(rows) - seen)
    if missing:
        problems.append("the probe printed no line for %s" % ", ".join("0x%08X" % v for v in missing))
    for p in problems:
        print("MISMATCH: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
