#!/usr/bin/env bash
# Checks the wheel from scripts/build-wheel.sh as a user would meet it: installed into a
# fresh virtual environment with no Rust on PATH, `copydesk check` and `copydesk lsp` run.
#
#   bash scripts/build-wheel.sh && bash scripts/check-wheel.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

wheels=(target/wheels/copydesk-*manylinux_2_17_x86_64*.whl)
[ -f "${wheels[0]}" ] || { echo "no manylinux2014 wheel in target/wheels: bash scripts/build-wheel.sh" >&2; exit 1; }
wheel=${wheels[0]}
echo "== $wheel ($(stat -c %s "$wheel") bytes)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"
bin="$scratch/venv/bin/copydesk"

# manylinux2014 promises glibc 2.17: no newer symbol version may be needed.
newest=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -t. -k2,2n -k3,3n | tail -n1)
echo "newest glibc symbol: $newest"
python3 - "$newest" <<'PY'
import sys
version = tuple(int(part) for part in sys.argv[1].removeprefix("GLIBC_").split("."))
sys.exit(f"needs {sys.argv[1]}, newer than manylinux2014's 2.17" if version > (2, 17) else 0)
PY

# The user's shell: the venv's bin on PATH, no cargo or rustc on it.
export PATH="$scratch/venv/bin:/usr/bin:/bin"
! command -v cargo >/dev/null || { echo "cargo is on PATH: the check would not prove anything" >&2; exit 1; }
copydesk --version

status=0
copydesk check fixtures/example.md > "$scratch/human.txt" || status=$?
[ "$status" = 1 ] || { cat "$scratch/human.txt"; echo "copydesk check exited $status, expected 1 (findings)" >&2; exit 1; }
grep -q 'garbled.sentence-break' "$scratch/human.txt"

copydesk check --format json fixtures/example.md > "$scratch/findings.json" || true
python3 - "$scratch/findings.json" fixtures/example.md.expected <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))
expected = [line for line in open(sys.argv[2]) if line.strip()]
found = [f"{f['line']}:{f['column']} {f['severity']} {f['code']}" for f in findings]
wanted = [" ".join(line.split()[:3]) for line in expected]
if found != wanted:
    sys.exit(f"the wheel's copydesk found {found}, the fixture expects {wanted}")
print(f"copydesk check --format json: {len(found)} findings, as fixtures/example.md.expected")
PY

# The language server answers initialize, then shuts down and exits cleanly: each request
# waits for its answer, as an editor's does.
python3 - <<'PY'
import json, subprocess

server = subprocess.Popen(["copydesk", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    server.stdin.flush()

def answer(request_id):
    while True:
        length = None
        while (line := server.stdout.readline().strip()):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        assert length is not None, "the server closed its output"
        message = json.loads(server.stdout.read(length))
        if message.get("id") == request_id:
            return message

send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "processId": None, "rootUri": None}})
capabilities = answer(1)["result"]["capabilities"]
assert capabilities.get("hoverProvider"), capabilities
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
assert answer(2).get("error") is None
send({"jsonrpc": "2.0", "method": "exit"})
assert server.wait(timeout=30) == 0
print("copydesk lsp: initialize answered, shutdown and exit clean")
PY
echo "wheel OK"
