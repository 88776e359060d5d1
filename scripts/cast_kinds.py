#!/usr/bin/env python3
"""Kinds of the cast's members over a folder of drafts (each draft on its own).

usage: cast_kinds.py COPYDESK_BIN DIR [--list KIND] [--out FILE]

Runs `copydesk cast --format json` on every .txt/.md file of DIR (one draft at a time, so no
newsroom memory joins stories) and prints one JSON line: members per kind and each kind's
share. With --list KIND (or `all`), also writes every member of that kind, one line each
("name<TAB>file<TAB>first_line<TAB>mentions<TAB>kind"), to --out (default stdout after the JSON).
"""
import collections, concurrent.futures, json, os, subprocess, sys

args = sys.argv[1:]
if len(args) < 2:
    sys.exit(__doc__)
binary, base = args[0], args[1]
want = args[args.index("--list") + 1] if "--list" in args else None
out_path = args[args.index("--out") + 1] if "--out" in args else None
files = sorted(f for f in os.listdir(base) if f.endswith((".txt", ".md")))


def cast_of(name):
    run = subprocess.run([binary, "cast", "--format", "json", os.path.join(base, name)],
                         capture_output=True, text=True)
    try:
        return name, json.loads(run.stdout or "[]")
    except json.JSONDecodeError:
        return name, []


kinds = collections.Counter()
listed = []
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    for name, cast in pool.map(cast_of, files):
        for m in cast:
            kinds[m["kind"]] += 1
            if want in (m["kind"], "all"):
                listed.append(f'{m["name"]}\t{name}\t{m["first_line"]}\t{m["mentions"]}\t{m["kind"]}')
total = sum(kinds.values())
print(json.dumps({"drafts": len(files), "members": total, "kinds": dict(kinds.most_common()),
                  "share": {k: round(v / max(1, total), 4) for k, v in kinds.most_common()}}))
if want:
    text = "\n".join(listed) + "\n"
    if out_path:
        with open(out_path, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
