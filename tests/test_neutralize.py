"""The neutral rewrite and its table of changes agree (biaslab.lexicon.neutralize_changes)."""
from __future__ import annotations

import biaslab
from biaslab.lexicon import neutralize, neutralize_changes
from conftest import ARTICLE_PATH


def test_changes_table_matches_the_rewrite():
    analysis = biaslab.analyze(biaslab.load_article(ARTICLE_PATH))
    terms = [t for t in analysis.loaded_terms if t.voice == "author"]
    rewrite = neutralize(analysis.text, terms)
    table = neutralize_changes(analysis.text, terms)
    assert list(table["original"]) == [t.text for t in sorted(terms, key=lambda t: t.start)]
    for row in table.itertuples():
        if row.change == "(kept: no neutral alternative)":
            assert row.original in rewrite  # listed as kept, and still there
        elif row.change == "(dropped)":
            assert row.category == "editorializing"
        elif row.change != "(quotation marks removed)":
            assert row.change in rewrite
    kept = table[table["change"].str.startswith("(kept")]
    assert "swift and strong" in set(kept["original"])  # an exaggeration without an alternative stays


def test_changes_of_a_sentence_with_overlapping_terms():
    analysis = biaslab.analyze("Basically, the regime’s brutal crackdown was, most importantly, a disaster.")
    terms = [t for t in analysis.loaded_terms if t.voice == "author"]
    table = neutralize_changes(analysis.text, terms)
    rewrite = neutralize(analysis.text, terms)
    for row in table.itertuples():
        assert (row.original in rewrite) == row.change.startswith("(kept")
