"""Figures for one article, its actors, and a corpus (matplotlib).

Every function takes the data first (an :class:`~biaslab.analysis.Analysis`,
a comparison DataFrame or a list of analyses) and ``ax=None``: given an Axes
it draws there, otherwise it creates a figure with a size that reads at
notebook width and on a PDF page. It returns the Axes; it never saves a
file and never calls ``plt.show()``. :func:`save_figure` writes PNG and SVG.

Honest-chart rules followed throughout: axes are labelled with their units,
signed scores get a zero line, the article (or corpus) is named in the
title, bars for rates say "per 1,000 words", and measures with different
units are never put on one raw scale (:func:`plot_actor_comparison` and
:func:`plot_articles` scale each measure by its largest absolute value and
print the raw value next to each point).

Colours: :mod:`biaslab.palette` (Okabe–Ito hues), shared with
:mod:`biaslab.render`, so a loaded-term category has the same colour in the
charts as in the highlighted article; and the
``cividis`` colour map for heatmaps (Nuñez, Anderton & Renslow 2018,
"Optimizing colormaps with consideration for color vision deficiency",
*PLoS ONE* 13(7): e0199239). Markers and line styles differ as well, so the
charts survive greyscale printing.

Checkable artists carry a ``gid`` (``"zero-line"``, ``"paragraph-break"``,
``"heading"``, ``"quote-marker"``) so tests and users can find them.

Limits: the figures show what biaslab measured, no more; sentence sentiment
from lexicon tools is noisy (see :mod:`biaslab.sentiment`), and counts on one
short article are small numbers, which the annotations make visible.
"""
from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
from cycler import cycler
from matplotlib.ticker import MaxNLocator

from .palette import GREY, OKABE_ITO, QUOTED_HATCH, SERIES, category_colour
from .quotes import SPEECH_KINDS

__all__ = [
    "plot_sentiment_arc", "plot_actor_comparison", "plot_loaded_by_category", "plot_frame_profile",
    "plot_actor_frames", "plot_quote_share", "plot_articles", "plot_loaded_by_voice", "save_figure", "ARTICLE_MEASURES",
    "ACTOR_MEASURES", "STYLE",
]

_C = OKABE_ITO
_SERIES = list(SERIES)
#: One marker shape per series, so series differ without colour too (greyscale print).
_MARKERS = "osD^vP*"
_GREY = GREY

#: The house style, applied with ``plt.rc_context`` so the user's settings are untouched.
#: Font sizes (9 pt body, 10 pt titles) stay legible when a 7-inch-wide figure is
#: shown at notebook width or printed on an A4/Letter page; ``svg.hashsalt``
#: makes SVG output byte-for-byte reproducible.
STYLE = {
    "axes.prop_cycle": cycler(color=_SERIES),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "font.size": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "biaslab",
}
#: PNG resolution: 200 dpi is sharp on high-density screens and in print.
PNG_DPI = 200
#: Wrap titles at this many characters so long headlines do not run off the figure.
_TITLE_WIDTH = 70


# -- helpers -------------------------------------------------------------------------
def _axes(ax, size: tuple[float, float]):
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _name(analysis) -> str:
    art = analysis.article
    return art.title or art.id


def _title(ax, what: str, source: str, *, kind: str = "Article") -> None:
    ax.set_title(what + "\n" + textwrap.fill(f"{kind}: {source}", _TITLE_WIDTH), loc="left")


def _zero_line(ax, *, vertical: bool = False) -> None:
    line = (ax.axvline if vertical else ax.axhline)(0, color=_GREY, lw=0.9, zorder=1)
    line.set_gid("zero-line")


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=_GREY)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _frame_label(frame_id: str, *, short: bool = False) -> str:
    from .frames import FRAMES

    label = next((f.label for f in FRAMES if f.id == frame_id), frame_id.replace("_", " "))
    if frame_id == "other":
        return "Other (no cue)"
    return label.split(",")[0].split(" & ")[0] if short else label


def _in_speech(quotes) -> list:
    """Quotations that are reported speech (not scare quotes or titles of works)."""
    return [q for q in quotes if q.kind in SPEECH_KINDS]


# -- one article -----------------------------------------------------------------------
@plt.rc_context(STYLE)
def plot_sentiment_arc(analysis, ax=None):
    """VADER compound and TextBlob polarity, sentence by sentence.

    Dotted vertical lines mark paragraph breaks, grey bands headlines, and
    triangles at the top the sentences that contain (part of) a quotation.
    """
    ax = _axes(ax, (8, 3.6))
    sents = analysis.sentences
    if not sents:
        return _empty(ax, "no sentences")
    x = list(range(len(sents)))
    first_heading = next((i for i, s in enumerate(sents) if s.heading), None)
    for i, s in enumerate(sents):
        if s.heading:
            ax.axvspan(i - 0.5, i + 0.5, color="#e8e8e8", zorder=0, lw=0,
                       label="headline" if i == first_heading else None).set_gid("heading")
        if i and s.paragraph != sents[i - 1].paragraph:
            ax.axvline(i - 0.5, color="#aaaaaa", lw=0.7, ls=":", zorder=0).set_gid("paragraph-break")
    _zero_line(ax)
    ax.plot(x, [s.vader.compound for s in sents], marker="o", ms=4, lw=1.4, color=_C["blue"],
            label="VADER compound")
    ax.plot(x, [s.textblob.polarity for s in sents], marker="s", ms=3.5, lw=1.2, ls="--",
            color=_C["vermillion"], label="TextBlob polarity")
    speech = _in_speech(analysis.quotes)
    quoted = [i for i, s in enumerate(sents) if any(q.start < s.end and q.end > s.start for q in speech)]
    if quoted:
        ax.plot(quoted, [1.12] * len(quoted), ls="none", marker="v", ms=6, color=_C["bluish green"],
                label="contains a quotation", gid="quote-marker")
    ax.set_xlim(-0.6, len(sents) - 0.4)
    ax.set_ylim(-1.1, 1.22)
    ax.set_yticks([-1, -0.5, 0, 0.5, 1])
    ax.xaxis.set_major_locator(MaxNLocator(nbins=min(len(x), 20), integer=True))
    ax.set_xlabel("sentence (in article order; dotted lines = paragraph breaks)")
    ax.set_ylabel("score (−1 negative … +1 positive)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=4)
    _title(ax, "Sentiment by sentence", _name(analysis))
    return ax


@plt.rc_context(STYLE)
def plot_loaded_by_category(analysis, ax=None):
    """Loaded terms per 1,000 words, by category, in the author's voice (solid) vs quoted voices (hatched).

    Each category has its colour of :mod:`biaslab.palette`, as in the
    highlighted article, and the counts (``n=``) are those of its legend.
    """
    ax = _axes(ax, (7, 3.4))
    summary = analysis.loaded_summary
    cats = [c for c in summary.counts if summary.count(category=c)]
    if not cats or not analysis.words:
        return _empty(ax, "no loaded terms found")
    cats.sort(key=lambda c: -summary.count(category=c))  # stable: ties keep the lexicon's order
    colours = [category_colour(c, cats) for c in cats]
    height = 0.38
    for j, voice in enumerate(("author", "quoted")):
        ys = [i + (j - 0.5) * height for i in range(len(cats))]
        vals = [summary.per_1000(category=c, voice=voice) for c in cats]
        # the category's own colour (as in the highlighted article); quoted voices hatched on white
        bars = ax.barh(ys, vals, height=height, color=colours if voice == "author" else "white",
                       edgecolor=colours, hatch=QUOTED_HATCH if voice == "quoted" else None, lw=1)
        counts = [summary.count(category=c, voice=voice) for c in cats]
        ax.bar_label(bars, labels=[f"n={n}" if n else "" for n in counts], padding=2, fontsize=7)
    ax.set_yticks(range(len(cats)), [c.replace("_", " ") for c in cats])
    ax.invert_yaxis()
    ax.margins(x=0.15)
    ax.set_xlabel(f"loaded terms per 1,000 words (article: {analysis.words:,} words)")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(facecolor=_GREY, edgecolor=_GREY, label="author's voice"),
                       Patch(facecolor="white", edgecolor=_GREY, hatch=QUOTED_HATCH, label="quoted voices")],
              loc="lower right")
    _title(ax, "Loaded terms by category and voice", _name(analysis))
    return ax


@plt.rc_context(STYLE)
def plot_quote_share(analysis, ax=None):
    """Share of the words in direct and partial quotations, by speaker."""
    ax = _axes(ax, (7, 2.8))
    words = Counter()
    for q in _in_speech(analysis.quotes):
        words[q.speaker or "unattributed"] += q.words
    total = sum(words.values())
    if not total:
        return _empty(ax, "no quoted words")
    speakers = [s for s, _ in words.most_common()]
    bars = ax.barh(range(len(speakers)), [100 * words[s] / total for s in speakers],
                   color=_C["blue"], height=0.6)
    ax.bar_label(bars, labels=[f"{words[s]} words" for s in speakers], padding=3, fontsize=8)
    ax.set_yticks(range(len(speakers)), speakers)
    ax.invert_yaxis()
    ax.set_xlim(0, 100 * 1.18)
    ax.set_xlabel(f"share of quoted words (%; {total} words in direct and partial quotations)")
    _title(ax, "Who is quoted", _name(analysis))
    return ax


@plt.rc_context(STYLE)
def plot_frame_profile(analysis, ax=None):
    """The article's frame profile: share of frame cues per Policy Frames Codebook frame."""
    ax = _axes(ax, (7, 3.4))
    shares = {f: v for f, v in analysis.frames.article.items() if v > 0}
    if not shares:
        return _empty(ax, "no frame cues found")
    frames = sorted(shares, key=lambda f: (-shares[f], f))
    colours = [_C["blue"] if f == analysis.frames.dominant else "#9db8d3" for f in frames]
    bars = ax.barh(range(len(frames)), [100 * shares[f] for f in frames], color=colours, height=0.6)
    ax.bar_label(bars, fmt="%.0f%%", padding=3, fontsize=8)
    ax.set_yticks(range(len(frames)), [_frame_label(f) for f in frames])
    ax.invert_yaxis()
    ax.set_xlim(0, 100 * max(shares.values()) * 1.15)
    ax.set_xlabel("share of the article's frame cues (%); dark bar = dominant frame")
    _title(ax, "Frames (Policy Frames Codebook)", _name(analysis))
    return ax


@plt.rc_context(STYLE)
def plot_actor_frames(analysis, ax=None, *, max_actors: int = 8):
    """Actor × frame heatmap: the actor's sentences counted by their primary frame.

    Rows are the ``max_actors`` most-mentioned actors; columns the frames that
    occur, in codebook order ("Other" = sentences without a frame cue).
    """
    ax = _axes(ax, (7.5, 3.6))
    from .frames import FRAME_IDS

    profiles = [p for p in sorted(analysis.actors, key=lambda p: -len(p.mentions)) if p.frames][:max_actors]
    used = {f for p in profiles for f, n in p.frames.items() if n}
    frames = [f for f in FRAME_IDS if f in used] + sorted(used - set(FRAME_IDS))
    if not profiles or not frames:
        return _empty(ax, "no actors found")
    grid = [[p.frames.get(f, 0) for f in frames] for p in profiles]
    im = ax.imshow(grid, cmap="cividis", aspect="auto", vmin=0)
    top = max(max(row) for row in grid)
    for i, row in enumerate(grid):
        for j, n in enumerate(row):
            ax.text(j, i, _fmt(n), ha="center", va="center", fontsize=8,
                    color="black" if n > top * 0.6 else "white")
    ax.set_xticks(range(len(frames)), [_frame_label(f, short=True) for f in frames], rotation=35, ha="right")
    ax.set_yticks(range(len(profiles)), [p.name for p in profiles])
    ax.spines[:].set_visible(False)
    ax.figure.colorbar(im, ax=ax, label="sentences mentioning the actor\nwith this primary frame", shrink=0.9)
    _title(ax, "Primary frame of the sentences naming each actor", _name(analysis))
    return ax


# -- comparisons -----------------------------------------------------------------------
def _scaled(values: Mapping[str, float], ends: Mapping[str, tuple[float, float]] | None = None) -> dict[str, tuple]:
    """key → ``(scaled, raw)``, or ``(scaled, raw, (low, high))`` where ``ends`` holds an interval:
    everything divided by the largest absolute value or interval end (all 0 when every one is 0)."""
    ends = ends or {}
    top = max((abs(v) for v in [*values.values(), *(e for pair in ends.values() for e in pair)]), default=0) or 1
    return {k: (v / top, v, *([(ends[k][0] / top, ends[k][1] / top)] if k in ends else [])) for k, v in values.items()}


#: Interval lines: in the series' colour, lighter than its markers, so the markers stay the data.
_INTERVAL_STYLE = {"lw": 1.6, "alpha": 0.55, "zorder": 2}
#: Said under a figure that draws intervals.
_INTERVAL_NOTE = "lines: 95 % intervals (bootstrap over sentences)"


def _ends(df) -> dict:
    """``group → (low, high)`` of the rows that have an interval."""
    import pandas as pd

    if "low" not in df or "high" not in df:
        return {}
    lows, highs = pd.to_numeric(df["low"], errors="coerce"), pd.to_numeric(df["high"], errors="coerce")
    return {g: (lo, hi) for g, lo, hi in zip(df["group"], lows, highs) if pd.notna(lo) and pd.notna(hi)}


def _dot_plot(ax, points: Mapping[tuple[str, str], tuple], rows: Sequence[str],
              groups: Sequence[str], *, xlabel: str) -> None:
    """One row per ``rows`` entry, one marker per group within it.

    ``points[(row, group)]`` as :func:`_scaled` gives: the marker sits at the
    scaled value (in [-1, 1]), the raw value is printed beside it, and a line
    (gid ``interval``) spans the scaled interval, if any.
    """
    span = {k: p[2] if len(p) > 2 else (p[0], p[0]) for k, p in points.items()}
    step = 0.7 / max(len(groups), 1)
    handles = []
    for g, group in enumerate(groups):
        keys = [(r, row) for r, row in enumerate(rows) if (row, group) in points]
        xs = [points[(row, group)][0] for _, row in keys]
        ys = [r + (g - (len(groups) - 1) / 2) * step for r, _ in keys]
        colour = _SERIES[g % len(_SERIES)]
        lines = [(y, *points[(row, group)][2]) for y, (_, row) in zip(ys, keys) if len(points[(row, group)]) > 2]
        if lines:
            ax.hlines(*zip(*lines), color=colour, **_INTERVAL_STYLE).set_gid("interval")
        handles += ax.plot(xs, ys, ls="none", marker=_MARKERS[g % len(_MARKERS)], ms=6, color=colour, label=group,
                           zorder=3)
        for y, (_, row) in zip(ys, keys):  # beyond the interval, where the number cannot cover it
            ax.annotate(_fmt(points[(row, group)][1]), (span[(row, group)][1], y), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=7)
    for r in range(1, len(rows)):
        ax.axhline(r - 0.5, color="#e3e3e3", lw=0.6, zorder=0).set_gid("row-separator")
    _zero_line(ax, vertical=True)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(-1.15 if any(low < 0 for low, _ in span.values()) else -0.05, 1.3)
    ax.set_xlabel(xlabel)
    # beside the axes, where it can neither hide a marker nor collide with the x label
    ax.legend(handles, [textwrap.fill(g, 24) for g in groups], loc="upper left", bbox_to_anchor=(1.01, 1),
              handletextpad=0.3)


def _comparison_frame(analysis_or_df, actors):
    import pandas as pd

    if isinstance(analysis_or_df, pd.DataFrame):
        df = analysis_or_df
        ids = list(df["article_id"].astype(str).unique()) if "article_id" in df else []
        if len(ids) > 1:
            return df, f"{len(ids)} articles", "Corpus"
        name = ids[0] if ids else "comparison table"
    else:
        from .actors import default_actors
        from .comparison import compare

        if actors is None:
            actors = default_actors(analysis_or_df, n=4)
        df = compare(analysis_or_df, actors)
        name = _name(analysis_or_df)
    return df, name, "Article"


#: The measures :func:`plot_actor_comparison` shows by default (names from
#: :data:`biaslab.comparison.MEASURES`): space, voice, agency, tone and labels.
ACTOR_MEASURES = ("mentions", "quoted_words", "agency_subject", "tone_vader_mean", "loaded_descriptors")


@plt.rc_context(STYLE)
def plot_actor_comparison(analysis_or_df, actors: Sequence[str] | None = None, ax=None,
                          *, measures: Sequence[str] | None = None):
    """Actors side by side on several measures (a tidy :func:`biaslab.compare` frame or an analysis).

    Each measure is scaled by its largest absolute value across the actors,
    so mentions (a count) and tone (−1 to +1) can share one axis; the raw
    value is printed next to each marker. ``actors``: names or aliases for
    an analysis (default: the four most-mentioned actors), canonical names to
    keep for a frame (default: all). ``measures`` defaults to
    :data:`ACTOR_MEASURES` (those present); only numeric values are drawn. A frame from
    :func:`biaslab.compare_articles` gets one marker per actor and article.
    """
    import pandas as pd

    df, name, kind = _comparison_frame(analysis_or_df, actors)
    ax = _axes(ax, (7.5, 4.2))
    if actors is not None and isinstance(analysis_or_df, pd.DataFrame):  # compare() already chose them
        df = df[df["actor"].astype(str).str.casefold().isin({a.casefold() for a in actors})]
    df = df.assign(value=pd.to_numeric(df["value"], errors="coerce")).dropna(subset=["value"])
    present = list(dict.fromkeys(df["measure"]))
    wanted = measures if measures is not None else [m for m in ACTOR_MEASURES if m in present] or present
    order = [m for m in wanted if m in present]
    if not order:
        return _empty(ax, "nothing to compare")
    several = "article_id" in df and df["article_id"].nunique() > 1
    df = df.assign(group=df["actor"].astype(str) + (" · " + df["article_id"].astype(str) if several else ""))
    units = dict(zip(df["measure"], df["unit"].fillna("").astype(str))) if "unit" in df else {}
    clear = set(df.loc[df["clear"].eq(True), "measure"]) if "clear" in df else set()
    rows = {m: (f"{m.replace('_', ' ')}\n[{units[m]}]" if units.get(m) else m.replace("_", " "))
            + (" *" if m in clear else "") for m in order}
    points = {}
    for m in order:
        sub = df[df["measure"] == m]
        raw = dict(zip(sub["group"], sub["value"].astype(float)))
        points.update({(rows[m], g): point for g, point in _scaled(raw, _ends(sub)).items()})
    notes = [_INTERVAL_NOTE] if any(len(p) > 2 for p in points.values()) else []
    notes += ["* clear difference between the two (p < 0.05, adjusted)"] if clear else []
    _dot_plot(ax, points, list(rows.values()), list(dict.fromkeys(df.loc[df["measure"].isin(order), "group"])),
              xlabel="\n".join(["value ÷ largest absolute value of that measure (raw values printed)", *notes]))
    _title(ax, "Actors compared", name, kind=kind)
    return ax


def _quoted_share(a) -> float:
    return 100 * sum(q.words for q in _in_speech(a.quotes)) / a.words if a.words else 0.0


def _loaded_per_k(voice: str) -> Callable:
    from .lexicon import density

    return lambda a: density(a.loaded_terms, a.words).per_1000(voice=voice)


#: Article-level measures for :func:`plot_articles`: key -> (label, unit, function of an analysis).
ARTICLE_MEASURES: dict[str, tuple[str, str, Callable]] = {
    "vader_mean": ("VADER compound, mean", "−1 to +1", lambda a: a.sentiment.vader_mean),
    "polarity_mean": ("TextBlob polarity, mean", "−1 to +1", lambda a: a.sentiment.polarity_mean),
    "loaded_author_per_1000": ("loaded terms, author's voice", "per 1,000 words", _loaded_per_k("author")),
    "loaded_quoted_per_1000": ("loaded terms, quoted voices", "per 1,000 words", _loaded_per_k("quoted")),
    "scare_quotes": ("scare quotes", "count", lambda a: sum(q.kind == "scare" for q in a.quotes)),
    "quoted_share": ("words in quotations", "% of words", _quoted_share),
}


#: Measures of :data:`ARTICLE_MEASURES` drawn with an interval (the samples of
#: :func:`biaslab.comparison.article_samples` of that name) -> factor to the plotted unit.
_ARTICLE_INTERVALS = {"vader_mean": 1, "polarity_mean": 1, "loaded_author_per_1000": 1, "loaded_quoted_per_1000": 1,
                      "quoted_share": 100}


def _article_ends(analyses: Sequence, measure: str, values: Sequence[float]) -> list[tuple[float, float] | None]:
    """The 95 % interval of ``measure`` for each analysis, holding the value drawn (None where there is none)."""
    from .comparison import article_samples
    from .uncertainty import interval

    if measure not in _ARTICLE_INTERVALS:
        return [None] * len(analyses)
    factor = _ARTICLE_INTERVALS[measure]
    out = []
    for a, v in zip(analyses, values):
        iv = interval(article_samples(a)[measure])
        out.append((min(iv.low * factor, v), max(iv.high * factor, v)) if iv.enough else None)
    return out


@plt.rc_context(STYLE)
def plot_articles(analyses: Sequence, measures: str | Sequence[str] = ("loaded_author_per_1000", "scare_quotes",
                                                                       "vader_mean"), ax=None):
    """Compare articles (one row each) on one measure (bars) or several (scaled markers).

    ``measures`` are keys of :data:`ARTICLE_MEASURES`. With several, each
    measure is scaled by its largest absolute value (or interval end) across
    the articles and the raw value is printed beside each marker. Densities,
    shares and means carry a line for their 95 % interval (gid ``interval``;
    bootstrap over sentences, see :mod:`biaslab.uncertainty`; none for
    articles under ten sentences).
    """
    measures = [measures] if isinstance(measures, str) else list(measures)
    unknown = [m for m in measures if m not in ARTICLE_MEASURES]
    if unknown or not measures:
        raise ValueError(f"unknown measure(s) {unknown}; choose from {', '.join(ARTICLE_MEASURES)}")
    analyses = list(analyses)
    ax = _axes(ax, (7.5, 1.6 + (0.35 if len(measures) == 1 else 0.6) * max(len(analyses), 2)))
    if not analyses:
        return _empty(ax, "no articles")
    names = [textwrap.shorten(a.article.id, 40, placeholder="…") for a in analyses]
    names = [f"{n} ({i + 1})" if names.count(n) > 1 else n for i, n in enumerate(names)]
    source = f"{len(analyses)} article{'s' if len(analyses) != 1 else ''}"
    if len(measures) == 1:
        label, unit, fn = ARTICLE_MEASURES[measures[0]]
        values = [fn(a) for a in analyses]
        ends = _article_ends(analyses, measures[0], values)
        ax.barh(range(len(names)), values, color=_C["blue"], height=0.6)
        lines = [(i, *e) for i, e in enumerate(ends) if e is not None]
        if lines:
            ax.hlines(*zip(*lines), color=_C["black"], **_INTERVAL_STYLE).set_gid("interval")
        for i, (v, e) in enumerate(zip(values, ends)):  # the value beyond the bar and its interval
            x = (max(v, e[1]) if v >= 0 else min(v, e[0])) if e else v
            ax.annotate(_fmt(v), (x, i), xytext=(3 if v >= 0 else -3, 0), textcoords="offset points",
                        ha="left" if v >= 0 else "right", va="center", fontsize=8)
        ax.set_yticks(range(len(names)), names)
        ax.set_ylim(len(names) - 0.5, -0.5)
        ax.margins(x=0.15)
        _zero_line(ax, vertical=True)
        ax.set_xlabel(f"{label} ({unit})" + (f"\n{_INTERVAL_NOTE}" if lines else ""))
        _title(ax, f"Articles compared: {label}", source, kind="Corpus")
        return ax
    points = {}
    groups = []
    for m in measures:
        label, unit, fn = ARTICLE_MEASURES[m]
        groups.append(f"{label} ({unit})")
        raw = {n: float(fn(a)) for n, a in zip(names, analyses)}
        ends = {n: e for n, e in zip(names, _article_ends(analyses, m, list(raw.values()))) if e is not None}
        points.update({(n, groups[-1]): point for n, point in _scaled(raw, ends).items()})
    notes = [_INTERVAL_NOTE] if any(len(p) > 2 for p in points.values()) else []
    _dot_plot(ax, points, names, groups, xlabel="\n".join(
        ["value ÷ largest absolute value of that measure across articles (raw values printed)", *notes]))
    _title(ax, "Articles compared", source, kind="Corpus")
    return ax


@plt.rc_context(STYLE)
def plot_loaded_by_voice(analyses: Sequence, ax=None):
    """Loaded terms per 1,000 words of each article, in the author's voice and in quoted voices,
    with 95 % intervals (:func:`biaslab.coverage.loaded_by_voice`): one row per article."""
    import math

    from .coverage import loaded_by_voice

    analyses = list(analyses)
    ax = _axes(ax, (7.5, 1.4 + 0.55 * max(len(analyses), 2)))
    if not analyses:
        return _empty(ax, "no articles")
    table = loaded_by_voice(analyses)
    names = list(dict.fromkeys(table["article"]))
    for j, (voice, label, marker) in enumerate((("author", "author's voice", "o"), ("quoted", "quoted voices", "s"))):
        sub = table[table["voice"] == voice].set_index("article").loc[names]
        ys = [i + (j - 0.5) * 0.3 for i in range(len(names))]
        xs = sub["per_1000"].astype(float).tolist()
        lows = [x - lo if not math.isnan(lo) else 0 for x, lo in zip(xs, sub["low"].astype(float))]
        highs = [hi - x if not math.isnan(hi) else 0 for x, hi in zip(xs, sub["high"].astype(float))]
        colour = _SERIES[j]
        ax.errorbar(xs, ys, xerr=[lows, highs], fmt=marker, color=colour, ecolor=colour, elinewidth=1.2,
                    capsize=3, ms=6, label=label, mfc=colour if voice == "author" else "white")
        for x, y, n in zip(xs, ys, sub["count"]):
            ax.annotate(f"{x:.1f} (n={int(n)})", (x, y), xytext=(6, 4), textcoords="offset points", fontsize=7)
    ax.set_yticks(range(len(names)), [textwrap.shorten(n, 40, placeholder="…") for n in names])
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.margins(x=0.2)
    ax.set_xlabel("loaded terms per 1,000 words (bars: 95 % interval)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    _title(ax, "Loaded language by voice", f"{len(analyses)} articles", kind="Corpus")
    return ax


# -- saving --------------------------------------------------------------------------------
_SLUG = re.compile(r"[^a-z0-9]+")


def save_figure(fig_or_ax, name: str, *, out_dir: str | Path = "reports/figures") -> list[Path]:
    """Write ``<slug>.png`` (200 dpi) and ``<slug>.svg`` into ``out_dir``; return both paths.

    The slug is ``name`` in lower case with every run of other characters
    replaced by one hyphen ("Sentiment arc: Putin" -> ``sentiment-arc-putin``).
    """
    slug = _SLUG.sub("-", name.casefold()).strip("-")
    if not slug:
        raise ValueError(f"figure name {name!r} has no letters or digits to build a file name from")
    fig = getattr(fig_or_ax, "figure", fig_or_ax)
    fig = fig.get_figure(root=True) if hasattr(fig, "get_figure") else fig
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{slug}.png", out / f"{slug}.svg"]
    with plt.rc_context({"svg.hashsalt": "biaslab"}):
        fig.savefig(paths[0], dpi=PNG_DPI)
        fig.savefig(paths[1], metadata={"Date": None})
    return paths
