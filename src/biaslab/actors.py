"""Actors: who an article names, how often, with which words, voice and power.

Method
------
1. **Tagging.** Each sentence is split into tokens (:func:`biaslab.segmentation.tokens`,
   with English clitics split off the way the Penn Treebank does — "Russia’s" →
   "Russia" + "’s", "hasn’t" → "has" + "n’t" — and title abbreviations kept whole,
   "Gen.") and tagged and chunked once with TextBlob's bundled Pattern tagger
   (:func:`biaslab.resources.pattern_parse`; De Smedt & Daelemans 2012).
2. **Actors.** Declared actors (``{name: aliases}``) are matched by their name
   and aliases; lower-case alias words match any case ("the Russian leader" at
   the start of a sentence) and a leading "the" is optional. With
   ``detect=True`` other people and organisations are found in non-heading
   sentences as runs of proper nouns (tagged NNP/NNPS, or capitalised away
   from the start of the sentence: "Russia Today") — headlines are title
   case, so they only ever match known actors. A run loses its leading nationality and
   titles ("US Defense Secretary", "Gen.": ``data/actor_titles.csv``,
   ``data/nationalities.csv``); what remains (one to four words) is a name.
   A multi-word name becomes an actor, its last word an alias ("Sergey Shoigu"
   → "Shoigu") unless two names share it. A one-word name becomes an actor
   only after a title ("President Trump") or when it recurs (at least twice,
   once not at the start of a sentence). Never actors on their own: days,
   months (English names from Python's :mod:`calendar`), bare country names
   and adjectives of nationality (a country is an actor only when declared:
   most bare country names in news are places). Other recurring single names
   are kept, places included ("Geneva ... Geneva is far"): a place the text
   keeps returning to is treated as a participant. Detected names match only
   proper-noun tokens, so "Today" at the start of a sentence is not "Russia
   Today".
3. **Mentions** never overlap: among the candidate matches of a sentence the
   set covering the most tokens wins (so longest match wins), and adjacent
   matches of the same actor join ("Russia’s president" + "Vladimir Putin").
   A title, a nationality or a possessive before a name belongs to the mention
   ("US Defense Secretary Jim Mattis"). Role nouns ("the Russian president",
   "the defense minister") resolve when they are a declared alias or when
   exactly one person in the article holds that title (with that nationality,
   when one is named); "leader" stands for any head of state or government.
   Pronouns he/him/his/himself and she/her/hers/herself resolve to the one
   person actor mentioned (by any means, earlier pronouns included) earlier in
   the same sentence or in the previous sentence, and stay unresolved when there are two or more (gender is not
   known, so it cannot break ties); they/them are never resolved. A person is
   an actor with a title, or whose surname is used alone (a declared alias
   equal to the last word of the name, or a detected surname mention).
4. **Descriptors**: the words before the name in a mention (title:
   "Defense Minister"; possessive: "Syria’s strong man"), lower-case
   premodifiers inside the same noun chunk ("the embattled Assad"),
   appositives (", the Russian leader,"; a declared role noun there is a
   descriptor, not a second mention) and role nouns used as mentions (kind
   ``role``). A descriptor is
   *loaded* when a loaded-language term (:mod:`biaslab.lexicon`) overlaps it.
5. **Agency** from the chunks: a mention that heads a noun chunk directly
   followed (past adverbs and a comma-delimited appositive) by a finite verb
   chunk is its *subject*; a passive chunk ("was briefed", "was joined") makes
   it acted upon (*object*), as does a noun chunk right after an active verb
   chunk; a noun chunk after "by" following a passive or a participle is the
   *agent*; possessives ("Putin’s troops", "his") and other prepositional
   objects are *mentioned only*. Quotation inversion ("…,” said Putin") makes a subject. Verbs are lemmatised
   and looked up in the connotation-frame lexicon (:mod:`biaslab.agency`;
   Sap et al. 2017).
6. **Tone**: VADER and TextBlob over the sentences mentioning the actor with
   the words of direct and partial quotations removed (the author's voice),
   and separately over the content of the actor's own quotations.

Limits: Pattern's tagger errs on title-case headlines ("Orders/NNS"), so
agency in headings is unreliable; pronoun resolution is a recency heuristic
(no gender, no syntax: "as he met" after two men stays unresolved; reflexives
are not bound to their subject); role nouns need the office holder to be
introduced with that title; detection is conservative and misses one-off
single names and undeclared countries; same-surname relatives ("Ivanka
Trump" beside a declared "Donald Trump") are kept apart and their surname is
not resolved.

References: Sap, M., Prasettio, M. C., Holtzman, A., Rashkin, H. & Choi, Y.
(2017). Connotation Frames of Power and Agency in Modern Films. EMNLP.
Bell, A. (1991). *The Language of News Media*. Blackwell (news naming and
titles). Entman, R. M. (1993). Framing: Toward Clarification of a Fractured
Paradigm. *Journal of Communication* 43(4) (selection and salience).
"""
from __future__ import annotations

import calendar
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .agency import lemma, load_agency_verbs
from .frames import FRAME_IDS
from .resources import data_rows, pattern_parse
from .segmentation import ABBREVIATIONS
from .segmentation import sentences as split_sentences
from .segmentation import tokens as split_tokens
from .sentiment import score_sentence

__all__ = [
    "Mention", "Descriptor", "Prominence", "Voice", "VerbUse", "Agency", "Tone", "LoadedNear",
    "ActorProfile", "profile_actors", "find_mentions", "detect_actors", "RESOLUTIONS",
]

#: How a mention names its actor.
RESOLUTIONS = ("name", "alias", "role", "pronoun")
#: A detected one-word name must occur this often: one sighting of a capitalised
#: word is as likely a place or a sentence-initial word as an actor.
MIN_RECURRENCE = 2
#: Longest detected name in words (after titles): personal and organisation
#: names rarely exceed four words; longer proper-noun runs are title-case phrases.
MAX_NAME_WORDS = 4
#: An appositive (", the Russian leader,") has at most this many tokens;
#: longer comma segments are clauses or lists.
MAX_APPOSITIVE_TOKENS = 8
#: At most this many lower-case words between a possessive and a name
#: ("Syria's strong man Bashar al-Assad").
MAX_POSSESSIVE_WORDS = 3
#: Third-person singular personal pronouns (closed class); "they/them" are
#: left alone because they are as often groups as singular people.
PRONOUNS = frozenset("he him his himself she her hers herself".split())
#: Title categories that "leader" (a generic role noun) can stand for.
_LEADER_CATEGORIES = frozenset({"head_of_state", "head_of_government", "leader", "royal"})
#: Passive auxiliaries: a form of "be" or "get" followed by a past participle.
_PASSIVE_AUX = frozenset("be am is are was were been being get gets got gotten getting 's 're".split())
#: Penn tags of a finite verb (past, present, modal): only these take a subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Penn tags of descriptive words before a name ("embattled", "strong man").
_DESCRIPTIVE = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG"})
#: Penn tags that can open an appositive noun phrase (", the Russian leader,").
_APPOSITIVE_FIRST = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})
_QUOTE_MARKS = frozenset("\"'“”‘’«»")
#: Quotation kinds that carry a speaker's words (scare quotes and titles are the author's).
_VOICED = ("direct", "partial")
#: English clitics split off as the Penn Treebank does ("Russia’s" → "Russia" + "’s").
_CLITIC = re.compile(r"(?i)^(.+?)(n[’']t|[’'](?:s|re|ve|ll|d|m))$")
#: The article that may open a role noun ("the Russian leader"); optional when matching.
_DETERMINERS = frozenset({"the"})


# --- results -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor: ``text == article_text[start:end]``.

    ``resolution`` is how it names the actor (one of :data:`RESOLUTIONS`),
    ``in_quote`` whether it lies inside a quotation, ``sentence`` the index of
    its sentence (0-based).
    """

    start: int
    end: int
    text: str
    actor: str
    resolution: str
    in_quote: bool = False
    sentence: int = 0

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "actor": self.actor,
                "resolution": self.resolution, "in_quote": self.in_quote, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Descriptor:
    """Words that describe an actor where it is named.

    ``kind``: ``title`` ("Defense Minister"), ``possessive`` ("Syria’s strong
    man"), ``premodifier`` ("embattled"), ``appositive`` (", the Russian
    leader,") or ``role`` (a role noun standing for the actor). ``loaded`` is
    True when a loaded-language term overlaps it (``loaded_terms`` names them).
    """

    start: int
    end: int
    text: str
    kind: str
    loaded: bool = False
    loaded_terms: tuple[str, ...] = ()
    in_quote: bool = False

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "loaded": self.loaded, "loaded_terms": list(self.loaded_terms), "in_quote": self.in_quote}


@dataclass(frozen=True)
class Prominence:
    """How much space an actor gets.

    ``mentions``: number of mentions (``by_resolution`` splits them);
    ``sentences``: sentences with at least one mention; ``sentence_share``:
    that number over all sentences, 0–1; ``first_mention``: ``"headline"``
    (a heading), ``"lead"`` (the first non-heading paragraph), ``"later"``, or
    None when never mentioned; ``first_offset``: character offset of the
    first mention.
    """

    mentions: int = 0
    by_resolution: dict[str, int] = field(default_factory=dict)
    sentences: int = 0
    sentence_share: float = 0.0
    first_mention: str | None = None
    first_offset: int | None = None

    def to_dict(self) -> dict:
        return {"mentions": self.mentions, "by_resolution": dict(self.by_resolution),
                "sentences": self.sentences, "sentence_share": self.sentence_share,
                "first_mention": self.first_mention, "first_offset": self.first_offset}


@dataclass(frozen=True)
class Voice:
    """The actor's own words.

    ``quotes``: direct or partial quotations attributed to the actor;
    ``quoted_words``: their words; ``quote_share``: those words over all words
    in attributed-or-not direct and partial quotations, 0–1; ``cues``:
    reporting verbs (as the quotation finder gives them) and their counts;
    ``cue_classes``: counts of ``neutral``/``loaded``/``colon``/
    ``according_to``; ``loaded_cues``: quotations introduced by a loaded verb,
    ``loaded_cue_verbs`` those verbs; ``spans``: ``(start, end)`` of each
    quotation.
    """

    quotes: int = 0
    quoted_words: int = 0
    quote_share: float = 0.0
    cues: Counter = field(default_factory=Counter)
    cue_classes: Counter = field(default_factory=Counter)
    loaded_cues: int = 0
    loaded_cue_verbs: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        return {"quotes": self.quotes, "quoted_words": self.quoted_words, "quote_share": self.quote_share,
                "cues": dict(self.cues), "cue_classes": dict(self.cue_classes),
                "loaded_cues": self.loaded_cues, "loaded_cue_verbs": list(self.loaded_cue_verbs),
                "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True, slots=True)
class VerbUse:
    """A verb an actor's mention is tied to: ``text == article_text[start:end]``.

    ``role``: ``subject`` (the actor acts), ``object`` (acted upon, including
    the subject of a passive), ``agent`` (the "by" phrase of a passive);
    ``lemma`` is the verb's lemma; ``power``/``agency`` its connotation-frame
    classes (None when the verb is not in the lexicon).
    """

    start: int
    end: int
    text: str
    lemma: str
    role: str
    passive: bool = False
    power: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma,
                "role": self.role, "passive": self.passive, "power": self.power, "agency": self.agency}


@dataclass(frozen=True)
class Agency:
    """Who acts and who is acted upon.

    Counts of mentions: ``subject_of`` (grammatical subject of a finite active
    verb), ``object_of`` (object of a verb or subject of a passive),
    ``agent_of`` (agent of a passive), ``mentioned_only`` (none of these);
    ``agency_score`` = ``subject_of / mentions``, 0–1 (0 without mentions);
    ``verbs``: the verbs behind those counts.
    """

    subject_of: int = 0
    object_of: int = 0
    agent_of: int = 0
    mentioned_only: int = 0
    agency_score: float = 0.0
    verbs: tuple[VerbUse, ...] = ()

    def to_dict(self) -> dict:
        return {"subject_of": self.subject_of, "object_of": self.object_of, "agent_of": self.agent_of,
                "mentioned_only": self.mentioned_only, "agency_score": self.agency_score,
                "verbs": [v.to_dict() for v in self.verbs]}


@dataclass(frozen=True)
class Tone:
    """Sentiment around an actor.

    Over the ``sentences`` that mention the actor and keep some author text
    once direct and partial quotations are removed: VADER compound mean and
    population sd (``vader_mean`` in [-1, 1], ``vader_sd``) and TextBlob
    polarity mean and sd (``polarity_mean`` in [-1, 1], ``polarity_sd``).
    Over the content of the actor's own ``quotes``: ``quote_vader_mean`` and
    ``quote_polarity_mean`` (mean of per-quotation scores). None when there is
    nothing to score.
    """

    sentences: int = 0
    vader_mean: float | None = None
    vader_sd: float | None = None
    polarity_mean: float | None = None
    polarity_sd: float | None = None
    quotes: int = 0
    quote_vader_mean: float | None = None
    quote_polarity_mean: float | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("sentences", "vader_mean", "vader_sd", "polarity_mean",
                                              "polarity_sd", "quotes", "quote_vader_mean",
                                              "quote_polarity_mean")}


@dataclass(frozen=True)
class LoadedNear:
    """Loaded terms in the sentences that mention an actor, by voice:
    ``author`` (the journalist's words) and ``quoted`` (inside quotations)."""

    author: tuple = ()
    quoted: tuple = ()

    def to_dict(self) -> dict:
        return {"author": [_term_dict(t) for t in self.author], "quoted": [_term_dict(t) for t in self.quoted]}


@dataclass(frozen=True)
class ActorProfile:
    """Everything measured about one actor in one article.

    ``name``: canonical name; ``aliases``: other names used to match it;
    ``declared``: given by the user (else detected); ``kind``: ``"person"`` or
    ``"other"`` (organisations, countries, groups); ``titles``/``nationality``:
    offices and countries the article or the declaration attach to it;
    ``mentions`` in text order; ``frames``: Policy Frames Codebook frame id →
    number of the actor's sentences with that primary frame. See the other
    classes for the units of ``prominence``, ``descriptors``, ``voice``,
    ``agency``, ``tone`` and ``loaded_near``.
    """

    name: str
    aliases: tuple[str, ...] = ()
    declared: bool = False
    kind: str = "other"
    titles: tuple[str, ...] = ()
    nationality: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    prominence: Prominence = field(default_factory=Prominence)
    descriptors: tuple[Descriptor, ...] = ()
    voice: Voice = field(default_factory=Voice)
    agency: Agency = field(default_factory=Agency)
    tone: Tone = field(default_factory=Tone)
    loaded_near: LoadedNear = field(default_factory=LoadedNear)
    frames: dict[str, int] = field(default_factory=dict)

    @property
    def dominant_frame(self) -> str | None:
        """The primary frame of most of the actor's sentences (codebook order
        breaks ties; ``"other"`` only when no sentence has a cue; None without
        sentences)."""
        counts = {f: n for f, n in self.frames.items() if n}
        if not counts:
            return None
        cued = [f for f in FRAME_IDS if f != "other" and counts.get(f)]
        return max(cued, key=counts.__getitem__) if cued else "other"

    def to_dict(self) -> dict:
        return {
            "name": self.name, "aliases": list(self.aliases), "declared": self.declared, "kind": self.kind,
            "titles": list(self.titles), "nationality": list(self.nationality),
            "mentions": [m.to_dict() for m in self.mentions], "prominence": self.prominence.to_dict(),
            "descriptors": [d.to_dict() for d in self.descriptors], "voice": self.voice.to_dict(),
            "agency": self.agency.to_dict(), "tone": self.tone.to_dict(),
            "loaded_near": self.loaded_near.to_dict(), "frames": dict(self.frames),
            "dominant_frame": self.dominant_frame,
        }


def _term_dict(term) -> dict:
    if hasattr(term, "to_dict"):
        return term.to_dict()
    return {k: getattr(term, k, None) for k in ("start", "end", "text", "term", "category")}


# --- word lists ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Title:
    text: str
    category: str
    keys: tuple[str, ...]  # casefolded tokens


@lru_cache(maxsize=1)
def _titles() -> dict[str, list[_Title]]:
    """Titles from ``data/actor_titles.csv``, indexed by their last token (casefolded)."""
    index: dict[str, list[_Title]] = defaultdict(list)
    for _, row in data_rows("actor_titles.csv"):
        keys = tuple(k.casefold() for k in _keys(row["title"]))
        index[keys[-1]].append(_Title(row["title"], row["category"], keys))
    for entries in index.values():
        entries.sort(key=lambda t: -len(t.keys))
    return dict(index)


@lru_cache(maxsize=1)
def _nations() -> dict[tuple[str, ...], str]:
    """Country names, abbreviations and adjectives (exact case) → country, from
    ``data/nationalities.csv``."""
    index: dict[tuple[str, ...], str] = {}
    for _, row in data_rows("nationalities.csv"):
        for form in [*row["names"].split("|"), row["adjective"]]:
            if form.strip():
                index[_keys(form.strip())] = row["country"]
    return index


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """English day and month names (Python's ``calendar`` in the default C locale)."""
    return frozenset(w for w in [*calendar.day_name, *calendar.month_name] if w)


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    return frozenset(calendar.day_name)


# --- tokens ---------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str  # the token with curly apostrophes made straight
    tag: str = ""
    chunk: str = "O"

    @property
    def proper(self) -> bool:
        return self.tag in ("NNP", "NNPS")


def _straight(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'")


def _split(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Tokens with title abbreviations joined ("Gen.") and clitics split ("Russia" + "’s")."""
    base = split_tokens(text, start, end)
    out: list[_Tok] = []
    i = 0
    while i < len(base):
        t = base[i]
        nxt = base[i + 1] if i + 1 < len(base) else None
        if (nxt is not None and nxt.text == "." and nxt.start == t.end
                and t.text.casefold() in ABBREVIATIONS and t.text[:1].isupper()):
            out.append(_Tok(t.start, nxt.end, t.text + ".", t.text + "."))
            i += 2
            continue
        m = _CLITIC.match(t.text)
        if m and len(m.group(1)) > 0:
            cut = t.start + len(m.group(1))
            out.append(_Tok(t.start, cut, m.group(1), _straight(m.group(1))))
            out.append(_Tok(cut, t.end, m.group(2), _straight(m.group(2)).lower()))
        else:
            out.append(_Tok(t.start, t.end, t.text, _straight(t.text)))
        i += 1
    return out


@lru_cache(maxsize=4096)
def _keys(s: str) -> tuple[str, ...]:
    """The token keys of a name, alias or title (cached: names recur across articles)."""
    return tuple(t.key for t in _split(s))


@dataclass(slots=True)
class _Sent:
    index: int
    start: int
    end: int
    paragraph: int
    heading: bool
    toks: list[_Tok]
    source: object  # the sentence object given by the caller


def _tag(text: str, sents: Sequence) -> list[_Sent]:
    out = []
    for i, s in enumerate(sents):
        toks = _split(text, s.start, s.end)
        for tok, (_, tag, chunk) in zip(toks, pattern_parse([t.key for t in toks])):
            tok.tag, tok.chunk = tag, chunk
        out.append(_Sent(i, s.start, s.end, getattr(s, "paragraph", 0), bool(getattr(s, "heading", False)),
                         toks, s))
    return out


# --- actor registry ------------------------------------------------------------------------------
@dataclass
class _Actor:
    name: str
    declared: bool
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)  # keys -> resolution
    aliases: list[str] = field(default_factory=list)
    detected_forms: set[tuple[str, ...]] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)  # title (casefold) -> category
    nations: set[str] = field(default_factory=set)
    surname_used: bool = False
    titled: bool = False

    @property
    def person(self) -> bool:
        """Titled, or called by the surname alone (in the text, or by a declared alias)."""
        name = _keys(self.name)
        if name in _nations():
            return False
        if self.titled or self.titles:
            return True
        surnames = {(name[-1],), (name[-1].split("-")[-1],)}  # "al-Assad" or "Assad"
        declared_surname = any(s in self.forms and s not in self.detected_forms for s in surnames)
        return len(name) > 1 and (self.surname_used or declared_surname)

    def add(self, surface: str, resolution: str, *, detected: bool = False) -> None:
        keys = _keys(surface)
        if not keys or keys in self.forms:
            return
        self.forms[keys] = resolution
        if detected:
            self.detected_forms.add(keys)
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)
        if keys[0].casefold() in _DETERMINERS and len(keys) > 1:
            self.forms.setdefault(keys[1:], resolution)
        prefix, title, nation = _parse_prefix(keys)
        if title is not None:
            self.titles.setdefault(title.text.casefold(), title.category)
        if nation:
            self.nations.add(nation)


def _form_resolution(name: str, surface: str) -> str:
    """``name`` for the canonical name, ``role`` for role nouns (the head word
    is lower case or a title), else ``alias``."""
    keys = _keys(surface)
    if keys == _keys(name):
        return "name"
    prefix, title, _ = _parse_prefix(keys)
    if prefix == len(keys) or keys[-1][:1].islower():
        return "role"
    return "alias"


def _parse_prefix(keys: Sequence[str]) -> tuple[int, _Title | None, str | None]:
    """Leading descriptor of a surface form: ``[the] [nation|X 's] title*`` or
    ``X 's word{1,3}``. Returns (length, last title, country)."""
    toks = [_Tok(0, 0, k, k) for k in keys]
    for t in toks:
        t.tag = "NN" if t.key[:1].islower() else "NNP"
    k = 1 if toks and toks[0].key.casefold() in _DETERMINERS else 0
    nation = None
    n, country = _nation_at(toks, k)
    if n:
        nation, k = country, k + n
    title = None
    while True:
        t = _title_at(toks, k)
        if t is None:
            break
        title, k = t, k + len(t.keys)
    if title is None:
        return 0, None, None  # "Russia Today", "the Russians": names, not descriptors
    return k, title, nation


def _nation_at(toks: Sequence[_Tok], i: int) -> tuple[int, str | None]:
    """A nationality premodifier at ``toks[i]``: "US", "Russian", "Russia ’s"."""
    nations = _nations()
    for n in (3, 2, 1):
        keys = tuple(t.key for t in toks[i:i + n])
        if len(keys) == n and keys in nations:
            m = n + 1 if i + n < len(toks) and toks[i + n].key == "'s" else n
            return m, nations[keys]
    return 0, None


@lru_cache(maxsize=1)
def _titles_by_first() -> dict[str, list[_Title]]:
    index: dict[str, list[_Title]] = defaultdict(list)
    for entries in _titles().values():
        for t in entries:
            index[t.keys[0]].append(t)
    return {k: sorted(v, key=lambda t: -len(t.keys)) for k, v in index.items()}


def _title_at(toks: Sequence[_Tok], i: int) -> _Title | None:
    """The longest title starting at ``toks[i]`` (case-insensitive)."""
    if i >= len(toks):
        return None
    for t in _titles_by_first().get(toks[i].key.casefold(), ()):
        n = len(t.keys)
        if tuple(x.key.casefold() for x in toks[i:i + n]) == t.keys:
            return t
    return None


def _title_ending(toks: Sequence[_Tok], j: int) -> _Title | None:
    """The longest title whose last token is ``toks[j - 1]``."""
    if j <= 0:
        return None
    for t in _titles().get(toks[j - 1].key.casefold(), ()):
        n = len(t.keys)
        if j - n >= 0 and tuple(x.key.casefold() for x in toks[j - n:j]) == t.keys:
            return t
    return None


def _prefix_start(toks: Sequence[_Tok], i: int) -> tuple[int, _Title | None, str | None]:
    """Extend a name at ``toks[i]`` leftwards over titles and a nationality or
    possessive ("US Defense Secretary", "Russia’s president", "Syria’s strong
    man"). Returns (new start, last title, country)."""
    k, title = i, None
    while (t := _title_ending(toks, k)) is not None:
        title = title or t
        k -= len(t.keys)
    if title is None:
        m = k
        while m > 0 and k - m < MAX_POSSESSIVE_WORDS and toks[m - 1].key[:1].islower() \
                and toks[m - 1].tag in _DESCRIPTIVE:
            m -= 1
        if m < k and m >= 2 and toks[m - 1].key == "'s" and toks[m - 2].key[:1].isupper():
            country = _nations().get((toks[m - 2].key,))
            return m - 2, None, country
        return i, None, None
    if k >= 2 and toks[k - 1].key == "'s" and toks[k - 2].key[:1].isupper():
        return k - 2, title, _nations().get((toks[k - 2].key,))
    for n in (3, 2, 1):
        keys = tuple(t.key for t in toks[max(0, k - n):k])
        if len(keys) == n and keys in _nations():
            return k - n, title, _nations()[keys]
    return k, title, None


_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Assad", "bin-..."


def _name_shaped(toks: Sequence[_Tok], k: int) -> bool:
    """A proper noun by its tag, or a capitalised word not at the start of the
    sentence (mid-sentence capitals mark names: "Russia Today")."""
    tok = toks[k]
    s = tok.text
    if not s[:1].isalpha():
        return False
    if tok.proper:
        return s[:1].isupper() or bool(_PARTICLE_NAME.match(s))
    return s[:1].isupper() and s.isalpha() and not _sentence_initial(toks, k)


def _sentence_initial(toks: Sequence[_Tok], i: int) -> bool:
    return all(t.key in _QUOTE_MARKS or t.key in "([" for t in toks[:i])


def detect_actors(text: str, sentences: Sequence | None = None, *,
                  declared: Mapping[str, Sequence[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Actors found automatically (not among ``declared``): ``{name: aliases}``.

    See the module docstring for the rules. ``sentences`` default to
    :func:`biaslab.segmentation.sentences` of ``text``.
    """
    sents = _tag(text, split_sentences(text) if sentences is None else sentences)
    registry = _declared(declared or {})
    return {a.name: tuple(a.aliases) for a in _detect(sents, registry)}


def _declared(declared: Mapping[str, Sequence[str]]) -> list[_Actor]:
    actors = []
    for name, aliases in declared.items():
        name = str(name).strip()
        if not _keys(name):
            continue  # no word to match
        if isinstance(aliases, str):
            aliases = [aliases]
        actor = _Actor(name, True)
        actor.add(name, "name")
        for alias in aliases:
            if str(alias).strip():
                actor.add(str(alias).strip(), _form_resolution(name, str(alias).strip()))
        actors.append(actor)
    return actors


@dataclass
class _Sighting:
    keys: tuple[str, ...]
    surface: str
    titled: bool
    initial: bool


def _detect(sents: Sequence[_Sent], registry: list[_Actor]) -> list[_Actor]:
    """New actors from proper-noun runs in non-heading sentences."""
    known = {keys for a in registry for keys in a.forms}
    sightings: list[_Sighting] = []
    for s in sents:
        if s.heading:
            continue
        toks = s.toks
        i = 0
        while i < len(toks):
            if not _name_shaped(toks, i):
                i += 1
                continue
            j = i
            while j < len(toks) and _name_shaped(toks, j):
                j += 1
            sighting = _read_run(toks, i, j)
            if sighting is not None:
                sightings.append(sighting)
            i = j
    calendar_words, nations = _calendar_words(), _nations()
    useful = [x for x in sightings if x.keys not in known and x.keys not in nations
              and not (len(x.keys) == 1 and x.keys[0] in calendar_words)]
    multi = [x for x in useful if len(x.keys) > 1]
    # a surname shared by two different full names is ambiguous: no alias
    surnames: dict[str, set] = defaultdict(set)
    for x in multi:
        surnames[x.keys[-1]].add(x.keys)
    for a in registry:  # declared one-word names and surnames count too
        for keys in a.forms:
            if len(keys) == 1:
                surnames[keys[0]].add(("__declared__", a.name))
    new: dict[tuple[str, ...], _Actor] = {}

    def attach(x: _Sighting) -> _Actor | None:
        for a in registry:
            last = _keys(a.name)[-1]
            if a.declared and x.keys[-1] == last and (len(_keys(a.name)) == 1 or (x.keys[-1],) in a.forms) \
                    and _keys(a.name)[0] in (x.keys[0], last):
                return a
        return None

    for x in sorted(multi, key=lambda x: -len(x.keys)):
        owner = attach(x)
        if owner is not None:
            owner.add(x.surface, "alias", detected=True)
            owner.titled |= x.titled
            continue
        host = next((a for keys, a in new.items() if keys[-len(x.keys):] == x.keys), None)
        if host is None:
            host = new[x.keys] = _Actor(x.surface, False)
            host.add(x.surface, "name", detected=True)
            if len(surnames[x.keys[-1]]) == 1:
                host.add(next(t.text for t in _split(x.surface)[-1:]), "alias", detected=True)
        else:
            host.add(x.surface, "alias", detected=True)
        host.titled |= x.titled
    counts = Counter(x.keys for x in useful if len(x.keys) == 1)
    noninitial = {x.keys for x in useful if len(x.keys) == 1 and not x.initial}
    titled = {x.keys for x in useful if len(x.keys) == 1 and x.titled}
    for x in useful:
        if len(x.keys) > 1 or any(x.keys in a.forms for a in [*registry, *new.values()]):
            continue
        if x.keys in titled or (counts[x.keys] >= MIN_RECURRENCE and x.keys in noninitial):
            actor = new[x.keys] = _Actor(x.surface, False)
            actor.add(x.surface, "name", detected=True)
            actor.titled = x.keys in titled
    return list(new.values())


def _read_run(toks: Sequence[_Tok], i: int, j: int) -> _Sighting | None:
    """A proper-noun run → a name sighting, titles and nationality stripped."""
    days = _days()
    while i < j and toks[i].key in days:
        i += 1
    while j > i and toks[j - 1].key in days:
        j -= 1
    titled = False
    n, _ = _nation_at(toks[:j], i)
    k = i + n
    while k < j and (t := _title_at(toks[:j], k)) is not None:
        titled, k = True, k + len(t.keys)
    if not titled:
        k = i  # a bare nationality word starts names too ("Russia Today")
    if k >= j or j - k > MAX_NAME_WORDS:
        return None
    surface = "".join(_join(toks, k, j))
    return _Sighting(tuple(t.key for t in toks[k:j]), surface, titled, _sentence_initial(toks, k))


def _join(toks: Sequence[_Tok], i: int, j: int) -> list[str]:
    out = []
    for a in range(i, j):
        if a > i and toks[a].start > toks[a - 1].end:
            out.append(" ")
        out.append(toks[a].text)
    return out


# --- mentions ------------------------------------------------------------------------------------
@dataclass
class _Cand:
    i: int  # first token (inclusive)
    j: int  # last token (exclusive)
    actor: _Actor
    resolution: str
    core: int  # first token of the name itself (== j for role nouns)


def _matches(form: tuple[str, ...], toks: Sequence[_Tok], i: int, tagged: bool) -> bool:
    if i + len(form) > len(toks):
        return False
    for k, f in enumerate(form, i):
        t = toks[k]
        if not (t.key == f or (f == f.lower() and t.key.casefold() == f)):
            return False
        if tagged and t.key[:1].isalpha() and not _name_shaped(toks, k):
            return False
    return True


def _index(actors: Sequence[_Actor]) -> dict[str, list[tuple[tuple[str, ...], _Actor, str]]]:
    index: dict[str, list] = defaultdict(list)
    for a in actors:
        for keys, res in a.forms.items():
            index[keys[0].casefold()].append((keys, a, res))
    return index


def _candidates(s: _Sent, index) -> list[_Cand]:
    toks = s.toks
    out = []
    for i, tok in enumerate(toks):
        for keys, actor, res in index.get(tok.key.casefold(), ()):
            if not _matches(keys, toks, i, keys in actor.detected_forms):
                continue
            j = i + len(keys)
            if res == "role":
                out.append(_Cand(i, j, actor, res, j))
                continue
            prefix, _, _ = _parse_prefix(keys)
            core = i + prefix
            out.append(_Cand(i, j, actor, res, core))
            k, _, _ = _prefix_start(toks, i)
            if k < i:
                out.append(_Cand(k, j, actor, res, core))
    return out


def _select(cands: Sequence[_Cand], n: int) -> list[_Cand]:
    """Non-overlapping candidates covering the most tokens (ties: fewer pieces)."""
    by_start: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_start[c.i].append(c)
    best: list[tuple[int, int, list[_Cand]]] = [(0, 0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        cover, pieces, chosen = best[i + 1]
        top = (cover, -pieces, chosen)
        for c in by_start.get(i, ()):
            c_cover, c_pieces, c_chosen = best[c.j]
            option = (c_cover + c.j - c.i, -(c_pieces + 1), [c, *c_chosen])
            if option[:2] > top[:2]:
                top = option
        best[i] = (top[0], -top[1], top[2])
    return best[0][2]


_RES_ORDER = {"name": 0, "alias": 1, "role": 2, "pronoun": 3}


def _merge(chosen: list[_Cand]) -> list[_Cand]:
    """Join adjacent candidates of one actor: "Russia’s president" + "Vladimir Putin"."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.actor is c.actor and prev.j == c.i:
            res = min(prev.resolution, c.resolution, key=_RES_ORDER.__getitem__)
            core = c.core if c.resolution != "role" else prev.core
            out[-1] = _Cand(prev.i, c.j, c.actor, res, min(core, c.j))
        else:
            out.append(c)
    return out


@dataclass
class _Found:
    """Mentions per sentence, as token ranges, before they become :class:`Mention`."""

    sent: _Sent
    cands: list[_Cand]
    pronouns: list[tuple[int, _Actor | None]] = field(default_factory=list)


def _resolve(sents: list[_Sent], declared: Mapping, detect: bool) -> tuple[list[_Actor], list[_Found]]:
    registry = _declared(declared)
    if detect:
        registry.extend(_detect(sents, registry))
    index = _index(registry)
    found = []
    for s in sents:
        found.append(_Found(s, _merge(_select(_candidates(s, index), len(s.toks)))))
    # evidence from the text: titles, nationality, surnames used alone
    for f in found:
        for c in f.cands:
            if c.resolution == "role":
                continue
            if c.core > c.i:
                _, title, nation = _prefix_start(f.sent.toks, c.core)
                if title is not None:
                    c.actor.titles.setdefault(title.text.casefold(), title.category)
                if nation:
                    c.actor.nations.add(nation)
            name = _keys(c.actor.name)
            core_keys = tuple(t.key for t in f.sent.toks[c.core:c.j])
            if len(name) > 1 and core_keys == name[-1:]:
                c.actor.surname_used = True
    persons = [a for a in registry if a.person]
    for f in found:
        _add_roles(f, persons)
        _drop_appositive_roles(f)
    _add_pronouns(found, persons)
    return registry, found


def _add_roles(f: _Found, persons: Sequence[_Actor]) -> None:
    """Role nouns not declared: ``the [nation] title`` held by exactly one person."""
    toks = f.sent.toks
    taken = {k for c in f.cands for k in range(c.i, c.j)}
    extra = []
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        k, det = i, toks[i].key.casefold() in _DETERMINERS
        k += det
        n, nation = _nation_at(toks, k)
        k += n
        title = _title_at(toks, k)
        if title is None or not (det or nation):
            i += 1
            continue
        j = k + len(title.keys)
        span = set(range(i, j))
        following = toks[j] if j < len(toks) else None
        if span & taken or (following is not None and (following.tag.startswith("NN") or following.key == "'s")):
            i += 1
            continue
        holders = [a for a in persons if _holds(a, title) and (nation is None or nation in a.nations)]
        if len(holders) == 1:
            extra.append(_Cand(i, j, holders[0], "role", j))
            taken |= span
            i = j
        else:
            i += 1
    if extra:
        f.cands = sorted([*f.cands, *extra], key=lambda c: c.i)


def _holds(actor: _Actor, title: _Title) -> bool:
    if title.category == "leader":
        return any(cat in _LEADER_CATEGORIES for cat in actor.titles.values())
    return title.text.casefold() in actor.titles


def _appositive_end(toks: Sequence[_Tok], j: int) -> int | None:
    """End (exclusive, before the closing comma) of an appositive starting after
    ``toks[j]`` == ",", or None."""
    if j >= len(toks) or toks[j].key != ",":
        return None
    k = j + 1
    if k >= len(toks) or toks[k].tag not in _APPOSITIVE_FIRST:
        return None
    while k < len(toks) and toks[k].key not in (",", ".", ";", ":", "!", "?") and toks[k].key not in _QUOTE_MARKS:
        if toks[k].tag.startswith("VB") or (toks[k].tag in ("MD", "CC", "WP", "WDT", "IN") and toks[k].key != "of"):
            return None  # a clause or a list, not a noun phrase
        k += 1
    if k - (j + 1) > MAX_APPOSITIVE_TOKENS or k == j + 1:
        return None
    if k < len(toks) and toks[k].key not in (",", "."):
        return None
    return k


def _drop_appositive_roles(f: _Found) -> None:
    """", the Russian leader," after a mention of the same actor is a descriptor, not a mention."""
    keep: list[_Cand] = []
    for c in f.cands:
        prev = keep[-1] if keep else None
        if prev is not None and c.resolution == "role" and prev.actor is c.actor:
            end = _appositive_end(f.sent.toks, prev.j)
            if end is not None and prev.j + 1 <= c.i and c.j <= end:
                continue
        keep.append(c)
    f.cands = keep


def _add_pronouns(found: list[_Found], persons: Sequence[_Actor]) -> None:
    person_set = {id(a) for a in persons}
    previous: list[_Actor] = []
    for f in found:
        toks = f.sent.toks
        taken = {k for c in f.cands for k in range(c.i, c.j)}
        here: list[tuple[int, _Actor]] = [(c.i, c.actor) for c in f.cands if id(c.actor) in person_set]
        resolved: list[tuple[int, _Actor]] = []
        for i, tok in enumerate(toks):
            if i in taken or tok.key.casefold() not in PRONOUNS:
                continue
            window = {id(a): a for a in previous}
            window.update({id(a): a for k, a in [*here, *resolved] if k < i})
            actor = next(iter(window.values())) if len(window) == 1 else None
            f.pronouns.append((i, actor))
            if actor is not None:
                resolved.append((i, actor))
        previous = [a for _, a in [*here, *resolved]]


def _mentions(text: str, found: list[_Found], quotes: Sequence) -> dict[str, list[tuple]]:
    """``{actor name: [(Mention, sentence, candidate or None, (first token, end token))]}``."""
    spans = [(q.start, q.end) for q in quotes]
    out: dict[str, list] = defaultdict(list)
    for f in found:
        toks = f.sent.toks
        items = [(c.i, c.j, c.actor, c.resolution, c) for c in f.cands]
        items += [(i, i + 1, a, "pronoun", None) for i, a in f.pronouns if a is not None]
        for i, j, actor, res, cand in sorted(items, key=lambda x: x[0]):
            a, b = toks[i].start, toks[j - 1].end
            inq = any(qs <= a and b <= qe for qs, qe in spans)
            out[actor.name].append((Mention(a, b, text[a:b], actor.name, res, inq, f.sent.index), f, cand,
                                    (i, j)))
    return out


def find_mentions(text: str, sentences: Sequence | None = None, *,
                  declared: Mapping[str, Sequence[str]] | None = None, detect: bool = True,
                  quotes: Sequence = ()) -> list[Mention]:
    """All actor mentions in ``text``, in text order, never overlapping.

    ``declared``: ``{name: aliases}``; ``detect``: also find undeclared people
    and organisations; ``quotes``: quotations (objects with ``start``/``end``)
    used to set ``in_quote``.
    """
    sents = _tag(text, split_sentences(text) if sentences is None else sentences)
    _, found = _resolve(sents, declared or {}, detect)
    table = _mentions(text, found, quotes)
    return sorted((m for rows in table.values() for m, *_ in rows), key=lambda m: m.start)


# --- descriptors -----------------------------------------------------------------------------------
def _descriptors(text: str, rows, terms: Sequence, quote_spans) -> list[Descriptor]:
    out: list[Descriptor] = []
    seen: set[tuple[int, int]] = set()

    def add(toks, i, j, kind):
        while i < j and toks[i].key.casefold() in _DETERMINERS:
            i += 1
        if i >= j:
            return
        a, b = toks[i].start, toks[j - 1].end
        if (a, b) in seen:
            return
        seen.add((a, b))
        hits = tuple(dict.fromkeys(t.term for t in terms if t.start < b and a < t.end))
        inq = any(qs <= a and b <= qe for qs, qe in quote_spans)
        out.append(Descriptor(a, b, text[a:b], kind, bool(hits), hits, inq))

    for m, f, cand, (i, j) in rows:
        toks = f.sent.toks
        if cand is None:
            continue
        if cand.resolution == "role" and cand.core >= cand.j:
            add(toks, i, j, "role")
        elif cand.core > i:
            prefix = toks[i:cand.core]
            kind = "possessive" if any(t.key == "'s" for t in prefix) else (
                "title" if any(_title_at(toks[:cand.core], k) for k in range(i, cand.core)) else "premodifier")
            add(toks, i, cand.core, kind)
        # premodifiers inside the same noun chunk: "the embattled Assad" (never
        # before a determiner: in "order the defense minister", "order" is not one)
        k = i
        while k > 0 and toks[i].key.casefold() not in _DETERMINERS and toks[k].chunk == "I-NP" \
                and toks[k - 1].tag in _DESCRIPTIVE \
                and toks[k - 1].key[:1].islower() and not _covered(f, k - 1):
            k -= 1
        if k < i:
            add(toks, k, i, "premodifier")
        end = _appositive_end(toks, j)
        if end is not None:
            add(toks, j + 1, end, "appositive")
    return sorted(out, key=lambda d: d.start)


def _covered(f: _Found, k: int) -> bool:
    return any(c.i <= k < c.j for c in f.cands)


# --- agency ------------------------------------------------------------------------------------------
def _vp(toks: Sequence[_Tok], k: int) -> int:
    """End (exclusive) of the verb chunk starting at ``toks[k]``."""
    j = k + 1
    while j < len(toks) and toks[j].chunk == "I-VP":
        j += 1
    return j


def _verb_info(toks: Sequence[_Tok], k: int, j: int) -> tuple[bool, bool, _Tok | None]:
    """(finite, passive, main verb) of the verb chunk ``toks[k:j]``."""
    verbs = [t for t in toks[k:j] if t.tag.startswith("VB") or t.tag == "MD"]
    if not verbs:
        return False, False, None
    finite = verbs[0].tag in _FINITE
    passive = False
    for a, b in zip(verbs, verbs[1:]):
        if a.key.casefold() in _PASSIVE_AUX and b.tag in ("VBN", "VBD"):
            passive = True
    main = verbs[-1]
    return finite, passive, main


def _np_end(toks: Sequence[_Tok], j: int) -> int | None:
    """End of the noun chunk a mention ending at ``j`` heads, or None when the
    mention only modifies a noun ("Putin administration", "Russia’s troops")."""
    if j < len(toks) and toks[j].key in ("'s", "'"):
        return None
    if j < len(toks) and toks[j].chunk == "I-NP":
        if toks[j].tag.startswith("NN") or toks[j].tag in ("JJ", "CD"):
            return None
        while j < len(toks) and toks[j].chunk == "I-NP":
            j += 1
    return j


def _role(toks: Sequence[_Tok], i: int, j: int) -> tuple[str | None, _Tok | None, bool]:
    """(role, verb token, passive) for the mention ``toks[i:j]``."""
    end = _np_end(toks, j)
    if end is None or toks[j - 1].tag == "PRP$":
        return None, None, False  # a modifier: "Putin’s troops", "his generals"
    start = i
    while start > 0 and toks[start].chunk == "I-NP" and toks[start - 1].chunk.endswith("NP"):
        start -= 1
    if _in_pp(toks, start):
        return _agent(toks, start)
    k = _skip_to_verb(toks, end)
    if k < len(toks) and toks[k].chunk.endswith("VP"):
        finite, passive, verb = _verb_info(toks, k, _vp(toks, k))
        if verb is not None and finite:
            return ("object" if passive else "subject"), verb, passive
    # a verb chunk before the noun chunk: "…,” said Putin" / "They met Putin"
    if start == 0 or not toks[start - 1].chunk.endswith("VP"):
        return None, None, False
    k = start - 1
    while k > 0 and toks[k].chunk == "I-VP":
        k -= 1
    finite, passive, verb = _verb_info(toks, k, start)
    if verb is None or passive:
        return None, None, False
    before = toks[k - 1].key if k > 0 else None
    after = toks[j].key if j < len(toks) else None
    inverted = (finite and start - k == 1 and (before is None or before in _QUOTE_MARKS or before == ",")
                and (after is None or after in (",", ".", ";")))
    return ("subject" if inverted else "object"), verb, False


def _skip_to_verb(toks: Sequence[_Tok], k: int) -> int:
    """Skip adverbs and comma-delimited appositives after a noun chunk ending at ``k``."""
    while k < len(toks):
        if toks[k].tag in ("RB", "RBR", "RBS") and not toks[k].chunk.endswith("VP"):
            k += 1
            continue
        app = _appositive_end(toks, k)
        if app is not None and app < len(toks) and toks[app].key == ",":
            k = app + 1
            continue
        break
    return k


def _in_pp(toks: Sequence[_Tok], start: int) -> bool:
    """Is the noun chunk at ``start`` the object of a preposition? "by" always;
    another IN word only after a noun ("a report by", "the third of"): after a
    verb, a comma or at the start of a clause it is a subordinator ("while
    Washington says", "said that Syria is").
    """
    if start == 0 or toks[start - 1].tag not in ("IN", "TO"):
        return False
    if toks[start - 1].key.casefold() == "by":
        return True
    return start >= 2 and (toks[start - 2].tag.startswith("NN") or toks[start - 2].tag in ("PRP", "CD"))


def _agent(toks: Sequence[_Tok], start: int) -> tuple[str | None, _Tok | None, bool]:
    """"joined by Shoigu", "held by the Islamic State": the agent of a passive
    or of a past participle."""
    if start < 2 or toks[start - 1].key.casefold() != "by" or not toks[start - 2].chunk.endswith("VP"):
        return None, None, False
    k = start - 2
    while k > 0 and toks[k].chunk == "I-VP":
        k -= 1
    _, passive, verb = _verb_info(toks, k, start - 1)
    if verb is not None and (passive or verb.tag == "VBN"):
        return "agent", verb, True
    return None, None, False


def _agency(rows) -> Agency:
    counts = Counter()
    verbs = []
    lexicon = load_agency_verbs()
    for m, f, _, (i, j) in rows:
        role, verb, passive = _role(f.sent.toks, i, j)
        counts[role] += 1
        if verb is not None:
            lem = lemma(verb.key.casefold())
            entry = lexicon.get(lem)
            verbs.append(VerbUse(verb.start, verb.end, verb.text, lem, role, passive,
                                 getattr(entry, "power", None), getattr(entry, "agency", None)))
    n = len(rows)
    return Agency(counts["subject"], counts["object"], counts["agent"], counts[None],
                  round(counts["subject"] / n, 4) if n else 0.0, tuple(verbs))


# --- tone, voice, loaded terms, frames -------------------------------------------------------------
def _scores(sentence) -> tuple[float, float]:
    v, b = getattr(sentence, "vader", None), getattr(sentence, "textblob", None)
    if v is None or b is None:
        v, b = score_sentence(sentence.text)
    return v.compound, b.polarity


def _author_scores(text: str, s: _Sent, voiced: Sequence) -> tuple[float, float] | None:
    """Scores of the sentence without the direct/partial quotations in it."""
    cuts = sorted((max(q.start, s.start), min(q.end, s.end)) for q in voiced if q.start < s.end and s.start < q.end)
    if not cuts:
        return _scores(s.source)
    pieces, pos = [], s.start
    for a, b in cuts:
        if a > pos:
            pieces.append(text[pos:a])
        pos = max(pos, b)
    pieces.append(text[pos:s.end])
    rest = " ".join(p.strip() for p in pieces if p.strip())
    if not re.search(r"[^\W\d_]", rest):
        return None
    v, b = score_sentence(rest)
    return v.compound, b.polarity


def _stats(values: Sequence[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    return round(statistics.fmean(values), 4), round(statistics.pstdev(values), 4)


def _speaker_of(q, actors_by_name: Mapping[str, _Actor], table) -> str | None:
    speaker = getattr(q, "speaker", None)
    if speaker in actors_by_name:
        return speaker
    a, b = getattr(q, "speaker_start", None), getattr(q, "speaker_end", None)
    if a is None or b is None:
        return None
    for name, rows in table.items():
        if any(m.start < b and a < m.end for m, *_ in rows):
            return name
    return None


def _voice(own: Sequence, total_words: int) -> Voice:
    words = sum(getattr(q, "words", 0) or 0 for q in own)
    cues = Counter(str(q.cue) for q in own if getattr(q, "cue", None))
    classes = Counter(str(q.cue_class) for q in own if getattr(q, "cue_class", None))
    loaded = tuple(str(q.cue) for q in own if getattr(q, "cue_class", None) == "loaded" and getattr(q, "cue", None))
    return Voice(len(own), words, round(words / total_words, 4) if total_words else 0.0, cues, classes,
                 classes.get("loaded", 0), loaded, tuple((q.start, q.end) for q in own))


def _first_position(s: _Sent, lead: int | None) -> str:
    if s.heading:
        return "headline"
    return "lead" if s.paragraph == lead else "later"


# --- the profile -----------------------------------------------------------------------------------
def profile_actors(
    text: str,
    sentences: Sequence | None = None,
    *,
    quotes: Sequence = (),
    loaded_terms: Sequence = (),
    frames=None,
    declared: Mapping[str, Sequence[str]] | None = None,
    detect: bool = True,
) -> tuple[ActorProfile, ...]:
    """Profile every declared and detected actor of ``text``.

    ``sentences``: objects with ``start``, ``end``, ``text``, ``paragraph``,
    ``heading`` and optionally ``vader``/``textblob`` scores (computed when
    missing); default :func:`biaslab.segmentation.sentences`. ``quotes``:
    :class:`biaslab.quotes.Quote` objects; ``loaded_terms``: loaded-language
    matches with their voice; ``frames``: a
    :class:`biaslab.frames.FrameProfile`; ``declared``: ``{name: aliases}``;
    ``detect``: also find undeclared people and organisations.
    Profiles are sorted by number of mentions (most first), then first mention.
    """
    if not isinstance(text, str):
        raise TypeError(f"profile_actors() takes the article text as a str, not {type(text).__name__}")
    sents = _tag(text, split_sentences(text) if sentences is None else list(sentences))
    registry, found = _resolve(sents, declared or {}, detect)
    quotes = list(quotes)
    voiced = [q for q in quotes if getattr(q, "kind", "direct") in _VOICED]
    table = _mentions(text, found, quotes)
    by_name = {a.name: a for a in registry}
    own_quotes: dict[str, list] = defaultdict(list)
    for q in voiced:
        who = _speaker_of(q, by_name, table)
        if who is not None:
            own_quotes[who].append(q)
    total_words = sum(getattr(q, "words", 0) or 0 for q in voiced)
    lead = next((s.paragraph for s in sents if not s.heading), None)
    primary = {(fs.start, fs.end): fs.primary for fs in getattr(frames, "sentences", ())}
    author_cache: dict[int, tuple[float, float] | None] = {}
    quote_spans = [(q.start, q.end) for q in quotes]
    profiles = []
    for actor in registry:
        rows = table.get(actor.name, [])
        mentions = tuple(m for m, *_ in rows)
        idx = sorted({m.sentence for m in mentions})
        first = rows[0] if rows else None
        prominence = Prominence(
            len(mentions), dict(Counter(m.resolution for m in mentions)), len(idx),
            round(len(idx) / len(sents), 4) if sents else 0.0,
            _first_position(first[1].sent, lead) if first else None, first[0].start if first else None)
        tones = []
        for k in idx:
            if k not in author_cache:
                author_cache[k] = _author_scores(text, sents[k], voiced)
            if author_cache[k] is not None:
                tones.append(author_cache[k])
        vm, vsd = _stats([t[0] for t in tones])
        pm, psd = _stats([t[1] for t in tones])
        mine = own_quotes.get(actor.name, [])
        qscores = [score_sentence(text[q.content_start:q.content_end]) for q in mine]
        tone = Tone(len(tones), vm, vsd, pm, psd, len(mine),
                    _stats([v.compound for v, _ in qscores])[0], _stats([b.polarity for _, b in qscores])[0])
        near = [t for t in loaded_terms if any(sents[k].start <= t.start < sents[k].end for k in idx)]
        loaded = LoadedNear(tuple(t for t in near if getattr(t, "voice", "author") == "author"),
                            tuple(t for t in near if getattr(t, "voice", "author") != "author"))
        frame_counts = Counter(primary[(sents[k].start, sents[k].end)] for k in idx
                               if (sents[k].start, sents[k].end) in primary)
        profiles.append(ActorProfile(
            name=actor.name, aliases=tuple(actor.aliases), declared=actor.declared,
            kind="person" if actor.person else "other",
            titles=tuple(sorted(actor.titles)), nationality=tuple(sorted(actor.nations)),
            mentions=mentions, prominence=prominence,
            descriptors=tuple(_descriptors(text, rows, loaded_terms, quote_spans)),
            voice=_voice(mine, total_words), agency=_agency(rows), tone=tone, loaded_near=loaded,
            frames=dict(frame_counts.most_common()),
        ))
    profiles.sort(key=lambda p: (-p.prominence.mentions,
                                 p.prominence.first_offset if p.prominence.first_offset is not None else len(text),
                                 p.name))
    return tuple(profiles)
