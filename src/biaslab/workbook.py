"""Classroom agreement: how far a student's marks match biaslab's.

A student marks phrases (loaded terms, scare quotes, speakers' words) as plain
strings; biaslab marks spans with character offsets. :func:`agreement` puts
both on the same footing and reports how well they agree.

Method
------
1. **Locate the student's phrases.** Every occurrence of each phrase in the
   text is marked, matched case-insensitively, with any run of whitespace in
   the phrase matching any run of whitespace in the text, curly and straight
   quotes and apostrophes treated as the same character, and whole words only
   (marking "war" does not mark "warned"). A phrase that occurs nowhere is
   reported in ``not_found`` rather than silently ignored.
2. **Label units.** With ``unit="token"`` (default) every word of the text
   (:func:`biaslab.segmentation.words`: punctuation and quote marks are not
   units, so “civil war” and civil war mark the same two words) is labelled
   *marked* when it overlaps a mark. With ``unit="sentence"`` every sentence
   is labelled *marked* when it overlaps a mark.
3. **Score.** Taking biaslab as the reference: precision = TP / (TP + FP),
   recall = TP / (TP + FN), F1 their harmonic mean — the F-measure is the
   usual agreement statistic for span annotation, where "unmarked" units
   outnumber marked ones (Hripcsak & Rothschild 2005). Cohen's kappa
   (Cohen 1960) corrects the raw agreement over all units, marked or not, for
   the agreement expected by chance; it is described with the bands of
   Landis & Koch (1977).
4. **Explain.** ``matched``, ``missed`` and ``extra`` list the spans behind
   the numbers: biaslab's spans the student also marked, biaslab's spans the
   student did not mark, and the student's marks biaslab does not have.

Speakers are compared quotation by quotation (:func:`compare_speakers`):
the student maps a few words of each quotation to a name, and the names
agree when they are the same actor (equal ignoring case, or names of one
declared actor). :func:`tool_marks` gives biaslab's spans for each workbook
task, :func:`feedback` turns either result into a few friendly sentences, and
:func:`agreement_table` sets the scores of several comparisons side by side.
Spans are related through :class:`biaslab.segmentation.SpanIndex`, so the
work grows with the length of the text, not with words × marks.

Limits: agreement with biaslab is not correctness. biaslab's lexicon is a
fixed list and its quotation rules are heuristics, so a student who marks a
loaded phrase the lexicon lacks lowers "precision" while being right. The
feedback text says so. Token-level scores weight long phrases more than short
ones; the sentence level is coarser but kinder to boundary differences.

References
----------
* Cohen, J. (1960). A coefficient of agreement for nominal scales.
  *Educational and Psychological Measurement* 20(1), 37–46.
* Landis, J. R. & Koch, G. G. (1977). The measurement of observer agreement
  for categorical data. *Biometrics* 33(1), 159–174.
* Hripcsak, G. & Rothschild, A. S. (2005). Agreement, the F-measure, and
  reliability in information retrieval. *JAMIA* 12(3), 296–298.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .lexicon import SCARE_QUOTES
from .segmentation import ENGLISH_QUOTES, Span, SpanIndex, fold_quotes, sentences, words

__all__ = [
    "Agreement", "SpeakerCheck", "SpeakerAgreement", "MarkError", "agreement", "agreement_table",
    "compare_speakers", "feedback", "locate_phrases", "kappa_label", "tool_marks", "KAPPA_BANDS", "TASKS",
]

#: Landis & Koch (1977) descriptive bands for kappa: (upper bound, label).
#: Their table is the most cited reading of kappa values; the bands are a
#: convention, not a test.
KAPPA_BANDS = (
    (0.0, "poor"),
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
    (1.0, "almost perfect"),
)

#: The marks that phrase matching treats as their straight forms: the English ones
#: and „ (U+201E). Folding « » ‚ ‹ › and ʼ as well would match more phrases, and ʼ,
#: a letter to ``\w``, would move word boundaries ("Russia" would match in "Russiaʼs").
_FOLDED_MARKS = ENGLISH_QUOTES + "\u201e"
#: How many examples of each list :func:`feedback` names; more would bury the summary.
FEEDBACK_EXAMPLES = 5

Unit = Literal["token", "sentence"]
#: Quotation kinds that have a speaker; scare quotes are the author's own device.
SPOKEN_KINDS = ("direct", "partial")


class MarkError(ValueError):
    """A student's marks are not in the expected form; the message says how to fix them."""


@dataclass(frozen=True)
class Agreement:
    """How a student's marks agree with biaslab's on one text.

    * ``precision``: share (0–1) of the student's marked units that biaslab
      also marked; ``None`` when the student marked nothing.
    * ``recall``: share (0–1) of biaslab's marked units the student found;
      ``None`` when biaslab marked nothing.
    * ``f1``: harmonic mean of the two (0–1); ``None`` when either is.
    * ``kappa``: Cohen's kappa over all units (-1–1; 0 is chance agreement,
      1 perfect). 1.0 when both marked exactly the same units, including none.
    * ``matched`` / ``missed`` / ``extra``: spans (offsets into the text) —
      biaslab's spans the student overlapped, biaslab's spans the student
      missed, the student's marks that overlap no biaslab span.
    * ``unit``: ``"token"`` or ``"sentence"``; ``tp``, ``fp``, ``fn``, ``tn``:
      the unit counts behind the scores.
    * ``not_found``: student phrases that occur nowhere in the text.
    """

    precision: float | None
    recall: float | None
    f1: float | None
    kappa: float
    matched: tuple[Span, ...]
    missed: tuple[Span, ...]
    extra: tuple[Span, ...]
    unit: str = "token"
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    not_found: tuple[str, ...] = field(default_factory=tuple)

    @property
    def kappa_label(self) -> str:
        """The Landis & Koch (1977) band of ``kappa``."""
        return kappa_label(self.kappa)

    def to_frame(self):
        """The spans behind the scores as a pandas DataFrame, one row each:
        ``status`` (``matched``, ``missed`` or ``extra``), ``start``, ``end``, ``text``."""
        import pandas as pd

        rows = [{"status": status, **span.to_dict()}
                for status, spans in (("matched", self.matched), ("missed", self.missed), ("extra", self.extra))
                for span in spans]
        return pd.DataFrame(rows, columns=["status", "start", "end", "text"])

    def to_dict(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "kappa": self.kappa, "kappa_label": self.kappa_label, "unit": self.unit,
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
            "matched": [s.to_dict() for s in self.matched],
            "missed": [s.to_dict() for s in self.missed],
            "extra": [s.to_dict() for s in self.extra],
            "not_found": list(self.not_found),
        }


def kappa_label(kappa: float) -> str:
    """Describe a kappa value with the Landis & Koch (1977) bands."""
    if kappa < 0:
        return "poor"
    for upper, label in KAPPA_BANDS[1:]:
        if kappa <= upper:
            return label
    return KAPPA_BANDS[-1][1]


def _fold(text: str) -> str:
    """``text`` with :data:`_FOLDED_MARKS` straight and no-break spaces plain,
    one character for one, so offsets into the result are offsets into ``text``."""
    return fold_quotes(text, marks=_FOLDED_MARKS).replace("\u00a0", " ")


def _phrase_pattern(phrase: str) -> re.Pattern | None:
    parts = _fold(phrase).split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(p) for p in parts)
    left = r"(?<!\w)" if re.match(r"\w", parts[0]) else ""
    right = r"(?!\w)" if re.search(r"\w$", parts[-1]) else ""
    return re.compile(left + body + right, re.IGNORECASE)


def locate_phrases(phrases: Iterable[str], text: str) -> tuple[list[Span], list[str]]:
    """Every occurrence of each phrase in ``text``, and the phrases found nowhere.

    Matching is case-insensitive, whitespace-tolerant, quote-style-blind and
    whole-word (see the module docstring). Spans are sorted by offset;
    duplicates are dropped.
    """
    if isinstance(phrases, str):
        phrases = [phrases]
    folded = _fold(text)
    found: set[tuple[int, int]] = set()
    not_found: list[str] = []
    for phrase in phrases:
        if not isinstance(phrase, str):
            raise MarkError(f"marks must be phrases in quotation marks, copied from the text; got {phrase!r}")
        pattern = _phrase_pattern(phrase)
        if pattern is None:  # an empty placeholder string marks nothing
            continue
        hits = [(m.start(), m.end()) for m in pattern.finditer(folded)]
        if not hits:
            not_found.append(phrase)
        found.update(hits)
    return [Span(s, e, text[s:e]) for s, e in sorted(found)], not_found


def _as_spans(items: Iterable, text: str) -> list[Span]:
    spans = []
    for item in items:
        if isinstance(item, tuple) and len(item) >= 2 and all(isinstance(x, int) for x in item[:2]):
            start, end = item[0], item[1]
        else:
            start, end = item.start, item.end
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} is outside the text (length {len(text)})")
        spans.append(Span(start, end, text[start:end]))
    return sorted(set(spans), key=lambda s: (s.start, s.end))


def _overlapped(items: Sequence[Span], spans: Sequence[Span]) -> list[bool]:
    """For each item, whether it shares a character with any of ``spans``
    (a :class:`SpanIndex`: logarithmic time per item plus the overlaps found,
    instead of a scan of every span)."""
    index = SpanIndex(spans)
    return [bool(index.overlapping(item.start, item.end)) for item in items]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _kappa(tp: int, fp: int, fn: int, tn: int) -> float:
    n = tp + fp + fn + tn
    if n == 0:
        return 1.0
    observed = (tp + tn) / n
    student_yes, tool_yes = (tp + fp) / n, (tp + fn) / n
    expected = student_yes * tool_yes + (1 - student_yes) * (1 - tool_yes)
    if expected == 1:  # both used one and the same label everywhere
        return 1.0
    return round((observed - expected) / (1 - expected), 4)


def agreement(
    student_phrases: Iterable[str],
    tool_spans: Iterable,
    text: str,
    *,
    unit: Unit = "token",
) -> Agreement:
    """Compare a student's phrases with biaslab's spans on ``text``.

    ``student_phrases``: phrases copied from the text (a list of strings).
    ``tool_spans``: objects with ``start``/``end`` offsets into ``text``
    (loaded terms, quotations, any biaslab span) or ``(start, end)`` pairs.
    ``unit``: ``"token"`` (words) or ``"sentence"``.
    """
    if unit not in ("token", "sentence"):
        raise ValueError(f"unit must be 'token' or 'sentence', not {unit!r}")
    student, not_found = locate_phrases(student_phrases, text)
    tool = _as_spans(tool_spans, text)
    units = words(text) if unit == "token" else sentences(text)
    s_lab, t_lab = _overlapped(units, student), _overlapped(units, tool)
    tp = sum(s and t for s, t in zip(s_lab, t_lab))
    fp = sum(s and not t for s, t in zip(s_lab, t_lab))
    fn = sum(t and not s for s, t in zip(s_lab, t_lab))
    tn = len(units) - tp - fp - fn
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    found = _overlapped(tool, student)
    return Agreement(
        precision=precision, recall=recall, f1=f1, kappa=_kappa(tp, fp, fn, tn),
        matched=tuple(t for t, hit in zip(tool, found) if hit),
        missed=tuple(t for t, hit in zip(tool, found) if not hit),
        extra=tuple(s for s, hit in zip(student, _overlapped(student, tool)) if not hit),
        unit=unit, tp=tp, fp=fp, fn=fn, tn=tn, not_found=tuple(not_found),
    )


#: The columns of :func:`agreement_table`: the scores of an :class:`Agreement` and the counts behind them.
TABLE_COLUMNS = ["unit", "precision", "recall", "f1", "kappa", "kappa_label", "tp", "fp", "fn", "tn"]


def agreement_table(results: Agreement | Iterable[Agreement]):
    """Scores of one or several :class:`Agreement` side by side, one row each,
    in order (a pandas DataFrame with :data:`TABLE_COLUMNS`: ``unit``; precision,
    recall, F1 in 0-1 or missing; kappa in -1-1 with its Landis & Koch band;
    the unit counts ``tp``, ``fp``, ``fn``, ``tn``)."""
    import pandas as pd

    results = [results] if isinstance(results, Agreement) else list(results)
    return pd.DataFrame([{k: r.to_dict()[k] for k in TABLE_COLUMNS} for r in results], columns=TABLE_COLUMNS)


@dataclass(frozen=True)
class SpeakerCheck:
    """One quotation (``start``/``end``: offsets of the whole quotation) with
    the speaker the student gave (``None``: not marked) and biaslab's
    (``None``: not found); ``agree`` is True when both name the same actor."""

    start: int
    end: int
    text: str
    student: str | None
    tool: str | None
    agree: bool

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "student": self.student,
                "tool": self.tool, "agree": self.agree}


@dataclass(frozen=True)
class SpeakerAgreement:
    """Speaker attribution compared quotation by quotation.

    ``checks``: one per direct or partial quotation biaslab found; ``share``:
    the share (0–1) of them on which student and biaslab agree (``None`` when
    there are none); ``unplaced``: the student's quotation excerpts that lie
    inside no quotation biaslab found.
    """

    checks: tuple[SpeakerCheck, ...]
    share: float | None
    unplaced: tuple[str, ...] = ()

    def to_frame(self):
        """One row per quotation: ``text``, ``student``, ``tool``, ``agree`` (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame([c.to_dict() for c in self.checks],
                            columns=["start", "end", "text", "student", "tool", "agree"])

    def to_dict(self) -> dict:
        return {"checks": [c.to_dict() for c in self.checks], "share": self.share,
                "unplaced": list(self.unplaced)}


def _canonical(name: str | None, aliases: Mapping[str, Sequence[str]]) -> str | None:
    if name is None or not name.strip():
        return None
    key = " ".join(name.split()).casefold()
    for actor, names in aliases.items():
        if key == actor.casefold() or key in (a.casefold() for a in names):
            return actor.casefold()
    return key


def compare_speakers(
    student: Mapping[str, str],
    quotes: Iterable,
    text: str,
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> SpeakerAgreement:
    """Compare the student's speaker for each quotation with biaslab's.

    ``student`` maps a few words copied from inside a quotation to the
    speaker's name: ``{"I order the defense minister": "Putin"}``. ``quotes``
    are biaslab's quotations (``start``, ``end``, ``kind``, ``speaker``);
    only direct and partial ones are compared. Names agree when they are the
    same actor: equal ignoring case, or both names of one actor in
    ``aliases`` (an article's declared actors, ``{name: [aliases]}``).
    """
    if not isinstance(student, Mapping):
        raise MarkError("speakers must be a dict: {\"words from the quotation\": \"speaker\"}")
    aliases = aliases or {}
    spoken = sorted((q for q in quotes if q.kind in SPOKEN_KINDS), key=lambda q: q.start)
    holders = SpanIndex(range(len(spoken)), start=lambda i: spoken[i].start, end=lambda i: spoken[i].end)
    given: dict[int, str] = {}
    unplaced = []
    for excerpt, speaker in student.items():
        if not isinstance(excerpt, str) or not isinstance(speaker, str):
            raise MarkError(f"speaker marks must be text: {excerpt!r}: {speaker!r}")
        spans, _ = locate_phrases([excerpt], text)
        homes = sorted({i for s in spans for i in holders.holding(s.start, s.end)})
        if not homes:
            unplaced.append(excerpt)
        for i in homes:
            given[i] = speaker
    checks = []
    for i, q in enumerate(spoken):
        mine, tool = given.get(i), q.speaker
        agree = _canonical(mine, aliases) == _canonical(tool, aliases)
        checks.append(SpeakerCheck(q.start, q.end, text[q.start:q.end], mine, tool, agree))
    share = round(sum(c.agree for c in checks) / len(checks), 4) if checks else None
    return SpeakerAgreement(tuple(checks), share, tuple(unplaced))


#: The marking tasks of the classroom workbook and what biaslab marks for each.
TASKS = {
    "loaded": "loaded terms in the author's voice (not inside quotations; scare quotes excluded)",
    "scare": "scare quotes (the whole quotation, marks included)",
    "quoted": "direct and partial quotations",
}


def tool_marks(analysis, task: str) -> list[Span]:
    """biaslab's spans for a workbook ``task`` (a key of :data:`TASKS`), from an
    :class:`~biaslab.analysis.Analysis`."""
    text = analysis.text
    if task == "loaded":
        found = [t for t in analysis.loaded_terms if t.voice == "author" and t.term != SCARE_QUOTES]
    elif task == "scare":
        found = [q for q in analysis.quotes if q.kind == "scare"]
    elif task == "quoted":
        found = [q for q in analysis.quotes if q.kind in SPOKEN_KINDS]
    else:
        raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    return _as_spans(found, text)


def _quoted(text: str) -> str:
    """``text`` in quotation marks, unless it already has them (a scare quote)."""
    text = " ".join(text.split())
    return text if text[:1] in "“\"‘'" and text[-1:] in "”\"’'" else f"“{text}”"


def _names(spans: Sequence[Span]) -> str:
    shown = [_quoted(s.text) for s in spans[:FEEDBACK_EXAMPLES]]
    more = len(spans) - FEEDBACK_EXAMPLES
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"


def _speaker_feedback(result: SpeakerAgreement) -> str:
    if not result.checks:
        lines = ["biaslab found no direct or partial quotations here, so there are no speakers to compare."]
    else:
        agreed = sum(c.agree for c in result.checks)
        lines = [f"You and biaslab agree on the speaker of {agreed} of {len(result.checks)} quotations."]
        for c in result.checks:
            if not c.agree:
                excerpt = " ".join(c.text.split())
                excerpt = excerpt if len(excerpt) <= 60 else excerpt[:57] + "…"
                lines.append(f"{excerpt}: you said {c.student or 'nobody'}, biaslab said {c.tool or 'nobody'}. "
                             "Who is right? Look for the reporting verb and the name nearest to it.")
    if result.unplaced:
        lines.append("These excerpts are not inside any quotation biaslab found (check the spelling, or "
                     f"biaslab may have missed the quotation): {', '.join(repr(u) for u in result.unplaced)}.")
    return "\n".join(lines)


def feedback(result: Agreement | SpeakerAgreement) -> str:
    """A few friendly sentences explaining an :class:`Agreement` (or a
    :class:`SpeakerAgreement`) to a student."""
    if isinstance(result, SpeakerAgreement):
        return _speaker_feedback(result)
    tool_total = len(result.matched) + len(result.missed)
    if tool_total == 0 and not result.extra:
        lines = ["Neither you nor biaslab marked anything here, so you agree completely."]
    elif tool_total == 0:
        lines = [f"biaslab marked nothing here, but you marked {len(result.extra)} passage(s): "
                 f"{_names(result.extra)}. Are these loaded? The lexicon may simply not list them."]
    else:
        unit = "word" if result.unit == "token" else "sentence"
        lines = [f"You found {len(result.matched)} of the {tool_total} passages biaslab marked. "
                 f"Counted {unit} by {unit}: recall {_pct(result.recall)}, precision {_pct(result.precision)}, "
                 f"F1 {_pct(result.f1)}."]
        if result.tp + result.fp == 0 and not result.not_found:
            lines.insert(0, "You have not marked anything yet: type phrases from the article into your list "
                            "and run the cells again.")
        if result.missed:
            lines.append(f"You did not mark {_names(result.missed)}. Look at each: why might biaslab flag it?")
        if result.extra:
            lines.append(f"You marked {_names(result.extra)}, which biaslab did not. That is not necessarily "
                         "a mistake: biaslab only knows the words in its lexicon and its quotation rules.")
        if not result.missed and not result.extra:
            lines.append("You marked exactly the passages biaslab marked.")
    lines.append(f"Cohen's kappa is {result.kappa:+.2f}, “{result.kappa_label}” agreement "
                 "on the Landis & Koch scale (0 means no better than chance, 1 means perfect).")
    if result.not_found:
        lines.append("These phrases do not occur in the text, so they were not counted — check the "
                     f"spelling or copy them from the text: {', '.join(repr(p) for p in result.not_found)}.")
    return "\n".join(lines)
