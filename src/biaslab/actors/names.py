"""Personal names: particles, initials and surnames, read with ``nameparser``.

``nameparser`` (Derek Gulbranson; LGPL-2.1-or-later, on PyPI, pure Python,
offline) parses a human name into title, first, middle, last and suffix, and
knows the lower-case particles that belong to a surname ("von der Leyen",
"bin Salman", "de la Cruz"). biaslab uses it for three things:

* :func:`particle` — a lower-case word that may sit *inside* a detected name
  ("Ursula von der Leyen"): nameparser's prefixes that are plain lower-case
  words, less the few that are also common English words (:data:`NOT_PARTICLES`);
* :func:`surname` — the surname of a person's name, particles included
  ("Ursula von der Leyen" → "von der Leyen", "Janet L. Yellen" → "Yellen",
  "Martin Luther King Jr." → "King");
* :func:`initial_at` — a middle initial written "L." is part of the name.

Limits: nameparser reads names in Western order, so the surname of "Xi
Jinping" comes out as "Jinping" (biaslab then waits for the text to use a
word alone before making it an alias; see :mod:`biaslab.actors.detection`).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..resources import once
from .tokens import _Tok

__all__ = ["particle", "surname", "initial_at", "NOT_PARTICLES"]

#: nameparser prefixes that are also everyday English (or too short to tell):
#: "do", "op", "bar", "bat", "bon", "san", "te", "het", "heer", "vel" would join
#: "Did Trump do …" or "Putin bar …" into one name.
NOT_PARTICLES = frozenset("do op bar bat bon san santa st ste te het heer vel mac mc tho thoe ua aan aen".split())


@once
def _particles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(p for p in CONSTANTS.prefixes
                     if p.isascii() and p.isalpha() and p.islower() and p not in NOT_PARTICLES)


def particle(word: str) -> bool:
    """A lower-case surname particle ("von", "der", "de", "bin", "al")."""
    return word in _particles()


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """The surname of a personal name as nameparser reads it, particles included."""
    from nameparser import HumanName

    return HumanName(name).last or name.split()[-1]


def initial_at(toks: Sequence[_Tok], k: int) -> bool:
    """``toks[k]`` is the period of a middle initial ("Janet L. Yellen"): it follows a
    single capital letter directly and a capitalised word follows."""
    if k < 2 or k + 1 >= len(toks) or toks[k].key != ".":
        return False
    letter, after = toks[k - 1], toks[k + 1]
    return (len(letter.key) == 1 and letter.key.isupper() and letter.end == toks[k].start
            and after.key[:1].isupper())
