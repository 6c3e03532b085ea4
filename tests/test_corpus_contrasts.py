"""The constructed comparison texts: honest labels, and the contrasts they were written to show.

Every assertion runs the real pipeline (:func:`biaslab.analyze`) on the files
in ``corpus/``; the slants are deliberate, so a measure that cannot tell the
texts apart would fail here.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import biaslab
from biaslab.comparison import compare
from biaslab.lexicon import density

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BUNDLED = CORPUS / "putin-syria-withdrawal-2017-12-11.txt"
NEUTRAL = CORPUS / "khmeimim-wire-neutral-2017-12-11.txt"
WASHINGTON = CORPUS / "khmeimim-washington-slant-2017-12-11.txt"
MOSCOW = CORPUS / "khmeimim-moscow-slant-2017-12-11.txt"
CONSTRUCTED = [NEUTRAL, WASHINGTON, MOSCOW]
#: Word n-grams this long shared outside quotations would mean copied prose.
SHINGLE = 7


@pytest.fixture(scope="module")
def analyses() -> dict[Path, biaslab.Analysis]:
    return {p: biaslab.analyze(biaslab.load_article(p)) for p in [BUNDLED, *CONSTRUCTED]}


def _front(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8").split("+++\n", 2)[1])


def _author_density(analysis) -> float:
    return density(analysis.loaded_terms, analysis.words).per_1000(voice="author")


def _scare(analysis) -> int:
    return sum(q.kind == "scare" for q in analysis.quotes)


def _measure(analysis, actor: str, measure: str):
    table = compare(analysis, [actor])
    return table.loc[table["measure"] == measure, "value"].item()


def _labels_near(analysis, actor: str) -> int:
    """Author-voice labeling terms in the sentences that mention ``actor``."""
    return sum(t.category == "labeling" for t in analysis.actor(actor).loaded_near.author)


# -- labelled honestly -------------------------------------------------------------------------
@pytest.mark.parametrize("path", CONSTRUCTED, ids=lambda p: p.stem)
def test_front_matter_labels_a_constructed_text(path):
    meta = _front(path)
    assert meta["id"] == path.stem
    assert meta["date"] == "2017-12-11"
    assert meta["outlet"] == "constructed teaching text (biaslab)"
    provenance = meta["provenance"]
    assert provenance.startswith("Constructed teaching text written for biaslab")
    assert "not an article from any outlet" in provenance
    assert "Slant:" in provenance and "Why:" in provenance
    assert {"Vladimir Putin", "Jim Mattis"} <= set(meta["actors"])


@pytest.mark.parametrize("path", CONSTRUCTED, ids=lambda p: p.stem)
def test_length_and_event(path, analyses):
    analysis = analyses[path]
    assert 250 <= analysis.words <= 450
    for needle in ("Khmeimim", "Mattis", "Geneva process has traction", "2,000"):
        assert needle in analysis.text


def _prose_shingles(text: str) -> set[tuple[str, ...]]:
    prose = re.sub(r"“[^”]*”", " ", text)  # quotations may repeat public remarks
    words = re.findall(r"[^\W_]+(?:[’'][^\W_]+)?", prose.casefold())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@pytest.mark.parametrize("path", CONSTRUCTED, ids=lambda p: p.stem)
def test_prose_is_not_copied_from_the_bundled_article(path, analyses):
    shared = _prose_shingles(analyses[path].text) & _prose_shingles(analyses[BUNDLED].text)
    assert not shared, f"{path.name} shares prose with the bundled article: {sorted(shared)[:3]}"


# -- the neutral wire report ---------------------------------------------------------------------
def test_neutral_scores_lower_than_the_bundled_article(analyses):
    neutral, bundled = analyses[NEUTRAL], analyses[BUNDLED]
    assert _author_density(neutral) < _author_density(bundled)
    assert _scare(neutral) < _scare(bundled)
    assert _scare(neutral) == 0


def test_neutral_has_no_charged_author_language(analyses):
    charged = {"labeling", "emotive", "exaggeration", "editorializing", "flag_waving", "fear", "booster"}
    found = [t.text for t in analyses[NEUTRAL].loaded_terms if t.voice == "author" and t.category in charged]
    assert found == []


def test_neutral_reports_speech_with_neutral_verbs(analyses):
    spoken = [q for q in analyses[NEUTRAL].quotes if q.kind in ("direct", "partial")]
    assert {q.speaker for q in spoken} == {"Vladimir Putin", "Jim Mattis"}
    assert all(q.cue_class == "neutral" for q in spoken)


# -- the pro-Washington text ----------------------------------------------------------------------
def test_washington_slant_labels_putin_more(analyses):
    slanted, bundled, neutral = analyses[WASHINGTON], analyses[BUNDLED], analyses[NEUTRAL]
    loaded = {p: _measure(analyses[p], "Putin", "loaded_descriptors") for p in (WASHINGTON, BUNDLED, NEUTRAL)}
    assert loaded[WASHINGTON] > loaded[BUNDLED] and loaded[WASHINGTON] > loaded[NEUTRAL]
    assert _labels_near(slanted, "Putin") > _labels_near(bundled, "Putin") >= _labels_near(neutral, "Putin")


def test_washington_slant_devices(analyses):
    slanted = analyses[WASHINGTON]
    scare = sorted(q.text for q in slanted.quotes if q.kind == "scare")
    assert scare == ["“peacekeeping”", "“victory”"]
    terms = {t.text.casefold() for t in slanted.loaded_terms if t.voice == "author"}
    assert {"strongman", "so-called", "boasted", "claimed"} <= terms
    putin_cues = [q.cue_class for q in slanted.quotes if q.speaker == "Vladimir Putin"]
    assert putin_cues and all(c == "loaded" for c in putin_cues)
    assert _author_density(slanted) > _author_density(analyses[BUNDLED])


# -- the pro-Moscow text ------------------------------------------------------------------------------
def test_moscow_slant_devices(analyses):
    slanted = analyses[MOSCOW]
    scare = sorted(q.text for q in slanted.quotes if q.kind == "scare")
    assert scare == ["“advisers”", "“moderate rebels”"]
    mattis = [q for q in slanted.quotes if q.speaker == "Jim Mattis"]
    assert [q.cue for q in mattis] == ["conceded"] and mattis[0].cue_class == "loaded"
    assert _measure(slanted, "Mattis", "loaded_cues") > _measure(analyses[NEUTRAL], "Mattis", "loaded_cues")
    assert _author_density(slanted) > _author_density(analyses[NEUTRAL])
