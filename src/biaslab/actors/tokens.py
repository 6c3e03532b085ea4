"""Tokens of :mod:`biaslab.actors`, read from the clause layer (:mod:`biaslab.clauses`).

Sentences are tagged and chunked once, by :func:`biaslab.clauses.parse`
(clitics split the Penn Treebank way, "Russia’s" → "Russia" + "’s"; title
abbreviations and middle initials kept whole, "Gen.", "L."); the actor layer
reads those tokens and phrases. Also the Penn tag and closed word sets the
other modules share, and the test for a name-shaped token.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..clauses import Parse, ParsedSentence, Token, parse, split_tokens, token_keys
from ..segmentation import ENGLISH_QUOTES

#: Penn tags of descriptive words before a name ("embattled", "strong man").
_DESCRIPTIVE = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG"})
#: Tokens that open or close a quotation (a sentence opening with one still starts at
#: the next word): the English marks, the double single mark ('') and the guillemets
#: « » (U+00AB, U+00BB). Not „ ‚ ‹ ›: adding them would change which capitalised words
#: count as sentence-initial.
_QUOTE_MARKS = frozenset([*ENGLISH_QUOTES, "''", "\u00ab", "\u00bb"])
#: The article that may open a role noun ("the Russian leader"); optional when matching.
_DETERMINERS = frozenset({"the"})
#: A lower-case particle joined to a capitalised name by a hyphen is still a name.
_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Assad", "bin-..."

#: A tagged sentence as the actor layer reads it: :class:`biaslab.clauses.ParsedSentence`
#: (``tokens`` also as ``toks``, ``index``, ``paragraph``, ``heading``, ``source``).
_Sent = ParsedSentence
#: Tokens are the clause layer's (``start``, ``end``, ``text``, ``key``, ``tag``, ``chunk``, ``proper``).
_split = split_tokens
_keys = token_keys


@dataclass(slots=True)
class _Tok:
    """A token built from a name's own words, not from the text (offsets 0), whose tag
    the caller sets: titles and nationalities are matched against such tokens too."""

    start: int
    end: int
    text: str
    key: str
    tag: str = ""
    chunk: str = "O"

    @property
    def proper(self) -> bool:
        return self.tag in ("NNP", "NNPS")


def _tag(text: str, sents: Sequence | Parse) -> list[ParsedSentence]:
    """The parsed sentences: those of ``sents`` when it is a :class:`~biaslab.clauses.Parse`
    of ``text`` already, else ``sents`` (sentence spans) parsed now."""
    if isinstance(sents, Parse):
        return list(sents.sentences)
    return list(parse(text, sents).sentences)


def _name_shaped(toks: Sequence[Token], k: int) -> bool:
    """A proper noun by its tag, or a capitalised word not at the start of the
    sentence (mid-sentence capitals mark names: "Russia Today")."""
    tok = toks[k]
    s = tok.text
    first = s[:1]
    if not first.isupper():  # only a proper noun "al-Assad" (most words are lower case)
        return "-" in s and first.isalpha() and tok.proper and bool(_PARTICLE_NAME.match(s))
    if not first.isalpha():
        return False
    return tok.proper or (s.isalpha() and not _sentence_initial(toks, k))


def _sentence_initial(toks: Sequence[Token], i: int) -> bool:
    return all(t.key in _QUOTE_MARKS or t.key in "([" for t in toks[:i])


def _join(toks: Sequence[Token], i: int, j: int) -> list[str]:
    out = []
    for a in range(i, j):
        if a > i and toks[a].start > toks[a - 1].end:
            out.append(" ")
        out.append(toks[a].text)
    return out
