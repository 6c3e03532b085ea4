"""Quotations in news text: where they are, who is quoted, and with which verb.

Method (rule-based, offline, linear in the length of the text)
---------------------------------------------------------------
A quotation is read as the triple *source – cue – content* of attribution
annotation (Pareti 2012, "A Database of Attribution Relations", LREC;
Pareti 2016, "PARC 3.0: A Corpus of Attribution Relations", LREC), found with
hand-written rules in the tradition of Krestel, Bergler & Witte (2008,
"Minding the Source: Automatic Tagging of Reported Speech in Newspaper
Articles", LREC) and of textacy's ``extract.triples.direct_quotations``
(quotation-mark pairs, a reporting verb next to them, its subject as speaker).
textacy needs a spaCy parse; here the speaker is read off the words around the
verb with regular expressions, so nothing has to be downloaded.

1. **Marks** (one pass over the text). “ and ” are opening and closing marks,
   ‘ and ’ the nested (or British) pair; straight ``"`` and ``'`` are told
   apart by what is on either side (space before and a letter after opens,
   a letter or punctuation before and space or punctuation after closes).
   An apostrophe is not a mark: between two letters (Russia’s, hasn’t,
   don't), before a digit (the ’90s), in ’n’ (rock ’n’ roll), or ’ after a
   space (’em). A ’ or ' after a letter and before a lower-case word
   (students' essays) closes an open single quotation only if no later mark
   does. Marks are paired with a stack: a quotation inside another (‘ ’ in
   “ ”) stays part of the outer one, and only outermost quotations are
   returned. A quotation that goes on into the next paragraph repeats its
   opening mark there and closes only at its end (the convention in news
   style guides): that is one quotation spanning several paragraphs.
2. **Unbalanced marks.** An opening mark still open at a paragraph break
   whose next paragraph does not reopen the quotation, or at the end of the
   text, or overtaken by another opening mark of the same kind in the same
   paragraph, cannot be paired; nor can a closing mark with nothing open.
   Their offsets are given by :func:`find_unpaired_marks`. They are never
   returned as a quotation that swallows the rest of the article; with
   ``include_unpaired=True`` an opening mark left open at a paragraph end is
   returned as a quotation up to that end, with ``paired=False``.
3. **Attribution**, first rule that applies wins:
   a. *after the quotation* (wire style): ``“…,” Putin said``, ``“…,” said
      Putin``, ``“…,” he added``, ``“…,” according to X``. When the quotation
      ends with a comma-like mark at the end of its paragraph, the attribution
      may open the next paragraph (``…terrorists,”`` / ``said Putin, noting``).
      After a quotation ending in a period only a lower-case attribution
      (``he said``) counts, so a new sentence is not taken for one.
   b. *right before it*: ``the Russians said “…”``, ``Putin said: “…”``,
      ``According to X, “…”``.
   c. otherwise, a quotation shaped like a title is a title (step 5);
   d. *earlier in the same sentence*, the nearest reporting verb with a
      speaker: ``The Russian leader said that … have “…”``; ``“…,” said one
      aide, who …, “…”`` (inverted); ``Biden called it X and said “…”`` (a
      verb after "and" takes the first declared actor of the sentence, usually
      its subject). A paragraph break after a colon does not end the
      sentence, so ``Mattis told reporters at the Pentagon:`` introduces the
      quotation in the next paragraph. A colon with no reporting verb before
      it is itself the cue (``cue=":"``, ``cue_class="colon"``), with the
      last declared actor named before it in the sentence as the speaker, if
      any.
   e. a quotation that opens its own sentence with no attribution continues
      the speaker of the previous quotation in the same paragraph
      (``“…,” he said. “…”``), with ``cue=None``.
   So for the bundled article's ``…terrorists,”`` the attribution after it
   (``said Putin``) wins over ``The Russian leader said`` before it; both name
   Putin.
   A *cue* is a reporting verb from ``data/reporting_verbs.csv`` in any
   inflection (say/said/says/saying), written as in the text; for the verbs
   whose object is the hearer (tell and the advise verbs inform, brief,
   notify, warn, advise: Levin 1993, *English Verb Classes and Alternations*,
   classes 37.2 and 37.9; also ask and assure) the hearer is part of the cue
   (``told reporters``). The *speaker* is the noun phrase before the verb (or
   after it when inverted): a pronoun, or up to six words that may start with
   a determiner (``the Russian leader``, ``a Pentagon spokesman``,
   ``US Defense Secretary Jim Mattis``); one or two bare lower-case words only at a
   clause start (``officials said``). ``a spokesman for the Kremlin`` is
   headed by ``a spokesman``.
4. **Speaker resolution** against the declared ``actors`` (name -> aliases):
   the phrase resolves when a declared name or alias ends where the phrase's
   head ends — ``"name"`` for the canonical name, ``"role"`` for an alias
   whose last word is lower case (the Russian leader), ``"alias"`` for the
   others (Putin, the Russians); ``Putin's spokesman`` does not resolve to
   Putin. ``he``/``she`` resolve to the most recent earlier mention, outside
   quotations, of a *person* actor: one whose name has two or more words and
   whose last word is also one of its aliases (Vladimir Putin / Putin) —
   ``"pronoun"``. Anything else keeps the phrase as written (``"phrase"``;
   an unresolved ``he`` included).
5. **Kinds.** ``"title"``: no attribution next to it, and every word
   capitalised except short function words, two words or more, or one word
   right after a capitalised word (the novel “War and Peace”, Operation
   “Inherent Resolve”; not after "so-called"). ``"scare"``: no attribution
   at all, one to four words, one paragraph, no sentence punctuation inside
   but a final period after a word of the writer's sentence (the country's
   “civil war”; called it “brilliant.”). ``"partial"``: the content starts with a
   lower-case letter right after a word of the writer's sentence
   (militaries have “defeated …”). ``"direct"``: everything else — a whole
   sentence or more.

Limits
------
English typography only («», „“ are not read as marks). The speaker is found
by word shape, not by a parser: a speaker phrase longer than six words, a
speaker separated from the verb by a clause (``Putin, who flew in, said``), or
a passive (``was quoted as saying``) is missed; a time word written before a
name (``Monday Putin said``) stays in the phrase (the name still resolves).
Pronouns are resolved by recency alone (no gender), and only to declared
actors. A naming verb that is not a reporting verb (called it “a big deal”)
leaves a short quotation scare. Straight ``'`` can be read as a mark where it
is an elision ('Tis, 'em); such a mark then shows up as unpaired. A title ending in a period inside the
marks, or a one-word title after a lower-case word (the film “Jaws”), is taken
for a quotation. Sentence ends are found with a regular expression and the
abbreviation list of :mod:`biaslab.segmentation`.

References: Pareti 2012, 2016 (above); Krestel, Bergler & Witte 2008 (above);
textacy ``extract.triples.direct_quotations``; Levin, B. (1993), *English Verb
Classes and Alternations*, University of Chicago Press. The verb classes and
their sources are in ``data/reporting_verbs.csv``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import data_rows
from .segmentation import ABBREVIATIONS

__all__ = [
    "KINDS", "CUE_CLASSES", "RESOLUTIONS", "Quote", "SpeakerVoice", "ReportingVerb", "QuoteDataError",
    "find_quotes", "find_unpaired_marks", "speaker_summary", "load_reporting_verbs",
]

#: Quotation kinds, see the module docstring.
KINDS = ("direct", "partial", "scare", "title")
#: ``Quote.cue_class`` values besides None.
CUE_CLASSES = ("neutral", "loaded", "colon", "according_to")
#: ``Quote.speaker_resolution`` values besides None.
RESOLUTIONS = ("name", "alias", "role", "pronoun", "phrase")

#: A scare quote marks a word or a short label; an unattributed quotation of
#: five words or more is more likely an unattributed fragment of speech.
SCARE_MAX_WORDS = 4
#: Longest quoted title considered ("The Spy Who Came in from the Cold" has 8 words).
TITLE_MAX_WORDS = 10
#: Longest speaker phrase in words: "Russian Deputy Foreign Minister Sergei Ryabkov" has 6.
MAX_SPEAKER_WORDS = 6
#: Longest hearer in a cue ("told the visiting troops").
MAX_HEARER_WORDS = 3
#: How far (characters) after a quotation its attribution is looked for: a
#: speaker phrase, a verb and a hearer fit in well under this.
POST_WINDOW = 160
#: How far before a verb its speaker phrase is looked for.
SPEAKER_WINDOW = 160
#: Names and aliases longer than this are ignored: no name in news copy is
#: that long, and it bounds the nesting of the compiled actor pattern.
MAX_ALIAS_CHARS = 100
#: How far back the subject of "… and said" is looked for: a long news
#: sentence (about 60 words).
SUBJECT_WINDOW = 400


class QuoteDataError(ValueError):
    """Malformed input: the verb table, an ``actors`` mapping, or text that is not a str."""


# --- results ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation. Offsets are 0-based character offsets into the text as
    given, end exclusive.

    ``start``/``end`` span the quotation with its marks (``text ==
    article[start:end]``); ``content_start``/``content_end`` the words inside
    the marks (for a multi-paragraph quotation the inner paragraph breaks and
    reopening marks are inside). ``kind`` is ``"direct"``, ``"partial"``,
    ``"scare"`` or ``"title"``. ``speaker`` is the canonical actor name when
    the speaker resolves to a declared actor, else the speaker phrase as
    written, else None; ``speaker_start``/``speaker_end`` locate the phrase or
    pronoun used (for a continued speaker, the previous quotation's);
    ``speaker_resolution`` is ``"name"``, ``"alias"``, ``"role"``,
    ``"pronoun"``, ``"phrase"`` or None. ``cue`` is the reporting verb or
    construction as written (``article[cue_start:cue_end]``): "said",
    "told reporters", ":" for a bare colon, "according to"; ``cue_class`` is
    ``"neutral"``, ``"loaded"``, ``"colon"``, ``"according_to"`` or None.
    ``words`` counts the words inside the marks (>= 0); ``paragraphs`` the
    paragraphs the quotation spans (>= 1); ``paired`` is False only for an
    unclosed quotation returned with ``include_unpaired=True``.
    """

    start: int
    end: int
    text: str
    content_start: int
    content_end: int
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_resolution: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_class: str | None = None
    words: int = 0
    paragraphs: int = 1
    paired: bool = True

    @property
    def content(self) -> str:
        """The words inside the marks."""
        return self.text[self.content_start - self.start:self.content_end - self.start]

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class SpeakerVoice:
    """How much one speaker is quoted in an article.

    ``quotes``: number of direct and partial quotations attributed to the
    speaker; ``words``: words inside them; ``share``: those words over all
    words in direct and partial quotations of the article (0–1); ``cues``:
    how often each cue was used (lower case, e.g. ``{"said": 2}``);
    ``loaded_cues``: quotations whose cue is a loaded verb.
    """

    speaker: str
    quotes: int
    words: int
    share: float
    cues: Counter = field(default_factory=Counter)
    loaded_cues: int = 0

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "quotes": self.quotes, "words": self.words, "share": self.share,
                "cues": dict(self.cues.most_common()), "loaded_cues": self.loaded_cues}


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """One row of ``data/reporting_verbs.csv``: the base ``verb``, every
    lower-case ``forms`` matched (base, regular and irregular inflections),
    ``verb_class`` (``"neutral"`` or ``"loaded"``), the ``note`` on why, the
    ``source`` and the 1-based ``line`` in the file."""

    verb: str
    forms: tuple[str, ...]
    verb_class: str
    note: str
    source: str
    line: int

    def to_dict(self) -> dict:
        return {"verb": self.verb, "forms": list(self.forms), "class": self.verb_class,
                "note": self.note, "source": self.source, "line": self.line}


# --- the reporting-verb table ----------------------------------------------------------------
_VOWELS = "aeiou"


def _may_double(word: str) -> bool:
    """Ends consonant-vowel-consonant, the spelling that may double (admit -> admitted)."""
    return (len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
            and (word[-3] not in _VOWELS or word[-4:-2] == "qu"))


def _inflections(word: str) -> list[str]:
    """-s, -ed and -ing forms of a regular verb; over-generation is harmless."""
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        out = [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    elif word.endswith("e"):
        out = [word + "s", word + "d", word + "ing" if word.endswith(("ee", "ye", "oe")) else word[:-1] + "ing"]
    else:
        out = [word + ("es" if word.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"), word + "ed", word + "ing"]
    if _may_double(word):
        out += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return out


def _forms(cell: str) -> tuple[str, ...]:
    base, *irregular = (" ".join(part.lower().split()) for part in cell.split("|"))
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    return tuple(dict.fromkeys([base, *(f + tail for f in _inflections(head)), *irregular]))


@lru_cache(maxsize=1)
def load_reporting_verbs() -> dict[str, ReportingVerb]:
    """The reporting verbs of ``data/reporting_verbs.csv`` by base form (cached)."""
    verbs: dict[str, ReportingVerb] = {}
    for line, row in data_rows("reporting_verbs.csv"):
        cell, cls = row.get("verb", ""), row.get("class", "")
        if not cell.strip() or cls not in ("neutral", "loaded") or not row.get("source"):
            raise QuoteDataError(f"reporting_verbs.csv line {line}: need a verb, class neutral or loaded, "
                                 f"and a source; got {row!r}")
        forms = _forms(cell)
        if forms[0] in verbs:
            raise QuoteDataError(f"reporting_verbs.csv line {line}: {forms[0]!r} is listed twice")
        verbs[forms[0]] = ReportingVerb(forms[0], forms, cls, row.get("note", ""), row["source"], line)
    return verbs


@dataclass(frozen=True, slots=True)
class _VerbIndex:
    single: dict[str, ReportingVerb]                          # "said" -> say
    phrasal: dict[str, tuple[tuple[str, ReportingVerb], ...]]  # "lashed" -> (("out", lash out),)


@lru_cache(maxsize=1)
def _verb_index() -> _VerbIndex:
    single: dict[str, ReportingVerb] = {}
    phrasal: dict[str, list[tuple[str, ReportingVerb]]] = {}
    for verb in load_reporting_verbs().values():
        for form in verb.forms:
            first, _, rest = form.partition(" ")
            if rest:
                phrasal.setdefault(first, []).append((rest, verb))
            else:
                single.setdefault(form, verb)
    return _VerbIndex(single, {k: tuple(v) for k, v in phrasal.items()})


#: Verbs whose direct object is the hearer, so the hearer belongs to the cue
#: ("told reporters"): Levin (1993) tell (37.2) and advise verbs (37.9:
#: advise, brief, inform, notify, warn), plus ask and assure.
_HEARER_VERBS = frozenset("tell ask inform assure brief warn notify advise".split())

# --- word classes used to cut noun phrases (English closed classes, not a lexicon) -------------
#: Subject pronouns that can head a speaker; only he/she are resolved to actors.
_PRONOUNS = frozenset("he she they we i".split())
_RESOLVED_PRONOUNS = frozenset(("he", "she"))
#: Object pronouns that can be the hearer of "told".
_OBJECT_PRONOUNS = frozenset("him her them me us".split())
#: Determiners that open a speaker phrase ("the", "a", "his" ...).
_DETERMINERS = frozenset("the a an another one two three four five several some many most other each "
                         "every both his her their its our your my".split())
#: Prepositions, conjunctions, pronouns, auxiliaries and sentence adverbs: a
#: noun phrase never runs across one.
_FUNCTION = frozenset(
    """about above across after against along among around at before behind below beside besides between
    beyond by despite down during except for from in inside into like near of off on onto out outside over
    past since through throughout to toward towards under until up upon via with within without
    and or but nor so yet because although though while whereas if unless whether when where as than
    that which who whom whose what there here it you this these those
    is are was were be been being am has have had do does did will would shall should can could may might
    must not never also then later again once earlier previously now still just even only already
    however meanwhile moreover""".split()) | _PRONOUNS | _OBJECT_PRONOUNS | _DETERMINERS
#: Words that may stand between a speaker and its verb ("Putin also said", "he has said").
_SKIPPABLE = frozenset("also then later again once earlier previously now still just further repeatedly "
                       "has have had will would did does do is was were are can could may might must "
                       "shall should not never".split())
#: Words after which bare lower-case words can start a speaker phrase ("and officials said").
_CLAUSE_OPENERS = frozenset("and but or that while as because though although when where so".split())
#: Short words left lower case in a capitalised title (headline-style
#: capitalisation: articles, coordinating conjunctions, short prepositions).
_TITLE_MINOR = frozenset("a an the and but or nor for of in on at to by with from as vs via per into onto "
                         "upon off up out".split())

#: Words (with inner apostrophes and hyphens), initialisms ("U.S."), a title
#: abbreviation before a name ("Gen. Mark Lee") and single punctuation marks.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=[^\S\n]+[A-Z])|\w+(?:[’'\-]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_LETTERS = re.compile(r"[A-Za-z]+")
_SPACE_WORD = re.compile(r"[^\S\n\r\u2028\u2029]+([A-Za-z]+)")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_SCAN = re.compile(r"(?P<para>(?:\r\n|[\n\r\u2028])(?:[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028]))+|\u2029)"
                   r"|(?P<nl>\r\n|[\n\r\u2028])|(?P<mark>[\"'“”‘’])")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|[\n\r\u2028])[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028])\s*|\u2029\s*")
_ABBREVIATION_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\Z")
_POST_LEAD = re.compile(r"[^\S\r\n\u2028\u2029]*(?:,|—|–|--)?[^\S\r\n\u2028\u2029]*")
_ADJACENT_GAP = re.compile(r"[\s,:—–-]*\Z")
_SENTENCE_MARK = re.compile(r"[.!?…]")

_MARKS = "\"'“”‘’"
_OPEN_BEFORE = frozenset("([{<—–-/“‘\"'")
_CLOSE_AFTER = frozenset(".,;:!?)]}>—–-/…”’\"'")
_DOUBLE, _SINGLE = "double", "single"
_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_UNFINISHED = ",;:—–-"  # a quotation ending in one of these continues its sentence


# --- pass 1: pairing the marks ---------------------------------------------------------------
def _role(text: str, i: int) -> tuple[str, str, bool] | None:
    """(family, open/close/either, weak) of the mark at ``i``; None for an apostrophe."""
    ch = text[i]
    p = text[i - 1] if i else " "
    n = text[i + 1] if i + 1 < len(text) else " "
    opener = (p.isspace() or p in _OPEN_BEFORE) and not n.isspace()
    closer = not p.isspace() and (n.isspace() or n in _CLOSE_AFTER)
    if ch == "“":
        return _DOUBLE, _OPEN, False
    if ch == "”":
        return _DOUBLE, _CLOSE, False
    if ch == '"':
        if opener != closer:
            return _DOUBLE, _OPEN if opener else _CLOSE, False
        return _DOUBLE, _EITHER, False
    # single marks: ‘ ’ '
    if (p.isalnum() and n.isalnum()) or (n.isdigit() and not p.isalnum()):
        return None  # Russia’s, don't, the ’90s
    if (n == "n" and text[i + 2:i + 3] in ("'", "’") and not p.isalnum()) or (
            p == "n" and text[i - 2:i - 1] in ("'", "’", "‘")):
        return None  # rock ’n’ roll
    if ch == "‘":
        return (_SINGLE, _OPEN, False) if opener else None
    if closer:
        j = i + 1
        while j < len(text) and text[j] in " \t\u00a0":
            j += 1
        weak = p.isalpha() and n.isspace() and j < len(text) and text[j].islower()
        return _SINGLE, _CLOSE, weak
    if ch == "'" and opener:
        return _SINGLE, _OPEN, False
    return None  # ’em, stray marks


@dataclass(slots=True)
class _Open:
    family: str
    pos: int
    paragraphs: int = 1


def _pair(text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]], list[int]]:
    """Pair the marks: (closed, unclosed, unpaired). ``closed`` holds
    ``(open, close, paragraphs)`` of outermost quotations, ``unclosed``
    ``(open, paragraph_end, paragraphs)`` of outermost opening marks left open
    at a paragraph or text end, ``unpaired`` the offsets of all marks that
    could not be paired."""
    closed: list[tuple[int, int, int]] = []
    unclosed: list[tuple[int, int, int]] = []
    unpaired: list[int] = []
    stack: list[_Open] = []
    tentative: int | None = None   # a weak single closing mark (students’ …) awaiting a better one
    reopen_at = -1                  # offset where the next paragraph reopens the open quotation
    line_start = 0

    def close(family: str, pos: int) -> bool:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].family == family:
                unpaired.extend(o.pos for o in stack[k + 1:])
                if k == 0:
                    closed.append((stack[0].pos, pos, stack[0].paragraphs))
                del stack[k:]
                return True
        return False

    def settle() -> None:
        nonlocal tentative
        if tentative is not None:
            close(_SINGLE, tentative)
            tentative = None

    def abandon(end: int) -> None:
        unpaired.extend(o.pos for o in stack)
        stop = end
        while stop > stack[0].pos + 1 and text[stop - 1].isspace():
            stop -= 1
        unclosed.append((stack[0].pos, stop, stack[0].paragraphs))
        stack.clear()

    for m in _SCAN.finditer(text):
        kind, i = m.lastgroup, m.start()
        if kind == "nl":
            line_start = m.end()
            continue
        if kind == "para":
            line_start = m.end()
            settle()
            if stack:
                j = m.end()
                while j < len(text) and text[j].isspace():
                    j += 1
                nxt = _role(text, j) if j < len(text) and text[j] in _MARKS else None
                if nxt and nxt[0] == stack[0].family and nxt[1] != _CLOSE:
                    unpaired.extend(o.pos for o in stack[1:])
                    del stack[1:]
                    reopen_at = j
                else:
                    abandon(i)
            continue
        role = _role(text, i)
        if role is None:
            continue
        family, direction, weak = role
        if direction == _EITHER:
            direction = _CLOSE if i != reopen_at and any(o.family == family for o in stack) else _OPEN
        if direction == _CLOSE and family == _SINGLE:
            if not any(o.family == _SINGLE for o in stack):
                continue  # an apostrophe after all (students’, the ’em)
            if weak:
                tentative = i
                continue
            tentative = None
            close(_SINGLE, i)
            continue
        settle()
        if direction == _CLOSE:
            if not close(family, i) and not (text[i] == '"' and i and text[i - 1].isdigit()):
                unpaired.append(i)  # a closing mark with nothing open (12" is an inch mark)
            continue
        # an opening mark
        if stack and stack[0].family == family and (
                i == reopen_at or (line_start > stack[0].pos and not text[line_start:i].strip())):
            unpaired.extend(o.pos for o in stack[1:])
            del stack[1:]
            stack[0].paragraphs += 1
            continue
        for k, o in enumerate(stack):
            if o.family == family:  # overtaken: the earlier opening mark was never closed
                unpaired.extend(x.pos for x in stack[k:])
                del stack[k:]
                break
        stack.append(_Open(family, i))
    settle()
    if stack:
        abandon(len(text))
    unpaired.sort()
    return closed, unclosed, unpaired


def find_unpaired_marks(text: str) -> list[int]:
    """Offsets of quotation marks that could not be paired (sorted).

    An opening mark never closed (nor reopened in the next paragraph of a
    multi-paragraph quotation), an opening mark overtaken by another of the
    same kind, a mark nested inside a quotation that closed first, and a
    double closing mark with nothing open. Apostrophes are not marks and are
    never reported."""
    if not isinstance(text, str):
        raise QuoteDataError(f"find_unpaired_marks() needs a str, not {type(text).__name__}")
    return _pair(text)[2]


# --- actors ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _ActorIndex:
    pattern: re.Pattern | None
    lookup: dict[str, tuple[str, str]]   # normalised mention -> (actor, resolution)
    persons: frozenset[str]


def _mention_key(s: str) -> str:
    s = " ".join(s.split()).replace("’", "'")
    return s[:1].lower() + s[1:]


def _alias_units(alias: str) -> list[str]:
    """Regex pieces matching ``alias`` char by char: any run of spaces, either
    apostrophe, and a lower-case first letter in either case ("the"/"The")."""
    units = []
    for k, word in enumerate(alias.replace("’", "'").split()):
        if k:
            units.append(r"\s+")
        for i, c in enumerate(word):
            if c == "'":
                units.append("['’]")
            elif k == 0 and i == 0 and c.isalpha() and c.islower():
                units.append(f"[{c}{c.upper()}]")
            else:
                units.append(re.escape(c))
    return units


def _trie_regex(node: dict) -> str:
    """A regex for the strings of a character trie; longest match first, and
    fast for hundreds of aliases (a flat alternation would try each in turn)."""
    branches = []
    for unit, child in node.items():
        if not unit:
            continue
        chain = [unit]
        while len(child) == 1 and "" not in child:  # follow unbranched runs without recursing
            (unit, child), = child.items()
            chain.append(unit)
        branches.append("".join(chain) + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _actor_key(actors: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if actors is None:
        return ()
    if not isinstance(actors, Mapping):
        raise QuoteDataError(f"actors must map a name to its aliases, not {type(actors).__name__}")
    out = []
    for name, aliases in actors.items():
        if not isinstance(name, str) or not 0 < len(name.strip()) <= MAX_ALIAS_CHARS:
            continue
        if isinstance(aliases, str):
            aliases = (aliases,)
        elif not isinstance(aliases, (list, tuple, set, frozenset)):
            aliases = ()
        out.append((name.strip(), tuple(a.strip() for a in aliases
                                        if isinstance(a, str) and 0 < len(a.strip()) <= MAX_ALIAS_CHARS)))
    return tuple(out)


@lru_cache(maxsize=64)
def _actor_index(key: tuple[tuple[str, tuple[str, ...]], ...]) -> _ActorIndex:
    lookup: dict[str, tuple[str, str]] = {}
    persons = set()
    for name, aliases in key:
        lookup.setdefault(_mention_key(name), (name, "name"))
        for alias in aliases:
            last = alias.split()[-1]
            lookup.setdefault(_mention_key(alias), (name, "role" if last[:1].islower() else "alias"))
        surname = name.split()[-1]
        if len(name.split()) >= 2 and {surname, surname.split("-")[-1]} & set(aliases):
            persons.add(name)
    if not lookup:
        return _ActorIndex(None, {}, frozenset())
    trie: dict = {}
    for alias in {n for n, _ in key} | {a for _, al in key for a in al}:
        node = trie
        for unit in _alias_units(alias):
            node = node.setdefault(unit, {})
        node[""] = {}
    pattern = re.compile(r"(?<!\w)" + _trie_regex(trie) + r"(?!\w)")
    return _ActorIndex(pattern, lookup, frozenset(persons))


# --- pass 2: attribution ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_resolution: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_class: str | None


@dataclass(slots=True)
class _Phrase:
    start: int         # offset of the first word
    end: int           # offset after the last word
    head_end: int      # offset after the head ("a spokesman" in "a spokesman for the Kremlin")
    pronoun: bool


class _Context:
    """Per-call state: the text, the actor index and lazily computed look-ups."""

    def __init__(self, text: str, actors: _ActorIndex, quotes: list[tuple[int, int]]):
        self.text = text
        self.actors = actors
        self.quotes = quotes            # (content_start, content_end) of every quotation
        self._persons: list[tuple[int, int, str]] | None = None
        self.boundaries = self._sentence_starts()

    def _sentence_starts(self) -> list[int]:
        text = self.text
        out = [0]
        for m in _SENTENCE_END.finditer(text):
            j = m.end()
            while j < len(text) and text[j].isspace():
                j += 1
            if j >= len(text) or not (text[j].isupper() or text[j].isdigit() or text[j] in "“‘\"'(["):
                continue
            if m.group() == ".":
                w = _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if w and (w.group(1).lower() in ABBREVIATIONS or (len(w.group(1)) == 1 and w.group(1).isupper())):
                    continue
            out.append(j)
        for m in _PARAGRAPH_BREAK.finditer(text):
            j = m.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j < 0 or text[j] != ":":  # "told reporters:" + paragraph break goes on
                out.append(m.end())
        out.sort()
        return out

    def sentence_start(self, pos: int) -> int:
        return self.boundaries[bisect_right(self.boundaries, pos) - 1]

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1]

    # speaker resolution
    def resolve(self, phrase: _Phrase) -> tuple[str, str]:
        text = self.text
        if phrase.pronoun:
            word = text[phrase.start:phrase.end].lower()
            actor = self._person_before(phrase.start) if word in _RESOLVED_PRONOUNS else None
            return (actor, "pronoun") if actor else (text[phrase.start:phrase.end], "phrase")
        if self.actors.pattern is not None:
            last = None
            for m in self.actors.pattern.finditer(text, phrase.start, phrase.head_end):
                last = m
            if last is not None and last.end() == phrase.head_end:
                found = self.actors.lookup.get(_mention_key(last.group()))
                if found:
                    return found
        return text[phrase.start:phrase.end], "phrase"

    def _person_before(self, pos: int) -> str | None:
        if self._persons is None:
            self._persons = []
            if self.actors.pattern is not None and self.actors.persons:
                for m in self.actors.pattern.finditer(self.text):
                    found = self.actors.lookup.get(_mention_key(m.group()))
                    if found and found[0] in self.actors.persons and not self.inside_quote(m.start()):
                        self._persons.append((m.end(), m.start(), found[0]))
        k = bisect_right(self._persons, (pos, pos, "\uffff")) - 1
        return self._persons[k][2] if k >= 0 else None

    def actor_mentions(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Declared actors named in ``text[start:end]`` outside quotations:
        (start, end, actor, resolution)."""
        if self.actors.pattern is None:
            return []
        out = []
        for m in self.actors.pattern.finditer(self.text, start, end):
            hit = self.actors.lookup.get(_mention_key(m.group()))
            if hit and not self.inside_quote(m.start()):
                out.append((m.start(), m.end(), *hit))
        return out

    def attribution(self, phrase: _Phrase, cue: tuple[int, int] | None, cue_class: str | None) -> _Attribution:
        speaker, how = self.resolve(phrase)
        cue_text = self.text[cue[0]:cue[1]] if cue else None
        return _Attribution(speaker, phrase.start, phrase.end, how, cue_text, *(cue or (None, None)), cue_class)


def _line_end(text: str, pos: int, limit: int) -> int:
    m = _LINE_BREAK.search(text, pos, limit)
    return m.start() if m else limit


def _line_start(text: str, pos: int, floor: int) -> int:
    return max(floor, *(text.rfind(c, floor, pos) + 1 for c in "\n\r\u2028\u2029"))


def _tokens(text: str, start: int, end: int) -> list[re.Match]:
    return list(_TOKEN.finditer(text, start, end))


def _is_word(toks: list[re.Match], j: int) -> bool:
    """Can toks[j] be part of a noun phrase? Not punctuation, not a function
    word — unless capitalised after another word ("Theresa May", "Rand Paul")."""
    w = toks[j].group()
    if w.endswith(".") and "." not in w[:-1]:
        return w[:-1].lower() in ABBREVIATIONS  # "Gen." yes, a sentence's last word no
    if len(w) > 1 and w.isupper():
        return True  # an acronym ("US"), never a function word
    low = w.lower()
    if not w[0].isalnum() or (low.endswith("ly") and len(low) > 4 and w.islower()):
        return False
    if low not in _FUNCTION:
        return True
    return w[0].isupper() and low not in _PRONOUNS and j > 0 and toks[j - 1].group()[0].isalnum()


def _possessive(tok: re.Match) -> bool:
    return tok.group().lower().endswith(("'s", "’s"))


def _verb_at(text: str, tok: re.Match, limit: int) -> tuple[int, ReportingVerb | None] | None:
    """If a reporting verb (or "according to") starts at ``tok``: (end offset, verb or None)."""
    word = tok.group()
    if not word.isalpha():
        return None
    low = word.lower()
    index = _verb_index()
    if low == "according" or low in index.phrasal:
        nxt = _SPACE_WORD.match(text, tok.end(), limit)
        if nxt:
            if low == "according":
                return (nxt.end(), None) if nxt.group(1).lower() == "to" else None
            for particle, verb in index.phrasal[low]:
                if nxt.group(1).lower() == particle:
                    return nxt.end(), verb
    verb = index.single.get(low)
    return (tok.end(), verb) if verb else None


def _clause_start(toks: list[re.Match], k: int) -> bool:
    """Does toks[k] open a clause (text start, punctuation or a conjunction before it)?"""
    return k <= 0 or not toks[k - 1].group()[0].isalnum() or toks[k - 1].group().lower() in _CLAUSE_OPENERS


def _valid(toks: list[re.Match], first: int, last: int, det: bool, bare_ok: bool) -> bool:
    """Is toks[first:last] (after an optional determiner) a speaker head? A
    bare lower-case head ("officials") needs ``bare_ok``: a clause start or a
    position right after the verb."""
    if last <= first or _possessive(toks[last - 1]):
        return False
    if det or toks[first].group()[0].isupper():
        return True
    return last - first <= 2 and bare_ok


def _phrase_forward(text: str, toks: list[re.Match], k: int, *, limit: int,
                    max_words: int = MAX_SPEAKER_WORDS) -> tuple[_Phrase, int] | None:
    """A speaker phrase starting at toks[k]: (phrase, index after it)."""
    if k >= len(toks):
        return None
    low = toks[k].group().lower()
    if low in _PRONOUNS:
        return _Phrase(toks[k].start(), toks[k].end(), toks[k].end(), True), k + 1
    det = low in _DETERMINERS
    first = j = k + det
    while j < len(toks) and j - first < max_words and _is_word(toks, j) and not _verb_at(text, toks[j], limit):
        j += 1
    if not _valid(toks, first, j, det, True):
        return None
    head_end = toks[j - 1].end()
    end_tok = j
    if j + 1 < len(toks) and toks[j].group().lower() in ("of", "for"):  # a spokesman for the Kremlin
        e = j + 1 + (toks[j + 1].group().lower() in _DETERMINERS)
        f = e
        while f < len(toks) and f - e < max_words and _is_word(toks, f) and not _verb_at(text, toks[f], limit):
            f += 1
        if f > e and not _possessive(toks[f - 1]):
            end_tok = f
    return _Phrase(toks[k].start(), toks[end_tok - 1].end(), head_end, False), end_tok


def _subject_slot(toks: list[re.Match]) -> int:
    """Index of the last token before a verb once adverbs and auxiliaries
    ("also", "has", "did not", "later") are skipped; -1 if none is left."""
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 3 and (toks[i].group().lower() in _SKIPPABLE
                                      or toks[i].group().lower().endswith(("n't", "n’t"))
                                      or (toks[i].group().endswith("ly") and toks[i].group().islower())):
        i -= 1
        skipped += 1
    return i


def _phrase_backward(toks: list[re.Match]) -> _Phrase | None:
    """The speaker phrase that ends the token list (the words right before a verb)."""
    i = _subject_slot(toks)
    if i < 0 or toks[i].group().lower() == "to":
        return None  # no subject, or an infinitive ("declined to comment")
    if toks[i].group().lower() in _PRONOUNS:
        return _Phrase(toks[i].start(), toks[i].end(), toks[i].end(), True)

    def run(last: int) -> tuple[int, int, bool]:
        j = last
        while j >= 0 and last - j < MAX_SPEAKER_WORDS and _is_word(toks, j):
            j -= 1
        det = j >= 0 and toks[j].group().lower() in _DETERMINERS
        return (j if det else j + 1), j + 1, det   # phrase start, first head word, determiner?

    start, first, det = run(i)
    head_first, head_last, head_det = first, i + 1, det
    before = start - 1
    if before >= 1 and toks[before].group().lower() in ("of", "for") and _is_word(toks, before - 1):
        s2, f2, d2 = run(before - 1)       # "a spokesman for | the Kremlin"
        if _valid(toks, f2, before, d2, _clause_start(toks, s2)):
            start, head_first, head_last, head_det = s2, f2, before, d2
    if not _valid(toks, head_first, head_last, head_det, _clause_start(toks, start)):
        return None
    return _Phrase(toks[start].start(), toks[i].end(), toks[head_last - 1].end(), False)


def _cue_class(verb: ReportingVerb | None) -> str:
    return "according_to" if verb is None else verb.verb_class


def _hearer_end(text: str, verb: ReportingVerb, verb_end: int, limit: int) -> int:
    """End of the cue: after the hearer for tell-type verbs ("told reporters")."""
    if verb.verb not in _HEARER_VERBS:
        return verb_end
    toks = _tokens(text, verb_end, _line_end(text, verb_end, min(limit, verb_end + POST_WINDOW)))
    if not toks:
        return verb_end
    if toks[0].group().lower() in _OBJECT_PRONOUNS:
        return toks[0].end()
    found = _phrase_forward(text, toks, 0, limit=limit, max_words=MAX_HEARER_WORDS)
    if found and not found[0].pronoun and found[0].end == found[0].head_end:
        return found[0].end
    return verb_end


def _after(ctx: _Context, start: int, end: int, content_end: int, limit: int) -> _Attribution | None:
    """Attribution right after a quotation ending at ``end`` (rule a)."""
    text = ctx.text
    content = text[start + 1:content_end].rstrip()
    pos = _POST_LEAD.match(text, end, limit).end()
    paragraph = _PARAGRAPH_BREAK.match(text, pos, limit)
    if paragraph:  # only an unfinished sentence ("…terrorists,”) goes on in the next paragraph
        if not content or content[-1] not in _UNFINISHED:
            return None
        pos = paragraph.end()
    while pos < limit and text[pos].isspace():  # a line break inside a paragraph is a space
        pos += 1
    if pos >= limit or (content.endswith(".") and not text[pos].islower()):
        return None
    toks = _tokens(text, pos, _line_end(text, pos, min(limit, pos + POST_WINDOW)))
    if not toks:
        return None
    verb = _verb_at(text, toks[0], limit)
    if verb:  # "said Putin", "according to Putin"
        k = next((x for x, t in enumerate(toks) if t.start() >= verb[0]), len(toks))
        found = _phrase_forward(text, toks, k, limit=limit)
        return ctx.attribution(found[0], (toks[0].start(), verb[0]), _cue_class(verb[1])) if found else None
    found = _phrase_forward(text, toks, 0, limit=limit)
    if not found:
        return None
    phrase, k = found
    skipped = 0
    while k < len(toks) and skipped < 3 and toks[k].group().lower() in _SKIPPABLE:
        k += 1
        skipped += 1
    verb = _verb_at(text, toks[k], limit) if k < len(toks) else None
    if not verb or verb[1] is None:
        return None
    return ctx.attribution(phrase, (toks[k].start(), _hearer_end(text, verb[1], verb[0], limit)),
                           verb[1].verb_class)


def _before(ctx: _Context, region: int, start: int) -> tuple[_Attribution, bool] | None:
    """The nearest attribution in ``text[region:start]``, before a quotation
    opening at ``start`` (rules b and d): (attribution, adjacent?)."""
    text = ctx.text
    words = list(_LETTERS.finditer(text, region, start))
    for w in reversed(words):
        if w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-’'_"):
            continue
        verb = _verb_at(text, w, start)
        if not verb:
            continue
        verb_end, rv = verb
        if rv is None:  # "According to X, “…”"
            toks = _tokens(text, verb_end, _line_end(text, verb_end, min(start, verb_end + POST_WINDOW)))
            found = _phrase_forward(text, toks, 0, limit=start)
            if not found:
                continue
            attr = ctx.attribution(found[0], (w.start(), verb_end), "according_to")
            return attr, bool(_ADJACENT_GAP.match(text, found[0].end, start))
        floor = _line_start(text, w.start(), max(region, w.start() - SPEAKER_WINDOW))
        toks = _tokens(text, floor, w.start())
        phrase = _phrase_backward(toks)
        if phrase is not None:
            cue_end = _hearer_end(text, rv, verb_end, start)
            attr = ctx.attribution(phrase, (w.start(), cue_end), rv.verb_class)
            return attr, bool(_ADJACENT_GAP.match(text, cue_end, start))
        k = _subject_slot(toks)
        if k < 0 or not toks[k].group()[0].isalnum():  # "“I think,” said one aide, …, “that …”"
            after = _tokens(text, verb_end, _line_end(text, verb_end, min(start, verb_end + POST_WINDOW)))
            found = _phrase_forward(text, after, 0, limit=start)
            if found:
                attr = ctx.attribution(found[0], (w.start(), verb_end), rv.verb_class)
                return attr, bool(_ADJACENT_GAP.match(text, found[0].end, start))
        elif toks[k].group().lower() in ("and", "but"):  # "Biden … called it X and said “…”"
            floor = max(ctx.sentence_start(start), toks[k].start() - SUBJECT_WINDOW)
            mentions = ctx.actor_mentions(floor, toks[k].start())
            if mentions:
                s, e, name, how = mentions[0]  # the sentence's first actor: usually its subject
                cue = (w.start(), verb_end)
                attr = _Attribution(name, s, e, how, text[cue[0]:cue[1]], *cue, rv.verb_class)
                return attr, bool(_ADJACENT_GAP.match(text, verb_end, start))
    return None


def _colon(ctx: _Context, region: int, start: int) -> _Attribution | None:
    """A quotation introduced by a bare colon (rule d, no verb)."""
    text = ctx.text
    before = text[region:start].rstrip()
    if not before.endswith(":"):
        return None
    colon = region + len(before) - 1
    mentions = ctx.actor_mentions(region, colon)
    if not mentions:
        return _Attribution(None, None, None, None, ":", colon, colon + 1, "colon")
    s, e, name, how = mentions[-1]
    return _Attribution(name, s, e, how, ":", colon, colon + 1, "colon")


# --- kinds -----------------------------------------------------------------------------------
def _title_shaped(text: str, start: int, content: str, region: int) -> bool:
    words = _WORD.findall(content.rstrip().rstrip(","))
    if not words or len(words) > TITLE_MAX_WORDS or content.rstrip()[-1:] in ".!?…:;":
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if any(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in _TITLE_MINOR for w in words):
        return False
    previous = _WORD.findall(text[max(region, start - 40):start])
    if previous and previous[-1].lower() == "so-called":
        return False
    if len(words) >= 2:
        return True
    # one word: only right after a capitalised word that does not open the sentence (Operation “X”)
    return bool(previous) and previous[-1][0].isupper() and start - region > len(previous[-1]) + 1


def _embedded(text: str, start: int) -> bool:
    """Does a word of the writer's sentence come right before the opening mark?"""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j].isalnum()


def _scare_shaped(content: str, words: int, paragraphs: int, embedded: bool) -> bool:
    if embedded and content.endswith("."):
        content = content[:-1]  # US style puts the sentence's period inside: called it “brilliant.”
    return 1 <= words <= SCARE_MAX_WORDS and paragraphs == 1 and not _SENTENCE_MARK.search(content)


def _direct_or_partial(content: str, embedded: bool) -> str:
    first = next((c for c in content if c.isalpha()), "")
    return "partial" if first.islower() and embedded else "direct"


# --- the public functions --------------------------------------------------------------------
def find_quotes(text: str, *, actors: Mapping[str, Sequence[str]] | None = None,
                include_unpaired: bool = False) -> list[Quote]:
    """Quotations in ``text`` with their kind, speaker and cue, in text order.

    ``actors`` maps a canonical name to its aliases (``{"Vladimir Putin":
    ["Putin", "the Russian leader"]}``); speakers that match one are given by
    the canonical name. Only outermost quotations are returned (a quotation
    inside another is part of it). Unbalanced marks are never returned as
    quotations: see :func:`find_unpaired_marks`; with
    ``include_unpaired=True`` an opening mark left open at the end of its
    paragraph is returned up to that end with ``paired=False``.
    Raises :class:`QuoteDataError` (a ValueError) if ``text`` is not a str or
    ``actors`` is not a mapping; any string is accepted.
    """
    if not isinstance(text, str):
        raise QuoteDataError(f"find_quotes() needs a str, not {type(text).__name__}")
    index = _actor_index(_actor_key(actors))
    if not any(c in text for c in _MARKS):
        return []
    closed, unclosed, _ = _pair(text)
    spans = sorted([(o, c + 1, o + 1, c, p, True) for o, c, p in closed]
                   + ([(o, e, o + 1, e, p, False) for o, e, p in unclosed] if include_unpaired else []))
    if not spans:
        return []
    ctx = _Context(text, index, [(s[2], s[3]) for s in spans])
    quotes: list[Quote] = []
    for n, (start, end, c_start, c_end, paragraphs, paired) in enumerate(spans):
        content = text[c_start:c_end]
        words = len(_WORD.findall(content))
        prev_end = spans[n - 1][1] if n else 0
        limit = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        region = max(ctx.sentence_start(start), prev_end)
        attr = _after(ctx, start, end, c_end, limit) if paired else None
        kind = None
        if attr is None:
            found = _before(ctx, region, start)
            if found and found[1]:
                attr = found[0]
            elif paired and _title_shaped(text, start, content, region):
                kind = "title"
            else:
                attr = found[0] if found else _colon(ctx, region, start)
        if attr is None and kind is None and quotes and not text[region:start].strip() \
                and quotes[-1].speaker is not None and quotes[-1].kind in ("direct", "partial") \
                and not _PARAGRAPH_BREAK.search(text, quotes[-1].end, start):
            last = quotes[-1]  # "“…,” he said. “…”": the same speaker goes on
            attr = _Attribution(last.speaker, last.speaker_start, last.speaker_end, last.speaker_resolution,
                                None, None, None, None)
        if kind is None:
            embedded = _embedded(text, start)
            if attr is None and paired and _scare_shaped(content, words, paragraphs, embedded):
                kind = "scare"
            else:
                kind = _direct_or_partial(content, embedded)
        attr = attr or _Attribution(None, None, None, None, None, None, None, None)
        quotes.append(Quote(
            start, end, text[start:end], c_start, c_end, kind,
            attr.speaker, attr.speaker_start, attr.speaker_end, attr.speaker_resolution,
            attr.cue, attr.cue_start, attr.cue_end, attr.cue_class,
            words, paragraphs, paired))
    return quotes


def speaker_summary(quotes: Sequence[Quote]) -> dict[str, SpeakerVoice]:
    """Per-speaker counts over the direct and partial quotations, keyed by
    speaker (quotations without a speaker are left out), most quoted first."""
    speech = [q for q in quotes if q.kind in ("direct", "partial")]
    total = sum(q.words for q in speech)
    grouped: dict[str, list[Quote]] = {}
    for q in speech:
        if q.speaker is not None:
            grouped.setdefault(q.speaker, []).append(q)
    out = {}
    for speaker, qs in sorted(grouped.items(), key=lambda kv: (-sum(q.words for q in kv[1]), kv[0])):
        words = sum(q.words for q in qs)
        cues = Counter(" ".join(q.cue.lower().split()) for q in qs if q.cue)
        out[speaker] = SpeakerVoice(speaker, len(qs), words, words / total if total else 0.0, cues,
                                    sum(q.cue_class == "loaded" for q in qs))
    return out
