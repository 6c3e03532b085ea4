"""``biaslab evaluate polnear|ptc|newsmtsc PATH [--split …] [--out FILE.json] [--errors FILE.jsonl]
[--workers N]``: run one evaluation, print biaslab's figures next to the baseline's, and write the same
numbers as JSON (``--out``) and one JSON line per error for development (``--errors``; keep such files
outside the repository: they quote third-party text).

The default split is the report part (``dev`` for PolNeAR, ``report`` for PTC and NewsMTSC): the one for
published figures. Develop on ``--split train`` / ``--split tune``.
"""
from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..corpus import InputError
from .report import format_table
from .splits import SPLIT_CHOICES

__all__ = ["CORPORA", "DEFAULT_SPLIT", "SPLITS_OF", "evaluate", "run_evaluate_command"]

#: The corpora ``biaslab evaluate`` reads.
CORPORA = ("polnear", "ptc", "newsmtsc")
#: The splits each corpus accepts; PolNeAR brings its own, the others are split by article key.
SPLITS_OF = {"polnear": ("train", "dev"), "ptc": SPLIT_CHOICES, "newsmtsc": SPLIT_CHOICES}
#: The report part of each corpus, the default.
DEFAULT_SPLIT = {"polnear": "dev", "ptc": "report", "newsmtsc": "report"}


def evaluate(corpus: str, path: str | Path, *, split: str | None = None, workers: int = 1):
    """Run the evaluation of ``corpus`` on ``path``; returns its result object (with ``to_dict()`` and
    ``errors``). :class:`~biaslab.corpus.InputError` for an unknown corpus or split, or an unreadable corpus."""
    if corpus not in CORPORA:
        raise InputError(f"unknown corpus {corpus!r} (expected one of: {', '.join(CORPORA)})")
    split = split or DEFAULT_SPLIT[corpus]
    if split not in SPLITS_OF[corpus]:
        raise InputError(f"unknown split {split!r} for {corpus} (expected one of: {', '.join(SPLITS_OF[corpus])})")
    if corpus == "ptc":
        from .ptc import evaluate_ptc as run
    elif corpus == "polnear":
        from .polnear import evaluate_polnear as run
    else:
        from .newsmtsc import evaluate_newsmtsc as run
    return run(path, split=split, workers=workers)


def _write(path: str, text: str) -> None:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{target}: cannot write ({exc.strerror or exc})") from None


def run_evaluate_command(args) -> int:
    """The ``evaluate`` subcommand (arguments from :mod:`biaslab.cli`)."""
    from ..lexicon import Lexicon

    result = evaluate(args.corpus, args.path, split=args.split, workers=args.workers)
    data = {**result.to_dict(), "biaslab_version": __version__, "lexicon_version": Lexicon.default().version}
    if args.out:
        _write(args.out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    if args.errors:
        _write(args.errors, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in result.errors))
    print(format_table(data))
    return 0
