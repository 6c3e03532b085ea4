"""Tests for biaslab.plots on the bundled article: what each figure draws, and saving."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # this test module only; MPLBACKEND is never set globally

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.image import AxesImage  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from biaslab import plots  # noqa: E402

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"


@pytest.fixture(scope="module")
def analysis():
    import biaslab

    return biaslab.analyze(biaslab.load_article(ARTICLE))


@pytest.fixture(autouse=True)
def _no_files_and_close(tmp_path, monkeypatch):
    """Run each test in an empty folder, check nothing was written, close figures."""
    monkeypatch.chdir(tmp_path)
    yield
    plt.close("all")


def _written(tmp_path):
    return sorted(p.name for p in tmp_path.rglob("*"))


def _bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def _gid(ax, gid):
    return [a for a in ax.get_children() if a.get_gid() == gid]


def _speech_sentences(analysis):
    speech = [q for q in analysis.quotes if q.kind in ("direct", "partial")]
    return [i for i, s in enumerate(analysis.sentences) if any(q.start < s.end and q.end > s.start for q in speech)]


PLOTS = ["plot_sentiment_arc", "plot_loaded_by_category", "plot_quote_share", "plot_frame_profile",
         "plot_actor_frames", "plot_actor_comparison"]


@pytest.mark.parametrize("name", PLOTS)
def test_returns_axes_draws_on_given_ax_and_writes_nothing(name, analysis, tmp_path):
    fig, given = plt.subplots()
    before = plt.get_fignums()
    ax = getattr(plots, name)(analysis, ax=given)
    assert ax is given and isinstance(ax, Axes)
    assert plt.get_fignums() == before  # no new figure when an Axes is given
    assert analysis.article.title in " ".join(ax.get_title(loc="left").split())
    assert _written(tmp_path) == []


@pytest.mark.parametrize("name", PLOTS)
def test_creates_a_figure_when_no_ax_and_leaves_rcparams_alone(name, analysis, tmp_path):
    before = dict(matplotlib.rcParams)
    figures = len(plt.get_fignums())
    ax = getattr(plots, name)(analysis)
    assert isinstance(ax, Axes)
    assert len(plt.get_fignums()) == figures + 1
    assert dict(matplotlib.rcParams) == before
    assert _written(tmp_path) == []


def test_sentiment_arc_draws_every_sentence_and_its_markers(analysis):
    ax = plots.plot_sentiment_arc(analysis)
    n = len(analysis.sentences)
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert list(lines["VADER compound"].get_ydata()) == [s.vader.compound for s in analysis.sentences]
    assert list(lines["TextBlob polarity"].get_ydata()) == [s.textblob.polarity for s in analysis.sentences]
    assert len(lines["VADER compound"].get_xdata()) == n
    zero = _gid(ax, "zero-line")
    assert len(zero) == 1 and list(zero[0].get_ydata()) == [0, 0]
    breaks = sum(a.paragraph != b.paragraph for a, b in zip(analysis.sentences, analysis.sentences[1:]))
    assert len(_gid(ax, "paragraph-break")) == breaks > 0
    assert len(_gid(ax, "heading")) == sum(s.heading for s in analysis.sentences) == 2
    quoted = _speech_sentences(analysis)
    assert list(lines["contains a quotation"].get_xdata()) == quoted and quoted
    assert ax.get_xlabel().startswith("sentence")
    assert "−1" in ax.get_ylabel() and "+1" in ax.get_ylabel()
    assert ax.get_ylim()[0] <= -1 and ax.get_ylim()[1] >= 1


def test_loaded_by_category_bars_are_per_1000_words_by_voice(analysis):
    ax = plots.plot_loaded_by_category(analysis)
    counts = Counter((t.category, t.voice) for t in analysis.loaded_terms)
    categories = {c for c, _ in counts}
    bars = _bars(ax)
    assert len(bars) == 2 * len(categories)
    expected = sorted(1000 * counts[(c, v)] / analysis.words for c in categories for v in ("author", "quoted"))
    assert sorted(b.get_width() for b in bars) == pytest.approx(expected)
    assert "per 1,000 words" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["author's voice", "quoted voices"]


def test_quote_share_sums_to_100_percent(analysis):
    ax = plots.plot_quote_share(analysis)
    speakers = {q.speaker or "unattributed" for q in analysis.quotes if q.kind in ("direct", "partial")}
    bars = _bars(ax)
    assert len(bars) == len(speakers)
    assert sum(b.get_width() for b in bars) == pytest.approx(100)
    assert {t.get_text() for t in ax.get_yticklabels()} == speakers
    assert "%" in ax.get_xlabel()


def test_frame_profile_bars_match_shares(analysis):
    ax = plots.plot_frame_profile(analysis)
    shares = [v for v in analysis.frames.article.values() if v > 0]
    assert sorted(b.get_width() for b in _bars(ax)) == pytest.approx(sorted(100 * v for v in shares))
    assert "%" in ax.get_xlabel()


def test_actor_frames_heatmap_has_counts_and_colorbar(analysis):
    ax = plots.plot_actor_frames(analysis)
    image = next(a for a in ax.get_children() if isinstance(a, AxesImage))
    rows, cols = image.get_array().shape
    assert rows == len(ax.get_yticklabels()) and cols == len(ax.get_xticklabels())
    assert len(ax.texts) == rows * cols
    assert len(ax.figure.axes) == 2  # the heatmap and its colorbar
    assert ax.figure.axes[1].get_ylabel()


def test_actor_comparison_scales_each_measure_and_prints_raw_values(analysis):
    from biaslab.comparison import compare

    actors = ["Vladimir Putin", "Jim Mattis"]
    df = compare(analysis, actors)
    shown = df[df["measure"].isin(plots.ACTOR_MEASURES)]
    assert set(shown["measure"]) == set(plots.ACTOR_MEASURES)
    ax = plots.plot_actor_comparison(df)
    series = {line.get_label(): line for line in ax.get_lines() if line.get_label() in actors}
    assert sorted(series) == sorted(actors)
    for actor, line in series.items():
        raw = shown[shown["actor"] == actor].set_index("measure")["value"].astype(float)
        assert len(line.get_xdata()) == len(plots.ACTOR_MEASURES)
        for measure, x in zip(plots.ACTOR_MEASURES, line.get_xdata()):
            rows = shown[shown["measure"] == measure]
            top = rows[["value", "low", "high"]].astype(float).abs().max().max()  # interval ends count too
            assert x == pytest.approx(raw[measure] / top if top else 0.0)
    assert sorted(t.get_text() for t in ax.texts) == sorted(plots._fmt(float(v)) for v in shown["value"])
    assert len(_gid(ax, "zero-line")) == 1
    assert "largest absolute value" in ax.get_xlabel()
    # the same picture straight from the analysis
    ax2 = plots.plot_actor_comparison(analysis, actors)
    assert [t.get_text() for t in ax2.texts] == [t.get_text() for t in ax.texts]


def test_actor_comparison_draws_intervals_and_marks_clear_differences(analysis):
    import biaslab
    from biaslab.comparison import compare

    df = compare(analysis, ["Putin", "Mattis"])
    ax = plots.plot_actor_comparison(df, measures=["mentions", "sentence_share", "tone_vader_mean"])
    putin, mattis = _gid(ax, "interval")  # one collection per actor, a line per interval
    share, tone = (_scaled_ends(df, "Vladimir Putin", m) for m in ("sentence_share", "tone_vader_mean"))
    assert [tuple(s[:, 0]) for s in putin.get_segments()] == [pytest.approx(share), pytest.approx(tone)]
    # Mattis's tone rests on 2 sentences: no interval; his share of the 17 sentences has one
    assert [tuple(s[:, 0]) for s in mattis.get_segments()] == [pytest.approx(_scaled_ends(df, "Jim Mattis",
                                                                                         "sentence_share"))]
    assert "95 % intervals" in ax.get_xlabel() and "clear difference" not in ax.get_xlabel()
    # a clear difference is starred
    text = " ".join(f"The strongman Volkov defended the so-called reform in session {i}." for i in range(12))
    text += " " + " ".join(f"Petrov met the budget committee in session {i}." for i in range(12))
    story = biaslab.analyze(text, actors={"Anton Volkov": ["Volkov"], "Irina Petrov": ["Petrov"]})
    ax = plots.plot_actor_comparison(story, ["Volkov", "Petrov"], measures=["mentions", "loaded_near_author_per_1000"])
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "mentions\n[count]" and labels[1].endswith(" *")
    assert "* clear difference" in ax.get_xlabel()


def _scaled_ends(df, actor, measure):
    rows = df[df.measure == measure]
    top = rows[["value", "low", "high"]].astype(float).abs().max().max()
    row = rows[rows.actor == actor].iloc[0]
    return row.low / top, row.high / top


@pytest.mark.parametrize("measures, rows", [
    (["mentions"], 1),
    (["kind", "first_mention", "mentions", "tone_vader_mean"], 2),  # text-valued measures are skipped
    (["kind"], 0),
])
def test_actor_comparison_measure_choice(measures, rows, analysis):
    ax = plots.plot_actor_comparison(analysis, ["Putin", "Mattis"], measures=measures)
    assert len(ax.get_yticklabels()) == rows
    if not rows:
        assert ax.texts[0].get_text() == "nothing to compare"


def test_actor_comparison_of_several_articles_marks_actor_and_article(analysis):
    import biaslab
    from biaslab.comparison import compare_articles

    other = biaslab.analyze("Putin visits\n\nPutin met officials in Moscow on Tuesday.", title="other",
                            actors={"Vladimir Putin": ["Putin"]})
    df = compare_articles([analysis, other], ["Vladimir Putin"])
    ax = plots.plot_actor_comparison(df, measures=["mentions"])
    labels = sorted(line.get_label() for line in ax.get_lines() if not line.get_gid())
    assert labels == sorted(f"Vladimir Putin · {a.article.id}" for a in (analysis, other))
    assert ax.get_title(loc="left").endswith("Corpus: 2 articles")


def test_plot_articles_one_measure_bars_and_several_measures_markers(analysis):
    import biaslab

    other = biaslab.analyze("A calm report\n\nThe council met on Tuesday and approved the budget.")
    ax = plots.plot_articles([analysis, other], "vader_mean")
    assert [b.get_width() for b in _bars(ax)] == [analysis.sentiment.vader_mean, other.sentiment.vader_mean]
    (lines,) = _gid(ax, "interval")  # the other article (one sentence) is too short for an interval
    assert len(lines.get_segments()) == 1 and "95 % intervals" in ax.get_xlabel()
    assert "Corpus: 2 articles" in ax.get_title(loc="left")
    ax = plots.plot_articles([analysis, other])
    assert len([line for line in ax.get_lines() if not line.get_gid()]) == 3  # one per measure
    assert len(ax.texts) == 6
    with pytest.raises(ValueError, match="unknown measure"):
        plots.plot_articles([analysis], "nonsense")


@pytest.mark.parametrize("name, slug", [
    ("Sentiment arc: Putin", "sentiment-arc-putin"),
    ("  Loaded terms / by voice (2017) ", "loaded-terms-by-voice-2017"),
    ("ÄÖ quotes", "quotes"),
])
def test_save_figure_writes_png_and_svg_with_stable_names(name, slug, analysis, tmp_path):
    ax = plots.plot_quote_share(analysis)
    paths = plots.save_figure(ax, name, out_dir=tmp_path / "figs")
    assert [p.name for p in paths] == [f"{slug}.png", f"{slug}.svg"]
    png, svg = paths
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width_px = plt.imread(png).shape[1]
    assert width_px == round(ax.figure.get_figwidth() * plots.PNG_DPI)
    first_svg = svg.read_bytes()
    assert first_svg.lstrip().startswith(b"<?xml")
    again = plots.save_figure(ax.figure, name, out_dir=tmp_path / "figs")  # a Figure works too
    assert again == paths
    assert again[1].read_bytes() == first_svg  # reproducible SVG: same bytes on every run


@pytest.mark.parametrize("name", ["", "   ", "!!!"])
def test_save_figure_rejects_names_without_letters(name, analysis):
    with pytest.raises(ValueError, match="no letters or digits"):
        plots.save_figure(plots.plot_quote_share(analysis), name)


@pytest.mark.parametrize("name, message", [
    ("plot_loaded_by_category", "no loaded terms found"),
    ("plot_quote_share", "no quoted words"),
    ("plot_actor_frames", "no actors found"),
])
def test_article_without_the_feature_says_so_instead_of_an_empty_chart(name, message):
    import biaslab

    calm = biaslab.analyze("A calm report\n\nThe council met on Tuesday and approved the budget.")
    ax = getattr(plots, name)(calm)
    assert [t.get_text() for t in ax.texts] == [message]
    assert not ax.patches and not ax.get_lines()
