#!/usr/bin/env bash
# Refreshes data/dictionaries from the npm packages dictionary-en (en-US) and
# dictionary-en-gb (en-GB): Hunspell files built from SCOWL by wooorm/dictionaries.
# Usage: scripts/refresh_dictionaries.sh [en-version] [en-gb-version]
# Then run `cargo test --lib spelling` and the corpus test, and update data/README.md
# (versions, word counts) in the same commit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
en_version="${1:-4.0.0}"
en_gb_version="${2:-3.0.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() {
    local package="$1" version="$2" target="$3"
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
    mkdir -p "$work/$package"
    tar -xzf "$work/$package-$version.tgz" -C "$work/$package"
    mkdir -p "$root/data/dictionaries/$target"
    for file in index.aff index.dic license; do
        cp "$work/$package/package/$file" "$root/data/dictionaries/$target/$file"
    done
    echo "$package@$version -> data/dictionaries/$target ($(head -1 "$root/data/dictionaries/$target/index.dic") stems)"
}

fetch dictionary-en "$en_version" en-US
fetch dictionary-en-gb "$en_gb_version" en-GB
