#!/usr/bin/env python3
"""A second FAQ for the engine's any-knowledge mode, made from the built-in knowledge: each topic keeps its
title, text and nothing else (no intent, names, keywords, alternate questions), and is asked its own
alternate questions — paraphrases the engine has never seen — as a plain FAQ would be. Prints the share
answered with the right topic and the share whose top topic is right (declines aside). With --leave-out N,
every N-th topic is left out of the FAQ and its paraphrases must be declined (a question the FAQ lacks, in
the FAQ's own subject: what StackFAQ's held-out threads measure).

Use it beside ../shared/eval/foreign/run.py to check that a retrieval change is not fitted to one FAQ.

usage (from the project root, after a release build):
  python3 scripts/second-faq.py [--cmd .build/release/career-advisor] [--knowledge Knowledge] [--keep DIR]
        [--leave-out N]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import tempfile


def build(source, target, leave_out=0):
    """Writes the plain FAQ into `target`; returns the tests: (question, expected topic id, or None for a
    topic left out: every `leave_out`-th, when above 0)."""
    tests = []
    for number, path in enumerate(sorted(glob.glob(os.path.join(source, "*.md")))):
        parts = open(path, encoding="utf-8").read().split("---", 2)
        if len(parts) < 3:
            continue
        front, body = parts[1], parts[2]
        topic = re.search(r"^id: (.*)$", front, re.M).group(1).strip()
        title = re.search(r"^title: (.*)$", front, re.M).group(1).strip().strip('"')
        listed = re.search(r"^questions:\n((?:  - .*\n)+)", front, re.M)
        left_out = leave_out > 0 and number % leave_out == leave_out - 1
        for line in listed.group(1).splitlines() if listed else []:
            tests.append((line[4:].strip().strip('"'), None if left_out else topic))
        if left_out:
            continue
        with open(os.path.join(target, topic + ".md"), "w", encoding="utf-8") as out:
            out.write(f'---\nid: {topic}\ntitle: {json.dumps(title)}\norigin: article\n---\n{body.strip()}\n')
    return tests


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=".build/release/career-advisor")
    ap.add_argument("--knowledge", default="Knowledge")
    ap.add_argument("--keep", help="write the FAQ here (and keep it) instead of a temporary folder")
    ap.add_argument("--leave-out", type=int, default=0, metavar="N",
                    help="leave every N-th topic out: its paraphrases must be declined")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        target = a.keep or scratch
        os.makedirs(target, exist_ok=True)
        tests = build(a.knowledge, target, a.leave_out)
        topics = len(glob.glob(os.path.join(target, "*.md")))
        questions = "".join(q.replace("\n", " ") + "\n" for q, _ in tests)
        run = subprocess.run([a.cmd, "--knowledge", target, "--format", "json", "--no-context"],
                             input=questions.encode(), capture_output=True, check=True)
    right = top = declined = 0
    for (_, expected), line in zip(tests, run.stdout.decode().splitlines()):
        answer = json.loads(line)
        if expected is None:
            declined += not answer["understood"]
            continue
        first = answer["sources"][0] if answer["understood"] and answer["sources"] else None
        right += first == expected
        if first is None:
            for note in answer["why"]:
                found = re.search(r"best passage '([^']+)'", note)
                first = found.group(1) if found else first
        top += first == expected
    asked = sum(expected is not None for _, expected in tests)
    lacking = len(tests) - asked
    print(f"second FAQ: {asked} paraphrases of {topics} topics")
    print(f"  answered with the right topic  {right / asked:.1%}")
    print(f"  top topic right (declines aside) {top / asked:.1%}")
    if lacking:
        print(f"  {lacking} paraphrases of {len(glob.glob(os.path.join(a.knowledge, '*.md'))) - topics} topics left out, declined {declined / lacking:.1%}")


if __name__ == "__main__":
    main()
