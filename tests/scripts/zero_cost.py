#!/usr/bin/env python3
"""Languages are opt-in at zero cost: built with -O2 --gc-sections, a program
that prints only English text carries no byte of another language's text even
when it includes <wsaerror/lang/all.hpp>, and is exactly as big as without it;
a German-only program carries no English description. Checked on the bytes of
the binaries (texts read off data/msdocs: the WSAECONNREFUSED row).

usage: zero_cost.py CXX INCLUDE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

PRINT = ("  for (auto t : {e->message, e->description, e->system_message})\n"
         "    std::fwrite(t.data(), 1, t.size(), stdout); }\n")
PROGRAMS = {
    "english": "#include <cstdio>\n#include <wsaerror/wsaerror.hpp>\n"
               "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n" + PRINT,
    "english_all_included": "#include <cstdio>\n#include <wsaerror/lang/all.hpp>\n"
               "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060);\n" + PRINT,
    "german": "#include <cstdio>\n#include <wsaerror/lang/de_de.hpp>\n"
              "int main(int argc, char**) { auto* e = wsaerror::find(argc + 10060, wsaerror::de_de);\n"
              + PRINT,
    "all": "#include <cstdio>\n#include <wsaerror/lang/all.hpp>\n"
           "int main(int argc, char** argv) {\n"
           "  auto* e = wsaerror::find(argc + 10060, wsaerror::language_for(argv[argc - 1]));\n" + PRINT,
}
# One text per language (the pages' WSAECONNREFUSED row), UTF-8.
TEXTS = {
    "en-US": "No connection could be made because the target computer actively refused it.",
    "zh-TW": "\u9023\u63a5\u906d\u5230\u62d2\u7d55\u3002",
    "de-DE": "Die Verbindung wurde abgelehnt.",
    "es-ES": "Conexi\u00f3n rechazada.",
    "fr-FR": "Connexion refus\u00e9e.",
    "it-IT": "Connessione rifiutata.",
    "pt-BR": "Conex\u00e3o recusada.",
    "ru-RU": "\u041f\u043e\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u0435 "
             "\u043e\u0442\u043a\u043b\u043e\u043d\u0435\u043d\u043e.",
}


def main():
    cxx, include = sys.argv[1:3]
    tmp = tempfile.mkdtemp()
    blobs, sizes = {}, {}
    try:
        for name, src in PROGRAMS.items():
            cpp, exe = os.path.join(tmp, name + ".cpp"), os.path.join(tmp, name)
            with open(cpp, "w") as f:
                f.write(src)
            subprocess.run([cxx, "-std=c++17", "-O2", "-ffunction-sections", "-fdata-sections",
                            "-Wl,--gc-sections", "-s", "-I" + include, cpp, "-o", exe], check=True)
            with open(exe, "rb") as f:
                blobs[name] = f.read()
            sizes[name] = len(blobs[name])
    finally:
        shutil.rmtree(tmp)
    failures = []

    def has(program, lang):
        return TEXTS[lang].encode("utf-8") in blobs[program]

    for lang in TEXTS:
        want_english = lang == "en-US"
        for program in ("english", "english_all_included"):
            if has(program, lang) != want_english:
                failures.append("%s: %s text %s" % (program, lang, "missing" if want_english else "present"))
        if has("german", lang) != (lang == "de-DE"):
            failures.append("german: %s text %s" % (lang, "missing" if lang == "de-DE" else "present"))
        if not has("all", lang):
            failures.append("all: %s text missing" % lang)
    if sizes["english"] != sizes["english_all_included"]:
        failures.append("including lang/all.hpp changed the English program: %d -> %d bytes"
                        % (sizes["english"], sizes["english_all_included"]))
    for name in PROGRAMS:
        print("%-22s %8d bytes" % (name, sizes[name]))
    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
