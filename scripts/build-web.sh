#!/usr/bin/env bash
# Builds copydesk for the browser: the engine as WebAssembly (feature `wasm`, no server or
# CLI), its wasm-bindgen glue, and the static page in web/dist/ (CodeMirror 6, esbuild).
#
#   bash scripts/build-web.sh                 -> web/dist/ (serve it: python3 -m http.server -d web/dist)
#   COPYDESK_WASM_OPT=1 bash scripts/build-web.sh   also shrinks the .wasm with wasm-opt -Oz
#                                                   (npm `binaryen`, about 100 MB, into web/.tools)
#
# Installs what it needs when missing: the wasm32 target, and wasm-bindgen-cli at exactly
# the version of the wasm-bindgen crate in Cargo.lock (the glue and the crate must agree).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=wasm32-unknown-unknown
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || { echo "wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" != "$bindgen_version" ]; then
  echo "== cargo install wasm-bindgen-cli $bindgen_version"
  # Not --locked: the CLI's own lock file pins crates that conflict with this toolchain.
  for attempt in 1 2 3; do
    cargo install wasm-bindgen-cli --version "$bindgen_version" --force && break
    [ "$attempt" -lt 3 ] || { echo "could not install wasm-bindgen-cli $bindgen_version" >&2; exit 1; }
    sleep 10
  done
fi

features=(--no-default-features --features wasm)
echo "== cargo clippy --target $target ${features[*]}"
cargo clippy --lib --locked --target "$target" "${features[@]}" -- -D warnings

echo "== cargo rustc (cdylib, profile wasm-release)"
# The cdylib crate type only for this build: a native `cargo build` does not link one.
cargo rustc --lib --locked --target "$target" "${features[@]}" --profile wasm-release --crate-type cdylib
wasm="${CARGO_TARGET_DIR:-target}/$target/wasm-release/copydesk.wasm"

echo "== wasm-bindgen --target web"
rm -rf web/pkg
wasm-bindgen --target web --out-dir web/pkg "$wasm"

if [ "${COPYDESK_WASM_OPT:-0}" = 1 ]; then
  if [ ! -x web/.tools/node_modules/.bin/wasm-opt ]; then
    echo "== npm install binaryen (web/.tools)"
    npm install --prefix web/.tools --no-save --no-audit --no-fund binaryen@132.0.0
  fi
  echo "== wasm-opt -Oz"
  web/.tools/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    web/pkg/copydesk_bg.wasm -o web/pkg/copydesk_bg.opt.wasm
  mv web/pkg/copydesk_bg.opt.wasm web/pkg/copydesk_bg.wasm
fi

echo "== web: npm ci, typecheck, bundle"
cd web
for attempt in 1 2 3; do
  npm ci --no-audit --no-fund && break
  [ "$attempt" -lt 3 ] || { echo "npm ci failed in web/" >&2; exit 1; }
  sleep 10
done
npm run typecheck
rm -rf dist
npm run build
raw=$(stat -c %s dist/copydesk_bg.wasm)
gzipped=$(gzip -9 -c dist/copydesk_bg.wasm | wc -c)
echo "copydesk_bg.wasm: $raw bytes, $gzipped gzipped (wasm-opt: ${COPYDESK_WASM_OPT:-0})"
