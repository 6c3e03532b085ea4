"""The brat standoff format (``.ann`` files), as far as attribution corpora use it.

Format (Stenetorp et al. 2012, "brat: a Web-based Tool for NLP-Assisted Text Annotation", EACL
demos; https://brat.nlplab.org/standoff.html)::

    T3<TAB>Content 120 245<TAB>the annotated text          a text-bound annotation
    T9<TAB>Content 315 448;463 553<TAB>…                   discontinuous: fragments joined by ";"
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1      an event: type:trigger, then role:id
    #1<TAB>AnnotatorNotes T66<TAB>…                        notes (ignored)

Offsets are character offsets into the ``.txt`` file, end exclusive. A role given twice in one event
is numbered by brat (``Content2``); :func:`parse_brat` reports it under its base name (``Content``).
Lines of other kinds (notes, attributes, relations) and continuation lines of a text-bound annotation
whose text holds a line break are skipped. A ``T`` or ``E`` line that does not parse, an offset outside
the text, or an event naming an unknown annotation raises :class:`~biaslab.evaluation.CorpusError`
with the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .common import CorpusError
from .metrics import Span

__all__ = ["TextBound", "Event", "BratDocument", "parse_brat"]

_T_LINE = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"(E\d+)\t(\S+):(T\d+)((?: +\S+:[TE]\d+)*) *\Z")
_ROLE_NUMBER = re.compile(r"\d+\Z")


@dataclass(frozen=True, slots=True)
class TextBound:
    """A ``T`` line: ``id``, ``label`` (e.g. ``"Source"``) and its ``spans`` (one per fragment, in file order)."""

    id: str
    label: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """An ``E`` line: ``id``, ``type`` (e.g. ``"Attribution"``), the ``trigger`` text-bound id and the
    ``args`` as ``(role, id)`` pairs in file order, roles without brat's numbering (``Content2`` ->
    ``Content``)."""

    id: str
    type: str
    trigger: str
    args: tuple[tuple[str, str], ...]

    def role(self, name: str) -> tuple[str, ...]:
        """The ids given for role ``name``."""
        return tuple(i for r, i in self.args if r == name)


@dataclass(frozen=True)
class BratDocument:
    """The text-bound annotations by id and the events in file order."""

    textbounds: dict[str, TextBound]
    events: tuple[Event, ...]

    def spans(self, ids) -> tuple[Span, ...]:
        """All fragments of the text-bound annotations ``ids``, in order."""
        return tuple(s for i in ids if i in self.textbounds for s in self.textbounds[i].spans)


def parse_brat(ann: str, *, text_length: int | None = None, where: str = "annotation") -> BratDocument:
    """Parse the content of an ``.ann`` file (see the module docstring). With ``text_length``, every
    offset is checked to lie inside the text."""
    textbounds: dict[str, TextBound] = {}
    events: list[tuple[int, Event]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        if re.match(r"T\d+\t", line):
            m = _T_LINE.match(line)
            if not m:
                raise CorpusError(f"{where} line {n}: malformed text-bound annotation {line[:60]!r}")
            spans = tuple(tuple(map(int, frag.split())) for frag in m.group(3).split(";"))
            for a, b in spans:
                if a > b or (text_length is not None and b > text_length):
                    raise CorpusError(f"{where} line {n}: span {a}-{b} is not inside the text"
                                      + (f" ({text_length} characters)" if text_length is not None else ""))
            textbounds[m.group(1)] = TextBound(m.group(1), m.group(2), spans)
        elif re.match(r"E\d+\t", line):
            m = _E_LINE.match(line)
            if not m:
                raise CorpusError(f"{where} line {n}: malformed event {line[:60]!r}")
            args = tuple((_ROLE_NUMBER.sub("", role), ref)
                         for role, ref in (a.split(":") for a in m.group(4).split()))
            events.append((n, Event(m.group(1), m.group(2), m.group(3), args)))
    for n, event in events:
        for ref in (event.trigger, *(i for _, i in event.args)):
            if ref.startswith("T") and ref not in textbounds:
                raise CorpusError(f"{where} line {n}: event {event.id} refers to {ref}, which is not defined")
    return BratDocument(textbounds, tuple(e for _, e in events))
