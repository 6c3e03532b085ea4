"""Loaded-term matches: :class:`LoadedTerm`, :func:`find_loaded_terms` and :func:`attach_voice`."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import attrgetter

from ..segmentation import SpanIndex
from .inflection import _inflect_phrase
from .matcher import Lexicon

VOICES = ("author", "quoted")
#: The ``term`` of the synthetic match that :func:`attach_voice` adds for a scare quote.
SCARE_QUOTES = "scare quotes"
#: Strength of a scare quote: the same as "so-called" in the bundled lexicon,
#: since both are the author's explicit refusal to endorse a wording.
SCARE_QUOTE_STRENGTH = 0.7
_SCARE_RATIONALE = ("Scare quotes: the author marks the wording as someone else's and "
                    "declines to endorse it, casting doubt on the term.")
_SCARE_SOURCE = ('Predelli 2003 ("Scare quotes and their relation to other semantic issues"); '
                 "Wikipedia MoS/Words to watch (expressions of doubt)")
#: Strength given to a user-file entry that leaves ``strength`` empty: the


@dataclass(frozen=True)
class LoadedTerm:
    """A loaded-language match: ``text == source_text[start:end]`` (character
    offsets, end exclusive).

    ``term`` is the lexicon key that matched; ``strength`` is 0.0-1.0;
    ``neutral`` is the neutral alternative inflected like the match (``""``
    if none). ``in_quote`` is True when the words are a quoted speaker's
    (``speaker`` names them when known); ``voice`` is then ``"quoted"``,
    otherwise ``"author"``.
    """

    start: int
    end: int
    text: str
    term: str
    category: str
    strength: float
    neutral: str
    rationale: str
    source: str
    in_quote: bool = False
    speaker: str | None = None

    @property
    def voice(self) -> str:
        """``"quoted"`` for words inside a quotation, else ``"author"``."""
        return "quoted" if self.in_quote else "author"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "term": self.term,
                "category": self.category, "strength": self.strength, "neutral": self.neutral,
                "rationale": self.rationale, "source": self.source, "in_quote": self.in_quote,
                "speaker": self.speaker, "voice": self.voice}


def find_loaded_terms(text: str, *, lexicon: Lexicon | None = None) -> list[LoadedTerm]:
    """Loaded terms in ``text``, sorted by start, never overlapping (all in
    the author's voice until :func:`attach_voice` is applied)."""
    if not isinstance(text, str):
        raise TypeError(f"find_loaded_terms() takes a str, not {type(text).__name__}")
    lexicon = Lexicon.default() if lexicon is None else lexicon
    return [
        LoadedTerm(a, b, text[a:b], e.term, e.category, e.strength, _inflect_phrase(e.neutral, kind),
                   e.rationale, e.source)
        for a, b, e, kind in lexicon._matches(text)
    ]


def attach_voice(terms: Iterable[LoadedTerm], quotes: Iterable, *, text: str | None = None) -> list[LoadedTerm]:
    """Assign each term to the author's or a quoted speaker's voice.

    ``quotes`` are objects with ``start``, ``end`` (the whole quotation with its
    marks), ``content_start``, ``content_end`` (inside the marks), ``kind``
    and ``speaker``. A term inside the content of a quotation of any kind but
    ``"scare"`` gets ``in_quote=True`` and that quote's speaker. Each scare
    quote is the author's distancing device: terms inside it stay author
    voice, and the scare quote is added as a ``doubt`` term
    (term ``"scare quotes"``) spanning the marks; its text comes from the
    quote's ``text`` attribute or, when the quote has none, from ``text``
    (the article). Returns a new list sorted by start.
    """
    quotes = list(quotes)
    out = list(terms)
    have = {(t.start, t.end, t.term) for t in out}
    for q in quotes:
        if q.kind != "scare" or (q.start, q.end, SCARE_QUOTES) in have:
            continue
        whole = _quote_text(q, text)
        inner = whole[q.content_start - q.start: q.content_end - q.start]
        out.append(LoadedTerm(q.start, q.end, whole, SCARE_QUOTES, "doubt", SCARE_QUOTE_STRENGTH, inner,
                              _SCARE_RATIONALE, _SCARE_SOURCE))
    voiced = SpanIndex((q for q in quotes if q.kind != "scare"),
                       start=attrgetter("content_start"), end=attrgetter("content_end"))
    result = []
    for t in out:
        # the innermost quotation that holds the term speaks it
        holders = voiced.holding(t.start, t.end)
        if holders:
            t = replace(t, in_quote=True, speaker=holders[0].speaker)
        result.append(t)
    return sorted(result, key=lambda t: (t.start, -t.end))


def _quote_text(q, text: str | None) -> str:
    own = getattr(q, "text", None)
    if isinstance(own, str) and len(own) == q.end - q.start:
        return own
    if text is not None:
        return text[q.start:q.end]
    raise ValueError("attach_voice() needs the article text for a scare quote without a text "
                     "attribute: pass text=...")

