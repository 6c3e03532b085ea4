"""biaslab.evaluation.newsmtsc on a NewsMTSC-format fixture written for this project (invented sentences).

tests/fixtures/evaluation/newsmtsc/train.jsonl:

  S1 example_1_1 (tune)   "Ada Quill praised the volunteers, but Bram Otterly attacked the plan."
                          Ada Quill positive, Bram Otterly negative         sentence VADER -0.4404
  S2 example_1_1 (tune)   "Ines Varga opened the new ferry terminal on Monday."
                          Ines Varga neutral                                sentence VADER 0.0
  S3 example_3_1 (tune)   "She was accused of a shameful cover-up."  She negative   sentence VADER -0.6597
  S4 example_2_1 (report) "Lowmere council approved the budget."  Lowmere council neutral   0.4215

The evaluation logic is tested with a fixed analyzer (``fixed_actors``), so the expected figures do not
move when biaslab's tone changes; the real analyzer is run once for the invariants.
"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from biaslab.evaluation import (
    LABELS, CorpusError, evaluate_newsmtsc, read_newsmtsc, target_tone, tone_label,
)

NEWSMTSC = Path(__file__).parent / "fixtures" / "evaluation" / "newsmtsc"

#: actor name -> (mention text, tone score, labelled with VADER's thresholds); Ines Varga gets no actor, She an actor without a score, and
#: a detected "Otterly" (a strongly negative score) overlaps the declared Bram Otterly, which must win
FIXED = {"Ada Quill": ("Ada Quill", 0.5), "Bram Otterly": ("Bram Otterly", 0.5), "Otterly": ("Otterly", -0.9),
         "She": ("She", None), "Lowmere council": ("Lowmere council", 0.0)}


def fixed_actors(text, *, where, actors):
    found = []
    for name, (mention, score) in FIXED.items():
        a = text.find(mention)
        if a >= 0:
            found.append(SimpleNamespace(name=name, mentions=[SimpleNamespace(start=a, end=a + len(mention))],
                                         tone=SimpleNamespace(score=score, label=None if score is None
                                                              else tone_label(score))))
    return SimpleNamespace(actors=found)


def test_read_newsmtsc():
    assert [s.gid.split("_")[1] for s in read_newsmtsc(NEWSMTSC)] == ["1", "1", "3", "2"]
    tune = read_newsmtsc(NEWSMTSC / "train.jsonl", split="tune")
    assert [t.mention for s in tune for t in s.targets] == ["Ada Quill", "Bram Otterly", "Ines Varga", "She"]
    assert [t.label for s in tune for t in s.targets] == ["positive", "negative", "neutral", "negative"]
    assert [s.line for s in read_newsmtsc(NEWSMTSC, split="report")] == [4]


@pytest.mark.parametrize("score, label", [
    (None, "neutral"), (0.05, "positive"), (0.0499, "neutral"), (-0.05, "negative"), (-0.0499, "neutral"),
    (0.9, "positive"), (-1.0, "negative"),
])
def test_tone_label_thresholds(score, label):
    assert tone_label(score) == label


def test_target_tone_reads_the_actor_tone():
    actor = SimpleNamespace(tone=SimpleNamespace(score=-0.3, label="negative"))
    assert target_tone(None, actor) == ("negative", -0.3)
    assert target_tone(None, None) == ("neutral", None)
    assert target_tone(None, SimpleNamespace(tone=SimpleNamespace(score=None, label=None))) == ("neutral", None)


def test_tune_split_exact():
    r = evaluate_newsmtsc(NEWSMTSC, split="tune", analyzer=fixed_actors)
    assert (r.sentences, r.targets, r.gold) == (3, 4, {"negative": 2, "neutral": 1, "positive": 1})
    # biaslab: Ada 0.5 -> positive (right); Bram 0.5 (declared actor preferred to "Otterly") -> positive
    # (gold negative); Ines: no actor -> neutral (right, unmatched); She: no score -> neutral (gold negative)
    assert r.system.counts == ((0, 1, 1), (0, 1, 0), (0, 0, 1))
    assert (r.unmatched, r.no_score) == (1, 1)
    # per class: negative 0; neutral P 1/2 R 1 F1 2/3; positive P 1/2 R 1 F1 2/3 -> macro-F1 4/9
    assert r.system.macro_f1 == pytest.approx(4 / 9) and r.system.accuracy.value == 0.5
    # baseline: S1 -0.4404 -> negative for both targets, S2 0.0 -> neutral, S3 -0.6597 -> negative
    assert r.baseline.counts == ((2, 0, 0), (0, 1, 0), (1, 0, 0))
    # negative P 2/3 R 1 F1 0.8; neutral 1; positive 0 -> macro-F1 0.6
    assert r.baseline.macro_f1 == pytest.approx(0.6) and r.baseline.accuracy.correct == 3
    # same label as sentence VADER: only Ines Varga (neutral, neutral)
    assert (r.same_as_sentence_vader.correct, r.same_as_sentence_vader.total) == (1, 4)
    assert [(e["mention"], e["error"]) for e in r.errors] == [("Bram Otterly", "negative->positive"),
                                                               ("She", "negative->neutral")]
    d = r.to_dict()
    assert d["system"]["confusion"]["labels"] == list(LABELS)
    assert d["thresholds"] == {"positive": 0.05, "negative": -0.05}


def test_workers_give_identical_results():
    serial = evaluate_newsmtsc(NEWSMTSC, split="all", analyzer=fixed_actors)
    assert evaluate_newsmtsc(NEWSMTSC, split="all", analyzer=fixed_actors, workers=2) == serial


def test_real_analyzer_invariants():
    r = evaluate_newsmtsc(NEWSMTSC, split="all")
    assert r.system.total == r.baseline.total == r.targets == 5
    assert r.baseline.counts == ((2, 0, 0), (0, 1, 1), (1, 0, 0))  # S4 0.4215: Lowmere council -> positive


@pytest.mark.parametrize("line, message", [
    ("not json", "line 1: not JSON"),
    ('{"primary_gid": "a_b_c", "targets": []}', "line 1: expected primary_gid"),
    ('{"primary_gid": "a_b_c", "sentence_normalized": "Ada.", "targets": [{"from": 0, "to": 9, '
     '"mention": "Ada", "polarity": 2.0}]}', "line 1: target 0-9 is not inside the sentence"),
    ('{"primary_gid": "a_b_c", "sentence_normalized": "Ada.", "targets": [{"from": 0, "to": 3, '
     '"mention": "Bob", "polarity": 2.0}]}', "reads 'Ada', not 'Bob'"),
    ('{"primary_gid": "a_b_c", "sentence_normalized": "Ada.", "targets": [{"from": 0, "to": 3, '
     '"mention": "Ada", "polarity": 3.0}]}', "unknown polarity 3.0"),
])
def test_malformed_lines(tmp_path, line, message):
    (tmp_path / "train.jsonl").write_text(line + "\n")
    with pytest.raises(CorpusError, match=message):
        read_newsmtsc(tmp_path)


def test_missing_corpus(tmp_path):
    with pytest.raises(CorpusError, match="not a NewsMTSC folder"):
        read_newsmtsc(tmp_path)
    with pytest.raises(CorpusError, match="no such file or folder"):
        read_newsmtsc(tmp_path / "nope.jsonl")
    assert json.loads((NEWSMTSC / "train.jsonl").read_text().splitlines()[0])["targets"][0]["to"] == 9
