"""Descriptors: the words that describe an actor where it is named.

Titles, possessives and premodifiers before the name, appositives after or
before it (", the Russian leader,"; "The mayor of Valencia, María José Catalá,"),
and role nouns used as mentions; a descriptor is *loaded* when a
loaded-language term (:mod:`biaslab.lexicon`) overlaps it.
"""
from __future__ import annotations

from ..segmentation import SpanIndex
from .appositives import _appositive_after, _appositive_before
from .mentions import _Found
from .model import Descriptor
from .titles import _title_at
from .tokens import _DESCRIPTIVE, _DETERMINERS


def _descriptor_spans(f: _Found, cand, i: int, j: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of each descriptor of the mention of tokens ``i:j`` of ``f`` (``cand``: its
    candidate, None for a pronoun), in the order found; read while the sentence's parse is held."""
    toks = f.sent.toks
    out: list[tuple[int, int, str]] = []

    def add(i, j, kind):
        while i < j and toks[i].key.casefold() in _DETERMINERS:
            i += 1
        if i < j:
            out.append((toks[i].start, toks[j - 1].end, kind))

    if cand is None:
        return ()
    if cand.resolution == "role" and cand.core >= cand.j:
        add(i, j, "role")
    elif cand.core > i:
        prefix = toks[i:cand.core]
        kind = "possessive" if any(t.key == "'s" for t in prefix) else (
            "title" if any(_title_at(toks[:cand.core], k) for k in range(i, cand.core)) else "premodifier")
        add(i, cand.core, kind)
    # premodifiers inside the same noun chunk: "the embattled Assad" (never
    # before a determiner: in "order the defense minister", "order" is not one)
    k = i
    while k > 0 and toks[i].key.casefold() not in _DETERMINERS and toks[k].chunk == "I-NP" \
            and toks[k - 1].tag in _DESCRIPTIVE \
            and toks[k - 1].key[:1].islower() and not _covered(f, k - 1):
        k -= 1
    if k < i:
        add(k, i, "premodifier")
    for span in (_appositive_after(toks, j), _appositive_before(toks, i)):
        if span is not None:
            add(*span, "appositive")
    return tuple(out)


def _descriptors(text: str, spans, terms: SpanIndex, quotes: SpanIndex) -> list[Descriptor]:
    """An actor's descriptors from the :func:`_descriptor_spans` of each of its mentions, in order
    (a span found twice counts once)."""
    out: list[Descriptor] = []
    seen: set[tuple[int, int]] = set()
    for a, b, kind in (span for row in spans for span in row):
        if (a, b) in seen:
            continue
        seen.add((a, b))
        hits = tuple(dict.fromkeys(t.term for t in terms.overlapping(a, b)))
        inq = bool(quotes.holding(a, b))
        out.append(Descriptor(a, b, text[a:b], kind, bool(hits), hits, inq))
    return sorted(out, key=lambda d: d.start)


def _covered(f: _Found, k: int) -> bool:
    return any(c.i <= k < c.j for c in f.cands)
