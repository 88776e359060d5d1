#!/usr/bin/env python3
"""Keystroke to diagnostics through the real server: a scripted stdio client.

Starts `copydesk lsp`, opens one large draft, then types one-character inserts spread
evenly through it. After each insert it waits for the publishDiagnostics of that very
version before typing the next (no debounce, nothing coalesced), so every latency is one
full keystroke -> fresh underlines round trip, JSON and pipe included.

The default draft is every article of the clean corpus (wikinews-2019) plus the seed story,
concatenated: about 68,000 words of real copy. `--words N` repeats or cuts that text to N
words (10,000 and 100,000 are the issue's sizes).

Reports: open -> first diagnostics; median and p90 keystroke -> diagnostics; the CPU time
the server spent per keystroke (all its threads, from /proc/<pid>/task/*/schedstat, in
nanoseconds): on a machine shared with other work the wall-clock latency includes time
the scheduler gave to others, the CPU time does not; the server's resident memory (VmRSS,
and the peak VmHWM) from /proc right after the keystrokes, and again after a second at
rest (the server hands freed memory back when it has been idle for half a second).

--at says where the keystrokes land: `word` (the default) appends an "s" to a word
spread through the draft, inside the sentence; `paragraph-start` types an "S" at the start
of paragraphs spread through the draft, which changes the paragraph's first, capitalised
word (how a name reads, whether a sentence starts with one).

With --each, also lists every keystroke (latency, server CPU, the word the "s" was
appended to), slowest last: a keystroke that changes how a name reads (in or beside a
name) has the cast clustered again, and those make the tail.

With --archive DIR, the draft is opened in a workspace whose project file names DIR as the
newsroom's memory (`memory = ["DIR/**/*.md"]`): the keystrokes start once the server logs
that the memory is indexed, and the report adds the index time (the server's own log line:
one background thread) and the resident memory before the draft opened. Run it with and
without --archive (scripts/newsroom_archive.py writes a synthetic archive) to compare.

Usage: scripts/keystrokes.py [--binary target/release/copydesk] [--words N]
       [--keystrokes 100] [--at word|paragraph-start] [--language plaintext|markdown]
       [--shared DIR] [--each] [--archive DIR] [--log FILE]
"""

import re
import tempfile

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server_footprint import ROOT, Server, position_of  # noqa: E402  (sibling script)


# How long the writer pauses before the resident memory is read again.
REST_SECONDS = 1.0


def shared_directory(explicit):
    """../shared beside the repository (or beside the worktree's parent), or --shared."""
    candidates = [Path(explicit)] if explicit else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for candidate in candidates:
        if (candidate / "corpus" / "wikinews-2019").is_dir():
            return candidate
    sys.exit(f"cannot find the shared corpus in {', '.join(map(str, candidates))}; pass --shared DIR")


def corpus_draft(shared):
    """Every corpus article, then the seed story, as one draft (articles separated by blank lines)."""
    paths = sorted((shared / "corpus" / "wikinews-2019" / "articles").glob("*.txt"))
    paths += sorted((shared / "seed").glob("*.txt"))
    return "".join(path.read_text(encoding="utf-8").strip() + "\n\n" for path in paths)


def resize(text, words):
    """Repeat `text` until it has `words` words, then cut it at the paragraph after that."""
    unit_words = max(1, len(text.split()))
    text = text * max(1, -(-words // unit_words))
    cut, counted = 0, 0
    for paragraph in text.split("\n\n"):
        if counted >= words:
            break
        counted += len(paragraph.split())
        cut += len(paragraph) + 2
    return text[:cut]


def spread_offsets(text, count):
    """`count` insertion points spread through the text, each just after a word."""
    offsets = []
    for index in range(1, count + 1):
        at = len(text) * index // (count + 1)
        while at < len(text) and not (text[at].isspace() and at > 0 and text[at - 1].isalnum()):
            at += 1
        offsets.append(min(at, len(text)))
    return offsets


def paragraph_starts(text, count):
    """`count` paragraph starts spread through the text (the first paragraph's, and those
    after a blank line)."""
    starts = [0] + [index + 2 for index in range(len(text) - 1) if text[index:index + 2] == "\n\n"]
    starts = [start for start in starts if start < len(text) and not text[start].isspace()]
    if not starts:
        return []
    return [starts[len(starts) * index // count] for index in range(count)] if count <= len(starts) else starts


def memory_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    """CPU time used so far by every thread of the process, from schedstat (nanoseconds)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):  # A thread that just ended.
            pass
    return total / 1e9


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def wait_for_index(log, timeout=300):
    """Waits for the server's "newsroom memory: indexed" log line; returns (stories, wall
    ms, CPU ms of the indexing thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(r"newsroom memory: indexed.*?stories=(\d+).*?elapsed_ms=(\d+).*?cpu_ms=(\d+)", Path(log).read_text(errors="replace"))
        if found:
            return int(found.group(1)), int(found.group(2)), int(found.group(3))
        time.sleep(0.05)
    sys.exit("the server never logged that the memory was indexed")


def type_keystrokes(server, uri, text, count, at="word"):
    """Types `count` one-character inserts spread through `text` (after words, or at
    paragraph starts); returns their latencies and the server's CPU time for each."""
    latencies, cpu_times, words = [], [], []
    pid = server.process.pid
    offsets = spread_offsets(text, count) if at == "word" else paragraph_starts(text, count)
    key = "s" if at == "word" else "S"
    # Inserting shifts later offsets by one; keep them in step with the text.
    for typed, offset in enumerate(offsets):
        offset += typed
        version = 2 + typed
        position = position_of(text, offset)
        started, cpu_before = time.monotonic(), cpu_seconds(pid)
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": position, "end": position}, "text": key}]})
        server.wait_diagnostics(uri, version)
        latencies.append(time.monotonic() - started)
        cpu_times.append(cpu_seconds(pid) - cpu_before)
        if at == "word":
            words.append(text[:offset].rsplit(None, 1)[-1] if text[:offset].strip() else "")
        else:
            words.append(text[offset:].split(None, 1)[0] if text[offset:].strip() else "")
        text = text[:offset] + key + text[offset:]
    return latencies, cpu_times, words


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "copydesk"))
    parser.add_argument("--words", type=int, help="repeat or cut the corpus draft to this many words")
    parser.add_argument("--keystrokes", type=int, default=100)
    parser.add_argument("--at", choices=["word", "paragraph-start"], default="word",
                        help="after a word inside a sentence, or at the start of a paragraph")
    parser.add_argument("--language", choices=["plaintext", "markdown"], default="plaintext")
    parser.add_argument("--shared", help="the shared directory holding corpus/ and seed/")
    parser.add_argument("--each", action="store_true", help="list every keystroke, slowest last")
    parser.add_argument("--archive", help="a folder of stories for the newsroom's memory")
    parser.add_argument("--log", help="keep the server's log (info level, or RUST_LOG) in this file")
    arguments = parser.parse_args()

    text = corpus_draft(shared_directory(arguments.shared))
    if arguments.words:
        text = resize(text, arguments.words)
    workspace = tempfile.TemporaryDirectory(prefix="copydesk-keystrokes-")
    root = Path(workspace.name)
    log = Path(arguments.log).resolve() if arguments.log else root / "server.log" if arguments.archive else None
    if arguments.archive:
        archive = Path(arguments.archive).resolve()
        (root / ".copydesk.toml").write_text(f'memory = ["{archive}/**/*.md"]\n', encoding="utf-8")
    server = Server(arguments.binary, log=log)
    indexed = None
    try:
        root_uri = root.as_uri() if arguments.archive else None
        server.request("initialize", {"processId": os.getpid(), "rootUri": root_uri, "capabilities": {}})
        server.notify("initialized", {})
        if log:
            indexed = wait_for_index(log)
            indexed_kib = memory_kib(server.process.pid, "VmRSS")
        uri = (root / "draft.txt").as_uri() if arguments.archive else "file:///keystrokes/draft.txt"
        started, cpu_before = time.monotonic(), cpu_seconds(server.process.pid)
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": arguments.language, "version": 1, "text": text}})
        opened = server.wait_diagnostics(uri, 1)
        open_seconds = time.monotonic() - started
        open_cpu = cpu_seconds(server.process.pid) - cpu_before
        latencies, cpu_times, words = type_keystrokes(server, uri, text, arguments.keystrokes, arguments.at)
        resident_kib = memory_kib(server.process.pid, "VmRSS")
        peak_kib = memory_kib(server.process.pid, "VmHWM")
        # The writer pauses: the server hands freed memory back after half a second idle.
        time.sleep(REST_SECONDS)
        resting_kib = memory_kib(server.process.pid, "VmRSS")
    finally:
        try:
            server.stop()
        except Exception:  # The figures matter more than a clean exit.
            server.process.kill()
        workspace.cleanup()

    if indexed:
        print(f"memory: {indexed[0]} stories indexed in {indexed[1]} ms (indexing thread CPU {indexed[2]} ms); "
              f"server resident {indexed_kib / 1024:.1f} MiB once indexed, before the draft opened")
    milliseconds = [latency * 1000 for latency in latencies]
    if arguments.each:
        for latency, cpu, word in sorted(zip(milliseconds, cpu_times, words)):
            where = "after" if arguments.at == "word" else "before"
            print(f"{latency:8.2f} ms  (server CPU {cpu * 1000:6.2f} ms)  {where} {word!r}")
    print(f"draft: {len(text.split())} words, {len(text.encode('utf-8'))} bytes, {arguments.language}, "
          f"{len(opened['params']['diagnostics'])} diagnostics")
    print(f"open to diagnostics: {open_seconds * 1000:.1f} ms (server CPU {open_cpu * 1000:.1f} ms)")
    print(f"keystroke ({arguments.at}) to diagnostics over {len(milliseconds)} keystrokes: "
          f"median {statistics.median(milliseconds):.2f} ms, p90 {percentile(milliseconds, 0.9):.2f} ms, "
          f"max {max(milliseconds):.2f} ms")
    cpu_milliseconds = [cpu * 1000 for cpu in cpu_times]
    print(f"server CPU per keystroke: median {statistics.median(cpu_milliseconds):.2f} ms, "
          f"p90 {percentile(cpu_milliseconds, 0.9):.2f} ms")
    print(f"server memory after the keystrokes: resident {resident_kib / 1024:.1f} MiB, "
          f"peak {peak_kib / 1024:.1f} MiB, resident after {REST_SECONDS:g} s at rest {resting_kib / 1024:.1f} MiB")


if __name__ == "__main__":
    sys.exit(main())
