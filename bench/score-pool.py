#!/usr/bin/env python3
"""Scores a --pair auto pairing against the gold of bench/make-pool.py.

usage: bench/score-pool.py GOLD_TSV PAIRS_TSV [--errors N]

GOLD_TSV: hi, en, group (bench/make-pool.py); PAIRS_TSV: the --pairs file (hi, en, score; paths,
compared by file name; a row with an empty side is an unpaired article).

Documents whose aligned content is identical share a group; a gold pair whose group holds more
than one document is truly ambiguous: pairing it with any English article of its group is as
right as the gold pair. Those pairs are reported on their own line and left out of precision
(a proposed pair inside such a group) and recall (a gold pair of such a group). Precision: right
pairs among the proposed ones; recall: gold pairs found; lonely articles (no partner by
construction) left unpaired or wrongly paired are counted too (a wrong pairing of one lowers
precision).
"""
import os
import sys


def rows(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            yield [os.path.basename(c) for c in cols[:2]] + cols[2:]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    show = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    gold, group, size, lonely = {}, {}, {}, set()
    for h, e, g, *_ in rows(sys.argv[1]):
        if h and e:
            gold[h] = e
            group[h] = group[e] = g
            size[g] = size.get(g, 0) + 1
        else:
            lonely.add(h or e)
    ambiguous = lambda d: d in group and size[group[d]] > 1
    proposed = [(h, e) for h, e, *_ in rows(sys.argv[2]) if h and e]
    right = wrong = inside = 0
    errors = []
    for h, e in proposed:
        if ambiguous(h) and group.get(e) == group[h]:
            inside += 1
        elif gold.get(h) == e:
            right += 1
        else:
            wrong += 1
            errors.append((h, e, gold.get(h, "(lonely)")))
    found = {h for h, e in proposed if gold.get(h) == e}
    clear = [h for h in gold if not ambiguous(h)]
    recall = sum(1 for h in clear if h in found) / max(1, len(clear))
    precision = right / max(1, right + wrong)
    paired_docs = {d for p in proposed for d in p}
    amb = [h for h in gold if ambiguous(h)]
    print(f"precision {precision:.4f} ({right}/{right + wrong})  recall {recall:.4f} "
          f"({sum(1 for h in clear if h in found)}/{len(clear)})")
    print(f"truly ambiguous gold pairs: {len(amb)} in {len({group[h] for h in amb})} groups; "
          f"{inside} proposed pairs inside their group")
    print(f"lonely articles: {len(lonely)}, left unpaired {sum(1 for d in lonely if d not in paired_docs)}")
    for h, e, g in errors[:show]:
        print(f"wrong: {h} -> {e} (gold {g})")


if __name__ == "__main__":
    main()
