#!/usr/bin/env python3
"""Builds data/dictionaries/extra/: the SCOWL words of sizes 70 and 80 that the size-60
Hunspell dictionaries do not know, for `spelling.unknown-word` (see data/README.md).

usage: scripts/build_extra_words.py [--scowl DIR] [--typos-dict FILE] [--wordnet DIR]

Inputs, all from package registries:
- SCOWL 2020.12.07's raw word lists, Debian package `scowl` (fetched with
  `apt-get download scowl` unless --scowl names an unpacked /usr/share/dict/scowl);
- the size-60 Hunspell files already in data/dictionaries/ (read by the `hunspell`
  command, Debian package `hunspell`), so only words they lack are kept;
- the misspellings of the crate `typos-dict` (MIT OR Apache-2.0; fetched with
  `cargo fetch` into a scratch project unless --typos-dict names its word_codegen.rs):
  a SCOWL word that typos-dict lists as a misspelling of another word ("threated",
  "calender", "parters") is left out, and the script prints them.

- WordNet 3.0 (Debian package `wordnet-base`, fetched with `apt-get download` unless
  --wordnet names an unpacked /usr/share/wordnet): its lowercase phrases of two to four
  words ("in vitro", "fait accompli", "persona non grata", "pesh merga") that hold a word
  neither dictionary knows; taxonomic ranks ("genus ...") and capitalised names are left
  out. Written sorted to phrases.txt.

Kept: lowercase ASCII words of four letters or more (six or more from the size-80
lists, where short rare words sit one slip from common ones) from english-words.70/.80 (both
dialects), american-words.70/.80 (en-US), british-words.70/.80 (en-GB, "-ise"), and the
spelling variants of levels 1 and 2 up to size 70 ("outsized", "dwelled"; level 3, the
seldom-used variants, is left out). Written sorted, one word a line: both.txt (either
dialect), en-US.txt, en-GB.txt. Deterministic for the same inputs.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "dictionaries", "extra")
TYPOS_DICT_VERSION = "0.14.4"
SIZES = ("70", "80")
# Words of these lists that are far more often a misspelling of a common word in news copy
# than the rare word itself, and that typos-dict does not list: calender (calendar).
EXCLUDED = {"calender", "calenders", "calendered", "calendering"}
VARIANT_SIZES = ("10", "20", "35", "40", "50", "55", "60", "70")


def fetch_deb(work, package, folder):
    subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
    deb = glob.glob(os.path.join(work, f"{package}_*.deb"))[0]
    target = os.path.join(work, package)
    subprocess.run(["dpkg-deb", "-x", deb, target], check=True)
    return os.path.join(target, folder)


RANKS = {"genus", "family", "order", "superfamily", "class", "phylum", "subfamily", "suborder",
         "subclass", "tribe", "subgenus", "division", "subphylum", "superorder"}


def wordnet_phrases(wordnet):
    """WordNet's multi-word lemmas as written in its data files (names keep their
    capitals there, so a lowercase lemma is a common phrase)."""
    phrases = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet, f"data.{pos}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" ")
                for i in range(int(fields[3], 16)):
                    words = re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).split("_")
                    if (2 <= len(words) <= 4 and words[0] not in RANKS
                            and all(re.fullmatch(r"[a-z][a-z'\-]*", w) for w in words)):
                        phrases.add(" ".join(words))
    return phrases


def fetch_typos_dict(work):
    project = os.path.join(work, "typos")
    os.makedirs(os.path.join(project, "src"))
    with open(os.path.join(project, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "typos-scratch"\nversion = "0.0.0"\nedition = "2021"\n\n'
                f'[dependencies]\ntypos-dict = "={TYPOS_DICT_VERSION}"\n')
    with open(os.path.join(project, "src", "lib.rs"), "w") as f:
        f.write("")
    meta = subprocess.run(["cargo", "metadata", "--format-version", "1"], cwd=project,
                          check=True, capture_output=True, text=True).stdout
    manifest = re.search(r'"manifest_path":"([^"]*typos-dict-[^"]*Cargo\.toml)"', meta).group(1)
    return os.path.join(os.path.dirname(manifest), "src", "word_codegen.rs")


def read_list(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.strip() for line in f if line.strip()]


def scowl_words(scowl, lists):
    words = set()
    for name in lists:
        path = os.path.join(scowl, name)
        if os.path.exists(path):
            # Size 80 is where rare words of four or five letters sit one slip from common
            # ones ("geat", "foud", "paty"): from it, only words of six letters or more.
            shortest = 6 if name.endswith(".80") else 4
            words.update(w for w in read_list(path) if len(w) >= shortest)
    return {w for w in words if re.fullmatch(r"[a-z]+", w)}


def unknown_to_hunspell(dialect, words):
    base = os.path.join(ROOT, "data", "dictionaries", dialect, "index")
    out = subprocess.run(["hunspell", "-d", base, "-l"], input="\n".join(sorted(words)) + "\n",
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())


def typos(codegen):
    with open(codegen, encoding="utf-8") as f:
        text = f.read()
    return set(m.lower() for m in re.findall(r'InsensitiveStr::(?:Ascii|Unicode)\("([^"]+)"\)', text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scowl")
    ap.add_argument("--typos-dict")
    ap.add_argument("--wordnet")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        scowl = args.scowl or fetch_deb(work, "scowl", "usr/share/dict/scowl")
        wordnet = args.wordnet or fetch_deb(work, "wordnet-base", "usr/share/wordnet")
        codegen = args.typos_dict or fetch_typos_dict(work)
        misspellings = typos(codegen) | EXCLUDED
        variants = lambda prefix: [f"{prefix}variant_{level}-words.{size}"
                                   for level in (1, 2) for size in VARIANT_SIZES]
        common = [f"english-words.{size}" for size in SIZES]
        us = scowl_words(scowl, common + [f"american-words.{s}" for s in SIZES] + variants(""))
        gb = scowl_words(scowl, common + [f"british-words.{s}" for s in SIZES] + variants("british_"))
        us_new = unknown_to_hunspell("en-US", us)
        gb_new = unknown_to_hunspell("en-GB", gb)
        dropped = sorted((us_new | gb_new) & misspellings)
        us_new -= misspellings
        gb_new -= misspellings
        both = us_new & gb_new
        os.makedirs(OUT, exist_ok=True)
        for name, words in (("both", both), ("en-US", us_new - both), ("en-GB", gb_new - both)):
            with open(os.path.join(OUT, f"{name}.txt"), "w") as f:
                f.write("".join(w + "\n" for w in sorted(words)))
            print(f"{name}.txt: {len(words)} words", file=sys.stderr)
        phrases = wordnet_phrases(wordnet)
        in_phrases = {w for phrase in phrases for w in phrase.split()}
        known = (in_phrases - (unknown_to_hunspell("en-US", in_phrases) & unknown_to_hunspell("en-GB", in_phrases)))
        known |= us_new | gb_new
        kept = sorted(p for p in phrases if any(w not in known for w in p.split()))
        with open(os.path.join(OUT, "phrases.txt"), "w") as f:
            f.write("".join(p + "\n" for p in kept))
        print(f"phrases.txt: {len(kept)} phrases", file=sys.stderr)
        print(f"left out as misspellings of other words (typos-dict): {len(dropped)}", file=sys.stderr)
        print(" ".join(dropped))


if __name__ == "__main__":
    main()
