"""The one-minute baselines of biaslab.evaluation, on the project's own sentences."""
from __future__ import annotations

import pytest

from biaslab.evaluation import mark_quotes, sentence_vader, vader_terms


@pytest.mark.parametrize("text, expected", [
    # (content, speaker) per pair of double marks
    ("''Fares must rise,'' Mr. Roe said.", [("Fares must rise,", "Mr. Roe")]),     # two apostrophes
    ("“Fares must rise,” said Ines Varga.", [("Fares must rise,", "Ines Varga")]),
    ('She said "no way" to it.', [("no way", None)]),                               # sentence-initial only
    ("The mayor spoke. Ines Varga agreed: “It is time.”", [("It is time.", "Varga")]),
    ("Bram Otterly left. “Goodbye.”", [("Goodbye.", "Otterly")]),                   # the sentence before
    ("A ‘single’ pair and an “unclosed one", []),                                   # neither is a double pair
    ("“”", [("", None)]),
])
def test_mark_quotes(text, expected):
    found = mark_quotes(text)
    assert [(q.content, q.speaker) for q in found] == expected
    for q in found:
        assert text[q.start:q.end] == q.text and q.kind == "direct"
        if q.speaker:
            assert text[q.speaker_start:q.speaker_end] == q.speaker


def test_vader_terms():
    # brutal -3.1 and wonderful 2.7 reach |valence| 1.5; ok (1.2) does not
    assert vader_terms("A brutal and wonderful day, ok?") == [(2, 8), (13, 22)]
    assert vader_terms("A brutal day", threshold=3.5) == []


def test_sentence_vader():
    assert sentence_vader("Lowmere council approved the budget.") == pytest.approx(0.4215)
