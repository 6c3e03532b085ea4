"""Several articles side by side: the tables, findings and page of a corpus report.

Given analyses of several articles (say three outlets on one event), these
functions set the measures of each article next to the others, one column
per article:

* :func:`loaded_by_voice` — loaded terms per 1,000 words in the author's and
  in quoted voices, with 95 % intervals;
* :func:`speaker_table` — each speaker's share of the quoted words;
* :func:`tone_table` — the tone toward each actor (or of the sentences that
  mention it);
* :func:`frame_table` — each article's frame profile;
* :func:`coverage_lines` — findings in words, each generated from the
  numbers of the articles given (nothing is written in advance);
* :func:`side_by_side` — the highlighted articles next to each other.

Intervals and tests come from :func:`biaslab.comparison.compare_loaded`
(bootstrap over sentences, permutation tests between articles; see
:mod:`biaslab.uncertainty`). Articles are labelled by their id.

Limits: a corpus of a few articles is a handful of authors' choices on a
few days; differences between outlets need many articles each before they
say anything about the outlet.
"""
from __future__ import annotations

import html
from collections.abc import Sequence

from .display import Rendered

__all__ = ["sources_table", "loaded_by_voice", "speaker_table", "tone_table", "frame_table", "coverage_lines", "side_by_side",
           "SideBySide", "article_label", "needs_several"]


def article_label(analysis) -> str:
    """The column label of an article: its id."""
    return str(analysis.article.id)


def needs_several(analyses) -> str | None:
    """A note when there are fewer than two articles to compare, else None."""
    n = len(list(analyses))
    if n >= 2:
        return None
    return ("Comparing coverage needs two or more articles; this run has "
            f"{'one' if n == 1 else 'none'}. Give more with `biaslab report --article A --article B` "
            "or the COMPARISON parameter. The tables below show the one article alone.")


def sources_table(analyses, *, width: int = 180):
    """Where each text comes from: id, title, outlet, date, words, and its
    provenance shortened to ``width`` characters (the full text is in the file)."""
    import textwrap

    import pandas as pd

    rows = [{"id": article_label(a), "title": a.article.title, "outlet": a.article.outlet, "date": a.article.date,
             "words": a.words,
             "provenance": textwrap.shorten(a.article.provenance or "", width, placeholder=" …")}
            for a in analyses]
    return pd.DataFrame(rows, columns=["id", "title", "outlet", "date", "words", "provenance"]).set_index("id")


def loaded_by_voice(analyses):
    """Loaded terms per 1,000 words by article and voice, with a 95 % interval.

    One row per article × voice (``author``, ``quoted``): ``article``,
    ``voice``, ``per_1000``, ``low``, ``high`` (NaN where there is no
    interval), ``count`` (terms), ``words``, and ``clear`` (a clear
    difference from the first article, where :mod:`biaslab.comparison`
    tests it; else missing).
    """
    import pandas as pd

    from .comparison import compare_loaded

    analyses = list(analyses)
    columns = ["article", "voice", "per_1000", "low", "high", "count", "words", "clear"]
    if not analyses:
        return pd.DataFrame(columns=columns)
    table = compare_loaded(analyses, against=article_label(analyses[0]) if len(analyses) > 1 else None)
    table = table[(table["category"] == "all") & table["voice"].isin(["author", "quoted"])]
    return pd.DataFrame({"article": table["article_id"], "voice": table["voice"], "per_1000": table["value"],
                         "low": table["low"], "high": table["high"], "count": table["count"].astype(int),
                         "words": table["words"].astype(int), "clear": table["clear"]},
                        columns=columns).reset_index(drop=True)


def speaker_table(analyses):
    """Share of each article's quoted words (direct and partial quotations)
    by speaker, in % (rows: speakers, most-quoted first; columns: articles;
    0 where a speaker is not quoted; "unattributed" for quotations without one)."""
    import pandas as pd

    from .quotes import SPEECH_KINDS

    data = {}
    for a in analyses:
        words: dict[str, int] = {}
        for q in a.quotes:
            if q.kind in SPEECH_KINDS:
                words[q.speaker or "unattributed"] = words.get(q.speaker or "unattributed", 0) + q.words
        total = sum(words.values())
        data[article_label(a)] = {s: round(100 * w / total, 1) for s, w in words.items()} if total else {}
    table = pd.DataFrame(data).fillna(0.0)
    if table.empty:
        return pd.DataFrame(columns=list(data))
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table.index.name = "speaker (% of quoted words)"
    return table


#: The tone measures :func:`tone_table` shows, with the name of its index.
TONE_MEASURES = {"tone_toward": "tone toward the actor (−1 to +1)",
                 "tone_vader_mean": "tone of its sentences (VADER, −1 to +1)"}


def tone_table(analyses, actors: Sequence[str], *, measure: str = "tone_toward"):
    """Tone toward each actor (``measure="tone_toward"``: P(positive) −
    P(negative) by :mod:`biaslab.actors.tone`, −1 to +1) or of the sentences
    mentioning it (``"tone_vader_mean"``: VADER compound, −1 to +1); rows:
    actors, columns: articles; with the 95 % interval in brackets where
    :func:`biaslab.comparison.compare_articles` gives one; "–" where the
    article never mentions the actor."""
    if measure not in TONE_MEASURES:
        raise ValueError(f"measure must be one of {', '.join(TONE_MEASURES)}, not {measure!r}")
    import pandas as pd

    from .comparison import compare_articles

    analyses = list(analyses)
    df = compare_articles(analyses, list(actors))
    df = df[df["measure"] == measure]
    labels = {str(a.article.id): article_label(a) for a in analyses}
    cells: dict[str, dict[str, str]] = {}
    for r in df.to_dict(orient="records"):
        value, low, high = r["value"], r.get("low"), r.get("high")
        if value is None or value != value:
            text = "–"
        elif low is not None and high is not None and low == low and high == high:
            text = f"{value:+.2f} ({low:+.2f} to {high:+.2f})"
        else:
            text = f"{value:+.2f}"
        cells.setdefault(labels.get(str(r["article_id"]), str(r["article_id"])), {})[r["actor"]] = text
    table = pd.DataFrame(cells).reindex(columns=[article_label(a) for a in analyses])
    table.index.name = TONE_MEASURES[measure]
    return table.fillna("–")


def frame_table(analyses):
    """Each article's frame profile: share of its frame cues per Policy Frames
    Codebook frame, in % (rows: frames that occur; columns: articles)."""
    import pandas as pd

    from .frames import FRAMES

    labels = {f.id: f.label for f in FRAMES}
    data = {article_label(a): {labels.get(f, f): round(100 * v, 1) for f, v in a.frames.article.items() if v > 0}
            for a in analyses}
    table = pd.DataFrame(data).fillna(0.0)
    if table.empty:
        return pd.DataFrame(columns=list(data))
    table = table.loc[table.max(axis=1).sort_values(ascending=False, kind="stable").index]
    table.index.name = "frame (% of cues)"
    return table


def _range(row) -> str:
    if row["low"] == row["low"] and row["high"] == row["high"]:
        return f"{row['per_1000']:.1f} per 1,000 words, 95 % interval {row['low']:.1f}–{row['high']:.1f}"
    return f"{row['per_1000']:.1f} per 1,000 words"


def coverage_lines(analyses, actors: Sequence[str] = ()) -> list[str]:
    """Findings across articles, each computed from their numbers."""
    analyses = list(analyses)
    if len(analyses) < 2:
        return [needs_several(analyses)]
    lines = []
    table = loaded_by_voice(analyses)
    author = table[table["voice"] == "author"].sort_values("per_1000", ascending=False, kind="stable")
    top, low = author.iloc[0], author.iloc[-1]
    if top["per_1000"] == low["per_1000"]:
        lines.append(f"All {len(analyses)} articles use loaded language in the author's voice at the same rate: "
                     f"{_range(top)}.")
    else:
        overlap = top["low"] <= low["high"] if top["low"] == top["low"] and low["high"] == low["high"] else None
        verdict = {True: "their intervals overlap, so this is no clear difference",
                   False: "their intervals do not overlap"}.get(overlap, "no interval to judge the difference by")
        lines.append(f"Loaded language in the author's voice is densest in {top['article']} ({_range(top)}) and "
                     f"sparsest in {low['article']} ({_range(low)}); {verdict}.")
    scare = {article_label(a): sum(q.kind == "scare" for q in a.quotes) for a in analyses}
    if any(scare.values()):
        most = max(scare, key=scare.get)
        none = [k for k, v in scare.items() if not v]
        lines.append(f"{most} uses the most scare quotes ({scare[most]})"
                     + (f"; {', '.join(none)} {'uses' if len(none) == 1 else 'use'} none." if none else "."))
    else:
        lines.append("None of the articles uses scare quotes.")
    speakers = speaker_table(analyses)
    for label in speakers.columns:
        column = speakers[label]
        if column.max() > 0:
            lines.append(f"In {label}, {column.idxmax()} has the largest share of the quoted words "
                         f"({column.max():.0f} %).")
    for actor in actors:
        tones = tone_table(analyses, [actor]).iloc[0]
        shown = {k: v for k, v in tones.items() if v != "–"}
        if len(shown) >= 2:
            values = {k: float(v.split()[0].replace("−", "-")) for k, v in shown.items()}
            hi, lo = max(values, key=values.get), min(values, key=values.get)
            lines.append(f"The tone toward {actor} is most positive in {hi} ({values[hi]:+.2f}) and most "
                         f"negative in {lo} ({values[lo]:+.2f}), on a scale of −1 to +1.")
    from .frames import FRAMES

    labels = {f.id: f.label for f in FRAMES}
    frames = {article_label(a): labels.get(a.frames.dominant, a.frames.dominant) for a in analyses}
    if len(set(frames.values())) == 1:
        lines.append(f"Every article has the same dominant frame: {next(iter(frames.values()))}.")
    else:
        lines.append("Dominant frames differ: " + "; ".join(f"{k}: {v}" for k, v in frames.items()) + ".")
    return lines


class SideBySide(Rendered):
    """The highlighted articles next to each other (HTML), or one after the
    other with their loaded terms in bold (Markdown, for PDF)."""


def side_by_side(analyses) -> SideBySide:
    """The highlighted articles in columns (two or three per row, by the width of the page)."""
    from .render import render_analysis
    from .reports import highlighted

    analyses = list(analyses)
    columns = "".join(f'<div class="biaslab-column"><div class="biaslab-column-label">{html.escape(article_label(a))}'
                      f"</div>{render_analysis(a)}</div>" for a in analyses)
    page = ('<style>.biaslab-columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(21em,1fr));gap:1em;'
            "align-items:start}.biaslab-columns .biaslab-doc{font-size:14px;max-width:none}"
            ".biaslab-column-label{font:bold 13px/1.4 system-ui,sans-serif;margin:0 0 .3em}</style>"
            f'<div class="biaslab-columns">{columns}</div>')
    return SideBySide(page, "\n\n".join(highlighted(a).markdown for a in analyses))
