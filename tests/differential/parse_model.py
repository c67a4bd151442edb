"""An independent model of wsaerror::parse() and wsaerror::parse_integer(),
written from the documented rules, not from the C++:

- docs/reference.md ("The table"): parse() is "forgiving, for what people type
  or paste: any case, WSA optional, aliases, BSD names, enumerators, .NET
  SocketError names with or without SocketError. (ConnectionRefused), 10061,
  0x274D, 274Dh, 0x8007274D, -2147014835, surrounding quotes, brackets, # and :;
  one token, at most 64 characters once trimmed"; code_of_hresult(): "only
  facility WIN32 with the failure bit";
- the comments of trim() and parse_integer() in table.hpp, which reference.md
  cites as parse()'s own rules: trim() drops "blanks, quotes, brackets, '#'
  and the punctuation ':' ',' '.' ';' '!' '?'"; parse_integer() reads
  "[+-]decimal, 0x hex or hex ending in 'h', magnitude at most 0xFFFFFFFF";
  parse()'s folding: "ASCII upper case, '-' and ' ' as '_'";
- the names: Microsoft's Winsock page (data/msdocs/en-US, read here with a
  regular expression of its own), the System Error Codes page for the two
  codes only it documents, and data/codes.json (enumerators, aliases, .NET
  names).

Everything works on bytes: every string is valid input.
"""

import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

BLANKS = b" \t\n\r\v\f"
# blanks, quotes, brackets, '#', and the punctuation ':' ',' '.' ';' '!' '?'
WRAPPING = BLANKS + b"\"'`" + b"()[]{}<>" + b"#" + b":,.;!?"
MAX_LENGTH = 64
NUMBER = re.compile(rb"([+-]?)(?:0[xX]([0-9a-fA-F]+)|([0-9a-fA-F]+)[hH]|([0-9]+))")


def load_codes(root=ROOT):
    """{value: macro name} from the pages, and {folded key: value} for every
    name parse() accepts."""
    page = open(os.path.join(root, "data/msdocs/en-US/windows-sockets-error-codes-2.md"),
                encoding="utf-8").read()
    names = {int(v): n for n, v in
             re.findall(r"<strong>([A-Z_0-9]+)</strong></dt><dt>(\d+)</dt>", page)}
    facts = json.load(open(os.path.join(root, "data/codes.json"), encoding="utf-8"))
    for c in facts["codes"]:
        if c.get("system_page_only"):
            for f in os.listdir(os.path.join(root, "data/msdocs/en-US")):
                if f.startswith("system-error-codes"):
                    text = open(os.path.join(root, "data/msdocs/en-US", f), encoding="utf-8").read()
                    for n, v in re.findall(r"\*\*([A-Z\\_0-9]+)\*\*\s+(\d+) \(0x", text):
                        if int(v) == c["value"]:
                            names[c["value"]] = n.replace("\\", "")
    keys = {}

    def add(name, value):
        k = fold(name.encode())
        assert keys.get(k, value) == value, (name, value, keys[k])
        keys[k] = value

    for c in facts["codes"]:
        v = c["value"]
        for n in [names[v]] + c.get("aliases", []):
            add(n, v)
            if n.startswith("WSA"):  # "WSA optional": WSAECONNREFUSED, ECONNREFUSED; WSA_IO_PENDING, IO_PENDING
                add(n[3:].lstrip("_"), v)
        add(c["enumerator"], v)
    for n, v in facts["dotnet"].items():
        add(n, v)
    assert len(names) == len(facts["codes"]), "a code without a name on the pages"
    return names, keys


def fold(b):
    return b.upper().replace(b"-", b"_").replace(b" ", b"_")


def trim(b):
    return b.strip(WRAPPING)


def read_integer(t):
    """The integer of an already trimmed token, or None."""
    m = NUMBER.fullmatch(t)
    if not m:
        return None
    sign, hex1, hex2, dec = m.groups()
    magnitude = int(hex1 or hex2, 16) if (hex1 or hex2) else int(dec)
    if magnitude > 0xFFFFFFFF or (sign == b"-" and magnitude > 0x80000000):
        return None
    return -magnitude if sign == b"-" else magnitude


def parse_integer(b):
    return read_integer(trim(b))


def code_of_hresult(v):
    if v < -0x80000000 or v > 0xFFFFFFFF:
        return -1
    bits = v & 0xFFFFFFFF
    return bits & 0xFFFF if bits & 0xFFFF0000 == 0x80070000 else -1


class Model:
    def __init__(self, root=ROOT):
        self.names, self.keys = load_codes(root)

    def parse(self, b):
        """The code parse() gives for the bytes b, or None."""
        t = trim(b)
        if not t or len(t) > MAX_LENGTH:
            return None
        v = read_integer(t)
        if v is not None:
            if 0 <= v <= 0x7FFFFFFF and v in self.names:
                return v
            c = code_of_hresult(v)
            return c if c in self.names else None
        if t[:12].upper() == b"SOCKETERROR." and len(t) > 12:
            t = t[12:]  # .NET prints SocketError.ConnectionReset
        return self.keys.get(fold(t))
