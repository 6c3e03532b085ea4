"""The chunker over one character per token gives Pattern's own chunk tags (``biaslab.clauses.chunker``)."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.clauses.chunker import TAG_CLASSES, chunk_tags
from biaslab.resources import pattern_chunks


def _pattern(tags):
    return pattern_chunks(["w"] * len(tags), list(tags))


@pytest.mark.parametrize("tags, expected", [
    ("DT JJ NN VBD .", "B-NP I-NP I-NP B-VP O"),
    ("WDT NN VBD", "B-NP I-NP B-VP"),                 # a noun phrase may open at WDT's "DT"
    ("NN WDT NN", "B-NP B-NP I-NP"),
    ("WDT VBD", "O B-VP"),                            # negative: no noun after it
    ("WRB VBD", "B-ADVP B-VP"),                        # WRB is an adverb phrase of its own
    ("CC JJ", "O B-ADJP"),                            # a conjunction does not open a chunk
    ("RB PRP VBD", "B-ADVP B-NP B-VP"),               # Pattern's correction: "Perhaps you …"
    ("RB JJ NN", "B-NP I-NP I-NP"),                   # negative: an adjective follows
    ("MD RB VB IN DT NN", "B-VP I-VP I-VP B-PP B-NP I-NP"),
    ("MD , MD", "B-VP O B-VP"),
    ("", ""),
])
def test_chunk_tags(tags, expected):
    assert chunk_tags(tags.split()) == expected.split()
    assert chunk_tags(tags.split()) == _pattern(tags.split())


def test_other_tags_go_to_pattern():
    tags = ["NNP-PERS", "VBD", "NN|JJ", "NN"]
    assert "NNP-PERS" not in TAG_CLASSES
    assert chunk_tags(tags) == _pattern(tags)


_TAGS = sorted(TAG_CLASSES)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TAGS), max_size=40))
def test_same_as_pattern(tags):
    assert chunk_tags(tags) == _pattern(tags)


def test_same_as_pattern_on_many_sequences():
    rng = random.Random(16)
    # short alphabets too, so that long runs of one rule's tags occur
    for alphabet in (_TAGS, ["NN", "DT", "WDT", "PDT", "CC", "RB", "JJ", "VB", "MD", "WRB", ","]):
        for _ in range(1500):
            tags = rng.choices(alphabet, k=rng.randint(1, 30))
            assert chunk_tags(tags) == _pattern(tags), tags
