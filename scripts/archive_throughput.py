#!/usr/bin/env python3
"""Archive-scale throughput of `copydesk check`: words per second, and per core.

Copies the clean corpus (wikinews-2019, 171 articles) `--copies` times into a temporary
directory (the x20 copy is 3,420 files, 1.35 million words), then runs
`copydesk check --format jsonl DIR > /dev/null` `--runs` times with all cores and with
`--jobs 1`, and reports the median wall time, the CPU time the process used (user + sys,
from the kernel's accounting of the child), words per second of wall time, and words per
CPU-second: what one core does, whatever else shares the machine.

Usage: scripts/archive_throughput.py [--binary target/release/copydesk] [--copies 20]
       [--runs 5] [--shared DIR]
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keystrokes import shared_directory  # noqa: E402  (sibling script)
from server_footprint import ROOT  # noqa: E402


def build_archive(articles, copies, directory):
    """`copies` copies of every article, in per-copy subdirectories; returns the word count."""
    words = 0
    for copy in range(copies):
        target = directory / f"copy-{copy:03}"
        target.mkdir()
        for article in articles:
            shutil.copyfile(article, target / article.name)
            if copy == 0:
                words += len(article.read_text(encoding="utf-8").split())
    return words * copies


def timed_run(command):
    """Wall seconds and CPU seconds (user + sys) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} exited {completed.returncode}: {completed.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "copydesk"))
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shared", help="the shared directory holding corpus/")
    arguments = parser.parse_args()

    articles = sorted((shared_directory(arguments.shared) / "corpus" / "wikinews-2019" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="copydesk-archive-") as temporary:
        archive = Path(temporary)
        words = build_archive(articles, arguments.copies, archive)
        files = len(articles) * arguments.copies
        print(f"archive: {files} files, {words} words ({arguments.copies} x wikinews-2019); "
              f"{os.cpu_count()} cores")
        for label, extra in [("all cores", []), ("--jobs 1", ["--jobs", "1"])]:
            command = [arguments.binary, "check", "--format", "jsonl", *extra, str(archive)]
            timed_run(command)  # Warm the page cache.
            runs = [timed_run(command) for _ in range(arguments.runs)]
            wall = statistics.median(run[0] for run in runs)
            cpu = statistics.median(run[1] for run in runs)
            print(f"{label:>9}: median wall {wall * 1000:.0f} ms, CPU {cpu * 1000:.0f} ms; "
                  f"{words / wall:,.0f} words/s, {words / cpu:,.0f} words per CPU-second (per core)")


if __name__ == "__main__":
    sys.exit(main())
