#!/usr/bin/env bash
# The browser test (web/test/browser.test.mjs): Debian's Chromium, headless, drives the page
# built by scripts/build-web.sh, and the page's findings are compared with the CLI's.
#
#   bash scripts/build-web.sh && bash scripts/test-web.sh
#
# Installs Debian's chromium when missing (nothing downloads a browser of its own).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x /usr/lib/chromium/chromium ]; then
  echo "== apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  # A mirror can fail for a moment: try three times before giving up.
  for attempt in 1 2 3; do
    if apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
      break
    fi
    [ "$attempt" -lt 3 ] || { echo "could not install chromium" >&2; exit 1; }
    sleep 10
  done
fi
# The binary itself: the /usr/bin/chromium wrapper warns "unexpected operator" where
# /dev/shm is mounted twice (web/test/browser.test.mjs says why).
/usr/lib/chromium/chromium --version

echo "== cargo clippy and test --features wasm (the binding and its unit tests, natively)"
cargo clippy --locked --lib --tests --features wasm -- -D warnings
cargo test --locked --lib --features wasm wasm::

echo "== cargo build (the CLI the page is compared with)"
cargo build --locked --bin copydesk

echo "== node --test web/test (headless chromium)"
cli=$(realpath "${CARGO_TARGET_DIR:-target}/debug/copydesk")
cd web
COPYDESK_BIN="$cli" node --test --test-reporter=spec test/
