#!/usr/bin/env python3
"""Generates a synthetic batch corpus from the repository's samples and the dev material.

usage: bench/make-corpus.py OUT_DIR N [--dev ../shared/data/dev] [--seed 1]

Writes OUT_DIR/hi/NNNNNN.txt, OUT_DIR/en/NNNNNN.txt and OUT_DIR/manifest.tsv (id, hi, en) with N
article pairs. Each pair is one of the source pairs, varied deterministically so documents differ:
a paragraph may be dropped from one side (a lost block), a noise line added (a footer, a caption),
and numbers in the text shifted, so no two generated documents are identical.
"""
import os
import random
import re
import sys


def units(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


def sources(root, dev):
    pairs = []
    samples = os.path.join(root, "samples")
    for d in sorted(os.listdir(samples)):
        pairs.append((units(os.path.join(samples, d, "hi.txt")), units(os.path.join(samples, d, "en.txt"))))
    pairs.append((units(os.path.join(root, "seeds", "000_92b70e2d4c997702.txt")),
                  units(os.path.join(root, "seeds", "003_fe1a0f1f72c2912e.txt"))))
    if dev and os.path.isdir(dev):
        for n in sorted(os.listdir(os.path.join(dev, "hi"))):
            pairs.append((units(os.path.join(dev, "hi", n)), units(os.path.join(dev, "en", n))))
    return pairs


HI_NOISE = ["यह भी पढ़ें: ताज़ा खबरें", "हमारे साथ फेसबुक पर जुड़ें", "फोटो: फाइल"]
EN_NOISE = ["Subscribe to our newsletter", "Photo: File", "Read more: latest news"]


def vary(lines, rng, k, noise):
    lines = list(lines)
    if len(lines) > 3 and rng.random() < 0.2:
        del lines[rng.randrange(1, len(lines))]
    if rng.random() < 0.3:
        lines.insert(rng.randrange(0, len(lines) + 1), rng.choice(noise))
    shift = lambda m: str(int(m.group(0)) + k)
    return [re.sub(r"(?<![\d,.])\d{1,3}(?![\d,.])", shift, l) if i == 0 else l for i, l in enumerate(lines)]


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    dev = sys.argv[sys.argv.index("--dev") + 1] if "--dev" in sys.argv else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "dev")
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    src = sources(root, dev)
    rng = random.Random(seed)
    os.makedirs(os.path.join(out, "hi"), exist_ok=True)
    os.makedirs(os.path.join(out, "en"), exist_ok=True)
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as m:
        m.write("id\thi\ten\n")
        for i in range(n):
            hi, en = src[i % len(src)]
            k = i // len(src)
            name = "%06d.txt" % i
            with open(os.path.join(out, "hi", name), "w", encoding="utf-8") as f:
                f.write("\n\n".join(vary(hi, rng, k, HI_NOISE)) + "\n")
            with open(os.path.join(out, "en", name), "w", encoding="utf-8") as f:
                f.write("\n\n".join(vary(en, rng, k, EN_NOISE)) + "\n")
            m.write("%06d\thi/%s\ten/%s\n" % (i, name, name))


if __name__ == "__main__":
    main()
