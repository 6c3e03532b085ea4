"""compare(), compare_articles(), compare_loaded() and contrast_lines() on real analyses.

The texts about "Volkov" and "Petrov" are written for these tests: one where a
difference is clearly real (30 sentences of loaded labels against 30 neutral
ones) and ones where it is not (one or two terms apart).
"""
from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from biaslab.comparison import (
    COLUMNS, INTERVAL_MEASURES, LOADED_COLUMNS, MEASURES, TEXT_COLUMNS, UnknownActorError, actor_samples,
    actors_frame, article_samples, compare, compare_articles, compare_loaded, contrast_lines, descriptors_frame,
    loaded_sample, mentions_frame, verbs_frame,
)
from biaslab.corpus import article_from_text
from biaslab.uncertainty import interval

DECLARED = {"Vladimir Putin": ["Putin"], "Jim Mattis": ["Mattis"]}


@pytest.fixture(scope="module")
def analysis(article_text, article_actors):
    return biaslab.analyze(article_from_text(article_text, id="bundled", actors=article_actors))


def analyze(text: str, id: str = "invented"):
    return biaslab.analyze(article_from_text(text, id=id, actors=DECLARED))


@pytest.fixture(scope="module")
def mattis_story():
    return analyze("Jim Mattis spoke in Brussels. Mattis said the talks would go on. "
                   "Reporters asked Mattis about Putin. Mattis smiled.", id="mattis-story")


def cell(df, actor, measure):
    (value,) = df[(df.actor == actor) & (df.measure == measure)]["value"].tolist()
    return value


# --- compare -----------------------------------------------------------------------------------------
def test_one_row_per_actor_and_measure(analysis):
    df = compare(analysis, ["putin", "Jim Mattis"])
    assert list(df.columns) == COLUMNS
    assert len(df) == 2 * len(MEASURES)
    assert not df.duplicated(["actor", "measure"]).any()
    assert list(dict.fromkeys(df.actor)) == ["Vladimir Putin", "Jim Mattis"]
    assert set(df.article_id) == {"bundled"}
    assert df.groupby("actor").measure.apply(list).map(lambda m: m == list(MEASURES)).all()
    assert df.unit.tolist() == list(MEASURES.values()) * 2


def test_values_match_the_profiles(analysis):
    df = compare(analysis, intervals=False)
    assert list(dict.fromkeys(df.actor)) == [p.name for p in analysis.actors]
    for p in analysis.actors:
        expected = {
            "kind": p.kind,
            "mentions": p.prominence.mentions,
            "sentence_share": p.prominence.sentence_share,
            "first_mention": p.prominence.first_mention or "none",
            "quotes": p.voice.quotes,
            "quoted_words": p.voice.quoted_words,
            "quote_share": p.voice.quote_share,
            "loaded_cues": p.voice.loaded_cues,
            "agency_subject": p.agency.subject_of,
            "agency_object": p.agency.object_of,
            "agency_score": p.agency.agency_score,
            "descriptors": len(p.descriptors),
            "loaded_descriptors": sum(d.loaded and not d.in_quote for d in p.descriptors),
            "tone_toward": p.tone.score,
            "tone_vader_mean": p.tone.vader_mean,
            "tone_polarity_mean": p.tone.polarity_mean,
            "quote_tone_vader": p.tone.quote_vader_mean,
            "loaded_near_author": len(p.loaded_near.author),
            "loaded_near_quoted": len(p.loaded_near.quoted),
            "loaded_near_author_per_1000": 1000 * len(p.loaded_near.author) / sum(
                analysis.sentences[k].words for k in {m.sentence for m in p.mentions}),
            "dominant_frame": p.dominant_frame,
        }
        assert expected.keys() == MEASURES.keys()
        for measure, value in expected.items():
            got = cell(df, p.name, measure)
            assert got == value or (got is None and value is None) or (
                isinstance(got, float) and math.isnan(got) and value is None), (p.name, measure)


def test_evidence_points_at_the_basis(analysis):
    df = compare(analysis, ["Putin", "Assad"], intervals=False)
    putin = analysis.actor("Putin")
    evidence = df.set_index(["actor", "measure"]).evidence
    n = len(analysis.sentences)
    assert evidence["Vladimir Putin", "sentence_share"] == f"{putin.prominence.sentences} of {n} sentences"
    assert evidence["Vladimir Putin", "first_mention"] == "offset 0: 'Putin'"
    assert evidence["Bashar al-Assad", "loaded_descriptors"] == "Syria’s strong man"
    spans = ", ".join(f"{a}–{b}" for a, b in putin.voice.spans)
    assert evidence["Vladimir Putin", "quotes"] == f"chars {spans}"


@pytest.mark.parametrize("name", ["Putin", "PUTIN", "vladimir putin", "the Russian leader", " Putin "])
def test_names_and_aliases_resolve(analysis, name):
    assert set(compare(analysis, [name], intervals=False).actor) == {"Vladimir Putin"}


@pytest.mark.parametrize("name", ["Obama", "Vlad", ""])
def test_unknown_actor_lists_the_known_ones(analysis, name):
    with pytest.raises(ValueError, match="known actors: .*Vladimir Putin") as info:
        compare(analysis, [name])
    assert isinstance(info.value, UnknownActorError)


# --- across articles ---------------------------------------------------------------------------------
def test_compare_articles(analysis, mattis_story):
    df = compare_articles([analysis, mattis_story], ["Putin", "Mattis"])
    assert len(df) == 2 * 2 * len(MEASURES)
    assert not df.duplicated(["article_id", "actor", "measure"]).any()
    for a in (analysis, mattis_story):
        rows = df[df.article_id == a.article.id]
        for name in ("Vladimir Putin", "Jim Mattis"):
            assert cell(rows, name, "mentions") == a.actor(name).prominence.mentions
    assert compare([analysis, mattis_story], ["Putin"]).equals(compare_articles([analysis, mattis_story], ["Putin"]))


def test_actor_missing_from_an_article_gets_zero_counts(analysis, mattis_story):
    df = compare_articles([analysis, mattis_story], ["Assad"])
    rows = df[df.article_id == "mattis-story"]
    assert cell(rows, "Bashar al-Assad", "mentions") == 0
    assert cell(rows, "Bashar al-Assad", "first_mention") == "none"
    assert cell(rows, "Bashar al-Assad", "tone_vader_mean") is None
    assert cell(rows, "Bashar al-Assad", "kind") == "person"  # absent from this account, still a person
    with pytest.raises(ValueError, match="Obama"):
        compare_articles([analysis, mattis_story], ["Obama"])


# --- contrast lines ----------------------------------------------------------------------------------
def test_contrast_lines_on_the_bundled_article(analysis):
    putin, mattis = analysis.actor("Putin"), analysis.actor("Mattis")
    lines = contrast_lines(analysis, "Putin", "Mattis")
    n, m, k = putin.prominence.mentions, mattis.prominence.mentions, len(analysis.sentences)
    assert m == 2
    # 11 against 2 of 17 sentences: raw p = 0.026, not clear once adjusted for the seven measures compared
    assert lines[0] == (f"Vladimir Putin is mentioned {n} times, Jim Mattis twice (Putin in "
                        f"{putin.prominence.sentences} of {k} sentences, Mattis in 2 of {k} sentences): "
                        "no clear difference in space.")
    assert "Putin first appears in the headline, Mattis only later in the article." in lines
    assert (f"Putin is quoted twice ({putin.voice.quoted_words} words), Mattis once ({mattis.voice.quoted_words} "
            "words): no clear difference in their share of the quoted words.") in lines
    assert all("Putin" in line or "Mattis" in line for line in lines)
    assert lines == contrast_lines(compare(analysis, ["Vladimir Putin", "Jim Mattis"]), "Vladimir Putin", "Jim Mattis")
    # a table of every actor holds no test of these two: the numbers, and no ranking
    untested = contrast_lines(compare(analysis), "Vladimir Putin", "Jim Mattis")
    assert untested[0] == lines[0].replace(": no clear difference in space.", ".")
    assert not any("clear" in line for line in untested)


def test_tone_toward_line_and_its_interval(analysis):
    putin, mattis = analysis.actor("Putin"), analysis.actor("Mattis")
    line = (f"Tone toward Putin is {putin.tone.score:+.2f} ({putin.tone.label}, {putin.tone.scored} mentions), "
            f"toward Mattis {mattis.tone.score:+.2f} ({mattis.tone.label}, {mattis.tone.scored} mentions): "
            "no clear difference in tone toward them.")
    assert line in contrast_lines(analysis, "Putin", "Mattis")
    sample = actor_samples(analysis, "Putin")["tone_toward"]  # mentions summed per sentence
    assert sample.estimate() == pytest.approx(putin.tone.score, abs=5e-5)
    assert (sample.w.sum(), sample.n) == (putin.tone.scored, putin.prominence.sentences)


def test_loaded_descriptor_line(analysis):
    lines = contrast_lines(analysis, "Assad", "Mattis")
    assert "The author attaches a loaded descriptor to al-Assad (Syria’s strong man) but none to Mattis." in lines
    assert lines[0].startswith("Bashar al-Assad is mentioned once, Jim Mattis twice")


def test_contrast_lines_follow_the_numbers(analysis, mattis_story):
    before = contrast_lines(analysis, "Putin", "Mattis")
    after = contrast_lines(mattis_story, "Putin", "Mattis")
    assert before != after
    n, m = (mattis_story.actor(x).prominence.mentions for x in ("Putin", "Mattis"))
    assert n == 1
    assert after[0] == (f"Vladimir Putin is mentioned once, Jim Mattis {m} times (Putin in 1 of 4 sentences, "
                        f"Mattis in {m} of 4 sentences): no clear difference in space.")
    assert "Neither Putin nor Mattis is quoted." in after


@pytest.mark.parametrize("text, expected", [
    ("Putin spoke. Mattis spoke.",
     "Vladimir Putin and Jim Mattis are mentioned once each: the same space."),
    ("Putin spoke. Putin left.",
     "Vladimir Putin is mentioned twice; Jim Mattis is not mentioned at all."),
    ("“No,” Putin said. Mattis spoke.",
     "Putin is quoted once (1 word); Mattis is not quoted: no clear difference in their share of the quoted words."),
    ("Nobody spoke.",
     "Neither Vladimir Putin nor Jim Mattis is mentioned."),
])
def test_wording_of_ties_zeros_and_singulars(text, expected):
    assert expected in contrast_lines(analyze(text), "Putin", "Mattis")


def test_table_of_several_articles_needs_an_article_id(analysis, mattis_story):
    df = compare_articles([analysis, mattis_story], ["Putin", "Mattis"])
    with pytest.raises(ValueError, match="article_id"):
        contrast_lines(df, "Putin", "Mattis")
    assert contrast_lines(df, "Putin", "Mattis", article_id="mattis-story") == \
        contrast_lines(mattis_story, "Putin", "Mattis")


def test_contrast_needs_two_different_known_actors(analysis):
    with pytest.raises(ValueError):
        contrast_lines(analysis, "Putin", "the Russian leader")
    with pytest.raises(UnknownActorError):
        contrast_lines(analysis, "Putin", "Obama")


def test_an_actor_named_differently_elsewhere_keeps_one_label(analysis):
    # undeclared here, Putin is detected under the name the text gives: "Putin"
    other = biaslab.analyze(article_from_text("President Putin spoke. Putin left.", id="detected"))
    assert (other.actor("Putin").name, other.actor("Putin").declared) == ("Putin", False)
    df = compare_articles([analysis, other], ["putin"])
    assert len(set(df.actor)) == 1
    (label,) = set(df.actor)
    assert cell(df[df.article_id == "detected"], label, "mentions") == 2
    assert cell(df[df.article_id == "bundled"], label, "mentions") == analysis.actor("Putin").prominence.mentions


# --- wide and span tables ----------------------------------------------------------------------------
def _same(a, b) -> bool:
    missing = lambda x: x is None or (isinstance(x, float) and math.isnan(x))  # noqa: E731
    return (missing(a) and missing(b)) or a == b


def test_actors_frame_holds_the_values_of_compare(analysis, mattis_story):
    for source, actors in ((analysis, None), (analysis, ["Mattis", "putin"]),
                           ([analysis, mattis_story], ["Putin", "Mattis", "Assad"])):
        wide = actors_frame(source, actors)
        assert list(wide.columns) == ["article_id", "actor", *MEASURES, *TEXT_COLUMNS]
        long = compare(source, actors, intervals=False)
        assert list(zip(wide.article_id, wide.actor)) == list(dict.fromkeys(zip(long.article_id, long.actor)))
        for r in long.itertuples():
            (value,) = wide[(wide.article_id == r.article_id) & (wide.actor == r.actor)][r.measure].tolist()
            assert _same(value, r.value), (r.article_id, r.actor, r.measure)


def test_actors_frame_text_columns_on_the_bundled_article(analysis):
    wide = actors_frame(analysis).set_index("actor")
    assert wide.loc["Bashar al-Assad", "descriptor_texts"] == "Syria’s strong man"
    assert wide.loc["Bashar al-Assad", "loaded_descriptor_texts"] == "Syria’s strong man"
    assert wide.loc["Donald Trump", "reporting_verbs"] == wide.loc["Donald Trump", "descriptor_texts"] == ""
    assert wide.loc["Donald Trump", "quotes"] == 0 and wide.loc["Donald Trump", "mentions"] == 1
    joined = lambda items: "; ".join(f"{x} ×{n}" if n > 1 else x for x, n in Counter(items).most_common())  # noqa: E731
    for p in analysis.actors:
        row = wide.loc[p.name]
        assert row["titles"] == joined(p.titles)
        assert row["reporting_verbs"] == joined(p.voice.cues.elements())
        assert row["descriptor_texts"] == joined(d.text for d in p.descriptors)
    putin = analysis.actor("Putin")
    assert sum(int(part.rpartition(" ×")[2]) if " ×" in part else 1
               for part in wide.loc["Vladimir Putin", "reporting_verbs"].split("; ")) == sum(putin.voice.cues.values())


def test_actors_frame_of_an_actor_an_article_lacks(analysis, mattis_story):
    wide = actors_frame([analysis, mattis_story], ["Assad"]).set_index("article_id")
    assert wide.loc["mattis-story", "mentions"] == 0 and wide.loc["mattis-story", "first_mention"] == "none"
    assert wide.loc["mattis-story", "descriptor_texts"] == ""
    assert wide.loc["bundled", "mentions"] == analysis.actor("Assad").prominence.mentions == 1


@pytest.mark.parametrize("table, spans_of", [
    (mentions_frame, lambda p: p.mentions),
    (descriptors_frame, lambda p: p.descriptors),
    (verbs_frame, lambda p: p.agency.verbs),
])
def test_span_tables_are_exact_slices_of_the_article(analysis, table, spans_of):
    df = table(analysis)
    assert list(df.columns[:4]) == ["article_id", "actor", "start", "end"]
    assert len(df) == sum(len(spans_of(p)) for p in analysis.actors) > 0
    assert all(analysis.text[s:e] == t for s, e, t in zip(df.start, df.end, df.text))
    assert list(dict.fromkeys(df.actor)) == [p.name for p in analysis.actors if spans_of(p)]
    chosen = table(analysis, ["Mattis", "putin", "Vladimir Putin"])  # in the order asked, each once
    assert list(dict.fromkeys(chosen.actor)) == ["Jim Mattis", "Vladimir Putin"]
    with pytest.raises(UnknownActorError, match="known actors"):
        table(analysis, ["Obama"])
    empty = table(analysis, [])
    assert empty.empty and list(empty.columns) == list(df.columns)


def test_mentions_frame_on_the_bundled_article(analysis):
    putin = mentions_frame(analysis, "Putin")
    assert (putin.start.iloc[0], putin.end.iloc[0], putin.text.iloc[0]) == (0, 5, "Putin")  # the headline
    assert list(putin.start) == sorted(putin.start)
    assert len(putin) == analysis.actor("Putin").prominence.mentions
    trump = mentions_frame(analysis, ["Trump"])
    assert trump[["actor", "text", "resolution"]].values.tolist() == [["Donald Trump", "Donald Trump", "name"]]
    assert "actor" not in list(trump.columns)[2:]  # the mention's own actor field gives way to the label


def test_descriptors_frame_on_the_bundled_article(analysis, mattis_story):
    (assad,) = descriptors_frame(analysis, ["Assad"]).to_dict("records")
    assert assad == {"article_id": "bundled", "actor": "Bashar al-Assad", "start": analysis.text.index("Syria’s strong"),
                     "end": analysis.text.index("Syria’s strong") + len("Syria’s strong man"),
                     "text": "Syria’s strong man", "kind": "possessive", "loaded": True,
                     "loaded_terms": ["strong man"], "in_quote": False}
    across = descriptors_frame([analysis, mattis_story], ["Assad"])
    assert set(across.article_id) == {"bundled"}  # the other article never names him: no rows


def test_verbs_frame_matches_the_agency_counts(analysis):
    verbs = verbs_frame(analysis, ["Putin", "Mattis"])
    for name in ("Vladimir Putin", "Jim Mattis"):
        agency = analysis.actor(name).agency
        mine = verbs[verbs.actor == name]
        assert (mine.role == "subject").sum() == agency.subject_of
        assert (mine.role == "object").sum() == agency.object_of


_WORDS = st.sampled_from(["Putin", "Mattis", "said", "the", "Russian", "leader", "President", "“", "”", ",",
                          "war", "he", "Defense Secretary", "Jim", "strong man", "Syria’s", ".", "\n\n", "é"])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join).filter(str.strip))
def test_span_tables_slice_any_text(text):
    a = analyze(text)
    for table in (mentions_frame, descriptors_frame, verbs_frame):
        df = table(a)
        assert all(a.text[s:e] == t for s, e, t in zip(df.start, df.end, df.text))
    wide = actors_frame(a)
    assert list(wide.actor) == [p.name for p in a.actors]
    assert (wide.mentions == mentions_frame(a).groupby("actor").size().reindex(wide.actor, fill_value=0).values).all()


# --- how sure: intervals, tests, contrast lines that say "no clear difference" ----------------------
CAST = {"Anton Volkov": ["Volkov"], "Irina Petrov": ["Petrov"]}
#: 30 sentences labelling Volkov: 45 loaded terms in 255 words, one or two a sentence.
LOADED = [f"The strongman Volkov defended the so-called reform in session {i}." if i % 2 else
          f"The strongman Volkov spoke in session {i}." for i in range(30)]


def _neutral(name: str, n: int = 30) -> list[str]:
    return [f"{name} met the budget committee in session {i}." for i in range(n)]


def _story(sentences: list[str], id: str):
    return biaslab.analyze(article_from_text(" ".join(sentences), id=id, actors=CAST))


@pytest.fixture(scope="module")
def clear_case():
    """30 sentences labelling Volkov against 30 neutral sentences about Petrov, in one article."""
    return _story(LOADED + _neutral("Petrov"), "clear")


@pytest.fixture(scope="module")
def near_tie():
    """Volkov and Petrov in 15 neutral sentences each; one loaded term near Volkov, two near Petrov."""
    return _story(_neutral("Volkov", 15) + _neutral("Petrov", 15) + [
        "The strongman Volkov spoke.", "The strongman Petrov spoke.", "The so-called reform of Petrov failed."], "tie")


def _rows(df, measure):
    return df[df.measure == measure].set_index("actor")


def _no_term(words: int) -> tuple[float, float]:
    """Garwood's exact 95 % bounds for no term in ``words`` words, per 1,000 words."""
    return 0.0, 1000 * -math.log(0.025) / words


def test_a_real_difference_is_clear(clear_case):
    df = compare(clear_case, ["Volkov", "Petrov"])
    near = _rows(df, "loaded_near_author_per_1000")
    assert near.evidence.to_dict() == {"Anton Volkov": "45 loaded terms in 255 words",
                                       "Irina Petrov": "0 loaded terms in 240 words"}
    assert near.value.to_dict() == {"Anton Volkov": 1000 * 45 / 255, "Irina Petrov": 0.0}
    volkov = interval(actor_samples(clear_case, "Volkov")["loaded_near_author_per_1000"])
    assert (near.low["Anton Volkov"], near.high["Anton Volkov"], volkov.method) == (volkov.low, volkov.high,
                                                                                     "bootstrap BCa")
    assert 120 < volkov.low < 1000 * 45 / 255 < volkov.high < 240
    assert (near.low["Irina Petrov"], near.high["Irina Petrov"]) == pytest.approx(_no_term(240))
    assert near.clear.tolist() == [True, True] and near.p_value.iloc[0] == near.p_value.iloc[1] < 0.01
    space = _rows(df, "sentence_share")  # 30 sentences each: the same space
    assert space.clear.tolist() == [False, False] and space.p_value.tolist() == [1.0, 1.0]
    lines = contrast_lines(clear_case, "Volkov", "Petrov")
    assert lines[0] == "Anton Volkov and Irina Petrov are mentioned 30 times each: the same space."
    (line,) = [x for x in lines if "loaded terms in" in x]
    p = near.p_value.iloc[0]
    assert line == ("In the author's voice, sentences mentioning Volkov hold 45 loaded terms in 255 words (176.5 per "
                    "1,000), those mentioning Petrov 0 loaded terms in 240 words (0.0 per 1,000): more loaded "
                    f"language around Volkov, a clear difference (p = {p:.3f}).")


def test_one_or_two_terms_apart_is_no_clear_difference(near_tie):
    df = compare(near_tie, ["Volkov", "Petrov"])
    near = _rows(df, "loaded_near_author_per_1000")
    assert near.evidence.to_dict() == {"Anton Volkov": "1 loaded term in 124 words",
                                       "Irina Petrov": "2 loaded terms in 130 words"}
    assert near.clear.tolist() == [False, False] and near.p_value.tolist() == [1.0, 1.0]
    assert not df.clear.fillna(False).any()
    lines = contrast_lines(near_tie, "Volkov", "Petrov")
    assert ("In the author's voice, sentences mentioning Volkov hold 1 loaded term in 124 words (8.1 per 1,000), "
            "those mentioning Petrov 2 loaded terms in 130 words (15.4 per 1,000): no clear difference.") in lines
    assert not any("a clear difference" in line or "times the space" in line for line in lines)


def test_two_articles_one_actor(clear_case):
    loud, calm = _story(LOADED, "loud"), _story(_neutral("Volkov"), "calm")
    df = compare_articles([loud, calm], ["Volkov"])
    near = df[df.measure == "loaded_near_author_per_1000"].set_index("article_id")
    assert near.value.to_dict() == {"loud": 1000 * 45 / 255, "calm": 0.0}
    assert near.clear.tolist() == [True, True]
    share = df[df.measure == "sentence_share"]  # in every sentence of both: nothing to test
    assert share.clear.tolist() == [False, False] and share.p_value.isna().all()
    loaded = compare_loaded([loud, calm])
    assert list(loaded.columns) == LOADED_COLUMNS
    assert loaded[["article_id", "voice", "evidence"]].values.tolist() == [
        ["loud", "all", "45 terms in 255 words"], ["loud", "author", "45 terms in 255 words"],
        ["loud", "quoted", "0 terms in 255 words"], ["calm", "all", "0 terms in 240 words"],
        ["calm", "author", "0 terms in 240 words"], ["calm", "quoted", "0 terms in 240 words"]]
    assert loaded.clear.tolist() == [None, None, None, True, True, False]  # the first article is the reference
    assert loaded.p_value.isna().tolist() == [True, True, True, False, False, True]
    assert (loaded.low.iloc[3], loaded.high.iloc[3]) == pytest.approx(_no_term(240))
    # any article can be the reference; several articles without one get intervals only
    assert compare_loaded([loud, calm], against="calm").clear.tolist() == [True, True, False, None, None, None]
    assert compare_loaded([loud, calm, clear_case]).clear.isna().all()
    with pytest.raises(ValueError, match="no article 'nowhere'"):
        compare_loaded([loud, calm], against="nowhere")


def test_uncertainty_columns_of_the_bundled_article(analysis):
    df = compare(analysis, ["Putin", "Mattis"])
    assert list(df.columns) == COLUMNS
    other = df[~df.measure.isin(INTERVAL_MEASURES)]
    assert other[["low", "high", "p_value"]].isna().all().all() and other.clear.isna().all()
    tested = df[df.measure.isin(INTERVAL_MEASURES)]
    assert set(map(type, tested.clear)) == {bool}
    for measure in INTERVAL_MEASURES:  # one test per measure, on both rows
        rows = _rows(df, measure)
        assert rows.p_value.iloc[0] == rows.p_value.iloc[1] or rows.p_value.isna().all()
    share = _rows(df, "sentence_share")  # Putin in 11 of 17 sentences: a bootstrap interval
    assert share.value["Vladimir Putin"] == round(11 / 17, 4)
    assert share.low["Vladimir Putin"] < share.value["Vladimir Putin"] < share.high["Vladimir Putin"]
    tone = _rows(df, "tone_vader_mean")  # Mattis: 2 sentences, too few for an interval
    assert math.isnan(tone.low["Jim Mattis"]) and math.isnan(tone.high["Jim Mattis"])


def test_empty_and_untested_tables_keep_their_columns(analysis):
    assert compare(analysis, []).empty and list(compare(analysis, []).columns) == COLUMNS
    assert list(compare_loaded([]).columns) == LOADED_COLUMNS and compare_loaded([]).empty
    fast = compare(analysis, ["Putin", "Mattis"], intervals=False)
    assert list(fast.columns) == COLUMNS
    assert fast[["low", "high", "p_value"]].isna().all().all() and fast.clear.isna().all()
    full = compare(analysis, ["Putin", "Mattis"])
    assert fast[["value", "evidence"]].equals(full[["value", "evidence"]])


def test_swapping_the_actors_swaps_the_rows_not_the_tests(analysis, clear_case):
    for a, names in ((analysis, ["Putin", "Mattis"]), (clear_case, ["Volkov", "Petrov"])):
        ab, ba = compare(a, names), compare(a, names[::-1])
        key = ["actor", "measure"]
        ab, ba = ab.sort_values(key).reset_index(drop=True), ba.sort_values(key).reset_index(drop=True)
        assert ab.equals(ba)


def test_samples_rebuild_the_profile_values(analysis):
    """The per-sentence numbers behind each interval add up to the value shown."""
    df = compare(analysis)
    for p in analysis.actors:
        samples = actor_samples(analysis, p)
        for measure in INTERVAL_MEASURES:
            value = cell(df, p.name, measure)
            estimate = samples[measure].estimate()
            if value is None:
                assert estimate is None, (p.name, measure)
            elif samples[measure].n:  # values are rounded to 4 places
                assert estimate == pytest.approx(value, abs=5e-5), (p.name, measure)
    articles = article_samples(analysis)
    assert articles["loaded_author_per_1000"].estimate() == pytest.approx(
        analysis.loaded_summary.per_1000(voice="author"))
    assert loaded_sample(analysis).estimate() == pytest.approx(analysis.loaded_summary.per_1000())
    assert articles["vader_mean"].estimate() == pytest.approx(analysis.sentiment.vader_mean, abs=5e-5)
    quoted = sum(q.words for q in analysis.quotes if q.kind in ("direct", "partial"))
    assert articles["quoted_share"].estimate() == pytest.approx(quoted / analysis.words)
    assert interval(articles["quoted_share"]).enough


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LOADED[:3] + _neutral("Petrov", 3) + ["Volkov met Petrov.", "Nobody came."]),
                min_size=1, max_size=24))
def test_intervals_hold_the_values_of_any_text(sentences):
    df = compare(_story(sentences, "any"), ["Volkov", "Petrov"])
    shown = df.dropna(subset=["low"])
    assert (shown.low <= shown.value.astype(float)).all() and (shown.value.astype(float) <= shown.high).all()
    tested = df.dropna(subset=["p_value"])
    assert ((tested.p_value > 0) & (tested.p_value <= 1)).all()
    assert (tested.clear == (tested.p_value < 0.05)).all()
    assert set(df.loc[df.measure.isin(INTERVAL_MEASURES), "clear"].map(type)) <= {bool}
