#!/usr/bin/env python3
"""Warnings per 10,000 words on a folder of clean copy, per family and per rule.

usage: warnings_per_10k.py COPYDESK_BIN DIR [--list CODE] [--severity warning]

Runs `copydesk check --format jsonl --no-memory DIR` (each article on its own; `--memory`
checks them as one newsroom's stories, against each other's names), counts findings of the given severity (warning
by default) per rule and per family, and divides by the words of the folder's drafts
(whitespace-separated tokens). `--list CODE` prints every finding of that code (or family
prefix, e.g. `quote.`) with its line, for reading. Used for docs/accuracy.md on the 2019
corpus and on PolNeAR's train texts (made under /tmp/polnear/train/text by
../shared/tools/polnear/polnear.py; PolNeAR text never enters the repository).
"""
import argparse
import collections
import json
import os
import signal
import subprocess
import sys


def words_in(folder):
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith((".md", ".markdown", ".txt")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    total += len(f.read().split())
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("dir")
    ap.add_argument("--severity", default="warning")
    ap.add_argument("--list", default=None, help="print the findings of this code or prefix")
    ap.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    ap.add_argument("--memory", action="store_true",
                    help="check the drafts as one newsroom's stories (the default: each on its own)")
    args = ap.parse_args()
    out = subprocess.run(
        [args.bin, "check", "--format", "jsonl", "--fail-on", "never", *([] if args.memory else ["--no-memory"]), args.dir],
        capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        sys.exit(f"copydesk check failed ({out.returncode}): {out.stderr[-2000:]}")
    words = words_in(args.dir)
    by_rule = collections.Counter()
    listed = []
    for line in out.stdout.splitlines():
        finding = json.loads(line)
        if finding["severity"] != args.severity:
            continue
        by_rule[finding["code"]] += 1
        if args.list and finding["code"].startswith(args.list):
            listed.append(finding)
    by_family = collections.Counter()
    for code, n in by_rule.items():
        by_family[code.split(".")[0]] += n
    per = lambda n: round(n * 10000 / max(words, 1), 2)
    total = sum(by_rule.values())
    if args.json:
        print(json.dumps({"words": words, "total": total, "per_10k": per(total),
                          "families": {k: per(v) for k, v in by_family.items()},
                          "rules": dict(by_rule)}))
    else:
        print(f"{words} words, {total} {args.severity}s, {per(total)} per 10k words")
        for family, n in by_family.most_common():
            print(f"  {family:10} {n:5} {per(n):6}")
        for code, n in by_rule.most_common():
            print(f"    {code:30} {n:5} {per(n):6}")
    for finding in listed:
        path = finding["path"]
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        s, e = finding["start"], finding["end"]
        raw = text.encode("utf-8")
        context = raw[max(0, s - 80):e + 80].decode("utf-8", "replace").replace("\n", " ")
        print(f"{os.path.basename(path)}:{finding['line']}: {finding['code']}: "
              f"{finding['message']}\n    ...{context}...")


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    main()
