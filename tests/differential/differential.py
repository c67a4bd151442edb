#!/usr/bin/env python3
"""differential.parse: feeds the same generated inputs to wsaerror::parse() and
parse_integer() (through parse_driver) and to parse_model.py, written from the
docs, and requires the same answer for every one.

  differential.py [EMULATOR...] PARSE_DRIVER

The inputs (a fixed seed: the same every run): every code in every accepted
spelling (decimal, 0x hex in both cases, hex ending in h/H, HRESULT_FROM_WIN32
in hex, unsigned and negative decimal, '+', leading zeros, every name parse()
takes in three cases, enumerators with '_', '-' and ' ', .NET names with and
without "SocketError."), each bare and inside every character parse() trims
(alone, doubled, mixed); near misses (neighbouring values, other HRESULT
facilities and severities, negative codes, the integer limits, 64- and
65-character tokens, names with a letter changed, dropped or doubled, text
around a token that is not trimmed); random strings over the characters that
matter and random bytes.
"""

import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parse_model  # noqa: E402

WRAPPERS = [("", "")] + [(c, c) for c in ["'", '"', "`"]] + [
    ("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("#", ""), ("", ":"), ("", ";"), ("", ","),
    ("", "."), ("", "!"), ("", "?"), (" ", " "), ("\t", "\r\n"), ("\n", "\n"), ("\v", "\f"),
    ("(", ")."), ("[", "]:"), ("'", "';"), ("#", ","), ("  (\"", "\");  "), ("`", "`?!"),
]
NOT_TRIMMED = ["=", "/", "\\", "@", "$", "%", "&", "*", "~", "|", "^", "_", "+", "-", "x", "0",
               "\x00", "\u00a0", "\u3002", "\uff1a"]


def case_variants(s, rng):
    out = {s, s.upper(), s.lower()}
    out.add("".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s))
    return out


def spellings(model, rng):
    """Every code in every accepted spelling."""
    out = []
    for v in sorted(model.names):
        hr = 0x80070000 | v
        out += ["%d" % v, "0x%X" % v, "0x%x" % v, "0X%04X" % v, "%Xh" % v, "%xh" % v, "%XH" % v,
                "0x%08X" % hr, "0x%08x" % hr, "%Xh" % hr, "%d" % hr, "%d" % (hr - 0x100000000),
                "+%d" % v, "000%d" % v, "+0x%X" % v]
    for key, v in model.keys.items():
        k = key.decode()
        for s in case_variants(k, rng):
            out.append(s)
            out.append(s.replace("_", "-"))
            out.append(s.replace("_", " "))
    for name in parse_model.json.load(open(os.path.join(parse_model.ROOT, "data/codes.json")))["dotnet"]:
        out += ["SocketError." + name, "socketerror." + name.lower(), "SOCKETERROR." + name.upper()]
    return out


def near_misses(model, rng):
    out = []
    for v in sorted(model.names):
        for d in (-1, 1, 10000, -10000):
            out += ["%d" % (v + d), "0x%X" % (v + d)]
        for hr in (0x00070000 | v, 0xC0070000 | v, 0xF0070000 | v, 0x80040000 | v, 0x80060000 | v,
                   0x90070000 | v, 0x180070000 | v):
            out += ["0x%X" % hr, "%d" % hr]
        out += ["-%d" % v, "-0x%X" % v, "%d" % -(0x100000000 - (0x80070000 | v)) + "0", "0x%Xh" % v,
                "%d.5" % v, "%de3" % v, "%d 1" % v, "1 %d" % v, "%d%d" % (v, v), "0x 274D",
                "SocketError.%d" % v, "WSA%d" % v, "%dL" % v, "%dU" % v]
        for wrap in NOT_TRIMMED:
            out += [wrap + "%d" % v, "%d" % v + wrap]
    for s in ["", " ", "()", "#", ";", "0", "-0", "+0", "0x", "0X", "h", "0h", "0xh", "x274D", "-",
              "+", "--10061", "+-10061", "-+10061", "0x0x274D", "274D", "274d", "0x8007", "80070000h",
              "4294967295", "4294967296", "0xFFFFFFFF", "0x100000000", "-2147483648", "-2147483649",
              "2147483647", "2147483648", "-4294967295", "0xFFFFFFFFh", "FFFFFFFFh", "1FFFFFFFFh",
              "99999999999999999999999999", "-0x80000000", "-0x80000001", "0x80070000", "0x8007FFFF",
              "SocketError.", "SocketError", "Success", "SocketError.Success", "WSA", "WSA_", "WSAE",
              "E", "SOCKET_ERROR", "NO_ERROR", "ERROR_SUCCESS", "wsaerror", "10061 10054",
              "WSAECONNREFUSED WSAECONNRESET", "(10061", "10061)", "'10061\"", "1\u00a00061"]:
        out.append(s)
    for n in range(55, 75):  # around the 64-character limit
        for body in ("10061", "0x274D", "WSAECONNREFUSED"):
            out.append("0" * max(0, n - len(body)) + body if body[0].isdigit() else body)
            out.append(" " * max(0, n - len(body)) + body)
            out.append("SocketError." + "0" * max(0, n - len(body) - 12) + body)
    for key in list(model.keys)[::3]:
        k = key.decode()
        i = rng.randrange(len(k))
        out += [k[:i] + k[i + 1:], k[:i] + k[i] + k[i:], k[:i] + chr(ord(k[i]) ^ 1) + k[i + 1:],
                k + "S", "WSA" + k, "WSA_" + k, k.replace("_", "\t"), k.replace("_", "__"),
                "SocketError " + k, "SocketError:" + k]
    return out


def random_inputs(rng, count):
    alphabet = "0123456789abcdefABCDEFxXhH+-_ .:;,#()[]{}<>'\"`!?\t\nWSAECONNRFUSDTIMEO"
    out = []
    for _ in range(count):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))).encode())
        out.append(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 20))))
        out.append(bytes(rng.randrange(256) for _ in range(rng.randrange(60, 70))))
    return out


def generate(model):
    rng = random.Random(30)
    base = spellings(model, rng)
    inputs = []
    for s in base:
        for a, b in WRAPPERS:
            inputs.append((a + s + b).encode("utf-8"))
    inputs += [s.encode("utf-8") for s in near_misses(model, rng)]
    inputs += random_inputs(rng, 5000)
    seen, unique = set(), []
    for b in inputs:
        if b not in seen:
            seen.add(b)
            unique.append(b)
    return unique


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    model = parse_model.Model()
    inputs = generate(model)
    feed = "".join(b.hex() + "\n" for b in inputs).encode()
    p = subprocess.run(sys.argv[1:], input=feed, stdout=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit("parse_driver exited with %d" % p.returncode)
    lines = p.stdout.decode().splitlines()
    if len(lines) != len(inputs):
        raise SystemExit("parse_driver answered %d of %d inputs" % (len(lines), len(inputs)))
    wrong = []
    codes_found = 0
    for b, line in zip(inputs, lines):
        code, integer = line.split("\t")
        m_code = model.parse(b)
        m_int = parse_model.parse_integer(b)
        want = ("-" if m_code is None else str(m_code), "-" if m_int is None else str(m_int))
        codes_found += m_code is not None
        if (code, integer) != want:
            wrong.append("  %r: C++ parse()=%s parse_integer()=%s, model %s %s"
                         % (b, code, integer, want[0], want[1]))
    print("differential.parse: %d inputs (%d name a code), %d disagreements"
          % (len(inputs), codes_found, len(wrong)))
    for w in wrong[:40]:
        print(w)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
