#!/usr/bin/env bash
# CI for the copydesk VS Code extension: install, typecheck, unit tests, vsix.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci
npm run typecheck
npm test
npm run package
