"""Epithets: definite descriptions that take up a person described earlier with the same head noun."""
from __future__ import annotations

import pytest

from biaslab.actors import find_mentions
from biaslab.actors.epithets import Epithet
from biaslab.morphology import person_noun, person_nouns
from biaslab.quotes import find_quotes

_REED = "Tom Reed, a retired banker, spoke at the pier on Monday."


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in find_mentions(text) if m.resolution == "role"]


@pytest.mark.parametrize("text, expected", [
    # an appositive's head noun, then "the" + that noun
    (f"{_REED} The banker said the levy was fair.", [("The banker", "Tom Reed")]),
    (f"{_REED} Ann Moss listened. Later the retired banker left.", [("the retired banker", "Tom Reed")]),
    # the premodifiers of a name's noun chunk; the anaphor's premodifiers among the antecedent's
    ("Dover party nominee Ann Moss spoke. Later the party's nominee left.", [("the party's nominee", "Ann Moss")]),
    ("Dover party candidate Ann Moss spoke. Tom Reed cheered. The candidate left.", [("The candidate", "Ann Moss")]),
    # negatives: other premodifiers; a noun phrase with another determiner and the same head between
    ("Dover party nominee Ann Moss spoke. Later the Harbour party nominee left.", []),
    (f"{_REED} A banker from Lowmere spoke too. The banker left.", []),
    # negatives: predicative, postmodified, or a description of the name after it
    ("Dover party candidate Ann Moss spoke. Tom Reed became the candidate.", []),
    (f"{_REED} The banker from Lowmere left.", []),
    (f"{_REED} The banker, Omar Diaz, left.", []),
    # negatives: a head noun that names no person; a person not named in the last three sentences
    ("On election night Tom Reed spoke. The night was cold.", []),
    (f"{_REED} The pier was busy. Boats came in. Gulls flew. Then the banker left.", []),
    (f"{_REED} The pier was busy. Boats came in. Reed smiled. Then the banker left.", [("the banker", "Tom Reed")]),
])
def test_definite_descriptions_take_up_a_described_person(text, expected):
    assert _roles(text) == expected


def test_the_speaker_named_by_an_epithet_is_the_person():
    from biaslab import analyze
    text = f"{_REED} Ann Moss listened. “We will stay,” the banker said. Omar Diaz nodded."
    (q,) = analyze(text).quotes
    assert (q.speaker, q.speaker_resolution, text[q.speaker_start:q.speaker_end]) == ("Tom Reed", "role", "the banker")
    assert [q.speaker for q in find_quotes(text)] == ["the banker"]  # without the actor layer: the phrase


@pytest.mark.parametrize("word, expected", [
    ("banker", True), ("columnist", True), ("nominee", True), ("candidate", True), ("star", True),
    ("night", False), ("question", False), ("statement", False), ("party", False),
])
def test_person_nouns(word, expected):
    assert person_noun(word) is expected


def test_person_nouns_are_no_agent_nouns():
    from biaslab.morphology import agent_noun
    assert not [w for w in person_nouns() if agent_noun(w)]


@pytest.mark.parametrize("earlier, later, expected", [
    (("nominee", {"dover", "party"}), ("nominee", {"party"}), True),
    (("nominee", {"dover", "party"}), ("nominee", set()), True),
    (("nominee", {"party"}), ("nominee", {"harbour", "party"}), False),
    (("nominee", {"party"}), ("candidate", {"party"}), False),
])
def test_an_epithet_covers_one_with_the_same_head_and_fewer_premodifiers(earlier, later, expected):
    a, b = (Epithet(h, frozenset(m)) for h, m in (earlier, later))
    assert a.covers(b) is expected
