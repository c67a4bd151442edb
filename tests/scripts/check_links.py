#!/usr/bin/env python3
"""Every relative link of README.md, CHANGELOG.md and docs/*.md resolves.

usage: check_links.py SOURCE_DIR

A link is `[text](target)` outside code (fenced blocks and `inline code` are
skipped). Links with a scheme (https:, mailto:) are not followed. A target must
be a file or folder of the repository; a `#anchor` (alone, or after a .md
file) must be a heading of that page, slugged as GitHub does (lower case,
punctuation but `-` and `_` dropped, spaces to `-`, `-N` for repeats).
"""
import os
import re
import sys

# Pages another change adds; a link to one of them may dangle until it lands.
# Each entry says which change writes it.
ALLOWED_MISSING = set()

LINK = re.compile(r"(?<!!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def strip_code(text):
    """The text with fenced blocks and inline code blanked (line numbers kept)."""
    out = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            out.append("")
            continue
        out.append("" if fenced else re.sub(r"`[^`]*`", "``", line))
    return out


def slugs(path):
    """The anchors GitHub gives the headings of a markdown file."""
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    seen = {}
    out = set()
    fenced = False
    for line in raw:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        m = None if fenced else re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", m.group(2))  # link text only
        slug = re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")
        if slug in seen:
            seen[slug] += 1
            slug = "%s-%d" % (slug, seen[slug])
        else:
            seen[slug] = 0
        out.add(slug)
    return out


def pages(root):
    files = [os.path.join(root, "README.md"), os.path.join(root, "CHANGELOG.md")]
    docs = os.path.join(root, "docs")
    if os.path.isdir(docs):
        files += sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".md"))
    return [f for f in files if os.path.exists(f)]


def main():
    root = os.path.abspath(sys.argv[1])
    bad = links = 0
    anchors = {}
    for page in pages(root):
        rel_page = os.path.relpath(page, root)
        with open(page, encoding="utf-8") as f:
            lines = strip_code(f.read())
        for n, line in enumerate(lines, 1):
            for m in LINK.finditer(line):
                target = m.group(1)
                if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
                    continue
                links += 1
                path, _, anchor = target.partition("#")
                full = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                if rel.startswith("..") or os.path.isabs(path):
                    bad += 1
                    print("%s:%d: %s leaves the repository" % (rel_page, n, target))
                    continue
                if not os.path.exists(full):
                    if rel in ALLOWED_MISSING:
                        print("%s:%d: %s: not there yet (allowed: see ALLOWED_MISSING)"
                              % (rel_page, n, target))
                        continue
                    bad += 1
                    print("%s:%d: %s: no such file" % (rel_page, n, target))
                    continue
                if anchor and full.endswith(".md"):
                    if full not in anchors:
                        anchors[full] = slugs(full)
                    if anchor not in anchors[full]:
                        bad += 1
                        print("%s:%d: %s: no heading #%s in %s" % (rel_page, n, target, anchor, rel))
    for rel in sorted(ALLOWED_MISSING):
        if os.path.exists(os.path.join(root, rel)):
            print("note: %s exists now: remove it from ALLOWED_MISSING" % rel)
    print("%d pages, %d relative links, %d broken" % (len(pages(root)), links, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
