"""US states as evidence about a person, and the role nouns they make ("the Florida senator")."""
from __future__ import annotations

import pytest

from biaslab.actors import detect_actors, find_mentions
from biaslab.actors.states import party_member, party_tag
from biaslab.clauses import parse


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in find_mentions(text) if m.resolution == "role"]


@pytest.mark.parametrize("tag, expected", [
    ("R-Fla.", ("Florida", "R")), ("D-N.Y.", ("New York", "D")), ("I-Vt.", ("Vermont", "I")),
    ("R-Texas", ("Texas", "R")), ("D-NY", ("New York", "D")), ("D-New Hampshire", ("New Hampshire", "D")),
    ("D-D.C.", ("District of Columbia", "D")),
    ("X-Fla.", None), ("R-Narnia", None), ("R-", None), ("Fla.", None), ("r-Fla.", None),
])
def test_party_tags(tag, expected):
    assert party_tag(tag) == expected


@pytest.mark.parametrize("text, expected", [
    # the state before a title, in a party-state tag, in an appositive with a title
    ("Florida Sen. Ann Moss spoke. Texas Sen. Tom Reed spoke. The Florida senator left.",
     [("The Florida senator", "Ann Moss")]),
    ("Sen. Ann Moss (R-Fla.) spoke. Sen. Tom Reed (D-Texas) spoke. The Texas senator left. The Florida "
     "Republican stayed.", [("The Texas senator", "Tom Reed"), ("The Florida Republican", "Ann Moss")]),
    ("Rep. Ann Moss, D-N.Y., spoke. Rep. Tom Reed, R-Ohio, spoke. Later the New York Democrat left.",
     [("the New York Democrat", "Ann Moss")]),
    ("Ann Moss, a Florida senator, spoke. Tom Reed, a Texas senator, spoke. The Florida senator left.",
     [("The Florida senator", "Ann Moss")]),
    ("Vermont Democrat Omar Diaz spoke. Diaz left. The former Vermont Democrat stayed.",
     [("The former Vermont Democrat", "Omar Diaz")]),
    # negatives: no state given; two people of that state; another party; an adjective before "and"
    ("Sen. Ann Moss spoke. Sen. Tom Reed spoke. The Florida senator left.", []),
    ("Sen. Ann Moss (R-Fla.) spoke. Sen. Tom Reed (R-Fla.) spoke. The Florida senator left.", []),
    ("Ann Moss (D-Ohio) spoke. The Ohio Republican left.", []),
    ("Ann Moss (R-Ohio) spoke. The Ohio Republican and Green caucuses ended.", []),
    ("Gov. Ann Moss (D-Wash.) spoke. The Washington Post reported it.", []),
])
def test_state_role_nouns(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party member's description before a personal name is no part of it, nor a name by itself
    ("Vermont Democrat Omar Diaz spoke. Diaz left.", {"Omar Diaz": ("Diaz",)}),  # guard (a given name)
    ("Florida Republican Ann Moss spoke. Moss said no.", {"Ann Moss": ("Moss",)}),
    ("Omar Diaz (D-Vt.) spoke. The Vermont Democrat left.", {"Omar Diaz": ()}),
    ("The Georgia Republican office met on Monday. Later, Republican said no.", {}),
    # guards: a party's and a body's names keep the party noun
    ("The Republican Party met. The Democratic National Committee met.",
     {"Republican Party": (), "Democratic National Committee": ()}),
])
def test_party_members_are_described_not_named(text, expected):
    assert detect_actors(text) == expected


@pytest.mark.parametrize("words, expected", [
    ("Vermont Democrat", ("Vermont", "D")), ("New York Republican", ("New York", "R")),
    ("Republican", (None, "R")), ("Ohio independent", ("Ohio", "I")),
    ("Independent", None),            # alone it names things too ("The Independent")
    ("Dover Democrat", None), ("Vermont Democrats", None), ("Vermont", None),
])
def test_party_members(words, expected):
    toks = parse(words).sentences[0].tokens
    assert party_member(toks, 0, len(toks)) == expected
