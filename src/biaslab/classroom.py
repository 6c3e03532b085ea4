"""The classroom workbook's marks: files, answer keys, checks on request, and a class pooled.

Marks files
-----------
A student's (or a teacher's) marks for one article are a small TOML file,
one per person, written by hand or with :func:`save_marks`::

    # marks for biaslab's classroom workbook
    student = "Ana"                       # optional; default: the file name
    article = "my-article-id"             # optional; the id of the article marked
    loaded = ["strong man", "Basically"]  # Task 1: loaded terms in the writer's words
    scare = ["civil war"]                 # Task 2: the words inside scare quotes
    [speakers]                            # Task 3: first words of a quotation = speaker
    "I order the defense minister" = "Putin"

Phrases are copied from the article; matching forgives case, curly or
straight quotes and spacing (:func:`biaslab.workbook.locate_phrases`). When
``article`` is given it must be the id of the article analysed, so a key
for one article is never checked against another.

* **Answer key**: a teacher's marks file (:func:`answer_key`). Without one,
  the workbook compares with biaslab only. For the bundled article a key
  ships in ``notebooks/keys/``; the student handout leaves it out.
* **Checks on request**: :func:`check` shows nothing but a reminder until
  it is asked (the workbook's ``CHECK`` parameter), so running every cell
  neither reveals biaslab's marks nor touches the student's own lists.
* **A class pooled**: :func:`pool_class` reads one marks file per student and
  reports agreement *among the students* — Fleiss' kappa over the words of
  the article, each word marked or not by each student (Fleiss 1971,
  computed by statsmodels' :func:`~statsmodels.stats.inter_rater.fleiss_kappa`)
  — each student against biaslab (and the key), and the passages the class
  disagrees on most: runs of words that some students marked and others did
  not, the most evenly split first.

References: Fleiss, J. L. (1971). Measuring nominal scale agreement among
many raters. *Psychological Bulletin* 76(5), 378–382. Landis & Koch (1977)
for the descriptive bands (:func:`biaslab.workbook.kappa_label`).

Limits: word-level kappa weights long phrases more than short ones, and
words nobody marks (most of an article) count as agreement: kappa corrects
for chance, but a short article with few marks gives an unstable value.
"""
from __future__ import annotations

import html
import json
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .workbook import (
    Agreement, MarkError, SpeakerAgreement, agreement, agreement_table, compare_speakers, feedback, kappa_label,
    locate_phrases, tool_marks,
)

__all__ = ["Marks", "Check", "ClassAgreement", "Reveal", "load_marks", "save_marks", "marks_text", "student_marks",
           "answer_key", "check", "reveal", "class_marks", "load_class", "pool_class", "TASK_FIELDS", "NOT_ASKED"]

#: The workbook's tasks and the field of a marks file that holds each.
TASK_FIELDS = {"loaded": "loaded", "scare": "scare", "quoted": "speakers"}
#: What a check shows before it is asked.
NOT_ASKED = ("Not checked yet. When you have finished marking, set CHECK = True in the parameters cell at the "
             "top and run the notebook again: then your marks are compared with biaslab's{key}.")
#: Passages :func:`pool_class` lists as the most disputed.
CONTESTED = 5


@dataclass(frozen=True)
class Marks:
    """One person's marks for one article: ``loaded`` and ``scare`` phrases,
    ``speakers`` (first words of a quotation → speaker), ``student`` (a name),
    ``article`` (the article id, optional), ``source`` (the file read)."""

    student: str = "me"
    loaded: tuple[str, ...] = ()
    scare: tuple[str, ...] = ()
    speakers: Mapping[str, str] = field(default_factory=dict)
    article: str | None = None
    source: str | None = None

    def phrases(self, task: str):
        """The marks for a workbook ``task`` (``loaded``, ``scare`` or ``quoted``)."""
        if task not in TASK_FIELDS:
            raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASK_FIELDS)}")
        return getattr(self, TASK_FIELDS[task])

    def to_dict(self) -> dict:
        return {"student": self.student, "article": self.article, "loaded": list(self.loaded),
                "scare": list(self.scare), "speakers": dict(self.speakers)}


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise MarkError(f"{where}: {name} must be a list of phrases in quotation marks, e.g. {name} = [\"a phrase\"]")
    return tuple(value)


def _marks_from(data: Mapping, *, where: str, student: str, source: str | None) -> Marks:
    unknown = set(data) - {"student", "article", "loaded", "scare", "speakers"}
    if unknown:
        raise MarkError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}; "
                        "expected student, article, loaded, scare, speakers")
    speakers = data.get("speakers", {})
    if not isinstance(speakers, Mapping) or not all(isinstance(k, str) and isinstance(v, str)
                                                    for k, v in speakers.items()):
        raise MarkError(f"{where}: [speakers] must map the first words of a quotation to a name")
    return Marks(student=str(data.get("student") or student), loaded=_strings(data.get("loaded", []), where, "loaded"),
                 scare=_strings(data.get("scare", []), where, "scare"), speakers=dict(speakers),
                 article=data.get("article"), source=source)


def load_marks(path: str | Path) -> Marks:
    """Read a marks file (see the module docstring); :class:`MarkError` in one line if it is not one."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MarkError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MarkError(f"{path}: not a marks file ({exc})") from None
    return _marks_from(data, where=str(path), student=path.stem, source=str(path))


def _toml_string(text: str) -> str:
    # a JSON string is a TOML basic string (same escapes); TOML also forbids a raw DEL (U+007F)
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def marks_text(marks: Marks) -> str:
    """``marks`` as the text of a marks file."""
    lines = ["# marks for biaslab's classroom workbook", f"student = {_toml_string(marks.student)}"]
    if marks.article:
        lines.append(f"article = {_toml_string(marks.article)}")
    for name in ("loaded", "scare"):
        lines.append(f"{name} = [{', '.join(_toml_string(p) for p in getattr(marks, name))}]")
    lines.append("[speakers]")
    lines += [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in marks.speakers.items()]
    return "\n".join(lines) + "\n"


def save_marks(path: str | Path, *, loaded: Iterable[str] = (), scare: Iterable[str] = (),
               speakers: Mapping[str, str] | None = None, student: str | None = None,
               article: str | None = None) -> Path:
    """Write a marks file (to hand in, or as an answer key); returns its path."""
    path = Path(path)
    marks = Marks(student=student or path.stem, loaded=tuple(loaded), scare=tuple(scare),
                  speakers=dict(speakers or {}), article=article)
    path.write_text(marks_text(marks), encoding="utf-8")
    return path


def student_marks(path: str | Path | None = None, *, loaded: Iterable[str] = (), scare: Iterable[str] = (),
                  speakers: Mapping[str, str] | None = None) -> Marks:
    """The student's marks: from the marks file ``path`` when given (e.g. a
    teacher checking a handed-in file), else the lists typed in the notebook."""
    if path:
        return load_marks(path)
    def listed(value):
        return value if isinstance(value, (str, list, tuple)) else list(value)
    if not isinstance(speakers or {}, Mapping):
        raise MarkError("your marks: my_speakers must be a dict: {\"first words of a quotation\": \"speaker\"}")
    return Marks(student="me", loaded=_strings(listed(loaded), "your marks", "loaded"),
                 scare=_strings(listed(scare), "your marks", "scare"), speakers=dict(speakers or {}))


def _for_article(marks: Marks, analysis) -> Marks:
    article_id = analysis.article.id
    if marks.article and marks.article != article_id:
        raise MarkError(f"{marks.source or marks.student}: these marks are for article {marks.article!r}, "
                        f"not for {article_id!r}")
    return marks


def answer_key(analysis, key: str | Path | None = None, *, folder: str | Path = "keys") -> Marks | None:
    """The teacher's answer key for ``analysis``, or None when there is none.

    ``key``: a marks file; None looks for ``<folder>/<article id>.toml``
    (relative to the working directory, the notebooks' folder), so the key
    shipped for the bundled article is found and no other article gets one.
    """
    if key is None:
        path = Path(folder) / f"{analysis.article.id}.toml"
        if not path.is_file():
            return None
        key = path
    return _for_article(load_marks(key), analysis)


# -- checks ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """One workbook check, shown in Jupyter: ``asked`` False shows only a
    reminder; otherwise ``tool`` compares the marks with biaslab's and
    ``key`` (when there is an answer key) with the key's."""

    task: str
    who: str
    asked: bool
    tool: Agreement | SpeakerAgreement | None = None
    key: Agreement | SpeakerAgreement | None = None
    has_key: bool = False
    note: str = ""

    def _sections(self) -> list[tuple[str, str, object]]:
        out = [("Compared with biaslab", feedback(self.tool), self.tool)]
        if self.key is not None:
            out.append(("Compared with the answer key", feedback(self.key).replace("biaslab", "the key"), self.key))
        return out

    def __repr__(self) -> str:
        if not self.asked:
            return NOT_ASKED.format(key=" and with the answer key" if self.has_key else "")
        if self.note:
            return self.note
        return "\n\n".join(f"{title} ({self.who}):\n{text}" for title, text, _ in self._sections())

    def _repr_html_(self) -> str:
        if not self.asked or self.note:
            return f"<p><em>{html.escape(repr(self))}</em></p>"
        parts = []
        for title, text, result in self._sections():
            parts.append(f"<h4>{html.escape(title)} ({html.escape(self.who)})</h4>")
            parts += [f"<p>{html.escape(line)}</p>" for line in text.splitlines()]
            table = result.to_frame()
            if len(table):
                parts.append(_table_html(table))
        return "".join(parts)

    def to_dict(self) -> dict:
        return {"task": self.task, "who": self.who, "asked": self.asked,
                "tool": self.tool.to_dict() if self.tool else None, "key": self.key.to_dict() if self.key else None}


def _compare(task: str, marks, analysis, reference: Marks | None):
    """Agreement of ``marks`` (phrases or a speaker dict) with biaslab (reference None) or a key."""
    if task == "quoted":
        speakers = dict(marks)
        aliases = analysis.article.actors
        if reference is None:
            return compare_speakers(speakers, analysis.quotes, analysis.text, aliases=aliases)
        key = compare_speakers(dict(reference.speakers), analysis.quotes, analysis.text, aliases=aliases)
        mine = compare_speakers(speakers, analysis.quotes, analysis.text, aliases=aliases)
        from .workbook import SpeakerCheck, _canonical

        checks = tuple(SpeakerCheck(m.start, m.end, m.text, m.student, k.student,
                                    _canonical(m.student, aliases) == _canonical(k.student, aliases))
                       for m, k in zip(mine.checks, key.checks))
        share = round(sum(c.agree for c in checks) / len(checks), 4) if checks else None
        return SpeakerAgreement(checks, share, mine.unplaced)
    if reference is None:
        return agreement(list(marks), tool_marks(analysis, task), analysis.text)
    spans, _ = locate_phrases(list(reference.phrases(task)), analysis.text)
    return agreement(list(marks), spans, analysis.text)


def check(task: str, marks, analysis, *, key: Marks | None = None, when: bool = False, who: str = "your marks"
          ) -> Check:
    """Check the marks for a workbook ``task`` (``loaded``, ``scare``, ``quoted``).

    ``marks``: a :class:`Marks`, a list of phrases, or (``quoted``) a dict of
    speakers. Nothing is compared unless ``when`` is true (the notebook's
    ``CHECK``); then the marks are compared with biaslab's and, when ``key``
    is given, with the answer key's.
    """
    if task not in TASK_FIELDS:
        raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASK_FIELDS)}")
    if marks is None:
        return Check(task, who, True, note="There is no answer key for this article: give a teacher's marks file "
                                           "as KEY to compare with one.")
    if isinstance(marks, Marks):
        marks = marks.phrases(task)
    if not when:
        return Check(task, who, False, has_key=key is not None)
    key = _for_article(key, analysis) if key is not None else None
    return Check(task, who, True, _compare(task, marks, analysis, None),
                 _compare(task, marks, analysis, key) if key is not None else None, key is not None)


# -- a class pooled ---------------------------------------------------------------------------------------
def class_marks(analysis, source: str | Path | Sequence[str | Path] | None = None, *,
                folder: str | Path = "classes") -> list[Marks]:
    """A class's marks files for ``analysis``: ``source`` (a folder or a list
    of files), or when None the folder ``<folder>/<article id>/`` if there is
    one (the example class shipped for the bundled article); else none."""
    if source is None:
        default = Path(folder) / str(analysis.article.id)
        source = default if default.is_dir() else None
    return [_for_article(m, analysis) for m in load_class(source)]


@dataclass(frozen=True)
class Reveal:
    """biaslab's reading of the article, shown only when asked: the
    highlighted text and the loaded terms by category (as an image)."""

    asked: bool
    html: str = ""
    png: bytes = b""

    def _repr_html_(self) -> str:
        if not self.asked:
            return f"<p><em>{html.escape(repr(self))}</em></p>"
        return self.html

    def _repr_png_(self) -> bytes | None:
        return self.png or None

    def __repr__(self) -> str:
        if not self.asked:
            return ("biaslab's reading is shown when you ask for it: set CHECK = True in the parameters cell "
                    "and run the notebook again.")
        return "biaslab's reading: the highlighted article and the loaded terms by category."


def reveal(analysis, *, when: bool = False) -> Reveal:
    """biaslab's marks on the article (highlighted text and chart), only when ``when`` (the notebook's CHECK)."""
    if not when:
        return Reveal(False)
    import base64
    import io

    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from .plots import STYLE, plot_loaded_by_category
    from .render import render_analysis

    buf = io.BytesIO()
    with rc_context(STYLE):
        fig = Figure(figsize=(7, 3.4), layout="constrained")
        plot_loaded_by_category(analysis, ax=fig.add_subplot())
        fig.savefig(buf, format="png", dpi=110)
    png = buf.getvalue()
    img = f'<img alt="loaded terms by category and voice" src="data:image/png;base64,{base64.b64encode(png).decode()}">'
    return Reveal(True, render_analysis(analysis) + img, png)


def load_class(source: str | Path | Sequence[str | Path] | None) -> list[Marks]:
    """Every student's marks: a folder of ``.toml`` marks files (sorted by
    name) or a list of files; ``None`` or an empty folder gives none."""
    if source is None:
        return []
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise MarkError(f"{path}: no such file or folder")
        paths = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    else:
        paths = [Path(p) for p in source]
    return [load_marks(p) for p in paths]


@dataclass(frozen=True)
class ClassAgreement:
    """A class's marks for one task, pooled.

    ``students``: their names; ``fleiss_kappa``: agreement among them over
    the article's words (−1–1; None with fewer than two students or when
    nobody marked anything); ``per_student``: a DataFrame, one row per
    student, scored against biaslab (and the key): words marked,
    precision/recall/F1 (0–1), Cohen's kappa; ``contested``: a DataFrame of
    the passages the class split on, most evenly split first: ``start``,
    ``end`` (offsets), ``text``, ``marked_by`` ("2 of 4"), ``split`` (0–0.5,
    the share of the minority), ``biaslab`` (whether biaslab marked it).
    """

    task: str
    students: tuple[str, ...]
    fleiss_kappa: float | None
    per_student: object
    contested: object

    @property
    def kappa_label(self) -> str | None:
        return kappa_label(self.fleiss_kappa) if self.fleiss_kappa is not None else None

    def summary(self) -> str:
        n = len(self.students)
        if n < 2:
            return (f"Pooling needs the marks of two or more students (one marks file each); "
                    f"{'one was' if n == 1 else 'none were'} given.")
        if self.fleiss_kappa is None:
            return f"{n} students; nobody marked anything for this task, so there is no agreement to measure."
        line = (f"{n} students. Fleiss' kappa among them is {self.fleiss_kappa:+.2f}, "
                f"“{self.kappa_label}” agreement (counted word by word).")
        if len(self.contested):
            top = self.contested.iloc[0]
            line += f" The most disputed passage is “{top['text']}”, marked by {top['marked_by']} students."
        return line

    def __repr__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        parts = [f"<p>{html.escape(self.summary())}</p>"]
        if len(self.per_student):
            parts += ["<h4>Each student against biaslab</h4>", _table_html(self.per_student)]
        if len(self.contested):
            parts += ["<h4>Where the class disagrees most</h4>",
                      _table_html(self.contested.drop(columns=["start", "end"]))]
        return "".join(parts)

    def to_dict(self) -> dict:
        return {"task": self.task, "students": list(self.students), "fleiss_kappa": self.fleiss_kappa,
                "per_student": self.per_student.to_dict(orient="records"),
                "contested": self.contested.to_dict(orient="records")}


def _table_html(df) -> str:
    """A table as the notebooks show them (:mod:`biaslab.display`), led by its status or student column."""
    from .display import _html_table

    first = df.columns[0]
    return _html_table(df.set_index(first) if first in ("status", "student") else df)


def _fleiss(table) -> float | None:
    from statsmodels.stats.inter_rater import fleiss_kappa

    marked = sum(row[1] for row in table)
    if not table or marked == 0 or marked == sum(sum(row) for row in table):
        return None  # one category only: chance agreement is 1 and kappa undefined
    return round(float(fleiss_kappa(table, method="fleiss")), 4)


def pool_class(marks: Sequence[Marks], analysis, *, task: str = "loaded", key: Marks | None = None
               ) -> ClassAgreement:
    """Pool a class's marks for ``task`` (``loaded`` or ``scare``) on ``analysis`` (see the module docstring)."""
    import pandas as pd

    from .segmentation import SpanIndex, words

    if task not in ("loaded", "scare"):
        raise ValueError("a class is pooled on the phrase tasks: 'loaded' or 'scare'")
    text = analysis.text
    marks = [_for_article(m, analysis) for m in marks]
    units = words(text)
    tool = SpanIndex(tool_marks(analysis, task))
    labels = []
    rows = []
    for m in marks:
        spans, _ = locate_phrases(list(m.phrases(task)), text)
        index = SpanIndex(spans)
        labels.append([bool(index.overlapping(u.start, u.end)) for u in units])
        vs_tool = agreement(list(m.phrases(task)), tool_marks(analysis, task), text)
        row = {"student": m.student, "words marked": sum(labels[-1]),
               **{k: agreement_table(vs_tool).iloc[0][k] for k in ("precision", "recall", "f1", "kappa")}}
        if key is not None:
            key_spans, _ = locate_phrases(list(key.phrases(task)), text)
            row["kappa vs key"] = agreement(list(m.phrases(task)), key_spans, text).kappa
        rows.append(row)
    n = len(marks)
    counts = [sum(col) for col in zip(*labels)] if labels else []
    kappa = _fleiss([[n - k, k] for k in counts]) if n >= 2 else None
    contested = []
    i = 0
    while i < len(counts):  # runs of words the class split on
        if 0 < counts[i] < n:
            j = i
            while j + 1 < len(counts) and 0 < counts[j + 1] < n and _adjacent(text, units[j], units[j + 1]):
                j += 1
            k = max(counts[i:j + 1])
            start, end = units[i].start, units[j].end
            contested.append({"start": start, "end": end, "text": " ".join(text[start:end].split()),
                              "marked_by": f"{k} of {n}", "split": round(min(k, n - k) / n, 4),
                              "biaslab": bool(tool.overlapping(start, end))})
            i = j + 1
        else:
            i += 1
    contested.sort(key=lambda r: (-r["split"], r["start"]))
    columns = ["student", "words marked", "precision", "recall", "f1", "kappa"] + (["kappa vs key"] if key else [])
    return ClassAgreement(task, tuple(m.student for m in marks), kappa, pd.DataFrame(rows, columns=columns),
                          pd.DataFrame(contested[:CONTESTED],
                                       columns=["start", "end", "text", "marked_by", "split", "biaslab"]))


def _adjacent(text: str, a, b) -> bool:
    """Two words belong to one passage when only spaces, commas, dashes or quotation marks lie between
    them (not a sentence end or a paragraph break)."""
    gap = text[a.end:b.start]
    return len(gap) <= 3 and "\n\n" not in gap and not any(c in ".!?" for c in gap)
