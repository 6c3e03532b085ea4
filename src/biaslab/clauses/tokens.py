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
* two straight or curly single marks in a row ('' or ’’), the double mark
  of typewriter-style copy, become one token.

Each token's ``key`` has the curly single marks ‘ ’ made straight: the
Pattern tagger reads ’s as a noun but 's as a possessive.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segmentation import ABBREVIATIONS, APOSTROPHES, fold_quotes
from ..segmentation import tokens as base_tokens
from .model import Token

__all__ = ["split_tokens", "token_keys"]

#: Apostrophes that split off a clitic: ' and ’. Not ʼ (U+02BC), a letter to ``\w``
#: that word tokens keep inside ("Russiaʼs" stays one token).
_APOSTROPHES = APOSTROPHES.replace("\u02bc", "")
#: English clitics split off as the Penn Treebank does ("Russia’s" → "Russia" + "’s").
_CLITIC = re.compile(rf"(?i)^(.+?)(n[{_APOSTROPHES}]t|[{_APOSTROPHES}](?:s|re|ve|ll|d|m))$")
#: Marks made straight in a token's key: the curly single marks ‘ ’ (U+2018, U+2019),
#: which the Pattern tagger would read as nouns; it knows “ ” as quotation marks. It
#: also reads « » „ ‚ ‹ › as nouns; folding them too would change tags and results.
_KEY_FOLDED = "\u2018\u2019"
#: Single marks that make a double one when two stand together ('' ’’ ‘‘).
_SINGLE_MARKS = "'\u2018\u2019"


def _straight(s: str) -> str:
    return fold_quotes(s, marks=_KEY_FOLDED)


def split_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Untagged tokens of ``text[start:end]`` (offsets into ``text``), split as the module docstring says."""
    base = base_tokens(text, start, end)
    out: list[Token] = []
    i, n = 0, len(base)
    while i < n:
        t = base[i]
        nxt = base[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.start == t.end:
            if nxt.text == "." and t.text[:1].isupper() and (
                    t.text.casefold() in ABBREVIATIONS
                    or (len(t.text) == 1 and out and out[-1].text[:1].isupper()
                        and i + 2 < n and base[i + 2].text[:1].isupper())):
                out.append(Token(t.start, nxt.end, t.text + ".", t.text + "."))
                i += 2
                continue
            if t.text in _SINGLE_MARKS and nxt.text in _SINGLE_MARKS and t.text == nxt.text:
                out.append(Token(t.start, nxt.end, t.text + nxt.text, "''"))
                i += 2
                continue
        m = _CLITIC.match(t.text)
        if m:
            cut = t.start + len(m.group(1))
            out.append(Token(t.start, cut, m.group(1), _straight(m.group(1))))
            out.append(Token(cut, t.end, m.group(2), _straight(m.group(2)).lower()))
        else:
            out.append(Token(t.start, t.end, t.text, _straight(t.text)))
        i += 1
    return out


@lru_cache(maxsize=4096)
def token_keys(s: str) -> tuple[str, ...]:
    """The token keys of a short string such as a name or title (cached: names recur across articles)."""
    return tuple(t.key for t in split_tokens(s))
