"""Pattern's tagger and chunker computed directly: the same tags and chunk tags, faster.

biaslab tags and chunks every sentence with TextBlob's bundled Pattern
tagger and chunker (De Smedt & Daelemans 2012); together they were about a
seventh of the CPU time of an analysis (issue 16). This module gives their
results with less work.

**Tags** (:func:`tag_words`): Pattern's parser, as TextBlob calls it
(``textblob.en.parser.find_tags`` on pre-split words; no contextual,
morphological or entity rules), tags each word by its lexicon entry (the
first word also by its lower-case form), else an unknown word by its shape:
NNP when title-case, CD when digits and punctuation, else Pattern's suffix
rules (``textblob._text._suffix_rules``, called here as it is, its results
cached per word). :func:`tag_words` reads biaslab's copy of that lexicon
(:func:`biaslab.resources.pattern_tags` builds it) directly, without
Pattern's per-word lists and its identity tag map.

**Chunks** (:func:`chunk_tags`): Pattern's chunker (``textblob._text.find_chunks``)
joins the tags into one string (``DT/JJ/NN/VBD/``), runs six regular
expressions over it in order (NP, PP, VP, VP of a lone modal, ADJP, ADVP;
Ramshaw & Marcus 1995 style), marks the tokens of each match ``B-`` and
``I-`` unless an earlier rule took them, and finds each match's first token
by counting the separators before it. :func:`chunk_tags` applies the same
rules to a string of one character per token (:data:`TAG_CLASSES`: the tags
every rule treats alike share a character), where a match's offsets are its
token indices: about four times faster.

Why the chunks are the same: in Pattern's string every unit of a rule is a
whole tag followed by ``/``, so a match covers whole tokens, except that it
may *start* inside a tag whose end is a tag of some rule. Among the tags of
:data:`TAG_CLASSES` that happens only for WDT and PDT, whose "DT" can open a
noun phrase (class ``w``, accepted by the NP rule at the start of a match
only), and for WRB, whose "RB" the rules exclude by a look-behind. Every
other tag maps to a class of the same behaviour in every rule, so the same
matches are found in the same order, and the B-/I- marking, the rule that a
conjunction does not open a chunk and Pattern's final ``RB`` correction are
applied as Pattern applies them. A sentence with any other tag is chunked by
Pattern itself (:func:`biaslab.resources.pattern_chunks`).
``tests/test_clauses_pattern.py`` compares both functions with Pattern's own
on tag sequences of every class and on sentences.

References: De Smedt, T. & Daelemans, W. (2012). Pattern for Python. *JMLR*
13. Ramshaw, L. & Marcus, M. (1995). Text chunking using transformation-based
learning. *Third Workshop on Very Large Corpora*.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..resources import _pattern, pattern_chunks

__all__ = ["TAG_CLASSES", "chunk_tags", "tag_words"]

#: One string object per tag (a few dozen): tokens share them (memory, issue 15).
_SHARED_TAGS: dict[str, str] = {}


def tag_words(words: Sequence[str]) -> list[str]:
    """The Penn tags :func:`biaslab.resources.pattern_tags` gives ``words`` (Pattern's tagger as
    TextBlob calls it), one per word; an empty word is read as ``_``, as there."""
    parser, _ = _pattern()
    get = parser.lexicon.get
    words = [w or "_" for w in words]
    tags = [get(w) for w in words]
    if tags and tags[0] is None:
        tags[0] = get(words[0].lower()) or None  # the first word also by its lower-case form
    if None in tags:
        tags = [_unknown_tag(w, parser.default) if t is None else t for w, t in zip(words, tags)]
    shared = _SHARED_TAGS.setdefault
    return [shared(t, t) for t in tags]


@lru_cache(maxsize=16384)
def _unknown_tag(word: str, default: tuple[str, str, str]) -> str:
    """Pattern's tag of a word its lexicon lacks (``textblob._text.find_tags`` without a model,
    morphology or context): ``default`` is the parser's (noun, proper noun, number). One repair: a
    word of letters that opens with a capital and a lower-case letter and has another capital inside
    ("DeSantis", "LaHood", "LaVerne", "PolitiFact") is a proper noun too, as a title-case word is;
    Pattern's ``istitle`` test reads such names as common nouns."""
    from textblob._text import CD, _suffix_rules

    if word.istitle() or (word[:1].isupper() and word[1:2].islower() and word.isalpha()):
        return default[1]
    if CD.match(word) is not None:
        return default[2]
    return _suffix_rules([word, default[0]])[1]


#: The class character of each Penn tag the rules of Pattern's English chunker tell apart:
#: ``N`` nouns and personal pronouns, ``D`` determiners and numbers, ``C`` conjunctions, ``R``
#: adverbs, ``J`` adjectives, ``I`` prepositions and "to", ``V`` verbs, ``M`` modals, ``W`` WRB,
#: ``w`` WDT and PDT (a noun phrase may start at their "DT"), ``x`` tags no rule matches.
TAG_CLASSES = {
    **dict.fromkeys(("NN", "NNS", "NNP", "NNPS", "PRP", "PRP$"), "N"),
    **dict.fromkeys(("DT", "CD"), "D"),
    "CC": "C",
    **dict.fromkeys(("RB", "RBR", "RBS"), "R"),
    **dict.fromkeys(("JJ", "JJR", "JJS"), "J"),
    **dict.fromkeys(("IN", "TO"), "I"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "V"),
    "MD": "M",
    "WRB": "W",
    **dict.fromkeys(("WDT", "PDT"), "w"),
    **dict.fromkeys((",", ".", ":", '"', "''", "``", "(", ")", "POS", "WP", "WP$", "EX", "UH", "FW", "SYM", "$",
                     "#", "RP", "LS"), "x"),
}

#: Pattern's English rules in its order, over the class characters: ``(B- tag, I- tag, rule)``.
_RULES = tuple((f"B-{name}", f"I-{name}", re.compile(rule)) for name, rule in (
    ("NP", r"(?:N*[DC]*|w[DC]*)[RJ]*N+"),  # nouns, then determiners, adverbs and adjectives, then nouns
    ("PP", r"I+"),
    ("VP", r"(?:[MR]*V+)+"),
    ("VP", r"M"),
    ("ADJP", r"[CRJ]*J+"),
    ("ADVP", r"[RW]+"),
))


def chunk_tags(tags: Sequence[str]) -> list[str]:
    """The IOB chunk tags (``B-NP``, ``I-VP``, ``O`` …) Pattern's chunker gives the tagged tokens
    with these Penn ``tags`` (its output depends on the tags only), one per tag."""
    try:
        classes = "".join([TAG_CLASSES[t] for t in tags])
    except KeyError:  # a tag outside the classes: Pattern's own chunker
        return pattern_chunks(tags, tags)
    n = len(tags)
    chunks: list[str | None] = [None] * n
    for begin, inside, rule in _RULES:
        for m in rule.finditer(classes):
            j, end = m.span()
            for k in range(j, end):
                if chunks[k] is not None:
                    continue
                if k == j:
                    if tags[k] == "CC":  # a conjunction does not open a chunk
                        j += 1
                    else:
                        chunks[k] = begin
                else:
                    chunks[k] = inside
    out = [c or "O" for c in chunks]
    for i in range(n - 1):  # Pattern's correction: "Perhaps" (ADVP) + "you" (NP), not one NP
        if out[i] == "B-NP" and tags[i][:2] == "RB" and tags[i + 1][:2] != "JJ":
            out[i] = "B-ADVP"
            out[i + 1] = "B-NP"
    return out
