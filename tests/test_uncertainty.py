"""biaslab.uncertainty: intervals and tests by resampling sentences.

Every number here is deterministic (fixed seed), so the expectations are
exact; the samples are written for these tests (no article text).
"""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import uncertainty
from biaslab.uncertainty import (
    ALPHA, MIN_SENTENCES, N_RESAMPLES, SEED, Difference, Interval, Sample, adjusted, difference, interval,
)

#: Fewer resamples where only invariants are checked: fast, and the invariants hold at any number.
FEW = 200
LUMPY = [1, 0, 0, 2, 0, 0, 1, 0, 0, 0, 3, 0]  # 7 terms in 12 sentences of 10 words


def test_constants_are_the_documented_ones():
    assert (ALPHA, MIN_SENTENCES, N_RESAMPLES, SEED) == (0.05, 10, 2000, 1993)


# --- samples ---------------------------------------------------------------------------------------
def test_sample_constructors():
    d = Sample.density([2, 0, 1], [10, 0, 5])  # the sentence without words is left out
    assert (d.kind, d.scale, d.n, d.estimate()) == ("density", 1000.0, 2, 200.0)
    s = Sample.share([1, 0, 3], [2, 0, 3], words=[4, 5, 6])
    assert (s.kind, s.n, s.estimate(), list(s.words)) == ("share", 2, 0.8, [4, 6])
    m = Sample.mean([0.5, -0.25], words=[3, 4])
    assert (m.kind, m.estimate(), list(m.w)) == ("mean", 0.125, [1, 1])
    assert Sample.mean([]).estimate() is None
    # per-sentence sums of items (the tone of each mention): the mean over the items
    t = Sample.mean([0.5, 0.0, -0.2], counts=[2, 0, 1], words=[3, 4, 5])
    assert (t.n, round(t.estimate(), 6), list(t.w), list(t.words)) == (2, 0.1, [2, 1], [3, 5])


@pytest.mark.parametrize("build, message", [
    (lambda: Sample.density([1, 2], [10]), "one value per sentence"),
    (lambda: Sample.density([1, 2], [10, -1]), "denominators"),
    (lambda: Sample.share([3], [2]), "between 0 and its whole"),
    (lambda: Sample.share([-1], [2]), "between 0 and its whole"),
    (lambda: Sample.mean([float("nan")]), "finite"),
    (lambda: Sample.mean([0.1, 0.2], counts=[1]), "one value per sentence"),
    (lambda: Sample.mean([0.1, 0.2], words=[3]), "one value per sentence"),
    (lambda: Sample([1.0], [1.0], [1.0], "median"), "kind"),
])
def test_bad_samples_are_refused(build, message):
    with pytest.raises(ValueError, match=message):
        build()


# --- intervals -------------------------------------------------------------------------------------
def test_bootstrap_interval_of_a_lumpy_density_is_exact_and_reproducible():
    iv = interval(Sample.density(LUMPY, [10] * 12))
    assert iv == Interval(estimate=1000 * 7 / 120, low=1000 * 2 / 120, high=1000 * 16 / 120, count=7.0, total=120.0,
                          sentences=12, words=120, kind="density", method="bootstrap BCa", alpha=0.05)
    assert iv.enough
    assert iv.to_dict()["method"] == "bootstrap BCa"
    uncertainty._INTERVALS.clear()  # computed afresh, not remembered
    assert interval(Sample.density(LUMPY, [10] * 12)) == iv


def test_bootstrap_interval_of_a_mean():
    values = [0.5, -0.2, 0.1, 0.0, 0.3, -0.4, 0.6, 0.2, 0.0, -0.1, 0.4, 0.1]
    iv = interval(Sample.mean(values))
    assert (iv.estimate, iv.method, iv.count, iv.sentences) == (pytest.approx(0.125), "bootstrap BCa", 12.0, 12)
    assert (iv.low, iv.high) == (pytest.approx(-0.4 / 12), pytest.approx(3.4 / 12))


def test_fewer_than_ten_sentences_give_no_interval():
    iv = interval(Sample.density(LUMPY[:MIN_SENTENCES - 1], [10] * (MIN_SENTENCES - 1)))
    assert (iv.estimate, iv.low, iv.high, iv.enough) == (1000 * 4 / 90, None, None, False)
    assert iv.method == "too little text (fewer than 10 sentences)"
    assert interval(Sample.density(LUMPY[:MIN_SENTENCES], [10] * MIN_SENTENCES)).enough


def test_no_sentences_no_estimate():
    iv = interval(Sample.mean([]))
    assert (iv.estimate, iv.low, iv.high, iv.sentences, iv.method) == (None, None, None, 0, "no sentences")


def test_zero_terms_get_the_exact_poisson_bound():
    """No term in 600 words: the bootstrap sees no variation; Garwood's bound
    for 0 events is −ln(0.025) = 3.69 terms, i.e. 6.1 per 1,000 words."""
    iv = interval(Sample.density([0] * 30, [20] * 30))
    assert (iv.estimate, iv.low, iv.method) == (0.0, 0.0, "exact Poisson bound for zero events")
    assert iv.high == pytest.approx(1000 * -math.log(0.025) / 600)


@pytest.mark.parametrize("k, low, high", [
    (0, 0.0, 1 - 0.025 ** (1 / 30)),  # in no sentence
    (30, 0.025 ** (1 / 30), 1.0),  # in every sentence
])
def test_a_share_of_no_or_every_sentence_gets_clopper_pearson_bounds(k, low, high):
    iv = interval(Sample.share([1] * k + [0] * (30 - k), [1] * 30))
    assert (iv.estimate, iv.method) == (k / 30, "exact binomial bounds (Clopper–Pearson)")
    assert (iv.low, iv.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("sample, estimate", [
    (Sample.mean([0.25] * 12), 0.25),  # a mean that never varies
    (Sample.share([3] * 12, [6] * 12), 0.5),  # half of the quoted words in every sentence
    (Sample.density([2] * 30, [10] * 30), 200.0),  # the same density in every sentence
])
def test_no_variation_means_no_interval(sample, estimate):
    iv = interval(sample)
    assert (iv.estimate, iv.low, iv.high, iv.method) == (estimate, None, None, "no variation between sentences")


# --- tests -----------------------------------------------------------------------------------------
def test_thirty_loaded_sentences_against_thirty_neutral_are_clearly_different():
    loaded, neutral = Sample.density([2] * 30, [10] * 30), Sample.density([0] * 30, [10] * 30)
    d = difference(loaded, neutral)
    # no random arrangement is as extreme as the observed one: p = 2 × (0 + 1) / (2000 + 1)
    assert (d.difference, d.p_value, d.clear) == (200.0, 2 / 2001, True)
    assert (d.method, d.n_resamples) == ("permutation, independent", 2000)
    assert d.a == interval(loaded) and d.b == interval(neutral)


@pytest.mark.parametrize("a, b", [
    ([1] + [0] * 29, [1, 1] + [0] * 28),  # one term against two
    ([1] + [0] * 29, [0] * 30),  # one term against none
    ([1, 1] + [0] * 28, [0] * 30),  # two against none
])
def test_one_or_two_terms_apart_is_no_clear_difference(a, b):
    d = difference(Sample.density(a, [10] * 30), Sample.density(b, [10] * 30))
    assert not d.clear and d.p_value >= 0.4


def test_small_samples_are_counted_exactly():
    # 3 sentences against 3: C(6, 3) = 20 arrangements, the observed one the most extreme of two
    d = difference(Sample.density([1, 1, 1], [10] * 3), Sample.density([0, 0, 0], [10] * 3))
    assert (d.p_value, d.clear, d.method, d.n_resamples) == (0.1, False, "permutation, independent, exact", 20)
    assert (d.a.method, d.b.method) == ("too little text (fewer than 10 sentences)",) * 2
    # paired: 4 sentences, the two differ in 2 of them → 2 × 1/4
    d = difference(Sample.share([1, 0, 1, 1], [1] * 4), Sample.share([0, 0, 1, 0], [1] * 4), paired=True)
    assert (d.difference, d.p_value, d.method) == (0.5, 0.5, "permutation, paired, exact")


def test_paired_samples_flip_within_sentences():
    a = Sample.share([1] * 12 + [0] * 18, [1] * 30)
    b = Sample.share([0] * 12 + [0] * 18, [1] * 30)
    d = difference(a, b, paired=True)
    # 12 discordant sentences, all one way: 2 / 2^12 exactly (4,096 > 2,000 arrangements: drawn at random)
    assert d.clear and d.p_value < 0.005 and d.method == "permutation, paired"


@pytest.mark.parametrize("a, b, method", [
    (Sample.mean([]), Sample.mean([0.1, 0.2]), "nothing to compare (no sentences)"),
    (Sample.mean([0.3]), Sample.mean([0.1, 0.2]), "too little text to test (one sentence)"),
    (Sample.density([0] * 12, [8] * 12), Sample.density([0] * 20, [9] * 20),
     "nothing to test (no variation between sentences)"),
])
def test_when_there_is_nothing_to_test(a, b, method):
    d = difference(a, b)
    assert (d.p_value, d.clear, d.method) == (None, False, method)


@pytest.mark.parametrize("a, b, paired", [
    (Sample.density([1], [10]), Sample.share([1], [1]), False),
    (Sample.share([1, 0], [1, 1]), Sample.share([1], [1]), True),
])
def test_incomparable_samples_are_refused(a, b, paired):
    with pytest.raises(ValueError):
        difference(a, b, paired=paired)


def test_difference_to_dict_is_json():
    d = difference(Sample.density(LUMPY, [10] * 12), Sample.density([0] * 12, [10] * 12))
    data = json.loads(json.dumps(d.to_dict()))
    assert set(data) == {"a", "b", "difference", "p_value", "clear", "method", "n_resamples", "alpha"}
    assert data["a"]["count"] == 7 and data["b"]["method"] == "exact Poisson bound for zero events"


def test_benjamini_hochberg():
    assert adjusted([0.01, None, 0.04, 0.03]) == pytest.approx([0.03, None, 0.04, 0.04])
    assert adjusted([]) == [] and adjusted([None]) == [None]
    assert adjusted([float("nan"), 0.02]) == [None, 0.02]


def test_the_same_result_in_another_process():
    code = ("from biaslab.uncertainty import *; import json; "
            f"a = Sample.density({LUMPY * 3}, [10] * 36); b = Sample.density([1] + [0] * 29, [12] * 30); "
            "d = difference(a, b); print(json.dumps([d.p_value, d.a.low, d.a.high]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    d = difference(Sample.density(LUMPY * 3, [10] * 36), Sample.density([1] + [0] * 29, [12] * 30))
    assert json.loads(out) == [d.p_value, d.a.low, d.a.high]


# --- the same as SciPy ------------------------------------------------------------------------------
_REFERENCE = [
    Sample.density(LUMPY * 2, [10, 12, 8, 20, 9, 11] * 4),
    Sample.mean([0.5, -0.2, 0.1, 0.0, 0.3, -0.4, 0.6, 0.2, 0.0, -0.1, 0.4, 0.1, -0.7, 0.9]),
    Sample.share([1, 0, 3, 0, 2, 5, 0, 1, 0, 0, 4], [2, 1, 3, 4, 2, 6, 1, 1, 3, 2, 4]),
]


@pytest.mark.parametrize("sample", _REFERENCE, ids=["density", "mean", "share"])
def test_intervals_match_scipy_bootstrap(sample):
    """SciPy draws the same resamples from the same seed: the same BCa interval."""
    stats = pytest.importorskip("scipy.stats")
    ours = interval(sample)
    theirs = stats.bootstrap((sample.x, sample.w), lambda x, w, axis=-1: sample.scale * x.sum(axis) / w.sum(axis),
                             paired=True, vectorized=True, n_resamples=N_RESAMPLES, method="BCa",
                             rng=np.random.default_rng(SEED)).confidence_interval
    assert ours.method == "bootstrap BCa"
    assert (ours.low, ours.high) == (pytest.approx(theirs.low, rel=1e-9), pytest.approx(theirs.high, rel=1e-9))


@pytest.mark.parametrize("a, b, paired", [
    (Sample.density([1, 0, 2, 1], [10, 8, 12, 9]), Sample.density([0, 0, 1, 0, 0], [11, 7, 10, 9, 12]), False),
    (Sample.mean([0.1, 0.4, -0.2, 0.3, 0.0, 0.5]), Sample.mean([-0.3, 0.0, -0.1, 0.2, -0.4]), False),
    (Sample.share([1, 0, 1, 1, 0, 1, 1, 0], [1] * 8), Sample.share([0, 0, 1, 0, 1, 0, 0, 0], [1] * 8), True),
    (Sample.density(LUMPY * 3, [10] * 36), Sample.density([1] + [0] * 29, [12] * 30), False),  # random
    (Sample.share([1] * 12 + [0] * 18, [1] * 30), Sample.share([0] * 13 + [1] * 17, [1] * 30), True),  # random
])
def test_tests_match_scipy_permutation_test(a, b, paired):
    """Exact p-values are equal; random ones agree within Monte Carlo error."""
    stats = pytest.importorskip("scipy.stats")
    ours = difference(a, b, paired=paired)
    if paired:
        data, statistic = (a.x, b.x), lambda x, y, axis=-1: (x.sum(axis) - y.sum(axis)) / a.w.sum()
    else:
        x, w = np.concatenate([a.x, b.x]), np.concatenate([a.w, b.w])

        def statistic(i, j, axis=-1):
            i, j = i.astype(int), j.astype(int)
            return x[i].sum(axis) / w[i].sum(axis) - x[j].sum(axis) / w[j].sum(axis)
        data = (np.arange(a.n, dtype=float), np.arange(a.n, a.n + b.n, dtype=float))
    theirs = stats.permutation_test(data, statistic, permutation_type="samples" if paired else "independent",
                                    vectorized=True, n_resamples=N_RESAMPLES, rng=np.random.default_rng(SEED))
    if "exact" in ours.method:
        assert ours.p_value == pytest.approx(theirs.pvalue, rel=1e-12)
    else:
        assert abs(ours.p_value - theirs.pvalue) < 4 * math.sqrt(theirs.pvalue * (1 - theirs.pvalue) / N_RESAMPLES)


def test_benjamini_hochberg_matches_scipy():
    stats = pytest.importorskip("scipy.stats")
    ps = [0.001, 0.2, 0.04, 0.03, 0.9, 0.011, 0.5]
    assert adjusted(ps) == pytest.approx(list(stats.false_discovery_control(ps, method="bh")))


# --- invariants ------------------------------------------------------------------------------------
_counts = st.lists(st.tuples(st.integers(0, 4), st.integers(1, 40)), min_size=0, max_size=40)


@settings(max_examples=40, deadline=None)
@given(_counts)
def test_an_interval_holds_its_estimate_and_repeats(rows):
    sample = Sample.density([c for c, _ in rows], [w for _, w in rows])
    iv = interval(sample, n_resamples=FEW)
    if iv.enough:
        assert 0 <= iv.low <= iv.estimate <= iv.high
    assert (iv.low is None) == (iv.high is None)
    assert (iv.sentences, iv.count, iv.words) == (len(rows), sum(c for c, _ in rows), sum(w for _, w in rows))
    uncertainty._INTERVALS.clear()
    assert interval(sample, n_resamples=FEW) == iv


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-1, 1), min_size=0, max_size=30))
def test_a_mean_interval_stays_in_range(values):
    iv = interval(Sample.mean(values), n_resamples=FEW)
    if iv.enough:
        assert -1 <= iv.low <= iv.estimate <= iv.high <= 1


@settings(max_examples=30, deadline=None)
@given(_counts, _counts, st.booleans())
def test_swapping_the_sides_keeps_the_p_value(a, b, paired):
    if paired:  # the same sentences: b's counts over a's words
        b = [(c, w) for (c, _), (_, w) in zip(b, a)]
        a = a[:len(b)]
    x = Sample.density([c for c, _ in a], [w for _, w in a])
    y = Sample.density([c for c, _ in b], [w for _, w in b])
    d, e = difference(x, y, paired=paired, n_resamples=FEW), difference(y, x, paired=paired, n_resamples=FEW)
    assert (d.p_value, d.clear, d.method) == (e.p_value, e.clear, e.method)
    assert d.difference == (None if e.difference is None else -e.difference)
    if d.p_value is not None:
        assert 0 < d.p_value <= 1 and d.clear == (d.p_value < ALPHA)
    assert isinstance(d, Difference)
