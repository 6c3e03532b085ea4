"""Highlighted article HTML, in the style of spaCy's displaCy.

Method
------
An article is drawn as paragraphs (``<p>``) with four optional layers of
marked spans:

* ``loaded`` — a loaded term, on a background tint chosen by its category;
  the tooltip gives the category, the rationale, a neutral alternative and
  whose voice it is in (the author's or a quoted speaker's);
* ``scare`` — scare quotes, drawn with a black dashed border and a "scare
  quote" label, so distancing quotation marks stand out from reported speech;
* ``quote`` — reported speech, underlined in its speaker's colour; the tooltip
  gives the speaker, the reporting verb (cue) and the kind of quotation;
* ``actor`` — (optional) mentions of an actor, with a dotted outline.

Spans may overlap or nest arbitrarily. They are rendered as properly nested
HTML by walking the boundary points of all spans inside a paragraph with a
stack of open elements: when a span ends while spans opened after it are still
running, those are closed and reopened right after, so tags never cross. A
span that crosses a paragraph break (a multi-paragraph quotation) is split
into one element per paragraph. Its label is written once, where it ends.

Colours come from :mod:`biaslab.palette` (colour-blind-safe Okabe–Ito hues),
shared with the figures of :mod:`biaslab.plots`: each loaded-term category
has one fixed tint on every page and for every article, the same hue as its
bars in the charts. Colour is never the only cue: every mark also has a text
label and a tooltip, and each layer has its own line style. The legend of
:func:`render_analysis` counts the loaded terms of each category exactly as
:func:`biaslab.plots.plot_loaded_by_category` does (scare quotes included
under their category, ``doubt``).

Safety: every fragment of article text, every label, title, tooltip and
attribute value is escaped with ``html.escape(..., quote=True)``; ``$`` is
written as ``&#36;`` and the article sits in an element with the classes
``tex2jax_ignore mathjax_ignore``, so MathJax in Jupyter leaves "$5 million"
alone. The output contains no script and fetches nothing (no CDN, web fonts
or remote images); a standalone page also declares a Content-Security-Policy
that forbids any such fetch.

Limits: tooltips use the ``title`` attribute (shown on hover by browsers and
JupyterLab, not on touch screens or in print); with more than six speakers
colours repeat (labels and tooltips still tell them apart).
"""
from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .palette import LINE_ORDER, OKABE_ITO, SCARE_COLOUR, category_tint
from .segmentation import paragraphs  # pure text splitting: no analysis needed

__all__ = [
    "RenderSpan", "LAYERS", "OKABE_ITO", "render_spans", "spans_from_analysis",
    "render_analysis", "summary_view", "SummaryView",
]

#: Scare quotes get a fixed colour no speaker has (black) and a dashed border.
_SCARE_COLOUR = SCARE_COLOUR

#: The layers, outermost first: when two spans cover the same characters, the
#: quotation wraps the scare quote, which wraps the actor mention, which wraps
#: the loaded term (so the term's background sits inside the underline).
LAYERS = ("quote", "scare", "actor", "loaded")
_LAYER_RANK = {name: i for i, name in enumerate(LAYERS)}
_LAYER_TITLES = {"loaded": "Loaded terms (by category)", "scare": "Scare quotes (a doubt device)",
                 "quote": "Quotations (by speaker)", "actor": "Actor mentions"}


@dataclass(frozen=True, slots=True)
class RenderSpan:
    """One marked span: characters ``start``–``end`` (end exclusive) of the text.

    ``layer`` is one of :data:`LAYERS`; ``label`` is the short text shown after
    the span; ``color_key`` picks the colour within the layer (the category,
    speaker or actor; equal keys get equal colours); ``tooltip`` is shown on hover.
    """

    start: int
    end: int
    layer: str
    label: str
    color_key: str
    tooltip: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _esc(value: object) -> str:
    """Escape text for HTML content and attribute values; ``$`` too (MathJax)."""
    return html.escape(str(value), quote=True).replace("$", "&#36;")


def _colour_maps(spans: Sequence[RenderSpan]) -> dict[str, dict[str, str]]:
    """Colour per (layer, color_key): loaded-term categories get their fixed
    tint (:mod:`biaslab.palette`); speakers and actors line colours in order
    of first appearance."""
    maps: dict[str, dict[str, str]] = {layer: {} for layer in LAYERS}
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    categories = list(dict.fromkeys(s.color_key for s in ordered if s.layer == "loaded"))
    for span in ordered:
        keys = maps[span.layer]
        if span.color_key in keys:
            continue
        if span.layer == "loaded":
            keys[span.color_key] = category_tint(span.color_key, categories)
        elif span.layer == "scare":
            keys[span.color_key] = _SCARE_COLOUR
        else:
            keys[span.color_key] = LINE_ORDER[len(keys) % len(LINE_ORDER)]
    return maps


# -- templates ---------------------------------------------------------------------
#: Every rule is scoped to biaslab's own classes, so the page or notebook around
#: the output is untouched. The container sets its own background and text
#: colour, which keeps it readable in dark JupyterLab themes; the generous line
#: height leaves room for the labels between lines.
_CSS = """
.biaslab-doc{background:#fff;color:#1b1b1b;font-family:Georgia,'Times New Roman',serif;
 font-size:16px;line-height:2.1;max-width:46em;padding:1em 1.25em;border:1px solid #ddd;border-radius:4px}
.biaslab-doc h2{font-size:1.35em;line-height:1.3;margin:0 0 .2em;color:#1b1b1b}
.biaslab-doc .bl-caption{font:13px/1.4 system-ui,sans-serif;color:#555;margin:0 0 1em}
.biaslab-doc p{margin:0 0 .9em}
.biaslab-doc p.bl-heading{font-weight:bold}
.biaslab-doc .bl-span{color:inherit;padding:.1em .05em;border-radius:2px}
.biaslab-doc .bl-scare{background:transparent;padding:0 .15em}
.biaslab-doc .bl-quote{background:transparent;
 text-decoration-thickness:2px;text-underline-offset:.28em;text-decoration-skip-ink:none}
.biaslab-doc .bl-actor{background:transparent;outline-offset:1px}
.biaslab-doc .bl-label{font:bold 10px/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;
 vertical-align:middle;margin-left:.3em;padding:.15em .3em;border-radius:2px;background:#fff;color:#1b1b1b;
 border:1px solid;text-decoration:none;display:inline-block}
.biaslab-doc .bl-quote>.bl-label{border-style:solid none none none;border-width:2px}
.biaslab-legend{font:13px/1.6 system-ui,sans-serif;margin:0 0 1em;padding:.4em .6em;background:#f6f6f6;
 border-radius:3px}
.biaslab-legend dt{font-weight:bold;margin-top:.2em;display:block;float:none;width:auto;text-align:left}
.biaslab-legend dd{display:inline-block;margin:0 1em 0 0;padding:0}
.biaslab-legend .bl-key{display:inline-block;width:1.6em;height:.9em;vertical-align:middle;margin-right:.3em;
 border-radius:2px}
.biaslab-summary{background:#fff;color:#1b1b1b;font:14px/1.5 system-ui,sans-serif;max-width:60em;padding:.5em 1em}
.biaslab-summary table{border-collapse:collapse;margin:.5em 0 1em}
.biaslab-summary th,.biaslab-summary td{text-align:left;padding:.2em .8em .2em 0;border-bottom:1px solid #e3e3e3}
.biaslab-summary td.num{text-align:right;font-variant-numeric:tabular-nums}
.biaslab-summary img{max-width:100%;height:auto;display:block;margin:.5em 0}
"""

#: Allows inline styles and data: images only, so the page can fetch nothing.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{margin:2em auto;max-width:50em;padding:0 1em;background:#fff}}{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


#: The colour-bearing style of each layer, written inline on every element so the
#: colours survive where a notebook viewer strips ``<style>`` elements.
_LAYER_STYLE = {"loaded": "background:{c}", "scare": "border:2px dashed {c}",
                "quote": "text-decoration-line:underline;text-decoration-color:{c}",
                "actor": "outline:1px dotted {c}"}
#: Legend keys are empty boxes, which cannot show an underline: quotes get a bottom border.
_KEY_STYLE = {**_LAYER_STYLE, "quote": "border-bottom:3px solid {c}"}


def _open_tag(span: RenderSpan, colour: str) -> str:
    tip = f' title="{_esc(span.tooltip)}"' if span.tooltip else ""
    style = _LAYER_STYLE[span.layer].format(c=colour)
    return f'<mark class="bl-span bl-{span.layer}" data-layer="{span.layer}"{tip} style="{style}">'


def _label(span: RenderSpan, colour: str) -> str:
    return f'<span class="bl-label" style="border-color:{colour}">{_esc(span.label)}</span>' if span.label else ""


def _nesting_key(span: RenderSpan) -> tuple[int, int]:
    """Outer first: longer spans, then the layer order of :data:`LAYERS`."""
    return (-span.end, _LAYER_RANK[span.layer])


def _render_paragraph(text: str, start: int, end: int, spans: Sequence[RenderSpan],
                      colours: dict[str, dict[str, str]], next_start: int) -> str:
    """Paragraph ``text[start:end]`` with ``spans`` (clipped to it) as nested elements.

    A span's label is written where its last piece closes: in this paragraph
    when the span ends before the next paragraph (at ``next_start``) begins.
    """
    inside = [s for s in spans if s.start < end and s.end > start]
    clipped = {id(s): (max(s.start, start), min(s.end, end)) for s in inside}
    points = sorted({start, end, *(p for s in inside for p in clipped[id(s)])})
    opening: dict[int, list[RenderSpan]] = {}
    for s in inside:
        opening.setdefault(clipped[id(s)][0], []).append(s)
    out: list[str] = []
    stack: list[RenderSpan] = []
    for here, after in zip(points, points[1:] + [None]):
        reopen = []  # spans closed only to let an inner span end: opened again below
        while any(clipped[id(s)][1] == here for s in stack):
            top = stack.pop()
            if clipped[id(top)][1] == here and top.end <= next_start:  # its last piece
                out.append(_label(top, colours[top.layer][top.color_key]))
            out.append("</mark>")
            if clipped[id(top)][1] != here:
                reopen.append(top)
        for s in sorted([*reopen, *opening.get(here, ())], key=_nesting_key):
            out.append(_open_tag(s, colours[s.layer][s.color_key]))
            stack.append(s)
        if after is not None:
            out.append(_esc(text[here:after]).replace("\n", "<br>"))
    return "".join(out)


def _legend(spans: Sequence[RenderSpan], colours: dict[str, dict[str, str]],
            counts: Mapping[tuple[str, str], int] | None = None) -> str:
    """One entry per layer and key, with its count: ``counts[(layer, key)]``
    where given (keys only there are listed too), else the spans drawn."""
    counts = dict(counts or {})
    extra = [key for layer, key in counts if layer == "loaded" and key not in colours["loaded"]]
    if extra:
        known = list(colours["loaded"])
        colours = {**colours, "loaded": {**colours["loaded"],
                                         **{k: category_tint(k, known + extra) for k in extra}}}
    rows = []
    for layer in LAYERS:
        keys = colours[layer]
        if not keys:
            continue
        rows.append(f"<dt>{_esc(_LAYER_TITLES[layer])}</dt>")
        for key, colour in sorted(keys.items(), key=lambda kv: kv[0].casefold()):
            n = counts.get((layer, key), sum(1 for s in spans if s.layer == layer and s.color_key == key))
            swatch = _KEY_STYLE[layer].format(c=colour)
            rows.append(f'<dd><span class="bl-key" style="{swatch}"></span>{_esc(key)} ({n})</dd>')
    return f'<dl class="biaslab-legend">{"".join(rows)}</dl>' if rows else ""


def render_spans(
    text: str,
    spans: Sequence[RenderSpan],
    *,
    title: str | None = None,
    caption: str | None = None,
    legend: bool = True,
    standalone: bool = False,
    headings: Iterable[int] = (),
    counts: Mapping[tuple[str, str], int] | None = None,
) -> str:
    """Render ``text`` with ``spans`` marked, as an HTML fragment (or a page).

    Paragraphs are those of :func:`biaslab.segmentation.paragraphs` (blank
    lines separate them); a paragraph whose start offset is in ``headings`` is
    drawn bold as a headline. ``counts`` overrides the legend's counts,
    ``{(layer, color_key): n}`` (default: the spans drawn). Spans outside the text or of an unknown layer raise :class:`ValueError`;
    empty spans are ignored. With ``standalone=True`` the result is a complete
    ``<!doctype html>`` page with inline CSS and nothing to fetch.
    """
    for s in spans:
        if s.layer not in _LAYER_RANK:
            raise ValueError(f"unknown layer {s.layer!r}; expected one of {', '.join(LAYERS)}")
        if not 0 <= s.start <= s.end <= len(text):
            raise ValueError(f"span {s.start}-{s.end} is outside the text (length {len(text)})")
    spans = [s for s in spans if s.end > s.start]
    colours = _colour_maps(spans)
    parts = ['<div class="biaslab-doc tex2jax_ignore mathjax_ignore">']
    if title:
        parts.append(f"<h2>{_esc(title)}</h2>")
    if caption:
        parts.append(f'<div class="bl-caption">{_esc(caption)}</div>')
    if legend:
        parts.append(_legend(spans, colours, counts))
    heads = set(headings)
    paras = paragraphs(text)
    for para, following in zip(paras, [*paras[1:], None]):
        cls = ' class="bl-heading"' if para.start in heads else ""
        inner = _render_paragraph(text, para.start, para.end, spans, colours,
                                  following.start if following else len(text))
        parts.append(f"<p{cls}>{inner}</p>")
    parts.append("</div>")
    body = "\n".join(parts)
    if not standalone:
        return f"<style>{_CSS}</style>\n{body}"
    first = min(headings, default=None)
    page_title = title or (text[first:].split("\n", 1)[0] if first is not None else "") or "biaslab"
    return _PAGE.format(csp=_CSP, title=_esc(page_title), css=_CSS, body=body)


# -- from an Analysis ----------------------------------------------------------------
def _lines(pairs: Iterable[tuple[str, Any]]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in pairs if v not in (None, ""))


def spans_from_analysis(analysis, *, actors: bool = False) -> list[RenderSpan]:
    """The render spans of an :class:`~biaslab.analysis.Analysis`.

    Direct and partial quotations go to the ``quote`` layer (colour by speaker,
    "unattributed" when no speaker was found), scare quotes to ``scare``,
    quoted titles of works to ``quote`` under the key "title of a work",
    loaded terms to ``loaded`` and, with ``actors=True``, every actor mention
    to ``actor``.
    """
    from .lexicon import SCARE_QUOTES

    out: list[RenderSpan] = []
    # attach_voice() also records each scare quote as a "doubt" loaded term over the
    # same characters; the scare layer draws it once, with that term's explanation.
    scare = {(q.start, q.end) for q in analysis.quotes if q.kind == "scare"}
    scare_terms = {(t.start, t.end): t for t in analysis.loaded_terms
                   if t.term == SCARE_QUOTES and (t.start, t.end) in scare}
    for q in analysis.quotes:
        if q.kind == "scare":
            t = scare_terms.get((q.start, q.end))
            out.append(RenderSpan(q.start, q.end, "scare", "scare quote", "scare quotes", _lines([
                ("scare quotes", "the author's quotation marks around a term, distancing the author from it"),
                ("category", t and t.category), ("why", t and t.rationale), ("source", t and t.source),
            ])))
            continue
        key = "title of a work" if q.kind == "title" else (q.speaker or "unattributed")
        out.append(RenderSpan(q.start, q.end, "quote", "title" if q.kind == "title" else key, key, _lines([
            ("speaker", q.speaker or "not found"), ("cue", q.cue), ("kind", q.kind),
            ("words", q.words),
        ])))
    for t in analysis.loaded_terms:
        if scare_terms.get((t.start, t.end)) is t:
            continue
        voice = t.voice if t.voice == "author" else f"quoted ({t.speaker or 'speaker not found'})"
        out.append(RenderSpan(t.start, t.end, "loaded", t.category.replace("_", " "), t.category, _lines([
            ("loaded term", t.term), ("category", t.category), ("strength", t.strength),
            ("why", t.rationale), ("neutral alternative", t.neutral or "none listed"), ("voice", voice),
            ("source", t.source),
        ])))
    if actors:
        for profile in analysis.actors:
            for m in profile.mentions:
                out.append(RenderSpan(m.start, m.end, "actor", "", profile.name, _lines([
                    ("actor", profile.name), ("mention", m.text), ("resolved by", m.resolution),
                ])))
    return out


def _caption(article) -> str:
    bits = [article.date, article.outlet and f"outlet: {article.outlet}",
            (article.source or article.url) and f"source: {article.source or article.url}"]
    return " · ".join(b for b in bits if b)


def render_analysis(analysis, *, standalone: bool = False, actors: bool = False) -> str:
    """The highlighted article of ``analysis``: title, date, outlet, source, legend, text."""
    art = analysis.article
    first = analysis.paragraphs[0].text if analysis.paragraphs else ""
    # the headline is already the first paragraph of the text: do not show it twice
    title = None if art.title and art.title == first else (art.title or art.id)
    return render_spans(analysis.text, spans_from_analysis(analysis, actors=actors),
                        title=title, caption=_caption(art), standalone=standalone,
                        headings={analysis.paragraphs[s.paragraph].start for s in analysis.sentences if s.heading},
                        counts=legend_counts(analysis))


def legend_counts(analysis) -> dict[tuple[str, str], int]:
    """The legend's count of each loaded-term category: every match, in both
    voices, scare quotes included under their category — exactly the counts
    of :func:`biaslab.plots.plot_loaded_by_category`."""
    summary = analysis.loaded_summary
    return {("loaded", c): n for c in summary.counts if (n := summary.count(category=c))}


# -- one-call notebook summary --------------------------------------------------------
@dataclass(frozen=True)
class SummaryView:
    """A notebook summary: ``html`` is shown by Jupyter through ``_repr_html_``."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def to_dict(self) -> dict:
        return {"html": self.html}


#: Inline figures at 110 dpi: an 8-inch figure is 880 px, notebook width, while the
#: base64 text stays around 100 kB per figure.
SUMMARY_DPI = 110


def _png_data_uri(draw, analysis, size: tuple[float, float]) -> str:
    """Draw with a plots.py function on a pyplot-free Figure; return a data: URI."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from .plots import STYLE

    buf = io.BytesIO()
    with rc_context(STYLE):  # the house style must be active when the Axes is created
        fig = Figure(figsize=size, layout="constrained")
        draw(analysis, ax=fig.add_subplot())
        fig.savefig(buf, format="png", dpi=SUMMARY_DPI)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _metrics(analysis) -> list[tuple[str, str]]:
    from .frames import FRAMES

    summary = analysis.summary
    sent, loaded, quotes = summary["sentiment"], summary["loaded"]["by_voice"], summary["quotes"]
    frame = next((f.label for f in FRAMES if f.id == summary["dominant_frame"]), summary["dominant_frame"])
    return [
        ("words / sentences / paragraphs", f"{sent['words']} / {sent['sentences']} / {summary['paragraphs']}"),
        ("VADER compound, mean of sentences (−1 to +1)", f"{sent['vader_mean']:+.3f}"),
        ("TextBlob polarity, mean of sentences (−1 to +1)", f"{sent['polarity_mean']:+.3f}"),
        ("sentences positive / negative (VADER ±0.05)",
         f"{sent['share_positive']:.0%} / {sent['share_negative']:.0%}"),
        *((f"loaded terms, {label}", f"{loaded[v]['count']} ({loaded[v]['per_1000']:.1f} per 1,000 words)")
          for v, label in (("author", "author's voice"), ("quoted", "quoted voices"))),
        ("quotations: direct / partial / scare", f"{quotes['direct']} / {quotes['partial']} / {quotes['scare']}"),
        ("dominant frame (Policy Frames Codebook)", frame),
    ]


def summary_view(analysis, *, figures: bool = True) -> SummaryView:
    """Headline metrics, the highlighted article and three key figures, for a notebook.

    The figures (sentiment arc, loaded terms by category and voice, share of
    quoted words by speaker) are drawn by :mod:`biaslab.plots` and embedded as
    base64 PNG ``<img>`` elements, so the summary is one self-contained HTML
    output that survives saving the notebook and nbconvert, and needs no
    pyplot figure manager. ``figures=False`` leaves them out.
    """
    rows = "".join(f"<tr><th>{_esc(k)}</th><td class=\"num\">{_esc(v)}</td></tr>" for k, v in _metrics(analysis))
    parts = ['<div class="biaslab-summary tex2jax_ignore mathjax_ignore">',
             f"<h3>{_esc(analysis.article.title or analysis.article.id)}</h3>",
             f"<table>{rows}</table>"]
    if figures:
        from . import plots

        for draw, size, alt in ((plots.plot_sentiment_arc, (8, 3.4), "sentiment by sentence"),
                                (plots.plot_loaded_by_category, (7, 3.2), "loaded terms by category and voice"),
                                (plots.plot_quote_share, (7, 2.8), "share of quoted words by speaker")):
            parts.append(f'<img alt="{_esc(alt)}" src="{_png_data_uri(draw, analysis, size)}">')
    parts.append(render_analysis(analysis))
    parts.append("</div>")
    return SummaryView("\n".join(parts))



def article_page(analysis, *, links: Sequence[tuple[str, str]] = ()) -> str:
    """A standalone page for one article: headline metrics, three key figures
    and the highlighted text (:func:`summary_view`), with ``links`` ((label,
    href) pairs, e.g. back to the index) at the top. Nothing is fetched."""
    nav = " · ".join(f'<a href="{_esc(href)}">{_esc(label)}</a>' for label, href in links)
    body = (f'<nav class="biaslab-nav">{nav}</nav>' if nav else "") + summary_view(analysis).html
    title = analysis.article.title or analysis.article.id
    return _PAGE.format(csp=_CSP, title=_esc(title), css=_CSS + ".biaslab-nav{font:14px system-ui,sans-serif;"
                        "margin:0 0 1em}body{max-width:62em!important}", body=body)
