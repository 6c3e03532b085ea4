"""Several articles side by side (biaslab.coverage) and the spreadsheet export (biaslab.spreadsheet)."""
from __future__ import annotations

import pandas as pd
import pytest

import biaslab
from biaslab.coverage import (
    coverage_lines, frame_table, loaded_by_voice, needs_several, side_by_side, sources_table, speaker_table,
    tone_table,
)
from conftest import ROOT


@pytest.fixture(scope="module")
def corpus():
    return [biaslab.analyze(biaslab.load_article(p)) for p in sorted((ROOT / "corpus").glob("*.txt"))]


def test_loaded_by_voice_has_an_interval_around_each_rate(corpus):
    table = loaded_by_voice(corpus)
    assert len(table) == 2 * len(corpus) and set(table["voice"]) == {"author", "quoted"}
    for row, (a, voice) in zip(table.itertuples(), [(a, v) for a in corpus for v in ("author", "quoted")]):
        assert row.article == a.article.id and row.count == a.loaded_summary.count(voice=voice)
        assert row.per_1000 == pytest.approx(a.loaded_summary.per_1000(voice=voice))
        if row.low == row.low:  # an interval where there is one
            assert row.low <= row.per_1000 <= row.high


def test_tables_have_one_column_per_article(corpus):
    ids = [a.article.id for a in corpus]
    speakers = speaker_table(corpus)
    assert list(speakers.columns) == ids
    assert speakers.sum().round(0).tolist() == [100.0] * len(corpus)  # shares of each article's quoted words
    tones = tone_table(corpus, ["Putin", "Mattis"])
    assert list(tones.columns) == ids and list(tones.index) == ["Vladimir Putin", "Jim Mattis"]
    frames = frame_table(corpus)
    assert list(frames.columns) == ids and (frames.sum().round(0) == 100).all()
    assert list(sources_table(corpus).index) == ids


def test_findings_come_from_the_numbers(corpus):
    lines = coverage_lines(corpus, ["Vladimir Putin"])
    table = loaded_by_voice(corpus)
    author = table[table["voice"] == "author"].sort_values("per_1000")
    top, low = author.iloc[-1], author.iloc[0]
    assert lines[0].startswith(f"Loaded language in the author's voice is densest in {top['article']} "
                               f"({top['per_1000']:.1f} per 1,000 words")
    assert f"sparsest in {low['article']} ({low['per_1000']:.1f}" in lines[0]
    tones = tone_table(corpus, ["Vladimir Putin"]).iloc[0]
    values = {k: float(v.split()[0]) for k, v in tones.items() if v != "–"}
    hi, lo = max(values, key=values.get), min(values, key=values.get)
    assert (f"The tone toward Vladimir Putin is most positive in {hi} ({values[hi]:+.2f}) and most negative in "
            f"{lo} ({values[lo]:+.2f}), on a scale of −1 to +1.") in lines


@pytest.mark.parametrize("measure, name, column", [
    ("tone_toward", "tone toward the actor (−1 to +1)", "score"),
    ("tone_vader_mean", "tone of its sentences (VADER, −1 to +1)", "vader_mean"),
])
def test_tone_table_shows_the_measure_asked_for(corpus, measure, name, column):
    table = tone_table(corpus, ["Vladimir Putin"], measure=measure)
    assert table.index.name == name
    for a in corpus:
        value = getattr(a.actor("Putin").tone, column)
        assert table.loc["Vladimir Putin", a.article.id].startswith(f"{value:+.2f}")


def test_tone_table_refuses_an_unknown_measure(corpus):
    with pytest.raises(ValueError, match="measure must be one of tone_toward, tone_vader_mean"):
        tone_table(corpus, ["Putin"], measure="tone")


def test_one_article_is_not_a_comparison(corpus):
    assert needs_several(corpus) is None
    note = needs_several(corpus[:1])
    assert "needs two or more articles" in note and coverage_lines(corpus[:1]) == [note]


def test_side_by_side_shows_every_article(corpus):
    shown = side_by_side(corpus[:2])
    assert shown.html.count('class="biaslab-column"') == 2 and "grid-template-columns" in shown.html
    assert all(a.article.id in shown.html for a in corpus[:2])
    assert shown.markdown.count("Loaded terms in bold") == 2


def test_xlsx_holds_the_tidy_tables(corpus, tmp_path):
    from biaslab.spreadsheet import SHEETS, write_xlsx

    path = write_xlsx(corpus[:2], tmp_path / "tables.xlsx")
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["about", *SHEETS]
    assert len(sheets["articles"]) == 2
    terms = sheets["loaded_terms"]
    assert len(terms) == sum(len(a.loaded_terms) for a in corpus[:2])
    texts = {a.article.id: a.text for a in corpus[:2]}
    assert all(texts[i][s:e] == t for i, s, e, t in zip(terms.article_id, terms.start, terms.end, terms.text))
