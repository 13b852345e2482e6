#!/usr/bin/env python3
"""Writes two manifests over a dev-style folder (hi/, en/): its true pairs and shuffled ones.

usage: bench/dev-manifests.py DATA_DIR OUT_DIR [--seed 1]

OUT_DIR/true.tsv pairs each Hindi article with its own English one; OUT_DIR/shuffled.tsv pairs
each Hindi article with another article's English (a derangement: no article keeps its own), as a
mis-keyed manifest would. The articles are copied to OUT_DIR/hi and OUT_DIR/en (a manifest's
paths must stay inside its folder). Used to calibrate the document score
(README, "Is a document a translation?").
"""
import os
import random
import shutil
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    data, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    names = sorted(os.listdir(os.path.join(data, "hi")))
    rng = random.Random(seed)
    other = names[:]
    while any(a == b for a, b in zip(names, other)):
        rng.shuffle(other)
    for side in ("hi", "en"):
        os.makedirs(os.path.join(out, side), exist_ok=True)
        for n in names:
            shutil.copyfile(os.path.join(data, side, n), os.path.join(out, side, n))
    for file, partner in (("true.tsv", names), ("shuffled.tsv", other)):
        with open(os.path.join(out, file), "w", encoding="utf-8") as f:
            f.write("id\thi\ten\n")
            for n, p in zip(names, partner):
                f.write(f"{n}\thi/{n}\ten/{p}\n")


if __name__ == "__main__":
    main()
