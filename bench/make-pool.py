#!/usr/bin/env python3
"""Generates a pool of overlapping articles for --pair auto, with the gold pairing known by construction.

usage: bench/make-pool.py OUT_DIR N [--dev ../shared/data/dev] [--seed 1] [--lonely 0.02]

Every document is made of slices of the dev articles: a slice is a run of consecutive gold beads
of one article (so the Hindi and the English slice translate each other, noise lines included:
a null bead inside the run comes along). A document is 1-3 slices of different articles, the same
slices in the same order on both sides. Most documents (60 %) are made from an earlier one the
way a crawl repeats a story: a slice grown or shrunk by a bead or two at either end (an update, a
syndicated copy with another ending), a slice of another article added before or after (a
follow-up that repeats the background), a slice dropped or replaced. So many documents share
paragraphs with many others.

Lonely articles (a share --lonely of N on each side, default 0.02) have no partner in the pool:
they are cut from articles kept out of the paired documents (Hindi-only and English-only articles
from different ones), so no other document holds their content.

Writes OUT_DIR/hi/*.txt and OUT_DIR/en/*.txt with unrelated names (a hash), and
OUT_DIR/gold.tsv: hi, en, group (an unpaired article has an empty partner). Documents whose
aligned content is identical (the same gold pair beads, in the same order; noise may differ: 1 %
of the documents are exact copies of an earlier one, and a new document is otherwise drawn again
while its content exists) share a group: any pairing inside a group is as right as the gold one (score with bench/score-pool.py).
N documents give 2N files plus the lonely ones. Deterministic for a seed.
"""
import hashlib
import os
import random
import re
import sys

BEAD = re.compile(r"^\[([0-9, ]*)\]:\[([0-9, ]*)\]$")


def units(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


def beads(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = BEAD.match(line)
            idx = lambda s: [int(x) for x in s.split(",") if x.strip()]
            out.append((idx(m.group(1)), idx(m.group(2))))
    return out


def load(dev):
    arts = []
    for n in sorted(os.listdir(os.path.join(dev, "gold"))):
        hi, en, gold = units(os.path.join(dev, "hi", n)), units(os.path.join(dev, "en", n)), beads(os.path.join(dev, "gold", n))
        arts.append((hi, en, gold))
    return arts


def arg(name, default, cast):
    return cast(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, n = sys.argv[1], int(sys.argv[2])
    here = os.path.dirname(os.path.abspath(__file__))
    dev = arg("--dev", os.path.join(here, "..", "..", "shared", "data", "dev"), str)
    seed = arg("--seed", 1, int)
    lonely_share = arg("--lonely", 0.02, float)
    rng = random.Random(seed)
    arts = load(dev)
    order = list(range(len(arts)))
    rng.shuffle(order)
    lonely_hi, lonely_en, paired = order[:2], order[2:4], order[4:]

    def slice_of(a, length=None):
        g = arts[a][2]
        k = len(g)
        length = length or rng.randint(2, max(2, min(k, 8)))
        length = min(length, k)
        start = rng.randint(0, k - length)
        return (a, start, start + length)

    def pair_beads(spec):
        return sum(1 for a, s, e in spec for h, en in arts[a][2][s:e] if h and en)

    def fresh():
        while True:
            k = rng.choices([1, 2, 3], [0.25, 0.45, 0.30])[0]
            chosen = rng.sample(paired, k)
            spec = tuple(slice_of(a) for a in chosen)
            if pair_beads(spec) >= 2:
                return spec

    def mutate(spec):
        spec = list(spec)
        op = rng.choice(["grow", "shrink", "add", "drop", "replace"])
        i = rng.randrange(len(spec))
        a, s, e = spec[i]
        k = len(arts[a][2])
        d = rng.randint(1, 2)
        if op == "grow":
            spec[i] = (a, max(0, s - d), e) if rng.random() < 0.5 else (a, s, min(k, e + d))
        elif op == "shrink" and e - s > d + 1:
            spec[i] = (a, s + d, e) if rng.random() < 0.5 else (a, s, e - d)
        elif op == "add" and len(spec) < 4:
            others = [x for x in paired if x not in {t[0] for t in spec}]
            new = slice_of(rng.choice(others), rng.randint(2, 4))
            spec.insert(0 if rng.random() < 0.5 else len(spec), new)
        elif op == "drop" and len(spec) > 1:
            del spec[i]
        else:
            others = [x for x in paired if x not in {t[0] for t in spec}]
            spec[i] = slice_of(rng.choice(others))
        return tuple(spec)

    def content(spec):
        key = []
        for a, s, e in spec:
            key.extend((a, j) for j in range(s, e) if arts[a][2][j][0] and arts[a][2][j][1])
        return tuple(key)

    # A new document's aligned content is drawn again (up to 20 times) while another document
    # already has it, so identical content stays rare: what remains is reported as ambiguous.
    docs, seen = [], set()
    while len(docs) < n:
        if docs and rng.random() < 0.01:
            docs.append(rng.choice(docs))  # an exact copy (a syndicated story): truly ambiguous
            continue
        for _ in range(20):
            spec = mutate(rng.choice(docs)) if docs and rng.random() < 0.6 else fresh()
            if pair_beads(spec) >= 2 and content(spec) not in seen:
                break
        if pair_beads(spec) >= 2:
            docs.append(spec)
            seen.add(content(spec))

    def text(spec, side):
        lines = []
        for a, s, e in spec:
            for bead in arts[a][2][s:e]:
                lines.extend(arts[a][side][u] for u in bead[side])
        return "\n\n".join(lines) + "\n"

    def name(tag, i):
        return hashlib.sha256(f"{seed}:{tag}:{i}".encode()).hexdigest()[:12] + ".txt"

    os.makedirs(os.path.join(out, "hi"), exist_ok=True)
    os.makedirs(os.path.join(out, "en"), exist_ok=True)
    groups = {}
    with open(os.path.join(out, "gold.tsv"), "w", encoding="utf-8") as g:
        g.write("hi\ten\tgroup\n")
        for i, spec in enumerate(docs):
            h, e = name("h", i), name("e", i)
            with open(os.path.join(out, "hi", h), "w", encoding="utf-8") as f:
                f.write(text(spec, 0))
            with open(os.path.join(out, "en", e), "w", encoding="utf-8") as f:
                f.write(text(spec, 1))
            group = groups.setdefault(content(spec), len(groups))
            g.write(f"{h}\t{e}\t{group}\n")
        lonely = max(1, round(n * lonely_share)) if lonely_share > 0 else 0
        for side, pool, tag in ((0, lonely_hi, "lh"), (1, lonely_en, "le")):
            for i in range(lonely):
                spec = (slice_of(rng.choice(pool)),)
                while not text(spec, side).strip():
                    spec = (slice_of(rng.choice(pool)),)
                nm = name(tag, i)
                with open(os.path.join(out, "hi" if side == 0 else "en", nm), "w", encoding="utf-8") as f:
                    f.write(text(spec, side))
                g.write(f"{nm}\t\t\n" if side == 0 else f"\t{nm}\t\n")


if __name__ == "__main__":
    main()
