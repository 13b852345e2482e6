#!/usr/bin/env python3
"""Generates the long-document pairs of bench/long-documents.sh into a folder.

usage: make-long-documents.py REPO WORK CASE
  N                 the seed pair's 12 paragraph pairs repeated (with a running number), N lines a side
  unbalanced:N:M    the same text, N Hindi lines against M English lines
  unrelated:N       N lines a side of different articles: the Hindi of the first half of the dev
                    and real-dev articles against the English of the second half, cycled
  oneline:MB        one line a side of about MB megabytes (the Hindi file): the dev articles'
                    paragraphs joined with a space, repeated, the same articles on both sides
Writes WORK/hi-CASE.txt and WORK/en-CASE.txt (':' in CASE becomes '-').
"""
import os
import sys

here, work, case = sys.argv[1], sys.argv[2], sys.argv[3]
name = case.replace(":", "-")
data = os.path.join(here, "..", "shared", "data")


def lines(path):
    with open(path, encoding="utf-8-sig") as f:
        return [l.strip() for l in f if l.strip()]


def articles(side):
    out = []
    for s in ("dev", "real-dev"):
        d = os.path.join(data, s, side)
        out += [lines(os.path.join(d, n)) for n in sorted(os.listdir(d))]
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(r + "\n" for r in rows)


def seed(n):
    hi = lines(here + "/seeds/000_92b70e2d4c997702.txt")[:12]
    en = lines(here + "/seeds/003_fe1a0f1f72c2912e.txt")
    en = [en[0]] + en[4:15]
    return [f"{hi[i % 12]} {i}" for i in range(n)], [f"{en[i % 12]} {i}" for i in range(n)]


kind, _, rest = case.partition(":")
if kind.isdigit():
    hi, en = seed(int(kind))
elif kind == "unbalanced":
    n, m = (int(x) for x in rest.split(":"))
    hi, en = seed(n)[0], seed(m)[1]
elif kind == "unrelated":
    n = int(rest)
    his, ens = articles("hi"), articles("en")
    half = len(his) // 2
    hs = [l for a in his[:half] for l in a]
    es = [l for a in ens[half:] for l in a]
    hi, en = [hs[i % len(hs)] for i in range(n)], [es[i % len(es)] for i in range(n)]
elif kind == "oneline":
    size = float(rest) * 1_000_000
    his, ens = articles("hi"), articles("en")
    h1 = " ".join(l for a in his for l in a)
    e1 = " ".join(l for a in ens for l in a)
    reps = max(1, int(size // len(h1.encode("utf-8"))))
    hi, en = [" ".join([h1] * reps)], [" ".join([e1] * reps)]
else:
    sys.exit(f"unknown case {case}")
write(os.path.join(work, f"hi-{name}.txt"), hi)
write(os.path.join(work, f"en-{name}.txt"), en)
