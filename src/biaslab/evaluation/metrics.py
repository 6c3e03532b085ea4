"""Agreement measures: precision, recall and F1 of spans, the SemEval-2020 character measure, accuracy,
macro-F1 and the confusion matrix.

Spans are ``(start, end)`` character offsets, end exclusive, ``0 <= start <= end``. Two spans
*overlap* when they share at least one character (``a.start < b.end and b.start < a.end``); an empty
span (``start == end``) overlaps nothing.

Span matching by overlap (:func:`overlap_scores`)
-------------------------------------------------
A predicted span is correct (``tp``) if it overlaps some gold span, else wrong (``fp``); a gold span is
found (``tp_gold``) if some prediction overlaps it, else missed (``fn``). Precision =
``tp / (tp + fp)``, recall = ``tp_gold / (tp_gold + fn)``. One prediction may find several gold spans
and several predictions one gold span, so ``tp`` and ``tp_gold`` may differ; they are kept apart rather
than forced into a one-to-one alignment. This is the lenient ("partial" / "overlap") matching of
span-level evaluations such as the MUC and SemEval NER schemes: it asks "did the tool point at the
annotated words?", not "did it draw the same boundaries?".

SemEval-2020 Task 11 span measure (:func:`char_overlap_scores`)
---------------------------------------------------------------
The measure of Da San Martino et al. (2019, "Fine-Grained Analysis of Propaganda in News Articles",
EMNLP-IJCNLP, in its section on evaluation measures), used for span identification in SemEval-2020 Task 11, gives
partial credit by characters. With ``S`` the predicted and ``T`` the gold spans of a document
(techniques ignored), ``|x|`` a span's length and ``|s ∩ t|`` the characters two spans share::

    P(S, T) = 1/|S| · Σ_{s∈S} Σ_{t∈T} |s ∩ t| / |s|
    R(S, T) = 1/|T| · Σ_{s∈S} Σ_{t∈T} |s ∩ t| / |t|
    F1 = 2PR / (P + R)

Over a corpus, spans are paired only within their own document, and the two double sums and the two
counts are added over documents before dividing (``predicted`` = Σ|S|, ``gold`` = Σ|T|). Spans of one
set that overlap each other are first merged into their union (``merge=True``, the default), as in the
SemEval-2020 span-identification setting where the spans of all techniques form one set of fragments:
otherwise a character covered twice would be credited twice and P or R could exceed 1. Implemented here
from that published definition.

Conventions
-----------
A ratio whose denominator is 0 is 0.0 (no predictions: precision 0.0; no gold: recall 0.0; P + R = 0:
F1 0.0), as scikit-learn's ``zero_division=0``; the counts are always reported next to the ratios, so
an empty case is visible. Every result adds with ``+`` (counts and sums are added), which is how
per-document results become corpus results, in document order, so a parallel run gives the same floats
as a serial one.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from ..segmentation import SpanIndex

__all__ = [
    "Span", "PRF", "Accuracy", "CharOverlap", "Confusion",
    "check_spans", "overlaps", "gaps", "merge_spans", "match_spans", "overlap_scores", "char_overlap_scores", "confusion", "macro_f1",
]

Span = tuple[int, int]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts behind them.

    ``tp``: predictions counted correct; ``fp``: predictions counted wrong; ``fn``: gold items not found;
    ``tp_gold``: gold items found (``None`` at construction means "same as ``tp``", the one-to-one case of
    a classifier). ``precision`` = tp / (tp + fp), ``recall`` = tp_gold / (tp_gold + fn), ``f1`` their
    harmonic mean; each in [0, 1], 0.0 when undefined (see the module docstring).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_gold: int | None = None

    def __post_init__(self):
        if self.tp_gold is None:
            object.__setattr__(self, "tp_gold", self.tp)
        if min(self.tp, self.fp, self.fn, self.tp_gold) < 0:
            raise ValueError(f"negative count in {self!r}")

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def gold(self) -> int:
        return self.tp_gold + self.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp_gold, self.tp_gold + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: PRF) -> PRF:
        if not isinstance(other, PRF):
            return NotImplemented
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tp_gold + other.tp_gold)

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "tp_gold": self.tp_gold,
                "predicted": self.predicted, "gold": self.gold}


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` of ``total`` items; ``value`` = correct / total in [0, 1] (0.0 when total is 0)."""

    correct: int = 0
    total: int = 0

    def __post_init__(self):
        if not 0 <= self.correct <= self.total:
            raise ValueError(f"need 0 <= correct <= total, got {self.correct} of {self.total}")

    @property
    def value(self) -> float:
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        if not isinstance(other, Accuracy):
            return NotImplemented
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict:
        return {"value": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True)
class CharOverlap:
    """The SemEval-2020 Task 11 span measure (see the module docstring).

    ``p_sum`` = Σ_s Σ_t |s∩t|/|s| (0 ≤ p_sum ≤ predicted), ``r_sum`` = Σ_s Σ_t |s∩t|/|t|
    (0 ≤ r_sum ≤ gold), ``predicted`` = number of predicted spans, ``gold`` = number of gold spans
    (after merging). ``precision`` = p_sum / predicted, ``recall`` = r_sum / gold, ``f1``; in [0, 1].
    """

    p_sum: float = 0.0
    r_sum: float = 0.0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.p_sum, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.r_sum, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: CharOverlap) -> CharOverlap:
        if not isinstance(other, CharOverlap):
            return NotImplemented
        return CharOverlap(self.p_sum + other.p_sum, self.r_sum + other.r_sum,
                           self.predicted + other.predicted, self.gold + other.gold)

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "p_sum": self.p_sum, "r_sum": self.r_sum, "predicted": self.predicted, "gold": self.gold}


def check_spans(spans: Iterable[Sequence[int]], *, what: str = "span") -> list[Span]:
    """``spans`` as a list of ``(start, end)`` int pairs; ValueError for a span that is not
    ``0 <= start <= end`` integers."""
    out = []
    for span in spans:
        try:
            a, b = span
        except (TypeError, ValueError):
            raise ValueError(f"{what} {span!r} is not a (start, end) pair") from None
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a <= b):
            raise ValueError(f"{what} {span!r}: need integers 0 <= start <= end")
        out.append((a, b))
    return out


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1] and a[0] < a[1] and b[0] < b[1]


def _index(spans: list[Span]) -> SpanIndex:
    return SpanIndex((s for s in spans if s[0] < s[1]), start=itemgetter(0), end=itemgetter(1))


def match_spans(predicted: Iterable[Sequence[int]], gold: Iterable[Sequence[int]]
                ) -> tuple[list[bool], list[bool]]:
    """``(correct, found)``: for each predicted span whether it overlaps a gold span, for each gold span
    whether a prediction overlaps it (in input order). O((n + m) log(n + m)) plus the overlaps."""
    pred, gold = check_spans(predicted, what="predicted span"), check_spans(gold, what="gold span")
    g_index, p_index = _index(gold), _index(pred)
    return ([a < b and bool(g_index.overlapping(a, b)) for a, b in pred],
            [a < b and bool(p_index.overlapping(a, b)) for a, b in gold])


def overlap_scores(predicted: Iterable[Sequence[int]], gold: Iterable[Sequence[int]]) -> PRF:
    """Span precision/recall/F1 by overlap (see the module docstring). Identical spans count once per
    occurrence; pass a set to count each distinct span once."""
    correct, found = match_spans(predicted, gold)
    tp, tp_gold = sum(correct), sum(found)
    return PRF(tp=tp, fp=len(correct) - tp, fn=len(found) - tp_gold, tp_gold=tp_gold)


def gaps(start: int, end: int, spans: Iterable[Sequence[int]]) -> list[Span]:
    """The parts of ``[start, end)`` that no span of ``spans`` covers, in order."""
    out, pos = [], start
    for a, b in merge_spans(spans):
        if b <= pos or a >= end:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        out.append((pos, end))
    return out


def merge_spans(spans: Iterable[Sequence[int]]) -> list[Span]:
    """Spans that overlap merged into their union, sorted; empty spans dropped. Spans that only touch
    (one ends where the next starts) share no character and stay apart."""
    out: list[Span] = []
    for a, b in sorted(s for s in check_spans(spans) if s[0] < s[1]):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def char_overlap_scores(predicted: Iterable[Sequence[int]], gold: Iterable[Sequence[int]], *,
                        merge: bool = True) -> CharOverlap:
    """The SemEval-2020 Task 11 span measure for one document (add results over documents).

    With ``merge=True`` (default) overlapping spans within each set are merged first and empty spans
    dropped; with ``merge=False`` spans are taken as given (empty spans still contribute nothing and
    are not counted).
    """
    if merge:
        pred, gold = merge_spans(predicted), merge_spans(gold)
    else:
        pred = [s for s in check_spans(predicted) if s[0] < s[1]]
        gold = [s for s in check_spans(gold) if s[0] < s[1]]
    g_index = _index(gold)
    p_sum = r_sum = 0.0
    for a, b in pred:
        for c, d in g_index.overlapping(a, b):
            shared = min(b, d) - max(a, c)
            p_sum += shared / (b - a)
            r_sum += shared / (d - c)
    return CharOverlap(p_sum, r_sum, len(pred), len(gold))


@dataclass(frozen=True)
class Confusion:
    """A confusion matrix: ``counts[i][j]`` = items whose gold label is ``labels[i]`` and predicted label
    ``labels[j]`` (rows gold, columns predicted; counts ≥ 0)."""

    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def __post_init__(self):
        n = len(self.labels)
        if len(set(self.labels)) != n or len(self.counts) != n or any(len(r) != n for r in self.counts):
            raise ValueError("a confusion matrix needs distinct labels and a square table of counts")

    @property
    def total(self) -> int:
        return sum(map(sum, self.counts))

    @property
    def accuracy(self) -> Accuracy:
        return Accuracy(sum(self.counts[i][i] for i in range(len(self.labels))), self.total)

    def per_class(self) -> dict[str, PRF]:
        """One-vs-rest precision/recall/F1 of each label."""
        out = {}
        for i, label in enumerate(self.labels):
            tp = self.counts[i][i]
            predicted = sum(row[i] for row in self.counts)
            out[label] = PRF(tp=tp, fp=predicted - tp, fn=sum(self.counts[i]) - tp)
        return out

    @property
    def macro_f1(self) -> float:
        """The unweighted mean of the labels' F1 (every label counts, also one never predicted)."""
        return macro_f1(self.per_class().values())

    def __add__(self, other: Confusion) -> Confusion:
        if not isinstance(other, Confusion):
            return NotImplemented
        if other.labels != self.labels:
            raise ValueError("cannot add confusion matrices with different labels")
        return Confusion(self.labels, tuple(tuple(x + y for x, y in zip(r, s))
                                            for r, s in zip(self.counts, other.counts)))

    def to_dict(self) -> dict:
        return {"labels": list(self.labels), "rows": "gold", "columns": "predicted",
                "counts": [list(r) for r in self.counts]}


def confusion(gold: Iterable[str], predicted: Iterable[str], *, labels: Sequence[str]) -> Confusion:
    """The confusion matrix of paired ``gold`` and ``predicted`` labels over ``labels`` (in that order);
    ValueError for unequal lengths or a label not in ``labels``."""
    labels = tuple(labels)
    pos = {label: i for i, label in enumerate(labels)}
    table = [[0] * len(labels) for _ in labels]
    gold, predicted = list(gold), list(predicted)
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    for g, p in zip(gold, predicted):
        for x in (g, p):
            if x not in pos:
                raise ValueError(f"unknown label {x!r} (expected one of: {', '.join(labels)})")
        table[pos[g]][pos[p]] += 1
    return Confusion(labels, tuple(map(tuple, table)))


def macro_f1(scores: Iterable[PRF]) -> float:
    """The unweighted mean F1 of per-class scores (0.0 for none)."""
    f1s = [s.f1 for s in scores]
    return sum(f1s) / len(f1s) if f1s else 0.0
