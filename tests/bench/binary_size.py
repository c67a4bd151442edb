#!/usr/bin/env python3
"""What wsaerror adds to a program's size: small programs built with
`-O2 -ffunction-sections -fdata-sections -Wl,--gc-sections` and stripped,
each against its baseline. Prints the bytes of code and data (text + data
as `size` counts them; the file itself grows in whole pages) and deltas in
KiB.

usage: binary_size.py [--cxx g++] [--include DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROGRAMS = [
    ("baseline: generic_category().message(ECONNREFUSED)", None,
     "#include <cerrno>\n#include <cstdio>\n#include <system_error>\n"
     "int main() { std::puts(std::generic_category().message(ECONNREFUSED).c_str()); }\n"),
    ("category().message(10061)", "baseline: generic_category().message(ECONNREFUSED)",
     "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main() { std::puts(wsaerror::category().message(10061).c_str()); }\n"),
    ("find(argc)->message", "baseline: generic_category().message(ECONNREFUSED)",
     "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n"
     "  std::fwrite(e->message.data(), 1, e->message.size(), stdout); }\n"),
    ("find(argc)->description", "baseline: generic_category().message(ECONNREFUSED)",
     "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n"
     "  std::fwrite(e->description.data(), 1, e->description.size(), stdout); }\n"),
    ("message(10061), zh-TW header included, unused", "category().message(10061)",
     "#include <cstdio>\n#include <wsaerror/lang/zh_tw.hpp>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main() { std::puts(wsaerror::category().message(10061).c_str()); }\n"),
    ("zh-TW message of find(argc, zh_tw)", "find(argc)->message",
     "#include <cstdio>\n#include <wsaerror/lang/zh_tw.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060, wsaerror::zh_tw);\n"
     "  std::fwrite(e->message.data(), 1, e->message.size(), stdout); }\n"),
    ("en-US texts of find(argc)", "baseline: generic_category().message(ECONNREFUSED)",
     "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n"
     "  for (auto t : {e->message, e->description, e->system_message})\n"
     "    std::fwrite(t.data(), 1, t.size(), stdout); }\n"),
] + [
    ("%s texts of find(argc, %s)" % (tag, i), "en-US texts of find(argc)",
     "#include <cstdio>\n#include <wsaerror/lang/%s.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060, wsaerror::%s);\n"
     "  for (auto t : {e->message, e->description, e->system_message})\n"
     "    std::fwrite(t.data(), 1, t.size(), stdout); }\n" % (i, i))
    for tag, i in (("zh-TW", "zh_tw"), ("de-DE", "de_de"), ("es-ES", "es_es"), ("fr-FR", "fr_fr"),
                   ("it-IT", "it_it"), ("pt-BR", "pt_br"), ("ru-RU", "ru_ru"))
] + [
    ("all eight, language_for(argv[1])", "en-US texts of find(argc)",
     "#include <cstdio>\n#include <wsaerror/lang/all.hpp>\n"
     "int main(int argc, char** argv) {\n"
     "  auto* e = wsaerror::find(argc + 10060, wsaerror::language_for(argv[argc - 1]));\n"
     "  for (auto t : {e->message, e->description, e->system_message})\n"
     "    std::fwrite(t.data(), 1, t.size(), stdout); }\n"),
    ("en-US texts, lang/all.hpp included, unused", "en-US texts of find(argc)",
     "#include <cstdio>\n#include <wsaerror/lang/all.hpp>\n"
     "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n"
     "  for (auto t : {e->message, e->description, e->system_message})\n"
     "    std::fwrite(t.data(), 1, t.size(), stdout); }\n"),
    ("parse(argv[1])->name", "baseline: generic_category().message(ECONNREFUSED)",
     "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
     "int main(int, char** argv) { auto* e = wsaerror::parse(argv[1]);\n"
     "  if (e) std::fwrite(e->name.data(), 1, e->name.size(), stdout); }\n"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--include", default=os.path.join(ROOT, "include"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    sizes = {}
    try:
        for name, _, src in PROGRAMS:
            cpp = os.path.join(tmp, "p.cpp")
            exe = os.path.join(tmp, "p")
            with open(cpp, "w") as f:
                f.write(src)
            subprocess.run([args.cxx, "-std=c++17", "-O2", "-ffunction-sections", "-fdata-sections",
                            "-Wl,--gc-sections", "-s", "-I" + args.include, cpp, "-o", exe],
                           check=True)
            out = subprocess.run(["size", exe], check=True, stdout=subprocess.PIPE).stdout.decode()
            text, data = out.splitlines()[1].split()[:2]
            sizes[name] = int(text) + int(data)
    finally:
        shutil.rmtree(tmp)
    print("%s -O2 --gc-sections, stripped" % args.cxx)
    print("%-52s %9s  %s" % ("program", "text+data", "delta"))
    for name, base, _ in PROGRAMS:
        delta = ("%+.1f KiB vs %s" % ((sizes[name] - sizes[base]) / 1024.0, base)) if base else ""
        print("%-52s %9d  %s" % (name, sizes[name], delta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
