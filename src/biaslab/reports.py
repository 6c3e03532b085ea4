"""Run the notebook suite and export traceable reports: :func:`build_reports`.

Method
------
Every notebook in ``notebooks/`` (``NN-title.ipynb``) is executed top to
bottom on a fresh Jupyter kernel with papermill, in the ``notebooks/``
folder, exactly as ``papermill NB OUT -p ARTICLE my.txt`` runs it:

1. **Parameters.** Each notebook has one code cell tagged ``parameters``
   (``ARTICLE``, and where used ``COMPARISON``, ``ACTORS``, ``CHECK``,
   ``KEY``, ``MARKS``, ``CLASS``). The articles given are injected by
   papermill as absolute paths, in its ``injected-parameters`` cell (only
   the names a notebook declares). In the exported pages the injected values
   are folded into the parameters cell (:func:`merge_parameters`), so a
   report on your article shows your paths, not the defaults.
2. **Kernel.** The kernel is the running interpreter (``sys.executable``)
   with :mod:`ipykernel`, named ``python3`` in a kernel-spec folder made for
   the run, so it always sees the same biaslab as the caller, whatever other
   ``python3`` kernels are registered. Two notebooks run at a time.
3. **Export.** Each executed notebook becomes one HTML file (nbconvert's
   ``lab`` template, figures embedded as base64 PNG, with the MathJax,
   require.js and mermaid script tags removed, so a report opens offline and
   loads nothing from the internet; text wraps between words and tables do
   not scroll sideways) and, on request, one PDF (nbconvert's LaTeX route:
   xelatex and pandoc; A4 by default, Letter on request; no title block, as
   the notebook's heading is the title; headings never stranded at the foot
   of a page). Tables carry a Markdown form (:mod:`biaslab.display`), which
   the PDF shows as real tables. Figures are also written as PNG files under
   ``figures/``; each article gets a page of its own (``articles/``), the
   corpus its data files (``data/``), and ``index.html`` links everything.
4. **Trace.** Every report names the article(s) (title, date, outlet), the
   biaslab version and the lexicon version: the notebooks display
   :func:`report_header` first, and the same facts are written into the
   notebook metadata (``biaslab``) and the index.

The classroom workbook's teacher copy runs with ``CHECK = True`` and keeps
the cells tagged ``solution`` (the answer key compared with biaslab, the
class pooled, the teacher's notes). The student handout (``student=True``)
holds every notebook as a runnable ``.ipynb`` and its HTML, without the
solution cells (the workbook is executed once more without them) and
without the outputs of the cells tagged ``answer`` (any output that shows
biaslab's marks: highlighted text, loaded terms, quotations and speakers),
with its articles copied next to it.

The module also holds small helpers the notebooks call
(:func:`report_header`, :func:`summary_table`, :func:`highlighted`,
:func:`pick_actors`, :func:`neutralized_sentences`, :func:`sensitivity`,
:func:`sentence_pairs`, :func:`cues_frame`, :func:`neutral_band_line`),
so the notebooks themselves hold narrative and calls only. Article metadata
(titles and outlets come from front matter the user does not control) is
escaped wherever it reaches HTML or the Markdown that pandoc turns into LaTeX.

Limits: the reports are only as portable as the notebooks' figures (PNG);
HTML-only outputs such as the highlighted article appear in the HTML report
but not in the PDF, which shows their plain-text form.
"""
from __future__ import annotations

import ast
import base64
import html
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .display import Rendered, md_escape
from .corpus import HTML_SUFFIXES, TEXT_SUFFIXES, InputError, load_article
from .segmentation import SpanIndex
from .sentiment import VADER_THRESHOLD, score_sentence

__all__ = [
    "ReportError", "NotebookFailure", "NotebookReport", "ReportResult", "ReportHeader",
    "build_reports", "run_report_command", "notebook_paths", "notebook_parameters", "execute_notebook",
    "strip_solutions", "hide_answers", "merge_parameters", "export_html", "export_pdf", "missing_pdf_tools", "report_header", "summary_table", "pick_actors",
    "neutralized_sentences", "neutral_band_line", "Sensitivity", "sensitivity", "sentence_pairs", "cues_frame", "Highlighted",
    "highlighted",
    "PDF_INSTALL", "NOTEBOOK_DIR", "PAPER",
]

#: The notebook suite of a source checkout (``<repo>/notebooks``, next to ``src/``).
NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
#: The command that installs what nbconvert's PDF route needs on Debian/Ubuntu.
PDF_INSTALL = "apt-get install texlive-xetex texlive-fonts-recommended texlive-plain-generic pandoc"
#: Programs nbconvert's ``PDFExporter`` calls.
PDF_TOOLS = ("xelatex", "pandoc")
#: Cell tags: papermill's names for the parameter cells, ours for solutions.
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
SOLUTION_TAG = "solution"
#: Cells whose outputs show biaslab's own marks (the workbook's checks): the
#: student copy keeps their code but not their outputs, so the handout does
#: not give the answers away before the student has marked the text.
ANSWER_TAG = "answer"
#: The notebook exported twice, with and without solutions.
WORKBOOK = "05-classroom-workbook"
#: The notebook that compares the articles side by side (needs two or more).
COVERAGE = "04-comparing-coverage"
#: The data files of a build (``data/``) and what each holds.
_DATA_FILES = {
    "scores.csv": "one row per article (the columns of biaslab score)",
    "actor-scores.csv": "one row per article and actor",
    "analysis.jsonl": "every analysis in full, one JSON object per line (biaslab analyze)",
    "tables.xlsx": "the tidy tables (articles, actors, sentences, quotes, loaded terms, mentions) for spreadsheets",
}
#: The kernel name the notebooks declare; the run maps it to ``sys.executable``.
KERNEL_NAME = "python3"
#: Notebooks run in parallel, one kernel process each: two matches the
#: 2-core machines biaslab is built and tested on, and more only contend.
WORKERS = 2
#: Seconds one cell may run before the notebook is reported as failed; the
#: slowest cell of the suite takes about two seconds.
DEFAULT_TIMEOUT = 120
_NOTEBOOK_NAME = re.compile(r"\d\d-[\w-]+\.ipynb\Z")
#: Reading fixes for the exported pages: printed text and table cells wrap
#: between words (JupyterLab's ``word-break: break-all`` cuts "contrast" into
#: "contras t"), and tables wrap their cells instead of scrolling sideways.
_READING_CSS = (
    ".jp-OutputArea-output pre{word-break:normal;overflow-wrap:break-word}"
    ".jp-RenderedHTMLCommon table{table-layout:auto;max-width:100%}"
    ".jp-RenderedHTMLCommon td,.jp-RenderedHTMLCommon th{white-space:normal;overflow-wrap:break-word;"
    "max-width:32em;vertical-align:top}"
    ".jp-OutputArea-output.jp-RenderedHTML{overflow-x:visible}"
)
#: The HTML template: nbconvert's ``lab`` page without its three script tags
#: that load code from a CDN (require.js, MathJax, mermaid). The notebooks use
#: no widgets, LaTeX maths or diagrams, so nothing is lost offline.
_OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}{{ super() }}<style>""" + _READING_CSS + """</style>{%- endblock html_head_css -%}
"""
#: Paper sizes of the PDF reports: LaTeX's names (A4 is the default, Letter on request).
PAPER = {"a4": "a4paper", "letter": "letterpaper"}
#: The LaTeX template: nbconvert's article on the chosen paper, no title block
#: (the notebook's own heading is the title, so it is not printed twice), and
#: a heading is moved to the next page when fewer than eight lines are left
#: under it, so no heading is stranded at the foot of a page.
_LATEX_TEMPLATE = r"""((*- extends 'index.tex.j2' -*))
((* block docclass *))\documentclass[11pt,PAPER]{article}((* endblock docclass *))
((* block margins *))\geometry{PAPER,verbose,tmargin=2.2cm,bmargin=2.2cm,lmargin=2.2cm,rmargin=2.2cm}((* endblock margins *))
((* block packages *))((( super() )))
\IfFileExists{needspace.sty}{\usepackage{needspace}}{\newcommand{\needspace}[1]{}}
\usepackage{etoolbox}
\pretocmd{\section}{\needspace{8\baselineskip}}{}{}
\pretocmd{\subsection}{\needspace{8\baselineskip}}{}{}
\pretocmd{\subsubsection}{\needspace{6\baselineskip}}{}{}
((* endblock packages *))
((* block maketitle *))((* endblock maketitle *))
"""
_PLOT_CALL = re.compile(r"\b(plot_\w+|reveal)\s*\(")


class ReportError(InputError):
    """The reports cannot be built (no notebooks, no kernel); one readable line."""


# -- results -----------------------------------------------------------------------------
@dataclass(frozen=True)
class NotebookFailure:
    """A notebook that stopped with an error.

    ``cell`` is the 0-based index of the failing cell in the notebook file
    (for the student copy: in the notebook without its solution cells;
    ``None`` if the kernel died before a cell ran), ``source_head`` the first
    line of its source, ``error`` the exception name and message.
    """

    notebook: str
    variant: str
    cell: int | None
    source_head: str
    error: str

    @property
    def message(self) -> str:
        where = f"cell {self.cell} ({self.source_head!r})" if self.cell is not None else "before any cell ran"
        name = self.notebook + (f" [{self.variant}]" if self.variant else "")
        return f"{name}: {where}: {self.error}"

    def to_dict(self) -> dict:
        return {"notebook": self.notebook, "variant": self.variant, "cell": self.cell,
                "source_head": self.source_head, "error": self.error, "message": self.message}


@dataclass(frozen=True)
class NotebookReport:
    """One exported notebook: ``html`` (and ``pdf`` when asked) and the PNG
    ``figures`` written from it; ``variant`` is ``""``, ``"teacher"`` or
    ``"student"``; ``seconds`` is the execution time (wall clock, s)."""

    notebook: str
    variant: str
    title: str
    html: Path
    pdf: Path | None
    figures: tuple[Path, ...]
    seconds: float

    @property
    def name(self) -> str:
        return self.notebook + (f"-{self.variant}" if self.variant else "")

    def to_dict(self) -> dict:
        return {"notebook": self.notebook, "variant": self.variant, "title": self.title,
                "html": str(self.html), "pdf": str(self.pdf) if self.pdf else None,
                "figures": [str(f) for f in self.figures], "seconds": self.seconds}


@dataclass(frozen=True)
class ReportResult:
    """What :func:`build_reports` produced.

    ``reports``: the exported notebooks in suite order; ``failures``: notebooks
    that stopped with an error (their reports are missing); ``executed``: the
    executed notebooks (``nbformat`` nodes) by report name, for inspection;
    ``notes``: messages for the user (e.g. what to install for PDF);
    ``seconds``: wall-clock time of the whole build.
    """

    out: Path
    index: Path
    reports: tuple[NotebookReport, ...]
    failures: tuple[NotebookFailure, ...]
    notes: tuple[str, ...]
    seconds: float
    executed: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict:
        return {"out": str(self.out), "index": str(self.index), "ok": self.ok,
                "reports": [r.to_dict() for r in self.reports],
                "failures": [f.to_dict() for f in self.failures],
                "notes": list(self.notes), "seconds": self.seconds}


# -- helpers the notebooks call ----------------------------------------------------------------
@dataclass(frozen=True)
class ReportHeader:
    """Which article(s) a notebook analysed, with which biaslab and lexicon.

    Shown as a small table in the notebook and in its reports (HTML, and
    Markdown for PDF), so any report can be traced to its inputs.
    """

    articles: tuple[dict, ...]
    biaslab_version: str
    lexicon_version: str

    def _rows(self) -> list[tuple[str, str]]:
        rows = []
        for i, a in enumerate(self.articles):
            label = "Article" if i == 0 else f"Comparison {i}"
            bits = [a.get("title") or a.get("id") or "", a.get("date") or "no date", a.get("outlet") or ""]
            # one line whatever the front matter holds: a line break would end the table row
            rows.append((label, " · ".join(" ".join(str(b).split()) for b in bits if b)))
        rows.append(("biaslab", f"version {self.biaslab_version}, lexicon {self.lexicon_version}"))
        return rows

    def _repr_html_(self) -> str:
        cells = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
                        f"<td style='text-align:left'>{html.escape(v)}</td></tr>" for k, v in self._rows())
        return f"<table class='biaslab-trace'>{cells}</table>"

    def _repr_markdown_(self) -> str:
        # escaped like the highlighted text: a title's `$...$`, `\input{...}` or `<script>` stays text
        return "\n".join(["| | |", "|---|---|"] + [f"| **{_md(k)}** | {_md(v)} |" for k, v in self._rows()])

    def __repr__(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self._rows())

    def to_dict(self) -> dict:
        return {"articles": [dict(a) for a in self.articles], "biaslab_version": self.biaslab_version,
                "lexicon_version": self.lexicon_version}


def report_header(analysis, *others) -> ReportHeader:
    """The trace shown at the top of each notebook: article(s) and versions.

    ``analysis`` is the main :class:`~biaslab.analysis.Analysis`; ``others``
    are analyses of comparison articles (or one sequence of them).
    """
    if len(others) == 1 and isinstance(others[0], (list, tuple)):
        others = tuple(others[0])
    articles = tuple(
        {k: v for k, v in a.article.metadata().items() if k in ("id", "title", "date", "outlet", "source")}
        for a in (analysis, *others)
    )
    return ReportHeader(articles, __version__, analysis.lexicon_version)


_md = md_escape


def _inside(spans: Sequence) -> Callable[[int, int], list]:
    """A lookup of the non-empty ``spans`` lying within ``[start, end)``, in
    their given order, in logarithmic time (a :class:`SpanIndex` of positions)."""
    index = SpanIndex(range(len(spans)), start=lambda i: spans[i].start, end=lambda i: spans[i].end)

    def within(start: int, end: int) -> list:
        return [spans[i] for i in sorted(index.overlapping(start, end))
                if start <= spans[i].start and spans[i].end <= end]
    return within


class Highlighted(Rendered):
    """The highlighted article for a notebook: ``html`` is
    :func:`biaslab.render.render_analysis`; ``markdown`` is the plain text
    with loaded terms in bold followed by their category and voice, for
    exports that cannot show HTML (PDF)."""


def highlighted(analysis) -> Highlighted:
    """The article with its loaded terms marked, as HTML and as Markdown."""
    from .render import render_analysis

    terms, last = [], -1
    for t in sorted(analysis.loaded_terms, key=lambda t: (t.start, -t.end)):
        if t.start >= last:  # a scare quote may hold a term: keep the outer mark
            terms.append(t)
            last = t.end
    paragraphs, within = [], _inside(terms)
    for para in analysis.paragraphs:
        pos, out = para.start, []
        for t in within(para.start, para.end):
            out += [_md(analysis.text[pos:t.start]), f"**{_md(' '.join(t.text.split()))}**",
                    f" \\[{t.category}, {t.voice}\\]"]
            pos = t.end
        out.append(_md(analysis.text[pos:para.end]))
        paragraphs.append(" ".join("".join(out).split()))
    title = analysis.article.title or analysis.article.id
    first = analysis.paragraphs[0].text if analysis.paragraphs else ""
    heading = [] if " ".join(title.split()) == " ".join(first.split()) else [f"**{_md(title)}**"]  # headline once
    legend = "*Loaded terms in bold, with their category and voice (author or quoted).*"
    return Highlighted(render_analysis(analysis), "\n\n".join([*heading, legend, *paragraphs]))


def summary_table(analysis):
    """The headline metrics of ``analysis.summary`` as one tidy table:
    ``measure``, ``value`` (counts as integers), ``unit``."""
    import pandas as pd

    from .frames import FRAMES

    s = analysis.summary
    sent, loaded, quotes = s["sentiment"], s["loaded"], s["quotes"]
    frame = next((f.label for f in FRAMES if f.id == s["dominant_frame"]), s["dominant_frame"])
    rows = [
        ("words", sent["words"], "count"), ("sentences", sent["sentences"], "count"),
        ("paragraphs", s["paragraphs"], "count"),
        ("VADER compound, mean of sentences", sent["vader_mean"], "−1 to +1"),
        ("VADER compound, weighted by sentence length", sent["vader_weighted"], "−1 to +1"),
        ("sentences positive (VADER > +0.05)", sent["share_positive"], "share 0–1"),
        ("sentences negative (VADER < −0.05)", sent["share_negative"], "share 0–1"),
        ("TextBlob polarity, mean of sentences", sent["polarity_mean"], "−1 to +1"),
        ("TextBlob subjectivity, mean of sentences", sent["subjectivity_mean"], "0 to 1"),
        *((f"loaded terms, {label}", loaded["by_voice"][v]["count"], "count") for v, label in
          (("author", "author's voice"), ("quoted", "quoted voices"))),
        *((f"loaded terms, {label}", loaded["by_voice"][v]["per_1000"], "per 1,000 words") for v, label in
          (("author", "author's voice"), ("quoted", "quoted voices"))),
        *((f"quotations, {k}", quotes[k], "count") for k in ("direct", "partial", "scare", "title") if k in quotes),
        ("words in direct and partial quotations", quotes["quoted_words"], "count"),
        ("dominant frame (Policy Frames Codebook)", frame, "frame"),
    ]
    return pd.DataFrame(rows, columns=["measure", "value", "unit"]).set_index("measure")


def pick_actors(analysis, preferred: Sequence[str] | None = None, *, n: int = 2,
                require: bool = False) -> list[str]:
    """Canonical names of the actors to compare in ``analysis`` (or across a list of analyses:
    several accounts of one event, :func:`biaslab.narrative.choose_actors`).

    The ``preferred`` names (canonical or alias) that the article mentions,
    topped up with :func:`biaslab.actors.default_actors` (the most
    prominent people, then organisations, never places) until there are
    ``n``; ``None``: the case study's pair for the bundled article, else the
    default (:func:`biaslab.narrative.choose_actors`). This lets a notebook
    run on any article. With ``require=True``, an article with fewer than
    ``n`` such actors raises :class:`ReportError` saying so, instead of
    returning fewer names.
    """
    from .narrative import choose_actors

    chosen = choose_actors(analysis, preferred, n=n)
    if require and len(chosen) < n:
        found = ", ".join(chosen) or "none"
        raise ReportError(f"this notebook compares {n} actors, but the article mentions fewer "
                          f"(found: {found}); declare more under [actors] in its front matter")
    return chosen


def neutralized_sentences(analysis, *, voice: str | None = "author"):
    """A sensitivity check: each sentence with loaded terms, rewritten with
    their neutral alternatives (:func:`biaslab.lexicon.neutralize`) and
    scored again with VADER and TextBlob.

    Returns a :class:`pandas.DataFrame`, one row per sentence that has at
    least one loaded term in ``voice`` (``"author"``, ``"quoted"`` or
    ``None`` for both): the sentence, its terms, the suggested rewrite, the
    scores before and after and their change (after − before). A rewrite
    changes only the words that have a neutral alternative.
    """
    import pandas as pd

    from .lexicon import neutralize

    rows, within = [], _inside([t for t in analysis.loaded_terms if voice is None or t.voice == voice])
    for i, s in enumerate(analysis.sentences):
        terms = within(s.start, s.end)
        if not terms:
            continue
        rewrite = neutralize(s.text, terms, start=s.start)
        vader, blob = score_sentence(rewrite)
        rows.append({
            "sentence": i, "text": s.text, "terms": ", ".join(t.text for t in terms), "rewrite": rewrite,
            "changed": rewrite != s.text,
            "vader_before": s.vader.compound, "vader_after": vader.compound,
            "vader_change": round(vader.compound - s.vader.compound, 4),
            "polarity_before": s.textblob.polarity, "polarity_after": blob.polarity,
            "polarity_change": round(blob.polarity - s.textblob.polarity, 4),
        })
    columns = ["sentence", "text", "terms", "rewrite", "changed", "vader_before", "vader_after", "vader_change",
               "polarity_before", "polarity_after", "polarity_change"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Sensitivity:
    """How far neutralizing the loaded terms moved the sentence scores
    (a summary of :func:`neutralized_sentences`).

    ``sentences``: sentences rewritten; ``vader_change`` / ``polarity_change``:
    mean absolute change of VADER compound / TextBlob polarity (0-2, in the
    tools' units; None without sentences), rounded to 4 decimals;
    ``band_changes``: sentences whose VADER compound moved into or out of
    the neutral band (``|compound| < VADER_THRESHOLD``, 0.05).
    """

    sentences: int
    vader_change: float | None
    polarity_change: float | None
    band_changes: int

    def __str__(self) -> str:
        if not self.sentences:
            return "No sentence has loaded terms to neutralize."
        return (f"{self.sentences} sentences rewritten; mean absolute change: VADER {self.vader_change:.3f}, "
                f"TextBlob {self.polarity_change:.3f}\n"
                f"sentences whose VADER score moved into or out of the neutral band: {self.band_changes}")

    def to_dict(self) -> dict:
        return {"sentences": self.sentences, "vader_change": self.vader_change,
                "polarity_change": self.polarity_change, "band_changes": self.band_changes}


def sensitivity(table) -> Sensitivity:
    """Summarise a :func:`neutralized_sentences` table (see :class:`Sensitivity`)."""
    n = len(table)
    if not n:
        return Sensitivity(0, None, None, 0)
    outside = lambda column: table[column].abs() >= VADER_THRESHOLD  # noqa: E731 - outside the neutral band
    return Sensitivity(
        sentences=n,
        vader_change=round(float(table["vader_change"].abs().mean()), 4),
        polarity_change=round(float(table["polarity_change"].abs().mean()), 4),
        band_changes=int((outside("vader_before") != outside("vader_after")).sum()),
    )


def neutral_band_line(sentences) -> str:
    """One sentence on how many sentences (a :meth:`~biaslab.analysis.Analysis.sentences_frame`)
    fall in VADER's neutral band and how many TextBlob scores exactly 0."""
    n = len(sentences)
    inside = int((sentences["vader_compound"].abs() < VADER_THRESHOLD).sum()) if n else 0
    zero = int((sentences["polarity"] == 0).sum()) if n else 0
    return (f"{inside} of {n} sentences are in VADER's neutral band (±{VADER_THRESHOLD}); "
            f"TextBlob gives exactly 0 polarity to {zero}.")


def sentence_pairs(pairs: Sequence[tuple[str, str]]):
    """Score minimal pairs of sentences with both tools, to show what they react to.

    ``pairs``: ``(a, b)`` sentences that differ in one place. Returns a
    :class:`pandas.DataFrame`, one row per sentence: ``pair`` (1-based),
    ``variant`` (``"A"`` or ``"B"``), ``sentence``, ``vader`` (compound,
    [-1, 1]), ``polarity`` ([-1, 1]) and ``subjectivity`` ([0, 1]) from
    :func:`biaslab.sentiment.score_sentence`.
    """
    import pandas as pd

    rows = []
    for number, pair in enumerate(pairs, 1):
        if isinstance(pair, str) or not isinstance(pair, Sequence) or len(pair) != 2 \
                or not all(isinstance(x, str) for x in pair):
            raise ValueError(f"pair {number} must be two sentences (a, b), got {pair!r}")
        for variant, sentence in zip("AB", pair):
            vader, blob = score_sentence(sentence)
            rows.append({"pair": number, "variant": variant, "sentence": sentence, "vader": vader.compound,
                         "polarity": blob.polarity, "subjectivity": blob.subjectivity})
    return pd.DataFrame(rows, columns=["pair", "variant", "sentence", "vader", "polarity", "subjectivity"])


def cues_frame(analysis):
    """The frame cues behind each sentence's frame, to check them in context.

    A :class:`pandas.DataFrame`, one row per cue (:class:`biaslab.frames.FrameCue`)
    in text order: ``sentence`` (0-based index), ``primary`` (that sentence's
    frame id), ``start``/``end`` (character offsets of the cue, end
    exclusive), ``text``, ``frame`` (the frame id the cue signals), ``cue``
    (the lexicon entry) and ``weight`` (0.5 or 1.0).
    """
    import pandas as pd

    rows = [{"sentence": i, "primary": s.primary, **c.to_dict()}
            for i, s in enumerate(analysis.frames.sentences) for c in s.cues]
    return pd.DataFrame(rows, columns=["sentence", "primary", "start", "end", "text", "frame", "cue", "weight"])


# -- notebooks -----------------------------------------------------------------------------------
def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """The suite's notebooks (``NN-title.ipynb``) in ``folder``, in order."""
    folder = Path(folder) if folder is not None else NOTEBOOK_DIR
    if not folder.is_dir():
        raise ReportError(f"{folder}: no notebook folder (biaslab report runs from a source checkout "
                          "that has notebooks/)")
    found = sorted(p for p in folder.iterdir() if _NOTEBOOK_NAME.match(p.name))
    if not found:
        raise ReportError(f"{folder}: no NN-title.ipynb notebooks")
    return found


def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def notebook_parameters(nb) -> dict:
    """The ``NAME = literal`` assignments of the notebook's cell tagged ``parameters`` ({} without one)."""
    cell = next((c for c in nb.cells if PARAMETERS_TAG in _tags(c)), None)
    return _assignments(cell.source) if cell is not None else {}


def strip_solutions(nb):
    """The notebook without its cells tagged ``solution`` (nbconvert's
    ``TagRemovePreprocessor``). Returns a new notebook."""
    import copy

    from nbconvert.preprocessors import TagRemovePreprocessor

    pre = TagRemovePreprocessor(remove_cell_tags={SOLUTION_TAG}, enabled=True)
    stripped, _ = pre.preprocess(copy.deepcopy(nb), {})
    return stripped


def hide_answers(nb):
    """The notebook with the outputs of its cells tagged ``answer`` removed
    (nbconvert's ``TagRemovePreprocessor``). Returns a new notebook."""
    import copy

    from nbconvert.preprocessors import TagRemovePreprocessor

    pre = TagRemovePreprocessor(remove_all_outputs_tags={ANSWER_TAG}, enabled=True)
    hidden, _ = pre.preprocess(copy.deepcopy(nb), {})
    return hidden


def _title(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


@contextmanager
def _kernel_specs() -> Iterator[object]:
    """A kernel-spec manager whose ``python3`` runs this interpreter (the
    interpreter biaslab is installed in), whatever other ``python3`` kernels
    the user has registered."""
    from jupyter_client.kernelspec import KernelSpecManager

    if importlib.util.find_spec("ipykernel") is None:
        raise ReportError(f"ipykernel is not installed for {sys.executable}: pip install ipykernel")
    with tempfile.TemporaryDirectory(prefix="biaslab-kernels-") as tmp:
        folder = Path(tmp) / KERNEL_NAME
        folder.mkdir()
        spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (biaslab)", "language": "python"}
        (folder / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
        yield KernelSpecManager(kernel_dirs=[tmp])


def execute_notebook(nb, parameters: dict | None = None, *, cwd: str | Path, timeout: int = DEFAULT_TIMEOUT,
                     specs=None, name: str = "notebook"):
    """Run ``nb`` with papermill, as ``papermill NB OUT -p NAME VALUE`` does;
    return the executed notebook.

    ``parameters`` are injected after the cell tagged ``parameters`` (only
    those the cell assigns; papermill's ``injected-parameters`` cell);
    ``cwd`` is the kernel's working directory (the notebooks' folder, which
    their relative paths start from). ``specs``: a kernel-spec manager (see
    :func:`_kernel_specs`; default: the installed ``python3`` kernel).
    Raises :class:`papermill.PapermillExecutionError` when a cell fails.
    """
    import papermill
    from jupyter_client.manager import AsyncKernelManager

    declared = notebook_parameters(nb)
    wanted = {k: v for k, v in (parameters or {}).items() if k in declared}
    engine = {}
    if specs is not None:
        # IPC sockets in the run's own folder: local only, and no port races between parallel kernels
        engine["km"] = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=specs, transport="ipc",
                                          ip=str(Path(specs.kernel_dirs[0]) / f"ipc-{name}"))
    # the kernel's working directory goes to the client, not papermill's chdir: that one is
    # process-wide and would race between notebooks run in parallel threads
    try:
        return papermill.execute_notebook(nb, None, parameters=wanted, kernel_name=KERNEL_NAME, progress_bar=False,
                                          log_output=False, request_save_on_cell_execute=False,
                                          execution_timeout=timeout, resources={"metadata": {"path": str(cwd)}},
                                          **engine)
    finally:
        km = engine.get("km")
        if km is not None and km.has_kernel:  # a manager passed in is not shut down by the client
            from jupyter_client.utils import run_sync

            run_sync(km.shutdown_kernel)(now=True)


def _execute(nb, parameters: dict, *, name: str, variant: str, cwd: Path, timeout: int, specs):
    """``(executed notebook, None)`` or ``(None, NotebookFailure)``; a failure is returned, not raised."""
    from papermill.exceptions import PapermillExecutionError

    try:
        return execute_notebook(nb, parameters, cwd=cwd, timeout=timeout, specs=specs,
                                name=f"{name}-{variant or 'main'}"), None
    except PapermillExecutionError as exc:
        index = exc.cell_index
        injected = bool({k for k in parameters if k in notebook_parameters(nb)})
        at = next((i for i, c in enumerate(nb.cells) if PARAMETERS_TAG in _tags(c)), None)
        if injected and at is not None and index > at:  # number the cell as in the notebook file
            index -= 1
        head = next(iter(exc.source.strip().splitlines()), "")
        return None, NotebookFailure(name, variant, index, head[:80], f"{exc.ename}: {exc.evalue}")
    except Exception as exc:  # a dead kernel, a timeout, a kernel that never started: report and go on
        return None, NotebookFailure(name, variant, None, "", f"{type(exc).__name__}: {str(exc)[:300]}".strip())


# -- export --------------------------------------------------------------------------------------
def _html_exporter():
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"biaslab-offline.html.j2": _OFFLINE_TEMPLATE})],
                        template_file="biaslab-offline.html.j2", embed_images=True)


def export_html(nb, *, title: str | None = None) -> str:
    """The notebook as one self-contained HTML page (figures embedded, no CDN scripts)."""
    exporter = _html_exporter()
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title or "biaslab report"}})
    return body


def missing_pdf_tools() -> list[str]:
    """The programs of :data:`PDF_TOOLS` that are not on the ``PATH``."""
    return [tool for tool in PDF_TOOLS if shutil.which(tool) is None]


def export_pdf(nb, path: str | Path, *, title: str | None = None, paper: str = "a4") -> Path:
    """Write the notebook as a PDF with nbconvert's LaTeX route (needs xelatex and pandoc).

    ``paper``: ``"a4"`` (default) or ``"letter"`` (see :data:`PAPER`).
    """
    from jinja2 import DictLoader
    from nbconvert import PDFExporter

    if paper not in PAPER:
        raise ReportError(f"unknown paper size {paper!r}; choose from {', '.join(PAPER)}")
    template = _LATEX_TEMPLATE.replace("PAPER", PAPER[paper])
    exporter = PDFExporter(extra_loaders=[DictLoader({"biaslab.tex.j2": template})], template_file="biaslab.tex.j2")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title or "biaslab report"}})
    path = Path(path)
    path.write_bytes(body)
    return path


def _write_figures(nb, folder: Path, prefix: str) -> list[Path]:
    """Write every PNG output of ``nb`` to ``folder``, named after the notebook
    and the plot function that drew it (``01-tour-sentiment-arc.png``; a
    second figure of the same kind gets ``-2``), so names survive edits that
    add or move cells."""
    paths = []
    seen: Counter[str] = Counter()
    for cell in nb.cells:
        plot = _PLOT_CALL.search(cell.source) if cell.cell_type == "code" else None
        images = [o["data"]["image/png"] for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        for data in images:
            kind = plot.group(1).removeprefix("plot_").replace("_", "-") if plot else "figure"
            seen[kind] += 1
            name = f"{prefix}-{kind}" + (f"-{seen[kind]}" if seen[kind] > 1 else "")
            path = folder / f"{name}.png"
            path.write_bytes(base64.b64decode(data))
            paths.append(path)
    return paths


def _index_html(result_reports: Sequence[NotebookReport], failures: Sequence[NotebookFailure],
                trace: dict, out: Path, *, pages: Sequence[Path] = (), data: Sequence[Path] = (),
                handout: Sequence[Path] = (), notes: Sequence[str] = ()) -> str:
    esc = html.escape

    def href(path: Path) -> str:
        return esc(path.relative_to(out).as_posix())

    articles = []
    for i, a in enumerate(trace["articles"]):
        page = f" · <a href='{href(pages[i])}'>highlighted article and metrics</a>" if i < len(pages) else ""
        articles.append(
            f"<li><strong>{esc(a.get('title') or a.get('id') or '')}</strong> — {esc(a.get('date') or 'no date')}"
            f"{' · ' + esc(a['outlet']) if a.get('outlet') else ''} · <code>{esc(Path(a['source']).name)}</code>"
            f"{page}</li>")
    rows = []
    for r in result_reports:
        links = [f"<a href='{href(r.html)}'>HTML</a>"]
        if r.pdf:
            links.append(f"<a href='{href(r.pdf)}'>PDF</a>")
        figs = " ".join(f"<a href='{href(f)}'>{esc(f.stem)}</a>" for f in r.figures)
        rows.append(f"<tr><td>{esc(r.title)}</td><td>{' · '.join(links)}</td><td class='figs'>{figs or '—'}</td></tr>")
    corpus = next((r for r in result_reports if r.notebook == COVERAGE), None)
    corpus_line = (f"<p class='lead'>The articles side by side: <a href='{href(corpus.html)}'>{esc(corpus.title)}</a>"
                   "</p>" if corpus else "")
    files = "".join(f"<li><a href='{href(p)}'>{esc(p.name)}</a> — {esc(_DATA_FILES.get(p.name, ''))}</li>"
                    for p in data)
    student = "".join(f"<li>{esc(p.stem)}: <a href='{href(p)}'>notebook (.ipynb)</a> · "
                      f"<a href='{href(p.with_suffix('.html'))}'>page (HTML)</a></li>"
                      for p in handout if p.suffix == ".ipynb")
    failed = "".join(f"<li>{esc(f.message)}</li>" for f in failures)
    noted = "".join(f"<li>{esc(n)}</li>" for n in notes)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>biaslab reports</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;
color:#1b1b1b}}table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:.4rem;
text-align:left;vertical-align:top}}.figs{{font-size:.85em}}.fail{{color:#a00}}.lead{{font-size:1.1em}}
h2{{margin-top:1.6em}}</style></head><body>
<h1>biaslab reports</h1>
<p>Built {esc(trace['built'])} with biaslab {esc(trace['biaslab_version'])}, lexicon {esc(trace['lexicon_version'])}.</p>
<h2>Articles</h2><ul>{''.join(articles)}</ul>
{corpus_line}
<h2>Reports</h2><table><tr><th>Notebook</th><th>Report</th><th>Figures (PNG)</th></tr>{''.join(rows)}</table>
{f"<h2>Data</h2><ul>{files}</ul>" if files else ""}
{f"<h2>Student handout</h2><p>Runnable notebooks and their pages, without solutions or biaslab's answers "
 f"(the articles are in <code>student/articles/</code>):</p><ul>{student}</ul>" if student else ""}
{f"<h2>Notes</h2><ul>{noted}</ul>" if noted else ""}
{f"<h2 class='fail'>Failed</h2><ul class='fail'>{failed}</ul>" if failures else ""}
</body></html>
"""


# -- the build -------------------------------------------------------------------------------------
def _article_files(articles: Sequence[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in articles:
        path = Path(item).expanduser().resolve()
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and p.is_file())
            if not found:
                raise ReportError(f"{item}: no .txt, .md or .html files in this folder")
            files += found
        elif path.exists():
            files.append(path)
        else:
            raise ReportError(f"{item}: no such file or folder")
    return files


def _default_articles(folder: Path) -> list[Path]:
    """The articles the notebooks' own ``parameters`` cells name, in suite
    order without repeats: the main ``ARTICLE`` first, then every
    ``COMPARISON`` text (for the trace and the index page)."""
    import nbformat

    paths: dict[Path, None] = {}
    for path in notebook_paths(folder):
        nb = nbformat.read(path, as_version=4)
        cell = next((c for c in nb.cells if PARAMETERS_TAG in _tags(c)), None)
        names = _assignments(cell.source) if cell is not None else {}
        for p in [names.get("ARTICLE"), *names.get("COMPARISON", [])]:
            if isinstance(p, str) and p:
                paths.setdefault((folder / p).resolve())
    return list(paths)


def _assignments(source: str) -> dict:
    """The ``NAME = literal`` assignments of a parameters cell (nothing is executed)."""
    names = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                names[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return names


def _trace(article_paths: Sequence[Path]) -> dict:
    from .lexicon import Lexicon

    articles = []
    for p in article_paths:
        meta = load_article(p).metadata()
        articles.append({k: meta[k] for k in ("id", "title", "date", "outlet")} | {"source": str(p)})
    return {"articles": articles, "biaslab_version": __version__, "lexicon_version": Lexicon.default().version,
            "built": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def _write_data(analyses: Sequence, folder: Path) -> list[Path]:
    """The corpus's data files: scores, actor scores, every analysis as JSONL, the tidy tables as .xlsx."""
    from .batch import scores_frame
    from .spreadsheet import write_xlsx

    folder.mkdir(parents=True, exist_ok=True)
    articles, actors = scores_frame(analyses, per_actor=True)
    paths = [folder / name for name in _DATA_FILES]
    articles.to_csv(paths[0], index=False)
    actors.to_csv(paths[1], index=False)
    paths[2].write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in analyses),
                        encoding="utf-8")
    write_xlsx(analyses, paths[3])
    return paths


def _write_pages(analyses: Sequence, folder: Path) -> list[Path]:
    """One standalone page per article (metrics, figures, highlighted text), named by its id."""
    from .render import article_page

    folder.mkdir(parents=True, exist_ok=True)
    paths, used = [], Counter()
    for a in analyses:
        stem = re.sub(r"[^\w.-]+", "-", str(a.article.id)).strip("-") or "article"
        used[stem] += 1
        path = folder / (f"{stem}-{used[stem]}" if used[stem] > 1 else stem)
        path = path.with_name(path.name + ".html")
        path.write_text(article_page(a, links=[("all reports", "../index.html")]), encoding="utf-8")
        paths.append(path)
    return paths


def merge_parameters(nb):
    """A copy of an executed notebook with papermill's ``injected-parameters``
    cell folded into the ``parameters`` cell: one cell stating the values the
    run used (the defaults it overrode are gone), so a report on your article
    does not show the bundled article's path. Without injection: unchanged."""
    import copy

    cells = nb.cells
    injected = next((i for i, c in enumerate(cells) if INJECTED_TAG in _tags(c)), None)
    params = next((i for i, c in enumerate(cells) if PARAMETERS_TAG in _tags(c)), None)
    if injected is None or params is None:
        return nb
    nb = copy.deepcopy(nb)
    original, values = nb.cells[params].source, nb.cells[injected].source
    names = set(_assignments(values))
    kept = []
    for node in ast.parse(original).body:
        targets = getattr(node, "targets", [])
        if not (len(targets) == 1 and isinstance(targets[0], ast.Name) and targets[0].id in names):
            kept.append(ast.get_source_segment(original, node))
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    lines = [line for line in values.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    nb.cells[params].source = "\n".join(comments + kept + lines)
    del nb.cells[injected]
    return nb


def _handout(nb, files: Sequence[Path], parameters: dict):
    """The student's copy of an executed notebook: no solution cells, no
    answer outputs, and its articles named relative to the handout folder."""
    from papermill.parameterize import parameterize_notebook

    nb = hide_answers(strip_solutions(nb))
    relative = {"ARTICLE": f"articles/{files[0].name}", "COMPARISON": [f"articles/{p.name}" for p in files[1:]]}
    declared = notebook_parameters(nb)
    wanted = {k: v for k, v in {**parameters, **relative}.items() if k in declared}
    if wanted:
        nb = parameterize_notebook(nb, wanted, kernel_name=KERNEL_NAME, language="python")
    nb.metadata.pop("papermill", None)
    return merge_parameters(nb)


def build_reports(
    *,
    articles: Sequence[str | Path] | None = None,
    out: str | Path = "reports",
    pdf: bool = False,
    paper: str = "a4",
    student: bool = False,
    timeout: int = DEFAULT_TIMEOUT,
    notebooks: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> ReportResult:
    """Execute the notebook suite with papermill and export HTML (and PDF) reports into ``out``.

    ``articles``: article files or folders (text, Markdown or saved web
    pages); the first is the notebooks' ``ARTICLE``, the rest their
    ``COMPARISON`` (default: the articles the notebooks name, the bundled
    corpus). Relative paths are taken from the current directory. With one
    article, the coverage comparison (which needs two or more) is left out
    and the index says so. ``pdf``: also export PDF on ``paper`` (``"a4"``
    or ``"letter"``; needs xelatex and pandoc: if they are missing the HTML
    reports are still built and ``notes`` says what to install).
    ``student``: also write the student handout (``out/student/``: every
    notebook as a runnable ``.ipynb`` and its HTML, without solutions or
    answer outputs, with copies of the articles). ``timeout``: seconds per
    cell. ``notebooks``: another notebook folder. ``progress``: called with
    one line per finished notebook.

    Besides the notebooks, ``out`` gets one page per article
    (``articles/``), the data files (``data/``: scores, actor scores, every
    analysis as JSONL, the tidy tables as ``.xlsx``) and ``index.html``,
    which links everything. A notebook that fails does not stop the others;
    it is listed in ``failures`` with the failing cell.
    """
    import nbformat

    from .analysis import analyze

    began = time.perf_counter()
    if paper not in PAPER:
        raise ReportError(f"unknown paper size {paper!r}; choose from {', '.join(PAPER)}")
    folder = Path(notebooks).resolve() if notebooks is not None else NOTEBOOK_DIR
    paths = notebook_paths(folder)
    parameters: dict = {}
    if articles:
        files = _article_files([articles] if isinstance(articles, (str, Path)) else articles)
        parameters = {"ARTICLE": str(files[0]), "COMPARISON": [str(p) for p in files[1:]]}
    else:
        files = _default_articles(folder)
    trace = _trace(files)  # also checks that every article can be read, before any kernel starts
    out = Path(out).expanduser().resolve()
    figures_dir = out / "figures"
    figures_dir.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    if pdf and (missing := missing_pdf_tools()):
        notes.append(f"PDF export needs {' and '.join(missing)}, which {'are' if len(missing) > 1 else 'is'} "
                     "not installed; "
                     f"the HTML reports are built. To get PDFs install: {PDF_INSTALL}")
        print(f"biaslab: {notes[-1]}", file=sys.stderr)
        pdf = False

    jobs = []
    for path in paths:
        stem = path.stem
        if stem == COVERAGE and articles and len(files) < 2:
            notes.append(f"{stem} compares two or more articles and was left out: give more with --article.")
            continue
        nb = nbformat.read(path, as_version=4)
        if stem == WORKBOOK:
            # the teacher's copy checks on request (CHECK = True); the student's copy runs as handed out
            jobs.append((stem, "teacher", nb, {**parameters, "CHECK": True}))
            if student:
                jobs.append((stem, "student", strip_solutions(nb), dict(parameters)))
        else:
            jobs.append((stem, "", nb, dict(parameters)))
    for _, _, nb, _ in jobs:
        nb.metadata["biaslab"] = {**trace}

    with _kernel_specs() as specs:
        def run(job):
            stem, variant, nb, params = job
            t0 = time.perf_counter()
            executed, failure = _execute(nb, params, name=stem, variant=variant, cwd=folder, timeout=timeout,
                                         specs=specs)
            seconds = round(time.perf_counter() - t0, 2)
            if progress:
                progress(f"{stem}{' [' + variant + ']' if variant else ''}: "
                         f"{'FAILED' if failure else 'ok'} in {seconds:.1f} s")
            return executed, failure, seconds

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            running = pool.map(run, jobs)
            # while the kernels run: the article pages and the data files, in this process
            analyses = [analyze(load_article(f)) for f in files]
            pages = _write_pages(analyses, out / "articles")
            data = _write_data(analyses, out / "data")
            outcomes = list(running)

    reports, failures, executed = [], [], {}
    main_title = trace["articles"][0].get("title") or trace["articles"][0].get("id")
    handout_dir = out / "student"
    handout: list[Path] = []
    for (stem, variant, _, params), (nb, failure, seconds) in zip(jobs, outcomes):
        if failure:
            failures.append(failure)
            continue
        name = stem + (f"-{variant}" if variant else "")
        executed[name] = nb
        title = _title(nb, stem) + (f" ({variant} copy)" if variant else "")
        nb.metadata["title"] = f"{title} — {main_title}"
        nb.metadata["biaslab"] = {**trace, "notebook": f"{stem}.ipynb", "variant": variant}
        if variant != "student":
            html_path = out / f"{name}.html"
            shown = merge_parameters(nb)
            html_path.write_text(export_html(shown, title=nb.metadata["title"]), encoding="utf-8")
            figures = _write_figures(nb, figures_dir, stem)
            pdf_path = None
            if pdf:
                pdf_path = out / f"{name}.pdf"
                try:
                    export_pdf(shown, pdf_path, title=nb.metadata["title"], paper=paper)
                except Exception as exc:  # nbconvert raises LatexFailed, OSError, ...; report and go on
                    notes.append(f"{name}: PDF export failed: {type(exc).__name__}: {str(exc)[:300]}")
                    pdf_path = None
            reports.append(NotebookReport(stem, variant, title, html_path, pdf_path, tuple(figures), seconds))
        if student and variant != "teacher":
            copy = _handout(nb, files, params)
            handout_dir.mkdir(parents=True, exist_ok=True)
            copy.metadata["title"] = f"{_title(nb, stem)} (student copy) — {main_title}"
            for suffix, text in ((".ipynb", nbformat.writes(copy)),
                                 (".html", export_html(copy, title=copy.metadata["title"]))):
                (handout_dir / f"{stem}{suffix}").write_text(text, encoding="utf-8")
                handout.append(handout_dir / f"{stem}{suffix}")
    if student:
        (handout_dir / "articles").mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copyfile(f, handout_dir / "articles" / f.name)

    index = out / "index.html"
    index.write_text(_index_html(reports, failures, trace, out, pages=pages, data=data, handout=handout,
                                 notes=notes), encoding="utf-8")
    return ReportResult(out, index, tuple(reports), tuple(failures), tuple(notes),
                        round(time.perf_counter() - began, 2), executed)


def run_report_command(args) -> int:
    """``biaslab report [--article PATH ...] [--out DIR] [--pdf [--paper letter]] [--student]``.

    Prints one line per notebook and where the index is; exit status 0 when
    every notebook ran, 1 when one failed (its cell is named), 2 for bad input.
    """
    result = build_reports(articles=list(args.article) or None, out=args.out, pdf=args.pdf,
                           paper=getattr(args, "paper", "a4"), student=args.student,
                           progress=lambda line: print(line, flush=True))
    for note in result.notes:
        if not note.startswith("PDF export needs"):  # already printed by build_reports
            print(f"biaslab: {note}", file=sys.stderr)
    for failure in result.failures:
        print(f"biaslab: notebook failed: {failure.message}", file=sys.stderr)
    print(f"{len(result.reports)} report(s) in {result.seconds:.1f} s: {result.index}")
    return 0 if result.ok else 1
