"""compare(), compare_articles() and contrast_lines() on real analyses."""
from __future__ import annotations

import math

import pytest

import biaslab
from biaslab.comparison import COLUMNS, MEASURES, UnknownActorError, compare, compare_articles, contrast_lines
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
