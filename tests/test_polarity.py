"""biaslab's TextBlob sentiment (a direct tokenizer and walk) gives exactly TextBlob's tokens and scores."""
import string

import pytest
import textblob.en
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.polarity import PatternSentiment, pattern_scorer
from biaslab.resources import pattern_sentiment
from biaslab.sentiment import score_sentence


def textblob_words(text: str) -> list[str]:
    """What TextBlob's sentiment reads of a string: its tokenizer's sentences, joined and split, lower-cased."""
    return [w.lower() for w in " ".join(textblob.en.sentiment.tokenizer(text)).split()]


#: Strings written for this test: contractions, quotation marks, leading and trailing marks, periods
#: of abbreviations and of sentence ends, ellipses, line and paragraph breaks, TextBlob's sarcasm
#: mark and emoticons (whole, spaced, and made by the tokenizer out of "(2018)"), modifiers,
#: negations, "!" after a known word, words with and without a TextBlob entry, non-ASCII text.
TRICKY = [
    "", " ", ".", "!", "...", "....", "a", "Good.",
    "The plan is good, very good, really GOOD!",
    "It isn't good; it's not bad, they'll say we'd've won.",
    "“Good,” she said. ‘Bad’ — he replied…",
    "(good) [bad] {awful} <nice> `fine` @home #tag $5 ^x &y *z +1 -2 |w =v ~u _t",
    "The U.S. and the U.K. met Mr. Smith, Dr. Jones and T. De Smedt, e.g. on Jan. 5 at 3 p.m.",
    "U.S.) (U.S.), Inc., Xyz. Bcd.) ABC.",
    "word... word.... word..... ...word (word...) word...) .word",
    "He was not very good, not a good man, never really bad, really not good.",
    "A terribly good, truly awful, badly wrong, and very very happy day!!",
    "Sarcasm (!) here ( ! ) and there (!",
    "Smile :) frown :( grin :D spaced : ) and : - ) love <3 XD xD 8) o.O",
    "The report (2018) says (page 8) and (item 3) ok :3",
    "First paragraph ends\n\nSecond one starts\r\n\r\nthird\nline",
    "END-OF-SENTENCE is a token. (END-OF-SENTENCE) too",
    "\"Quoted,\" he said. 'Single' quotes' and \"balanced\" \"\" ''",
    "Ça va très bien — naïve café; ΟΔΟΣ Σ İstanbul.",
    "good\tbad\u00a0cruel\u2003kind\u200bnice",
    "a, b; c: good! d? e. f!? g?! !!! ???",
]


@pytest.mark.parametrize("text", TRICKY)
def test_same_words_as_textblob(text):
    assert pattern_scorer().words(text) == textblob_words(text)


@pytest.mark.parametrize("text", TRICKY)
def test_same_scores_as_textblob(text):
    ours, theirs = pattern_scorer()(text), textblob.en.sentiment(text)
    assert ours == tuple(theirs) and [type(x) for x in ours] == [type(x) for x in theirs]


@pytest.mark.parametrize("text, tokens", [
    ("It isn't good.", ["It", "is", "n", "'", "t", "good", "."]),  # " n't", then every "'" spaced
    ("the U.S. (U.S.)", ["the", "U.S.", "(", "U.S.", ")"]),  # an abbreviation keeps its period
    ("so... (so...)", ["so", "...", "(", "so", "...", ")"]),
    ("it ends.", ["it", "ends", "."]),
    ("good\n\nbad", ["good", "bad"]),  # the paragraph mark is dropped
])
def test_tokens(text, tokens):
    assert pattern_scorer().split(text) == tokens


@pytest.mark.parametrize("text", ["The report (2018) says", "Smile : )", "Sarcasm ( ! ) here"])
def test_emoticon_and_sarcasm_patterns_go_to_textblob(text):
    # TextBlob rewrites these per sentence ("8 )" is a smile): the text is left to its tokenizer
    assert pattern_scorer().split(text) is None
    assert pattern_scorer().words(text) == textblob_words(text)


def test_score_sentence_reads_the_direct_scorer():
    text = "The plan is not very good, critics say (2018)."
    _, blob = score_sentence(text)
    polarity, subjectivity = textblob.en.sentiment(text)
    assert (blob.polarity, blob.subjectivity) == (round(polarity, 4), round(subjectivity, 4))


def test_built_on_biaslab_copy_of_the_table():
    scorer = PatternSentiment(pattern_sentiment())
    assert scorer("a good start") == tuple(textblob.en.sentiment("a good start"))


_ALPHABET = st.sampled_from(
    list(string.punctuation) + list("abcGOOD badUS") + [" ", "  ", "\n", "\n\n", "\r\n", "’", "‘", "“", "”", "…"]
    + ["good", "bad", "not", "n't", "'s", "'ll", "never", "very", "really", "terribly", "happy", "awful", "no",
       "U.S.", "Mr.", "e.g.", "Inc.", "X.", "...", "(!)", ":)", ":-(", "8", "o", "O", "XD", "<3", "!",
       "END-OF-SENTENCE", "é", "Σ"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_same_on_generated_text(text):
    assert pattern_scorer().words(text) == textblob_words(text)
    assert pattern_scorer()(text) == tuple(textblob.en.sentiment(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_same_on_any_text(text):
    assert pattern_scorer().words(text) == textblob_words(text)
    assert pattern_scorer()(text) == tuple(textblob.en.sentiment(text))
