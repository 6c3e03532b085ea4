"""The 1990 US Census name lists: first names by sex and surnames, with their frequencies.

The lists are the ones the US Census Bureau published from the 1990 census
("Frequently Occurring Surnames and First Names", public domain), as the
``names`` package on PyPI ships them (``dist.male.first``, ``dist.female.first``,
``dist.all.last``: one name per line, then its frequency in percent of the
population, the cumulative frequency and the rank). They cover the names of
about 90 % of US residents in 1990: 1,219 male and 4,275 female first names
and 88,799 surnames.

Read by the pronoun resolver (:mod:`biaslab.quotes.people`: the gender of a
first name), by the actor kinds (:mod:`biaslab.actors.kinds`: a given name and
a surname make a person) and by the evaluation's pronoun referents
(:mod:`biaslab.evaluation.referents`), each with its own rule; this module only
reads the lists, once per process (:func:`biaslab.resources.once`).

Limits: US residents in 1990, so many names from elsewhere are missing
("Vladimir", "Obama") and some common words are names ("Will", "Hope",
"State" is a rare surname).
"""
from __future__ import annotations

from importlib import resources

from .resources import ResourceError, once

__all__ = ["first_name", "first_names", "surnames"]


def _read(name: str) -> dict[str, float]:
    """``{lower-case name: percent of the population}`` of one list of the ``names`` package."""
    try:
        data = (resources.files("names") / name).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - broken installation
        raise ResourceError("the census name lists of the 'names' package are missing: pip install names") from exc
    return {p[0].lower(): float(p[1]) for p in (line.split() for line in data.splitlines()) if len(p) >= 2}


@once
def first_names() -> tuple[dict[str, float], dict[str, float]]:
    """(male, female) first-name frequencies, in percent of each population ("donald": 0.931 of men)."""
    return _read("dist.male.first"), _read("dist.female.first")


@once
def surnames() -> dict[str, float]:
    """Surname frequencies, in percent of the population ("smith": 1.006; "ortiz": 0.075)."""
    return _read("dist.all.last")


def first_name(word: str) -> bool:
    """Is ``word`` a first name of either list ("Tom", "Ann"; "Ortiz" is not)?"""
    male, female = first_names()
    return word.casefold() in male or word.casefold() in female
