"""The classroom agreement helpers: phrase location, precision/recall/kappa, feedback."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.segmentation import sentences, words
from biaslab.workbook import (
    TABLE_COLUMNS, Agreement, MarkError, SpeakerAgreement, agreement, agreement_table, compare_speakers, feedback,
    kappa_label, locate_phrases, tool_marks,
)

TEN = "alpha beta gamma delta epsilon zeta eta theta iota kappa"


def span(phrase: str, text: str = TEN) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


# -- scores, computed by hand on ten one-word tokens ------------------------------------------
# (tool phrases, student phrases, precision, recall, f1, kappa, tp, fp, fn, tn)
CASES = [
    # identical marks
    (["beta"], ["beta"], 1.0, 1.0, 1.0, 1.0, 1, 0, 0, 9),
    # overlap by one word: po = .8, pe = .2*.2 + .8*.8 = .68, kappa = .12/.32
    (["alpha beta"], ["beta gamma"], 0.5, 0.5, 0.5, 0.375, 1, 1, 1, 7),
    # one extra word: po = .9, pe = .3*.2 + .7*.8 = .62, kappa = .28/.38
    (["beta gamma"], ["beta gamma delta"], 0.6667, 1.0, 0.8, 0.7368, 2, 1, 0, 7),
    # disjoint: po = .8, pe = .1*.1 + .9*.9 = .82, kappa = -.02/.18
    (["alpha"], ["kappa"], 0.0, 0.0, 0.0, -0.1111, 0, 1, 1, 8),
    # student marked nothing: precision undefined, kappa 0 (chance)
    (["alpha"], [], None, 0.0, None, 0.0, 0, 0, 1, 9),
    # neither marked anything: complete agreement
    ([], [], None, None, None, 1.0, 0, 0, 0, 10),
    # only the student marked: recall undefined
    ([], ["iota"], 0.0, None, None, 0.0, 0, 1, 0, 9),
]


@pytest.mark.parametrize("tool, student, precision, recall, f1, kappa, tp, fp, fn, tn", CASES)
def test_scores_by_hand(tool, student, precision, recall, f1, kappa, tp, fp, fn, tn):
    result = agreement(student, [span(p) for p in tool], TEN)
    assert (result.precision, result.recall, result.f1, result.kappa) == (precision, recall, f1, kappa)
    assert (result.tp, result.fp, result.fn, result.tn) == (tp, fp, fn, tn)


def test_matched_missed_extra_name_the_spans():
    tool = [span("alpha"), span("delta epsilon"), span("iota")]
    result = agreement(["epsilon", "gamma"], tool, TEN)
    assert [s.text for s in result.matched] == ["delta epsilon"]
    assert [s.text for s in result.missed] == ["alpha", "iota"]
    assert [s.text for s in result.extra] == ["gamma"]
    frame = result.to_frame()
    assert list(frame["status"]) == ["matched", "missed", "missed", "extra"]
    assert all(TEN[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"]))


def test_tool_spans_may_be_objects_with_offsets():
    tool = [SimpleNamespace(start=6, end=10, text="beta")]
    assert agreement(["beta"], tool, TEN).kappa == 1.0


def test_sentence_unit_forgives_boundaries():
    text = "The regime fell. Rain came. The so-called talks began."
    tool = [span("regime", text), span("so-called", text)]
    student = ["fell", "talks"]
    by_token = agreement(student, tool, text)
    by_sentence = agreement(student, tool, text, unit="sentence")
    assert by_token.tp == 0 and by_token.kappa < 0
    assert (by_sentence.tp, by_sentence.fp, by_sentence.fn, by_sentence.tn) == (2, 0, 0, 1)
    assert by_sentence.kappa == 1.0 and by_sentence.unit == "sentence"


@pytest.mark.parametrize("bad", [(-1, 3), (5, 4), (0, len(TEN) + 1)])
def test_spans_outside_the_text_are_refused(bad):
    with pytest.raises(ValueError, match="outside the text"):
        agreement([], [bad], TEN)


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="unit"):
        agreement([], [], TEN, unit="paragraph")


# -- locating phrases ---------------------------------------------------------------------------
LOCATE = [
    # (text, phrase, expected span texts)
    ("The Regime fell.", "regime", ["Regime"]),
    ("Russia’s president spoke.", "Russia's president", ["Russia’s president"]),
    ("Russia's president spoke.", "Russia’s president", ["Russia's president"]),
    ("Syria’s strong man  Bashar al-Assad", "strong man Bashar", ["strong man  Bashar"]),
    ("a\u00a0so-called truce", "a so-called", ["a\u00a0so-called"]),
    ("He warned of war. War!", "war", ["war", "War"]),
    ("He warned them.", "war", []),
    ("the “civil war” went on", "“civil war”", ["“civil war”"]),
    ("the “civil war” went on", '"civil war"', ["“civil war”"]),
    ("ASAP, basically", "asap", ["ASAP"]),
    ("nothing here", "zebra", []),
]


@pytest.mark.parametrize("text, phrase, expected", LOCATE)
def test_locate_phrases(text, phrase, expected):
    spans, not_found = locate_phrases([phrase], text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert not_found == ([] if expected else [phrase])


def test_locate_accepts_one_string_and_ignores_empty_placeholders():
    spans, not_found = locate_phrases("beta", TEN)
    assert [s.text for s in spans] == ["beta"]
    assert locate_phrases(["", "   "], TEN) == ([], [])


@pytest.mark.parametrize("bad", [[1], [None], [["nested"]]])
def test_non_text_marks_raise_a_readable_error(bad):
    with pytest.raises(MarkError, match="copied from the text") as info:
        agreement(bad, [], TEN)
    assert isinstance(info.value, ValueError)


def test_duplicate_marks_count_once():
    once = agreement(["beta"], [span("beta")], TEN)
    twice = agreement(["beta", "BETA", "beta"], [span("beta")], TEN)
    assert once == twice


# -- kappa bands and feedback ---------------------------------------------------------------------
@pytest.mark.parametrize("kappa, label", [
    (-0.3, "poor"), (0.0, "slight"), (0.2, "slight"), (0.35, "fair"), (0.5, "moderate"),
    (0.7, "substantial"), (0.81, "almost perfect"), (1.0, "almost perfect"),
])
def test_kappa_label(kappa, label):
    assert kappa_label(kappa) == label


def test_feedback_for_a_perfect_match():
    text = feedback(agreement(["beta"], [span("beta")], TEN))
    assert "found 1 of the 1 passages" in text and "Counted word by word: recall 100%" in text
    assert "exactly the passages" in text and "almost perfect" in text


def test_feedback_names_missed_extra_and_unknown_phrases():
    result = agreement(["gamma", "no such words"], [span("alpha"), span("gamma")], TEN)
    text = feedback(result)
    assert "You did not mark “alpha”" in text
    assert "'no such words'" in text and "do not occur in the text" in text
    extra = feedback(agreement(["iota"], [span("alpha")], TEN))
    assert "You marked “iota”" in extra and "not necessarily" in extra


def test_feedback_when_nothing_is_marked():
    assert feedback(agreement([], [], TEN)).startswith("Neither you nor biaslab")
    empty = feedback(agreement([], [span("beta")], TEN))
    assert empty.startswith("You have not marked anything yet") and "You did not mark “beta”" in empty
    quoted = feedback(agreement([], [(4, 15)], "the “civil war” went on", unit="sentence"))
    assert "You did not mark “civil war”." in quoted and "Counted sentence by sentence" in quoted
    assert "biaslab marked nothing here, but you marked 1" in feedback(agreement(["eta"], [], TEN))


def test_feedback_lists_at_most_five_examples():
    tool = [span(w) for w in TEN.split()]
    text = feedback(agreement([], tool, TEN))
    assert "and 5 more" in text


def test_to_dict_is_json():
    result = agreement(["beta gamma", "zzz"], [span("alpha beta")], TEN)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["kappa_label"] == "fair" and data["not_found"] == ["zzz"]
    assert data["matched"] == [{"start": 0, "end": 10, "text": "alpha beta"}]


# -- speakers --------------------------------------------------------------------------------------
SPEECH = "“We stay,” Mattis said. “We go,” said Putin. Later, “we wait,” an aide added."


def _quote(text, inner, speaker, kind="direct"):
    start = text.index(inner) - 1
    return SimpleNamespace(start=start, end=start + len(inner) + 2, kind=kind, speaker=speaker)


QUOTES = [_quote(SPEECH, "We stay,", "Jim Mattis"), _quote(SPEECH, "We go,", "Vladimir Putin"),
          _quote(SPEECH, "we wait,", None)]
ALIASES = {"Jim Mattis": ["Mattis"], "Vladimir Putin": ["Putin", "the Russian leader"]}


def test_speakers_agree_through_aliases():
    result = compare_speakers({"We stay": "mattis", "We go": "the Russian leader", "we wait": "an aide"},
                              QUOTES, SPEECH, aliases=ALIASES)
    assert [c.agree for c in result.checks] == [True, True, False]
    assert result.share == 0.6667 and result.unplaced == ()
    assert [c.text for c in result.checks] == ["“We stay,”", "“We go,”", "“we wait,”"]


def test_speakers_unmarked_unplaced_and_scare_quotes_skipped():
    quotes = [*QUOTES, SimpleNamespace(start=0, end=10, kind="scare", speaker=None)]
    result = compare_speakers({"We go": "Mattis", "Later": "Putin"}, quotes, SPEECH, aliases=ALIASES)
    assert len(result.checks) == 3
    assert [(c.student, c.agree) for c in result.checks] == [(None, False), ("Mattis", False), (None, True)]
    assert result.unplaced == ("Later",)
    text = feedback(result)
    assert "agree on the speaker of 1 of 3" in text and "'Later'" in text


def test_speakers_need_a_mapping():
    with pytest.raises(MarkError):
        compare_speakers(["Putin"], QUOTES, SPEECH)


def test_speaker_feedback_without_quotations():
    result = compare_speakers({}, [], SPEECH)
    assert isinstance(result, SpeakerAgreement) and result.share is None
    assert "no direct or partial quotations" in feedback(result)


# -- the bundled article ----------------------------------------------------------------------------
def test_bundled_article_scare_quote_is_found(article_text):
    import biaslab

    analysis = biaslab.analyze(article_text)
    scare = tool_marks(analysis, "scare")
    assert [s.text for s in scare] == ["“civil war”"]
    result = agreement(["civil war"], scare, article_text)
    assert (result.precision, result.recall, result.kappa) == (1.0, 1.0, 1.0)


def test_bundled_article_phrases(article_text):
    spans, not_found = locate_phrases(["Syria's strong man Bashar al-Assad", "ASAP", "mission accomplished"],
                                      article_text)
    assert [s.text for s in spans] == ["mission accomplished", "Syria’s strong man\u00a0 Bashar al-Assad", "ASAP"]
    assert not not_found


def test_bundled_article_loaded_marks_are_author_voice(article_text):
    import biaslab

    analysis = biaslab.analyze(article_text)
    marks = tool_marks(analysis, "loaded")
    voiced = {(t.start, t.end): t for t in analysis.loaded_terms}
    assert marks and all(voiced[(m.start, m.end)].voice == "author" for m in marks)
    assert all(voiced[(m.start, m.end)].term != "scare quotes" for m in marks)
    with pytest.raises(ValueError, match="unknown task"):
        tool_marks(analysis, "frames")


# -- invariants ----------------------------------------------------------------------------------------
@st.composite
def text_and_phrases(draw):
    text = draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=120))
    cuts = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 12)), max_size=5))
    return text, [text[a:a + n] for a, n in cuts]


@settings(max_examples=150, deadline=None)
@given(text_and_phrases())
def test_located_spans_are_exact_slices(case):
    text, phrases = case
    spans, not_found = locate_phrases(phrases, text)
    assert all(0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text for s in spans)
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    assert set(not_found) <= set(phrases)


@settings(max_examples=150, deadline=None)
@given(text_and_phrases(), st.sampled_from(["token", "sentence"]))
def test_scores_stay_in_range_and_self_agreement_is_perfect(case, unit):
    text, phrases = case
    spans, _ = locate_phrases(phrases, text)
    # against an unrelated reference: scores are bounded and counts cover every unit
    other = agreement(phrases, [(0, min(len(text), 7))], text, unit=unit)
    for value in (other.precision, other.recall, other.f1):
        assert value is None or 0.0 <= value <= 1.0
    assert -1.0 <= other.kappa <= 1.0
    if unit == "token":
        assert other.tp + other.fp + other.fn + other.tn == len(words(text))
    # against the student's own marks: perfect agreement, nothing missed or extra
    same = agreement(phrases, spans, text, unit=unit)
    assert isinstance(same, Agreement)
    assert same.kappa == 1.0 and same.fp == same.fn == 0
    assert not same.missed and not same.extra


# -- the span index changes nothing: agreement equals its definition, a scan of every pair -------------
def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _by_definition(phrases, tool_pairs, text, unit):
    """The agreement counts and span lists, unit by unit and span by span (quadratic, as specified)."""
    student, _ = locate_phrases(phrases, text)
    tool = sorted({(s, e) for s, e in tool_pairs})
    tool = [SimpleNamespace(start=s, end=e, text=text[s:e]) for s, e in tool]
    units = words(text) if unit == "token" else sentences(text)
    marked = [(any(_overlap(u, s) for s in student), any(_overlap(u, t) for t in tool)) for u in units]
    counts = {"tp": sum(s and t for s, t in marked), "fp": sum(s and not t for s, t in marked),
              "fn": sum(t and not s for s, t in marked), "tn": sum(not s and not t for s, t in marked)}
    return counts, {
        "matched": [(t.start, t.end) for t in tool if any(_overlap(t, s) for s in student)],
        "missed": [(t.start, t.end) for t in tool if not any(_overlap(t, s) for s in student)],
        "extra": [(s.start, s.end) for s in student if not any(_overlap(s, t) for t in tool)],
    }


def _check_against_definition(phrases, tool_pairs, text, unit):
    result = agreement(phrases, tool_pairs, text, unit=unit)
    counts, spans = _by_definition(phrases, tool_pairs, text, unit)
    assert {k: getattr(result, k) for k in counts} == counts
    assert {k: [(x.start, x.end) for x in getattr(result, k)] for k in spans} == spans
    return result


TEACHER = ["Syria’s strong man", "long and bloody", "Basically", "ASAP", "swift and strong, like never seen before",
           "most importantly", "liberated", "stark contrast", "surprise", "the", "Putin", "nowhere in the text"]


@pytest.mark.parametrize("task", ["loaded", "scare", "quoted"])
@pytest.mark.parametrize("unit", ["token", "sentence"])
def test_bundled_article_agreement_equals_its_definition(article_text, task, unit):
    import biaslab

    analysis = biaslab.analyze(article_text)
    tool = [(m.start, m.end) for m in tool_marks(analysis, task)]
    result = _check_against_definition(TEACHER, tool, article_text, unit)
    assert result.not_found == ("nowhere in the text",)
    if task == "scare":
        assert [s.text for s in result.missed] == ["“civil war”"] and not result.matched


@st.composite
def text_marks_and_spans(draw):
    text, phrases = draw(text_and_phrases())
    bounds = st.integers(0, len(text))
    pairs = [tuple(sorted(p)) for p in draw(st.lists(st.tuples(bounds, bounds), max_size=6))]
    return text, phrases, pairs


@settings(max_examples=150, deadline=None)
@given(text_marks_and_spans(), st.sampled_from(["token", "sentence"]))
def test_agreement_equals_its_definition_on_any_text(case, unit):
    text, phrases, pairs = case  # tool spans may nest, overlap, repeat or be empty
    _check_against_definition(phrases, pairs, text, unit)


def test_an_excerpt_in_two_quotations_names_the_speaker_of_both():
    text = "“We stay,” Mattis said. “We stay,” said Putin."
    quotes = [_quote(text, "We stay,", "Jim Mattis"),
              SimpleNamespace(start=text.rindex("“"), end=len(text) - len(" said Putin."), kind="direct",
                              speaker="Vladimir Putin")]
    result = compare_speakers({"We stay": "Mattis", "stay,” Mattis": "Putin"}, quotes, text, aliases=ALIASES)
    assert [c.student for c in result.checks] == ["Mattis", "Mattis"]
    assert [c.agree for c in result.checks] == [True, False]
    assert result.unplaced == ("stay,” Mattis",)  # it straddles a quotation's end: inside none


# -- the scores side by side -----------------------------------------------------------------------------
def test_agreement_table():
    by_word = agreement(["beta gamma delta"], [span("beta gamma")], TEN)
    by_sentence = agreement(["beta gamma delta"], [span("beta gamma")], TEN, unit="sentence")
    table = agreement_table([by_word, by_sentence])
    assert list(table.columns) == TABLE_COLUMNS
    assert table.to_dict("records") == [
        {"unit": "token", "precision": 0.6667, "recall": 1.0, "f1": 0.8, "kappa": 0.7368,
         "kappa_label": "substantial", "tp": 2, "fp": 1, "fn": 0, "tn": 7},
        {"unit": "sentence", "precision": 1.0, "recall": 1.0, "f1": 1.0, "kappa": 1.0,
         "kappa_label": "almost perfect", "tp": 1, "fp": 0, "fn": 0, "tn": 0},
    ]
    assert agreement_table(by_word).to_dict("records") == table.iloc[:1].to_dict("records")
    empty = agreement_table([])
    assert empty.empty and list(empty.columns) == TABLE_COLUMNS
