"""Loaded language: a curated, cited lexicon and a fast matcher.

Method
------
Each entry of ``data/loaded_terms.csv`` is a word or phrase with a category,
a strength (0.0-1.0), an optional neutral alternative, an optional context
guard, a one-line rationale and the published work that grounds it. The
entries were written for biaslab from the published definitions below; no
third-party word list was copied.

Categories and their grounding:

``labeling``
    Name-calling and epithets that tag a person or group ("strong man",
    "regime", "thug", "puppet"). Da San Martino et al. 2019, technique
    *Name Calling/Labeling*; Wikipedia MoS/Words to watch, *contentious labels*.
``emotive``
    Emotive and violent adjectives and nouns chosen for their charge
    ("bloody", "brutal", "savage", "massacre"). Da San Martino et al. 2019,
    *Loaded Language*.
``exaggeration``
    Superlatives and hyperbole ("like never seen before", "swift and strong",
    "unprecedented", "historic"). Da San Martino et al. 2019,
    *Exaggeration/Minimisation*; Wikipedia MoS/Words to watch, *puffery*.
``euphemism``
    Euphemism and dysphemism that soften or harden violence ("liberated",
    "neutralized", "collateral damage"). Orwell 1946, "Politics and the
    English Language"; Lutz 1989, *Doublespeak*; Wikipedia MoS/Words to watch,
    *euphemisms*.
``editorializing``
    Informal or editorializing markers that put the writer's attitude into
    reporting ("basically", "ASAP", "most importantly", "of course").
    Wikipedia MoS/Words to watch, *editorializing*; Biber et al. 1999,
    *Longman Grammar of Spoken and Written English*, stance adverbials.
``doubt``
    Distancing devices that cast doubt on a claim or a name ("so-called",
    "alleged", "purported", "self-styled"); scare quotes are added here by
    :func:`attach_voice`. Wikipedia MoS/Words to watch, *expressions of
    doubt*; Da San Martino et al. 2019, *Doubt*.
``hedge``
    Hedges that withhold full commitment ("perhaps", "reportedly", "seems").
    Hyland 2005, *Metadiscourse*, hedges; Recasens et al. 2013, hedges.
``booster``
    Certainty boosters that close down alternatives ("clearly", "undeniably",
    "without doubt"). Hyland 2005, *Metadiscourse*, boosters.
``flag_waving``
    Patriotic appeals ("our brave troops", "homeland", "the motherland").
    Da San Martino et al. 2019, *Flag-Waving*; Billig 1995, *Banal
    Nationalism*.
``fear``
    Appeals to fear and threat metaphors ("existential threat", "invasion",
    "flood of"). Da San Martino et al. 2019, *Appeal to fear/prejudice*;
    Charteris-Black 2006 and Santa Ana 1999 on migration metaphors.
``factive``
    Factive and implicative reporting verbs that present a reported claim
    as true or as a concession ("admitted", "revealed", "conceded",
    "noted"). Recasens et al. 2013, factive and implicative verbs (after
    Kiparsky & Kiparsky 1970, Karttunen 1971); Wikipedia MoS/Words to watch,
    *said* and its synonyms. Kept apart because such a verb is loaded by
    what it presupposes, not by its tone.

Strength is on one scale for all categories: 1.0 = strongly persuasive in
almost any use; 0.7 = loaded in most news uses; 0.5 = loaded in many uses,
neutral in others; 0.3 = mild, often legitimate (a required hedge); below
0.2 = rarely loaded. It is a curator's judgement, documented per entry.

Matching
--------
Text is split into word tokens (letters and digits joined by internal
apostrophes, straight or curly). Every entry becomes a path in a token trie,
compiled once per :class:`Lexicon`: matching is one pass over the tokens with
dictionary look-ups, so it costs the same for 10 or 10,000 entries.

* case-insensitive; words of a phrase may be separated by any Unicode space
  (non-breaking, thin, several) or a hyphen, so "battle-hardened" also
  matches "battle hardened"; punctuation (a comma, a period) breaks a phrase;
* word boundaries: "regime" never matches inside "regimented";
* a hyphenated term also matches written solid ("pre-emptive" matches
  "preemptive");
* inflections are generated on the phrase's head (its last word that is not
  a function word such as "of") and, in a phrase, on its first content word
  ("lashed out at"), by the spelling rules of :mod:`biaslab.morphology`:
  -s/-es/-ies/-ves, man→men, -ed/-d/-ied, -ing with e-dropping, and consonant
  doubling ("thug"→"thugged"); so "regimes", "liberated", "massacring",
  "strong men" and "floods of" match, and the neutral alternative is
  inflected the same way ("regimes" → "governments").
  A form listed as its own entry wins over a generated one, so an irregular
  or differently used form ("massacred" → "killed") can have its own row.
  A final ``*`` makes the last word a prefix ("warmonger*");
* the longest match wins, leftmost first; matches never overlap.

Context guards
--------------
The ``guard`` column holds clauses joined by ``;``; all must pass::

    not_before:W|W...      skip the match when it stands before one of the W
                           (the word or words right after it)
    not_after:W|W...       skip the match when it comes right after one of the W
    requires_before:W|W... keep the match only before one of the W
    requires_after:W|W...  keep the match only right after one of the W
    not_capitalized        skip a capitalized match that is not at the start
                           of a sentence (a proper name: "Patriot missiles")
    exact                  match only the listed spelling, no inflections
                           ("kind of" as a hedge, never "kinds of")

Each W is a word or a space-separated phrase, lower case; a trailing ``*``
makes its last word a prefix. Context words are looked for within the same
clause only (across spaces, hyphens and quotation marks, not across other
punctuation). Examples: "regime" has ``not_after:sanctions|visa|tax|…``;
"bloody" has ``not_before:sunday|mary``; "clearly" has ``not_after:not``.

Voice
-----
:func:`attach_voice` gives each match a voice: a term inside a quotation is
the quoted speaker's language (``in_quote=True``); scare quotes are the
author's own distancing device, so terms inside them stay author voice and
the scare quote itself becomes a ``doubt`` term.

Limits
------
A lexicon sees words, not meaning: irony, negation ("not a massacre") and
topic-specific uses slip through except where a guard covers them; every
match is a candidate for a reader's judgement, shown with its rationale. The
capitalization guard cannot tell proper names in title-case headlines.
Strength values are a curator's ordinal judgement, not a measured quantity.

References
----------
Da San Martino, Yu, Barrón-Cedeño, Petrov & Nakov 2019, "Fine-Grained
Analysis of Propaganda in News Articles", EMNLP-IJCNLP. Recasens,
Danescu-Niculescu-Mizil & Jurafsky 2013, "Linguistic Models for Analyzing and
Detecting Biased Language", ACL. Hyland 2005, *Metadiscourse: Exploring
Interaction in Writing*. Predelli 2003, "Scare quotes and their relation to
other semantic issues", *Linguistics and Philosophy* 26(1). Wikipedia,
"Manual of Style/Words to watch". Full per-entry citations are in the
``source`` column of ``data/loaded_terms.csv``; see ``data/NOTICE.md``.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from .morphology import plurals, verb_inflections
from .resources import csv_table, data_table, data_text, once
from .segmentation import APOSTROPHES, DOUBLE_QUOTES, SINGLE_QUOTES, SpanIndex, fold_quotes

__all__ = [
    "CATEGORIES", "VOICES", "SCARE_QUOTES", "LexiconError", "LexiconEntry", "Lexicon", "LoadedTerm",
    "LoadedSummary", "load_lexicon", "find_loaded_terms", "attach_voice", "neutralize", "density",
]

#: The bundled categories, in reporting order (documented in the module docstring).
CATEGORIES = (
    "labeling", "emotive", "exaggeration", "euphemism", "editorializing",
    "doubt", "hedge", "booster", "flag_waving", "fear", "factive",
)
#: The two voices a match can have.
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
#: middle of the scale ("loaded in many uses, neutral in others").
DEFAULT_USER_STRENGTH = 0.5
_DEFAULT_FILE = "loaded_terms.csv"
_REQUIRED_COLUMNS = ("term", "category", "rationale")
_COLUMNS = ("term", "category", "strength", "neutral", "guard", "rationale", "source")
_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")

# --- tokens ----------------------------------------------------------------------------
#: A word: letters/digits, possibly joined by internal apostrophes (Russia’s).
_WORD = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")
_SPACE = r"[\s\u200b\u2060]"  # \s covers NBSP and the Unicode spaces; plus zero-width ones
_HYPHEN = r"[-\u2010\u2011\u00ad]"
#: What may separate the words of a phrase: spaces and at most one hyphen.
_JOIN_GAP = re.compile(rf"{_SPACE}*{_HYPHEN}?{_SPACE}*")
#: Quotation marks a guard looks across to its context words: every mark except the
#: low-9 ones „ ‚ (U+201E, U+201A). A guard does not see past those; letting it
#: would change which matches pass in text that uses them.
_GAP_QUOTES = "".join(c for c in DOUBLE_QUOTES + SINGLE_QUOTES if c not in "\u201e\u201a")
#: What may separate a match from the context words a guard looks at.
_CONTEXT_GAP = re.compile(rf"(?:{_SPACE}|{_HYPHEN}|[{re.escape(_GAP_QUOTES)}])*")
#: Words skipped when looking for a phrase's head, the word that inflects
#: ("floods of", "strong men"): English prepositions, articles, conjunctions.
FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with within without into onto over under about "
    "upon through across against between among around behind beyond during toward towards "
    "as than and or but nor before after up out down off away back that this it its our my "
    "your their his her we they be is are was were".split()
)


#: Uncountable nouns used as neutral alternatives: they have no plural, so a
#: plural match ("outrages") gets no suggestion rather than "angers".
MASS_NOUNS = frozenset("anger violence disorder damage fear chaos evidence information immigration "
                       "migration destruction".split())


def _norm(word: str) -> str:
    """Lower case with apostrophes straight (Russia’s = Russia's). Only apostrophes:
    a guard word with another mark inside ("don‘t") stays an error."""
    return fold_quotes(word.lower(), marks=APOSTROPHES)


# --- errors and entries -----------------------------------------------------------------
class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon row.

    ``term`` is lower case (a final ``*`` marks a prefix); ``strength`` is in
    0.0-1.0 (1 = strongly persuasive in almost any use); ``neutral`` is a
    neutral alternative or ``""``; ``guard`` the raw context-guard text or
    ``""``; ``origin`` is ``"biaslab"`` or the path of the user file.
    """

    term: str
    category: str
    strength: float
    neutral: str
    guard: str
    rationale: str
    source: str
    origin: str = "biaslab"

    def to_dict(self) -> dict:
        return {"term": self.term, "category": self.category, "strength": self.strength,
                "neutral": self.neutral, "guard": self.guard, "rationale": self.rationale,
                "source": self.source, "origin": self.origin}


# --- guards --------------------------------------------------------------------------------
_Alternatives = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Guard:
    not_before: _Alternatives = ()
    not_after: _Alternatives = ()
    requires_before: _Alternatives = ()
    requires_after: _Alternatives = ()
    not_capitalized: bool = False
    exact: bool = False

    def allows(self, text: str, toks: list, i: int, j: int) -> bool:
        """Whether the match of tokens ``i..j-1`` passes in its context."""
        if self.not_before or self.requires_before:
            after = _context(text, toks, j, +1, _longest(self.not_before + self.requires_before))
            if _any_phrase(self.not_before, after):
                return False
            if self.requires_before and not _any_phrase(self.requires_before, after):
                return False
        if self.not_after or self.requires_after:
            before = _context(text, toks, i - 1, -1, _longest(self.not_after + self.requires_after))
            if _any_phrase(self.not_after, before):
                return False
            if self.requires_after and not _any_phrase(self.requires_after, before):
                return False
        if self.not_capitalized and text[toks[i][0]].isupper() and not _sentence_initial(text, toks[i][0]):
            return False
        return True


def _longest(alternatives: _Alternatives) -> int:
    return max((len(a) for a in alternatives), default=0)


def _context(text: str, toks: list, k: int, step: int, n: int) -> list[str]:
    """Up to ``n`` words from token ``k`` outwards (step -1: backwards), nearest
    first, stopping at punctuation other than spaces, hyphens and quote marks."""
    words: list[str] = []
    while 0 <= k < len(toks) and len(words) < n:
        near = k - step  # the token on the match side of this gap
        a, b = (toks[k][1], toks[near][0]) if step < 0 else (toks[near][1], toks[k][0])
        if not _CONTEXT_GAP.fullmatch(text, a, b):
            break
        words.append(toks[k][2])
        k += step
    return words


def _any_phrase(alternatives: _Alternatives, near_first: list[str]) -> bool:
    """Whether one of the phrases stands next to the match. ``near_first``
    lists the context words nearest first; each phrase is stored the same way
    (a phrase before the match reversed, see :func:`_parse_guard`)."""
    return any(len(alt) <= len(near_first) and all(map(_word_is, alt, near_first)) for alt in alternatives)


def _word_is(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


_GUARD_LISTS = ("not_before", "not_after", "requires_before", "requires_after")


@lru_cache(maxsize=4096)
def _parse_guard(spec: str) -> _Guard | None:
    """Parse a guard string (syntax in the module docstring); ``None`` if empty."""
    spec = spec.strip()
    if not spec:
        return None
    fields: dict = {}
    for clause in filter(None, (c.strip() for c in spec.split(";"))):
        name, sep, rest = clause.partition(":")
        name = name.strip().lower()
        if name in ("not_capitalized", "exact") and not rest.strip():
            fields[name] = True
            continue
        if name not in _GUARD_LISTS or not sep:
            raise ValueError(f"bad guard clause {clause!r} (expected one of "
                             f"{', '.join(n + ':W|W' for n in _GUARD_LISTS)}, not_capitalized or exact)")
        alternatives = []
        for alt in rest.split("|"):
            words = tuple(_norm(w) for w in alt.split())
            if not words or not all(_WORD.fullmatch(w.rstrip("*")) for w in words):
                raise ValueError(f"bad word list in guard clause {clause!r}")
            # context words are compared nearest first: the words after a match
            # read forwards, the words before it read backwards
            alternatives.append(words if name.endswith("before") else words[::-1])
        fields[name] = fields.get(name, ()) + tuple(alternatives)
    return _Guard(**fields)


_SENTENCE_OPENERS = "\"'“‘«([{—–-"


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, line or the text (quote marks skipped)."""
    k = pos - 1
    while k >= 0 and (text[k] in _SENTENCE_OPENERS or text[k].isspace()):
        if text[k] == "\n":
            return True
        k -= 1
    if k < 0:
        return True
    while k >= 0 and text[k] in "\"'”’»)]}":
        k -= 1
    return k >= 0 and text[k] in ".!?…:"


# --- inflection ---------------------------------------------------------------------------
def _inflections(word: str) -> list[tuple[str, str]]:
    """Inflected forms of a lexicon word as ``(form, kind)``, kind ``s``/``ed``/
    ``ing``; the first form of each kind is its usual spelling. A term may be a
    noun or a verb, so it takes the noun plurals (whose spelling the verb's -s
    shares) and the verb's regular -ed and -ing forms, all from
    :mod:`biaslab.morphology`. Irregular forms ("overran") are not generated:
    like a differently used form, an irregular one is a row of its own, with
    its own neutral alternative. Words shorter than three letters (function
    words) do not inflect. Over-generation is harmless: a non-word never
    occurs in text."""
    if len(word) < 3 or not word.isalpha():
        return []
    out = [(f, "s") for f in plurals(word)]
    out += [(f, kind) for kind in ("ed", "ing") for f in verb_inflections(word, kind)]
    return [(f, k) for f, k in out if f != word]


def _head_index(words: Sequence[str]) -> int:
    """Index of the word that inflects: the last one that is not a function word."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in FUNCTION_WORDS:
            return k
    return len(words) - 1


def _first_index(words: Sequence[str]) -> int:
    """Index of the first word that is not a function word (else the head)."""
    return next((k for k, w in enumerate(words) if w not in FUNCTION_WORDS), _head_index(words))


def _inflect_phrase(phrase: str, kind: str) -> str:
    """``phrase`` with its head (or, for kind ``^...``, its first content word)
    in the usual spelling of ``kind``: the neutral alternative of "regimes"
    is "governments", of "lashed out at" is "criticized"."""
    if not kind or not phrase:
        return phrase
    parts = phrase.split(" ")
    words = [_norm(p) for p in parts]
    k = _first_index(words) if kind.startswith("^") else _head_index(words)
    stem, _, head = parts[k].lower().rpartition("-")  # "non-believer": inflect "believer"
    kind = kind.lstrip("^")
    if kind == "s" and head.endswith("s"):  # already plural: "civilian casualties"
        return phrase
    if kind == "s" and head in MASS_NOUNS:
        return ""  # "outrages" -> "angers" would be wrong
    if head.endswith("ed") or kind != "s" and head.endswith("ing"):
        return ""  # "killing" cannot become "killinged": no suggestion beats a wrong one
    forms = [f for f, fk in _inflections(head) if fk == kind]
    if forms:
        parts[k] = f"{stem}-{forms[0]}" if stem else forms[0]
    return " ".join(parts)


# --- the lexicon --------------------------------------------------------------------------
class _Node:
    __slots__ = ("children", "end", "prefixes")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end: tuple[int, LexiconEntry, str] | None = None  # (priority, entry, inflection kind)
        self.prefixes: list[tuple[str, LexiconEntry]] = []


def _term_words(term: str) -> tuple[list[str], list[bool]]:
    """The normalized words of a term and, for each gap between them, whether
    it holds a hyphen; raise ValueError if the term is not words separated by
    spaces or hyphens (with an optional final ``*``)."""
    body = term[:-1] if term.endswith("*") else term
    words = list(_WORD.finditer(body))
    gaps = [body[a.end():b.start()] for a, b in zip(words, words[1:])]
    if ("*" in body or not words or words[0].start() != 0 or words[-1].end() != len(body)
            or not all(_JOIN_GAP.fullmatch(g) for g in gaps)):
        raise ValueError(f"bad term {term!r}: use words separated by spaces or hyphens, "
                         "with an optional final *")
    return [_norm(w.group()) for w in words], [bool(re.search(_HYPHEN, g)) for g in gaps]


def _closed_up(words: list[str], hyphens: list[bool]) -> list[str]:
    """The words with hyphenated parts written solid ("pre-emptive" -> "preemptive")."""
    out = [words[0]]
    for word, hyphen in zip(words[1:], hyphens):
        if hyphen:
            out[-1] += word
        else:
            out.append(word)
    return out


def _variants(words: list[str]) -> list[tuple[list[str], str]]:
    """Inflected spellings of a term as ``(words, kind)``, kind ``s``/``ed``/
    ``ing`` for the head and ``^s``/``^ed``/``^ing`` for the first word.

    A single word takes every kind. In a phrase, a head that is also its first
    content word ("lash out at", "claim that") is a verb and takes every kind;
    any other head ends a noun phrase ("police state") and takes only ``s``
    (so "police stated" is not "police state"), and the first content word
    inflects fully when a function word follows it ("wipe off the map",
    "spiral out of control"). A word right before "of" is a noun ("flood of",
    "enemy of the people"): plural only.
    """
    def kinds(k: int) -> tuple[str, ...]:
        return ("s",) if words[k + 1:k + 2] == ["of"] else ("s", "ed", "ing")

    def inflect(k: int, allowed: tuple[str, ...], mark: str = "") -> list[tuple[list[str], str]]:
        return [([*words[:k], f, *words[k + 1:]], mark + kind)
                for f, kind in _inflections(words[k]) if kind in allowed]

    h, first = _head_index(words), _first_index(words)
    if len(words) == 1 or h == first:
        return inflect(h, kinds(h))
    out = inflect(h, ("s",))
    if words[first + 1] in FUNCTION_WORDS:
        out += inflect(first, kinds(first), "^")
    return out


class Lexicon:
    """A set of loaded-language entries and its compiled matcher.

    Entries are keyed by ``term``: a later entry with the same term replaces an
    earlier one. The matcher (a token trie) is built once, when the lexicon is
    created. ``version`` names the data ("2026.11.25", or joined with ``+``
    for an extended lexicon); ``categories`` lists the categories present.
    """

    def __init__(self, entries: Iterable[LexiconEntry] = (), *, version: str = "") -> None:
        table: dict[str, LexiconEntry] = {}
        for e in entries:
            table.pop(e.term, None)  # an override moves to the end, like a fresh entry
            table[e.term] = e
        self._entries = table
        self.version = version
        present = {e.category for e in table.values()}
        self.categories = tuple(c for c in CATEGORIES if c in present) + tuple(sorted(present - set(CATEGORIES)))
        self._root = _Node()
        self._guards: dict[str, _Guard | None] = {}
        for e in table.values():
            self._add(e)

    def _add(self, entry: LexiconEntry) -> None:
        self._guards[entry.term] = _parse_guard(entry.guard)
        words, hyphens = _term_words(entry.term)
        if entry.term.endswith("*"):
            node = self._walk(words[:-1])
            node.prefixes.append((words[-1], entry))
            return
        spellings = [words]
        if any(hyphens):
            spellings.append(_closed_up(words, hyphens))
        exact = self._guards[entry.term] is not None and self._guards[entry.term].exact
        for rank, spelling in zip((3, 2), spellings):  # the listed spelling, then the solid one
            self._mark(self._walk(spelling), (rank, entry, ""))
            for form, kind in [] if exact else _variants(spelling):
                self._mark(self._walk(form), (1, entry, kind))

    def _walk(self, words: Sequence[str]) -> _Node:
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        return node

    @staticmethod
    def _mark(node: _Node, end: tuple[int, LexiconEntry, str]) -> None:
        # a listed form (rank 3) beats a solid spelling (2) and an inflection (1);
        # at equal rank the later entry wins
        if node.end is None or end[0] >= node.end[0]:
            node.end = end

    # -- constructors -------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Lexicon":
        """The bundled lexicon (``data/loaded_terms.csv``), loaded once and cached."""
        return _default_lexicon()

    @classmethod
    def from_file(cls, path: str | Path) -> "Lexicon":
        """A user lexicon from a CSV file (the bundled columns; ``strength``,
        ``neutral``, ``guard`` and ``source`` optional) or a TOML file of
        ``[[term]]`` tables with the same keys. Unknown categories are allowed
        (name them in lower case with letters, digits and ``_``); an empty
        term, category or rationale, a bad strength, term or guard raises
        :class:`LexiconError` naming the file and line."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: cannot read lexicon file ({exc})") from exc
        origin = str(path)
        if path.suffix.lower() == ".toml":
            entries, version = _toml_entries(text, origin)
        else:
            entries = _csv_entries(text, origin)
            version = _header_version(text)
        return cls(entries, version=version or f"user:{path.name}")

    def extend(self, *others: "Lexicon") -> "Lexicon":
        """A new lexicon with the entries of ``others`` added; later entries
        override earlier ones with the same term."""
        entries = [*self._entries.values()]
        versions = [self.version] if self.version else []
        for other in others:
            entries += other._entries.values()
            if other.version and other.version not in versions:
                versions.append(other.version)
        return Lexicon(entries, version="+".join(versions))

    # -- container protocol -------------------------------------------------------------------
    @property
    def entries(self) -> tuple[LexiconEntry, ...]:
        return tuple(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.lower() in self._entries

    def __getitem__(self, term: str) -> LexiconEntry:
        return self._entries[term.lower()]

    def __repr__(self) -> str:
        return f"<Lexicon {len(self)} entries, version {self.version!r}>"

    # -- matching -------------------------------------------------------------------------------
    def _matches(self, text: str) -> list[tuple[int, int, LexiconEntry, str]]:
        """Leftmost-longest guarded matches: ``(start, end, entry, kind)``."""
        toks = [(m.start(), m.end(), _norm(m.group())) for m in _WORD.finditer(text)]
        out = []
        i, n = 0, len(toks)
        while i < n:
            found = []  # (end token index, priority, entry, inflection kind)
            node, j = self._root, i
            while True:
                word = toks[j][2]
                found += [(j + 1, 0, e, "") for stem, e in node.prefixes if word.startswith(stem)]
                node = node.children.get(word)
                if node is None:
                    break
                if node.end is not None:
                    found.append((j + 1, *node.end))
                if j + 1 >= n or not (node.children or node.prefixes) or not _JOIN_GAP.fullmatch(
                        text, toks[j][1], toks[j + 1][0]):
                    break
                j += 1
            # longest first; at equal length a listed form, then a generated one, then a prefix
            best = next(((k, e, kind) for k, _, e, kind in sorted(found, key=lambda f: (-f[0], -f[1]))
                         if (g := self._guards[e.term]) is None or g.allows(text, toks, i, k)), None)
            if best is None:
                i += 1
                continue
            k, entry, kind = best
            out.append((toks[i][0], toks[k - 1][1], entry, kind))
            i = k
        return out


# --- reading files ------------------------------------------------------------------------
def _header_version(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        m = re.match(r"#\s*version\s*:\s*(\S+)", stripped)
        if m:
            return m.group(1)
    return ""


def _csv_entries(text: str, origin: str) -> list[LexiconEntry]:
    """Entries of a user CSV file; column names are case-insensitive."""
    header_line, columns, rows = csv_table(text, name=origin, error=LexiconError)
    if not header_line:
        raise LexiconError(f"{origin}: no header line (expected {','.join(_COLUMNS)})")
    header = [c.lower() for c in columns]
    missing = [c for c in _REQUIRED_COLUMNS if c not in header]
    if missing:
        raise LexiconError(f"{origin} line {header_line}: missing column(s) {', '.join(missing)} "
                           f"(expected {','.join(_COLUMNS)})")
    # every row is parsed before any is validated, so a field-count error comes first
    lowered = [(f"line {n}", {k.lower(): v for k, v in row.items()}) for n, row in rows]
    return _entries_from(lowered, origin)


def _toml_entries(text: str, origin: str) -> tuple[list[LexiconEntry], str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{origin}: {exc}") from exc
    tables = data.get("term", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise LexiconError(f"{origin}: expected [[term]] tables")
    rows = (
        (f"[[term]] #{n}", {k: "" if t.get(k) is None else str(t[k]).strip() for k in _COLUMNS})
        for n, t in enumerate(tables, 1)
    )
    return _entries_from(rows, origin), str(data.get("version", ""))


def _entries_from(rows: Iterable[tuple[str, dict[str, str]]], label: str, *,
                  origin: str | None = None) -> list[LexiconEntry]:
    """Validate rows into entries (errors start with ``label``, the file).
    ``strength`` and ``source`` may be empty (a user file's defaults); the
    bundled file's rows have them, checked by :func:`_default_lexicon`.
    ``origin`` defaults to ``label``."""
    origin = label if origin is None else origin
    entries = []
    seen: dict[str, str] = {}
    for where, row in rows:
        def fail(message: str) -> LexiconError:
            return LexiconError(f"{label} {where}: {message}")

        term = " ".join(row.get("term", "").lower().split())
        if not term:
            raise fail("missing term")
        try:
            _term_words(term)
        except ValueError as exc:
            raise fail(str(exc)) from None
        if term in seen:
            raise fail(f"duplicate term {term!r} (first at {seen[term]})")
        seen[term] = where
        category = row.get("category", "").strip().lower()
        if not category:
            raise fail("missing category")
        if not _CATEGORY_NAME.match(category):
            raise fail(f"bad category {category!r}: use lower-case letters, digits and _")
        raw = row.get("strength", "").strip()
        try:
            strength = float(raw) if raw else DEFAULT_USER_STRENGTH
        except ValueError:
            raise fail(f"bad strength {raw!r}: expected a number from 0.0 to 1.0") from None
        if not 0.0 <= strength <= 1.0:
            raise fail(f"bad strength {raw!r}: expected a number from 0.0 to 1.0")
        guard = row.get("guard", "").strip()
        try:
            _parse_guard(guard)
        except ValueError as exc:
            raise fail(str(exc)) from None
        rationale = row.get("rationale", "").strip()
        if not rationale:
            raise fail("missing rationale")
        source = row.get("source", "").strip()
        if not source:
            source = f"user lexicon {Path(label).name}"
        entries.append(LexiconEntry(term, category, strength, row.get("neutral", "").strip(), guard,
                                    rationale, source, origin))
    return entries


@once
def _default_lexicon() -> Lexicon:
    rows = data_table(_DEFAULT_FILE, required=("term", "category", "strength", "rationale", "source"),
                      optional=("neutral", "guard"), choices={"category": CATEGORIES}, error=LexiconError)
    entries = _entries_from(((f"line {n}", row) for n, row in rows), _DEFAULT_FILE, origin="biaslab")
    return Lexicon(entries, version=_header_version(data_text(_DEFAULT_FILE)))


def load_lexicon(paths: Sequence[str | Path] | str | Path = (), *, include_default: bool = True) -> Lexicon:
    """The default lexicon (unless ``include_default=False``) extended by the
    user files in ``paths``, in order: later files override earlier terms."""
    if isinstance(paths, (str, Path)):
        paths = (paths,)
    if not paths:
        return Lexicon.default() if include_default else Lexicon()
    return _load_cached(tuple(_file_key(p) for p in paths), include_default)


def _file_key(path: str | Path) -> tuple[str, int | None]:
    """A cache key that changes when the file does (path and modification time),
    so an edited user lexicon is re-read while an unchanged one is not."""
    path = Path(path).resolve()
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return str(path), None  # from_file reports the unreadable file


@lru_cache(maxsize=16)
def _load_cached(keys: tuple[tuple[str, int | None], ...], include_default: bool) -> Lexicon:
    """Building a lexicon compiles its matcher; done once per set of unchanged files."""
    user = [Lexicon.from_file(path) for path, _ in keys]
    base = Lexicon.default() if include_default else Lexicon()
    return base.extend(*user)


# --- matches -------------------------------------------------------------------------------
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


# --- neutral rewrite ---------------------------------------------------------------------------
_SENTENCE_START = re.compile(r"(?:\A|[.!?…][\"'”’)\]]*\s+)[\s\"'“‘(\[]*\Z")
_COMMA_BEFORE = re.compile(r",[^\S\n]*\Z")
_COMMA_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*")
_SPACES_AFTER = re.compile(r"[^\S\n]*")
_END_AFTER = re.compile(r"[^\S\n]*(?:[.!?;:…\"”’)]|\Z)")


def neutralize(text: str, terms: Sequence[LoadedTerm], *, start: int = 0) -> str:
    """A suggested neutral rewrite of ``text`` (e.g. a sentence whose offset
    in the article is ``start``).

    In the author's voice only: a term with a neutral alternative is replaced
    (capitalization kept); an ``editorializing`` marker without one is dropped
    with its commas and spaces tidied ("and, most importantly, that" → "and
    that"); scare quotes lose their marks. Quoted speakers' words are never
    changed. Terms outside ``text`` are ignored; a term inside it whose text
    does not match raises ValueError (wrong ``start``).
    """
    stop = start + len(text)
    edits = []  # (a, b, replacement, is_drop), offsets relative to text
    for t in terms:
        if t.in_quote or t.start < start or t.end > stop:
            continue
        a, b = t.start - start, t.end - start
        if text[a:b] != t.text:
            raise ValueError(f"term {t.text!r} is not at offset {t.start} of the text; "
                             f"pass the text's article offset as start")
        if t.term == SCARE_QUOTES:
            lead = t.text.find(t.neutral) if t.neutral else -1
            if lead > 0:
                edits += [(a, a + lead, "", False), (a + lead + len(t.neutral), b, "", False)]
        elif t.neutral:
            edits.append((a, b, _match_case(t.text, t.neutral, shouting=text.isupper()), False))
        elif t.category == "editorializing":
            edits.append((a, b, "", True))
    out = text
    limit = len(text) + 1
    for a, b, new, drop in sorted(edits, key=lambda e: (-e[0], -e[1])):
        if b > limit:  # overlaps an edit already made
            continue
        limit = a
        if drop:
            out = _drop(out, a, b)
        else:
            out = out[:a] + new + out[b:]
    return out


def _drop(s: str, a: int, b: int) -> str:
    """Remove ``s[a:b]`` and tidy the commas and spaces around it."""
    before, after = s[:a], s[b:]
    if _SENTENCE_START.search(before):
        rest = after[_COMMA_AFTER.match(after).end():] if _COMMA_AFTER.match(after) else after.lstrip(" \t")
        if s[a:b][:1].isupper() and rest[:1].islower():
            rest = rest[0].upper() + rest[1:]
        return before + rest
    comma = _COMMA_BEFORE.search(before)
    if comma and _COMMA_AFTER.match(after):  # "X, term, Y" -> "X Y"
        return before[:comma.start()] + " " + after[_COMMA_AFTER.match(after).end():]
    if comma and _END_AFTER.match(after):  # "X, term." -> "X."
        return before[:comma.start()] + after.lstrip(" \t")
    if comma:  # "X, term Y" -> "X, Y"
        return before + after[_SPACES_AFTER.match(after).end():]
    return before.rstrip(" \t") + after  # "he obviously lied" -> "he lied"


def _match_case(matched: str, neutral: str, *, shouting: bool = False) -> str:
    """``neutral`` in the capitalization of ``matched``: all capitals when the
    match is in capitals and so is its text (``shouting``) or it has several
    words ("SO-CALLED"); a single capitalized word in ordinary text is taken
    as an acronym and left alone ("ASAP" -> "as soon as possible"); a capital
    first letter for a capitalized match ("Regime" -> "Government")."""
    if matched.isupper():
        return neutral.upper() if shouting or len(_WORD.findall(matched)) > 1 else neutral
    if matched[:1].isupper():
        return neutral[:1].upper() + neutral[1:]
    return neutral


# --- density -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LoadedSummary:
    """Counts of loaded terms and their density per 1,000 words.

    ``words`` is the text's word count (≥ 0). ``counts`` maps each category
    (the bundled ones always, in order, then any other present) to
    ``{"author": n, "quoted": n}`` match counts. ``strength`` maps each voice
    to the sum of its matches' strengths (strength points, ≥ 0). Densities
    are per 1,000 words, 0.0 when ``words`` is 0.
    """

    words: int
    counts: dict[str, dict[str, int]]
    strength: dict[str, float]

    def count(self, *, category: str | None = None, voice: str | None = None) -> int:
        """Matches in a category and/or voice (all when neither is given)."""
        cats = [category] if category is not None else list(self.counts)
        voices = [voice] if voice is not None else list(VOICES)
        return sum(self.counts.get(c, {}).get(v, 0) for c in cats for v in voices)

    def per_1000(self, *, category: str | None = None, voice: str | None = None) -> float:
        """Matches per 1,000 words in a category and/or voice."""
        return _per_1000(self.count(category=category, voice=voice), self.words)

    def to_dict(self) -> dict:
        return {
            "words": self.words,
            "total": self.count(),
            "per_1000": self.per_1000(),
            "by_voice": {v: {"count": self.count(voice=v), "per_1000": self.per_1000(voice=v),
                             "strength_per_1000": _per_1000(self.strength[v], self.words)} for v in VOICES},
            "by_category": {c: {"count": self.count(category=c), "per_1000": self.per_1000(category=c),
                                **{v: n for v, n in self.counts[c].items()}} for c in self.counts},
        }


def _per_1000(value: float, words: int) -> float:
    return 1000.0 * value / words if words > 0 else 0.0


def density(terms: Iterable[LoadedTerm], n_words: int) -> LoadedSummary:
    """Count ``terms`` by category and voice; ``n_words`` (≥ 0) is the
    length of the text they were found in, for per-1,000-word densities."""
    if isinstance(n_words, bool) or not isinstance(n_words, int) or n_words < 0:
        raise ValueError(f"n_words must be a whole number ≥ 0, not {n_words!r}")
    counts = {c: {v: 0 for v in VOICES} for c in CATEGORIES}
    strength = {v: 0.0 for v in VOICES}
    for t in terms:
        counts.setdefault(t.category, {v: 0 for v in VOICES})[t.voice] += 1
        strength[t.voice] += t.strength
    return LoadedSummary(n_words, counts, strength)
