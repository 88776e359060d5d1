#!/usr/bin/env python3
"""Recall of the fact.* rules on planted disagreements in real articles (issue 25).

usage: fact_recall.py COPYDESK_BIN TEXT_DIR [--out DIR]

For every article of TEXT_DIR and every person the cast gives an age, a title or a party
label (`copydesk cast --format json`), writes a copy of the article under --out (default
/tmp/fact-recall) with one paragraph appended that restates the fact differently, by
surname: "Ruiz, 57, declined to comment." for an age of 54, "Rep. Ruiz declined to
comment." for a senator, "Ruiz (R-Ore.) declined to comment." for a Democrat from Oregon;
and for every count followed by a closed list of names ("two states, Virginia and
Georgia,"), a copy with the count one higher.
Then checks the copies and counts, per rule, the plants reported at the planted paragraph
(recall) and the fact.* findings anywhere else (false alarms the plant provoked). The
copies stay under /tmp: PolNeAR text never enters the repository.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess

SWAP = {
    "senator": "Rep.",
    "representative": "Sen.",
    "speaker": "Sen.",
    "governor": "Sen.",
    "lieutenant governor": "Sen.",
    "mayor": "Gov.",
    "president": "Gov.",
    "vice president": "Sen.",
    "prime minister": "Mayor",
}
FLIP = {"Democrat": "R", "Republican": "D", "independent": "R"}
COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*"
# "two states, Virginia and Georgia,": a count, a plural noun, and a closed list of names.
COUNTED_LIST = re.compile(
    rf"\b((?i:{'|'.join(COUNTS)}))((?: [a-z]+)? [a-z]+s[:,—(] ?{NAME}(?:, {NAME})*,? (?:and|or) {NAME}[,.;:)—])"
)


def plants(entry):
    """(rule, sentence) pairs that contradict the first current fact of each kind."""
    surname = entry["name"].split()[-1]
    facts = [f for f in entry.get("facts", []) if not f.get("hedge")]
    first = {}
    for fact in facts:
        first.setdefault(fact["fact"], fact)
    out = []
    if "age" in first:
        out.append(("fact.age", f"{surname}, {int(first['age']['value']) + 3}, declined to comment."))
    if "title" in first and first["title"]["value"] in SWAP:
        out.append(("fact.title", f"{SWAP[first['title']['value']]} {surname} declined to comment."))
    if "party" in first:
        state = first.get("state", {}).get("value")
        label = f"{FLIP[first['party']['value']]}-{state}." if state else FLIP[first["party"]["value"]]
        out.append(("fact.affiliation", f"{surname} ({label}) declined to comment."))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("dir")
    ap.add_argument("--out", default="/tmp/fact-recall")
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    planted = {}
    for name in sorted(n for n in os.listdir(args.dir) if n.endswith(".txt")):
        path = os.path.join(args.dir, name)
        out = subprocess.run([args.bin, "cast", "--format", "json", path], capture_output=True, text=True).stdout
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read().rstrip("\n")
        # A count one more than its list: "two states, Virginia and Georgia," -> "three".
        for index, match in enumerate(COUNTED_LIST.finditer(text)):
            count = match.group(1)
            if count.lower() == "ten":
                continue
            bumped = COUNTS[COUNTS.index(count.lower()) + 1]
            bumped = bumped.capitalize() if count[0].isupper() else bumped
            copy = f"{name[:-4]}.{index}.count.txt"
            changed = text[: match.start()] + bumped + text[match.start(1) + len(count) :]
            with open(os.path.join(args.out, copy), "w", encoding="utf-8") as f:
                f.write(changed + "\n")
            line = text[: match.start()].count("\n") + 1
            planted[copy] = ("fact.count", line, "", bumped + match.group(2))
        for index, entry in enumerate(e for e in json.loads(out or "[]") if e["kind"] == "person"):
            for rule, sentence in plants(entry):
                copy = f"{name[:-4]}.{index}.{rule[5:]}.txt"
                with open(os.path.join(args.out, copy), "w", encoding="utf-8") as f:
                    f.write(f"{text}\n\n{sentence}\n")
                planted[copy] = (rule, text.count("\n") + 3, entry["name"], sentence)
    out = subprocess.run([args.bin, "check", "--format", "jsonl", "--fail-on", "never", args.out], capture_output=True, text=True)
    found = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        try:
            finding = json.loads(line)
        except json.JSONDecodeError:
            continue
        code = finding.get("code", "")
        if code.startswith("fact."):
            found[os.path.basename(finding.get("path", finding.get("file", "")))].append(finding)
    total, hit, stray = collections.Counter(), collections.Counter(), collections.Counter()
    for copy, (rule, line, member, sentence) in planted.items():
        total[rule] += 1
        findings = found.get(copy, [])
        at_plant = [f for f in findings if f["code"] == rule and f.get("line", 0) == line]
        if at_plant:
            hit[rule] += 1
        else:
            print(f"missed {rule}: {member}: {sentence} ({copy})")
        stray[rule] += len(findings) - len(at_plant)
    for rule in sorted(total):
        print(f"{rule}: {hit[rule]}/{total[rule]} planted disagreements reported ({100 * hit[rule] / total[rule]:.0f}%), {stray[rule]} other fact findings")


if __name__ == "__main__":
    main()
