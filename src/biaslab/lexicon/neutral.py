"""A suggested neutral rewrite of a sentence (:func:`neutralize`) and the table of its changes (:func:`neutralize_changes`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .terms import SCARE_QUOTES, LoadedTerm
from .tokens import _WORD

_SENTENCE_START = re.compile(r"(?:\A|[.!?…][\"'”’)\]]*\s+)[\s\"'“‘(\[]*\Z")
_COMMA_BEFORE = re.compile(r",[^\S\n]*\Z")
_COMMA_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*")
_SPACES_AFTER = re.compile(r"[^\S\n]*")
_END_AFTER = re.compile(r"[^\S\n]*(?:[.!?;:…\"”’)]|\Z)")


def neutralize(text: str, terms: Sequence[LoadedTerm], *, start: int = 0) -> str:
    """A suggested neutral rewrite of ``text`` (e.g. a sentence whose offset
    in the article is ``start``).

    In the author's voice only: a term with a neutral alternative is replaced
    (capitalization kept); an ``editorializing`` marker without one is dropped
    with its commas and spaces tidied ("and, most importantly, that" → "and
    that"); scare quotes lose their marks. Quoted speakers' words are never
    changed. Terms outside ``text`` are ignored; a term inside it whose text
    does not match raises ValueError (wrong ``start``).
    """
    out = text
    for (a, b, new, drop), _ in sorted(_neutral_edits(text, terms, start=start), key=lambda e: (-e[0][0], -e[0][1])):
        out = _drop(out, a, b) if drop else out[:a] + new + out[b:]
    return out


def _neutral_edits(text: str, terms: Sequence[LoadedTerm], *, start: int = 0) -> list[tuple[tuple, LoadedTerm]]:
    """The edits :func:`neutralize` makes, ``((a, b, replacement, is_drop), term)``
    with offsets relative to ``text``, in text order; overlapping edits keep the first."""
    stop = start + len(text)
    edits = []
    for t in terms:
        if t.in_quote or t.start < start or t.end > stop:
            continue
        a, b = t.start - start, t.end - start
        if text[a:b] != t.text:
            raise ValueError(f"term {t.text!r} is not at offset {t.start} of the text; "
                             f"pass the text's article offset as start")
        if t.term == SCARE_QUOTES:
            lead = t.text.find(t.neutral) if t.neutral else -1
            if lead > 0:
                edits += [((a, a + lead, "", False), t), ((a + lead + len(t.neutral), b, "", False), t)]
        elif t.neutral:
            edits.append(((a, b, _match_case(t.text, t.neutral, shouting=text.isupper()), False), t))
        elif t.category == "editorializing":
            edits.append(((a, b, "", True), t))
    kept, limit = [], len(text) + 1
    for edit in sorted(edits, key=lambda e: (-e[0][0], -e[0][1])):
        if edit[0][1] > limit:  # overlaps an edit already made
            continue
        limit = edit[0][0]
        kept.append(edit)
    return kept[::-1]


def neutralize_changes(text: str, terms: Sequence[LoadedTerm], *, start: int = 0):
    """What :func:`neutralize` does to each term, one row per term in the
    author's voice within ``text``, in text order (a pandas DataFrame):
    ``original``, ``change`` (the replacement, "(dropped)", "(quotation
    marks removed)" or "(kept: no neutral alternative)"), ``category``.
    Exactly the edits of the rewrite, so the table and the text agree."""
    import pandas as pd

    done = {}
    for (a, b, new, drop), t in _neutral_edits(text, terms, start=start):
        done[id(t)] = "(dropped)" if drop else ("(quotation marks removed)" if t.term == SCARE_QUOTES else new)
    stop = start + len(text)
    rows = [{"original": t.text, "change": done.get(id(t), "(kept: no neutral alternative)"), "category": t.category}
            for t in sorted(terms, key=lambda t: t.start)
            if not t.in_quote and start <= t.start and t.end <= stop]
    return pd.DataFrame(rows, columns=["original", "change", "category"])


def _drop(s: str, a: int, b: int) -> str:
    """Remove ``s[a:b]`` and tidy the commas and spaces around it."""
    before, after = s[:a], s[b:]
    if _SENTENCE_START.search(before):
        rest = after[_COMMA_AFTER.match(after).end():] if _COMMA_AFTER.match(after) else after.lstrip(" \t")
        if s[a:b][:1].isupper() and rest[:1].islower():
            rest = rest[0].upper() + rest[1:]
        return before + rest
    comma = _COMMA_BEFORE.search(before)
    if comma and _COMMA_AFTER.match(after):  # "X, term, Y" -> "X Y"
        return before[:comma.start()] + " " + after[_COMMA_AFTER.match(after).end():]
    if comma and _END_AFTER.match(after):  # "X, term." -> "X."
        return before[:comma.start()] + after.lstrip(" \t")
    if comma:  # "X, term Y" -> "X, Y"
        return before + after[_SPACES_AFTER.match(after).end():]
    return before.rstrip(" \t") + after  # "he obviously lied" -> "he lied"


def _match_case(matched: str, neutral: str, *, shouting: bool = False) -> str:
    """``neutral`` in the capitalization of ``matched``: all capitals when the
    match is in capitals and so is its text (``shouting``) or it has several
    words ("SO-CALLED"); a single capitalized word in ordinary text is taken
    as an acronym and left alone ("ASAP" -> "as soon as possible"); a capital
    first letter for a capitalized match ("Regime" -> "Government")."""
    if matched.isupper():
        return neutral.upper() if shouting or len(_WORD.findall(matched)) > 1 else neutral
    if matched[:1].isupper():
        return neutral[:1].upper() + neutral[1:]
    return neutral

