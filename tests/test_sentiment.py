"""Sentence sentiment with VADER and TextBlob, offline."""
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biaslab.resources import vader
from biaslab.segmentation import sentences, word_count
from biaslab.sentiment import VADER_THRESHOLD, score_sentence, summarize


@pytest.mark.parametrize(
    "sentence, sign",
    [
        ("The talks were a great success and everyone was happy.", 1),
        ("The attack killed dozens of civilians in a horrific massacre.", -1),
        ("Refugees can now safely return home.", 1),
        ("The country's long and bloody civil war.", -1),
        ("The minister met the delegation on Monday.", 0),
    ],
)
def test_sentence_signs(sentence, sign):
    v, t = score_sentence(sentence)
    if sign == 0:
        assert abs(v.compound) < VADER_THRESHOLD and t.polarity == 0
    else:
        assert v.compound * sign >= VADER_THRESHOLD
    assert -1 <= v.compound <= 1 and -1 <= t.polarity <= 1 and 0 <= t.subjectivity <= 1
    assert abs(v.pos + v.neu + v.neg - 1) < 0.01


def test_vader_lexicon_loads_with_empty_nltk_data(monkeypatch, tmp_path):
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))
    assert vader().polarity_scores("good")["compound"] > 0


def test_bundled_article_clear_cases(article_text):
    by_text = {s.text: score_sentence(s.text) for s in sentences(article_text)}
    enemy = next(t for t in by_text if t.startswith("“The enemy hasn’t declared"))
    refugees = next(t for t in by_text if "refugees can safely return" in t)
    assert by_text[enemy][0].compound <= -VADER_THRESHOLD
    assert by_text[refugees][0].compound >= VADER_THRESHOLD
    # A documented limit of lexicon sentiment on news: "strong man" and "joined"
    # outweigh "bloody", so the sentence that labels Assad reads as positive.
    bloody = next(t for t in by_text if "long and bloody" in t)
    assert by_text[bloody][0].compound > 0


def test_summary_is_built_from_sentences():
    texts = ["Great news for everyone.", "A terrible, deadly attack.", "The meeting is on Monday."]
    scores = [score_sentence(t) for t in texts]
    s = summarize(scores, [word_count(t) for t in texts])
    assert s.sentences == 3 and s.words == 13
    assert s.share_positive == pytest.approx(1 / 3, abs=1e-4)
    assert s.share_negative == pytest.approx(1 / 3, abs=1e-4)
    assert s.vader_mean == pytest.approx(sum(v.compound for v, _ in scores) / 3, abs=1e-4)
    weighted = sum(v.compound * word_count(t) for (v, _), t in zip(scores, texts)) / 13
    assert s.vader_weighted == pytest.approx(weighted, abs=1e-4)


def test_summary_of_nothing():
    s = summarize([], [])
    assert s.sentences == 0 and s.vader_mean == 0.0


# --- shared score values (memory, issue 15) ---------------------------------------------------------
def test_equal_scores_share_one_object():
    from biaslab.sentiment import _shared

    a, b = float("0.25"), float("0.2") + 0.05
    assert a == b and a is not b
    assert _shared(a) is _shared(b) == 0.25
    (v1, t1), (v2, t2) = score_sentence("The minister met them on Monday."), score_sentence("They met on Friday.")
    assert t1.polarity is t2.polarity and v1.neu is v2.neu


@pytest.mark.parametrize("x", [-0.0, 0, 1, float("nan"), True])
def test_values_not_shared_are_returned_as_they_are(x):
    from biaslab.sentiment import _shared

    _shared(0.0), _shared(1.0)  # the float values equal to these are stored
    assert _shared(x) is x


@given(st.floats())
def test_shared_value_is_the_same_value(x):
    from biaslab.sentiment import _shared

    y = _shared(x)
    assert type(y) is float and (y == x or (x != x and y is x)) and math.copysign(1, y) == math.copysign(1, x)
