#!/usr/bin/env python3
"""How the engine holds up when the team's questions are asked the way people write.

Each labelled question of Tests/Evaluation/questions.tsv (small talk, profile, plan and declines aside) is
asked three ways, each a --no-context batch, and the share still read as its labelled intent is printed:

  post    wrapped in forum-post background and a closing ("I'm 27 and in marketing… <question> Thanks!")
  casual  lower case, chat openers and tails ("hm", "tho", "lol"), shorthand (ppl, u, wat, abt), 15% typos
  typos   the same with 35% of the longer words mistyped

These are the team's own questions, perturbed: a robustness check, not an estimate of accuracy on real
people's questions (for that, ../shared/eval and Tests/Evaluation/heldout). Standard library only.

  python3 scripts/robustness.py [--cmd .build/release/career-advisor] [--seeds 1 2 3] [-v]
"""
import argparse
import json
import random
import re
import subprocess

BACKGROUND = [
    "I'm 27 and I've been working in marketing for about four years.", "Long time lurker, first post here.",
    "I graduated with a degree in physics last year and I've been doing some online courses.",
    "My company just started a data team and I'm curious about moving over.",
    "I have been a backend developer for 5 years, mostly Java.", "Sorry if this has been asked before.",
    "I live in Germany but would like to work in the US someday.",
    "I did a bootcamp in web development and have been freelancing since.",
    "Honestly I'm a bit lost and overwhelmed by all the options.",
    "I've read a lot of threads here but everyone says something different.",
    "I'm a high school teacher and I love math.", "Currently doing my master's in statistics.",
]
CLOSINGS = ["Any advice would be appreciated!", "Thanks in advance.", "Thanks!", "Would love to hear your thoughts.", ""]
OPENERS = ["hm ", "ok so ", "hey, ", "quick q: ", "so ", "yo ", "honest question, ", ""]
TAILS = [" tho", " lol", " ?", " rn", "", "", " pls", ""]
SHORTHAND = [(r"\bpeople\b", "ppl"), (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bwhat\b", "wat"),
             (r"\babout\b", "abt"), (r"\bkind of\b", "kinda"), (r"\bgoing to\b", "gonna"),
             (r"\bwant to\b", "wanna"), (r"\bbecause\b", "cuz")]
SKIPPED = {"greeting", "thanks", "help", "plan", "profile", "decline"}


def questions(path):
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(parts) < 3 or parts[0].startswith("~") or parts[0] in SKIPPED:
            continue
        yield parts[0], parts[2]


def mistyped(word, rng, rate):
    if len(word) < 5 or rng.random() > rate:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:] if kind == "drop" else word[:i] + word[i] + word[i:]


def as_post(question, rng):
    question = question.rstrip()
    question = question[0].upper() + question[1:] + ("" if question.endswith("?") else "?")
    return " ".join(rng.sample(BACKGROUND, rng.choice([1, 2, 3])) + [question, rng.choice(CLOSINGS)]).strip()


def as_chat(question, rng, rate):
    text = question.lower().rstrip("?. ")
    for pattern, short in SHORTHAND:
        if rng.random() < 0.6:
            text = re.sub(pattern, short, text)
    text = " ".join(mistyped(word, rng, rate) for word in text.split())
    return rng.choice(OPENERS) + text + rng.choice(TAILS)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cmd", default=".build/release/career-advisor")
    parser.add_argument("--set", default="Tests/Evaluation/questions.tsv")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("-v", action="store_true", help="print each question read as another intent")
    args = parser.parse_args()
    labelled = list(questions(args.set))
    ways = {"post": lambda q, r: as_post(q, r), "casual": lambda q, r: as_chat(q, r, 0.15),
            "typos": lambda q, r: as_chat(q, r, 0.35)}
    for name, make in ways.items():
        shares = []
        for seed in args.seeds:
            rng = random.Random(seed)
            asked = [(intent, make(question, rng)) for intent, question in labelled]
            out = subprocess.run(args.cmd.split() + ["--format", "json", "--no-context"], capture_output=True,
                                 text=True, input="\n".join(text for _, text in asked) + "\n").stdout.splitlines()
            right = 0
            for (intent, text), line in zip(asked, out):
                read = json.loads(line)["intent"]
                right += read == intent
                if args.v and read != intent:
                    print(f"  {name}: {intent} -> {read} | {text[:140]}")
            shares.append(right / len(asked))
        figures = ", ".join(f"{share:.1%}" for share in shares)
        print(f"{name:7} {len(labelled)} questions × seeds {args.seeds}: {figures} (mean {sum(shares) / len(shares):.1%})")


if __name__ == "__main__":
    main()
