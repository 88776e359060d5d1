#!/usr/bin/env bash
# Builds the platform-specific VS Code extension for Linux x86_64: the extension with the
# copydesk server inside (server/copydesk), the way rust-analyzer ships, and checks it.
#
#   bash scripts/build-vsix.sh [SERVER_BINARY]
#       -> editors/vscode/copydesk-linux-x64-<version>.vsix
#
# SERVER_BINARY defaults to a fresh `cargo build --release`; CI passes the binary from the
# manylinux2014 wheel (scripts/build-wheel.sh), which runs on older distributions too.
# The generic .vsix without a server (editors/vscode/ci.sh) is still built for other platforms.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

server=${1:-}
if [ -z "$server" ]; then
  echo "== cargo build --release"
  cargo build --release --locked --bin copydesk
  server="${CARGO_TARGET_DIR:-target}/release/copydesk"
fi
[ -x "$server" ] || { echo "not an executable server: $server" >&2; exit 1; }

extension=editors/vscode
version=$(node -p "require('./$extension/package.json').version")
vsix="copydesk-linux-x64-$version.vsix"
# The server folder is only for this package: the generic one must not carry it.
trap 'rm -rf "$extension/server"' EXIT
rm -rf "$extension/server"
mkdir -p "$extension/server"
install -m 755 "$server" "$extension/server/copydesk"
strip "$extension/server/copydesk" 2>/dev/null || true

echo "== vsce package --target linux-x64"
cd "$extension"
[ -d node_modules ] || npm ci --no-audit --no-fund
rm -f "$vsix"
npx vsce package --no-dependencies --allow-missing-repository --target linux-x64 -o "$vsix"
cd - >/dev/null

echo "== check $vsix"
scratch=$(mktemp -d)
trap 'rm -rf "$extension/server" "$scratch"' EXIT
unzip -q "$extension/$vsix" -d "$scratch"
grep -q 'TargetPlatform="linux-x64"' "$scratch/extension.vsixmanifest" \
  || { echo "$vsix is not marked for linux-x64" >&2; exit 1; }
bundled="$scratch/extension/server/copydesk"
[ -f "$bundled" ] || { echo "$vsix has no extension/server/copydesk" >&2; exit 1; }
# VS Code unpacks with the archive's modes: the server must arrive executable.
unzip -Z "$extension/$vsix" extension/server/copydesk | grep -q '^-rwx' \
  || { echo "extension/server/copydesk is not executable in $vsix" >&2; exit 1; }
"$bundled" --version
status=0
"$bundled" check fixtures/example.md >/dev/null || status=$?
[ "$status" = 1 ] || { echo "the bundled server's copydesk check exited $status, expected 1" >&2; exit 1; }
generic="$extension/copydesk-$version.vsix"
if [ -f "$generic" ] && unzip -l "$generic" | grep -q 'extension/server/'; then
  echo "the generic $generic carries a server: build it without $extension/server" >&2
  exit 1
fi
ls -l "$extension"/*.vsix
echo "vsix OK: extension/server/copydesk runs"
