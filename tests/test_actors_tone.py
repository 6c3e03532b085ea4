"""Tone toward an actor: target-dependent scores with evidence, on sentences written for biaslab."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from biaslab.actors import NEGATIVE_BELOW, POSITIVE_ABOVE, tone_label
from biaslab.actors.tone import RELATIONS, _frames, _tone_words, word_valence

RUIZ_ORTIZ = {"Ana Ruiz": [], "Luis Ortiz": []}


def tone_of(text: str, name: str, actors=RUIZ_ORTIZ):
    return biaslab.analyze(text, actors=actors).actor(name).tone


# --- two actors, opposite tones, one sentence ---------------------------------------------------------
@pytest.mark.parametrize("text, ruiz, ortiz", [
    ("The brave mayor Ana Ruiz rescued the children, but the corrupt senator Luis Ortiz stole the funds.",
     "positive", "negative"),
    ("Ana Ruiz praised the volunteers, while Luis Ortiz attacked the reporters.", "positive", "negative"),
    ("The corrupt Ana Ruiz lied again, and the admired Luis Ortiz helped the flood victims.", "negative", "positive"),
])
def test_two_actors_in_one_sentence_get_opposite_tones(text, ruiz, ortiz):
    a = biaslab.analyze(text, actors=RUIZ_ORTIZ)
    assert (a.actor("Ana Ruiz").tone.label, a.actor("Luis Ortiz").tone.label) == (ruiz, ortiz)
    # the sentence mean is one number for both: it cannot tell them apart
    assert a.actor("Ana Ruiz").tone.vader_mean == a.actor("Luis Ortiz").tone.vader_mean


# --- each relation, positives and negatives ---------------------------------------------------------
@pytest.mark.parametrize("text, name, label, word, relation", [
    ("Police arrested Luis Ortiz on Monday.", "Luis Ortiz", "negative", "arrested", "acted_upon"),
    ("Luis Ortiz was indicted on Friday.", "Luis Ortiz", "negative", "indicted", "acted_upon"),
    ("Ana Ruiz was praised by the council.", "Ana Ruiz", "positive", "praised", "acted_upon"),
    ("Ana Ruiz was not praised by the council.", "Ana Ruiz", "negative", "praised", "acted_upon"),
    ("Ana Ruiz thanked the nurses.", "Ana Ruiz", "positive", "thanked", "predicate"),
    ("Luis Ortiz stole the funds.", "Luis Ortiz", "negative", "stole", "predicate"),
    ("The brave Ana Ruiz stayed.", "Ana Ruiz", "positive", "brave", "modifier"),
    ("The corrupt Luis Ortiz stayed.", "Luis Ortiz", "negative", "corrupt", "modifier"),
])
def test_relations(text, name, label, word, relation):
    tone = tone_of(text, name)
    assert tone.label == label
    assert (word, relation) in {(e.text, e.relation) for e in tone.evidence}


@pytest.mark.parametrize("text, name", [
    ("Ana Ruiz spoke to reporters on Monday.", "Ana Ruiz"),
    ("Luis Ortiz arrived in Madrid by train.", "Luis Ortiz"),
    ("Ana Ruiz met Luis Ortiz at the station.", "Luis Ortiz"),
])
def test_neutral_sentences(text, name):
    tone = tone_of(text, name)
    assert (tone.label, tone.score, tone.evidence) == ("neutral", 0.0, ())


def test_names_carry_no_tone():
    # "Joy" and "Hope" are positive words in VADER, but here they are names (sentence VADER
    # is fooled and leans the score a little, not past the threshold)
    tone = tone_of("Joy Hope spoke to reporters on Monday.", "Joy Hope", {"Joy Hope": []})
    assert tone.label == "neutral"
    assert [e.relation for e in tone.evidence] == ["sentence"]


def test_connotation_frame_reads_agent_and_theme_apart():
    a = biaslab.analyze("Luis Ortiz accused Ana Ruiz of fraud.", actors=RUIZ_ORTIZ)
    ruiz, ortiz = a.actor("Ana Ruiz").tone, a.actor("Luis Ortiz").tone
    assert ruiz.label == "negative"
    assert [(e.text, e.relation, e.source) for e in ruiz.evidence if e.text == "accused"] == [
        ("accused", "acted_upon", "connotation_frames.csv")]
    assert ruiz.score < ortiz.score  # the accuser is not blamed: writer -> agent is 0 for "accuse"


def test_tone_score_is_the_mean_over_mentions():
    a = biaslab.analyze("The brave Ana Ruiz stayed. Police arrested Ana Ruiz.", actors=RUIZ_ORTIZ)
    tone = a.actor("Ana Ruiz").tone
    assert tone.scored == 2
    assert tone.label == tone_label(tone.score)
    assert {e.mention_start for e in tone.evidence} == {m.start for m in a.actor("Ana Ruiz").mentions}


@pytest.mark.parametrize("score, label", [
    (None, None), (NEGATIVE_BELOW, "negative"), (NEGATIVE_BELOW + 0.001, "neutral"), (0.0, "neutral"),
    (POSITIVE_ABOVE - 0.001, "neutral"), (POSITIVE_ABOVE, "positive"), (-1.0, "negative"), (1.0, "positive"),
])
def test_tone_label_thresholds(score, label):
    assert tone_label(score) == label


def test_thresholds_are_ordered():
    assert -1 < NEGATIVE_BELOW < 0 < POSITIVE_ABOVE < 1


@pytest.mark.parametrize("word, tag, lemma, sign", [
    ("indicted", "VBN", "indict", None),  # a frame verb, not a word valence
    ("indictment", "NN", "indictment", -1), ("scrutiny", "NN", "scrutiny", -1), ("landmark", "NN", "landmark", 1),
    ("good", "JJ", "good", 1), ("terrible", "JJ", "terrible", -1), ("table", "NN", "table", None),
])
def test_word_valence(word, tag, lemma, sign):
    found = word_valence(word, tag, lemma)
    assert (None if found is None else (1 if found[0] > 0 else -1)) == sign


def test_data_files_are_in_range_and_distinct_from_vader():
    assert all(-1 <= f.agent <= 1 and -1 <= f.theme <= 1 for f in _frames().values())
    assert all(-1 <= v <= 1 and v != 0 for v in _tone_words().values())
    from biaslab.resources import vader

    assert not set(_tone_words()) & set(vader().lexicon)  # only words VADER lacks


def test_tone_to_dict_keeps_both_measures():
    d = biaslab.analyze("Police arrested Luis Ortiz.", actors=RUIZ_ORTIZ).actor("Luis Ortiz").tone.to_dict()
    assert d["label"] == "negative" and "vader_mean" in d and d["evidence"][0]["relation"] in RELATIONS


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Ana Ruiz", "praised", "attacked", "the", "corrupt", "brave", "council", "not",
                                 "was", "by", "Luis Ortiz", ",", "and", "police", "arrested"]), min_size=1, max_size=14))
def test_evidence_spans_point_into_the_text(words):
    text = " ".join(words) + "."
    a = biaslab.analyze(text, actors=RUIZ_ORTIZ)
    for p in a.actors:
        assert p.tone.score is None or -1 <= p.tone.score <= 1
        for e in p.tone.evidence:
            assert text[e.start:e.end] == e.text
            assert e.relation in RELATIONS
