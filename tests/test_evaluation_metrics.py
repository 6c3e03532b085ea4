"""Agreement measures and splits of biaslab.evaluation: exact values on hand-computed tables."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.evaluation import (
    PRF, Accuracy, CharOverlap, Confusion, char_overlap_scores, check_spans, confusion, in_split, macro_f1,
    match_spans, merge_spans, overlap_scores, overlaps, split_of,
)


# --- splits ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, part", [
    # int(sha256(key).hexdigest()[:8], 16) % 2: odd -> report
    ("101", "tune"), ("102", "report"), ("103", "tune"), ("104", "report"),
    ("111111111", "report"), ("example_1_1", "tune"), ("example_2_1", "report"),
])
def test_split_of(key, part):
    assert split_of(key) == part
    assert in_split(key, part) and in_split(key, "all")
    assert not in_split(key, "report" if part == "tune" else "tune")


def test_split_errors():
    with pytest.raises(TypeError):
        split_of(101)
    with pytest.raises(ValueError, match="unknown split"):
        in_split("101", "dev")


# --- span overlap ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("pred, gold, counts, p, r, f", [
    # (tp, fp, fn, tp_gold)
    ([], [(0, 5)], (0, 0, 1, 0), 0.0, 0.0, 0.0),                 # no predictions
    ([(0, 5)], [], (0, 1, 0, 0), 0.0, 0.0, 0.0),                 # no gold
    ([], [], (0, 0, 0, 0), 0.0, 0.0, 0.0),                       # nothing at all
    ([(0, 5)], [(0, 5)], (1, 0, 0, 1), 1.0, 1.0, 1.0),           # exact
    ([(0, 5)], [(5, 9)], (0, 1, 1, 0), 0.0, 0.0, 0.0),           # touching is not overlapping
    ([(2, 3)], [(0, 10)], (1, 0, 0, 1), 1.0, 1.0, 1.0),          # nested
    ([(0, 10)], [(0, 2), (8, 10)], (1, 0, 0, 2), 1.0, 1.0, 1.0),  # one prediction finds two gold spans
    # two predictions inside one gold span, one elsewhere: P 2/3, R 1, F1 = 2*(2/3)/(5/3) = 0.8
    ([(0, 2), (3, 4), (20, 25)], [(0, 10)], (2, 1, 0, 1), 2 / 3, 1.0, 0.8),
    ([(3, 3)], [(0, 10)], (0, 1, 1, 0), 0.0, 0.0, 0.0),           # an empty span overlaps nothing
    ([(4, 6)], [(0, 5), (5, 10)], (1, 0, 0, 2), 1.0, 1.0, 1.0),   # overlapping gold spans
    # same span predicted twice counts twice: P 2/2, R 1/2
    ([(0, 3), (0, 3)], [(0, 3), (7, 9)], (2, 0, 1, 1), 1.0, 0.5, 2 / 3),
])
def test_overlap_scores(pred, gold, counts, p, r, f):
    s = overlap_scores(pred, gold)
    assert (s.tp, s.fp, s.fn, s.tp_gold) == counts
    assert (s.precision, s.recall) == (pytest.approx(p), pytest.approx(r))
    assert s.f1 == pytest.approx(f)
    assert s.to_dict()["predicted"] == len(pred) and s.to_dict()["gold"] == len(gold)


def test_match_spans_in_input_order():
    assert match_spans([(20, 25), (0, 2)], [(5, 9), (1, 3)]) == ([False, True], [False, True])


@pytest.mark.parametrize("a, b, expected", [
    ((0, 5), (4, 9), True), ((0, 5), (5, 9), False), ((3, 4), (0, 9), True), ((2, 2), (0, 9), False),
])
def test_overlaps(a, b, expected):
    assert overlaps(a, b) is expected and overlaps(b, a) is expected


@pytest.mark.parametrize("bad", [[(5, 3)], [(-1, 2)], [(1.5, 2)], [(1, 2, 3)], [None]])
def test_bad_spans_are_rejected(bad):
    with pytest.raises(ValueError):
        check_spans(bad)
    with pytest.raises(ValueError):
        overlap_scores(bad, [])


# --- SemEval-2020 Task 11 character measure --------------------------------------------------------------
@pytest.mark.parametrize("pred, gold, merge, expected", [
    # (p_sum, r_sum, |S|, |T|)
    ([(0, 10)], [(5, 15)], True, (0.5, 0.5, 1, 1)),            # 5 shared of 10 and of 10
    ([(0, 4), (6, 10)], [(0, 10)], True, (2.0, 0.8, 2, 1)),    # 4/4 + 4/4; 4/10 + 4/10
    ([(0, 10)], [(2, 4), (6, 8)], True, (0.4, 2.0, 1, 2)),     # 2/10 + 2/10; 2/2 + 2/2
    ([(0, 6), (4, 10)], [(0, 10)], True, (1.0, 1.0, 1, 1)),    # overlapping predictions merged to (0, 10)
    ([(0, 6), (4, 10)], [(0, 10)], False, (2.0, 1.2, 2, 1)),   # unmerged: recall 1.2 > 1
    ([], [(0, 10)], True, (0.0, 0.0, 0, 1)),
    ([(0, 10)], [], True, (0.0, 0.0, 1, 0)),
    ([(3, 3)], [(3, 3)], True, (0.0, 0.0, 0, 0)),              # empty spans are dropped
])
def test_char_overlap_scores(pred, gold, merge, expected):
    s = char_overlap_scores(pred, gold, merge=merge)
    assert (s.p_sum, s.r_sum, s.predicted, s.gold) == pytest.approx(expected)
    p = expected[0] / expected[2] if expected[2] else 0.0
    r = expected[1] / expected[3] if expected[3] else 0.0
    assert s.precision == pytest.approx(p) and s.recall == pytest.approx(r)
    assert s.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


def test_char_overlap_adds_over_documents():
    # document 1: P 1/1 (p_sum 1), R 0.5 (r_sum 0.5); document 2: nothing predicted, one gold span
    total = char_overlap_scores([(0, 5)], [(0, 10)]) + char_overlap_scores([], [(0, 4)])
    assert total == CharOverlap(1.0, 0.5, 1, 2)
    assert (total.precision, total.recall) == (1.0, 0.25)


def test_merge_spans():
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]) == [(0, 4), (5, 8), (8, 9)]


# --- counts, accuracy, confusion --------------------------------------------------------------------------
def test_prf_defaults_and_addition():
    assert PRF(3, 1, 2).tp_gold == 3
    assert PRF(1, 1, 1, 2) + PRF(2, 0, 0) == PRF(3, 1, 1, 4)
    with pytest.raises(ValueError):
        PRF(-1, 0, 0)
    assert Accuracy(1, 2) + Accuracy(3, 3) == Accuracy(4, 5)
    assert Accuracy().value == 0.0
    with pytest.raises(ValueError):
        Accuracy(3, 2)


def test_confusion_and_macro_f1():
    gold = ["neg", "neu", "pos", "neg", "pos"]
    pred = ["neg", "neg", "pos", "neu", "neu"]
    m = confusion(gold, pred, labels=("neg", "neu", "pos"))
    # rows gold, columns predicted
    assert m.counts == ((1, 1, 0), (1, 0, 0), (0, 1, 1))
    per = m.per_class()
    # neg: tp 1, fp 1, fn 1 -> 0.5/0.5; neu: tp 0, fp 2, fn 1 -> 0; pos: tp 1, fp 0, fn 1 -> P 1, R 0.5, F1 2/3
    assert per["neg"] == PRF(1, 1, 1) and per["neu"] == PRF(0, 2, 1) and per["pos"] == PRF(1, 0, 1)
    assert m.macro_f1 == pytest.approx((0.5 + 0 + 2 / 3) / 3)
    assert m.accuracy == Accuracy(2, 5)
    assert (m + m).counts == ((2, 2, 0), (2, 0, 0), (0, 2, 2))
    assert m.to_dict()["counts"] == [[1, 1, 0], [1, 0, 0], [0, 1, 1]]
    assert macro_f1([]) == 0.0


@pytest.mark.parametrize("gold, pred", [(["neg"], []), (["neg"], ["bad"])])
def test_confusion_errors(gold, pred):
    with pytest.raises(ValueError):
        confusion(gold, pred, labels=("neg", "neu", "pos"))
    with pytest.raises(ValueError):
        Confusion(("a", "a"), ((0, 0), (0, 0)))


# --- invariants -------------------------------------------------------------------------------------------
spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=40, deadline=None)
@given(spans, spans)
def test_measure_invariants(pred, gold):
    s = overlap_scores(pred, gold)
    assert s.tp + s.fp == len(pred) and s.tp_gold + s.fn == len(gold)
    assert overlap_scores(gold, pred).tp == s.tp_gold  # the two sides of overlap matching mirror each other
    c = char_overlap_scores(pred, gold)
    for value in (s.precision, s.recall, s.f1, c.precision, c.recall, c.f1):
        assert 0.0 <= value <= 1.0 + 1e-12 and not math.isnan(value)
    # a character measure is never more generous than span overlap on merged spans
    merged = overlap_scores(merge_spans(pred), merge_spans(gold))
    assert c.precision <= merged.precision + 1e-12 and c.recall <= merged.recall + 1e-12
