#!/usr/bin/env python3
"""Prints line coverage per target of Sources/ from `swift test --enable-code-coverage`'s JSON export.

usage: coverage-summary.py CODECOV.json   (the path `swift test --show-codecov-path` prints)
"""
import collections
import json
import sys

data = json.load(open(sys.argv[1]))
totals = collections.defaultdict(lambda: [0, 0])
for entry in data["data"][0]["files"]:
    name = entry["filename"]
    if "/Sources/" not in name or "/.build" in name or name.endswith("EmbeddedKnowledge.swift"):
        continue
    target = name.split("/Sources/")[1].split("/")[0]
    lines = entry["summary"]["lines"]
    totals[target][0] += lines["covered"]
    totals[target][1] += lines["count"]
covered = count = 0
for target, (hit, lines) in sorted(totals.items()):
    print(f"{target:20} {hit:6}/{lines:<6} {100 * hit / lines:5.1f}%")
    covered, count = covered + hit, count + lines
print(f"{'total':20} {covered:6}/{count:<6} {100 * covered / max(count, 1):5.1f}%")
