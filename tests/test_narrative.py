"""Words that fit the article analysed (biaslab.narrative)."""
from __future__ import annotations

import pytest

import biaslab
from biaslab.actors import default_actors
from biaslab.narrative import CASE_NOTES, case_note, choose_actors, is_case_study, others_lines, tone_lines
from conftest import ARTICLE_PATH

#: A constructed text: two people, a country and an organisation, one of each quoted.
OTHER = """+++
id = "other"
[actors]
"Ana Ruiz" = ["Ruiz"]
"France" = []
"Harbour Authority" = ["the authority"]
+++
Ruiz Opens Harbour

Mayor Ana Ruiz opened the harbour on Monday. France sent a minister. The Harbour Authority said the \
work was done. “We are proud,” Ruiz said. France praised the work. France paid for it. Senator Tom Berg, \
a local fisherman, said: “It is about time.”
"""


@pytest.fixture(scope="module")
def bundled():
    return biaslab.analyze(biaslab.load_article(ARTICLE_PATH))


@pytest.fixture(scope="module")
def other():
    return biaslab.analyze(OTHER)


def test_case_notes_only_for_the_bundled_article(bundled, other):
    assert is_case_study(bundled) and not is_case_study(other)
    for key in CASE_NOTES:
        assert case_note(other, key) is None
        note = case_note(bundled, key)
        assert note is not None and note._repr_markdown_().strip()
    with pytest.raises(KeyError):
        case_note(bundled, "nowhere")


def test_case_note_counts_come_from_the_analysis(bundled):
    text = case_note(bundled, "actors.contrast").markdown
    trump = bundled.actor("Trump")
    times = {1: "once", 2: "twice"}.get(len(trump.mentions), f"{len(trump.mentions)} times")
    assert f"Trump is mentioned {times}" in text


def test_default_actors_are_people_first_never_places(other):
    names = {p.name: p for p in other.actors}
    assert "France" in names and len(names["France"].mentions) >= 3  # the most mentioned name…
    chosen = default_actors(other, n=3)
    assert chosen[:2] == ["Ana Ruiz", "Tom Berg"] and "France" not in chosen  # …but people come first
    assert choose_actors(other) == ["Ana Ruiz", "Tom Berg"]
    assert choose_actors(other, ["the authority"]) == ["Harbour Authority", "Ana Ruiz"]


def test_places_are_never_defaults():
    analysis = biaslab.analyze("Russia and France met. Russia spoke. France agreed. Russia left.")
    assert default_actors(analysis) == []


def test_others_lines_are_counted(bundled):
    lines = others_lines(bundled, ["Putin", "Mattis"])
    rest = [p for p in bundled.actors if p.mentions and p.name not in ("Vladimir Putin", "Jim Mattis")]
    assert lines[0] == f"Besides Putin and Mattis, the article names {len(rest)} other actors."
    assert len(lines) == 4
    assert others_lines(biaslab.analyze("Mayor Ana Ruiz spoke. Ruiz left."), ["Ana Ruiz"]) == [
        "The article names no actor besides Ana Ruiz."]


@pytest.mark.parametrize("value, expected", [
    ('["A", "B"]', ["A", "B"]), ("['a.txt']", ["a.txt"]), ("Putin", ["Putin"]), ("", []), (None, []),
    (["x"], ["x"]), ("[not a list", ["[not a list"]),
])
def test_papermill_string_parameters_are_lists(value, expected):
    from biaslab.narrative import as_list

    assert as_list(value) == expected


def test_actors_given_as_a_papermill_string(bundled):
    assert choose_actors(bundled, '["Assad", "Putin"]') == ["Bashar al-Assad", "Vladimir Putin"]


def test_tone_lines_explain_each_actor_in_turn():
    a = biaslab.analyze("Police arrested Luis Ortiz. The jury praised Ana Ruiz.",
                        actors={"Luis Ortiz": ["Ortiz"], "Ana Ruiz": ["Ruiz"]})
    got = tone_lines(a, ["Ortiz", "Ruiz"], top=2)
    for name in ("Luis Ortiz", "Ana Ruiz"):
        first, *rest = a.actor(name).tone.explain(top=2).splitlines()
        start = got.index(f"{name}. {first}")
        assert got[start + 1:start + 1 + len(rest)] == [line.strip() for line in rest]
    assert got[0].startswith("Luis Ortiz. Tone toward the actor: negative")
    assert len(got) == sum(len(a.actor(n).tone.explain(top=2).splitlines()) for n in ("Ortiz", "Ruiz"))
