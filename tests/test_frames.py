"""Policy Frames Codebook cues: data file, matching rules, scoring, the bundled article."""
from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import frames, resources
from biaslab.frames import FRAME_IDS, FRAMES, FrameLexiconError, frame_cues, normalize_cue, score_frames
from biaslab.resources import data_rows, data_text
from biaslab.segmentation import sentences


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str


def pieces(text: str, cuts: list[int]) -> list[Piece]:
    """Split text at the given positions into contiguous sentence-like pieces."""
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [Piece(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:])]


# --- the codebook ------------------------------------------------------------

def test_frames_are_the_codebook_dimensions_in_order():
    assert [(f.id, f.label) for f in FRAMES] == [
        ("economic", "Economic"), ("capacity", "Capacity & resources"), ("morality", "Morality"),
        ("fairness", "Fairness & equality"), ("legality", "Legality, constitutionality & jurisprudence"),
        ("policy", "Policy prescription & evaluation"), ("crime", "Crime & punishment"),
        ("security", "Security & defense"), ("health", "Health & safety"), ("quality_of_life", "Quality of life"),
        ("cultural_identity", "Cultural identity"), ("public_opinion", "Public opinion"), ("political", "Political"),
        ("external", "External regulation & reputation"), ("other", "Other"),
    ]
    assert all(f.description.strip() for f in FRAMES)
    with pytest.raises(AttributeError):
        FRAMES[0].id = "x"  # frozen


# --- the data file -----------------------------------------------------------

ROWS = data_rows("frame_cues.csv")


def test_data_header_states_provenance():
    header = [line for line in data_text("frame_cues.csv").splitlines() if line.startswith("#")]
    text = "\n".join(header)
    for key in ("# what:", "# method:", "# sources:", "# licence:", "# date: 2026-11-25", "# version:"):
        assert key in text
    assert "Boydstun" in text and "Field et al. 2018" in text and "MIT licence" in text


def test_every_row_is_valid_and_unique():
    substantive = set(FRAME_IDS) - {"other"}
    seen = {}
    for lineno, row in ROWS:
        assert row["frame"] in substantive, lineno
        assert row["cue"].strip() and row["cue"] == row["cue"].lower(), lineno
        assert row["source"].startswith("Boydstun et al. 2014"), lineno
        assert float(row["weight"]) in (0.5, 1.0), lineno
        key = normalize_cue(row["cue"])
        assert key not in seen, f"line {lineno} repeats line {seen.get(key)}"
        seen[key] = lineno


def test_every_substantive_frame_has_25_to_60_cues():
    per_frame = {f: 0 for f in FRAME_IDS if f != "other"}
    for _, row in ROWS:
        per_frame[row["frame"]] += 1
    assert all(25 <= n <= 60 for n in per_frame.values()), per_frame


@pytest.mark.parametrize("cue", sorted({row["cue"] for _, row in ROWS}))
def test_each_cue_written_alone_is_found_as_itself(cue):
    # catches a cue shadowed by a longer one or by another cue's plural
    found = frame_cues(cue)
    assert [(c.cue, c.text) for c in found] == [(cue, cue)]


# --- matching rules ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops", [("Troops", "troop", "security")]),
        ("ARMIES and taxes", [("ARMIES", "army", "security"), ("taxes", "tax", "economic")]),
        ("two air\u00a0bases", [("air\u00a0bases", "air base", "security")]),
        ("an Air-Base", [("Air-Base", "air base", "security")]),
        ("war crimes", [("war crimes", "war crime", "crime")]),
        ("the Islamic State", [("Islamic State", "islamic state", "security")]),
        ("Russia’s retaliation.", [("retaliation", "retaliation", "security")]),
        ("the U.N. said", [("U.N.", "u.n.", "external")]),
        ("Warsaw warehouses, warden", []),  # word boundaries: no "war"
        ("deployed, deployment", [("deployed", "deployed", "security"), ("deployment", "deployment", "security")]),
        ("the job done", []),  # only "jobs" is an economic cue
    ],
)
def test_matching_rules(text, expected):
    assert [(c.text, c.cue, c.frame) for c in frame_cues(text)] == expected


def test_start_shifts_offsets():
    (cue,) = frame_cues("a war", start=100)
    assert (cue.start, cue.end, cue.text, cue.weight) == (102, 105, "war", 1.0)


# --- scoring -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "primary"),
    [
        ("The new tariffs will raise prices and cost thousands of jobs.", "economic"),
        ("The agency lacks the resources and manpower to clear the backlog.", "capacity"),
        ("Church leaders called the decision immoral and a sin against human dignity.", "morality"),
        ("Critics say the rules are unfair and discriminate against women.", "fairness"),
        ("The Supreme Court ruled the law unconstitutional.", "legality"),
        ("The plan calls for a reform of the programme, but its effectiveness is unclear.", "policy"),
        ("Police arrested two suspects after the robbery.", "crime"),
        ("Troops were deployed to the border after the missile attack.", "security"),
        ("Doctors warned of a cholera outbreak as hospitals filled with wounded patients.", "health"),
        ("Thousands of refugees live in poverty without housing.", "quality_of_life"),
        ("The festival celebrates the traditions and heritage of the minority.", "cultural_identity"),
        ("A new poll shows public support for the protest movement is growing.", "public_opinion"),
        ("The party hopes to win the election and a majority in parliament.", "political"),
        ("The foreign minister met allies at the summit to discuss sanctions.", "external"),
        # negatives: no cue, so the residual frame
        ("The cat sat on the mat.", "other"),
        ("She baked bread and read a novel by the window.", "other"),
        ("Warsaw is lovely in spring.", "other"),
        ("", "other"),
    ],
)
def test_primary_frame_of_invented_sentences(sentence, primary):
    profile = score_frames([Piece(0, len(sentence), sentence)])
    (scored,) = profile.sentences
    assert scored.primary == primary
    assert profile.dominant == primary
    assert profile.counts[primary] == 1


def test_ties_go_to_codebook_order_and_weights_add():
    (s,) = score_frames([Piece(0, 16, "Troops and taxes")]).sentences
    assert s.scores["security"] == s.scores["economic"] == 1.0
    assert s.primary == "economic"  # economic comes first in the codebook
    (s,) = score_frames([Piece(0, 29, "The leader met the president.")]).sentences
    assert s.scores["political"] == 1.5  # leader 0.5 + president 1.0


def test_empty_article_profile():
    profile = score_frames([])
    assert profile.sentences == () and profile.dominant == "other"
    assert set(profile.article.values()) == {0.0} and set(profile.counts.values()) == {0}


def test_sentences_without_offsets_are_a_readable_type_error():
    with pytest.raises(TypeError, match="start, .end and .text"):
        score_frames(["just a string"])


def test_malformed_data_row_is_reported_with_its_line(monkeypatch):
    text = "# comment\n" * 10 + "frame,cue,weight,source\nweather,rain,1,x\n"  # the row is line 12
    monkeypatch.setattr(resources, "data_text", lambda name: text)
    frames._lexicon.cache_clear()
    try:
        with pytest.raises(FrameLexiconError, match="line 12: unknown frame 'weather'"):
            frame_cues("rain")
    finally:
        monkeypatch.undo()
        frames._lexicon.cache_clear()


# --- the bundled article -------------------------------------------------------

@pytest.fixture(scope="module")
def article_profile(article_text):
    return score_frames(sentences(article_text))


def _sentence_with(profile, text, needle):
    (found,) = [s for s in profile.sentences if needle in text[s.start:s.end]]
    return found


def test_article_is_dominated_by_security(article_profile):
    assert article_profile.dominant == "security"
    assert article_profile.article["security"] > 0.5
    assert sum(article_profile.article.values()) == pytest.approx(1.0)
    assert sum(article_profile.counts.values()) == len(article_profile.sentences)


def test_putin_order_sentence_is_security(article_profile, article_text):
    s = _sentence_with(article_profile, article_text, "I order the defense minister")
    assert s.primary == "security"
    assert {"withdrawal", "troop", "deployment", "soldier", "defense minister"} <= {c.cue for c in s.cues}


def test_settlement_sentence_is_political_and_external(article_profile, article_text):
    s = _sentence_with(article_profile, article_text, "political settlement led by the United Nations")
    assert s.primary == "political"
    assert s.scores["external"] > 0
    assert ("United Nations", "external") in {(c.text, c.frame) for c in s.cues}
    assert ("refugees", "quality_of_life") in {(c.text, c.frame) for c in s.cues}


def test_sentence_without_cue_is_other(article_profile, article_text):
    s = _sentence_with(article_profile, article_text, "The U.S. sees things differently.")
    assert s.primary == "other" and s.cues == ()


def test_article_cues_point_at_the_article(article_profile, article_text):
    cues = [c for s in article_profile.sentences for c in s.cues]
    assert cues and all(article_text[c.start:c.end] == c.text for c in cues)
    assert any(c.text == "air base" for c in cues)


def test_to_dict_and_to_frame(article_profile):
    data = json.loads(json.dumps(article_profile.to_dict()))
    assert data["dominant"] == "security" and len(data["sentences"]) == len(article_profile.sentences)
    table = article_profile.to_frame()
    assert list(table["frame"]) == list(FRAME_IDS)
    assert {"frame", "label", "share", "sentences", "cues"} <= set(table.columns)
    assert table["share"].sum() == pytest.approx(1.0)
    assert table["sentences"].sum() == len(article_profile.sentences)
    row = table.set_index("frame").loc["security"]
    assert row["cues"] == sum(c.frame == "security" for s in article_profile.sentences for c in s.cues)


# --- properties ----------------------------------------------------------------

CUE_WORDS = st.sampled_from(["troops", "War", "air\u00a0base", "U.N.", "refugees", "Leader", "war crimes",
                             "taxes", "Islamic-State", "policies", "ſecurity", "İnternational"])
MIXED_TEXT = st.lists(st.one_of(st.text(max_size=12), CUE_WORDS), max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(MIXED_TEXT, st.integers(0, 50))
def test_cue_offsets_point_at_their_text(text, start):
    found = frame_cues(text, start=start)
    padded = " " * start + text
    previous_end = start
    for c in found:
        assert padded[c.start:c.end] == c.text
        assert c.start >= previous_end and c.end > c.start
        assert c.frame in FRAME_IDS and c.frame != "other" and c.weight > 0
        previous_end = c.end


@settings(max_examples=100, deadline=None)
@given(MIXED_TEXT, st.lists(st.integers(0, 400), max_size=6))
def test_scores_non_negative_and_shares_sum_to_one_or_zero(text, cuts):
    profile = score_frames(pieces(text, cuts))
    total = sum(profile.article.values())
    assert total == pytest.approx(1.0) or total == 0.0
    assert all(0.0 <= v <= 1.0 for v in profile.article.values())
    assert profile.article["other"] == 0.0
    assert sum(profile.counts.values()) == len(profile.sentences)
    assert profile.dominant in FRAME_IDS
    for s in profile.sentences:
        assert all(v >= 0 for v in s.scores.values())
        assert (s.primary == "other") == (not s.cues)
        assert all(text[c.start:c.end] == c.text for c in s.cues)
