"""Check that no text of the development corpora has found its way into the repository.

The corpora in ``../shared/devdata`` (PolNeAR, PTC, NewsMTSC) are third-party
text: tests, fixtures, code comments, data files, notebooks and docs must use
sentences the project writes itself. This script looks for word sequences of
length ``--n`` (default 6) that occur in the repository *and* in the corpora,
keeping only sequences that are rare in the corpora (seen in at most
``--rare`` documents: an idiom such as "told reporters at the White House"
occurs in many articles and is nobody's text), and prints them by file.

Usage (from the repository root; the corpora are read from a path, never copied)::

    python tools/check_devdata_leaks.py ../shared/devdata
    python tools/check_devdata_leaks.py ../shared/devdata --n 8 --rare 2

Exit status 1 when something was found, so it can run before a commit.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

#: Sequences that occur in the corpora and legitimately here: names of
#: organisations, and phrases any writer uses (each checked by hand).
ALLOWED = frozenset({
    "islamic state of iraq and syria",      # an organisation's name (actor_aliases.csv)
    "the u s department of defense",        # an organisation's name
    "u s department of the treasury",       # an organisation's name
    "the fight against the islamic state",  # a stock phrase of the bundled teaching texts
    "the balance of power in the",          # a stock phrase (benchmark templates)
    "told reporters at the white house",    # a stock phrase
    "in a statement adding that the",       # a stock phrase
})
#: Repository folders and files that are checked (everything the project writes).
CHECKED = ("src", "tests", "notebooks", "docs", "corpus", "benchmarks", "README.md")
_WORDS = re.compile(r"[A-Za-z0-9']+")


def grams(text: str, n: int) -> set[str]:
    words = _WORDS.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def corpus_texts(devdata: Path):
    for path in sorted(devdata.glob("polnear/*/text/*.txt")) + sorted(devdata.glob("ptc/articles/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    news = devdata / "newsmtsc" / "train.jsonl"
    if news.exists():
        for line in news.open(encoding="utf-8"):
            yield json.loads(line)["sentence_normalized"]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("devdata", type=Path)
    p.add_argument("--n", type=int, default=6, help="words in a sequence (default 6)")
    p.add_argument("--rare", type=int, default=1, help="report sequences found in at most this many documents")
    p.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    args = p.parse_args(argv)
    seen: Counter = Counter()
    for text in corpus_texts(args.devdata):
        seen.update(grams(text, args.n))
    if not seen:
        print(f"no corpus text found under {args.devdata}", file=sys.stderr)
        return 2
    found = 0
    for name in CHECKED:
        root = args.repo / name
        files = [root] if root.is_file() else sorted(f for f in root.rglob("*") if f.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix in (".png", ".pdf", ".xlsx", ".parquet", ".pyc"):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            hits = sorted(g for g in grams(text, args.n) if 0 < seen[g] <= args.rare and g not in ALLOWED)
            if hits:
                found += 1
                print(f"{path.relative_to(args.repo)}: {len(hits)} sequence(s), e.g. {'; '.join(hits[:3])}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
