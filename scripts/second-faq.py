#!/usr/bin/env python3
"""A second FAQ for the engine's any-knowledge mode, made from the built-in knowledge: each topic keeps its
title, text and nothing else (no intent, names, keywords, alternate questions), and is asked its own
alternate questions — paraphrases the engine has never seen — as a plain FAQ would be. Prints the share
answered with the right topic and the share whose top topic is right (declines aside).

Use it beside ../shared/eval/foreign/run.py to check that a retrieval change is not fitted to one FAQ.

usage (from the project root, after a release build):
  python3 scripts/second-faq.py [--cmd .build/release/career-advisor] [--knowledge Knowledge] [--keep DIR]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import tempfile


def build(source, target):
    """Writes the plain FAQ into `target`; returns the tests: (question, expected topic id)."""
    tests = []
    for path in sorted(glob.glob(os.path.join(source, "*.md"))):
        parts = open(path, encoding="utf-8").read().split("---", 2)
        if len(parts) < 3:
            continue
        front, body = parts[1], parts[2]
        topic = re.search(r"^id: (.*)$", front, re.M).group(1).strip()
        title = re.search(r"^title: (.*)$", front, re.M).group(1).strip().strip('"')
        listed = re.search(r"^questions:\n((?:  - .*\n)+)", front, re.M)
        for line in listed.group(1).splitlines() if listed else []:
            tests.append((line[4:].strip().strip('"'), topic))
        with open(os.path.join(target, topic + ".md"), "w", encoding="utf-8") as out:
            out.write(f'---\nid: {topic}\ntitle: {json.dumps(title)}\norigin: article\n---\n{body.strip()}\n')
    return tests


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=".build/release/career-advisor")
    ap.add_argument("--knowledge", default="Knowledge")
    ap.add_argument("--keep", help="write the FAQ here (and keep it) instead of a temporary folder")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        target = a.keep or scratch
        os.makedirs(target, exist_ok=True)
        tests = build(a.knowledge, target)
        questions = "".join(q.replace("\n", " ") + "\n" for q, _ in tests)
        run = subprocess.run([a.cmd, "--knowledge", target, "--format", "json", "--no-context"],
                             input=questions.encode(), capture_output=True, check=True)
    right = top = 0
    for (_, expected), line in zip(tests, run.stdout.decode().splitlines()):
        answer = json.loads(line)
        first = answer["sources"][0] if answer["understood"] and answer["sources"] else None
        right += first == expected
        if first is None:
            for note in answer["why"]:
                found = re.search(r"best passage '([^']+)'", note)
                first = found.group(1) if found else first
        top += first == expected
    print(f"second FAQ: {len(tests)} paraphrases of {len(glob.glob(os.path.join(a.knowledge, '*.md')))} topics")
    print(f"  answered with the right topic  {right / len(tests):.1%}")
    print(f"  top topic right (declines aside) {top / len(tests):.1%}")


if __name__ == "__main__":
    main()
