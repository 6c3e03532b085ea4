"""One palette for pages and figures (biaslab.palette)."""
from __future__ import annotations

import re

import pytest

import biaslab
from biaslab.lexicon import CATEGORIES
from biaslab.palette import CATEGORY_HUES, TEXT, category_colour, category_tint, tint
from conftest import ARTICLE_PATH


def _luminance(hex_colour: str) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_category_has_its_own_colour():
    assert list(CATEGORY_HUES) == list(CATEGORIES)
    assert len(set(CATEGORY_HUES.values())) == len(CATEGORIES)


@pytest.mark.parametrize("category", CATEGORIES)
def test_tints_keep_the_text_readable(category):
    assert _contrast(TEXT, category_tint(category)) >= 7.0  # WCAG AAA for body text


def test_unknown_categories_get_a_stable_spare_colour():
    assert category_colour("retreat_talk", ["retreat_talk"]) == category_colour("retreat_talk", ["retreat_talk"])
    assert category_colour("a_new", ["a_new", "b_new"]) != category_colour("b_new", ["a_new", "b_new"])
    assert tint("#000000", 0) == "#ffffff" and tint("#336699", 1) == "#336699"


def test_page_and_chart_use_the_same_colour_and_count_the_same_terms():
    from biaslab import plots
    from biaslab.render import render_analysis

    analysis = biaslab.analyze(biaslab.load_article(ARTICLE_PATH))
    page = render_analysis(analysis)
    ax = plots.plot_loaded_by_category(analysis)
    for category in {t.category for t in analysis.loaded_terms}:
        # the legend count is every match of the category, scare quotes included, as the chart's bars
        n = sum(t.category == category for t in analysis.loaded_terms)
        assert re.search(rf"{category} \({n}\)</dd>", page), category
        if any(t.category == category and t.term != "scare quotes" for t in analysis.loaded_terms):
            assert f"background:{category_tint(category)}" in page
    labels = [t.get_text() for t in ax.get_yticklabels()]
    bars = [p for p in ax.patches if p.get_width() > 0 and p.get_facecolor()[:3] != (1.0, 1.0, 1.0)]
    from matplotlib.colors import to_hex

    colours = {to_hex(p.get_facecolor()) for p in bars}
    expected = {category_colour(c.replace(" ", "_")).lower() for c in labels
                if analysis.loaded_summary.count(category=c.replace(" ", "_"), voice="author")}
    assert colours == expected
