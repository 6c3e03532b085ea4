"""Tokens of :mod:`biaslab.actors`: split, tagged and chunked once per sentence.

Sentences are split with :func:`biaslab.segmentation.tokens`, title
abbreviations are kept whole ("Gen.") and English clitics split off the way
the Penn Treebank does ("Russia’s" → "Russia" + "’s"); each sentence is then
tagged and chunked with :func:`biaslab.resources.pattern_parse`. Also the
Penn tag and closed word sets the other modules share, and the test for a
name-shaped token.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..resources import pattern_parse
from ..segmentation import ABBREVIATIONS, APOSTROPHES, ENGLISH_QUOTES, fold_quotes
from ..segmentation import tokens as split_tokens

#: Penn tags of descriptive words before a name ("embattled", "strong man").
_DESCRIPTIVE = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG"})
#: Tokens that open or close a quotation (a sentence opening with one still starts at
#: the next word): the English marks and the guillemets « » (U+00AB, U+00BB). Not „ ‚
#: ‹ ›: adding them would change which capitalised words count as sentence-initial.
_QUOTE_MARKS = frozenset(ENGLISH_QUOTES + "\u00ab\u00bb")
#: Apostrophes that split off a clitic: ' and ’. Not ʼ (U+02BC), a letter to ``\w``
#: that word tokens keep inside ("Russiaʼs" stays one token).
_APOSTROPHES = APOSTROPHES.replace("\u02bc", "")
#: English clitics split off as the Penn Treebank does ("Russia’s" → "Russia" + "’s").
_CLITIC = re.compile(rf"(?i)^(.+?)(n[{_APOSTROPHES}]t|[{_APOSTROPHES}](?:s|re|ve|ll|d|m))$")
#: Marks made straight in a token's key: the curly single marks ‘ ’ (U+2018, U+2019),
#: which the Pattern tagger would read as nouns; it knows “ ” as quotation marks. It
#: also reads « » „ ‚ ‹ › as nouns; folding them too would change tags and results.
_KEY_FOLDED = "\u2018\u2019"
#: The article that may open a role noun ("the Russian leader"); optional when matching.
_DETERMINERS = frozenset({"the"})
#: A lower-case particle joined to a capitalised name by a hyphen is still a name.
_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Assad", "bin-..."


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str  # the token with curly apostrophes made straight
    tag: str = ""
    chunk: str = "O"

    @property
    def proper(self) -> bool:
        return self.tag in ("NNP", "NNPS")


def _straight(s: str) -> str:
    return fold_quotes(s, marks=_KEY_FOLDED)


def _split(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Tokens with title abbreviations joined ("Gen.") and clitics split ("Russia" + "’s")."""
    base = split_tokens(text, start, end)
    out: list[_Tok] = []
    i = 0
    while i < len(base):
        t = base[i]
        nxt = base[i + 1] if i + 1 < len(base) else None
        if (nxt is not None and nxt.text == "." and nxt.start == t.end
                and t.text.casefold() in ABBREVIATIONS and t.text[:1].isupper()):
            out.append(_Tok(t.start, nxt.end, t.text + ".", t.text + "."))
            i += 2
            continue
        m = _CLITIC.match(t.text)
        if m and len(m.group(1)) > 0:
            cut = t.start + len(m.group(1))
            out.append(_Tok(t.start, cut, m.group(1), _straight(m.group(1))))
            out.append(_Tok(cut, t.end, m.group(2), _straight(m.group(2)).lower()))
        else:
            out.append(_Tok(t.start, t.end, t.text, _straight(t.text)))
        i += 1
    return out


@lru_cache(maxsize=4096)
def _keys(s: str) -> tuple[str, ...]:
    """The token keys of a name, alias or title (cached: names recur across articles)."""
    return tuple(t.key for t in _split(s))


@dataclass(slots=True)
class _Sent:
    index: int
    start: int
    end: int
    paragraph: int
    heading: bool
    toks: list[_Tok]
    source: object  # the sentence object given by the caller


def _tag(text: str, sents: Sequence) -> list[_Sent]:
    out = []
    for i, s in enumerate(sents):
        toks = _split(text, s.start, s.end)
        for tok, (_, tag, chunk) in zip(toks, pattern_parse([t.key for t in toks])):
            tok.tag, tok.chunk = tag, chunk
        out.append(_Sent(i, s.start, s.end, getattr(s, "paragraph", 0), bool(getattr(s, "heading", False)),
                         toks, s))
    return out


def _name_shaped(toks: Sequence[_Tok], k: int) -> bool:
    """A proper noun by its tag, or a capitalised word not at the start of the
    sentence (mid-sentence capitals mark names: "Russia Today")."""
    tok = toks[k]
    s = tok.text
    if not s[:1].isalpha():
        return False
    if tok.proper:
        return s[:1].isupper() or bool(_PARTICLE_NAME.match(s))
    return s[:1].isupper() and s.isalpha() and not _sentence_initial(toks, k)


def _sentence_initial(toks: Sequence[_Tok], i: int) -> bool:
    return all(t.key in _QUOTE_MARKS or t.key in "([" for t in toks[:i])


def _join(toks: Sequence[_Tok], i: int, j: int) -> list[str]:
    out = []
    for a in range(i, j):
        if a > i and toks[a].start > toks[a - 1].end:
            out.append(" ")
        out.append(toks[a].text)
    return out
