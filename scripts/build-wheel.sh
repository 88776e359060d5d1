#!/usr/bin/env bash
# Builds the Python wheel that carries the copydesk binary (pyproject.toml), for Linux
# x86_64, tagged manylinux2014 (glibc 2.17) so it installs on every current distribution.
#
#   bash scripts/build-wheel.sh
#       -> target/wheels/copydesk-<version>-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
#          and target/wheels/copydesk, the binary it carries
#
# maturin and zig come from PyPI into a private virtual environment (target/packaging-venv):
# zig is the linker that targets the old glibc, so no manylinux container is needed.
# Other targets: docs/release.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MATURIN_VERSION=1.16.0
ZIGLANG_VERSION=0.15.2
venv=target/packaging-venv

if [ ! -x "$venv/bin/maturin" ] || ! "$venv/bin/maturin" --version | grep -q " $MATURIN_VERSION\$" \
  || ! "$venv/bin/python" -c "import ziglang" 2>/dev/null; then
  echo "== python venv with maturin $MATURIN_VERSION and ziglang $ZIGLANG_VERSION ($venv)"
  python3 -m venv "$venv"
  for attempt in 1 2 3; do
    if "$venv/bin/pip" install --quiet --disable-pip-version-check \
      "maturin==$MATURIN_VERSION" "ziglang==$ZIGLANG_VERSION"; then
      break
    fi
    [ "$attempt" -lt 3 ] || { echo "could not install maturin and ziglang from PyPI" >&2; exit 1; }
    sleep 10
  done
fi

echo "== maturin build --release --zig --compatibility manylinux2014"
rm -f target/wheels/copydesk-*.whl
# maturin runs `python -m ziglang`: the venv's python must come first on PATH.
PATH="$PWD/$venv/bin:$PATH" maturin build --release --locked --zig \
  --compatibility manylinux2014 --target x86_64-unknown-linux-gnu --out target/wheels
wheel=$(ls target/wheels/copydesk-*.whl)
ls -l "$wheel"
# The binary the wheel carries, for the platform .vsix (scripts/build-vsix.sh target/wheels/copydesk).
python3 - "$wheel" target/wheels/copydesk <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    [member] = [name for name in wheel.namelist() if name.endswith(".data/scripts/copydesk")]
    with open(sys.argv[2], "wb") as out:
        out.write(wheel.read(member))
os.chmod(sys.argv[2], 0o755)
PY
