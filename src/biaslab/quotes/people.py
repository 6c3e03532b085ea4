"""The people of an article, as the quotation finder needs them: who a speaker phrase names, and who "he" or "she" is.

A :class:`PersonMention` is one place where an actor is named: given by
:mod:`biaslab.actors` (declared and detected actors, role nouns; see
:func:`biaslab.actors.speakers.speaker_candidates`) when :func:`biaslab.analyze`
runs, else found here from the declared actors alone.

**Pronoun speakers** ("she said") are resolved to a person named before the
pronoun, outside quotations, whose gender fits (the pronoun's, or unknown),
searched sentence by sentence backwards (at most :data:`MAX_SENTENCES_BACK`).
In the nearest sentence that names one, the last speaker of a main clause
(subject of a reporting verb: "he said" goes on the turn of the last one
quoted; not of one whose object right after it is a common noun phrase it
acts on, "Reed is exposing the logic of the plan", unless that is its
hearer, "told reporters"), else the first person heading the subject of a main clause's verb,
else a speaker in a subordinate or complement clause, else the
person nearest the pronoun ("Trump attacked Cruz. He said …" → Trump), one
heading a noun phrase before one nested in another ("Reed, a lawyer for
Diaz" → Reed), as in the salience ranking of Lappin & Leass (1994); within
each of these a person known to be of the pronoun's gender goes first. A
person who is the whole object of a "To" or "For" that opens the sentence
before a comma ranks as a main clause's subject, ahead of the one after it:
such a viewpoint adjunct ("For Diaz, the plan is a stunt", Quirk et al. 1985
§8.100) names whose view the sentence gives. A
sentence that names its people only inside another noun phrase, as a
possessor, complement or premodifier after a determiner ("The crowd cheered Diaz's plan", "the
plan of Diaz", "the Diaz plan"), or other than as a subject in an adverbial clause that opens it
("When the talk turned to Diaz, “…,” he said"), decides only when the sentence
right before it has no subject that fits: such a person is not what the
sentence is about. This follows Lappin
& Leass's weights, in which a name embedded in a noun phrase lacks the
head-noun emphasis (80) and, in an adverbial phrase, the non-adverbial one
(50), so its salience (100-150) is below that of the previous sentence's
subject (310 halved: 155) but above that of a subject two sentences back
(78). A person named as an object or in a prepositional phrase at the head
of its noun phrase (180-280) stays ahead of the previous sentence's subject,
as the weights say (tried on PolNeAR train: letting a previous speaker win
over them lost more than it gained). A name that nothing but its use as a
speaker makes a person, and whose last word the tagger reads as a plural
("Dover Democrats said"), is no candidate: a pronoun agrees in number with its
antecedent (the agreement filter of Lappin & Leass 1994). Why: actors of
unknown gender include places and bodies that detection takes for people
("the Senate", a country with a title), while many real people's first
names are not in the census lists ("Vladimir"), so unknown gender must stay
possible but second. A pronoun resolved this way counts as a mention of that
person for the next pronoun (a chain "Smith said … she added … she said"
stays with Smith). A main clause's he/she whose sentence has a his/him/her of
the same gender before it and before any name refers to whom that one does
("Pressed on her own plans in case Lee runs, she replied" is not Lee: Hobbs
1978 searches the sentence left to right and meets "her" first;
:meth:`~biaslab.quotes.context.Context._pronoun_first`). Named only inside a
quotation does not count: in “Mattis lies,” he said, "he" is not Mattis; nor does one named in the
writer's insertion between two fragments of the quotation that the pronoun's tag closes ("“The old
view” -- that Diaz is soft -- “will not last,” he says": the insertion glosses the quoted words;
:meth:`~biaslab.quotes.context.Context._quoted_before`).

**Gender** comes from evidence, first that applies:

1. the text: an honorific written before any of the person's mentions
   ("Mr." → man; "Mrs.", "Ms.", "Miss" → woman) or a gendered role noun in
   the mention ("spokeswoman", "congressman": the -man/-woman compounds and
   a short list of gendered nouns below; a capitalised -man word that ends a
   name and is a common census surname, "Ruth Ackerman", is the surname);
2. the person's first name in the 1990 US Census first-name frequency lists
   (public domain, shipped by the MIT-licensed PyPI package ``names``,
   Trey Hunner): a name in one list only has that list's gender; a name in
   both has the gender whose frequency is at least :data:`NAME_RATIO` times
   the other's, else none. Why a list at all: news names people by full name
   once and then by surname, without honorifics in most outlets, so the text
   alone leaves most genders unknown, and recency alone gives "she" to the
   last man named. Why this list: it is offline, small (5,500 names),
   permissively licensed, and its frequencies let ambiguous names (Jordan,
   Kelly) stay unknown instead of guessed. The first name of a name of three
   words or more is the one two before the surname when the lists know it
   ("Christine Todd Whitman": a middle name is often a man's name or a
   family name), else the one before the surname, titles with a period and
   what precedes them set aside (:func:`_first_name`);
3. pronouns that can mean only this person: a he/him/his or she/her/hers
   outside quotations with exactly one person named earlier in its sentence
   or the one before votes, unless a relative of the pronoun's gender is
   named there too ("… with her father, and he …"); two votes or more, by
   majority (:func:`pronoun_votes`). A census first name of uncertain gender (the
   majority sex less than :data:`SURE_NAME_RATIO` times the other: "Robin",
   "Kelly", "Lindsey") states no gender for he/she: two votes or more from
   the person's own sentences, none against, decide it ("Lindsey Graham …
   his staff and his family"), else the votes of the sentence before, else
   it stays unknown, so either pronoun may mean the person ("said Robin
   Hale. He has run …"; on PolNeAR train, trusting the census majority
   there gave 10 pronoun quotations to someone else, and no right one).

A mention that states a gender itself (an honorific or gendered noun in or right before it) is
that gender as a candidate, whatever its person's: "Mr. Hale" and "Mrs. Hale" may be one actor,
"Hale", when the story names neither in full; likewise a he/she resolved to a person is a
candidate of the pronoun's gender for the pronouns after it (:func:`stated_gender`).

References: Lappin, S. & Leass, H. J. (1994). An algorithm for pronominal
anaphora resolution. *Computational Linguistics* 20(4).
Hobbs, J. R. (1978). Resolving pronoun references. *Lingua* 44, 311-338.

Limits: the census lists are of US residents in 1990, so many names from
elsewhere are unknown (then only the text decides); a person is a gender
only by this evidence, never by stereotype of a role; "they" is never
resolved (as often a group as one person); an epithet ("the Florida
senator", "the actor") is not linked to its person, so a sentence about
someone named only so offers no candidate and an earlier or later name may
win; people the actor layer misses (a name whose first word is not a census
first name and has no title) are no candidates, unless named by one common
census surname as the subject of a reporting verb ("Ortiz conceded that …",
of unknown gender: :meth:`~biaslab.quotes.context.Context._surname_speaker`),
and bodies it takes for people (a company that "said") are candidates of
unknown gender.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..census import first_names, surnames

__all__ = ["PersonMention", "Pronouns", "first_name_gender", "genders", "name_gender", "pronoun_votes", "stated_gender",
           "sure_name_gender", "text_gender", "honorific_gender", "KIN_NOUNS", "NAME_RATIO", "MAX_SENTENCES_BACK",
           "PRONOUN_FORM_GENDER"]

#: A first name in both census lists has a gender only when one frequency is at least this many
#: times the other ("Donald": 0.931 % of men, 0.002 % of women; "Jordan" 0.056 vs 0.012 is ~4.7 and counts,
#: "Kelly" 0.063 vs 0.283 counts for women; "Jessie" 0.06 vs 0.08 stays unknown).
NAME_RATIO = 3.0
#: A census first name whose majority sex is less than this many times as frequent as the other (so
#: that roughly one bearer in ten or more is of the other sex) states no gender to the pronoun
#: resolver unless the article's own pronouns decide it (:func:`genders`): "Lindsey" (0.060 % of
#: women, 0.007 % of men: 8.6) is also Senator Lindsey Graham's name, "Mary" (2.629 vs 0.009) is a
#: woman's. The same bound as the one the evaluation's referents trust a census gender at
#: (``biaslab.evaluation.referents.STRICT_NAME_RATIO``).
SURE_NAME_RATIO = 10.0
#: Honorifics that state a gender (AP Stylebook, "courtesy titles").
_HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "sir": "m", "lady": "f", "dame": "f", "lord": "m"}
#: Honorifics as lower-case token keys.
HONORIFICS = frozenset(k for k in _HONORIFIC if k.endswith(".") or k in ("miss", "sir", "dame", "lady", "lord"))
#: Role nouns that state a gender (English -man/-woman compounds are matched by their ending).
_GENDERED_KIN = {"wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "aunt": "f", "niece": "f",
                 "grandmother": "f", "granddaughter": "f", "girlfriend": "f", "stepmother": "f", "stepdaughter": "f",
                 "husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m", "uncle": "m",
                 "nephew": "m", "grandfather": "m", "grandson": "m", "boyfriend": "m", "stepfather": "m",
                 "stepson": "m"}
_GENDERED = {**_GENDERED_KIN, "queen": "f", "princess": "f", "actress": "f", "king": "m", "prince": "m", "actor": "m"}
#: Nouns of family relations, the gendered ones and the neutral ones: a name in apposition to one is a
#: person's ("his wife, Jane,"), even a first name alone.
KIN_NOUNS = frozenset(_GENDERED_KIN) | frozenset({"child", "spouse", "partner", "cousin", "parent", "sibling"})
#: How many sentences back an antecedent is looked for: a news paragraph is rarely longer, and a
#: pronoun whose person was last named further back is more often someone else.
MAX_SENTENCES_BACK = 6
#: The pronouns resolved, with the gender they need.
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: A word: letters of any script ("François" is one word, not "Fran" and "ois"), inner apostrophes,
#: periods and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """Where an actor is named: ``text[start:end]`` names ``name`` (the
    canonical actor name), resolved as ``resolution`` ("name", "alias",
    "role", "pronoun"); ``person`` is True for a person (a possible
    antecedent of he/she); ``quoted`` is True inside a quotation; ``kind``
    the actor kind (:data:`biaslab.actors.KINDS`) when known: an actor of
    kind ``"other"`` (a name never titled nor called by surname) that is the
    subject of a reporting verb is taken for a person too."""

    start: int
    end: int
    name: str
    resolution: str
    person: bool = True
    quoted: bool = False
    kind: str | None = None


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"m", "f" or None for a first name by the census lists (see the module docstring)."""
    male, female = first_names()
    key = name.lower().strip(".")
    m, f = male.get(key), female.get(key)
    if m is None and f is None:
        return None
    if f is None or (m is not None and m >= NAME_RATIO * f):
        return "m"
    if m is None or f >= NAME_RATIO * m:
        return "f"
    return None


def honorific_gender(word: str) -> str | None:
    """"m" or "f" when ``word`` is an honorific ("Mrs.", "Mr", "Lady"), else None."""
    return _HONORIFIC.get(word.lower())


#: How common (percent of the 1990 US Census population) a surname must be for a capitalised
#: -man word that ends a name to be read as that surname, not as a role noun: "Sherman" (0.027),
#: "Zimmerman" (0.026), "Huntsman" (0.001) are surnames; "Councilman", "Fireman" (listed, but
#: below 0.0005) and "Congressman", "Chairman" (not listed) stay role nouns.
SURNAME_MIN_FREQUENCY = 0.001


def text_gender(surface: str) -> str | None:
    """"m" or "f" when ``surface`` holds an honorific ("Mrs.") or a gendered role noun
    ("spokeswoman", "congressman", "widow"), else None. A capitalised -man word with no
    capitalised word after it in ``surface`` is a surname when the census lists one that common
    (:data:`SURNAME_MIN_FREQUENCY`), and so is one between a given name and another capitalised word:
    "Ruth Ackerman" and "Ann Wasserman Lee" state no gender, "Congressman Tom Hale" does."""
    words = _WORD.findall(surface)
    for k, word in enumerate(words):
        w = word.lower()
        if w in _HONORIFIC:
            return _HONORIFIC[w]
        if w in _GENDERED:
            return _GENDERED[w]
        if w.endswith("woman") or w.endswith("women"):
            return "f"
        if len(w) > 5 and w.endswith(("sman", "rman", "gman")) and not _surname(words, k):
            return "m"
    return None


def _surname(words: Sequence[str], k: int) -> bool:
    """Is ``words[k]``, capitalised and ending ``words``, followed by a lower-case word or inside a
    name after a given name ("Ann Wasserman Lee"), a common census surname
    (:data:`SURNAME_MIN_FREQUENCY`)? Before a name with nothing capitalised before it, a -man word is
    a role noun ("Congressman Tom Hale")."""
    if not words[k][0].isupper() or (any(w[0].isupper() for w in words[k + 1:k + 2])
                                     and not (k > 0 and first_name_gender(words[k - 1]) is not None)):
        return False
    return surnames().get(words[k].lower(), 0.0) >= SURNAME_MIN_FREQUENCY


def _first_name(name: str) -> str | None:
    """The first name of a full name, as the census lists know it, else None. The name proper is
    what follows the last title or honorific written with a period ("Virginia Sen. Tim Kaine" →
    "Tim Kaine"; not a middle initial: "Janet L. Yellen"); in it, words with a period are skipped,
    and the first name is the word two before the surname when the census lists know it (first,
    middle and last name: "Christine Todd Whitman", whose middle name is a man's), else the word
    before the surname (past descriptions the actor layer keeps in front: "House Republican Tom
    Reed"), else the first word ("Hillary Rodham Clinton")."""
    words = _WORD.findall(name)
    titles = [k for k, w in enumerate(words[:-1]) if (w.endswith(".") and len(w) > 2) or w.lower() in _HONORIFIC]
    if titles and len(words) - titles[-1] > 2:
        words = words[titles[-1] + 1:]
    words = [w for w in words if not w.endswith(".") and w.lower() not in _HONORIFIC]
    if len(words) < 2:
        return None
    for w in (words[-3] if len(words) >= 3 else None, words[-2], words[0]):
        if w and first_name_gender(w):
            return w
    return None


def name_gender(name: str) -> str | None:
    """Gender of a full name by its first name (:func:`_first_name`), else None."""
    first = _first_name(name)
    return first_name_gender(first) if first else None


def sure_name_gender(name: str) -> str | None:
    """:func:`name_gender` when the first name's census majority is at least :data:`SURE_NAME_RATIO`
    ("Tom", "Mary"), else None ("Kelly", "Robin")."""
    first = _first_name(name)
    return None if not first or _uncertain_first_name(first) else first_name_gender(first)


def _uncertain_first_name(name: str) -> bool:
    """True when a first name's census gender is a majority of less than :data:`SURE_NAME_RATIO`
    ("Lindsey", "Kelly", "Terry"; not "Mary", whose men are 1 in 300)."""
    male, female = first_names()
    key = name.lower().strip(".")
    m, f = male.get(key), female.get(key)
    return m is not None and f is not None and max(m, f) < SURE_NAME_RATIO * min(m, f)


def stated_gender(text: str, start: int, end: int, name: str | None = None) -> str | None:
    """The gender a mention ``text[start:end]`` states by an honorific or gendered noun in it or
    right before it ("Mrs. Roe", "Ms. Roe", "congressman Tom Hale"), else None. The words of the
    person's ``name`` after its first are the name, never a role noun ("Wasserman Lee" for
    Ann Wasserman Lee)."""
    own = set(name.split()[1:]) if name else set()
    surface = " ".join(w for w in text[start:end].split() if w not in own)
    before = text[max(0, start - 14):start].split()[-1:]
    return text_gender(surface) or text_gender(" ".join([*before, surface]))


def genders(text: str, mentions: Iterable[PersonMention],
            overrule: dict[str, str] | None = None) -> dict[str, str | None]:
    """Gender evidence per person name: the text first (an honorific or gendered noun in or right
    before any mention), then the first name; one whose census gender is uncertain
    (:func:`_uncertain_first_name`) gives only what ``overrule`` (pronoun evidence about this person:
    the ``own`` votes of :func:`pronoun_votes`) says, else None. Every mention given counts as a
    person's (the caller decides who is a person: an actor of kind ``other`` whose name starts with a
    census first name is one, "Hillary Rodham Clinton"), bar resolved pronouns."""
    overrule = overrule or {}
    out: dict[str, str | None] = {}
    for m in mentions:
        if m.resolution == "pronoun":
            continue
        g = stated_gender(text, m.start, m.end, m.name)
        if g is not None:
            out[m.name] = out.get(m.name) or g
        else:
            out.setdefault(m.name, None)
    for name, g in out.items():
        if g is None:
            first = _first_name(name)
            if first is None:
                continue
            out[name] = overrule.get(name) if _uncertain_first_name(first) else first_name_gender(first)
    return out


#: The third-person singular pronoun forms and the gender each needs of its antecedent: gender
#: evidence when they can only mean one person, and an agreement filter (Lappin & Leass 1994).
PRONOUN_FORM_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                       "she": "f", "her": "f", "hers": "f", "herself": "f"}


def pronoun_votes(parsed, persons: Sequence[PersonMention], inside_quote) -> tuple[dict[str, str], dict[str, str]]:
    """Gender evidence from pronouns that can mean only one person, read in one pass: a
    he/him/his or she/her outside quotations with exactly one person named (outside quotations)
    earlier in its sentence, or there and in the sentence before, votes for that person's gender,
    unless a lower-case noun of the pronoun's gender (:data:`_GENDERED`: "her father", "his wife")
    stands outside quotations in that stretch: the pronoun may be that relative's ("Ann Moss
    visited her father. He is 90." says nothing of Moss).
    Returns (``near``, ``own``): ``near`` from the sentence and the one before, the majority of at
    least two votes deciding (ties: none); ``own`` from the person's own sentence only, at least
    two votes and none against (the stricter evidence that may overrule a census first name,
    :func:`genders`)."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for m in persons:
        s = parsed.sentence_at(m.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(m)
    near: dict[str, list[str]] = {}
    own: dict[str, list[str]] = {}
    nouns_before: set[str] = set()  # genders of the relatives named in the previous sentence
    for s in parsed.sentences:
        here = by_sentence.get(s.index, [])
        before = {m.name for m in by_sentence.get(s.index - 1, [])}
        nouns_here: set[str] = set()
        for t in s.tokens:
            if t.text[:1].islower() and t.key.lower() in _GENDERED and not inside_quote(t.start):
                nouns_here.add(_GENDERED[t.key.lower()])
                continue
            g = PRONOUN_FORM_GENDER.get(t.key.lower())
            if g is None or inside_quote(t.start):
                continue
            named = {m.name for m in here if m.end <= t.start}
            if len(named) == 1 and g not in nouns_here:
                own.setdefault(next(iter(named)), []).append(g)
            if len(named | before) == 1 and g not in nouns_here and not (before and g in nouns_before):
                near.setdefault(next(iter(named | before)), []).append(g)
        nouns_before = nouns_here
    return _decided(near, unanimous=False), _decided(own, unanimous=True)


def _decided(votes: dict[str, list[str]], *, unanimous: bool) -> dict[str, str]:
    """Each person's gender by the majority of at least two votes (ties: none; when ``unanimous``,
    any vote against: none)."""
    out = {}
    for name, vs in votes.items():
        m, f = vs.count("m"), vs.count("f")
        if m + f >= 2 and m != f and not (unanimous and m and f):
            out[name] = "m" if m > f else "f"
    return out


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: int
    end: int
    name: str
    subject: bool
    speaker: bool = False   # the subject of a reporting verb
    main: bool = False      # in a main clause
    nested: bool = False    # inside another noun phrase: a possessor, complement or premodifier ("Roe's aide",
    #                         "a friend of Roe", "the Roe campaign")
    stated: str | None = None  # the gender this mention states ("Mrs. Roe" when the name is also Mr. Roe's)



class Pronouns:
    """Resolves he/she (see the module docstring): sentence by sentence backwards from the
    pronoun, the first sentence with a person whose gender fits (the pronoun's, or unknown)
    decides: the last speaker named in it (the subject of a reporting verb: "he said" goes on the
    turn of the last one quoted), else its first subject (a person heading the subject of a verb:
    the main clause's, usually), else the person nearest the pronoun (Lappin & Leass 1994:
    recency and subject emphasis are the strongest salience factors); within each of these a
    person known to be of the pronoun's gender goes before one of unknown gender. A sentence
    whose fitting people are all nested in other noun phrases (possessors, complements,
    premodifiers) yields to the subjects of the sentence right before it, if any fit."""

    def __init__(self, gender: dict[str, str | None], candidates: list[_Candidate]):
        self.gender = gender
        self._by_sentence: dict[int, list[_Candidate]] = {}
        for c in candidates:
            self._by_sentence.setdefault(c.sentence, []).append(c)
        self._sentences = sorted(self._by_sentence)

    def resolve(self, word: str, pos: int, sentence: int) -> str | None:
        """The person "he"/"she" at offset ``pos`` of sentence ``sentence`` refers to, else None."""
        need = PRONOUN_GENDER.get(word.lower())
        if need is None:
            return None
        k = bisect_left(self._sentences, sentence + 1) - 1
        nested: list[_Candidate] = []   # the nearest sentence's candidates, when all are nested
        while k >= 0 and sentence - self._sentences[k] <= MAX_SENTENCES_BACK:
            here = self._sentences[k]
            if nested and here < nested[0].sentence - 1:
                break
            found = [c for c in self._by_sentence[here]
                     if (c.end <= pos or here < sentence) and self._gender(c) in (need, None)]
            if nested:
                subjects = [c for c in found if c.subject]
                if subjects:
                    return self._most_salient(subjects, need).name
            elif found and all(c.nested for c in found):
                nested = found
            elif found:
                return self._most_salient(found, need).name
            k -= 1
        return self._most_salient(nested, need).name if nested else None

    def _most_salient(self, found: list[_Candidate], need: str) -> _Candidate:
        """The last speaker of a main clause, else the first subject of a main clause, else the
        last speaker (of a subordinate or complement clause: "Reed noted that Diaz had reported
        it. “…,” he said" is Reed's turn), else the first subject, else the last person heading a noun
        phrase, else the last person named (a possessor or complement: Lappin & Leass's head-noun
        emphasis); in each group a person known to be of the pronoun's gender before one of
        unknown gender."""
        for group, last in (([c for c in found if c.speaker and c.main], True),
                            ([c for c in found if c.subject and c.main], False),
                            ([c for c in found if c.speaker], True),
                            ([c for c in found if c.subject], False),
                            ([c for c in found if not c.nested], True),
                            (found, True)):
            if group:
                pick = [c for c in group if self._gender(c) == need] or group
                return pick[-1] if last else pick[0]
        raise AssertionError("found is never empty")

    def _gender(self, c: _Candidate) -> str | None:
        """The gender the mention states ("Mrs. Roe"), else its person's: two people of one surname
        ("Mr. Roe", "Mrs. Roe") may share a name."""
        return c.stated or self.gender.get(c.name)

    def add(self, sentence: int, end: int, name: str, *, speaker: bool = True, main: bool = True,
            stated: str | None = None) -> None:
        """A resolved pronoun subject is a mention of ``name`` for later pronouns; ``stated``: the
        gender its pronoun states."""
        if sentence not in self._by_sentence:
            self._by_sentence[sentence] = []
            self._sentences = sorted(self._by_sentence)
        self._by_sentence[sentence].append(_Candidate(sentence, end, name, True, speaker, main, stated=stated))
