"""The reporting-verb table (``data/reporting_verbs.csv``) and the lookup of a verb in running text.

Each row gives a base form with any irregular forms (``say|said``); the
-s, -ed and -ing forms, regular and irregular (``data/irregular_verbs.csv``),
come from :func:`biaslab.morphology.verb_forms`, so the table stays short.
"according to" is recognised as a cue without being a verb of the table
(:mod:`.attribution`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..morphology import verb_forms
from ..resources import data_table, once
from .model import QuoteDataError, ReportingVerb

#: The values of the ``hearer`` column.
_HEARER_VALUES = {"yes": True, "no": False}
#: The values of the ``class`` column: the cue classes of :data:`~.model.CUE_CLASSES` that a verb
#: can have (a neutral verb reports, a loaded one judges; the others come from a colon or "according to").
_CLASS_VALUES = ("neutral", "loaded")


def _base(cell: str) -> str:
    """The base form of a ``verb`` cell, normalized: "Lash  out|..." -> "lash out"."""
    return " ".join(cell.split("|")[0].lower().split())


def _forms(cell: str) -> tuple[str, ...]:
    """Every form of a ``verb`` cell, base first: "lash out" -> lash out, lashes out, lashed out, …
    (the forms of its first word by :func:`~biaslab.morphology.verb_forms`, then the cell's own)."""
    base, *irregular = (" ".join(part.lower().split()) for part in cell.split("|"))
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    return tuple(dict.fromkeys([base, *(f + tail for f in verb_forms(head)), *irregular]))


@once
def load_reporting_verbs() -> dict[str, ReportingVerb]:
    """The reporting verbs of ``data/reporting_verbs.csv`` by base form (cached)."""
    rows = data_table("reporting_verbs.csv", required=("verb", "class", "hearer", "source"), optional=("note",),
                      choices={"class": _CLASS_VALUES, "hearer": _HEARER_VALUES},
                      unique="verb", key=_base, error=QuoteDataError)
    verbs: dict[str, ReportingVerb] = {}
    for line, row in rows:
        forms = _forms(row["verb"])
        nouns = tuple(n.strip().lower() for n in row.get("nouns", "").split("|") if n.strip())
        verbs[forms[0]] = ReportingVerb(forms[0], forms, row["class"], row["note"], row["source"], line,
                                        _HEARER_VALUES[row["hearer"]], nouns)
    return verbs


def _plural(noun: str) -> str:
    """The regular English plural (claims, speeches, testimonies)."""
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@once
def _noun_index() -> dict[str, ReportingVerb]:
    out: dict[str, ReportingVerb] = {}
    for verb in load_reporting_verbs().values():
        for noun in verb.nouns:
            out.setdefault(noun, verb)
            out.setdefault(_plural(noun), verb)
    return out


def reporting_noun(word: str) -> ReportingVerb | None:
    """The reporting verb whose nominalization (``nouns`` column, singular or plural) is ``word``
    ("claims" → claim, "warning" → warn), else None."""
    return _noun_index().get(word.lower())


@dataclass(frozen=True, slots=True)
class _VerbIndex:
    single: dict[str, ReportingVerb]                          # "said" -> say
    phrasal: dict[str, tuple[tuple[str, ReportingVerb], ...]]  # "lashed" -> (("out", lash out),)


@once
def _verb_index() -> _VerbIndex:
    single: dict[str, ReportingVerb] = {}
    phrasal: dict[str, list[tuple[str, ReportingVerb]]] = {}
    for verb in load_reporting_verbs().values():
        for form in verb.forms:
            first, _, rest = form.partition(" ")
            if rest:
                phrasal.setdefault(first, []).append((rest, verb))
            else:
                single.setdefault(form, verb)
    return _VerbIndex(single, {k: tuple(v) for k, v in phrasal.items()})


def reporting_verb(word: str, following: str | None = None) -> ReportingVerb | None:
    """The reporting verb whose form is ``word`` (any case), or whose particle form is ``word`` +
    ``following`` ("lashed" + "out"); None if neither is in the table."""
    low = word.lower()
    index = _verb_index()
    if following is not None and low in index.phrasal:
        nxt = following.lower()
        for particle, verb in index.phrasal[low]:
            if nxt == particle:
                return verb
    return index.single.get(low)
