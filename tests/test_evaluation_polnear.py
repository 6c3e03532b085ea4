"""biaslab.evaluation.polnear, .brat and .speakers on a PolNeAR-format fixture written for this project.

The fixture (tests/fixtures/evaluation/polnear) has an invented article in ``dev`` with hand-made
brat annotations (``harbour-plan_a1b2.ann``):

  E1 Quill said “It will bring jobs back to the waterfront,”           quotation (double)
  E2 Councillor Bram Otterly said the plan was a “costly gamble”        quotation; Content + Content2
     | that the council could not afford
  E3 he said “We were never shown the figures,” … “Nobody asked …”     quotation; discontinuous Content
  E4 its supporters called … “bold vision”                              quotation
  E5 A spokesman for the harbour board said: “The board will …”         quotation
  E6 Critics say the consultation was a “formality”                     quotation
  E7 Mayor Ada Quill defended the harbour plan                          attribution, not a quotation
  E8 (no source) described as ‘final’                                   quotation (single), no Source

and a ``train`` folder with one article annotated twice (``_aaaa`` is read) and one without annotation.
The evaluation logic is tested with fixed quotations (``fixed_quotes``), so the expected figures do
not move when biaslab's quotation finder changes; the real analyzer is run once for the invariants.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from biaslab.evaluation import (
    Accuracy, CorpusError, SpeakerScores, evaluate_polnear, quotation_mark, read_polnear, same_speaker,
)
from biaslab.evaluation.brat import parse_brat
from biaslab.quotes import Quote
from biaslab.segmentation import sentences

POLNEAR = Path(__file__).parent / "fixtures" / "evaluation" / "polnear"

#: quotation -> (kind, speaker, where the speaker phrase is: the text up to "|" of the first place that
#: reads like the anchor without its "|")
FIXED = {
    "“Closed for repairs”": ("direct", None, None),
    "“temporary”": ("scare", None, None),
    "“It will bring jobs back to the waterfront,”": ("direct", "Ada Quill", "Quill| said"),
    "“costly gamble”": ("partial", "Bram Otterly", "Councillor Bram Otterly| said"),
    "“We were never shown the figures,”": ("direct", "he", "he| said"),
    "“Nobody asked the fishermen.”": ("direct", "Ada Quill", "he| said"),   # a pronoun resolved wrongly
    "“bold vision”": ("scare", None, None),
    "“The board will publish the report next week.”": ("direct", None, None),
    "“formality”": ("partial", "the council", "the council| could"),
    "‘final’": ("scare", None, None),
    "“Fares must rise,”": ("direct", "Ines Varga", "Ines Varga|,"),
}


def fixed_quotes(text, *, where):
    quotes = []
    for q, (kind, speaker, anchor) in FIXED.items():
        a = text.find(q)
        if a < 0:
            continue
        s = text.find(anchor.replace("|", "")) if anchor else None
        span = (s, s + anchor.index("|")) if anchor else (None, None)
        quotes.append(Quote(a, a + len(q), q, a + 1, a + len(q) - 1, kind, speaker, *span,
                            "phrase" if speaker else None))
    return SimpleNamespace(quotes=sorted(quotes, key=lambda q: q.start), sentences=sentences(text))


def test_read_polnear():
    articles, skipped = read_polnear(POLNEAR, split="dev")
    assert skipped == {"split": "dev", "without_annotation": 0, "annotator_files_ignored": 0}
    (a,) = articles
    assert [x.id for x in a.attributions] == [f"E{i}" for i in range(1, 9)]
    assert [x.mark for x in a.attributions] == ["double"] * 6 + [None, "single"]
    e2, e3 = a.attributions[1], a.attributions[2]
    assert [a.text[x:y] for x, y in e2.content] == ["the plan was a “costly gamble”", "that the council could not afford"]
    assert [a.text[x:y] for x, y in e3.content] == ["“We were never shown the figures,”", "“Nobody asked the fishermen.”"]
    assert a.attributions[7].source == ()


def test_read_polnear_train_takes_first_annotator_file():
    (a,), skipped = read_polnear(POLNEAR, split="train")
    assert a.annotation == "ferry-fares_aaaa.ann"
    assert a.text[slice(*a.attributions[0].source[0])] == "Ines Varga"
    assert skipped == {"split": "train", "without_annotation": 1, "annotator_files_ignored": 1}
    # a split folder given directly is read as that split
    assert read_polnear(POLNEAR / "train")[1]["split"] == "train"


def test_dev_exact():
    r = evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes)
    assert r.gold == {"attributions": 8, "quotations": 7, "quotations_with_source": 6, "quotations_double": 6,
                      "quotations_two_apostrophes": 0, "quotations_single": 1}
    # found (direct, partial): Closed for repairs, It will, costly gamble, We were, Nobody, The board,
    # formality = 7; all but "Closed for repairs" overlap a gold quotation: P 6/7.
    # gold found: E1 E2 E3 E5 E6; E4 ("bold vision", called scare) and E8 (scare) missed: R 5/7.
    q = r.system.quotations
    assert (q.tp, q.fp, q.tp_gold, q.fn) == (6, 1, 5, 2)
    assert q.f1 == pytest.approx(60 / 77)
    # speakers of the 6 matched: It will -> "Quill" overlaps Source (a); costly gamble -> overlaps (a);
    # We were -> unresolved "he" overlapping Source "he" (a, unresolved); Nobody -> "he" resolved to Ada
    # Quill, but the antecedent of Source "he" is Councillor Bram Otterly (wrong resolution);
    # The board -> no speaker; formality -> "the council", Source "Critics" (other speaker)
    s = r.system.speakers
    assert (s.by_span, s.by_name, s.by_antecedent, s.unresolved_pronoun) == (3, 0, 0, 1)
    assert (s.no_speaker, s.other_speaker, s.wrong_resolution, s.no_gold_source) == (1, 2, 1, 0)
    assert s.accuracy.value == 0.5 and s.accuracy_resolved.correct == 2
    assert r.system.speakers_by_mark["double"] == s and r.system.speakers_by_mark["single"] == SpeakerScores()
    # baseline: 9 double-mark pairs, the first two wrong (P 7/9); finds E1-E6, not E8 (R 6/7).
    # speakers: It will -> "Quill" (a); costly gamble -> "Bram Otterly" (a); We were -> "Bram Otterly",
    # the antecedent of "he" (c); Nobody, bold vision, The board, formality -> no capitalised word
    # outside quotations in their sentence or the one before (sentence-initial words do not count)
    bq, bs = r.baseline.quotations, r.baseline.speakers
    assert (bq.tp, bq.fp, bq.tp_gold, bq.fn) == (7, 2, 6, 1)
    assert (bs.by_span, bs.by_antecedent, bs.no_speaker, bs.other_speaker) == (2, 1, 4, 0)
    assert r.system.recall_by_mark["double"] == Accuracy(5, 6) and r.system.recall_by_mark["single"] == Accuracy(0, 1)
    assert r.baseline.recall_by_mark["double"] == Accuracy(6, 6)
    # without a speaker: Closed for repairs (no verb near) and The board ("said" before it)
    assert (r.without_speaker, r.verb_without_speaker) == (2, 1)
    # scare quotes: temporary (outside), bold vision (inside E4), final (inside E8)
    assert (r.scare_outside.correct, r.scare_outside.total) == (1, 3)
    kinds = [e["error"] for e in r.errors]
    assert sorted(set(kinds)) == ["false_positive", "missed", "no_speaker", "other_speaker",
                                  "scare_inside_attribution", "verb_without_speaker", "wrong_resolution"]
    wrong = next(e for e in r.errors if e["error"] == "wrong_resolution")
    assert wrong["antecedent"] == "Councillor Bram Otterly" and wrong["speaker_as_written"] == "he"


def test_workers_give_identical_results():
    serial = evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes)
    assert evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes, workers=2) == serial


def test_real_analyzer_invariants():
    r = evaluate_polnear(POLNEAR, split="dev")
    s, q = r.system.speakers, r.system.quotations
    assert s.accuracy.total + s.no_gold_source == q.tp
    assert r.to_dict()["gold"]["quotations"] == 7


# --- gold quotations ----------------------------------------------------------------------------------
@pytest.mark.parametrize("content, style", [
    ("“We will win,” she said", "double"),
    ('"We will win"', "double"),
    ("''We will win,'' she said", "two_apostrophes"),
    ("the mayor’s ‘rescue plan’", "single"),
    ("the plan was 'a disgrace'", "single"),
    ("‘Absolutely Wrong’ to call me a liar", "single"),
    ("the mayor’s plan", None),            # an apostrophe is not a mark
    ("we don't think it's over", None),    # apostrophes inside words
    ("the voters' choice", None),          # a closing mark without an opening one
    ("that taxes would rise", None),
])
def test_quotation_mark(content, style):
    assert quotation_mark(content) == style


# --- speakers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b, same", [
    ("Hillary", "Hillary Clinton", True),
    ("Trump", "Mr. Trump", True),
    ("Jane Roe", "psychologist Jane Roe", True),
    ("Jane Roe", "Jane Roe, the committee's spokeswoman", True),
    ("Janet Yellen", "Fed Chair Janet L. Yellen", True),
    ("officials", "a senior official", True),
    ("the report", "the report", True),
    ("the judge", "Judge Ann Doe", True),
    ("Ted Cruz", "Sen. Ted Cruz (R-Texas)", True),
    ("He", "he", True),
    ("Kremlin", "a spokesman for the Kremlin", False),
    ("Trump", "Trump's spokeswoman", False),
    ("Donald Trump", "Hillary Clinton", False),
    ("Sen. Cruz", "Sen. Rubio", False),
    ("the daily", "the report", False),
    (None, "Trump", False),
])
def test_same_speaker(a, b, same):
    assert same_speaker(a, b) is same and same_speaker(b, a) is same


# --- brat ---------------------------------------------------------------------------------------------
def test_parse_brat():
    doc = parse_brat("T1\tSource 0 3\tAda\nT2\tContent 5 9;12 15\tsays it\ncontinued text line\n"
                     "E1\tAttribution:T1 Content:T2 Content2:T2 \n#1\tAnnotatorNotes T1\tnote\n", text_length=20)
    assert doc.textbounds["T2"].spans == ((5, 9), (12, 15))
    (e,) = doc.events
    assert e.role("Content") == ("T2", "T2") and e.trigger == "T1"


@pytest.mark.parametrize("ann, message", [
    ("T1\tSource 0 x\tAda\n", "line 1: malformed text-bound"),
    ("T1\tSource 0 30\tAda\n", "line 1: span 0-30 is not inside the text"),
    ("T1\tSource 5 3\tAda\n", "line 1: span 5-3"),
    ("T1\tSource 0 3\tAda\nE1\tAttribution T1\n", "line 2: malformed event"),
    ("T1\tSource 0 3\tAda\nE1\tAttribution:T1 Content:T7\n", "line 2: event E1 refers to T7"),
])
def test_parse_brat_errors(ann, message):
    with pytest.raises(CorpusError, match=message):
        parse_brat(ann, text_length=20, where="x.ann")


def test_missing_or_malformed_corpus(tmp_path):
    with pytest.raises(CorpusError, match="no such folder"):
        read_polnear(tmp_path / "nope")
    with pytest.raises(CorpusError, match="not a PolNeAR folder"):
        read_polnear(tmp_path)
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "a.txt").write_text("Short text.")
    (tmp_path / "dev" / "attributions" / "a_0001.ann").write_text("T1\tSource 0 99\tShort\n")
    with pytest.raises(CorpusError, match=r"a_0001.ann line 1: span 0-99 is not inside the text \(11 characters\)"):
        read_polnear(tmp_path)
