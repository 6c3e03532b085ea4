"""Is this sentence biased? A score per sentence from the loaded terms in it.

Method
------
A sentence's ``score`` is the chance that at least one of its author-voice loaded terms is loaded,
taking each term's ``strength`` as its own chance and the terms as independent (a noisy-OR)::

    score = 1 - (1 - s1) * (1 - s2) * ...      (0.0 for a sentence without such terms)

Strengths are on the lexicon's one scale (0.0-1.0); entries with enough evidence are calibrated on
the PTC tune part, where the strength is close to the share of uses that expert annotators marked
as loaded language or name-calling. Every category counts: hedges, boosters and factive verbs are
epistemological bias in Recasens et al.'s (2013) sense, weak but real. Quoted speakers' words do not
count (they are the speaker's, not the author's framing); scare quotes do (the author's device).

A sentence is called *biased* at ``score >= BIASED_AT``. On the PTC tune part (3,657 sentences, 18 %
with an annotated Loaded_Language or Name_Calling,Labeling span) the score ranks sentences with
such a span above those without with ROC AUC 0.72, and ``score >= 0.5`` finds them with precision
0.50 and recall 0.53 (measured over terms of both voices, since PTC annotates quoted words too).

Limits: the score sees only lexicon terms, so a sentence biased by selection, order or omission
scores 0; independence is an assumption (two related words in one phrase count twice).

References: Recasens, Danescu-Niculescu-Mizil & Jurafsky 2013 (ACL), biased language; Da San Martino
et al. 2019 (EMNLP-IJCNLP), the PTC annotations.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..segmentation import SpanIndex
from .terms import LoadedTerm

__all__ = ["BIASED_AT", "SentenceLoading", "sentence_loading", "score_sentences"]

#: The score from which a sentence is called biased: the middle of the scale, where a single term
#: "loaded in many uses" (strength 0.5) is enough; on the PTC tune part precision and recall are
#: about equal there (0.50 / 0.53).
BIASED_AT = 0.5


@dataclass(frozen=True)
class SentenceLoading:
    """How loaded one sentence's wording is.

    ``score`` in [0, 1] (noisy-OR of the strengths of ``terms``, 4 decimals; see
    :mod:`biaslab.lexicon.sentences`); ``terms``: the author-voice loaded terms that start in the
    sentence, in text order, the evidence behind the score.
    """

    score: float = 0.0
    terms: tuple[LoadedTerm, ...] = ()

    @property
    def biased(self) -> bool:
        """Whether ``score >= BIASED_AT``."""
        return self.score >= BIASED_AT

    def to_dict(self) -> dict:
        return {"score": self.score, "biased": self.biased,
                "terms": [{"start": t.start, "end": t.end, "text": t.text, "category": t.category,
                           "strength": t.strength} for t in self.terms]}


def sentence_loading(terms: Iterable[LoadedTerm]) -> SentenceLoading:
    """The loading of a sentence whose terms are ``terms`` (quoted ones are left out)."""
    own = tuple(sorted((t for t in terms if not t.in_quote), key=lambda t: (t.start, -t.end)))
    clear = 1.0
    for t in own:
        clear *= 1.0 - t.strength
    return SentenceLoading(round(1.0 - clear, 4), own)


def score_sentences(sentences: Sequence, terms: Iterable[LoadedTerm]) -> list[SentenceLoading]:
    """One :class:`SentenceLoading` per sentence (objects with ``start`` and ``end``), from the terms
    that start inside it."""
    index = SpanIndex(terms)
    return [sentence_loading(t for t in index.overlapping(s.start, s.end) if s.start <= t.start < s.end)
            for s in sentences]
