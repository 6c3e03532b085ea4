"""The simple baselines each evaluation runs next to biaslab, in the same command on the same texts.

A figure means little without the one a naive method reaches on the same data. Each baseline is what
anyone writes in a minute, deliberately without biaslab's rules:

* **loaded terms** (:func:`vader_terms`): every word whose lower-case form is in the VADER lexicon
  (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
  Text", ICWSM; the lexicon file shipped by the ``vaderSentiment`` package) with ``|valence| >=``
  :data:`VADER_LOADED_VALENCE`. A word is a run of letters (VADER's lexicon has no entry with an
  apostrophe or a hyphen other than emoticons and "can't stand").
* **quotations and speakers** (:func:`mark_quotes`): paired double marks (“…”, "…", and the ``''…''``
  of some wire copy) within one paragraph; the speaker is the capitalised word run nearest to the
  quotation, outside every quotation, in the quotation's sentence or the sentence before. The first word
  of a sentence is not counted as capitalised (it is capitalised by position), so "The" never is a
  speaker, and "Jane Roe said" at a sentence start gives "Roe". No reporting verbs, no pronouns.
* **tone** (:func:`sentence_vader`): the VADER compound score of the whole sentence, the same for
  every target in it.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..quotes import Quote
from ..resources import vader
from ..segmentation import paragraphs, sentences
from .metrics import Span, gaps

__all__ = ["VADER_LOADED_VALENCE", "vader_terms", "mark_quotes", "sentence_vader"]

#: |valence| at or above which a VADER-lexicon word counts as loaded. VADER valences run from -4 to +4
#: (mean of ten raters); 1.5 keeps words that raters found clearly, not mildly, positive or negative
#: ("good" 1.9, "bad" -2.5, "ok" 0.9 is left out). The value named in issue 13 for this baseline.
VADER_LOADED_VALENCE = 1.5

_LETTERS = re.compile(r"[^\W\d_]+")
#: Paired double marks within one paragraph: curly, straight, and two apostrophes as in some wire copy.
_DOUBLE_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"|''(?:(?!'')[^\n])*''")
#: A capitalised word (letters, internal apostrophes, hyphens or periods: O'Neill, Jean-Luc, U.S.).
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
#: What may join two capitalised words into one run: spaces only.
_RUN_GAP = re.compile(r"[ \t]+")


def vader_terms(text: str, *, threshold: float = VADER_LOADED_VALENCE) -> list[Span]:
    """``(start, end)`` of every word whose lower-case form has ``|valence| >= threshold`` in VADER's lexicon."""
    lexicon = vader().lexicon
    return [(m.start(), m.end()) for m in _LETTERS.finditer(text)
            if abs(lexicon.get(m.group().lower(), 0.0)) >= threshold]


def sentence_vader(sentence: str) -> float:
    """VADER's compound score (−1…1) of the whole sentence."""
    return vader().polarity_scores(sentence)["compound"]


def _runs(text: str, start: int, end: int, firsts: set[int]) -> list[Span]:
    """Runs of capitalised words in ``text[start:end]`` ("Mr. Jane Roe"); a sentence's first word does
    not count; a run's final period, apostrophe or hyphen is not part of it ("Obama." -> "Obama")."""
    runs: list[list[int]] = []
    for m in _CAPITALISED.finditer(text, start, end):
        a, b = m.span()
        if a in firsts:
            continue
        if runs and _RUN_GAP.fullmatch(text, runs[-1][1], a):
            runs[-1][1] = b
        else:
            runs.append([a, b])
    return [(a, a + len(text[a:b].rstrip(".'’-"))) for a, b in runs]


def mark_quotes(text: str) -> list[Quote]:
    """The quotation baseline: paired double marks, speaker by nearest capitalised run (see the module
    docstring). Returns :class:`~biaslab.quotes.Quote` objects of kind ``"direct"`` with
    ``speaker_resolution="phrase"`` (or no speaker), so they are scored exactly like biaslab's."""
    found = [m.span() for m in _DOUBLE_QUOTED.finditer(text)]
    if not found:
        return []
    sents = sentences(text, paras=paragraphs(text))
    if not sents:  # marks and nothing else
        return [Quote(a, b, text[a:b], a + _mark(text, a), b - _mark(text, a), "direct") for a, b in found]
    starts = [s.start for s in sents]
    firsts = set()
    for s in sents:
        lead = re.match(r"[\W_]*", s.text)
        firsts.add(s.start + lead.end())
    out = []
    for a, b in found:
        mark = _mark(text, a)
        k = max(bisect_right(starts, a) - 1, 0)
        lo, hi = sents[max(k - 1, 0)].start, sents[k].end
        for j in range(k, len(sents)):  # a quotation may end in a later sentence
            if sents[j].start < b:
                hi = max(hi, sents[j].end)
        candidates = []
        for lo_, hi_ in gaps(lo, hi, found):
            candidates += _runs(text, lo_, hi_, firsts)
        speaker = min(candidates, key=lambda r: (_distance(r, (a, b)), r[0]), default=None)
        out.append(Quote(a, b, text[a:b], a + mark, b - mark, "direct",
                         text[speaker[0]:speaker[1]] if speaker else None,
                         speaker[0] if speaker else None, speaker[1] if speaker else None,
                         "phrase" if speaker else None))
    return out


def _mark(text: str, start: int) -> int:
    """Length of the opening mark at ``start``: 2 for ``''``, else 1."""
    return 2 if text.startswith("''", start) else 1


def _distance(run: Span, quote: Span) -> int:
    return quote[0] - run[1] if run[1] <= quote[0] else run[0] - quote[1]
