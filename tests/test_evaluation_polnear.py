"""biaslab.evaluation.polnear, .brat, .speakers, .referents and .reporting on PolNeAR-format fixtures
written for this project.

The fixture (tests/fixtures/evaluation/polnear) has two invented articles in ``dev`` with hand-made
brat annotations. ``harbour-plan_a1b2.ann``:

  E1 Quill said “It will bring jobs back to the waterfront,”           quotation (double)
  E2 Councillor Bram Otterly said the plan was a “costly gamble”        quotation; Content + Content2
     | that the council could not afford
  E3 he said “We were never shown the figures,” … “Nobody asked …”     quotation; discontinuous Content
  E4 its supporters called … “bold vision”                              quotation
  E5 A spokesman for the harbour board said: “The board will …”         quotation
  E6 Critics say the consultation was a “formality”                     quotation
  E7 Mayor Ada Quill defended the harbour plan                          attribution, not a quotation
  E8 (no source) described as ‘final’                                   quotation (single), no Source

``ferry-strike_c3d4.ann`` (pronoun Sources):

  E1 Captain Tom Reyes said the crossing would stay shut                attribution
  E2 The Lowmere Gazette reported that talks had failed                 attribution (an outlet)
  E3 he said “We will not sail …”                                       quotation; "he" = Captain Tom Reyes
  E4 who told reporters that the rota was “unfair”                      quotation; "who" = Ms. Lena Marsh
  E5 Mr. Reyes replied that it was never signed                         attribution
  E6 she said “The rota was agreed in March,”                           quotation; "she" = Ms. Lena Marsh
  E7 they chanted “Fair shifts now,”                                    quotation; "they": undetermined
  E8 Mr. Reyes wrote … “Talks resume on Monday.”                        quotation (introduced by the sentence before)

and a ``train`` folder with one article annotated twice (``_aaaa`` is read) and one without annotation.
The evaluation logic is tested with fixed quotations (``fixed_quotes``), so the expected figures do
not move when biaslab's quotation finder changes; the real analyzer is run once for the invariants.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from biaslab.evaluation import (
    Accuracy, CorpusError, SpeakerScores, evaluate_polnear, quotation_mark, read_polnear, same_speaker,
)
from biaslab.evaluation.brat import parse_brat
from biaslab.evaluation.metrics import Span
from biaslab.evaluation.polnear import source_kind
from biaslab.evaluation.referents import Referent, pronoun_referents, strict_first_name_gender
from biaslab.evaluation.reporting import VerbFinder, adjacent_verb, introducing_window
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
    # ferry-strike
    "“We will not sail until the rota is fixed,”": ("direct", "Tom Reyes", "he| said."),   # resolved right
    "“unfair”": ("partial", "Lena Marsh", "Ms. Lena Marsh|,"),
    "“The rota was agreed in March,”": ("direct", "Lena Marsh", "she| said"),              # resolved right
    "“Fair shifts now,”": ("direct", "Union members", "Union members| gathered"),
    "“dispute”": ("direct", None, None),
    "“Talks resume on Monday.”": ("direct", None, None),
    "“risk”": ("direct", None, None),
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
    assert [x.name for x in articles] == ["ferry-strike", "harbour-plan"]
    a = articles[1]
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
    # harbour-plan: 8 attributions, 7 quotations (6 with a Source, 6 double, 1 single), 1 pronoun Source (E3);
    # ferry-strike: 8 attributions, 5 quotations, all double and with a Source, 4 pronouns (he, who, she,
    # they), of which "they" is undetermined
    assert r.gold == {"attributions": 16, "quotations": 12, "quotations_with_source": 11, "quotations_double": 11,
                      "quotations_two_apostrophes": 0, "quotations_single": 1, "quotations_pronoun_source": 5,
                      "pronoun_source_undetermined": 1, "pronoun_referents_annotated": 0,
                      "approximation_agrees": 0, "approximation_undetermined": 0,
                      "described_referents_annotated": 0}
    # found (direct, partial): harbour Closed for repairs, It will, costly gamble, We were, Nobody, The board,
    # formality; ferry We will, unfair, The rota, Fair shifts, dispute, Talks resume, risk = 14; wrong:
    # Closed for repairs, dispute, risk: P 11/14. Gold found: all but harbour E4 ("bold vision", called
    # scare) and E8 (scare): R 10/12.
    q = r.system.quotations
    assert (q.tp, q.fp, q.tp_gold, q.fn) == (11, 3, 10, 2)
    # harbour speakers: It will -> "Quill" overlaps Source (a); costly gamble -> overlaps (a); We were ->
    # unresolved "he" overlapping Source "he" (a, unresolved); Nobody -> "he" resolved to Ada Quill, but
    # "he" refers to Councillor Bram Otterly, the Source of the paragraph before (wrong resolution);
    # The board -> no speaker; formality -> "the council", Source "Critics" (other speaker).
    # ferry: We will -> "he" resolved to Tom Reyes, the Source before it in its paragraph (The Lowmere
    # Gazette is an outlet, not a person): right (c); unfair -> Lena Marsh, Source "who" = the phrase
    # before it, "Ms. Lena Marsh" (c); The rota -> Lena Marsh: "she" skips Mr. Reyes, a man, for
    # Ms. Lena Marsh (c); Fair shifts -> Source "they": undetermined; Talks resume -> no speaker.
    s = r.system.speakers
    assert (s.by_span, s.by_name, s.by_antecedent, s.unresolved_pronoun) == (3, 0, 3, 1)
    assert (s.no_speaker, s.other_speaker, s.wrong_resolution, s.undetermined, s.no_gold_source) == (2, 2, 1, 1, 0)
    assert s.accuracy == Accuracy(6, 10) and s.accuracy_resolved.correct == 5
    # no hand-annotated referent covers the fixture: the approximate-referent figure is the headline
    assert r.system.speakers_approximate_referents == s
    assert r.system.speakers_by_mark["double"] == s and r.system.speakers_by_mark["single"] == SpeakerScores()
    assert r.system.speakers_by_source["named"].accuracy == Accuracy(2, 5)     # It will, costly | Board, Talks, formality
    assert r.system.speakers_by_source["pronoun"].accuracy == Accuracy(4, 5)   # We were, We will, unfair, The rota | Nobody
    assert r.system.speakers_by_source["pronoun"].undetermined == 1
    # the earlier rule takes the nearest Source as the antecedent: The Lowmere Gazette for "he", Mr. Reyes
    # for "she", and reads "who" as a name: ferry We will, The rota wrong resolutions, unfair and
    # Fair shifts other speakers
    old = r.system.speakers_nearest_source
    assert (old.accuracy, old.wrong_resolution, old.undetermined) == (Accuracy(3, 11), 3, 0)
    # a reporting verb next to the quotation: all matched but unfair ("told reporters that the rota was":
    # five words away)
    assert r.system.speakers_adjacent.accuracy == Accuracy(5, 9) and r.system.speakers_adjacent.undetermined == 1
    # baseline: harbour 9 double-mark pairs (7 right), ferry 7 (5 right); finds all but harbour E8.
    # speakers: harbour It will -> "Quill" (a), costly gamble -> "Bram Otterly" (a), We were -> "Bram
    # Otterly", the referent of "he" (c), the other four none; ferry We will -> "Lowmere Gazette" (other),
    # unfair -> "Lena Marsh" (c), The rota -> "Reyes" (other), Fair shifts none, Talks -> "Reyes" (a)
    bq, bs = r.baseline.quotations, r.baseline.speakers
    assert (bq.tp, bq.fp, bq.tp_gold, bq.fn) == (12, 4, 11, 1)
    assert (bs.by_span, bs.by_antecedent, bs.no_speaker, bs.other_speaker) == (3, 2, 5, 2)
    # the nearest-source rule credited the baseline's outlet and man for "he" and "she": 6 of 12 right
    assert r.baseline.speakers_nearest_source.accuracy == Accuracy(6, 12)
    assert r.system.recall_by_mark["double"] == Accuracy(10, 11) and r.system.recall_by_mark["single"] == Accuracy(0, 1)
    assert r.baseline.recall_by_mark["double"] == Accuracy(11, 11)
    # without a speaker: harbour Closed for repairs (no verb near), The board ("said" before it); ferry
    # dispute ("emotionally charged" is an adjective, "report" a noun), Talks resume ("wrote" in the
    # introducing sentence), risk ("said" in the sentence before, but the quotation does not open its own)
    assert (r.without_speaker, r.verb_without_speaker) == (5, 2)
    assert sorted(e["verb"] for e in r.errors if e["error"] == "verb_without_speaker") == ["said", "wrote"]
    # scare quotes: temporary (outside), bold vision (inside E4), final (inside E8)
    assert (r.scare_outside.correct, r.scare_outside.total) == (1, 3)
    kinds = [e["error"] for e in r.errors]
    assert sorted(set(kinds)) == ["false_positive", "missed", "no_speaker", "other_speaker",
                                  "scare_inside_attribution", "verb_without_speaker", "wrong_resolution"]
    wrong = next(e for e in r.errors if e["error"] == "wrong_resolution")
    assert wrong["referent"] == "Councillor Bram Otterly" and wrong["speaker_as_written"] == "he"


def test_workers_give_identical_results():
    serial = evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes)
    assert evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes, workers=2) == serial


def test_real_analyzer_invariants():
    r = evaluate_polnear(POLNEAR, split="dev")
    s, q = r.system.speakers, r.system.quotations
    assert s.accuracy.total + s.undetermined + s.no_gold_source == q.tp
    assert s == sum(r.system.speakers_by_source.values(), SpeakerScores()) + SpeakerScores(
        no_gold_source=s.no_gold_source)
    assert r.system.speakers_adjacent.accuracy.total <= s.accuracy.total
    assert r.to_dict()["gold"]["quotations"] == 12


# --- gold quotations ----------------------------------------------------------------------------------
@pytest.mark.parametrize("content, style", [
    ("“We will win,” she said", "double"),
    ('"We will win"', "double"),
    ("''We will win,'' she said", "two_apostrophes"),
    ("the mayor’s ‘rescue plan’", "single"),
    ("the plan was 'a disgrace'", "single"),
    ("‘Plainly Unfair’ to name me a cheat", "single"),
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


# --- pronoun referents -------------------------------------------------------------------------------
def _sources(marked: str) -> tuple[str, list[tuple[str, tuple[Span, ...]]]]:
    """Text without the [brackets] that mark gold Sources, and ``(id, spans)`` of each (S1, S2, …)."""
    text, sources = "", []
    for part in re.split(r"(\[[^\]]*\])", marked):
        if part.startswith("["):
            sources.append((f"S{len(sources) + 1}", ((len(text), len(text) + len(part) - 2),)))
            part = part[1:-1]
        text += part
    return text, sources


@pytest.mark.parametrize("marked, referent", [
    # the nearest Source that names a person of a compatible gender, in the pronoun's paragraph first
    ("[Captain Tom Reyes] said the ferry would stay in port. [The Lowmere Gazette] reported that talks had "
     "failed. “We will not sail,” [he] said.", "Captain Tom Reyes"),               # an outlet is no person
    ("[Ms. Lena Marsh] spoke first. [Mr. Reyes] replied that the rota was never signed. “It was agreed,” "
     "[she] said.", "Ms. Lena Marsh"),                                              # a man is not "she"
    ("[Jane Roe] praised the plan. [Peter Hale] called it rushed. “It is a start,” [she] said.", "Jane Roe"),
    ("Donald Hale runs the depot. [Hale] said the buses were late. [Mrs. Roe] agreed. “Nobody told us,” "
     "[he] said.", "Hale"),                                   # gender from the article's full mention
    ("[Senator Jane Roe] spoke in Lowmere. [The senator] said taxes would rise. “It cannot wait,” [she] said.",
     "Senator Jane Roe"),                                     # a description is skipped for the name
    ("[Jane Roe] spoke at the rally. [Opinion polls] show her ahead. “We will win,” [she] said.", "Jane Roe"),
    ("[Tom Hale] spoke. [CNN] showed the crowd. “Late again,” [he] said.", "Tom Hale"),  # an acronym is no person
    ("[Jane Roe] spoke at the rally. [Allies] say that [she] will run again.", "Jane Roe"),  # a plural is no one
    ("[Tom Hale] spoke. [Opponents] said the pier was unsafe. “It holds,” [he] said.", "Tom Hale"),
    ("[Tom Hale] spoke. [Beyond] the pier, [he] said, the road floods.", "Tom Hale"),  # nor a function word
    ("[Tom Hale] spoke. [Harbor] said the pier was unsafe. “It holds,” [he] said.", "Harbor"),  # a noun may be
    ("Mr. Tom Hale painted a different picture. “The accounts were open,” [he] said.", "Mr. Tom Hale"),  # text
    ("Mr. Tom Hale left early. Mr. Peter Vance's aide stayed. “We wait,” [he] said.", "Mr. Tom Hale"),  # possessor
    # no Source nearby: the first name of the last sentence that names a person
    ("Mr. Tom Hale thanked Mr. Peter Vance and Mr. Ali Dunne. “We sail at noon,” [he] said.", "Mr. Tom Hale"),
    ("Mr. Tom Hale left. At noon, Mr. Peter Vance met Mr. Ali Dunne.\n\n“We wait,” [he] said.", "Mr. Peter Vance"),
    ("Mr. Tom Hale left. When Mr. Peter Vance came, Mr. Ali Dunne spoke.\n\n“We wait,” [he] said.",
     "Mr. Ali Dunne"),                                        # past an opening adverbial clause
    ("Mr. Tom Hale left. Following Mr. Peter Vance on the radio, Mr. Ali Dunne spoke.\n\n“We wait,” [he] said.",
     "Mr. Ali Dunne"),                                        # past an opening participle clause
    ("As Mr. Peter Vance spoke in Dover, Ohio, [he] smiled.", "Mr. Peter Vance"),  # in the pronoun's own sentence
    ("Mr. Tom Hale met Ms. Lena Marsh and Mr. Ali Dunne. “We wait,” [she] said.", "Ms. Lena Marsh"),  # gender
    ("Mrs. Jane Roe spoke. She won in Georgia, Tennessee and Ohio. “We won,” [she] said.",
     "Mrs. Jane Roe"),                                        # a run of capitalised words stops at a comma
    ("[Jane Roe] opened the meeting.\n\n“We start now,” [she] said.\n\n“Then we vote,” [she] added.", "Jane Roe"),
    ("But Sen. Jane Roe (D-Ore.), [who] called the plan “reckless”, left early.", "Sen. Jane Roe"),  # relative
    # a relative after a short description in apposition: the person the description renames
    ("The plan was backed by Sen. Jane Roe of Ohio, the senior Democrat on the Harbor Board, [who] spoke.",
     "Sen. Jane Roe of Ohio"),
    ("“It is fine,” said Tom Hale, a Dover consultant and an influential Harbor Democrat [who] backs Moss.",
     "Tom Hale"),
    ("It was backed by a spokesman for Jane Roe, the Ohio Democrat, [who] spoke.", "Ohio Democrat"),  # not after "for"
    ("Shares fell, the index slid as traders watched the Dover Harbor Board, [which] met.", "Dover Harbor Board"),
    # after a comma: a lower-case description renames the name before it; an inverted speaker is the antecedent
    ("“We sail,” said Tom Hale, the port's chief pilot, [who] added that it was late.", "Tom Hale"),
    ("“We sail,” said one pilot familiar with the port, [who] added that it was late.",
     "one pilot familiar with the port"),
    ("“We sail,” Moss said to pilots on the pier, [who] cheered.", "pier"),    # no inverted speaker: the last word
    # generational suffixes, reflexives, surnames ending in -man, two bearers of one surname
    ("Tom B. Hale Jr. met Lena Marsh. [Marsh] spoke. [Hale] left. “We sail,” [she] said.", "Marsh"),
    ("[Mr. Tom Hale himself] spoke first. [Ms. Lena Marsh] left. “We sail,” [he] said.", "Mr. Tom Hale"),
    ("Sarah Silverman sang. [Silverman] thanked the crowd. “Thank you,” [she] said.", "Silverman"),
    ("Sen. Chris Hale spoke of Anne Hale, a nurse.\n\n[Hale] said it was over. “We wait,” [he] said.", "Hale"),
    ("Following Tom Hale, Ann Moss said it was over. “We wait,” [he] said.", "Tom Hale"),  # a leading -ing word
    # a given name the census lists lack, before a surname a man bears too: the surname states no gender
    ("Donald Hale spoke. Orsolya Hale left early. “We wait,” [she] said.", "Orsolya Hale"),
    ("Donald Hale spoke. Team Hale left early. “We wait,” [she] said.", None),  # "Team" is a word, no name
    # bodies, outlets and places are no person: a head word, a well-known name
    ("Tom Hale spoke to the [Lowmere Tribune]. “We wait,” [he] told the paper.", "Tom Hale"),
    ("[Tom Hale] spoke. [Dover Union Party] said the pier was unsafe. “It holds,” [he] said.", "Tom Hale"),
    ("[Tom Hale] spoke. [Xinhua] said the pier was unsafe. “It holds,” [he] said.", "Tom Hale"),
    ("[Tom Hale] spoke. [Harbor Rights Watch] said the pier was unsafe. “It holds,” [he] said.", "Tom Hale"),
    ("[Tom Hale] spoke. [Dover Marine Technologies] said no. “It holds,” [he] said.", "Tom Hale"),
    ("[Tom Hale of Dover College] spoke. “It holds,” [he] said.", "Tom Hale of Dover College"),  # a person "of" it
    # a first name alone in apposition to a family noun is a person's, of the noun's gender
    ("[Mr. Tom Hale] spoke first.\n\nHale's wife, Melis, spoke next. “We wait,” [she] said.", "Melis"),
    ("[Mr. Tom Hale] spoke first.\n\nHale's wife, Melis, spoke next. “We wait,” [he] said.", "Mr. Tom Hale"),
    ("[Mr. Tom Hale] spoke first.\n\nHale's home port, Melis, was shut. “We wait,” [he] said.", "Mr. Tom Hale"),
    # a sentence that opens with "he"/"she" is about that pronoun's referent (Hobbs 1978), not a name after it
    ("Mrs. Jane Roe spoke first. She met Mr. Tom Hale and Ms. Ann Moss. “We wait,” [she] said.", "Mrs. Jane Roe"),
    ("Mrs. Jane Roe spoke first. But she met Ms. Ann Moss. “We wait,” [she] said.", "Mrs. Jane Roe"),
    ("Mrs. Jane Roe spoke first.\n\nShe met Ms. Ann Moss.\n\nShe left.\n\n“We wait,” [she] said.", "Mrs. Jane Roe"),
    ("Mrs. Jane Roe spoke first. He met Ms. Ann Moss. “We wait,” [she] said.", "Ms. Ann Moss"),  # not "he"
    ("Mrs. Jane Roe spoke first. Then Ms. Ann Moss met her. “We wait,” [she] said.", "Ms. Ann Moss"),
    ("Ms. Ann Moss spoke. “She met him,” Mr. Tom Hale said. “We wait,” [she] said.", "Ms. Ann Moss"),  # quoted
    ("She met Ms. Ann Moss. “We wait,” [she] said.", "Ms. Ann Moss"),  # the chain finds nobody: the name
    # any he/she met before a name of its sentence; not one that refers forward from an opening phrase
    ("Mrs. Jane Roe spoke first. But as a rule she sided with Ms. Ann Moss. “We wait,” [she] said.",
     "Mrs. Jane Roe"),
    ("Mrs. Jane Roe spoke first. Asked about her vote in May, she smiled. “We wait,” [she] said.", "Mrs. Jane Roe"),
    ("Mrs. Jane Roe spoke first. Along with her aide, Ms. Ann Moss left. “We wait,” [she] said.", "Ms. Ann Moss"),
    ("Mrs. Jane Roe spoke first. While she waited, Ms. Ann Moss left. “We wait,” [she] said.", "Ms. Ann Moss"),
    # undetermined: no candidate, too far back, only inside a quotation, not third person singular
    ("“Nobody came,” [he] said.", None),
    ("[Tom Hale] spoke.\n\nThe buses were late.\n\nNobody knew why.\n\n“Late again,” [he] said.", None),
    ("“[Jane Roe] told me so,” [she] said.", None),
    ("[Mr. Tom Hale] spoke first. “It was agreed,” [she] said.", None),
    ("[Jane Roe] spoke at the rally. “We will win,” [they] chanted.", None),
])
def test_pronoun_referents(marked, referent):
    text, sources = _sources(marked)
    got = pronoun_referents(text, sources)[sources[-1][0]]
    assert got.name == referent
    assert (got.rule in ("no_candidate", "not_third_person")) is (referent is None)


def test_pronoun_referents_only_for_pronoun_sources():
    text, sources = _sources("[Jane Roe] said it. “Yes,” [she] said. [Roe's aide] agreed.")
    assert set(pronoun_referents(text, sources)) == {"S2"}
    assert pronoun_referents(text, sources)["S2"] == Referent("Jane Roe", "source")


@pytest.mark.parametrize("name, gender", [
    ("Jane", "f"), ("Donald", "m"), ("Lindsey", None), ("Kelly", None), ("Otterly", None),
])
def test_strict_first_name_gender(name, gender):
    assert strict_first_name_gender(name) == gender


@pytest.mark.parametrize("words, kind", [
    ("he", "pronoun"), ("She", "pronoun"), ("who", "pronoun"), ("they", "pronoun"),
    ("Jane Roe", "named"), ("the senator", "named"), ("his aide", "named"),
])
def test_source_kind(words, kind):
    assert source_kind(words) == kind


# --- reporting verbs near a quotation ----------------------------------------------------------------
def _verb(text: str, *, adjacent: bool = False) -> str | None:
    """The reporting verb the evaluation finds for the last quotation of ``text``."""
    quoted = [m.span() for m in re.finditer(r"“[^”]*”", text)]
    finder = VerbFinder(text, sentences(text))
    a, b = quoted[-1]
    if adjacent:
        return adjacent_verb(finder, a, b, quoted)
    return finder.find(introducing_window(text, finder.sentences, a, b), quoted)


@pytest.mark.parametrize("text, verb", [
    ("The mayor said the plan was a “disgrace”.", "said"),
    ("The report called the plan a “disgrace”.", "called"),                # "report" is a noun
    ("Roe notes that the plan is “bold”.", "notes"),                       # tagged as a noun, in a verb's place
    ("Roe wants to promise “jobs for all”.", "promise"),
    ("Roe shot back: “Not true.”", "shot back"),
    ("Asked by Roe about the plan, the mayor smiled at the “question”.", "asked"),  # a participle with its agent
    ("The plan is “bold”, according to the mayor.", "according to"),
    ("Roe wrote to the council. “We are ready.”", "wrote"),                # the introducing sentence
    ("It was an emotionally charged “debate”.", None),                      # an adjectival participle
    ("Her cries of “help” went unheard.", None),                            # a noun
    ("In a post on the website, the plan was a “disgrace”.", None),
    ("Roe said little. The crossing remains a “risk”.", None),             # the quotation does not open its sentence
    ("“Nobody said a word” was the headline.", None),                       # inside the quotation
    # a passive or participle without its agent names nobody who could be the speaker
    ("Asked about the plan, the mayor stared at the “question”.", None),
    ("When asked about the plan, the mayor stared at the “question”.", None),
    ("The film is described in the listing as a “gripping tale”.", None),
    ("The film was described by Roe as a “gripping tale”.", "described"),
    ("Roe has described the film as a “gripping tale”.", "described"),      # a perfect is active
    # idioms and headings: nobody's words
    ("She shrugged, as if to say, “Who cares?”", None),
    ("Suffice it to say, the plan was a “disgrace”.", None),
    ("WEEKEND READS: the plan was a “disgrace”.", None),
])
def test_reporting_verb(text, verb):
    assert _verb(text) == verb


@pytest.mark.parametrize("text, verb", [
    ("“It is bold,” Roe said.", "said"),
    ("“It is bold,” Fed Chair Jane Roe said.", "said"),                    # four words between
    ("Roe said: “It is bold.”", "said"),
    ("Roe said on Monday in the council chamber that the plan was “bold”.", None),  # eight words away
    ("“It is bold.” The council met on Monday.", None),
    ("“It is bold,” said Roe.", "said"),                                   # after the quotation
    ("“It is bold,” the new deputy mayor of the city said.", None),        # seven words between
])
def test_adjacent_verb(text, verb):
    assert _verb(text, adjacent=True) == verb
