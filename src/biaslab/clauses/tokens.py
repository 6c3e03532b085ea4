"""Tokens for tagging: biaslab's word tokens, with clitics split, abbreviations and initials kept whole.

Method: :func:`biaslab.segmentation.tokens` gives words and punctuation with
exact offsets; then, in one pass,

* a title abbreviation of ``data/abbreviations.csv`` keeps its period
  ("Gen.", "Mr.") when it is capitalised, and so does a capital initial
  between two capitalised words ("Janet L. Yellen"): the Penn Treebank
  writes both as one token, and the tagger then reads them as NNP;
* English clitics are split off as the Penn Treebank does (Marcus,
  Santorini & Marcinkiewicz 1993): "Russia’s" → "Russia" + "’s", "hasn’t" →
  "has" + "n’t", "they’re" → "they" + "’re";
* a party-state designation ("R-Ky.", AP style) and a state abbreviation
  ("Allentown, Pa.,") keep their period before a comma or a closing bracket,
  as an abbreviation does;
* two straight or curly single marks in a row ('' or ’’), the double mark
  of typewriter-style copy, become one token.

Each token's ``key`` has the curly single marks ‘ ’ made straight: the
Pattern tagger reads ’s as a noun but 's as a possessive.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segmentation import _TOKEN as _BASE
from ..segmentation import ABBREVIATIONS, APOSTROPHES, STATE_ABBREVIATIONS, fold_quotes
from .model import Token

__all__ = ["split_tokens", "raw_tokens", "token_keys"]

#: Apostrophes that split off a clitic: ' and ’. Not ʼ (U+02BC), a letter to ``\w``
#: that word tokens keep inside ("Russiaʼs" stays one token).
_APOSTROPHES = APOSTROPHES.replace("\u02bc", "")
#: English clitics split off as the Penn Treebank does ("Russia’s" → "Russia" + "’s").
_CLITIC = re.compile(rf"(?i)^(.+?)(n[{_APOSTROPHES}]t|[{_APOSTROPHES}](?:s|re|ve|ll|d|m))$")
#: Marks made straight in a token's key: the curly single marks ‘ ’ (U+2018, U+2019),
#: which the Pattern tagger would read as nouns; it knows “ ” as quotation marks. It
#: also reads « » „ ‚ ‹ › as nouns; folding them too would change tags and results.
_KEY_FOLDED = "\u2018\u2019"
#: A party-state designation in AP style ("R-Ky", "D-Calif", "I-Vt"; AP Stylebook, "party affiliation"),
#: which keeps the period of its state abbreviation before a comma or bracket.
_DESIGNATION = re.compile(r"[DRI]-[A-Z][a-z]{1,4}")
#: Single marks that make a double one when two stand together ('' ’’ ‘‘).
_SINGLE_MARKS = "'\u2018\u2019"


def _straight(s: str) -> str:
    return fold_quotes(s, marks=_KEY_FOLDED)


def raw_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, key)`` of each token of ``text[start:end]``, split as the module
    docstring says (tuples: the tagger turns them into :class:`Token` objects once)."""
    base = [(m.start(), m.end(), m.group()) for m in _BASE.finditer(text, start, len(text) if end is None else end)]
    out: list[tuple[int, int, str, str]] = []
    i, n = 0, len(base)
    while i < n:
        a, b, w = base[i]
        if i + 1 < n and base[i + 1][0] == b:
            nw = base[i + 1][2]
            if nw == "." and w[:1].isupper() and (
                    w.casefold() in ABBREVIATIONS
                    or (len(w) == 1 and out and out[-1][2][:1].isupper()
                        and i + 2 < n and base[i + 2][2][:1].isupper())):
                out.append((a, b + 1, w + ".", w + "."))
                i += 2
                continue
            if nw == "." and (_DESIGNATION.fullmatch(w) or (w[:1].isupper() and w.casefold() in STATE_ABBREVIATIONS)) \
                    and i + 2 < n and base[i + 2][2] in (",", ")"):
                out.append((a, b + 1, w + ".", w + "."))  # "Ann Moss, R-Ky., said", "of Allentown, Pa., said"
                i += 2
                continue
            if w == nw and w in _SINGLE_MARKS:
                out.append((a, base[i + 1][1], w + nw, "''"))
                i += 2
                continue
        m = _CLITIC.match(w) if ("'" in w or "\u2019" in w) else None
        if m:
            cut = a + len(m.group(1))
            out.append((a, cut, m.group(1), _straight(m.group(1))))
            out.append((cut, b, m.group(2), _straight(m.group(2)).lower()))
        else:
            out.append((a, b, w, _straight(w) if ("\u2018" in w or "\u2019" in w) else w))
        i += 1
    return out


def split_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Untagged tokens of ``text[start:end]`` (offsets into ``text``), split as the module docstring says."""
    return [Token(a, w, k) for a, _, w, k in raw_tokens(text, start, end)]


@lru_cache(maxsize=4096)
def token_keys(s: str) -> tuple[str, ...]:
    """The token keys of a short string such as a name or title (cached: names recur across articles)."""
    return tuple(t.key for t in split_tokens(s))
