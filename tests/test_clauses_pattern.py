"""Pattern's tagger and chunker computed directly give Pattern's own tags and chunk tags
(``biaslab.clauses.pattern``). Every word and sentence here is written for these tests."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.clauses.pattern import TAG_CLASSES, chunk_tags, tag_words
from biaslab.resources import pattern_chunks, pattern_tags


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
        for _ in range(800):
            tags = rng.choices(alphabet, k=rng.randint(1, 30))
            assert chunk_tags(tags) == _pattern(tags), tags


# -- tags --------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, expected", [
    ("The minister said it .", "DT NN VBD PRP ."),
    ("Zorbatic officials glimbered", "NNP NNS VBN"),          # unknown words: title case, suffix rules
    ("the 1,200 1,200-strong xyloplastic grumbling", "DT CD JJ JJ VBG"),  # a number; a hyphen, -ic, -ing
    ("Withdrawn troops", "VBN NNS"),                            # the first word also by its lower-case form
    ("troops Withdrawn", "NNS NNP"),                            # negative: not after the first word
    ("", ""),
])
def test_tag_words(words, expected):
    assert tag_words(words.split()) == expected.split()
    assert tag_words(words.split()) == pattern_tags(words.split())


def test_empty_word_is_read_as_underscore():
    assert tag_words(["", "said"]) == pattern_tags(["", "said"])


_WORDS = ("the a minister Minister said Said SAID troops were withdrawn quickly 12 3.5% $4 -- , . “ ” 's n't "
          "Putin Kremlin zorbatic glimbering unfoldable re-elected ARMY Which which that Withdrawn").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_tags_same_as_pattern(words):
    assert tag_words(words) == pattern_tags(words)
