"""Declared actors (name -> aliases) compiled into one pattern and a lookup, for speaker resolution.

Step 4 of the method in the package docstring: a mention resolves as
``"name"`` (the canonical name), ``"role"`` (an alias whose last word is lower
case: the Russian leader) or ``"alias"`` (the others). An actor is a *person*,
a target for he/she, when its name has two or more words and its last word
(or the last part of a hyphenated one) is also an alias.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..segmentation import APOSTROPHES, fold_quotes
from .model import MAX_ALIAS_CHARS, QuoteDataError

#: The apostrophes a name may be written with, matched interchangeably: ' and ’.
#: Not ʼ (U+02BC): it is a letter to ``\w``, and the tokenizers keep it inside a
#: word, so a name spelt with it matches only itself.
_APOSTROPHES = APOSTROPHES.replace("\u02bc", "")
#: ``actors`` normalised to a hashable key for the cache: ((name, (alias, ...)), ...).
ActorKey = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class ActorIndex:
    pattern: re.Pattern | None           # any declared name or alias, longest first; None if none
    lookup: dict[str, tuple[str, str]]   # normalised mention -> (actor, resolution)
    persons: frozenset[str]


def mention_key(s: str) -> str:
    """A mention as looked up: spaces collapsed, ’ as ', first letter lower case ("The" = "the")."""
    s = fold_quotes(" ".join(s.split()), marks=_APOSTROPHES)
    return s[:1].lower() + s[1:]


def _alias_units(alias: str) -> list[str]:
    """Regex pieces matching ``alias`` char by char: any run of spaces, either
    apostrophe, and a lower-case first letter in either case ("the"/"The")."""
    units = []
    for k, word in enumerate(fold_quotes(alias, marks=_APOSTROPHES).split()):
        if k:
            units.append(r"\s+")
        for i, c in enumerate(word):
            if c == "'":
                units.append(f"[{_APOSTROPHES}]")
            elif k == 0 and i == 0 and c.isalpha() and c.islower():
                units.append(f"[{c}{c.upper()}]")
            else:
                units.append(re.escape(c))
    return units


def _trie_regex(node: dict) -> str:
    """A regex for the strings of a character trie; longest match first, and
    fast for hundreds of aliases (a flat alternation would try each in turn)."""
    branches = []
    for unit, child in node.items():
        if not unit:
            continue
        chain = [unit]
        while len(child) == 1 and "" not in child:  # follow unbranched runs without recursing
            (unit, child), = child.items()
            chain.append(unit)
        branches.append("".join(chain) + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def actor_key(actors: Mapping[str, Sequence[str]] | None) -> ActorKey:
    """``actors`` as a cache key; odd entries (non-str names, over-long or empty names) are dropped."""
    if actors is None:
        return ()
    if not isinstance(actors, Mapping):
        raise QuoteDataError(f"actors must map a name to its aliases, not {type(actors).__name__}")
    out = []
    for name, aliases in actors.items():
        if not isinstance(name, str) or not 0 < len(name.strip()) <= MAX_ALIAS_CHARS:
            continue
        if isinstance(aliases, str):
            aliases = (aliases,)
        elif not isinstance(aliases, (list, tuple, set, frozenset)):
            aliases = ()
        out.append((name.strip(), tuple(a.strip() for a in aliases
                                        if isinstance(a, str) and 0 < len(a.strip()) <= MAX_ALIAS_CHARS)))
    return tuple(out)


@lru_cache(maxsize=64)
def actor_index(key: ActorKey) -> ActorIndex:
    """The compiled pattern, lookup and person set of the actors in ``key`` (cached)."""
    lookup: dict[str, tuple[str, str]] = {}
    persons = set()
    for name, aliases in key:
        lookup.setdefault(mention_key(name), (name, "name"))
        for alias in aliases:
            last = alias.split()[-1]
            lookup.setdefault(mention_key(alias), (name, "role" if last[:1].islower() else "alias"))
        surname = name.split()[-1]
        if len(name.split()) >= 2 and {surname, surname.split("-")[-1]} & set(aliases):
            persons.add(name)
    if not lookup:
        return ActorIndex(None, {}, frozenset())
    trie: dict = {}
    for alias in sorted({n for n, _ in key} | {a for _, al in key for a in al}):  # sorted: same regex every run
        node = trie
        for unit in _alias_units(alias):
            node = node.setdefault(unit, {})
        node[""] = {}
    pattern = re.compile(r"(?<!\w)" + _trie_regex(trie) + r"(?!\w)")
    return ActorIndex(pattern, lookup, frozenset(persons))
