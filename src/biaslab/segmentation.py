"""Paragraphs, sentences and tokens with exact character offsets.

Method
------
* **Paragraphs** are maximal runs of text separated by blank lines (a line
  break followed by optional whitespace and another line break), trimmed of
  surrounding whitespace.
* **Sentences** are found inside each paragraph, never across a paragraph
  break, with NLTK's Punkt algorithm (Kiss & Strunk 2006, "Unsupervised
  Multilingual Sentence Boundary Detection", *Computational Linguistics*
  32(4)) run with curated parameters instead of the ``punkt_tab`` model:
  the abbreviation list below (titles, months, "U.S.", military ranks) and
  a short list of frequent sentence starters (:data:`SENTENCE_STARTERS`:
  "Acme Inc. | The firm") are what the trained model would mostly
  contribute on news text, and they work offline and identically on every
  machine. Because paragraphs are split
  first, a headline or sub-headline without final punctuation is never
  merged into the first sentence of the story. Inside a paragraph, a line
  break after a line with no final mark, before a line that opens with a
  capital, a digit or a quotation mark, also ends a sentence (a credit, a
  caption, an embedded post's signature, a headline kept with the story),
  unless the text is hard-wrapped at a fixed width, which most of its line
  breaks then show by falling inside sentences. A bracketed party-state
  designation ("Sen. Ann Moss (R-Fla.) said", "(D-N.H.)"; AP Stylebook,
  "party affiliation", with the state abbreviations of the AP Stylebook and
  the GPO Style Manual) never ends or opens a sentence ("Tom Reed Jr. (D-Pa.)"),
  and neither do a person's initials before a name ("A.E. Dick Howard"): the sentence's own period
  stands outside the bracket. A dotted abbreviation ("N.D.W.-U.F.", "p.m.") or a quotation ending
  in "?" or "!" ends no sentence before a lower-case word ("the N.D.W.-U.F. and a union", "“Stop!”
  he shouted"): edited news opens no sentence in lower case. State abbreviations are not Punkt
  abbreviations, since one often does end a sentence ("lives in Tampa,
  Fla. He said").
* **Tokens** come from one regular expression: words (letters/digits joined
  by internal apostrophes, hyphens or periods, so "Russia’s", "battle-hardened"
  and "U.S." stay whole) and single punctuation marks.

Every span carries ``start``/``end`` offsets into the text exactly as given
(end exclusive), so ``text[span.start:span.end] == span.text`` always holds.

Limits: Punkt without a trained model cannot use orthographic evidence, so an
abbreviation that really ends a sentence ("... in the U.S. The next day")
is not split; unusual abbreviations that are not in the list may split a
sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter

from .resources import data_table, once

__all__ = ["Span", "Sentence", "SpanIndex", "paragraphs", "sentences", "tokens", "words", "word_count",
           "ABBREVIATIONS", "STATE_ABBREVIATIONS", "STATE_POSTAL_CODES", "PARTY_STATE_TAG", "PARTY_DESIGNATION", "APOSTROPHES", "DOUBLE_QUOTES", "SINGLE_QUOTES", "ENGLISH_QUOTES", "fold_quotes"]

# --- quotation marks and apostrophes, shared by every module that reads them -------------
#: Apostrophes: U+0027 APOSTROPHE ('), U+2019 RIGHT SINGLE QUOTATION MARK (’, the
#: apostrophe of typeset English: Russia’s) and U+02BC MODIFIER LETTER APOSTROPHE (ʼ).
#: Unicode counts ʼ as a letter, so regex ``\w`` (and a word token) already includes it.
APOSTROPHES = "'\u2019\u02bc"
#: Double quotation marks: U+0022 ("), U+201C and U+201D (“ ”: English), U+201E („: opens
#: a German or Polish quotation), U+00AB and U+00BB (« »: guillemets, French and Russian).
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
#: Single quotation marks: U+0027 ('), U+2018 and U+2019 (‘ ’: English), U+201A (‚: opens
#: a German one), U+2039 and U+203A (‹ ›: single guillemets). ’ is also an apostrophe.
SINGLE_QUOTES = "'\u2018\u2019\u201a\u2039\u203a"
#: The marks of English typography, the ones :mod:`biaslab.quotes` pairs: straight " and '
#: and curly “ ” ‘ ’. Modules that read only these say why in their own comment.
ENGLISH_QUOTES = "\"'\u201c\u201d\u2018\u2019"


@lru_cache(maxsize=None)
def _fold_table(marks: str) -> dict[int, str]:
    unknown = set(marks) - set(DOUBLE_QUOTES + SINGLE_QUOTES + APOSTROPHES)
    if unknown:
        raise ValueError(f"not a quotation mark or apostrophe: {''.join(sorted(unknown))!r}")
    return {ord(c): '"' if c in DOUBLE_QUOTES else "'" for c in marks}


def fold_quotes(text: str, *, marks: str = DOUBLE_QUOTES + SINGLE_QUOTES + APOSTROPHES) -> str:
    """``text`` with each character of ``marks`` made straight: a double quotation
    mark becomes ``"``, a single one or an apostrophe ``'``.

    One character replaces one, so offsets into the result are offsets into
    ``text``. ``marks`` (default: every mark of :data:`DOUBLE_QUOTES`,
    :data:`SINGLE_QUOTES` and :data:`APOSTROPHES`) lets a module fold only the
    marks it reads; a character that is none of these raises ValueError.
    """
    folded = text.translate(_fold_table(marks))
    # the text itself when nothing changed: callers keep their result (a token's
    # key), and one string instead of two saved 9 bytes per byte of a long text
    return text if folded == text else folded


#: Abbreviations (lower case, without the final period) that do not end a
#: sentence, as Punkt stores them: titles, ranks, months, corporate suffixes,
#: country initialisms. The list is data, with a source per entry:
#: ``biaslab/data/abbreviations.csv``.
_ABBREVIATION_ROWS = [row for _, row in data_table(
    "abbreviations.csv", required=("abbreviation", "kind", "source"), optional=("postal",), unique="abbreviation")]
ABBREVIATIONS = frozenset(row["abbreviation"] for row in _ABBREVIATION_ROWS if row["kind"] != "state")
#: US state abbreviations (kind ``state`` of ``abbreviations.csv``: "fla", "n.h"). Not Punkt
#: abbreviations: a state often ends a sentence ("lives in Tampa, Fla. He said").
STATE_ABBREVIATIONS = frozenset(row["abbreviation"] for row in _ABBREVIATION_ROWS if row["kind"] in ("state", "place"))
#: The US postal code of each state abbreviation that has one ("fla" -> "FL", "n.y" -> "NY"): the
#: ``postal`` column of ``abbreviations.csv``, read by :mod:`biaslab.actors.states`.
STATE_POSTAL_CODES = {row["abbreviation"]: row["postal"] for row in _ABBREVIATION_ROWS if row.get("postal")}
#: Listed state abbreviations as a regular-expression alternation, longest first ("n\\.h|tex|…").
_STATES = "|".join(sorted((re.escape(a) for a in STATE_ABBREVIATIONS), key=len, reverse=True))
#: A party code, a hyphen and a state or district, abbreviated or not ("R-Fla.", "D-New York"), with
#: the code and the state as groups; inside the brackets of :data:`PARTY_DESIGNATION`.
PARTY_STATE_TAG = re.compile(r"([A-Z]{1,3})-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")
#: A bracketed party designation after a name, as US news writes it: a party code, a hyphen and
#: a state or district, abbreviated or not ("(R-Fla.)", "(D-N.Y.)", "(R-Texas)", "(I-VT)",
#: "(D-New York)"; AP Stylebook, "party affiliation"), or the abbreviated state alone where the
#: party is clear from the story ("Sen. Ann Moss (Fla.)", The Washington Post's style).
PARTY_DESIGNATION = re.compile(r"\((?:%s|(?i:%s)\.)\)" % (PARTY_STATE_TAG.pattern, _STATES))
#: A party-state designation in brackets (AP Stylebook, "party affiliation": a party letter, a hyphen and
#: the state, "Sen. Ann Moss (R-Fla.)", "(D-N.H.)", "(I-Vt.)"; or the state alone, "(Fla.)"), as written up to the state's final
#: period, with or without the closing bracket: Punkt ends a sentence there ("(R-Fla.) | said"; "(D-Md. |
#: ), chair of"), but the sentence's own period always stands outside the bracket.
_DESIGNATION_END = re.compile(r"\((?:[A-Z]{1,3}-)?(?i:%s)\.\)?\Z" % _STATES)
#: Two or three capital initials closing a span ("A.E.", "J.K."), as a person's name writes them.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\Z")
#: A dotted abbreviation at the end of a span ("N.D.W.-U.F.", "U.S.", "p.m."): Punkt may end a
#: sentence there although a lower-case word follows ("the N.D.W.-U.F. | and a union organizer").
_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,4}\.){2,}(?:-(?:[A-Za-z]{1,4}\.)+)?\Z")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article: ``text == article_text[start:end]``.

    ``start`` and ``end`` are character offsets (0-based, end exclusive).
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence, with the index of its ``paragraph`` (0-based) and whether
    that paragraph is a ``heading`` (a headline or sub-headline: one short
    paragraph without final punctuation at the top of the article)."""

    paragraph: int = 0
    heading: bool = False


#: A blank line, or Unicode's PARAGRAPH SEPARATOR (U+2029).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n\u2029]*\n\s*|\u2029\s*")
_WORD_TOKEN = (
    r"(?:\d+(?:[.,]\d+)+)"  # numbers with separators: 43,500 and 3.5
    r"|(?:[^\W_](?:\.[^\W_])+\.?)"  # initialisms: U.S., U.N., e.g.
    rf"|(?:[^\W_]+(?:[{APOSTROPHES}\-][^\W_]+)*)"  # words with internal apostrophes/hyphens
)
_TOKEN = re.compile(_WORD_TOKEN + r"|[^\w\s]")  # or one punctuation mark
_WORD = re.compile(r"[^\W_]")
#: The tokens of :data:`_TOKEN` that contain a letter or digit, and only those: each word
#: alternative starts with one, a punctuation mark (``[^\w\s]``) never holds one, and no
#: word can start on a punctuation mark, so both scans find the same words.
_WORDS_ONLY = re.compile(_WORD_TOKEN)
#: A heading is a short paragraph (at most this many words) with no final
#: punctuation; news headlines rarely exceed 20 words.
HEADING_MAX_WORDS = 25
_FINAL_PUNCT = tuple(".!?…:;\"”’)")


def paragraphs(text: str) -> list[Span]:
    """Split ``text`` on blank lines; each paragraph is trimmed of whitespace."""
    spans = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        chunk = text[pos:stop]
        stripped = chunk.strip()
        if stripped:
            left = pos + (len(chunk) - len(chunk.lstrip()))
            spans.append(Span(left, left + len(stripped), stripped))
        if brk:
            pos = brk.end()
    return spans


#: Punkt's frequent sentence starters (Kiss & Strunk 2006, §4.1.3), which the trained model would learn
#: from a corpus: after a listed abbreviation, a capitalised one of these opens a new sentence ("moved
#: to the U.S. In May", "Acme Inc. The firm"). Closed-class words only (pronouns, determiners,
#: conjunctions, subordinators), which do not follow a title or a company abbreviation inside a
#: sentence; never a single letter, which may be an initial ("Sen. A. Moss").
SENTENCE_STARTERS = ("the", "this", "that", "these", "those", "he", "she", "it", "we", "they", "his", "her", "its",
                     "their", "our", "but", "and", "as", "in", "when", "while", "if", "however", "there")


@once
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def _is_heading(para: Span, index: int) -> bool:
    return index < 3 and not para.text.endswith(_FINAL_PUNCT) and len(para.text.split()) <= HEADING_MAX_WORDS


def sentences(text: str, *, paras: list[Span] | None = None) -> list[Sentence]:
    """Sentences of ``text``, paragraph by paragraph (never across a blank line).

    ``paras``: the result of :func:`paragraphs` on ``text``, if already computed.
    """
    punkt = _punkt()
    out: list[Sentence] = []
    heading_zone = True
    unwrapped = not _hard_wrapped(text)
    for index, para in enumerate(paragraphs(text) if paras is None else paras):
        heading = heading_zone and _is_heading(para, index)
        heading_zone = heading
        # Punkt knows straight quotes only; marks are folded 1:1 so offsets hold.
        plain = fold_quotes(para.text, marks=_PUNKT_QUOTES).replace("\u00a0", " ")
        spans = _join_false_breaks(plain, punkt.span_tokenize(plain))
        if unwrapped and "\n" in plain:
            spans = _split_at_lines(plain, spans)
        for s, e in spans:
            if s == 0 and e == len(plain):  # the whole paragraph: its offsets and text, not copies (issue 15)
                out.append(Sentence(para.start, para.end, para.text, index, heading))
                continue
            a, b = para.start + s, para.start + e
            while a < b and text[a].isspace():
                a += 1  # Punkt's notion of white space is narrower than Python's ("\x1f" opens no sentence)
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append(Sentence(a, b, text[a:b], index, heading))
    return out


#: A line that ends a sentence without a final mark: one that ends in none of these (a final mark of
#: :data:`_FINAL_PUNCT`, or a comma or dash that carries the sentence on to the next line).
_LINE_END_MARKS = "".join(_FINAL_PUNCT) + ",-—–"
#: A text is hard-wrapped (lines broken inside sentences at a fixed width, as in plain-text wire copy
#: and e-mail) when more than this share of its line breaks inside paragraphs follow a line that does
#: not end in a mark of :data:`_LINE_END_MARKS`; in web and typeset copy a line is a paragraph, a
#: headline, a caption or a credit, and such breaks are rare (about 5 % of the line breaks of the
#: PTC articles, Da San Martino et al. 2019).
WRAPPED_SHARE = 0.5
#: Fewest line breaks inside paragraphs over which :data:`WRAPPED_SHARE` is judged; a text with fewer is
#: read as not wrapped.
WRAPPED_MIN_BREAKS = 3
_LINE_BREAK = re.compile(r"[^\S\n]*(?:\r\n|\n|\r)[^\S\n]*")


def _hard_wrapped(text: str) -> bool:
    """Is ``text`` hard-wrapped (see :data:`WRAPPED_SHARE`)? Blank lines are paragraph breaks and do not count."""
    breaks = open_ends = 0
    for m in _LINE_BREAK.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 or b >= len(text) or text[a - 1] == "\n" or text[b] in "\r\n":
            continue
        breaks += 1
        open_ends += text[a - 1] not in _LINE_END_MARKS
    return breaks >= WRAPPED_MIN_BREAKS and open_ends > WRAPPED_SHARE * breaks


#: Closing quotation marks that may stand after a line's ellipsis (:func:`_ellipsis_line_end`).
_CLOSING_QUOTES = "\"”’'"


def _ellipsis_line_end(text: str, start: int, end: int) -> bool:
    """Does the line ``text[start:end]`` end in an ellipsis, maybe inside closing quotation marks ("the
    epithet “X”…", "…”")? Punkt never ends a sentence there (Kiss & Strunk 2006 leave "…" and "..."
    ambiguous), but at the end of a line in text that is not hard-wrapped the sentence has ended.
    Read backwards from ``end``, so the cost does not grow with the paragraph."""
    j = end
    while j > start and text[j - 1] in _CLOSING_QUOTES:
        j -= 1
    return (j > start and text[j - 1] == "…") or (j - 3 >= start and text[j - 3:j] == "...")


def _split_at_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans cut at each line break after a line with no final mark (:data:`_LINE_END_MARKS`)
    or one that ends in an ellipsis (:func:`_ellipsis_line_end`), before a line that opens with a
    capital, a digit or a mark: a credit, a caption, an embedded post's signature or a headline kept
    in a paragraph with the text after it ("— Ann Moss (@amoss) May 2, 2018" / "The Weekly reported:"),
    or a sentence trailing off ("… the epithet “X”…" / "Indeed, …"). Only in text that is not
    hard-wrapped (:func:`_hard_wrapped`)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _LINE_BREAK.finditer(text, s, e):
            a, b = m.start(), m.end()
            if a > s and b < e and (text[a - 1] not in _LINE_END_MARKS or _ellipsis_line_end(text, s, a)) \
                    and (text[b].isupper() or text[b].isdigit() or text[b] in ENGLISH_QUOTES):
                out.append((s, a))
                s = b
        out.append((s, e))
    return out


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _opens_with_starter(text: str, s: int) -> bool:
    """Does ``text[s:]`` open with one of :data:`SENTENCE_STARTERS` ("the U.S. | In May")?"""
    m = _FIRST_WORD.match(text, s)
    return m is not None and m.group().lower() in SENTENCE_STARTERS


#: A quotation ending in "?" or "!" right before its closing mark: the sentence goes on when the next
#: word is lower case ("“Stop!” he shouted.", "“Who?” said Reed", "declared “Yes!” and said …").
_QUOTED_EXCLAMATION_END = re.compile("[?!][\u201d\u2019\"']\\Z")
#: What no sentence opens with: a comma, semicolon, colon, closing bracket or single period, alone
#: or after closing quotation marks, or an opening bracket before a lower-case word. Punkt leaves
#: such a break after a quotation ending in "?" or "!" before its comma (“Who pays?”, concludes …) and
#: after a listed abbreviation before a semicolon ("Springfield, Ill.; Oklahoma Gov. …").
_CONTINUES_SENTENCE = re.compile("[\u201d\u2019\"']*[,;:)]|[\u201d\u2019\"']*\\.(?!\\.)|\\((?=[a-z])")


def _join_false_breaks(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's sentence spans, with a break right after or right before a bracketed party-state
    designation removed ("Sen. Tom Reed Jr. | (D-Pa.) said"), and one after a person's initials
    before a capitalised word other than a sentence starter ("scholar A.E. | Dick Howard", not
    "the U.S. | In May"; Punkt splits after the listed abbreviations such as "U.S."
    only before a sentence starter), and one after a quotation that ends in "?" or "!" or after a
    dotted abbreviation before a lower-case word ("“Stop!” | he shouted", "declared “Yes!” | and said",
    "the N.D.W.-U.F. | and a union organizer")."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (_DESIGNATION_END.search(text, max(0, out[-1][1] - 16), out[-1][1])
                    or PARTY_DESIGNATION.match(text, s)
                    or (_INITIALS_END.search(text, max(0, out[-1][1] - 8), out[-1][1])
                        and text[s:s + 1].isupper() and not _opens_with_starter(text, s))
                    or ((_QUOTED_EXCLAMATION_END.search(text, max(0, out[-1][1] - 3), out[-1][1])
                         or _DOTTED_END.search(text, max(0, out[-1][1] - 24), out[-1][1]))
                        and text[s:s + 1].islower())
                    or _CONTINUES_SENTENCE.match(text, s)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


#: The marks folded for Punkt: the English ones. Punkt ends a sentence at a period
#: followed by a straight mark but not by „ ‚ ‹ › ʼ ("traction.› “I order" stays one
#: sentence), so folding every mark would move sentence boundaries in text that uses them.
_PUNKT_QUOTES = ENGLISH_QUOTES


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation tokens of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Tokens that contain a letter or digit."""
    return [t for t in tokens(text, start, end) if _WORD.search(t.text)]


def word_count(text: str) -> int:
    """Number of words (tokens containing a letter or digit) in ``text``."""
    return len(_WORDS_ONLY.findall(text))


class SpanIndex:
    """Spans sorted by start, answering "which spans hold / overlap a range?"
    in logarithmic time plus the size of the answer, so that relating quotes,
    terms, mentions and sentences stays linear on long articles.

    Spans may nest or overlap. ``start`` and ``end`` read a span's offsets
    (default: its ``start``/``end`` attributes; e.g. pass
    ``attrgetter("content_start")`` for the inside of a quotation).
    """

    def __init__(self, spans: Iterable, *, start: Callable = attrgetter("start"),
                 end: Callable = attrgetter("end")):
        self.items = sorted(spans, key=lambda x: (start(x), -end(x)))
        self._starts = [start(x) for x in self.items]
        self._ends = [end(x) for x in self.items]
        # the furthest end among spans 0..i: nothing at or before i reaches past it
        self._reach = list(accumulate(self._ends, max))

    def holding(self, start: int, end: int) -> list:
        """Spans with ``span.start <= start`` and ``end <= span.end``, innermost first."""
        found = []
        i = bisect_right(self._starts, start) - 1
        while i >= 0 and self._reach[i] >= end:
            if self._ends[i] >= end:
                found.append(i)
            i -= 1
        found.sort(key=lambda k: self._ends[k] - self._starts[k])
        return [self.items[k] for k in found]

    def overlapping(self, start: int, end: int) -> list:
        """Spans sharing at least one character with ``[start, end)``, in start order."""
        out = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self._ends[i] > start:
                out.append(self.items[i])
            i -= 1
        return out[::-1]

    def __len__(self) -> int:
        return len(self.items)
