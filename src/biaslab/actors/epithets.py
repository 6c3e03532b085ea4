"""Epithets: a definite description that names a person described earlier with the same head noun.

A news article introduces a person with a description ("Tom Reed, a retired banker,"; "Dover party
nominee Tom Reed") and later refers to them by it alone: "the banker said", "the party's nominee
added". Vieira & Poesio (2000) resolve such a definite description by *same-head* coreference: its
antecedent is an earlier noun phrase with the same head noun, the anaphor's premodifiers being a
subset of the antecedent's ("the party nominee", not "the Republican nominee", after "the Dover party
nominee"). Here the antecedents are only the descriptions an article attaches to a named person: an
appositive after the name and the common nouns right before it in its noun chunk. Titles are read by
the title list (:mod:`biaslab.actors.titles`); this covers the descriptions no title list holds.

This module reads tokens only; :func:`biaslab.actors.mentions.resolve_names` applies it, sentence by
sentence in order: a description records its head for that person; a later "the [premodifiers] head"
is a role mention of the most recent person so described, unless a noun phrase with the same head
and another determiner ("a banker", "another banker") came between, which introduces someone new.
A definite description that a phrase or clause postmodifies ("the banker from Ohio", "the banker
who …") is left alone: postmodification marks a description as new to the discourse (Fraurud 1990;
Vieira & Poesio 2000).

References: Vieira, R. & Poesio, M. (2000). An empirically based system for processing definite
descriptions. *Computational Linguistics* 26(4), 539-593. Fraurud, K. (1990). Definiteness and the
processing of noun phrases in natural discourse. *Journal of Semantics* 7(4), 395-433.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..morphology import person_noun
from .tokens import _Tok

#: Tags of the words a description's noun phrase is built of before its head ("Dover party", "retired",
#: "real estate"): adjectives, nouns, names, numbers, participles, and the possessive clitic.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "CD", "VBN", "VBG", "POS"})
#: Determiners that open a noun phrase introducing someone new ("a banker", "another banker").
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
#: Words that open the noun phrases this module reads (a definite or indefinite description).
OPENERS = _INDEFINITE | {"the"}
#: Words before a noun phrase that make it predicative ("Reed became the nominee", "as the nominee"):
#: it says what someone is and needs no antecedent (Vieira & Poesio 2000 set copular
#: constructions apart the same way).
_PREDICATIVE_BEFORE = frozenset({"is", "was", "are", "were", "be", "been", "being", "become", "became",
                                 "becomes", "becoming", "remain", "remains", "remained", "as"})
#: Words after a definite description that postmodify it (a prepositional phrase or a relative
#: clause): the description is then new to the discourse, not an anaphor.
_POSTMODIFIER_TAGS = frozenset({"IN", "WDT", "WP", "WP$", "TO"})


@dataclass(frozen=True)
class Epithet:
    """A description's head noun (lower case) and the set of its premodifiers (lower case, the
    possessive clitic left out): "the Dover party's nominee" → ("nominee", {"dover", "party"})."""

    head: str
    modifiers: frozenset[str]

    def covers(self, other: Epithet) -> bool:
        """Can ``other``, a later definite description, refer to what this one describes (same head,
        its premodifiers among these)?"""
        return other.head == self.head and other.modifiers <= self.modifiers


def _epithet(toks: Sequence[_Tok], a: int, head: int) -> Epithet | None:
    """The epithet of the words ``toks[a:head + 1]``: a singular lower-case common noun at ``head``
    and premodifiers before it."""
    h = toks[head]
    if h.tag != "NN" or not h.key.isalpha() or not h.key.islower() or not person_noun(h.key):
        return None
    return Epithet(h.key, frozenset(t.key.casefold() for t in toks[a:head] if t.tag != "POS"))


def appositive_epithet(toks: Sequence[_Tok], a: int, b: int) -> Epithet | None:
    """The epithet of an appositive ``toks[a:b]`` (", a retired banker,", ", the party's nominee for
    mayor,"): its first noun phrase, past a determiner, up to "of" or another preposition."""
    k = a
    if k < b and toks[k].tag in ("DT", "PRP$"):
        k += 1
    end = k
    while end < b and toks[end].tag in _MODIFIER_TAGS:
        end += 1
    return _epithet(toks, k, end - 1) if end > k else None


def premodifier_epithet(toks: Sequence[_Tok], i: int) -> Epithet | None:
    """The epithet in the noun chunk right before a name at ``i`` ("Dover party nominee Tom Reed" →
    nominee; "real estate mogul Ann Moss" → mogul)."""
    if i >= len(toks) or toks[i].chunk != "I-NP":
        return None  # the name opens its own chunk: the words before it are another phrase
    k = i
    while k > 0 and toks[k - 1].tag in _MODIFIER_TAGS and toks[k - 1].chunk in ("B-NP", "I-NP"):
        k -= 1
        if toks[k].chunk == "B-NP":
            break
    return _epithet(toks, k, i - 1) if k < i else None


def definite_at(toks: Sequence[_Tok], i: int) -> tuple[int, Epithet] | None:
    """A definite description "the [premodifiers] head" opening at ``i``, neither predicative nor
    followed by another noun, a postmodifier or a name in apposition: (end token, epithet), else None."""
    if toks[i].key.casefold() != "the" or (i > 0 and toks[i - 1].key.casefold() in _PREDICATIVE_BEFORE):
        return None
    end = _noun_run_end(toks, i + 1)
    if end == i + 1 or (end < len(toks) and (toks[end].tag in _POSTMODIFIER_TAGS or toks[end].tag.startswith("NN"))):
        return None
    if end + 1 < len(toks) and toks[end].key == "," and toks[end + 1].proper:
        return None  # "The harbour chairman, Omar Diaz, …": the description of the name after it
    found = _epithet(toks, i + 1, end - 1)
    return (end, found) if found is not None else None


def indefinite_at(toks: Sequence[_Tok], i: int) -> str | None:
    """The head noun of a noun phrase opened at ``i`` by an indefinite determiner ("a banker",
    "another retired banker"), else None."""
    if toks[i].key.casefold() not in _INDEFINITE:
        return None
    end = _noun_run_end(toks, i + 1)
    found = _epithet(toks, i + 1, end - 1) if end > i + 1 else None
    return found.head if found is not None else None


def _noun_run_end(toks: Sequence[_Tok], k: int) -> int:
    """End of the premodifiers and head starting at ``k``: the first token past them that is no
    noun-phrase word, or that closes the phrase (a noun followed by no other noun)."""
    while k < len(toks) and toks[k].tag in _MODIFIER_TAGS:
        k += 1
    while k > 0 and toks[k - 1].tag != "NN" and toks[k - 1].tag in _MODIFIER_TAGS:
        k -= 1  # "the retired banker" ends at the noun, not at a participle after it
    return k
