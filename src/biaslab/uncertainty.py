"""How sure a number is: intervals and tests by resampling sentences.

biaslab's densities, shares and means are ratios of sums over sentences:
loaded terms per 1,000 words is ``1000 × Σ terms / Σ words``, an actor's
share of sentences ``Σ mentioned / Σ 1``, a tone mean ``Σ score / Σ 1``. A
:class:`Sample` holds those per-sentence numerators and denominators;
:func:`interval` gives the estimate with a 95 % interval, :func:`difference`
says whether two estimates differ clearly, and :func:`adjusted` corrects a
family of p-values for multiple comparisons.

Method
------
*The sentence is the unit of resampling.* Loaded terms, mentions and
quotations cluster in sentences (one sentence may hold several: "the
so-called reform of the strongman"), so treating words or terms as
independent draws would make intervals too narrow; whole sentences are
resampled instead (a cluster bootstrap; Davison & Hinkley 1997, *Bootstrap
Methods and their Application*, §3.8).

*Interval:* the bias-corrected and accelerated (BCa) bootstrap
(Efron & Tibshirani 1993, *An Introduction to the Bootstrap*, ch. 14) over
sentences, each with its denominator, :data:`N_RESAMPLES` resamples; where BCa
is undefined (almost every resample on one side of the estimate), the
percentile interval. BCa corrects the skew of rare counts that a plain
percentile interval ignores. Three cases get no bootstrap:

* fewer than :data:`MIN_SENTENCES` sentences: no interval ("too little
  text"), because the bootstrap of a handful of sentences is too narrow
  and too coarse to mean anything (Hesterberg 2015);
* no variation between sentences, which the bootstrap cannot see past: for
  zero terms, the exact Poisson bound (Garwood 1936, *Biometrika* 28: 0 to
  3.7 terms in the words read); for a share of none or all sentences, the
  exact binomial bound (Clopper & Pearson 1934, *Biometrika* 26); otherwise
  no interval;
* no sentences with a denominator: no estimate.

*Test:* a two-sided permutation test (Good 2005, *Permutation, Parametric,
and Bootstrap Tests of Hypotheses*; Ernst 2004, *Statistical Science* 19(4)).
Two independent samples (two
articles, or the sentences of two actors) exchange sentences between them;
paired samples (two actors' shares of the same sentences) swap the two values
within each sentence. With at most :data:`N_RESAMPLES` possible arrangements
the test is exact; otherwise B random arrangements, k of them at least as
extreme, give p = (k + 1) / (B + 1), never 0 (Phipson & Smyth 2010,
*Stat. Appl. Genet. Mol. Biol.* 9(1)). A difference is *clear* when p < :data:`ALPHA`. The two samples are
put in a canonical order before testing, so swapping them gives the same
p-value and the opposite difference.

*Implementation:* NumPy, vectorised over resamples (the estimates of all
resamples are sums over an index or mask matrix); the test suite checks the
results against :func:`scipy.stats.bootstrap` (the same resamples from the
same seed, the same intervals) and :func:`scipy.stats.permutation_test` (the
same exact p-values; random ones within Monte Carlo error). SciPy is not used
at run time because NLTK imports ``scipy.stats`` at its own import whenever
SciPy is installed, which more than doubled the start-up of every biaslab
process (about 1.3 → 2.9 s of CPU for the first :func:`biaslab.analyze` on
the 2-core development machine).

*Deterministic:* every call draws from a fresh generator seeded with
:data:`SEED`, so a result depends only on its input: the same on every run,
in every process, in any order of calls.

*Multiple comparisons:* comparing two actors on seven measures gives seven
chances of a chance "difference". :func:`adjusted` applies the
Benjamini–Hochberg correction (Benjamini & Hochberg 1995, *JRSS B* 57(1)) to
a family of p-values; :mod:`biaslab.comparison` calls a difference clear only
when its adjusted p-value is below :data:`ALPHA`.

Limits
------
Sentences are not independent either: an article argues, and one paragraph
leads to the next, so even sentence-level intervals are optimistic; they say
how much the numbers would move with other sentences *of the same kind*, not
what another writer would have written. The tests ask whether two sets of
sentences could be one, not whether a reader would notice the difference. A
sentence that mentions both actors belongs to both samples; the shared
sentences pull the two sides together, which makes the test conservative.
Intervals and p-values carry the Monte Carlo error of :data:`N_RESAMPLES`
resamples (see there).
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from statistics import NormalDist

import numpy as np

__all__ = ["ALPHA", "MIN_SENTENCES", "N_RESAMPLES", "SEED", "Sample", "Interval", "Difference",
           "interval", "difference", "adjusted"]

#: Error rate: intervals are 95 % (1 − ALPHA), a difference is clear below
#: p = 0.05, the convention of the social-science literature biaslab's
#: users publish in.
ALPHA = 0.05
#: Resamples for intervals and randomised tests. Efron & Tibshirani (1993,
#: ch. 14 and 19) ask for at least 1,000 for percentile-based intervals;
#: 2,000 keeps the Monte Carlo error of a p-value near 0.05 at ±0.005 (one
#: standard error, √(0.05 × 0.95 / 2000)) and costs a few milliseconds on an
#: article's sentences. Measured on the bundled article's author-voice
#: loaded-term density (29.9 per 1,000 words, interval about 10.8–56.3) over
#: 20 seeds: the standard deviation of an interval end is 0.6–1.3 per 1,000
#: words, under 3 % of the interval's width (1,000 resamples: 0.9–1.9;
#: 9,999: 0.3–0.6). Tests may pass fewer.
N_RESAMPLES = 2000
#: Fewest sentences for a bootstrap interval. With n sentences the bootstrap
#: distribution has few distinct values and is too narrow by about a factor
#: √((n − 1)/n) and more for skewed counts (Hesterberg 2015, "What teachers
#: should know about the bootstrap", *The American Statistician* 69(4),
#: 371–386); below ten sentences biaslab prints the count, not an interval.
MIN_SENTENCES = 10
#: Resampled values held in memory at once (8 MB of floats per array): the
#: resamples of a long text are drawn in batches of ``_CELLS // sentences``.
_CELLS = 1_000_000
#: The seed of every resampling. Its value is arbitrary (the year of Efron &
#: Tibshirani's book); it is fixed so that results are reproducible.
SEED = 1993

_KINDS = ("density", "share", "mean")


@dataclass(frozen=True, eq=False)
class Sample:
    """The per-sentence numbers behind one estimate, ``scale × Σ x / Σ w``.

    ``x``: per-sentence numerators (terms, quoted words, 1 if the sentence
    mentions the actor, a tone score); ``w``: per-sentence denominators
    (words, quoted words, 1), > 0; ``words``: per-sentence word counts, for
    reporting; ``kind``: ``density`` (per 1,000 words), ``share`` (0–1) or
    ``mean``; ``scale``: 1000 for densities, else 1. Build one with
    :meth:`density`, :meth:`share` or :meth:`mean`.
    """

    x: np.ndarray
    w: np.ndarray
    words: np.ndarray
    kind: str
    scale: float = 1.0

    def __post_init__(self):
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {self.kind!r}")
        if not (len(self.x) == len(self.w) == len(self.words)):
            raise ValueError("x, w and words need one value per sentence")
        if (self.w <= 0).any() or not np.isfinite(self.x).all():
            raise ValueError("denominators must be > 0 and numerators finite")

    @classmethod
    def density(cls, counts: Sequence[float], words: Sequence[int]) -> Sample:
        """Events per 1,000 words: ``counts`` and ``words`` per sentence.

        Sentences without words hold no events and are left out.
        """
        x, w = _arrays(counts, words)
        return cls(x[w > 0], w[w > 0], w[w > 0], "density", 1000.0)

    @classmethod
    def share(cls, parts: Sequence[float], wholes: Sequence[float], *, words: Sequence[int] | None = None) -> Sample:
        """``Σ parts / Σ wholes`` (0–1): e.g. an actor's quoted words of all
        quoted words, per sentence. Sentences whose whole is 0 carry no
        information and are left out."""
        x, w = _arrays(parts, wholes)
        n = np.zeros(len(x)) if words is None else np.asarray(words, dtype=float)
        if (x > w).any() or (x < 0).any():
            raise ValueError("a part must lie between 0 and its whole")
        keep = w > 0
        return cls(x[keep], w[keep], n[keep], "share")

    @classmethod
    def mean(cls, values: Sequence[float], *, counts: Sequence[int] | None = None,
             words: Sequence[int] | None = None) -> Sample:
        """The mean of one value per sentence (e.g. a tone score); with
        ``counts``, ``values`` are per-sentence sums of that many items each
        (e.g. the tone of each mention of an actor) and the estimate is the
        mean over the items, still resampled by sentence (items of one
        sentence are not independent). Sentences with a count of 0 are left out."""
        x = np.asarray(values, dtype=float)
        w = np.ones(len(x)) if counts is None else np.asarray(counts, dtype=float)
        n = np.zeros(len(x)) if words is None else np.asarray(words, dtype=float)
        if not (x.ndim == 1 and x.shape == w.shape == n.shape):
            raise ValueError("values, counts and words need one value per sentence")
        keep = w > 0
        return cls(x[keep], w[keep], n[keep], "mean")

    @property
    def n(self) -> int:
        """Number of sentences (the resampling units)."""
        return len(self.x)

    def estimate(self) -> float | None:
        """``scale × Σ x / Σ w``; None without sentences."""
        return float(self.scale * self.x.sum() / self.w.sum()) if self.n else None


def _arrays(x, w) -> tuple[np.ndarray, np.ndarray]:
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    if x.shape != w.shape or x.ndim != 1:
        raise ValueError("numerators and denominators need one value per sentence")
    if (w < 0).any():
        raise ValueError("denominators must be ≥ 0")
    return x, w


@dataclass(frozen=True)
class Interval:
    """An estimate with its 95 % interval (``1 − alpha``).

    ``estimate``, ``low``, ``high``: in the sample's unit (per 1,000 words;
    share 0–1; mean), ``low ≤ estimate ≤ high``; ``low``/``high`` are None
    when no honest interval exists (see ``method``), ``estimate`` is None
    without sentences. ``count``: Σ of the numerators (terms, quoted words,
    sentences; for a mean, the number of values); ``total``: Σ of the
    denominators (words, quoted words, sentences); ``sentences``: sentences
    resampled; ``words``: their words; ``kind``: density, share or mean;
    ``method``: how the interval was made ("bootstrap BCa", "bootstrap
    percentile", "exact Poisson bound for zero events", "exact binomial
    bounds (Clopper–Pearson)", "too little text (…)", "no variation between
    sentences", "no sentences").
    """

    estimate: float | None
    low: float | None
    high: float | None
    count: float
    total: float
    sentences: int
    words: int
    kind: str
    method: str
    alpha: float = ALPHA

    @property
    def enough(self) -> bool:
        """True when the interval exists."""
        return self.low is not None and self.high is not None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Difference:
    """Whether two estimates differ: ``a`` and ``b`` with their intervals.

    ``difference``: ``a.estimate − b.estimate`` (None if either is None);
    ``p_value``: two-sided permutation p-value in (0, 1]; None when there is
    nothing to compare (a side without sentences), too little to test (a
    side with one sentence) or nothing to test (every sentence of both sides
    has the same ratio, e.g. no terms on either side); such non-tests stay
    out of a family in :func:`adjusted`; ``clear``:
    ``p_value < alpha``; ``method``:
    ``permutation, independent`` / ``permutation, paired`` (``exact`` when
    every arrangement was counted) or why there is no test;
    ``n_resamples``: arrangements drawn.
    """

    a: Interval
    b: Interval
    difference: float | None
    p_value: float | None
    clear: bool
    method: str
    n_resamples: int
    alpha: float = ALPHA

    def to_dict(self) -> dict:
        return {**asdict(self), "a": self.a.to_dict(), "b": self.b.to_dict()}


_NORMAL = NormalDist()


def _rng(seed: int):
    return np.random.default_rng(seed)


def _batch(n: int) -> int:
    return max(1, _CELLS // max(n, 1))


def interval(sample: Sample, *, n_resamples: int = N_RESAMPLES, alpha: float = ALPHA, seed: int = SEED) -> Interval:
    """The sample's estimate and its ``1 − alpha`` interval (see the module docstring).

    A result depends only on its arguments, so the last few hundred are
    remembered: a table, its contrast lines and its figure share one bootstrap.
    """
    key = (sample.x.tobytes(), sample.w.tobytes(), sample.words.tobytes(), sample.kind, sample.scale,
           n_resamples, alpha, seed)
    found = _INTERVALS.get(key)
    if found is None:
        found = _INTERVALS[key] = _interval(sample, n_resamples, alpha, seed)
        while len(_INTERVALS) > _REMEMBERED:  # forget the oldest
            _INTERVALS.pop(next(iter(_INTERVALS)), None)
    return found


#: Intervals remembered (a few hundred: every measure of a corpus comparison).
_REMEMBERED = 512
_INTERVALS: dict[tuple, Interval] = {}


def _interval(sample: Sample, n_resamples: int, alpha: float, seed: int) -> Interval:
    est = sample.estimate()
    count = float(sample.x.sum()) if sample.kind != "mean" else float(sample.n)
    base = dict(count=count, total=float(sample.w.sum()), sentences=sample.n, words=int(sample.words.sum()),
                kind=sample.kind, alpha=alpha)
    if est is None:
        return Interval(None, None, None, method="no sentences", **base)
    if sample.n < MIN_SENTENCES:
        return Interval(est, None, None, method=f"too little text (fewer than {MIN_SENTENCES} sentences)", **base)
    if np.ptp(sample.x / sample.w) == 0:
        low, high, method = _degenerate(sample, alpha)
        return Interval(est, low, high, method=method, **base)
    boot = _bootstrap(sample, n_resamples, _rng(seed))
    ends, method = _bca(sample, est, boot, alpha), "bootstrap BCa"
    if ends is None:  # BCa is undefined when (nearly) every resample falls on one side of the estimate
        ends, method = tuple(np.quantile(boot, [alpha / 2, 1 - alpha / 2])), "bootstrap percentile"
    # Monte Carlo noise can push an end a hair past the estimate; the interval always holds it
    return Interval(est, min(float(ends[0]), est), max(float(ends[1]), est), method=method, **base)


def _bootstrap(sample: Sample, n_resamples: int, rng) -> np.ndarray:
    """The estimate on ``n_resamples`` resamples of whole sentences, drawn in batches."""
    n, out = sample.n, np.empty(n_resamples)
    step = _batch(n)
    for start in range(0, n_resamples, step):
        idx = rng.integers(0, n, size=(min(step, n_resamples - start), n))
        out[start:start + len(idx)] = sample.scale * sample.x[idx].sum(axis=1) / sample.w[idx].sum(axis=1)
    return out


def _bca(sample: Sample, est: float, boot: np.ndarray, alpha: float) -> tuple[float, float] | None:
    """The BCa interval (Efron & Tibshirani 1993, §14.3), or None where it is undefined.

    Bias correction z0 from the share of resamples below the estimate (ties
    count half, as :func:`scipy.stats.bootstrap` counts them); acceleration from the
    jackknife, which for a ratio of sums is exact in closed form: leaving
    sentence i out gives ``(Σx − xᵢ) / (Σw − wᵢ)``.
    """
    below = (np.count_nonzero(boot < est) + np.count_nonzero(boot <= est)) / (2 * len(boot))
    if not 0 < below < 1:
        return None
    z0 = _NORMAL.inv_cdf(below)
    rest = sample.w.sum() - sample.w
    if (rest <= 0).any():
        return None
    jack = sample.scale * (sample.x.sum() - sample.x) / rest
    d = jack.mean() - jack
    spread = (d ** 2).sum()
    accel = (d ** 3).sum() / (6 * spread ** 1.5) if spread > 0 else 0.0
    levels = []
    for q in (alpha / 2, 1 - alpha / 2):
        z = z0 + _NORMAL.inv_cdf(q)
        if accel * z >= 1:
            return None
        levels.append(_NORMAL.cdf(z0 + z / (1 - accel * z)))
    low, high = np.quantile(boot, levels)
    return float(low), float(high)


def _degenerate(sample: Sample, alpha: float) -> tuple[float | None, float | None, str]:
    """Bounds when every sentence has the same ratio, which the bootstrap cannot see past:
    exact bounds where they have a closed form, else none."""
    total, k = sample.w.sum(), sample.x.sum()
    if sample.kind == "density" and k == 0:
        # Garwood (1936): 0 Poisson events → upper bound χ²(1 − α/2; 2) / 2 = −ln(α/2) events
        return 0.0, float(sample.scale * -math.log(alpha / 2) / total), "exact Poisson bound for zero events"
    if sample.kind == "share" and (sample.w == 1).all():
        # Clopper & Pearson (1934) for 0 or all of n: the bound (α/2)^(1/n) from the other end
        edge = (alpha / 2) ** (1 / total)
        ends = (0.0, 1 - edge) if k == 0 else (edge, 1.0)
        return *ends, "exact binomial bounds (Clopper–Pearson)"
    return None, None, "no variation between sentences"


def difference(a: Sample, b: Sample, *, paired: bool = False, n_resamples: int = N_RESAMPLES,
               alpha: float = ALPHA, seed: int = SEED) -> Difference:
    """Is ``a``'s estimate clearly different from ``b``'s? A two-sided permutation test.

    ``paired``: ``a`` and ``b`` hold values for the same sentences with the
    same denominators (two actors' shares of one article's sentences); the
    test then swaps the two values within each sentence. Otherwise the two
    samples are independent sets of sentences. Both must be of one kind.
    """
    if (a.kind, a.scale) != (b.kind, b.scale):
        raise ValueError(f"cannot compare a {a.kind} with a {b.kind}")
    if paired and (a.n != b.n or not np.array_equal(a.w, b.w)):
        raise ValueError("paired samples need the same sentences with the same denominators")
    ia, ib = (interval(s, n_resamples=n_resamples, alpha=alpha, seed=seed) for s in (a, b))
    diff = None if ia.estimate is None or ib.estimate is None else ia.estimate - ib.estimate
    if diff is None:
        return Difference(ia, ib, None, None, False, "nothing to compare (no sentences)", 0, alpha)
    if min(a.n, b.n) < 2:  # one sentence against n allows n + 1 arrangements: never a clear p-value
        return Difference(ia, ib, diff, None, False, "too little text to test (one sentence)", 0, alpha)
    if (np.array_equal(a.x, b.x) if paired else np.ptp(np.concatenate([a.x / a.w, b.x / b.w])) == 0):
        # every arrangement gives the same difference: there is nothing to test
        return Difference(ia, ib, diff, None, False, "nothing to test (no variation between sentences)", 0, alpha)
    first, second = (b, a) if _key(b) < _key(a) else (a, b)  # one order, so that swapping keeps p
    rng = _rng(seed)
    if paired:
        null, observed, arrangements = _sign_flips(first, second, n_resamples, rng)
    else:
        null, observed, arrangements = _exchanges(first, second, n_resamples, rng)
    exact = arrangements <= n_resamples
    tol = 1e-9 * max(1.0, abs(observed))  # equal up to rounding counts as equal
    extra = 0 if exact else 1  # random arrangements: (k + 1) / (B + 1), never 0 (Phipson & Smyth 2010)
    greater = (np.count_nonzero(null >= observed - tol) + extra) / (len(null) + extra)
    less = (np.count_nonzero(null <= observed + tol) + extra) / (len(null) + extra)
    p = float(min(1.0, 2 * min(greater, less)))
    method = f"permutation, {'paired' if paired else 'independent'}{', exact' if exact else ''}"
    return Difference(ia, ib, diff, p, bool(p < alpha), method, len(null), alpha)


def _key(s: Sample) -> tuple:
    """A total order on samples, so that a test does not depend on which side comes first."""
    return (s.n, s.x.tobytes(), s.w.tobytes())


def _exchanges(a: Sample, b: Sample, n_resamples: int, rng) -> tuple[np.ndarray, float, int]:
    """Null distribution of ``estimate(a) − estimate(b)`` when sentences change sides: every
    split of the pooled sentences when there are at most ``n_resamples``, else random ones."""
    x, w = np.concatenate([a.x, b.x]), np.concatenate([a.w, b.w])
    n, m = a.n, a.n + b.n
    arrangements = math.comb(m, n)
    if arrangements <= n_resamples:
        batches = [np.zeros((arrangements, m), dtype=bool)]
        for row, chosen in enumerate(itertools.combinations(range(m), n)):
            batches[0][row, list(chosen)] = True
    else:
        batches, step = [], _batch(m)
        for start in range(0, n_resamples, step):
            order = rng.permuted(np.tile(np.arange(m), (min(step, n_resamples - start), 1)), axis=1)
            batches.append(np.zeros(order.shape, dtype=bool))
            np.put_along_axis(batches[-1], order[:, :n], True, axis=1)
    xa, wa = np.concatenate([(mine @ x, mine @ w) for mine in batches], axis=1)
    null = a.scale * (xa / wa - (x.sum() - xa) / (w.sum() - wa))
    return null, a.scale * (a.x.sum() / a.w.sum() - b.x.sum() / b.w.sum()), arrangements


def _sign_flips(a: Sample, b: Sample, n_resamples: int, rng) -> tuple[np.ndarray, float, int]:
    """Null distribution of ``estimate(a) − estimate(b)`` for paired samples when the two values
    of a sentence may swap: every swap pattern of the sentences where they differ when there
    are at most ``n_resamples``, else random ones."""
    d = (a.x - b.x)[a.x != b.x]
    arrangements = 2 ** len(d)
    if arrangements <= n_resamples:
        signs = 1 - 2 * ((np.arange(arrangements)[:, None] >> np.arange(len(d))) & 1)
    else:
        signs = rng.choice(np.array([-1, 1], dtype=np.int8), size=(n_resamples, len(d)))
    scale = a.scale / a.w.sum()
    return scale * (signs @ d), scale * d.sum(), arrangements


def adjusted(p_values: Sequence[float | None]) -> list[float | None]:
    """Benjamini–Hochberg adjusted p-values of one family of tests, in the same
    order; None (or NaN) stays None (no test) and does not count towards the family."""
    present = [i for i, p in enumerate(p_values) if p is not None and not math.isnan(p)]
    out: list[float | None] = [None] * len(p_values)
    m = len(present)
    ranked = sorted(present, key=lambda i: p_values[i])
    running = 1.0
    for rank in range(m, 0, -1):  # from the largest p down: p × m / rank, never above a larger one's
        i = ranked[rank - 1]
        running = min(running, p_values[i] * m / rank)
        out[i] = running
    return out
