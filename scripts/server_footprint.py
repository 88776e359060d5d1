#!/usr/bin/env python3
"""The language server's footprint on a long draft: peak memory and keystroke latency.

Starts `copydesk lsp`, opens a draft built like the benches' (the fixture drafts repeated
to N words), waits for its diagnostics, then types keystrokes mid-document and times each
from didChange to the publishDiagnostics of that version. Reports the process's peak
resident memory (VmHWM from /proc/<pid>/status) after all that.

Usage: scripts/server_footprint.py [--binary target/release/copydesk] [--words 100000]
       [--keystrokes 20] [--language plaintext|markdown] [--draft FILE]
"""

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fixture_unit(language):
    """The fixture drafts of one language as one repeatable unit (as benches/support/drafts.rs)."""
    wanted = {".md", ".txt"} if language == "markdown" else {".txt"}
    paths = sorted(
        p for p in (ROOT / "fixtures").rglob("*")
        if p.is_file() and p.suffix in wanted and not p.name[0].isupper()
    )
    unit = ""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n") and "\n---\n" in text[4:]:
            text = text[4:][text[4:].index("\n---\n") + 5:]
        unit += text.rstrip() + "\n\n"
    return unit


def draft_of_words(language, words):
    unit = fixture_unit(language)
    unit_words = max(1, len(unit.split()))
    return unit * max(1, -(-words // unit_words))


class Server:
    def __init__(self, binary, log=None):
        """`log`: a file the server's log (stderr) goes to, at info level; none by default."""
        env = dict(os.environ)
        env.setdefault("RUST_LOG", "copydesk=info" if log else "copydesk=warn")
        stderr = open(log, "wb") if log else subprocess.DEVNULL
        self.process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=stderr, env=env)
        self.incoming = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self.incoming.put(json.loads(stream.read(length)))

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            message = self.incoming.get(timeout=max(0.0, deadline - time.monotonic()))
            if predicate(message):
                return message

    def wait_diagnostics(self, uri, version):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") == version)

    def peak_memory_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=10)


def position_of(text, offset):
    """LSP position (UTF-16 columns) of a character offset."""
    before = text[:offset]
    line = before.count("\n")
    column_text = before[before.rfind("\n") + 1:]
    return {"line": line, "character": len(column_text.encode("utf-16-le")) // 2}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "copydesk"))
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--keystrokes", type=int, default=20)
    parser.add_argument("--language", choices=["plaintext", "markdown"], default="plaintext")
    parser.add_argument("--draft", help="repeat this file to --words instead of the fixtures")
    arguments = parser.parse_args()

    if arguments.draft:
        unit = Path(arguments.draft).read_text(encoding="utf-8").rstrip() + "\n\n"
        text = unit * max(1, -(-arguments.words // max(1, len(unit.split()))))
    else:
        text = draft_of_words(arguments.language, arguments.words)
    server = Server(arguments.binary)
    baseline_kib = None
    try:
        server.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
        server.notify("initialized", {})
        baseline_kib = server.peak_memory_kib()
        uri = "file:///bench/draft.txt"
        started = time.monotonic()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": arguments.language, "version": 1, "text": text}})
        opened = server.wait_diagnostics(uri, 1)
        open_seconds = time.monotonic() - started
        open_peak_kib = server.peak_memory_kib()

        # Keystrokes mid-document, each waiting for its own diagnostics (no debounce).
        middle = text.index("\n\n", len(text) // 2)
        latencies = []
        for version in range(2, 2 + arguments.keystrokes):
            position = position_of(text, middle)
            started = time.monotonic()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": position, "end": position}, "text": "s"}]})
            server.wait_diagnostics(uri, version)
            latencies.append(time.monotonic() - started)
            text = text[:middle] + "s" + text[middle:]
            middle += 1
        peak_kib = server.peak_memory_kib()
    finally:
        try:
            server.stop()
        except Exception:  # The figures matter more than a clean exit.
            server.process.kill()

    print(f"draft: {len(text.split())} words, {len(text.encode('utf-8'))} bytes, {arguments.language}")
    print(f"diagnostics on open: {len(opened['params']['diagnostics'])} in {open_seconds * 1000:.1f} ms")
    print(f"keystroke to diagnostics: median {statistics.median(latencies) * 1000:.1f} ms, "
          f"min {min(latencies) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms over {len(latencies)}")
    print(f"peak memory (VmHWM): {open_peak_kib / 1024:.1f} MiB with the draft open and diagnosed, "
          f"{peak_kib / 1024:.1f} MiB after the keystrokes (after initialize: {baseline_kib / 1024:.1f} MiB)")


if __name__ == "__main__":
    sys.exit(main())
