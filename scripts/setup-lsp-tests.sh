#!/usr/bin/env bash
# Installs the client the protocol tests (tests/lsp, run by tests/it/pytest_lsp.rs from
# `cargo test`) drive copydesk with: a venv at target/lsp-tests-venv holding pytest-lsp and
# its pinned companions (tests/lsp/requirements.txt). Run once; .ci/run runs it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv=target/lsp-tests-venv
requirements=tests/lsp/requirements.txt
# Reuse a venv that already holds exactly these requirements.
if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$venv/requirements.txt"; then
  exit 0
fi
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
  echo "== apt-get install python3-venv"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$venv/requirements.txt"
"$venv/bin/python" -m pytest --version
