"""Counts and densities of loaded terms: :class:`LoadedSummary` and :func:`density`."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .entries import CATEGORIES
from .terms import VOICES, LoadedTerm


@dataclass(frozen=True)
class LoadedSummary:
    """Counts of loaded terms and their density per 1,000 words.

    ``words`` is the text's word count (≥ 0). ``counts`` maps each category
    (the bundled ones always, in order, then any other present) to
    ``{"author": n, "quoted": n}`` match counts. ``strength`` maps each voice
    to the sum of its matches' strengths (strength points, ≥ 0). Densities
    are per 1,000 words, 0.0 when ``words`` is 0.
    """

    words: int
    counts: dict[str, dict[str, int]]
    strength: dict[str, float]

    def count(self, *, category: str | None = None, voice: str | None = None) -> int:
        """Matches in a category and/or voice (all when neither is given)."""
        cats = [category] if category is not None else list(self.counts)
        voices = [voice] if voice is not None else list(VOICES)
        return sum(self.counts.get(c, {}).get(v, 0) for c in cats for v in voices)

    def per_1000(self, *, category: str | None = None, voice: str | None = None) -> float:
        """Matches per 1,000 words in a category and/or voice."""
        return _per_1000(self.count(category=category, voice=voice), self.words)

    def to_dict(self) -> dict:
        return {
            "words": self.words,
            "total": self.count(),
            "per_1000": self.per_1000(),
            "by_voice": {v: {"count": self.count(voice=v), "per_1000": self.per_1000(voice=v),
                             "strength_per_1000": _per_1000(self.strength[v], self.words)} for v in VOICES},
            "by_category": {c: {"count": self.count(category=c), "per_1000": self.per_1000(category=c),
                                **{v: n for v, n in self.counts[c].items()}} for c in self.counts},
        }


def _per_1000(value: float, words: int) -> float:
    return 1000.0 * value / words if words > 0 else 0.0


def density(terms: Iterable[LoadedTerm], n_words: int) -> LoadedSummary:
    """Count ``terms`` by category and voice; ``n_words`` (≥ 0) is the
    length of the text they were found in, for per-1,000-word densities."""
    if isinstance(n_words, bool) or not isinstance(n_words, int) or n_words < 0:
        raise ValueError(f"n_words must be a whole number ≥ 0, not {n_words!r}")
    counts = {c: {v: 0 for v in VOICES} for c in CATEGORIES}
    strength = {v: 0.0 for v in VOICES}
    for t in terms:
        counts.setdefault(t.category, {v: 0 for v in VOICES})[t.voice] += 1
        strength[t.voice] += t.strength
    return LoadedSummary(n_words, counts, strength)
