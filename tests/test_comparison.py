"""compare(), compare_articles() and contrast_lines() on real analyses."""
from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from biaslab.comparison import (
    COLUMNS, MEASURES, TEXT_COLUMNS, UnknownActorError, actors_frame, compare, compare_articles, contrast_lines,
    descriptors_frame, mentions_frame, verbs_frame,
)
from biaslab.corpus import article_from_text

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
    df = compare(analysis)
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
            "dominant_frame": p.dominant_frame,
        }
        assert expected.keys() == MEASURES.keys()
        for measure, value in expected.items():
            got = cell(df, p.name, measure)
            assert got == value or (got is None and value is None) or (
                isinstance(got, float) and math.isnan(got) and value is None), (p.name, measure)


def test_evidence_points_at_the_basis(analysis):
    df = compare(analysis, ["Putin", "Assad"])
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
    assert set(compare(analysis, [name]).actor) == {"Vladimir Putin"}


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
    with pytest.raises(ValueError, match="Obama"):
        compare_articles([analysis, mattis_story], ["Obama"])


# --- contrast lines ----------------------------------------------------------------------------------
def test_contrast_lines_on_the_bundled_article(analysis):
    putin, mattis = analysis.actor("Putin"), analysis.actor("Mattis")
    lines = contrast_lines(analysis, "Putin", "Mattis")
    n, m = putin.prominence.mentions, mattis.prominence.mentions
    assert m == 2
    assert lines[0] == (f"Vladimir Putin is mentioned {n} times, Jim Mattis twice: "
                        f"Putin gets about {n / m:.1f} times the space of Mattis.")
    assert "Putin first appears in the headline, Mattis only later in the article." in lines
    assert (f"Putin is quoted twice ({putin.voice.quoted_words} words), "
            f"Mattis once ({mattis.voice.quoted_words} words).") in lines
    assert all("Putin" in line or "Mattis" in line for line in lines)
    assert lines == contrast_lines(compare(analysis), "Vladimir Putin", "Jim Mattis")


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
    assert after[0] == (f"Vladimir Putin is mentioned once, Jim Mattis {m} times: "
                        f"Mattis gets about {m / n:.1f} times the space of Putin.")
    assert "Neither Putin nor Mattis is quoted." in after


@pytest.mark.parametrize("text, expected", [
    ("Putin spoke. Mattis spoke.",
     "Vladimir Putin and Jim Mattis are mentioned once each: the same space."),
    ("Putin spoke. Putin left.",
     "Vladimir Putin is mentioned twice; Jim Mattis is not mentioned at all."),
    ("“No,” Putin said. Mattis spoke.",
     "Putin is quoted once (1 word); Mattis is not quoted."),
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
        long = compare(source, actors)
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
