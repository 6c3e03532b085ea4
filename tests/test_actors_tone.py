"""Tone toward an actor: a learnt, explainable model over target-dependent features, on sentences
written for biaslab."""
from __future__ import annotations

import json
import math
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from biaslab.actors import tone_label
from biaslab.actors.tone import RELATIONS, Evidence, ToneEvidence, mention_tone
from biaslab.actors.tone_features import (
    WORD_RELATIONS, _frames, _mine, _tone_words, feature_values, mention_features, sentence_features, word_valence,
)
from biaslab.actors.tone_model import LABELS, MODEL_FILE, load_tone_model, softmax
from biaslab.clauses import parse
from biaslab.resources import ResourceError

RUIZ_ORTIZ = {"Ana Ruiz": [], "Luis Ortiz": []}


def tone_of(text: str, name: str, actors=RUIZ_ORTIZ):
    return biaslab.analyze(text, actors=actors).actor(name).tone


# --- two actors, opposite tones, one sentence ---------------------------------------------------------
@pytest.mark.parametrize("text, ruiz, ortiz", [
    ("The brave mayor Ana Ruiz rescued the children, but the corrupt senator Luis Ortiz stole the funds.",
     "positive", "negative"),
    ("Ana Ruiz praised the volunteers, while Luis Ortiz attacked the reporters.", "positive", "negative"),
    ("The corrupt Ana Ruiz lied again, and the admired Luis Ortiz helped the flood victims.", "negative", "positive"),
    ("Police arrested Ana Ruiz, and the jury praised Luis Ortiz.", "negative", "positive"),
    ("The honest Ana Ruiz won the award, while the disgraced Luis Ortiz was charged with fraud.",
     "positive", "negative"),
])
def test_two_actors_in_one_sentence_get_opposite_tones(text, ruiz, ortiz):
    a = biaslab.analyze(text, actors=RUIZ_ORTIZ)
    assert (a.actor("Ana Ruiz").tone.label, a.actor("Luis Ortiz").tone.label) == (ruiz, ortiz)
    # the sentence mean is one number for both: it cannot tell them apart
    assert a.actor("Ana Ruiz").tone.vader_mean == a.actor("Luis Ortiz").tone.vader_mean


# --- one verb, two actors: the writer's view of the agent and of the theme --------------------------------
@pytest.mark.parametrize("verb, ruiz, ortiz, agent, theme", [
    # verb, Ruiz's label (agent), Ortiz's label (theme), the frame evidence each gets (None: the frame is 0)
    ("praised", "positive", "positive", "frame_agent_pos", "frame_theme_pos"),
    ("thanked", "positive", "positive", "frame_agent_pos", "frame_theme_pos"),
    ("attacked", "negative", "negative", "frame_agent_neg", "frame_theme_neg"),
    ("accused", "negative", "negative", None, "frame_theme_neg"),
    ("threatened", "negative", "negative", "frame_agent_neg", None),
    ("met", "neutral", "neutral", None, None),
])
def test_praised_or_attacked(verb, ruiz, ortiz, agent, theme):
    a = biaslab.analyze(f"Ana Ruiz {verb} Luis Ortiz.", actors=RUIZ_ORTIZ)
    r, o = a.actor("Ana Ruiz").tone, a.actor("Luis Ortiz").tone
    assert (r.label, o.label) == (ruiz, ortiz)
    frames = lambda tone: [e.feature for e in tone.evidence if e.feature.startswith("frame_")]  # noqa: E731
    assert frames(r) == ([agent] if agent else [])
    assert frames(o) == ([theme] if theme else [])
    assert r.score != o.score  # one sentence, two targets, two tones


def test_praise_and_attack_move_both_actors_apart():
    praised = biaslab.analyze("Ana Ruiz praised Luis Ortiz.", actors=RUIZ_ORTIZ)
    attacked = biaslab.analyze("Ana Ruiz attacked Luis Ortiz.", actors=RUIZ_ORTIZ)
    for name in RUIZ_ORTIZ:
        assert praised.actor(name).tone.score > 0.2 and attacked.actor(name).tone.score < -0.2


# --- each relation, positives and negatives ---------------------------------------------------------
@pytest.mark.parametrize("text, name, label, word, relation", [
    ("Police arrested Luis Ortiz on Monday.", "Luis Ortiz", "negative", "arrested", "frame_theme"),
    ("Luis Ortiz was indicted on Friday.", "Luis Ortiz", "negative", "indicted", "frame_theme"),
    ("Ana Ruiz was praised by the council.", "Ana Ruiz", "positive", "praised", "frame_theme"),
    ("Ana Ruiz thanked the nurses.", "Ana Ruiz", "positive", "thanked", "frame_agent"),
    ("Luis Ortiz stole the funds.", "Luis Ortiz", "negative", "stole", "frame_agent"),
    ("The brave Ana Ruiz stayed.", "Ana Ruiz", "positive", "brave", "modifier"),
    ("The corrupt Luis Ortiz stayed.", "Luis Ortiz", "negative", "corrupt", "modifier"),
    ("Luis Ortiz, a disgraced former aide, stayed.", "Luis Ortiz", "negative", "disgraced", "apposition"),
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
    assert tone.label == "neutral"
    assert not [e for e in tone.evidence if e.relation in WORD_RELATIONS and not e.feature.startswith("lemma:")]


def test_negation_flips_a_word():
    plain = {(e.text, e.feature) for e in tone_of("Ana Ruiz was praised by the council.", "Ana Ruiz").evidence}
    negated = {(e.text, e.feature) for e in tone_of("Ana Ruiz was not praised by the council.", "Ana Ruiz").evidence}
    assert ("praised", "frame_theme_pos") in plain and ("praised", "frame_theme_neg") in negated


def test_names_carry_no_tone():
    # "Joy" and "Hope" are positive words in VADER, but here they are the name: no word evidence from them
    tone = tone_of("Joy Hope spoke to reporters on Monday.", "Joy Hope", {"Joy Hope": []})
    assert tone.label == "neutral"
    assert not {e.text for e in tone.evidence} & {"Joy", "Hope"}


def test_connotation_frame_reads_agent_and_theme_apart():
    a = biaslab.analyze("Luis Ortiz accused Ana Ruiz of fraud.", actors=RUIZ_ORTIZ)
    ruiz, ortiz = a.actor("Ana Ruiz").tone, a.actor("Luis Ortiz").tone
    assert ruiz.label == "negative"
    assert [(e.text, e.feature, e.source) for e in ruiz.evidence if e.feature.startswith("frame_")] == [
        ("accused", "frame_theme_neg", "connotation_frames.csv")]
    assert not [e for e in ortiz.evidence if e.feature.startswith("frame_")]  # writer -> agent is 0 for "accuse"
    assert ruiz.score < ortiz.score


@pytest.mark.parametrize("text, word, feature", [
    # the words of another actor's clause are about that actor, not reported by the speaker
    ("Ana Ruiz praised the volunteers, while Luis Ortiz attacked the reporters.", "attacked", "other_neg"),
    ("Ana Ruiz said the plan worked, while the budget collapsed.", "collapsed", "contrast_neg"),
    ("Ana Ruiz said the budget collapsed.", "collapsed", "speech_neg"),
    ("Ana Ruiz told reporters the budget collapsed.", "collapsed", "speech_neg"),
    ("Ana Ruiz praised the brave volunteers.", "brave", "object_pos"),
])
def test_what_a_word_is_about(text, word, feature):
    assert (word, feature) in {(it.text, it.feature) for it in _items(text, "Ana Ruiz")}


def _items(text, name):
    sent = parse(text).sentences[0]
    words = name.split()
    i = next(k for k, t in enumerate(sent.tokens) if t.text == words[0])
    return mention_features(sent, i, i + len(words))


@pytest.mark.parametrize("text, name, feature, present", [
    ("Ana Ruiz said the plan was a disaster.", "Ana Ruiz", "speech_neg", True),
    ("Ana Ruiz said the plan was a disaster.", "Ana Ruiz", "role_speaker", True),
    ("Ana Ruiz left, and the plan was a disaster.", "Ana Ruiz", "speech_neg", False),
    ("“We trust Ana Ruiz,” the mayor said.", "Ana Ruiz", "role_in_quote", True),
    ("The mayor said Ana Ruiz was trusted.", "Ana Ruiz", "role_in_quote", False),
    ("Ana Ruiz’s reckless plan angered voters.", "Ana Ruiz", "role_possessor", True),
    ("Ana Ruiz angered voters.", "Ana Ruiz", "role_possessor", False),
    ("Ana Ruiz did not win the vote.", "Ana Ruiz", "role_negated", True),
    ("Ana Ruiz won the vote.", "Ana Ruiz", "role_negated", False),
])
def test_feature_present(text, name, feature, present):
    assert (feature in feature_values(_items(text, name))) == present


@pytest.mark.parametrize("text", [
    "The brave mayor Ana Ruiz rescued the children, but the corrupt senator Luis Ortiz stole the funds.",
    "Ana Ruiz said Luis Ortiz was not honest, while “Ortiz lied,” she added.",
    "Police arrested Ana Ruiz, and the jury praised Luis Ortiz and his lawyer.",
])
def test_features_shared_by_a_sentence_are_the_same_for_every_mention(text):
    # profile_actors computes sentence_features once and hands it to each mention of the sentence
    sent = parse(text).sentences[0]
    shared = sentence_features(sent)
    spans = [(k, k + 1) for k, t in enumerate(sent.tokens) if t.tag.startswith(("NNP", "PRP"))]
    assert len(spans) >= 3
    for i, j in spans:
        assert mention_features(sent, i, j, shared=shared) == mention_features(sent, i, j)


@pytest.mark.parametrize("words, mention, expected", [
    ("Ana Ruiz praised the mayor .", "Ana Ruiz", ("Ana Ruiz", "Ana Ruiz")),      # the phrase it stands for
    ("Ruiz’s aide praised the mayor .", "Ruiz", ("Ruiz", "Ruiz")),              # a possessor phrase
    ("the mayor Ana Ruiz praised him .", "the", (None, "the mayor Ana Ruiz")),  # no head inside: its token's phrase
    ("Ana Ruiz praised the mayor .", ".", (None, None)),                         # negative: in no phrase
])
def test_mine_reads_the_phrase_of_a_mention_once(words, mention, expected):
    sent = parse(words).sentences[0]
    texts = [t.text for t in sent.tokens]
    n = len(mention.split())
    i = next(k for k in range(len(texts)) if " ".join(texts[k:k + n]) == mention.replace("’s", ""))
    got = _mine(sent, i, i + n)
    assert tuple(None if p is None else sent.phrases[p].text for p in got) == expected


# --- the model and its explanation ------------------------------------------------------------------
def test_evidence_adds_up_to_the_probabilities():
    # the explanation is exact: prior + every evidence item's logits give the mention's probabilities
    sent = biaslab.analyze("Police arrested the corrupt Luis Ortiz.", actors=RUIZ_ORTIZ)
    tone = sent.actor("Luis Ortiz").tone
    logits = list(load_tone_model().intercept)
    for e in tone.evidence:
        logits = [a + b for a, b in zip(logits, e.logits)]
    assert softmax(logits) == pytest.approx(tone.probabilities, abs=5e-5)  # probabilities: 4 places
    assert all(e.toward == round(e.logits[2] - e.logits[0], 4) for e in tone.evidence)


def test_evidence_shares_the_model_weights_and_names():
    # a long text keeps hundreds of thousands of items: each holds the model's own weight triple and
    # feature name (no copies), and its logits are value × weight
    tone = biaslab.analyze("Police arrested the corrupt Luis Ortiz.", actors=RUIZ_ORTIZ).actor("Luis Ortiz").tone
    model = load_tone_model()
    names = {name: name for name in model.weights}
    assert tone.evidence
    for e in tone.evidence:
        assert e.weights is model.weights[e.feature] and e.feature is names[e.feature]
        assert e.logits == tuple(e.value * w for w in e.weights)


def test_evidence_is_stored_compactly_and_reads_as_named_tuples():
    # an actor's evidence joins its mentions' without copying; every item reads back as the named tuple
    a = biaslab.analyze("Ana Ruiz praised the brave volunteers. Later Ana Ruiz attacked the corrupt board.",
                        actors=RUIZ_ORTIZ)
    tone = a.actor("Ana Ruiz").tone
    items = tuple(tone.evidence)
    assert isinstance(tone.evidence, Evidence) and len(items) == len(tone.evidence) > 2
    assert all(type(e) is ToneEvidence for e in items)
    assert tone.evidence == items and items == tuple(tone.evidence[k] for k in range(len(items)))
    assert tone.evidence[-1] == items[-1] and tone.evidence[1:3] == items[1:3]
    assert {e.mention_start for e in items} == {m.start for m in a.actor("Ana Ruiz").mentions}
    assert all(a.text[e.start:e.end] == e.text for e in items)
    assert hash(tone.evidence) == hash(items) and tone.evidence != items[:-1]
    with pytest.raises(IndexError):
        tone.evidence[len(items)]
    assert Evidence.join([]) == () and len(Evidence.join([Evidence(), tone.evidence])) == len(items)
    assert pickle.loads(pickle.dumps(tone.evidence)) == items


def test_mention_tone_uses_the_sentence_scores_already_computed(monkeypatch):
    analysis = biaslab.analyze("The brave Ana Ruiz stayed.", actors=RUIZ_ORTIZ)
    sent = parse(analysis.text, analysis.sentences).sentences[0]

    def no_second_run(text):
        raise AssertionError("VADER/TextBlob run a second time")

    monkeypatch.setattr("biaslab.sentiment.score_sentence", no_second_run)
    t = mention_tone(sent, 2, 4)
    assert t.probabilities == pytest.approx(analysis.actor("Ana Ruiz").tone.probabilities, abs=1e-4)
    assert {e.feature for e in t.evidence} >= {"sentence_vader", "sentence_polarity"}


def test_tone_is_the_mean_over_mentions():
    a = biaslab.analyze("The brave Ana Ruiz stayed. Police arrested Ana Ruiz.", actors=RUIZ_ORTIZ)
    tone = a.actor("Ana Ruiz").tone
    assert tone.scored == 2
    assert sum(tone.probabilities) == pytest.approx(1, abs=1e-3)
    assert tone.label == tone_label(tone.probabilities)
    assert tone.score == pytest.approx(tone.probabilities[2] - tone.probabilities[0], abs=1e-3)
    assert {e.mention_start for e in tone.evidence} == {m.start for m in a.actor("Ana Ruiz").mentions}
    assert [start for start, _ in tone.mention_scores] == [m.start for m in a.actor("Ana Ruiz").mentions]
    assert sum(score for _, score in tone.mention_scores) / 2 == pytest.approx(tone.score, abs=5e-5)
    assert tone.mention_scores[0][1] > 0 > tone.mention_scores[1][1]  # "brave" then "arrested"


@pytest.mark.parametrize("probabilities, label", [
    (None, None), ((0.5, 0.3, 0.2), "negative"), ((0.2, 0.5, 0.3), "neutral"), ((0.1, 0.2, 0.7), "positive"),
    ((0.4, 0.2, 0.4), "negative"), ((0.2, 0.4, 0.4), "neutral"),  # ties go to the earlier class
])
def test_tone_label(probabilities, label):
    assert tone_label(probabilities) == label


def test_explain_names_the_words():
    tone = tone_of("Police arrested Luis Ortiz on Monday.", "Luis Ortiz")
    text = tone.explain()
    assert text.startswith("Tone toward the actor: negative (P negative ")
    assert "“arrested” (frame_theme): -" in text and "toward negative" in text
    assert tone_of("Ana Ruiz stayed.", "Ana Ruiz").explain().count("\n") >= 1
    assert biaslab.analyze("Ana Ruiz stayed.", actors=RUIZ_ORTIZ).actor("Luis Ortiz").tone.explain() == (
        "No tone toward the actor: it has no mention.")


def test_model_file_and_provenance():
    model = load_tone_model()
    prov = model.provenance
    assert {"trained", "tool", "data", "setting", "cross_validated_macro_f1", "versions"} <= set(prov)
    assert "tune part only" in prov["data"] and prov["versions"]["scikit-learn"]
    assert all(math.isfinite(x) for w in model.weights.values() for x in w)
    assert {f.rsplit("_", 1)[0] for f in model.weights if not f.startswith(("lemma:", "role_", "sentence_"))} <= (
        set(WORD_RELATIONS) | {"near"})
    assert len(model.intercept) == 3 and all(len(w) == 3 for w in model.weights.values())
    # no corpus text in the file: a word feature holds one word (a lower-case form or a lemma)
    words = [f.split(":", 2) for f in model.weights if f.startswith("lemma:")]
    assert words and all(len(w) == 3 and w[1] in RELATIONS and w[2] and not any(c.isspace() for c in w[2])
                         for w in words)


def test_the_model_file_is_read_once(monkeypatch):
    from biaslab.actors import tone_model
    from biaslab.resources import _LOADERS

    reads = []
    real = tone_model.data_text
    monkeypatch.setattr(tone_model, "data_text", lambda name: reads.append(name) or real(name))
    load_tone_model.cache_clear()
    try:
        first = load_tone_model()
        tone_of("Police arrested Luis Ortiz.", "Luis Ortiz")
        tone_of("The brave Ana Ruiz stayed.", "Ana Ruiz")
        assert load_tone_model() is first
        assert reads == [MODEL_FILE]
    finally:
        load_tone_model.cache_clear()
    assert load_tone_model in _LOADERS  # built by resources.once: warm_up() loads it in pool workers


#: (what the data file holds, the end of the one-line message); None: the file is missing
BROKEN_MODELS = [
    (None, "is missing; reinstall biaslab"),
    ('{"labels": ["negative", "neutral"', "is malformed (Expecting ',' delimiter: line 1 column 34 (char 33)); "
                                          "reinstall biaslab"),
    (json.dumps({"labels": ["a"], "intercept": [0, 0, 0], "weights": {}}),
     "is malformed (labels ['a'] (expected ['negative', 'neutral', 'positive'])); reinstall biaslab"),
    (json.dumps({"labels": list(LABELS), "intercept": [0, 0, 0]}), "is malformed (no weights); reinstall biaslab"),
    ("{}", "is malformed (no labels, intercept, weights); reinstall biaslab"),
    (json.dumps({"labels": list(LABELS), "intercept": [0, 0, 0], "weights": {"clause_pos": [1, 2]}}),
     "is malformed (every weight needs one value per class); reinstall biaslab"),
    (json.dumps({"labels": list(LABELS), "intercept": [0, 0, 0], "weights": {"clause_pos": [1, "x", 2]}}),
     "is malformed (could not convert string to float: 'x'); reinstall biaslab"),
    (json.dumps([1, 2, 3]), "is malformed (a JSON list where an object is expected); reinstall biaslab"),
]


@pytest.mark.parametrize("content, message", BROKEN_MODELS)
def test_a_missing_or_broken_model_file_is_one_readable_error(monkeypatch, content, message):
    from biaslab.actors import tone_model

    if content is None:
        monkeypatch.setattr(tone_model, "MODEL_FILE", "no_such_tone_model.json")
    else:
        monkeypatch.setattr(tone_model, "data_text", lambda name: content)
    name = tone_model.MODEL_FILE
    load_tone_model.cache_clear()
    try:
        with pytest.raises(ResourceError) as info:
            biaslab.analyze("Police arrested Luis Ortiz.", actors=RUIZ_ORTIZ)
    finally:
        monkeypatch.undo()
        load_tone_model.cache_clear()
    assert str(info.value) == f"biaslab data file {name!r} {message}"
    assert load_tone_model().weights  # the shipped file loads again once the cache is cleared


def test_runs_without_scikit_learn():
    # scikit-learn trains the model (tools/train_tone.py); at run time the weights are applied in plain
    # Python: no module of the package imports it
    import ast
    from pathlib import Path

    root = Path(biaslab.__file__).parent
    imported = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    assert "numpy" in imported and not imported & {"sklearn", "scipy"}


# --- lexicons and data ------------------------------------------------------------------------------
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
    assert d["label"] == "negative" and "vader_mean" in d and set(d["probabilities"]) == set(LABELS)
    assert all(e["relation"] in RELATIONS for e in d["evidence"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Ana Ruiz", "praised", "attacked", "the", "corrupt", "brave", "council", "not",
                                 "was", "by", "Luis Ortiz", ",", "and", "police", "arrested", "“", "”", "said"]),
                min_size=1, max_size=14))
def test_evidence_spans_point_into_the_text(words):
    text = " ".join(words) + "."
    a = biaslab.analyze(text, actors=RUIZ_ORTIZ)
    for p in a.actors:
        assert p.tone.score is None or -1 <= p.tone.score <= 1
        assert p.tone.probabilities is None or sum(p.tone.probabilities) == pytest.approx(1, abs=1e-3)
        for e in p.tone.evidence:
            assert text[e.start:e.end] == e.text
            assert e.relation in RELATIONS
