#!/usr/bin/env python3
"""What `copydesk check` costs, whole process, for several binaries in one run.

For each case (a label, a format and the paths to check) runs every binary in turn, the
binaries interleaved so a busy machine weighs on all alike, and reports the median wall
time and the median CPU time (user + system of the process and its threads) over --runs
runs. CPU time is the figure to compare on a shared machine; wall time includes what the
scheduler gave to others.

Usage: scripts/check_costs.py --binary NAME=PATH [--binary NAME=PATH ...] [--runs 7]
       --case LABEL FORMAT PATH [PATH ...] [--case ...]

Derived figures (printed when the cases are present):
- per suggested word: (case "slips/human" - case "slips/jsonl") / --suggested words;
- per 1k-word draft: (case "1k xN/jsonl" - case "1k x1/jsonl") / (--drafts - 1), the
  N drafts all different (identical copies would be flattered by any memory kept across
  drafts).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(binary, output_format, paths):
    started = time.monotonic()
    process = subprocess.Popen([binary, "check", "--format", output_format, *paths],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", action="append", required=True, help="NAME=PATH")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--suggested", type=int, default=0, help="words the slips case suggests for")
    parser.add_argument("--drafts", type=int, default=0, help="drafts the \"1k xN\" case checks")
    parser.add_argument("--case", nargs="+", action="append", required=True, metavar="LABEL FORMAT PATH")
    arguments = parser.parse_args()
    binaries = [entry.split("=", 1) for entry in arguments.binary]
    results = {}
    for label, output_format, *paths in arguments.case:
        samples = {name: ([], []) for name, _ in binaries}
        for _ in range(arguments.runs):
            for name, path in binaries:
                wall, cpu = run_once(path, output_format, paths)
                samples[name][0].append(wall)
                samples[name][1].append(cpu)
        for name, (walls, cpus) in samples.items():
            results[(f"{label}/{output_format}", name)] = (statistics.median(walls), statistics.median(cpus))
            print(f"{label}/{output_format:6} {name:10} wall {statistics.median(walls) * 1000:8.1f} ms   "
                  f"CPU {statistics.median(cpus) * 1000:8.1f} ms")
    for name, _ in binaries:
        human, jsonl = results.get(("slips/human", name)), results.get(("slips/jsonl", name))
        if human and jsonl and arguments.suggested:
            print(f"{name}: suggestions per word (CPU) "
                  f"{(human[1] - jsonl[1]) * 1000 / arguments.suggested:.3f} ms")
        many, one = results.get(("1k xN/jsonl", name)), results.get(("1k x1/jsonl", name))
        if many and one and arguments.drafts > 1:
            print(f"{name}: one 1k-word draft (CPU) {(many[1] - one[1]) * 1000 / (arguments.drafts - 1):.3f} ms")


if __name__ == "__main__":
    sys.exit(main())
