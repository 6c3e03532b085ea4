"""The clause layer: each sentence tagged and chunked once, with noun phrases, verb groups and their links.

Every layer that asks "who does what to whom" reads this one parse: the
quotation finder (:mod:`biaslab.quotes`: the subject of a reporting verb is
the speaker), the actor layer (:mod:`biaslab.actors`: mentions, descriptors,
agency) and tone toward actors. :func:`biaslab.analyze` parses an article
once (:func:`parse`) and hands the :class:`Parse` to each of them.

Method
------
1. **Tokens** (:mod:`.tokens`): biaslab's word tokens with exact offsets,
   clitics split the Penn Treebank way ("Russia’s" → "Russia" + "’s"),
   title abbreviations and middle initials kept whole ("Gen.", "L.").
2. **Tags and chunks** (:mod:`.chunks`): TextBlob's bundled Pattern tagger
   and chunker (computed directly, :mod:`.pattern`), one call per sentence, with the tag and
   chunk repairs listed there; noun phrases with head and extent (possessives, ``of``/``for``
   complements, appositions, coordination) and verb groups (main verb,
   lemma, finite, passive, negated).
3. **Links** (:mod:`.links`): subject, object and agent of each verb group
   from the chunks by documented rules — across relative clauses and
   appositions ("Putin, who flew in, said"), inverted reporting ("…,” said
   Putin"), coordinated verbs, and complement clauses ("X said the party
   establishment had erred": X is the subject of "said", "the party
   establishment" of "had erred"). Quotation marks bound every link.

References: Marcus, Santorini & Marcinkiewicz (1993), the Penn Treebank tag
set; Ramshaw & Marcus (1995), text chunking with IOB tags; De Smedt &
Daelemans (2012), *Pattern for Python*, JMLR 13 (the tagger and chunker
that TextBlob bundles).

Limits
------
A chunker, not a parser: links are read from the order of chunks, so long
insertions, fronted clauses without commas and objects after a
prepositional phrase are missed, and tagging errors (title-case headlines,
unknown words) carry over into phrases and links. English only.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..segmentation import sentences as split_sentences
from .chunks import MAX_APPOSITIVE_TOKENS, noun_phrases, tag_tokens, verb_groups, verb_lemma
from .links import BOUNDARY_KEYS, MAX_INSERTION, find_links
from .model import (CACHED_TOKENS, PHRASE_KINDS, ROLES, Link, NounPhrase, Parse, ParsedSentence, Token, TokenCache,
                    TokenColumns, VerbGroup, pack_chunks, pack_ints, span_end, unpack_chunks)
from .tokens import raw_tokens, split_tokens, token_keys

__all__ = [
    "Token", "TokenColumns", "TokenCache", "CACHED_TOKENS", "NounPhrase", "VerbGroup", "Link", "ParsedSentence",
    "Parse", "ROLES", "PHRASE_KINDS", "pack_chunks", "unpack_chunks",
    "parse", "parse_sentence", "split_tokens", "token_keys", "verb_lemma", "span_end", "MAX_APPOSITIVE_TOKENS",
    "MAX_INSERTION", "BOUNDARY_KEYS",
]


def parse_sentence(text: str, start: int, end: int, *, index: int = 0, paragraph: int = 0, heading: bool = False,
                   source: object = None, cache: TokenCache | None = None) -> ParsedSentence:
    """Tag, chunk and link the sentence ``text[start:end]``. ``cache``: the :class:`TokenCache` of
    the parse it belongs to (a new one if None)."""
    toks = tag_tokens(raw_tokens(text, start, end))
    phrases = noun_phrases(text, toks)
    verbs = verb_groups(text, toks)
    links = find_links(toks, phrases, verbs)
    phrase_of = [0] * len(toks)  # index + 1 of each token's phrase, 0 for none (see ParsedSentence)
    for k, p in enumerate(phrases):  # innermost wins: nested phrases come after the outer one that starts with them
        for t in range(p.first, p.base_last if p.complement is not None else p.last):
            q = phrase_of[t] - 1
            if q < 0 or phrases[q].last - phrases[q].first >= p.last - p.first:
                phrase_of[t] = k + 1
    verb_of = [0] * len(toks)
    for k, v in enumerate(verbs):
        verb_of[v.first:v.last] = [k + 1] * (v.last - v.first)
    toks = tuple(toks)
    links = [_LINKS.setdefault(k, k) for k in links]
    return ParsedSentence(index, start, end, paragraph, heading, tuple(links), source, pack_ints(phrase_of),
                          pack_ints(verb_of), text, TokenCache() if cache is None else cache,
                          [toks, tuple(phrases), tuple(verbs)])


#: One object per distinct link (memory, issue 15): a link is four small values (role, verb and
#: phrase index, rule), and a long text repeats a few thousand of them over tens of thousands of
#: sentences. Bounded by the longest sentence's phrase and verb counts.
_LINKS: dict[Link, Link] = {}


def parse(text: str, sentences: Sequence | None = None) -> Parse:
    """Parse every sentence of ``text`` once.

    ``sentences``: objects with ``start`` and ``end`` (and optionally
    ``paragraph`` and ``heading``) such as :func:`biaslab.segmentation.sentences`
    gives (the default); each is kept as its :attr:`ParsedSentence.source`.
    Raises TypeError if ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    sents = split_sentences(text) if sentences is None else sentences
    cache = TokenCache()
    out = tuple(parse_sentence(text, s.start, s.end, index=i, paragraph=getattr(s, "paragraph", 0),
                               heading=bool(getattr(s, "heading", False)), source=s, cache=cache)
                for i, s in enumerate(sents))
    return Parse(text, out, tuple(s.start for s in out))
