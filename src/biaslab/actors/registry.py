"""The actor registry: each actor's name, the surface forms that match it, and
what the text says about it (titles, nationality, whether it is a person).

Declared actors (``{name: aliases}``) enter here; detected ones are added by
:mod:`biaslab.actors.detection`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..census import first_name
from .kinds import Kind, common_word, decide
from .places import region
from .titles import _country_names, _parse_prefix
from .tokens import _DETERMINERS, _keys


@dataclass
class _Actor:
    name: str
    declared: bool
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)  # keys -> resolution
    aliases: list[str] = field(default_factory=list)
    detected_forms: set[tuple[str, ...]] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)  # title (casefold) -> category
    nations: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)  # US states the text ties the person to ("Florida Sen.")
    parties: set[str] = field(default_factory=set)  # party letters of a party-state tag ("R-Fla." → R)
    aged: bool = False  # an age set off after a mention ("Ann Moss, 34,"): a person's (AP Stylebook, "ages")
    surname_used: bool = False
    titled: bool = False
    roles: list[str] = field(default_factory=list)  # role appositions: "mayor of Valencia"
    known: object = None  # the data/actor_aliases.csv row naming it
    locative: int = 0  # bare mentions after a preposition of place
    locative_words: set[str] = field(default_factory=set)
    bare: int = 0  # mentions by name or alias, neither possessive nor modifying a noun
    kind: Kind | None = None  # decided once the text's evidence is in (biaslab.actors.kinds)

    @property
    def country(self) -> str | None:
        """The country this actor's name is (data/nationalities.csv), or None."""
        return _country_names().get(_keys(self.name))

    def surname_evidence(self) -> str | None:
        """Why the actor is a person by its surname: used alone in the text, or a declared alias."""
        name = _keys(self.name)
        if name and name[0].casefold() in _DETERMINERS:
            return None  # "the Russians": a group, not a first name and a surname
        if len(name) < 2:
            return None
        if self.surname_used and _surname_shaped(name):
            return f"surname '{name[-1]}' used alone"
        for s in ((name[-1],), (name[-1].split("-")[-1],)):  # "al-Assad" or "Assad"
            if s in self.forms and s not in self.detected_forms:
                return f"declared alias '{s[0]}' is the surname"
        return None

    @property
    def person(self) -> bool:
        """The decided kind is ``person`` (decided on first use when not yet)."""
        if self.kind is None:
            self.kind = decide(self)
        return self.kind.kind == "person"

    def add(self, surface: str, resolution: str, *, detected: bool = False) -> None:
        keys = _keys(surface)
        if not keys or keys in self.forms:
            return
        self.forms[keys] = resolution
        if detected:
            self.detected_forms.add(keys)
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)
        if keys[0].casefold() in _DETERMINERS and len(keys) > 1:
            self.forms.setdefault(keys[1:], resolution)
        prefix, title, nation = _parse_prefix(keys)
        if title is not None:
            self.titles.setdefault(title.text.casefold(), title.category)
        if nation:
            self.nations.add(nation)


def _form_resolution(name: str, surface: str) -> str:
    """``name`` for the canonical name, ``role`` for role nouns (the head word
    is lower case or a title), else ``alias``."""
    keys = _keys(surface)
    if keys == _keys(name):
        return "name"
    prefix, title, _ = _parse_prefix(keys)
    if prefix == len(keys) or keys[-1][:1].islower():
        return "role"
    return "alias"


def _declared(declared: Mapping[str, Sequence[str]]) -> list[_Actor]:
    actors = []
    for name, aliases in declared.items():
        name = str(name).strip()
        if not _keys(name):
            continue  # no word to match
        if isinstance(aliases, str):
            aliases = [aliases]
        actor = _Actor(name, True)
        actor.add(name, "name")
        for alias in aliases:
            if str(alias).strip():
                actor.add(str(alias).strip(), _form_resolution(name, str(alias).strip()))
        actors.append(actor)
    return actors


def _surname_shaped(name: tuple[str, ...]) -> bool:
    """Can the last word of ``name`` be a surname used alone: not a country's name ("Free
    Ruritania"), nor after one that is no given name ("U.S. House"; "Jordan Hale" is a person's), nor
    an acronym in a mixed-case name ("Harbor Board DOJ"), and not a common word of the language
    (:func:`~biaslab.actors.kinds.common_word`: "Dover Democrats", "Sacred Marriage") unless the name
    opens with a census first name ("Tom Bush") that is not also a state's or country's name
    ("Georgia Republican")? A name of two words
    whose first is a common word and no census first name names a thing, not a person ("Election
    Day", though "Day" is a surname)."""
    last, first = name[-1], name[0]
    if (last,) in _country_names():
        return False
    if (first,) in _country_names() and not first_name(first):
        return False  # "U.S. House", "UK Treasury": a country's name opens a body's, not a person's
    if len(last) > 1 and last.isupper() and not all(w.isupper() for w in name):
        return False  # "Deep State DOJ": an acronym after words in mixed case is no surname
    given = first_name(first) and not region(first)
    if len(name) == 2 and common_word(first) and not given:
        return False
    return not common_word(last) or given

