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

Colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design",
https://jfly.uni-koeln.de/color/), shared with :mod:`biaslab.render`, and the
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

from .quotes import SPEECH_KINDS
from .render import OKABE_ITO

__all__ = [
    "plot_sentiment_arc", "plot_actor_comparison", "plot_loaded_by_category", "plot_frame_profile",
    "plot_actor_frames", "plot_quote_share", "plot_articles", "save_figure", "ARTICLE_MEASURES",
    "ACTOR_MEASURES", "STYLE",
]

_C = OKABE_ITO
#: Series colours in order (yellow left out: too light for lines and markers on white).
_SERIES = [_C[k] for k in ("blue", "vermillion", "bluish green", "reddish purple", "orange", "sky blue", "black")]
#: One marker shape per series, so series differ without colour too (greyscale print).
_MARKERS = "osD^vP*"
#: Reference lines and notes: mid grey, visible but quieter than the data.
_GREY = "#666666"

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
    """Loaded terms per 1,000 words, by category, in the author's voice vs quoted voices."""
    from .lexicon import density

    ax = _axes(ax, (7, 3.4))
    summary = density(analysis.loaded_terms, analysis.words)
    cats = [c for c in summary.counts if summary.count(category=c)]
    if not cats or not analysis.words:
        return _empty(ax, "no loaded terms found")
    cats.sort(key=lambda c: -summary.count(category=c))  # stable: ties keep the lexicon's order
    height = 0.38
    for j, (voice, label, colour, hatch) in enumerate((
            ("author", "author's voice", _C["vermillion"], None),
            ("quoted", "quoted voices", _C["sky blue"], "//"))):
        ys = [i + (j - 0.5) * height for i in range(len(cats))]
        vals = [summary.per_1000(category=c, voice=voice) for c in cats]
        bars = ax.barh(ys, vals, height=height, color=colour, hatch=hatch, edgecolor="white", label=label)
        ax.bar_label(bars, labels=[f"n={summary.count(category=c, voice=voice)}" for c in cats],
                     padding=2, fontsize=7)
    ax.set_yticks(range(len(cats)), [c.replace("_", " ") for c in cats])
    ax.invert_yaxis()
    ax.margins(x=0.15)
    ax.set_xlabel(f"loaded terms per 1,000 words (article: {analysis.words:,} words)")
    ax.legend(loc="lower right")
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
def _scaled(values: Mapping[str, float]) -> dict[str, float]:
    """Each value divided by the largest absolute value (all 0 when every value is 0)."""
    top = max((abs(v) for v in values.values()), default=0) or 1
    return {k: v / top for k, v in values.items()}


def _dot_plot(ax, points: Mapping[tuple[str, str], tuple[float, float]], rows: Sequence[str],
              groups: Sequence[str], *, xlabel: str) -> None:
    """One row per ``rows`` entry, one marker per group within it.

    ``points[(row, group)] = (scaled, raw)``: the marker sits at ``scaled``
    (in [-1, 1]) and ``raw`` is printed beside it.
    """
    step = 0.7 / max(len(groups), 1)
    for g, group in enumerate(groups):
        keys = [(r, row) for r, row in enumerate(rows) if (row, group) in points]
        xs = [points[(row, group)][0] for _, row in keys]
        ys = [r + (g - (len(groups) - 1) / 2) * step for r, _ in keys]
        ax.plot(xs, ys, ls="none", marker=_MARKERS[g % len(_MARKERS)], ms=6,
                color=_SERIES[g % len(_SERIES)], label=group)
        for x, y, (_, row) in zip(xs, ys, keys):
            ax.annotate(_fmt(points[(row, group)][1]), (x, y), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=7)
    for r in range(1, len(rows)):
        ax.axhline(r - 0.5, color="#e3e3e3", lw=0.6, zorder=0).set_gid("row-separator")
    _zero_line(ax, vertical=True)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(-1.15 if any(x < 0 for x, _ in points.values()) else -0.05, 1.3)
    ax.set_xlabel(xlabel)
    # beside the axes, where it can neither hide a marker nor collide with the x label
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), handletextpad=0.3,
              labels=[textwrap.fill(g, 24) for g in groups])


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
    rows = {m: f"{m.replace('_', ' ')}\n[{units[m]}]" if units.get(m) else m.replace("_", " ") for m in order}
    points = {}
    for m in order:
        sub = df[df["measure"] == m]
        raw = dict(zip(sub["group"], sub["value"].astype(float)))
        points.update({(rows[m], group): (x, raw[group]) for group, x in _scaled(raw).items()})
    _dot_plot(ax, points, list(rows.values()), list(dict.fromkeys(df.loc[df["measure"].isin(order), "group"])),
              xlabel="value ÷ largest absolute value of that measure (raw values printed)")
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


@plt.rc_context(STYLE)
def plot_articles(analyses: Sequence, measures: str | Sequence[str] = ("loaded_author_per_1000", "scare_quotes",
                                                                       "vader_mean"), ax=None):
    """Compare articles (one row each) on one measure (bars) or several (scaled markers).

    ``measures`` are keys of :data:`ARTICLE_MEASURES`. With several, each
    measure is scaled by its largest absolute value across the articles and
    the raw value is printed beside each marker.
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
        bars = ax.barh(range(len(names)), values, color=_C["blue"], height=0.6)
        ax.bar_label(bars, labels=[_fmt(v) for v in values], padding=3, fontsize=8)
        ax.set_yticks(range(len(names)), names)
        ax.set_ylim(len(names) - 0.5, -0.5)
        ax.margins(x=0.15)
        _zero_line(ax, vertical=True)
        ax.set_xlabel(f"{label} ({unit})")
        _title(ax, f"Articles compared: {label}", source, kind="Corpus")
        return ax
    points = {}
    groups = []
    for m in measures:
        label, unit, fn = ARTICLE_MEASURES[m]
        groups.append(f"{label} ({unit})")
        raw = {n: float(fn(a)) for n, a in zip(names, analyses)}
        points.update({(n, groups[-1]): (x, raw[n]) for n, x in _scaled(raw).items()})
    _dot_plot(ax, points, names, groups,
              xlabel="value ÷ largest absolute value of that measure across articles (raw values printed)")
    _title(ax, "Articles compared", source, kind="Corpus")
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
