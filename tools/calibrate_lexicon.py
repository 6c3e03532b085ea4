"""Per-entry evidence for the loaded-language lexicon from the PTC tune part (development tool).

For every bundled entry whose category is compared with Loaded_Language or Name_Calling,Labeling
(:data:`biaslab.evaluation.ptc.CATEGORY_TECHNIQUE`), count its matches in the articles of the *tune*
part of the Propaganda Techniques Corpus (Da San Martino et al. 2019; split by
:func:`biaslab.evaluation.split_of`) and how many of them overlap an annotated span of those two
techniques. Prints one CSV row per entry with enough evidence (at least ``--min-uses`` matches in at
least ``--min-articles`` articles): uses, articles, annotated, rate, the current strength and the
calibrated one, a shrinkage estimate that keeps the curator's strength as a prior worth
``--prior-weight`` uses::

    calibrated = round((annotated + prior_weight * strength) / (uses + prior_weight), 1)

The curator applies the result to ``src/biaslab/data/loaded_terms.csv`` by hand and notes the
evidence in the row's rationale ("annotated in 1 of 18 uses") and source; such rows are marked
"calibrated" in the output (their strength is no longer the curator's prior). Only the tune part is ever
read here; the report part is for published figures. Needs the corpus at a path (never copied into
the repository)::

    python tools/calibrate_lexicon.py ../shared/devdata/ptc > /tmp/calibration.csv
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict

from biaslab.evaluation.ptc import CATEGORY_TECHNIQUE, LOADED_TECHNIQUES, read_ptc
from biaslab.lexicon import Lexicon, find_loaded_terms


def evidence(path: str) -> dict[str, list]:
    """term -> [uses, annotated, set of article ids], over the tune part."""
    stats: dict[str, list] = defaultdict(lambda: [0, 0, set()])
    for article in read_ptc(path, split="tune"):
        gold = article.gold(LOADED_TECHNIQUES)
        for t in find_loaded_terms(article.text):
            s = stats[t.term]
            s[0] += 1
            s[1] += any(a < t.end and t.start < b for a, b in gold)
            s[2].add(article.id)
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PTC folder (articles/ and labels.tsv)")
    parser.add_argument("--min-uses", type=int, default=8)
    parser.add_argument("--min-articles", type=int, default=4)
    parser.add_argument("--prior-weight", type=float, default=2.0)
    args = parser.parse_args(argv)
    stats = evidence(args.path)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["term", "category", "uses", "articles", "annotated", "rate", "strength", "calibrated", "done"])
    for e in Lexicon.default():
        if CATEGORY_TECHNIQUE.get(e.category) not in LOADED_TECHNIQUES:
            continue
        uses, hits, articles = stats.get(e.term, [0, 0, set()])
        if uses < args.min_uses or len(articles) < args.min_articles:
            continue
        calibrated = round((hits + args.prior_weight * e.strength) / (uses + args.prior_weight), 1)
        done = "calibrated on PTC tune" in e.source
        out.writerow([e.term, e.category, uses, len(articles), hits, f"{hits / uses:.2f}", e.strength,
                      e.strength if done else calibrated, "calibrated" if done else ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
