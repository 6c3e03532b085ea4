"""One actor under several names: acronyms, expansions and well-known aliases.

Actors found separately are joined into one when

1. **the text pairs them**: a name and an acronym of its initials in
   brackets right after it, either way round ("the Water Resources Board
   (WRB)", "WRB (Water Resources Board)"; not "Pedro Sánchez (PSOE)");
2. **the acronym spells the name**: its letters are the initials of the
   capitalised words of another actor's name ("Syrian Democratic Forces" /
   "SDF", "Islamic State of Iraq and the Levant" / "ISIL");
3. **the data says so**: ``data/actor_aliases.csv`` lists both names for one
   body ("ISIS" / "Islamic State" / "ISIL" / "Daesh"); the joined actor then
   also matches the other aliases of that row, and the row gives its kind.

The joined actor keeps a declared name first, then the data's canonical
name, then the longest name. Two declared actors are never joined: the
user's declaration wins.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..resources import once
from .kinds import _acronym, known_alias_rows
from .registry import _Actor
from .tokens import _keys, _Sent

__all__ = ["link_aliases", "MAX_BRACKETED_WORDS"]

#: Longest name in brackets read as the other name of the actor before it
#: ("ISIS (Islamic State of Iraq and Syria)" has seven words).
MAX_BRACKETED_WORDS = 8


def _key(keys: Sequence[str]) -> str:
    return " ".join(keys)


@once
def _known_index() -> dict[str, object]:
    index = {}
    for row in known_alias_rows():
        for form in (row.name, *row.aliases):
            keys = _keys(form)
            index[_key(keys)] = row
            if keys and keys[0] in ("the", "The") and len(keys) > 1:
                index[_key(keys[1:])] = row
    return index


def _single_acronym(words: Sequence[str]) -> bool:
    return len(words) == 1 and _acronym(words[0])


def _initials(keys: Sequence[str]) -> str:
    return "".join(k[0] for k in keys if k[:1].isupper())


def _abbreviates(acronym: str, keys: Sequence[str]) -> bool:
    """The acronym's letters are initials of the name's capitalised words, in order,
    starting with the first ("Federal Bureau of Investigation (FBI)", "Islamic
    State (IS)"); "Pedro Sánchez (PSOE)" is a party, not his acronym."""
    letters, initials = acronym.replace(".", ""), _initials(keys)
    if not letters or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in letters)


def link_aliases(sents: Sequence[_Sent], registry: list[_Actor]) -> list[_Actor]:
    """The registry with actors that name one body joined (see the module docstring)."""
    parent = {id(a): a for a in registry}

    def find(a: _Actor) -> _Actor:
        while parent[id(a)] is not a:
            a = parent[id(a)]
        return a

    def union(a: _Actor, b: _Actor) -> None:
        ra, rb = find(a), find(b)
        if ra is rb or (ra.declared and rb.declared):
            return
        parent[id(rb)] = ra

    by_form: dict[str, _Actor] = {}
    for a in registry:
        for keys in a.forms:
            by_form.setdefault(_key(keys), a)
    # 1. bracketed pairs
    for s in sents:
        toks = s.toks
        for p, tok in enumerate(toks):
            if tok.key != "(":
                continue
            q = next((k for k in range(p + 1, min(len(toks), p + MAX_BRACKETED_WORDS + 2)) if toks[k].key == ")"),
                     None)
            if q is None or q == p + 1:
                continue
            inner = [t.key for t in toks[p + 1:q]]
            outer = next((f for n in range(MAX_BRACKETED_WORDS, 0, -1) if p - n >= 0
                          and (f := _key(t.key for t in toks[p - n:p])) in by_form), None)
            if outer is None:
                continue
            if _single_acronym(inner) and _abbreviates(inner[0], outer.split()):
                other = by_form.get(inner[0])
                if other is not None:
                    union(by_form[outer], other)
                else:
                    find(by_form[outer]).add(inner[0], "alias", detected=True)
            elif _single_acronym(outer.split()) and _abbreviates(outer, inner) and _key(inner) in by_form:
                union(by_form[outer], by_form[_key(inner)])
    # 2. acronyms that spell another actor's name
    acronyms = [a for a in registry if len(_keys(a.name)) == 1 and _acronym(_keys(a.name)[0])]
    for acro in acronyms:
        letters = _keys(acro.name)[0].replace(".", "")
        for a in registry:
            keys = _keys(a.name)
            if len(keys) > 1 and _initials(keys) == letters:
                union(a, acro)
    # 3. the data's aliases
    rows: dict[int, object] = {}
    for a in registry:
        for keys in a.forms:
            row = _known_index().get(_key(keys))
            if row is not None:
                a.known = a.known or row
                first = rows.setdefault(id(row), a)
                union(first, a)
    groups: dict[int, list[_Actor]] = {}
    for a in registry:
        groups.setdefault(id(find(a)), []).append(a)
    out = []
    for members in groups.values():
        out.append(_join(members) if len(members) > 1 else members[0])
    for a in out:
        if a.known is not None:
            for form in (a.known.name, *a.known.aliases):
                a.add(form, "alias", detected=True)
    order = {id(a): i for i, a in enumerate(registry)}
    return sorted(out, key=lambda a: order[id(a)])


def _join(members: list[_Actor]) -> _Actor:
    """One actor from several: the declared one, else the data's name, else the longest name."""
    known = next((m.known for m in members if m.known is not None), None)
    keep = next((m for m in members if m.declared), None) \
        or next((m for m in members if known is not None and m.name == known.name), None) \
        or max(members, key=lambda m: len(_keys(m.name)))
    for m in members:
        if m is keep:
            continue
        for keys, res in m.forms.items():
            if keys not in keep.forms:
                keep.forms[keys] = "alias" if res == "name" else res
                if keys in m.detected_forms or not m.declared:
                    keep.detected_forms.add(keys)
        for alias in [m.name, *m.aliases]:
            if alias != keep.name and alias not in keep.aliases:
                keep.aliases.append(alias)
        for title, cat in m.titles.items():
            keep.titles.setdefault(title, cat)
        keep.nations |= m.nations
        keep.roles += [r for r in m.roles if r not in keep.roles]
        keep.surname_used |= m.surname_used
        keep.titled |= m.titled
        keep.known = keep.known or m.known
    return keep
