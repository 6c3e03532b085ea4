"""biaslab.evaluation.ptc on a PTC-format fixture written for this project (invented text, hand-made labels).

The fixture (tests/fixtures/evaluation/ptc) has two articles:

101 (tune)   "... called Mayor Ada Quill a reckless tyrant on Monday. The so-called reform was a disaster
             for the town, he said. Residents were furious."
             gold: Name_Calling "a reckless tyrant" (70-87), Loaded_Language "reckless" (72-80) nested in
             it, Doubt "so-called reform", Flag-Waving "for the town", Loaded_Language "furious" (173-180)
102 (report) "Officials in Brackwater praised the brave volunteers. Critics called the plan a scam."
             gold: Flag-Waving "the brave volunteers", Name_Calling "a scam" (104-110)

The evaluation logic is tested with a fixed term finder (``fixed_terms``), so the expected figures do
not move when the lexicon grows; the real analyzer is run once for the invariants.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from biaslab.evaluation import CATEGORY_TECHNIQUE, CorpusError, evaluate_ptc, read_ptc
from biaslab.lexicon import CATEGORIES

PTC = Path(__file__).parent / "fixtures" / "evaluation" / "ptc"
#: word -> lexicon category given by the fixed term finder
FIXED = {"reckless": "emotive", "tyrant": "labeling", "Monday": "emotive", "so-called": "doubt",
         "disaster": "exaggeration", "furious": "hedge", "brave": "flag_waving", "scam": "labeling"}


def fixed_terms(text, *, where):
    terms = [SimpleNamespace(start=m.start(), end=m.end(), text=m.group(), term=m.group().lower(),
                             category=FIXED[m.group()])
             for m in re.finditer("|".join(map(re.escape, FIXED)), text)]
    return SimpleNamespace(loaded_terms=terms)


def test_read_ptc():
    arts = read_ptc(PTC)
    assert [a.id for a in arts] == ["101", "102"]
    assert [len(a.spans) for a in arts] == [5, 2]
    a = arts[0]
    assert a.text[70:87] == "a reckless tyrant" and a.gold(["Loaded_Language"]) == [(72, 80), (173, 180)]
    assert [x.id for x in read_ptc(PTC, split="tune")] == ["101"]
    assert [x.id for x in read_ptc(PTC, split="report")] == ["102"]


def test_tune_split_exact():
    r = evaluate_ptc(PTC, split="tune", analyzer=fixed_terms)
    # main predictions: reckless (emotive), tyrant (labeling), Monday (emotive);
    # main gold (distinct LL + NC spans): "a reckless tyrant", "reckless", "furious".
    # reckless and tyrant overlap gold, Monday does not: tp 2, fp 1; gold found: 2 of 3 (furious missed)
    o = r.system.overlap
    assert (o.tp, o.fp, o.tp_gold, o.fn) == (2, 1, 2, 1)
    assert (o.precision, o.recall, o.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # SemEval: gold merged to "a reckless tyrant" (17 chars) and "furious" (7): |T| = 2, |S| = 3;
    # p_sum = 8/8 + 6/6 + 0 = 2, r_sum = 8/17 + 6/17 = 14/17; P = 2/3, R = 7/17, F1 = 28/55
    c = r.system.semeval
    assert (c.predicted, c.gold) == (3, 2)
    assert (c.p_sum, c.r_sum) == pytest.approx((2.0, 14 / 17))
    assert c.f1 == pytest.approx(28 / 55)
    # baseline, VADER words with |valence| >= 1.5: reckless (-1.7), disaster (-3.1), furious (-2.7);
    # reckless and furious overlap gold (tp 2, fp 1), and find all three gold spans
    b = r.baseline.overlap
    assert (b.tp, b.fp, b.tp_gold, b.fn) == (2, 1, 3, 0)
    # per category: doubt "so-called" overlaps Doubt "so-called reform"; exaggeration has no gold span
    assert r.by_category["doubt"] == ("Doubt", r.by_category["doubt"][1])
    assert r.by_category["doubt"][1].overlap.tp == 1
    assert r.by_category["exaggeration"][1].overlap.fp == 1
    assert r.by_category["hedge"][0] is None and r.by_category["hedge"][1].overlap.tp == 1  # vs main gold
    # each of the two techniques: NC "a reckless tyrant" found; LL "reckless" found, "furious" missed
    assert r.by_technique["Name_Calling,Labeling"].recall == 1.0
    assert r.by_technique["Loaded_Language"].recall == 0.5
    assert r.all_terms.overlap.predicted == 6
    assert r.gold_spans["Loaded_Language"] == 2 and r.gold_spans["main (distinct spans)"] == 3
    # errors: Monday (false positive) and furious (missed)
    assert [(e["error"], e["text"]) for e in r.errors] == [("false_positive", "Monday"), ("missed", "furious")]


def test_all_split_adds_articles():
    r = evaluate_ptc(PTC, split="all", analyzer=fixed_terms)
    # article 102 adds "scam" (labeling) overlapping NC "a scam": tp 3, fp 1, tp_gold 3, fn 1
    o = r.system.overlap
    assert (o.tp, o.fp, o.tp_gold, o.fn) == (3, 1, 3, 1)
    assert r.articles == 2
    assert r.by_category["flag_waving"][1].overlap.precision == 1.0
    d = r.to_dict()
    assert d["system"]["overlap"]["precision"] == 0.75 and d["mapping"] == CATEGORY_TECHNIQUE
    assert set(d["by_category"]) >= set(CATEGORIES)


def test_workers_give_identical_results():
    serial = evaluate_ptc(PTC, split="all", analyzer=fixed_terms)
    assert evaluate_ptc(PTC, split="all", analyzer=fixed_terms, workers=2) == serial


def test_real_analyzer_runs():
    r = evaluate_ptc(PTC, split="all")
    o = r.system.overlap
    assert o.predicted == sum(s.overlap.predicted for c, (t, s) in r.by_category.items()
                              if t in ("Loaded_Language", "Name_Calling,Labeling"))
    assert o.gold == 4 and r.baseline.overlap.predicted == 6  # reckless disaster furious praised brave scam


def _broken(tmp_path, labels: str) -> Path:
    (tmp_path / "articles").mkdir()
    for p in (PTC / "articles").iterdir():
        (tmp_path / "articles" / p.name).write_text(p.read_text())
    (tmp_path / "labels.tsv").write_text(labels)
    return tmp_path


@pytest.mark.parametrize("labels, message", [
    ("101\tLoaded_Language\t10\n", "line 1: expected 4 tab-separated fields"),
    ("101\tLoaded_Language\t10\t5\n", "line 1: span 10-5 is not inside"),
    ("\n102\tDoubt\t0\t999\n", "line 2: span 0-999 is not inside article102.txt"),
    ("103\tDoubt\t0\t5\n", "line 1: no file article103.txt"),
    ("101\tDoubt\tx\t5\n", "line 1: expected a numeric id"),
])
def test_bad_labels(tmp_path, labels, message):
    with pytest.raises(CorpusError, match=message):
        read_ptc(_broken(tmp_path, labels))


def test_missing_corpus(tmp_path):
    with pytest.raises(CorpusError, match="no such folder"):
        read_ptc(tmp_path / "nope")
    with pytest.raises(CorpusError, match="not a PTC folder"):
        read_ptc(tmp_path)
