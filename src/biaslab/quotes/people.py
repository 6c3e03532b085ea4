"""The people of an article, as the quotation finder needs them: who a speaker phrase names, and who "he" or "she" is.

A :class:`PersonMention` is one place where an actor is named: given by
:mod:`biaslab.actors` (declared and detected actors, role nouns; see
:func:`biaslab.actors.speakers.speaker_candidates`) when :func:`biaslab.analyze`
runs, else found here from the declared actors alone.

**Pronoun speakers** ("she said") are resolved to the nearest person named
before the pronoun, outside quotations, whose gender is compatible: he with
a man or a person of unknown gender, she with a woman or unknown. A pronoun
resolved this way counts as a mention of that person for the next pronoun
(a chain "Smith said … she added … she said" stays with Smith). Named only
inside a quotation does not count: in “Mattis lies,” he said, "he" is not
Mattis.

**Gender** comes from evidence, first that applies:

1. the text: an honorific written before any of the person's mentions
   ("Mr." → man; "Mrs.", "Ms.", "Miss" → woman) or a gendered role noun in
   the mention ("spokeswoman", "congressman": the -man/-woman compounds and
   a short list of gendered nouns below);
2. the person's first name in the 1990 US Census first-name frequency lists
   (public domain, shipped by the MIT-licensed PyPI package ``names``,
   Trey Hunner): a name in one list only has that list's gender; a name in
   both has the gender whose frequency is at least :data:`NAME_RATIO` times
   the other's, else none. Why a list at all: news names people by full name
   once and then by surname, without honorifics in most outlets, so the text
   alone leaves most genders unknown, and recency alone gives "she" to the
   last man named. Why this list: it is offline, small (5,500 names),
   permissively licensed, and its frequencies let ambiguous names (Jordan,
   Kelly) stay unknown instead of guessed.

Limits: the census lists are of US residents in 1990, so many names from
elsewhere are unknown (then only the text decides); a person is a gender
only by this evidence, never by stereotype of a role; "they" is never
resolved (as often a group as one person).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["PersonMention", "Pronouns", "first_name_gender", "NAME_RATIO"]

#: A first name in both census lists has a gender only when one frequency is at least this many
#: times the other ("Donald": 0.931 % of men, 0.002 % of women; "Jordan" 0.056 vs 0.012 is ~4.7 and counts,
#: "Kelly" 0.063 vs 0.283 counts for women; "Jessie" 0.06 vs 0.08 stays unknown).
NAME_RATIO = 3.0
#: Honorifics that state a gender (AP Stylebook, "courtesy titles").
_HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "sir": "m", "lady": "f", "dame": "f", "lord": "m"}
#: Role nouns that state a gender (English -man/-woman compounds are matched by their ending).
_GENDERED = {"wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "queen": "f",
             "princess": "f", "actress": "f", "husband": "m", "widower": "m", "father": "m", "son": "m",
             "brother": "m", "king": "m", "prince": "m", "actor": "m"}
#: The pronouns resolved, with the gender they need.
PRONOUN_GENDER = {"he": "m", "she": "f"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """Where an actor is named: ``text[start:end]`` names ``name`` (the
    canonical actor name), resolved as ``resolution`` ("name", "alias",
    "role", "pronoun"); ``person`` is True for a person (a possible
    antecedent of he/she); ``quoted`` is True inside a quotation."""

    start: int
    end: int
    name: str
    resolution: str
    person: bool = True
    quoted: bool = False


@lru_cache(maxsize=1)
def _census() -> tuple[dict[str, float], dict[str, float]]:
    """(male, female) first-name frequencies (percent of each population) from the ``names`` package."""
    out = []
    for sex in ("male", "female"):
        freq: dict[str, float] = {}
        try:
            data = (resources.files("names") / f"dist.{sex}.first").read_text(encoding="ascii")
        except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - broken installation
            data = ""
        for line in data.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0].lower()] = float(parts[1])
        out.append(freq)
    return out[0], out[1]


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"m", "f" or None for a first name by the census lists (see the module docstring)."""
    male, female = _census()
    key = name.lower().strip(".")
    m, f = male.get(key), female.get(key)
    if m is None and f is None:
        return None
    if f is None or (m is not None and m >= NAME_RATIO * f):
        return "m"
    if m is None or f >= NAME_RATIO * m:
        return "f"
    return None


def _text_gender(surface: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(surface)]
    for w in words:
        if w in _HONORIFIC:
            return _HONORIFIC[w]
        if w in _GENDERED:
            return _GENDERED[w]
        if w.endswith("woman") or w.endswith("women"):
            return "f"
        if len(w) > 5 and w.endswith(("sman", "rman", "gman")):
            return "m"
    return None


def _name_gender(name: str) -> str | None:
    words = [w for w in _WORD.findall(name) if w.lower().strip(".") not in _HONORIFIC]
    if len(words) < 2:
        return None
    return first_name_gender(words[0])


def genders(text: str, mentions: Iterable[PersonMention]) -> dict[str, str | None]:
    """Gender evidence per person name: the text first (an honorific or
    gendered noun in or right before any mention), then the first name."""
    out: dict[str, str | None] = {}
    for m in mentions:
        if not m.person or m.resolution == "pronoun":
            continue
        before = text[max(0, m.start - 6):m.start]
        g = _text_gender(text[m.start:m.end]) or _text_gender(before.split()[-1] if before.split() else "")
        if g is not None:
            out[m.name] = out.get(m.name) or g
        else:
            out.setdefault(m.name, None)
    for name, g in out.items():
        if g is None:
            out[name] = _name_gender(name)
    return out


class Pronouns:
    """Resolves he/she to the nearest compatible person named before (see the module docstring)."""

    def __init__(self, text: str, mentions: Sequence[PersonMention]):
        persons = sorted((m for m in mentions if m.person and not m.quoted), key=lambda m: m.start)
        self.gender = genders(text, persons)
        self._mentions = [(m.end, m.name) for m in persons]
        self._ends = [e for e, _ in self._mentions]

    def resolve(self, word: str, pos: int) -> str | None:
        """The person "he"/"she" at offset ``pos`` refers to, else None."""
        need = PRONOUN_GENDER.get(word.lower())
        if need is None:
            return None
        k = bisect_left(self._ends, pos + 1) - 1
        while k >= 0:
            end, name = self._mentions[k]
            if end <= pos and self.gender.get(name) in (None, need):
                return name
            k -= 1
        return None

    def add(self, pos: int, end: int, name: str) -> None:
        """A resolved pronoun at ``pos`` is a mention of ``name`` for later pronouns."""
        k = bisect_left(self._ends, end)
        self._ends.insert(k, end)
        self._mentions.insert(k, (end, name))
