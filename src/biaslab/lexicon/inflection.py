"""Inflected spellings of lexicon terms and of their neutral alternatives (rules of
:mod:`biaslab.morphology`), and the words of a term."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..morphology import plurals, verb_inflections
from .tokens import _HYPHEN, _JOIN_GAP, _WORD, _norm

#: Words skipped when looking for a phrase's head, the word that inflects
#: ("floods of", "strong men"): English prepositions, articles, conjunctions.
FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with within without into onto over under about "
    "upon through across against between among around behind beyond during toward towards "
    "as than and or but nor before after up out down off away back that this it its our my "
    "your their his her we they be is are was were".split()
)


#: Uncountable nouns used as neutral alternatives: they have no plural, so a
#: plural match ("outrages") gets no suggestion rather than "angers".
MASS_NOUNS = frozenset("anger violence disorder damage fear chaos evidence information immigration "
                       "migration destruction".split())


def _inflections(word: str) -> list[tuple[str, str]]:
    """Inflected forms of a lexicon word as ``(form, kind)``, kind ``s``/``ed``/
    ``ing``; the first form of each kind is its usual spelling. A term may be a
    noun or a verb, so it takes the noun plurals (whose spelling the verb's -s
    shares) and the verb's regular -ed and -ing forms, all from
    :mod:`biaslab.morphology`. Irregular forms ("overran") are not generated:
    like a differently used form, an irregular one is a row of its own, with
    its own neutral alternative. Words shorter than three letters (function
    words) do not inflect. Over-generation is harmless: a non-word never
    occurs in text."""
    if len(word) < 3 or not word.isalpha():
        return []
    out = [(f, "s") for f in plurals(word)]
    out += [(f, kind) for kind in ("ed", "ing") for f in verb_inflections(word, kind)]
    return [(f, k) for f, k in out if f != word]


def _head_index(words: Sequence[str]) -> int:
    """Index of the word that inflects: the last one that is not a function word."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in FUNCTION_WORDS:
            return k
    return len(words) - 1


def _first_index(words: Sequence[str]) -> int:
    """Index of the first word that is not a function word (else the head)."""
    return next((k for k, w in enumerate(words) if w not in FUNCTION_WORDS), _head_index(words))


def _inflect_phrase(phrase: str, kind: str) -> str:
    """``phrase`` with its head (or, for kind ``^...``, its first content word)
    in the usual spelling of ``kind``: the neutral alternative of "regimes"
    is "governments", of "lashed out at" is "criticized"."""
    if not kind or not phrase:
        return phrase
    parts = phrase.split(" ")
    words = [_norm(p) for p in parts]
    k = _first_index(words) if kind.startswith("^") else _head_index(words)
    stem, _, head = parts[k].lower().rpartition("-")  # "non-believer": inflect "believer"
    kind = kind.lstrip("^")
    if kind == "s" and head.endswith("s"):  # already plural: "civilian casualties"
        return phrase
    if kind == "s" and head in MASS_NOUNS:
        return ""  # "outrages" -> "angers" would be wrong
    if head.endswith("ed") or kind != "s" and head.endswith("ing"):
        return ""  # "killing" cannot become "killinged": no suggestion beats a wrong one
    forms = [f for f, fk in _inflections(head) if fk == kind]
    if forms:
        parts[k] = f"{stem}-{forms[0]}" if stem else forms[0]
    return " ".join(parts)



def _term_words(term: str) -> tuple[list[str], list[bool]]:
    """The normalized words of a term and, for each gap between them, whether
    it holds a hyphen; raise ValueError if the term is not words separated by
    spaces or hyphens (with an optional final ``*``)."""
    body = term[:-1] if term.endswith("*") else term
    words = list(_WORD.finditer(body))
    gaps = [body[a.end():b.start()] for a, b in zip(words, words[1:])]
    if ("*" in body or not words or words[0].start() != 0 or words[-1].end() != len(body)
            or not all(_JOIN_GAP.fullmatch(g) for g in gaps)):
        raise ValueError(f"bad term {term!r}: use words separated by spaces or hyphens, "
                         "with an optional final *")
    return [_norm(w.group()) for w in words], [bool(re.search(_HYPHEN, g)) for g in gaps]


def _closed_up(words: list[str], hyphens: list[bool]) -> list[str]:
    """The words with hyphenated parts written solid ("pre-emptive" -> "preemptive")."""
    out = [words[0]]
    for word, hyphen in zip(words[1:], hyphens):
        if hyphen:
            out[-1] += word
        else:
            out.append(word)
    return out


def _variants(words: list[str]) -> list[tuple[list[str], str]]:
    """Inflected spellings of a term as ``(words, kind)``, kind ``s``/``ed``/
    ``ing`` for the head and ``^s``/``^ed``/``^ing`` for the first word.

    A single word takes every kind. In a phrase, a head that is also its first
    content word ("lash out at", "claim that") is a verb and takes every kind;
    any other head ends a noun phrase ("police state") and takes only ``s``
    (so "police stated" is not "police state"), and the first content word
    inflects fully when a function word follows it ("wipe off the map",
    "spiral out of control"). A word right before "of" is a noun ("flood of",
    "enemy of the people"): plural only.
    """
    def kinds(k: int) -> tuple[str, ...]:
        return ("s",) if words[k + 1:k + 2] == ["of"] else ("s", "ed", "ing")

    def inflect(k: int, allowed: tuple[str, ...], mark: str = "") -> list[tuple[list[str], str]]:
        return [([*words[:k], f, *words[k + 1:]], mark + kind)
                for f, kind in _inflections(words[k]) if kind in allowed]

    h, first = _head_index(words), _first_index(words)
    if len(words) == 1 or h == first:
        return inflect(h, kinds(h))
    out = inflect(h, ("s",))
    if words[first + 1] in FUNCTION_WORDS:
        out += inflect(first, kinds(first), "^")
    return out

