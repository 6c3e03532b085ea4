"""Tests for the sentence-level score (biaslab.lexicon.sentences)."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biaslab.lexicon import LoadedTerm
from biaslab.lexicon.sentences import BIASED_AT, SentenceLoading, score_sentences, sentence_loading
from biaslab.segmentation import Span


def _term(start: int, strength: float, *, quoted: bool = False, category: str = "emotive") -> LoadedTerm:
    return LoadedTerm(start, start + 4, "word", "word", category, strength, "", "r", "s", in_quote=quoted)


@pytest.mark.parametrize(("strengths", "score", "biased"), [
    ([], 0.0, False),
    ([0.5], 0.5, True),
    ([0.3], 0.3, False),
    ([0.3, 0.3], 0.51, True),
    ([0.1, 0.2, 0.4], 0.568, True),
    ([1.0, 0.2], 1.0, True),
    ([0.0], 0.0, False),
])
def test_score_is_the_noisy_or_of_the_strengths(strengths, score, biased):
    loading = sentence_loading([_term(10 * k, s) for k, s in enumerate(strengths)])
    assert loading.score == pytest.approx(score)
    assert loading.biased is biased
    assert [t.strength for t in loading.terms] == strengths


def test_quoted_words_are_the_speakers_not_the_authors():
    loading = sentence_loading([_term(0, 0.8, quoted=True), _term(10, 0.3)])
    assert loading.score == 0.3
    assert [t.start for t in loading.terms] == [10]
    assert sentence_loading([_term(0, 0.9, quoted=True)]) == SentenceLoading()


def test_terms_are_given_to_the_sentence_they_start_in():
    sents = [Span(0, 20, "x" * 20), Span(21, 40, "y" * 19), Span(41, 50, "z" * 9)]
    terms = [_term(25, 0.4), _term(2, 0.5), _term(18, 0.2), _term(30, 0.5)]  # 18..22 crosses a boundary
    got = score_sentences(sents, terms)
    assert [[t.start for t in g.terms] for g in got] == [[2, 18], [25, 30], []]
    assert [g.score for g in got] == [0.6, 0.7, 0.0]


def test_to_dict_names_the_evidence():
    d = sentence_loading([_term(3, 0.5, category="labeling")]).to_dict()
    assert d == {"score": 0.5, "biased": True,
                 "terms": [{"start": 3, "end": 7, "text": "word", "category": "labeling", "strength": 0.5}]}
    assert BIASED_AT == 0.5


@given(st.lists(st.floats(0.0, 1.0), max_size=8), st.floats(0.0, 1.0))
def test_score_stays_in_range_and_never_falls_when_a_term_is_added(strengths, extra):
    terms = [_term(10 * k, s) for k, s in enumerate(strengths)]
    before = sentence_loading(terms).score
    after = sentence_loading([*terms, _term(500, extra)]).score
    assert 0.0 <= before <= after <= 1.0
    assert before >= max(strengths, default=0.0) - 1e-4
    assert math.isclose(before, round(before, 4))
