"""Feature extraction for training tone toward an actor (development only; see tools/train_tone.py).

For every NewsMTSC target of one split, exactly as ``biaslab evaluate newsmtsc`` sees it: the
sentence analysed with every target declared as an actor, the target mapped to its actor by
:func:`biaslab.evaluation.newsmtsc._actor_for`, and for each mention of that actor the feature
values of :func:`biaslab.actors.tone_features.mention_features` (the run-time function).
Corpus text is read from its path at run time and never written anywhere; the cache (``--cache``)
holds only feature names and values, article keys and labels.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from biaslab.actors.tone_features import feature_values, mention_features
from biaslab.clauses import parse
from biaslab.evaluation.common import analyze_exact, parallel_map
from biaslab.evaluation.newsmtsc import _actor_for, article_key, read_newsmtsc


@dataclass(frozen=True)
class TargetRow:
    """One target: its ``group`` (article key), gold ``label``, and one feature dict per mention of its
    actor (empty when no actor mention overlaps the target: predicted neutral, like the evaluation)."""

    group: str
    label: str
    mentions: tuple[dict, ...]


def mention_rows(analysis, actor) -> list[dict]:
    """The feature values of each mention of ``actor`` in ``analysis`` (a second parse of the text, the
    same as the analysis's own: development only)."""
    parsed = parse(analysis.text, analysis.sentences)
    out = []
    for m in actor.mentions:
        sent = parsed.sentence_at(m.start)
        toks = sent.tokens
        i = next(k for k, t in enumerate(toks) if t.start == m.start)
        j = next(k for k, t in enumerate(toks) if t.end == m.end) + 1
        out.append(feature_values(mention_features(sent, i, j, in_quote=m.in_quote)))
    return out


def _rows(item) -> list[TargetRow]:
    analysis = analyze_exact(item.text, where=f"line {item.line}", actors={t.mention: [] for t in item.targets})
    out = []
    for t in item.targets:
        actor = _actor_for(analysis, t)
        out.append(TargetRow(article_key(item.gid), t.label,
                             tuple(mention_rows(analysis, actor)) if actor is not None else ()))
    return out


def extract(path: str | Path, *, split: str = "tune", workers: int = 2, cache: Path | None = None) -> list[TargetRow]:
    """The :class:`TargetRow` of every target of ``split``, read from ``cache`` when it exists."""
    if split == "report":
        raise SystemExit("tone is never trained or inspected on the report part")
    if cache is not None and cache.is_file():
        with open(cache, "rb") as f:
            return pickle.load(f)
    items = read_newsmtsc(path, split=split)
    rows = [r for rs in parallel_map(partial(_rows), items, workers=workers, chunksize=16) for r in rs]
    if cache is not None:
        with open(cache, "wb") as f:
            pickle.dump(rows, f)
    return rows
