"""biaslab's VADER (a cheaper word split) scores exactly as NLTK's own analyzer."""
import functools
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from biaslab.resources import vader
from biaslab.resources import nltk_vader as _new_nltk_vader
from biaslab.vader import Vader, vader_words

#: NLTK's own analyzer, built once for the module (``resources.nltk_vader`` builds a new one each call).
nltk_vader = functools.cache(_new_nltk_vader)

#: Sentences written for this test: marks before and after words, marks VADER's list lacks, words
#: that exist only once their punctuation is gone, repeated words, capitals, "but", boosters,
#: "kind of", negations, idioms, emoticons, non-ASCII marks and empty input.
TRICKY = [
    "",
    " ",
    "!",
    "a",
    "Good.",
    "The plan is good, very good, really GOOD!",
    "“Good,” she said. ‘Bad’ — he replied…",
    "(good) [bad] {awful} <nice>",
    "-good- 'bad' \"awful\" ;nice; :great:",
    "!!good ??bad ?!?awful !?!?nice good!!! bad??? awful?!?!",
    "--good --bad good-- bad--",
    "..good good.. ...good good...",
    "co-operation was good-natured and well-known, not ill-tempered.",
    "good-natured -natured goodnatured -goodnatured",
    "U.S. officials were happy; US. officials, .US happy.",
    "It was not good, but it was not bad either.",
    "It was kind of good and sort of bad, kind-of awful.",
    "The talks were kind of a disaster but never so bad.",
    "At least it was good; the least good option was bad.",
    "He was hardly happy, barely content, extremely ANGRY.",
    "VERY GOOD NEWS", "very good NEWS", "GOOD",
    "The bomb was the bomb, the shit, a bad ass idea, yeah right.",
    ":) :( :D <3 good :-) bad :/",
    "happy happy joy joy happy! happy, happy.",
    "good, good; good: good! good? good' good\"",
    "'good 'bad' ''good'' ’good’ “good”",
    "don't won't can't isn't good, it's bad",
    "Wow!!!! Great??? Awful?!?! Sad!!",
    "#bad @good $awful %nice &great *terrible +fine =poor ^rich _lucky `sorry |happy ~sad",
    "good\tbad\ncruel\u00a0kind \u2003nice",
    "Ça va bien, très bien — naïve café good.",
    "a, b; c: good! d? e.",
    "good.bad,awful;nice",
    "The peace deal was a triumph, critics' worries notwithstanding.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_same_scores_as_nltk(text):
    assert vader().polarity_scores(text) == nltk_vader().polarity_scores(text)


@pytest.mark.parametrize("text", TRICKY)
def test_same_words_as_nltk(text):
    c = VaderConstants()
    assert vader_words(text) == SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons


@pytest.mark.parametrize("text, expected", [
    ("good,", ["good"]),  # "good" is a word of the sentence once punctuation is gone
    ("good-, good", ["good-,", "good"]),  # the trailing run "-," is not one of VADER's marks
    ("--good good", ["--good", "good"]),  # "--" is not one of VADER's marks
    ("!!!good good", ["good", "good"]),  # "!!!" is
    ("'good' good", ["'good'", "good"]),  # a mark on each side: neither split leaves a clean word
    ("-ab a-b", ["ab", "a-b"]),  # "ab" is a word of the sentence only once "a-b" loses its hyphen
    ("x, y", ["x,"]),  # one-character words are dropped, and none is a word to strip to
])
def test_marks_are_stripped_only_as_vader_does(text, expected):
    assert vader_words(text) == expected


def test_vader_is_nltk_subclass():
    assert isinstance(vader(), Vader) and type(nltk_vader()) is SentimentIntensityAnalyzer
    assert vader().lexicon == nltk_vader().lexicon


_ALPHABET = st.sampled_from(list(string.punctuation) + list("abcGOOD badniceWAR") + [" ", "  ", "\n", "’", "“"]
                            + ["é", "good", "bad", "not", "very", "but", "kind", "of", "least", "at", "never", "so",
                               "!!", "?!?", "--", "..."])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_same_scores_on_generated_text(text):
    assert vader().polarity_scores(text) == nltk_vader().polarity_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_same_scores_on_any_text(text):
    assert vader().polarity_scores(text) == nltk_vader().polarity_scores(text)
