#!/usr/bin/env python3
"""Builds data/usual-pairs.bin, the "usual phrase" measure of tortured-phrase discovery.

usage: build_usual_pairs.py EN_US_LM_BIN [--data data/]

EN_US_LM_BIN is `pocketsphinx/model/en-us/en-us.lm.bin` of the PyPI package `pocketsphinx`
5.0.4 (the same file as the Debian package `pocketsphinx-en-us`'s
/usr/share/pocketsphinx/model/en-us/en-us.lm.bin): CMU Sphinx's generic US English trigram
language model (72,547 words, 2,051,511 word pairs), © Carnegie Mellon University and Alpha
Cephei Inc., BSD-2-Clause. Reading it needs the `pocketsphinx` module on PYTHONPATH:

    pip download pocketsphinx==5.0.4 --no-deps -d /tmp/ps && (cd /tmp/ps && unzip -o -q pocketsphinx-5.0.4-*.whl)
    PYTHONPATH=/tmp/ps python3 scripts/build_usual_pairs.py /tmp/ps/pocketsphinx/model/en-us/en-us.lm.bin

The model's word pairs (bigrams) are the pairs a speech recogniser must expect: those whose
probability differs from what the words' own frequencies predict. Kept are the pairs
discovery can ask about: both words lines of data/thesaurus.txt (a plural second word is
kept under its singular when only that has a line), and the pair the written form of an
adjacent pair of some known term (data/known-terms.txt or a plain term of
data/tortured-phrases.tsv): each word the term's word itself, or a word that may stand for it
(an original in thesaurus.txt, or the word at the same place of a curated entry).

Format (little-endian, no header): the records sorted by key, key = id1 * 65536 + id2, the
ids being line numbers (from 0) in data/thesaurus.txt; each record is the key's difference
from the previous key as an unsigned LEB128 number, then one signed byte: the pair's
association, ten times log10(P(second | first) / P(second)), clamped to -128..127 (how much
likelier the second word is after the first than anywhere). Run it after
build_thesaurus.py: the ids follow thesaurus.txt's lines.
"""
import argparse
import os
import subprocess
import sys
import tempfile

MIN_PAIRS = 2_000_000


def singular(word):
    """The regular singular, as discovery.rs's `singular`."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for ending in ("sses", "shes", "ches", "xes"):
        if word.endswith(ending):
            return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def write_arpa(lm_bin, arpa):
    """The model as ARPA text. pocketsphinx's writer stops (and the process crashes) in the
    trigram section, after every unigram and bigram is written, so it runs in a child
    process and only the first two sections are read."""
    # The config and the log-math table must outlive the model (temporaries are freed at
    # once, and the model then writes garbage probabilities).
    code = (
        "import sys, pocketsphinx as p\n"
        "config, logmath = p.Config(), p.LogMath()\n"
        "lm = p.NGramModel(config, logmath, sys.argv[1])\n"
        "lm.write(sys.argv[2], p.NGramModel.str_to_type('arpa'))\n"
    )
    subprocess.run([sys.executable, "-c", code, lm_bin, arpa], stderr=subprocess.DEVNULL, check=False)


def read_arpa(path):
    unigrams, bigrams, section = {}, {}, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("\\"):
                section = line.strip()
                if section == "\\3-grams:":
                    break
                continue
            fields = line.split()
            if section == "\\1-grams:" and len(fields) >= 2:
                unigrams[fields[1]] = float(fields[0])
            elif section == "\\2-grams:" and len(fields) >= 3:
                bigrams[(fields[1], fields[2])] = float(fields[0])
    return unigrams, bigrams


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lm_bin")
    parser.add_argument("--data", default="data")
    args = parser.parse_args()

    words = []
    originals = {}
    with open(os.path.join(args.data, "thesaurus.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            words.append(fields[0])
            originals[fields[0]] = {o.lstrip("~") for column in fields[2:4] for o in column.split()}
    ids = {word: i for i, word in enumerate(words)}
    assert len(words) < 65536

    terms = []
    with open(os.path.join(args.data, "known-terms.txt"), encoding="utf-8") as f:
        terms.extend(line.strip() for line in f if line.strip())
    with open(os.path.join(args.data, "tortured-phrases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            tortured, plain = line.rstrip("\n").split("\t")[:2]
            written, plain = tortured.split(), plain.lower().split()
            terms.append(" ".join(plain))
            for i, word in enumerate(written):
                if word in originals:
                    originals[word] |= {plain[i]} if len(written) == len(plain) else set(plain)
    term_pairs = set()
    for term in terms:
        parts = term.split()
        term_pairs.update(zip(parts, parts[1:]))

    def stands_for(word):
        return originals.get(word, set()) | {word}

    with tempfile.TemporaryDirectory() as tmp:
        arpa = os.path.join(tmp, "lm.arpa")
        write_arpa(args.lm_bin, arpa)
        unigrams, bigrams = read_arpa(arpa)
    if len(bigrams) < MIN_PAIRS:
        sys.exit(f"only {len(bigrams)} word pairs read from {args.lm_bin}")
    # A sane conversion: "breast cancer" is a likely pair, and probabilities vary.
    if not -1.0 < bigrams.get(("breast", "cancer"), 0.0) < -0.1 or len(set(bigrams.values())) < 1000:
        sys.exit(f"the probabilities read from {args.lm_bin} are not sane: conversion failed")

    kept = {}
    for (first, second), logprob in bigrams.items():
        if first not in ids:
            continue
        if second not in ids:
            second = singular(second)
            if second not in ids:
                continue
        if (first, second) in kept:
            continue
        targets = stands_for(second) | stands_for(singular(second))
        if not any((a, b) in term_pairs for a in stands_for(first) for b in targets):
            continue
        base = max(unigrams.get(second, -9.0), -9.0)
        kept[(first, second)] = max(-128, min(127, round((logprob - base) * 10)))

    out = bytearray()
    previous = 0
    for key, score in sorted((ids[a] * 65536 + ids[b], s) for (a, b), s in kept.items()):
        delta = key - previous
        previous = key
        while True:
            byte = delta & 0x7F
            delta >>= 7
            out.append(byte | (0x80 if delta else 0))
            if not delta:
                break
        out.append(score & 0xFF)
    with open(os.path.join(args.data, "usual-pairs.bin"), "wb") as f:
        f.write(out)
    print(f"{len(bigrams)} word pairs read, {len(kept)} kept, {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
