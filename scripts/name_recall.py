#!/usr/bin/env python3
"""Proper-name slip recall on a folder of clean news articles (one .txt per article).

usage: scripts/name_recall.py TEXT_DIR [--bin target/release/copydesk] [--out /tmp/name-recall]
                              [--misses N] [--classes]

The same corruption as tests/it/name_recall.rs (which measures the 2019 corpus), for any
folder, for example PolNeAR's train texts (/tmp/polnear/train/text): the texts stay where
they are and the corrupted copies are written under --out, never into the repository.

Targets are chosen by a heuristic that knows nothing of copydesk's name recogniser:
- names spelt twice or more: a capitalised word (four letters or more, not all capitals)
  the body uses at least twice in the same spelling, once not at a sentence start; not a
  weekday, month, title or generic head ("Senate"), demonym or abstract noun; neither
  written in lowercase anywhere in the folder nor sharing its stem with a word that is.
  ONE later occurrence (never the first) gets one slip: a letter inserted, deleted,
  substituted or two swapped (keyboard neighbours), a double added or dropped, a spelling
  family swap (-son/-sen, ph/f, c/k ...), or "Name’s" made "Names’" (possessive).
- names spelt once (`Once`): a well-known name of copydesk's reference tables (data/:
  countries, US states, cities of five million people, singular demonyms, the
  hand-written organisations) that the body writes exactly once; that occurrence gets one
  of the letter slips above. The draft then holds no correct spelling to compare with.
A slip that makes a real word, place, given name or organisation is not used, nor one at a
place copydesk already flags in the clean article. A hit is a finding of family `name`, or
`garbled.possessive`, overlapping the corrupted text. Prints recall overall and per slip,
and a sample of misses (--misses, default 8 per slip). --classes sorts every miss into one
class (the first that holds: a plural-looking possessive; a slip leaving under four letters;
a part of a hyphenated word; a slip the cast links to its name that the rule stays quiet on;
a word opening a sentence; a line of page furniture, a credit or a social-media line; the
rest) and prints the counts and a sample of each.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
SEED = 0x2019_0104_5EED_CAFE
MASK = (1 << 64) - 1

NOT_NAMES = set("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
July August September October November December President Minister Prime Senator Governor Mayor King Queen Prince
Princess Pope Lord Lady Dame General Colonel Captain Chief Judge Justice Secretary Chancellor Premier Representative
Sheriff Officer Detective Professor Reverend Saint Doctor Sergeant Lieutenant Commissioner Director Chairman
Chairwoman Speaker Deputy Ambassador Bishop Cardinal Archbishop Emperor Empress Sultan Sheikh Mister Madam Majesty
Highness Excellency Congressman Congresswoman Assemblyman Assemblywoman Councilman Councilwoman Senate Congress
Parliament Assembly Government Ministry Department Agency Office Court Supreme House Council Committee Commission
Party University College School Institute Association Foundation Society Company Group Bank Church Cathedral
Hospital Museum Airport Station Street Avenue Road Bridge Park Square Island Islands River Lake Mount Mountains
Valley Gulf Ocean Province Prefecture County District Region State States Republic Kingdom Union Navy Army Force
Forces Police Guard Festival Award Awards Prize League Championship Championships Olympics Typhoon Hurricane
Cyclone Storm Holy Wikinews""".split())
ABSTRACT_ENDINGS = ("tion", "tions", "sion", "ment", "ness", "ity", "ship", "ships", "ism", "ology")
DEALT = ["Insert", "Delete", "Substitute", "Transpose", "DoubleAdded"]
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
FAMILIES = [("bury", "berry", True), ("berry", "bury", True), ("son", "sen", True), ("sen", "son", True),
            ("ski", "sky", True), ("sky", "ski", True), ("ie", "y", True), ("y", "ie", True), ("ph", "f", False),
            ("f", "ph", False), ("ei", "ie", False), ("ie", "ei", False), ("C", "K", False), ("K", "C", False),
            ("c", "k", False), ("k", "c", False)]
WORD = re.compile(r"[^\W\d_]+")


class Rng:
    """xorshift64*, seeded by the article's name (as tests/it/name_recall.rs)."""

    def __init__(self, name):
        h = 0xCBF29CE484222325
        for b in name.encode():
            h = ((h ^ b) * 0x100000001B3) & MASK
        self.state = (h ^ SEED) | 1

    def below(self, bound):
        s = self.state
        s ^= s >> 12
        s ^= (s << 25) & MASK
        s ^= s >> 27
        self.state = s
        return (((s * 0x2545F4914F6CDD1D) & MASK) >> 33) % max(1, bound)

    def pick(self, items):
        return items[self.below(len(items))] if items else None


def table(name):
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


class Reference:
    def __init__(self):
        self.places = {r[0]: r for r in table("places.tsv")}
        self.given = {r[0] for r in table("given-names.tsv")}
        self.demonyms = set()
        singular = {r[0] for r in table("demonyms.tsv")}
        for r in table("demonyms.tsv"):
            self.demonyms.add(r[0])
            if r[1] != "-":
                self.demonyms.add(r[1])
        orgs = table("organisations.tsv")
        self.organisations = {r[0] for r in orgs}
        big = {n for n, r in self.places.items()
               if r[1] == "c" or (r[1] == "s" and r[3] == "US") or (r[1] == "t" and int(r[2]) >= 5_000_000)}
        self.well_known = {n for n in big | singular | {r[0] for r in orgs if r[1] != "company"}
                           if " " not in n and len(n) >= 4 and not n.isupper()}

    def is_name(self, word):
        return word in self.places or word in self.given or word in self.demonyms or word in self.organisations


def words_of(text):
    return [(m.start(), m.group()) for m in WORD.finditer(text)]


def starts_sentence(text, offset):
    before = text[:offset].rstrip(" \t\"“‘'([")
    return not before or before[-1] in ".!?:;\n—"


def in_address(text, offset, length):
    before = text[offset - 1] if offset else ""
    after = text[offset + length:offset + length + 2]
    return before in ".@/" or (len(after) == 2 and after[0] == "." and after[1].isalnum())


class Vocabulary:
    def __init__(self, texts):
        self.words = set()
        for text in texts:
            self.words.update(w for _, w in words_of(text) if w.islower())
        self.stems = set()
        for w in self.words:
            for end in range(5, len(w) + 1):
                self.stems.add(w[:end])

    def is_ordinary(self, word):
        lower = word.lower()
        stem_length = max(len(lower) - 3, 5)
        return lower in self.words or (len(lower) >= stem_length and lower[:stem_length] in self.stems)


def names_in(text, body_start, vocabulary, reference):
    occurrences = collections.OrderedDict()
    for offset, word in words_of(text[body_start:]):
        if not in_address(text, body_start + offset, len(word)):
            occurrences.setdefault(word, []).append(body_start + offset)
    twice, once = {}, {}
    for word, offsets in sorted(occurrences.items()):
        capitalised = word[0].isupper() and any(c.islower() for c in word[1:])
        if not capitalised or len(word) < 4:
            continue
        if len(offsets) == 1 and word in reference.well_known:
            once[word] = offsets
        elif (len(offsets) >= 2 and any(not starts_sentence(text, o) for o in offsets) and word not in NOT_NAMES
              and not word.endswith(ABSTRACT_ENDINGS) and word not in reference.demonyms
              and not vocabulary.is_ordinary(word)):
            twice[word] = offsets
    return twice, once


def neighbours(letter):
    lower = letter.lower()
    for row, keys in enumerate(KEYBOARD):
        column = keys.find(lower)
        if column < 0:
            continue
        near = []

        def take(r, columns):
            for c in columns:
                if c is not None and 0 <= c < len(KEYBOARD[r]):
                    near.append(KEYBOARD[r][c])
        take(row, [column - 1 if column > 0 else None, column + 1])
        if row > 0:
            take(row - 1, [column, column + 1])
        if row < 2:
            take(row + 1, [column - 1 if column > 0 else None, column])
        return near
    return []


def family_swaps(word):
    swaps = []
    for written, confused, at_end in FAMILIES:
        for m in re.finditer(re.escape(written), word):
            at, end = m.start(), m.end()
            if (at_end and end != len(word)) or (at == 0 and written[0].islower()):
                continue
            before = word[at - 1] if at else None
            after = word[end] if end < len(word) else None
            c_or_k = written.lower() in ("c", "k")
            if c_or_k and (after in ("k", "h") or before in ("c", "s")):
                continue
            if at_end and len(written) <= 2 and (before is None or before in "aeiou"):
                continue
            swaps.append(word[:at] + confused + word[end:])
    return swaps


def misspell(slip, word, rng):
    letters = list(word)
    n = len(letters)
    same_as_next = lambda i: i + 1 < n and letters[i + 1] == letters[i]  # noqa: E731
    out = letters[:]
    if slip == "Insert":
        at = 1 + rng.below(n)
        key = rng.pick(neighbours(letters[at - 1]))
        if key is None or (at < n and letters[at] == key) or (at == n and key == "s"):
            return None
        out.insert(at, key)
    elif slip == "Delete":
        positions = [i for i in range(1, n) if letters[i] != letters[i - 1] and not same_as_next(i)]
        if not positions:
            return None
        del out[rng.pick(positions)]
    elif slip == "Substitute":
        at = 1 + rng.below(n - 1)
        if not letters[at].islower():
            return None
        key = rng.pick(neighbours(letters[at]))
        if key is None:
            return None
        out[at] = key
    elif slip == "Transpose":
        positions = [i for i in range(1, n - 1) if not same_as_next(i) and letters[i + 1].islower()]
        if not positions:
            return None
        at = rng.pick(positions)
        out[at], out[at + 1] = out[at + 1], out[at]
    elif slip == "DoubleDropped":
        positions = [i for i in range(1, n) if letters[i] == letters[i - 1]]
        if not positions:
            return None
        del out[rng.pick(positions)]
    elif slip == "DoubleAdded":
        positions = [i for i in range(1, n) if letters[i].islower() and letters[i] != letters[i - 1]
                     and not same_as_next(i)]
        if not positions:
            return None
        at = rng.pick(positions)
        out.insert(at, letters[at])
    elif slip == "Family":
        return rng.pick(family_swaps(word))
    else:
        return None
    return "".join(out)


def possessive_apostrophe(text, offset):
    rest = text[offset:offset + 4]
    if not rest or rest[0] not in "'’":
        return None
    after = rest[1:]
    if after.startswith("s") and (len(after) < 2 or not after[1].isalpha()):
        return rest[0]
    return None


def overlaps(finding, start, end):
    """Whether `finding` (byte offsets) is a name finding over bytes start..end."""
    hit = finding["code"].startswith("name.") or finding["code"] == "garbled.possessive"
    return hit and finding["start"] < end and start < finding["end"]


def byte_span(text, start, end):
    """Byte offsets of the characters start..end of `text` (copydesk speaks bytes)."""
    first = len(text[:start].encode("utf-8"))
    return first, first + len(text[start:end].encode("utf-8"))


def corrupt_once(art, slip, word, offsets, rng, letter_slip=None):
    text = art["text"]
    later = offsets if letter_slip else offsets[1:]
    if slip == "Possessive":
        def after_the(o):
            words = text[:o].rstrip().rsplit(" ", 1)
            return words[-1].lower() == "the"
        later = [o for o in later if possessive_apostrophe(text, o + len(word)) and not word.endswith("s")
                 and not after_the(o)]
    offset = rng.pick(later)
    if offset is None:
        return None
    start, end = offset, offset + len(word)
    if slip == "Possessive":
        apostrophe = possessive_apostrophe(text, end)
        end += len(apostrophe) + 1
        replacement = word + "s" + apostrophe
    else:
        replacement = misspell(letter_slip or slip, word, rng)
        if replacement is None:
            return None
    misspelt = replacement.rstrip("'’")
    real = (misspelt == word or misspelt in art["words"] or misspelt.lower() in art["vocabulary"].words
            or art["reference"].is_name(misspelt))
    flagged_clean = any(overlaps(f, *byte_span(text, start, end)) for f in art["clean"])
    if (slip != "Possessive" and real) or flagged_clean:
        return None
    draft = text[:start] + replacement + text[end:]
    first, last = byte_span(draft, start, start + len(replacement))
    return {"slip": slip, "article": art["name"], "original": text[start:end], "corrupted": replacement,
            "draft": draft, "start": start, "end": start + len(replacement), "bytes": (first, last)}


def check(binary, folder):
    out = subprocess.run([binary, "check", "--format", "jsonl", "--fail-on", "never", folder],
                         capture_output=True, text=True)
    findings = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        if line.strip():
            f = json.loads(line)
            findings[os.path.basename(f["path"])].append(f)
    return findings


FURNITURE = re.compile(r"^(follow|photo|image|credit|getty|reporting by|editing by|additional reporting|"
                       r"contact|email|subscribe|read more|related|video|watch|listen|sign up|copyright)\b",
                       re.IGNORECASE)


def cast_variants(binary, path):
    out = subprocess.run([binary, "cast", "--format", "json", path], capture_output=True, text=True)
    try:
        members = json.loads(out.stdout or "[]")
    except json.JSONDecodeError:
        return set()
    return {v for m in members for v in m.get("variants", [])}


def miss_class(binary, folder, c):
    """The class of one missed slip (see the docstring's --classes)."""
    draft, start, end = c["draft"], c["start"], c["end"]
    written = c["corrupted"].rstrip("'’")
    line_start = draft.rfind("\n", 0, start) + 1
    line_end = draft.find("\n", end)
    line = draft[line_start:line_end if line_end >= 0 else len(draft)].strip()
    if c["slip"] == "Possessive":
        return "possessive"
    if len(written) < 4:
        return "short"
    if draft[start - 1:start] == "-" or draft[end:end + 1] == "-":
        return "hyphenated"
    if written in cast_variants(binary, os.path.join(folder, c["file"])):
        return "linked, rule quiet"
    if FURNITURE.match(line) or "<tweet" in line or len(line.split()) <= 6:
        return "furniture or short line"
    if starts_sentence(draft, start):
        return "sentence start"
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("text_dir")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/copydesk"))
    ap.add_argument("--out", default="/tmp/name-recall")
    ap.add_argument("--misses", type=int, default=8)
    ap.add_argument("--classes", action="store_true", help="sort the misses into classes")
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.text_dir) if n.endswith(".txt"))
    texts = {}
    for n in names:
        with open(os.path.join(a.text_dir, n), encoding="utf-8", errors="replace") as f:
            texts[n] = f.read()
    vocabulary, reference = Vocabulary(texts.values()), Reference()
    clean = check(a.bin, a.text_dir)
    corruptions = []
    for index, name in enumerate(names):
        text = texts[name]
        body_start = text.find("\n\n") + 2 if "\n\n" in text else 0
        twice, once = names_in(text, body_start, vocabulary, reference)
        art = {"name": name, "text": text, "clean": clean.get(name, []), "vocabulary": vocabulary,
               "reference": reference, "words": {w for _, w in words_of(text)}}
        rng = Rng(name)
        dealt = [DEALT[(index * 2 + k) % len(DEALT)] for k in range(2)]
        for slip in dealt + ["DoubleDropped", "Family", "Possessive"]:
            targets = list(twice.items())
            if not targets:
                break
            first = rng.below(len(targets))
            for word, offsets in targets[first:] + targets[:first]:
                c = corrupt_once(art, slip, word, offsets, rng)
                if c:
                    corruptions.append(c)
                    break
        targets = list(once.items())
        if targets:
            first = rng.below(len(targets))
            letter = DEALT[index % len(DEALT)]
            for word, offsets in targets[first:] + targets[:first]:
                c = corrupt_once(art, "Once", word, offsets, rng, letter_slip=letter)
                if c:
                    corruptions.append(c)
                    break
    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(a.out)
    for i, c in enumerate(corruptions):
        c["file"] = f"{i:05d}.txt"
        with open(os.path.join(a.out, c["file"]), "w", encoding="utf-8") as f:
            f.write(c["draft"])
    found = check(a.bin, a.out)
    per = collections.defaultdict(lambda: [0, 0])
    misses = collections.defaultdict(list)
    for c in corruptions:
        hit = any(overlaps(f, *c["bytes"]) for f in found.get(c["file"], []))
        per[c["slip"]][0] += hit
        per[c["slip"]][1] += 1
        if not hit:
            context = c["draft"][max(0, c["start"] - 50):c["end"] + 50].replace("\n", " ")
            misses[c["slip"]].append(f'{c["original"]} -> {c["corrupted"]} in {c["article"][:40]}: «{context}»')
    hits = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    summary = {"articles": len(names), "corruptions": total, "recall": round(hits / max(1, total), 4),
               "per_slip": {k: {"hits": v[0], "of": v[1], "recall": round(v[0] / max(1, v[1]), 3)}
                            for k, v in sorted(per.items())}}
    print(json.dumps(summary))
    for slip, missed in sorted(misses.items()):
        print(f"missed {slip} ({len(missed)}), for example:", file=sys.stderr)
        for m in missed[:a.misses]:
            print("  " + m, file=sys.stderr)
    if a.classes:
        missed = [c for c in corruptions if not any(overlaps(f, *c["bytes"]) for f in found.get(c["file"], []))]
        classes = collections.defaultdict(list)
        for c in missed:
            classes[miss_class(a.bin, a.out, c)].append(c)
        print(json.dumps({"miss_classes": {k: len(v) for k, v in sorted(classes.items(), key=lambda kv: -len(kv[1]))}}))
        for name, members in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            print(f"class {name} ({len(members)}):", file=sys.stderr)
            for c in members[:a.misses]:
                context = c["draft"][max(0, c["start"] - 50):c["end"] + 50].replace("\n", " ")
                print(f'  {c["slip"]}: {c["original"]} -> {c["corrupted"]} ({c["file"]}): «{context}»', file=sys.stderr)


if __name__ == "__main__":
    main()
