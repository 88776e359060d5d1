#!/usr/bin/env python3
"""Precision of the newsroom's memory: every article of a folder checked against all the
others as its memory, and every cross-story finding listed for reading.

Runs `copydesk check --format jsonl DIR` (several drafts: each is checked with the others
as the newsroom's memory) and keeps the findings that point at another story (those with
`elsewhere`): the ones the memory adds. Prints each (the draft, the line, the message and
the first other story it points at), then the count of findings, of distinct name pairs
and of drafts with one. Read each: a cross-story `name.variant` between two different real
people is a false alarm.

Usage: scripts/newsroom_precision.py [--binary target/release/copydesk] [DIR]
       (DIR: ../shared/corpus/wikinews-2019/articles)
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "wikinews-2019" / "articles"))
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "copydesk"))
    arguments = parser.parse_args()
    directory = Path(arguments.directory)
    if not directory.is_dir():
        sys.exit(f"{directory} is not a folder")
    drafts = sorted(path for path in directory.iterdir() if path.suffix in (".txt", ".md", ".markdown"))
    run = subprocess.run([arguments.binary, "check", "--format", "jsonl", "--fail-on", "never", str(directory)],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"copydesk check failed ({run.returncode}): {run.stderr}")
    findings = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    across = [finding for finding in findings if finding.get("elsewhere")]
    pairs = set()
    for finding in across:
        other = finding["elsewhere"][0]
        print(f"{Path(finding['path']).name}:{finding['line']}:{finding['column']}: {finding['severity']}: "
              f"{finding['message']}\n    see {Path(other['path']).name}:{other['line']}:{other['column']}: "
              f"{other['message']} (and {len(finding['elsewhere']) - 1} more)")
        pairs.add(finding["message"].split(" is spelt ")[0] + " / " + finding["fixes"][0]["edits"][0]["replacement"])
    drafts_with = len({finding["path"] for finding in across})
    name_variants = sum(1 for finding in findings if finding["code"] == "name.variant")
    print(f"{len(drafts)} drafts, each against the other {len(drafts) - 1}: {len(across)} cross-story "
          f"name.variant findings ({len(pairs)} distinct spelling pairs: {', '.join(sorted(pairs)) or 'none'}) "
          f"in {drafts_with} drafts; {name_variants - len(across)} name.variant findings within drafts")


if __name__ == "__main__":
    sys.exit(main())
