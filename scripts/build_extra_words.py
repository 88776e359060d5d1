#!/usr/bin/env python3
"""Builds data/dictionaries/extra/: the SCOWL words of sizes 70 and 80 that the size-60
Hunspell dictionaries do not know, for `spelling.unknown-word` (see data/README.md).

usage: scripts/build_extra_words.py [--scowl DIR] [--typos-dict FILE]

Inputs, all from package registries:
- SCOWL 2020.12.07's raw word lists, Debian package `scowl` (fetched with
  `apt-get download scowl` unless --scowl names an unpacked /usr/share/dict/scowl);
- the size-60 Hunspell files already in data/dictionaries/ (read by the `hunspell`
  command, Debian package `hunspell`), so only words they lack are kept;
- the misspellings of the crate `typos-dict` (MIT OR Apache-2.0; fetched with
  `cargo fetch` into a scratch project unless --typos-dict names its word_codegen.rs):
  a SCOWL word that typos-dict lists as a misspelling of another word ("threated",
  "calender", "parters") is left out, and the script prints them.

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


def fetch_scowl(work):
    subprocess.run(["apt-get", "download", "scowl"], cwd=work, check=True, capture_output=True)
    deb = glob.glob(os.path.join(work, "scowl_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "x")], check=True)
    return os.path.join(work, "x", "usr", "share", "dict", "scowl")


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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        scowl = args.scowl or fetch_scowl(work)
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
        print(f"left out as misspellings of other words (typos-dict): {len(dropped)}", file=sys.stderr)
        print(" ".join(dropped))


if __name__ == "__main__":
    main()
