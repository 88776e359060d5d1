#!/usr/bin/env python3
"""The facts the cast extracts (issue 25), listed for reading on a folder of articles.

usage: fact_check.py COPYDESK_BIN TEXT_DIR [--articles 50] [--every-nth]

Picks ARTICLES drafts from TEXT_DIR (sorted by name, evenly spaced through the list, so
every publisher of a folder like PolNeAR's train texts is represented), runs
`copydesk cast --format json` on each, and prints every member with the facts the draft
states about it (ages, titles, party and state labels), each with its line and the words
around it, for a reader to mark right or wrong. The last line counts articles, members
with facts and facts by kind. The texts stay where they are (PolNeAR text never enters
the repository); only the figures go into docs/accuracy.md.
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def context(lines, line, text, width=70):
    """The words around `text` on its line."""
    if not 1 <= line <= len(lines):
        return ""
    source = lines[line - 1]
    at = source.find(text)
    if at < 0:
        return source[:2 * width]
    start, end = max(0, at - width), min(len(source), at + len(text) + width)
    return ("…" if start else "") + source[start:end] + ("…" if end < len(source) else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("dir")
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    names = sorted(n for n in os.listdir(args.dir) if n.endswith((".txt", ".md")))
    if not names:
        sys.exit(f"no .txt or .md drafts in {args.dir}")
    step = max(1, len(names) // args.articles)
    chosen = names[::step][: args.articles]
    kinds = collections.Counter()
    members = 0
    for name in chosen:
        path = os.path.join(args.dir, name)
        out = subprocess.run([args.bin, "cast", "--format", "json", path], capture_output=True, text=True)
        try:
            cast = json.loads(out.stdout or "[]")
        except json.JSONDecodeError:
            print(f"## {name}: no JSON ({out.stderr.strip()[:200]})")
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        listed = [entry for entry in cast if entry.get("facts")]
        print(f"## {name}: {len(listed)} member(s) with facts")
        for entry in listed:
            members += 1
            print(f"  {entry['name']} ({entry['kind']})")
            for fact in entry["facts"]:
                kinds[fact["fact"]] += 1
                hedge = f" [{fact['hedge']}]" if fact.get("hedge") else ""
                print(f"    {fact['fact']:<6} {fact['value']:<20} line {fact['line']:<4}{hedge} “{fact['text']}”")
                print(f"           {context(lines, fact['line'], fact['text'])}")
    total = sum(kinds.values())
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    print(f"\n{len(chosen)} articles, {members} members with facts, {total} facts ({summary})")


if __name__ == "__main__":
    main()
