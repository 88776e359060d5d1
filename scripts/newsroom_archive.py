#!/usr/bin/env python3
"""Writes a synthetic news archive for measuring the newsroom's memory (index time, memory,
keystroke latency with an archive loaded): N stories of real copy with people of their own.

Each story is a headline, three to eight paragraphs drawn from the clean corpus
(wikinews-2019), and a paragraph quoting two people named from generated given names and
surnames, so the archive holds many distinct names (as a newsroom's does), not the corpus's
few hundred repeated. Deterministic (--seed). Writes Markdown files in nested year/month
folders under OUT; never touches anything else.

Usage: scripts/newsroom_archive.py OUT [--stories 10000] [--seed 24] [--shared DIR]
"""

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIVEN = ["Anna", "Tomas", "Priya", "Lars", "Dana", "Maria", "Kofi", "Elena", "Omar", "Grace", "Yuki", "Pedro",
         "Ines", "Marek", "Leila", "Samuel", "Chloe", "Ravi", "Hana", "Felix", "Nadia", "Jonas", "Amara", "Lucas"]
ONSETS = ["B", "D", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Kr", "St", "Tr", "Gr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
CODAS = ["n", "r", "l", "s", "k", "m", "nd", "rt", "ld", "st"]
ENDINGS = ["ski", "son", "berg", "ez", "ova", "etti", "ani", "sen", "ford", "ley", "ic", "ado"]
ROLES = ["the mayor", "a city councillor", "the police chief", "a union leader", "the school principal",
         "a hospital spokeswoman", "the fire chief", "a local shop owner"]


def surname(rng):
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) + rng.choice(ENDINGS)


def shared_directory(explicit):
    candidates = [Path(explicit)] if explicit else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for candidate in candidates:
        if (candidate / "corpus" / "wikinews-2019" / "articles").is_dir():
            return candidate
    sys.exit(f"cannot find the shared corpus in {', '.join(map(str, candidates))}; pass --shared DIR")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--stories", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--shared")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    articles = sorted((shared_directory(arguments.shared) / "corpus" / "wikinews-2019" / "articles").glob("*.txt"))
    paragraphs = [p.strip() for path in articles for p in path.read_text(encoding="utf-8").split("\n\n")
                  if len(p.split()) >= 25]
    out = Path(arguments.out)
    total = 0
    for index in range(arguments.stories):
        folder = out / str(2010 + index % 10) / f"{1 + index % 12:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        people = [(rng.choice(GIVEN), surname(rng), rng.choice(ROLES)) for _ in range(2)]
        body = rng.sample(paragraphs, rng.randint(3, 8))
        (a_given, a_surname, a_role), (b_given, b_surname, b_role) = people
        quoted = (f"{a_given} {a_surname}, {a_role}, said the plan would go ahead. \"We have waited long enough,\" "
                  f"{a_surname} said. {b_given} {b_surname}, {b_role}, disagreed. \"It is too soon,\" {b_surname} said.")
        text = f"# Story {index + 1}\n\n" + "\n\n".join(body[:2] + [quoted] + body[2:]) + "\n"
        (folder / f"story-{index + 1:05d}.md").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"{arguments.stories} stories, {total / 1048576:.1f} MiB, in {out}")


if __name__ == "__main__":
    sys.exit(main())
