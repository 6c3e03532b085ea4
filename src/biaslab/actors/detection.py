"""Detection of undeclared actors: proper-noun runs in non-heading sentences.

A run loses leading and trailing day names, then its leading nationality and
titles; what remains (one to :data:`MAX_NAME_WORDS` words) is a name. See
the :mod:`biaslab.actors` docstring for when a name becomes an actor.

The last word of a detected multi-word name becomes an alias only with
evidence that it names the actor on its own (:func:`_surname_evidence`): the
name was written after a title ("Gen. Sergey Surovikin": titles belong to
people), or the word stands alone as a name somewhere else in the text —
capitalised away from the start of a sentence ("…, Shoigu said", "said
Shoigu"), or opening a sentence right before a reporting verb ("Shoigu
said"; verbs from ``data/reporting_verbs.csv``). A capital at the start of a
sentence proves nothing, and the tagger calls any capitalised word there a
proper noun, so "Nations across the region" and "Times change" do not make
"Nations" and "Times" aliases of "United Nations" and "New York Times".
"""
from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..quotes import load_reporting_verbs
from ..resources import once
from ..segmentation import sentences as split_sentences
from .registry import _Actor, _declared
from .titles import _nation_at, _nations, _title_at
from .tokens import _join, _keys, _name_shaped, _Sent, _sentence_initial, _split, _tag, _Tok

__all__ = ["detect_actors", "MIN_RECURRENCE", "MAX_NAME_WORDS"]

#: A detected one-word name must occur this often: one sighting of a capitalised
#: word is as likely a place or a sentence-initial word as an actor.
MIN_RECURRENCE = 2
#: Longest detected name in words (after titles): personal and organisation
#: names rarely exceed four words; longer proper-noun runs are title-case phrases.
MAX_NAME_WORDS = 4


@once
def _calendar_words() -> frozenset[str]:
    """English day and month names (Python's ``calendar`` in the default C locale)."""
    return frozenset(w for w in [*calendar.day_name, *calendar.month_name] if w)


@once
def _days() -> frozenset[str]:
    return frozenset(calendar.day_name)


@once
def _speech_verbs() -> frozenset[str]:
    """One-word forms of the reporting verbs of ``data/reporting_verbs.csv`` ("said", "told", "warned")."""
    return frozenset(f for v in load_reporting_verbs().values() for f in v.forms if " " not in f)


def detect_actors(text: str, sentences: Sequence | None = None, *,
                  declared: Mapping[str, Sequence[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Actors found automatically (not among ``declared``): ``{name: aliases}``.

    See the module docstring for the rules. ``sentences`` default to
    :func:`biaslab.segmentation.sentences` of ``text``.
    """
    sents = _tag(text, split_sentences(text) if sentences is None else sentences)
    registry = _declared(declared or {})
    return {a.name: tuple(a.aliases) for a in _detect(sents, registry)}


def _shouted_verb(word: str) -> bool:
    return word.isupper() and word.casefold() in _speech_verbs()


@dataclass
class _Sighting:
    keys: tuple[str, ...]
    surface: str
    titled: bool
    initial: bool
    speaks: bool  # a reporting verb follows ("Shoigu said")


def _detect(sents: Sequence[_Sent], registry: list[_Actor]) -> list[_Actor]:
    """New actors from proper-noun runs in non-heading sentences."""
    known = {keys for a in registry for keys in a.forms}
    sightings: list[_Sighting] = []
    for s in sents:
        if s.heading:
            continue
        toks = s.toks
        i = 0
        while i < len(toks):
            if not _name_shaped(toks, i):
                i += 1
                continue
            j = i + 1
            # a shouted reporting verb is not part of the name: "Putin TOLD reporters"
            while j < len(toks) and _name_shaped(toks, j) and not _shouted_verb(toks[j].text):
                j += 1
            sighting = _read_run(toks, i, j)
            if sighting is not None:
                sightings.append(sighting)
            i = j
    calendar_words, nations = _calendar_words(), _nations()
    useful = [x for x in sightings if x.keys not in known and x.keys not in nations
              and not (len(x.keys) == 1 and x.keys[0] in calendar_words)]
    multi = [x for x in useful if len(x.keys) > 1]
    # a surname shared by two different full names is ambiguous: no alias
    surnames: dict[str, set] = defaultdict(set)
    for x in multi:
        surnames[x.keys[-1]].add(x.keys)
    for a in registry:  # declared one-word names and surnames count too
        for keys in a.forms:
            if len(keys) == 1:
                surnames[keys[0]].add(("__declared__", a.name))
    evidence = _surname_evidence(sightings)
    new: dict[tuple[str, ...], _Actor] = {}

    def attach(x: _Sighting) -> _Actor | None:
        for a in registry:
            last = _keys(a.name)[-1]
            if a.declared and x.keys[-1] == last and (len(_keys(a.name)) == 1 or (x.keys[-1],) in a.forms) \
                    and _keys(a.name)[0] in (x.keys[0], last):
                return a
        return None

    for x in sorted(multi, key=lambda x: -len(x.keys)):
        owner = attach(x)
        if owner is not None:
            owner.add(x.surface, "alias", detected=True)
            owner.titled |= x.titled
            continue
        host = next((a for keys, a in new.items() if keys[-len(x.keys):] == x.keys), None)
        if host is None:
            host = new[x.keys] = _Actor(x.surface, False)
            host.add(x.surface, "name", detected=True)
            if len(surnames[x.keys[-1]]) == 1 and (x.keys in evidence.titled or x.keys[-1] in evidence.alone):
                host.add(next(t.text for t in _split(x.surface)[-1:]), "alias", detected=True)
        else:
            host.add(x.surface, "alias", detected=True)
        host.titled |= x.titled
    counts = Counter(x.keys for x in useful if len(x.keys) == 1)
    noninitial = {x.keys for x in useful if len(x.keys) == 1 and not x.initial}
    titled = {x.keys for x in useful if len(x.keys) == 1 and x.titled}
    for x in useful:
        if len(x.keys) > 1 or any(x.keys in a.forms for a in [*registry, *new.values()]):
            continue
        if x.keys in titled or (counts[x.keys] >= MIN_RECURRENCE and x.keys in noninitial):
            actor = new[x.keys] = _Actor(x.surface, False)
            actor.add(x.surface, "name", detected=True)
            actor.titled = x.keys in titled
    return list(new.values())


@dataclass(frozen=True)
class _Evidence:
    titled: frozenset[tuple[str, ...]]  # names seen after a title
    alone: frozenset[str]               # words seen standing alone as a name


def _surname_evidence(sightings: Sequence[_Sighting]) -> _Evidence:
    """What licenses the last word of a name as an alias (module docstring)."""
    return _Evidence(frozenset(x.keys for x in sightings if x.titled and len(x.keys) > 1),
                     frozenset(x.keys[0] for x in sightings if len(x.keys) == 1 and (not x.initial or x.speaks)))


def _read_run(toks: Sequence[_Tok], i: int, j: int) -> _Sighting | None:
    """A proper-noun run → a name sighting, titles and nationality stripped."""
    days = _days()
    while i < j and toks[i].key in days:
        i += 1
    while j > i and toks[j - 1].key in days:
        j -= 1
    titled = False
    n, _ = _nation_at(toks[:j], i)
    k = i + n
    while k < j and (t := _title_at(toks[:j], k)) is not None:
        titled, k = True, k + len(t.keys)
    if not titled:
        k = i  # a bare nationality word starts names too ("Russia Today")
    if k >= j or j - k > MAX_NAME_WORDS:
        return None
    surface = "".join(_join(toks, k, j))
    speaks = j < len(toks) and toks[j].key.casefold() in _speech_verbs()
    return _Sighting(tuple(t.key for t in toks[k:j]), surface, titled, _sentence_initial(toks, k), speaks)
