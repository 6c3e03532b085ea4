"""Sentence-level sentiment with VADER and TextBlob, and document aggregates.

Method
------
Each sentence is scored by two established lexicon-based tools:

* **VADER** (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
  Sentiment Analysis of Social Media Text", ICWSM), through NLTK's
  implementation with the lexicon shipped by the ``vaderSentiment`` package
  (as :class:`biaslab.vader.Vader`: NLTK's analyzer with a cheaper word split,
  the same scores):
  ``compound`` in [-1, 1] and the proportions ``pos``, ``neu``, ``neg`` in
  [0, 1] (summing to about 1).
* **TextBlob**'s Pattern analyzer (De Smedt & Daelemans 2012, "Pattern for
  Python", JMLR 13), as :class:`biaslab.polarity.PatternSentiment`: TextBlob's
  tokens and rules computed directly, the same scores:
  ``polarity`` in [-1, 1] and ``subjectivity`` in [0, 1].

Document aggregates are built from sentence scores, never by scoring the
whole article at once: VADER's compound score is normalised with
``x / sqrt(x**2 + 15)`` and saturates towards ±1 on long texts.
A sentence counts as positive when its compound is >= 0.05 and as negative
when it is <= -0.05, the thresholds VADER's authors recommend.

Limits: both tools were built for reviews and social media. On news they
return near-neutral scores for most sentences, miss sarcasm and framing by
selection, and read "war" or "terrorists" as negative whoever uses them.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from .polarity import pattern_scorer
from .resources import vader

__all__ = ["VaderScores", "TextBlobScores", "SentimentSummary", "score_sentence", "summarize", "VADER_THRESHOLD"]

#: VADER's recommended cut-off for positive/negative (Hutto & Gilbert 2014, README).
VADER_THRESHOLD = 0.05


@dataclass(frozen=True, slots=True)
class VaderScores:
    """VADER scores: ``compound`` in [-1, 1]; ``pos``, ``neu``, ``neg`` in [0, 1]."""

    compound: float
    pos: float
    neu: float
    neg: float


@dataclass(frozen=True, slots=True)
class TextBlobScores:
    """TextBlob (Pattern) scores: ``polarity`` in [-1, 1], ``subjectivity`` in [0, 1]."""

    polarity: float
    subjectivity: float


#: One float object per score value (memory, issue 15): the scores of a long text repeat a few
#: hundred values (half of them 0.0 or 1.0), each otherwise its own 24-byte object kept by its
#: sentence. Bounded: VADER rounds its scores to 3-4 places and :func:`score_sentence` TextBlob's
#: to 4, so there are at most some 40,000 values.
_SCORE_VALUES: dict[float, float] = {}


def _shared(x: float) -> float:
    """The one object of score value ``x``. Left as they are: anything but a float (an int 0 would
    otherwise stand for 0.0, or the reverse), NaN (never equal to itself) and -0.0 (JSON writes it
    apart from 0.0)."""
    if type(x) is not float or x != x or (x == 0.0 and math.copysign(1.0, x) < 0):
        return x
    return _SCORE_VALUES.setdefault(x, x)


def score_sentence(text: str) -> tuple[VaderScores, TextBlobScores]:
    """Score one sentence with VADER and TextBlob."""
    v = vader().polarity_scores(text)
    polarity, subjectivity = pattern_scorer()(text)
    return (
        VaderScores(_shared(v["compound"]), _shared(v["pos"]), _shared(v["neu"]), _shared(v["neg"])),
        TextBlobScores(_shared(round(float(polarity), 4)), _shared(round(float(subjectivity), 4))),
    )


@dataclass(frozen=True)
class SentimentSummary:
    """Document sentiment aggregated from its sentences.

    * ``sentences``: number of sentences scored; ``words``: their word count.
    * ``vader_mean`` / ``vader_weighted``: mean VADER compound, plain and
      weighted by sentence length in words, in [-1, 1].
    * ``vader_sd``: population standard deviation of compound scores.
    * ``share_positive`` / ``share_negative`` / ``share_neutral``: share of
      sentences (0–1) with compound >= 0.05, <= -0.05, and in between.
    * ``polarity_mean`` / ``polarity_weighted`` in [-1, 1] and
      ``subjectivity_mean`` in [0, 1]: TextBlob, likewise.
    """

    sentences: int
    words: int
    vader_mean: float
    vader_weighted: float
    vader_sd: float
    share_positive: float
    share_negative: float
    share_neutral: float
    polarity_mean: float
    polarity_weighted: float
    subjectivity_mean: float

    def to_dict(self) -> dict:
        return asdict(self)


def _weighted(values: Sequence[float], weights: Sequence[int]) -> float:
    total = sum(weights)
    return sum(v * w for v, w in zip(values, weights)) / total if total else 0.0


def summarize(scores: Sequence[tuple[VaderScores, TextBlobScores]], lengths: Sequence[int]) -> SentimentSummary:
    """Aggregate per-sentence scores; ``lengths`` are sentence lengths in words."""
    n = len(scores)
    if n == 0:
        return SentimentSummary(0, 0, *([0.0] * 9))
    compound = [v.compound for v, _ in scores]
    polarity = [t.polarity for _, t in scores]
    pos = sum(c >= VADER_THRESHOLD for c in compound) / n
    neg = sum(c <= -VADER_THRESHOLD for c in compound) / n
    r = lambda x: round(x, 4)  # noqa: E731 - four decimals are beyond the tools' precision
    return SentimentSummary(
        sentences=n,
        words=sum(lengths),
        vader_mean=r(statistics.fmean(compound)),
        vader_weighted=r(_weighted(compound, lengths)),
        vader_sd=r(statistics.pstdev(compound)),
        share_positive=r(pos),
        share_negative=r(neg),
        share_neutral=r(1 - pos - neg),
        polarity_mean=r(statistics.fmean(polarity)),
        polarity_weighted=r(_weighted(polarity, lengths)),
        subjectivity_mean=r(statistics.fmean(t.subjectivity for _, t in scores)),
    )
