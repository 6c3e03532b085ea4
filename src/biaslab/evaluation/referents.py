"""Who a pronoun Source refers to, approximated from the annotation and independent word lists.

PolNeAR (:mod:`~biaslab.evaluation.polnear`) annotates the "he" of “…,” *he* said as the Source
without saying who "he" is. To judge a speaker that a system resolved to a person, the evaluation
needs that person. This module approximates it **from the gold annotation, the article's own
wording and word lists independent of biaslab's resolver** (:mod:`biaslab.quotes.people`), so that
the measure does not reward the resolver for agreeing with itself.

Method (:func:`pronoun_referents`)
----------------------------------
* **Relative pronouns** (:data:`RELATIVE_PRONOUNS`; "Jane Roe, who said …") refer to the phrase right
  before them in their sentence: the last comma-separated part before the pronoun, parentheses
  dropped, a leading conjunction dropped ("But Sen. Jane Roe (D-Ore.), who" → "Sen. Jane Roe"); after
  a comma, "who" after a description in apposition refers to the name it renames ("said Ann Moss, the
  board's chair, who" → Ann Moss), and after an inverted attribution to its speaker ("“…,” said one
  aide familiar with the talks, who" → "one aide familiar with the talks").
* **He, him, she, her** refer to a *candidate* person in the pronoun's paragraph or the
  :data:`MAX_PARAGRAPHS_BACK` paragraphs before it, searched paragraph by paragraph backwards; in
  each paragraph the nearest candidate before the pronoun that is a gold **Source** wins (the people
  the annotators marked as speaking: a quotation's "he" usually continues the last speaker's turn),
  else a person **named in the text** there: the *first* one named in the last sentence before the
  pronoun that names one (the subject or first mention of the previous sentence is the preferred
  antecedent: Hobbs 1978 searches earlier sentences left to right; Gernsbacher & Hargreaves 1988 on
  the advantage of first mention). "Mr. Tom Hale thanked Mr. Peter Vance and Mr. Ali
  Dunne. “We sail at noon,” he said." → Tom Hale, where the nearest name would be Ali Dunne. A pronoun Source so resolved counts as a Source
  naming that person at its own place (a chain "Roe said … she added … she said" stays with Roe). A
  he/him/she/her of the gender needed that the search meets before any fitting name (in a sentence
  after the last one naming a fitting person, or before that sentence's chosen name) leads to that
  pronoun's own referent, found the same way from its place ("Roe spoke. She met Hale and Moss. “…,”
  she said." → Roe: Hobbs's left-to-right search meets the pronoun first); not one in a phrase that
  opens its sentence when a name follows it there ("Along with her aide, Moss left": it may refer
  forward, Reinhart 1983).
  No candidate: **undetermined**.
* **Other pronouns** (I, we, you, they, it, one) are undetermined: first and second person refer to
  the writer or a generic reader, "they" and "it" as often to groups and documents as to people.

A candidate is

1. *a name*, not a description: a Source counts when a run of capitalised words (never across
   punctuation) heads it (apposition
   parts split at commas, parentheses and a possessor dropped) — the run ends its part or is followed
   by a relative or prepositional word, and is not the complement of a preposition. "The Vermont
   senator", "a spokesman for Donald Trump", "Opinion polls" are descriptions (an epithet usually
   renames a person named before it, whom the search then reaches); a name with a leading article
   ("The New York Times", "the Kremlin") is not a person's. In the text, any capitalised run outside
   quotations counts, except a possessor ("Hale's speech": the possessor is rarely what the next
   sentence is about);
2. *a person* by evidence: a personal or courtesy title in the name (:data:`PERSON_TITLES`: "Sen.",
   "Mr."), a first name of the 1990 US Census lists followed by one or two more words ("FBI Director
   James Comey"), or such a title or full name elsewhere in the article ending in the same word
   ("Donald Trump" makes "Trump" a person), unless that word is also written in lower case in the
   article ("Post", "Watch", "School") or is a day or month. A gold Source without such evidence
   still counts if it is a plain name (two or more capitalised words, or one that the article writes
   as the last of several, or that heads a Source, itself included) and no acronym ("CNN") or common word,
   nor one word that Pattern's lexicon tags as a plural or a function word ("Allies", "Republicans",
   "Beyond": :data:`_NOT_ONE_PERSON`);
3. *not of the other gender*: gender from a courtesy title (Mr. / Mrs., Ms., Miss), a gendered noun in
   the Source ("spokeswoman", "congressman", "wife"), a census first name of clearly one sex
   (:data:`STRICT_NAME_RATIO`), or the same evidence from the article's other full mentions of the
   name's last word; conflicting or no evidence leaves the gender open (compatible with both);
4. not inside a quotation (“Mattis lies,” he said: "he" is not Mattis).

Validation (hand-read, PolNeAR train only; ``docs/validity.md``): of 40 quotations with a he/she/who
Source drawn at random, the referent named the person a reader identifies in 33 and another in 7;
one change was made after reading them (runs of capitalised words no longer cross punctuation:
"Georgia, Tennessee" made "Tennessee" a person). Of 30 further ones drawn afterwards it was right in
27 and wrong in 3 (a possessor the rule skips: "X's statement. He called…"; a surname
whose other bearer gives the wrong gender; an interviewee not named nearby).

The first-mention choice replaced "the nearest name" on 2026-11-29. It changes the referent of 52
of PolNeAR train's 1,616 he/she/him/her Sources; hand-read, the first mention named the person a
reader identifies in 35 of them, the nearest name in 11, neither in 6 (mostly a name of open gender
for "she", a sentence-initial word run into a name: "Though Sanders", or a possessor the rule skips).

The plural and function-word exclusion was added on 2026-11-30. It changes 22 referents of PolNeAR
train. Each old referent was a plural ("Republicans", "Allies", "Aides") or "Beyond", which no
he/she can name. Hand-read, 4 of 8 of the new referents name the person a reader identifies; the
other 4 are still another person (open gender, or the speaker named only by a description).

Repairs of 2026-11-30, each a misreading of a name found while reading train errors: a generational
suffix ("Jr.", "II") no longer hides the surname; a surname that two people bear in the article, one
of them of open gender ("Sen. Chris Roe" and "Anne Roe"), states no gender; a surname ending in -man
("Silverman") is no gendered noun; a capitalised sentence opener that Pattern's lexicon tags as a
preposition, adverb, conjunction or gerund ("Following Roe") is dropped from the name after it; a
name followed by "himself"/"herself" heads its Source; "who" after a short description in apposition
(:func:`_apposition_anchor`) names the person described. Together they changed 55 of train's
referents; of 33 read by hand, 32 name the person meant (13 of them only lose a word run into the
same name) and one is still another person. Later the same day: in a sentence before the pronoun's
own, a name inside an adverbial clause that opens the sentence ("When X came, Y spoke.") gives way
to the first name after it (the main clause's); 5 train referents changed, all 5 to the person a
reader identifies. Later (2026-11-30, afternoon session): a name that ends in the head word of a body,
an outlet or a place (``data/actor_heads.csv``: "Chicago Tribune", "Breitbart News"; all its words
capitalised, so not "Ann Roe of Dover College"), or that is a well-known organisation's or outlet's
name (``data/actor_aliases.csv``: "Xinhua", "Associated Press"), is no person. 12 train referents
changed: 8 to the person a reader identifies, 1 from an outlet to undetermined (the person is named
only after the pronoun), 3 from one wrong referent to another (a garbled name, an unnamed employee).
Then a surname that a two-word name with a given name the census lists lack (no English word either:
"Orsolya Roe") shares with a person of known gender states no gender, as two bearers of one surname
already did when both first names were census names: 14 train referents changed, 12 to the person a
reader identifies (a daughter who shares her father's surname), 2 to another person ("Filipino" read
as a given name; the surname alone then fits "she" too).
The "who" after a description or an inverted speaker that a comma closes (above) was added the same
day: 8 train referents changed, 7 from the last word of a description ("strategist", "discussion") to
the person meant, 1 only gaining its article ("woman" → "the woman").
On 2026-11-30 (evening) a first name alone between commas after a family noun ("Hale's wife, Melis,":
:data:`_KIN`) became a person named in the text, of the noun's gender: 2 train referents changed, both
from a person named paragraphs earlier to the wife the paragraph is about.
The same evening a participle clause opening the sentence ("Following Roe on the radio, Moss …";
its first word a past or present participle in Pattern's lexicon) became an opening clause like one
opened by a subordinator: 1 train referent changed, to the person a reader identifies.
Later the table of body head words gained 29 words ("Center", "Watch", "Technologies", "Review", …,
each cited there): 5 train referents changed, 4 from an organisation ("Right Wing Watch", a company)
to the person a reader identifies, 1 from an organisation to undetermined (the person it means is
named only as a possessor, which the search skips).

On 2026-11-30 (night) a sentence's subject he/she (above) became the way to its own referent: 12
train referents changed, hand-read: 10 to the person a reader identifies (a profile's sentences opening
with "He …" or "She …" after one naming others), 1 only gaining a surname (a name written before and
after a marriage), 1 from undetermined to another person (a one-word name the search does not know
as a person; the sentences opening with "He" lead back to a name several paragraphs earlier).
Later that night the way back was widened from a sentence's opening he/she to any he/him/she/her met
before a name (its sentence's first one): 29 train referents changed against the step before, hand-read
26 to the person a reader identifies (in the manner of "But as a rule he sided with X" and "Asked
about her vote in May, she smiled"), 1 to another person (an open-gender surname), 2 unclear.
A first version also followed a pronoun in an opening phrase before the main clause's name ("While
her husband …, Mrs. X has struggled"); the 7 referents it got wrong that way led to the exception
for such phrases.

**Independence from biaslab's resolver.** biaslab resolves pronouns from its own person detection and
clause parse (last speaker, then subject). Here the Sources are the annotators', the text mentions are
capitalised runs read without a tagger. Two resources are shared, and only to *exclude* a candidate,
never to pick one: the census first-name lists of the ``names`` package decide gender only for
clearly one-sided names (ratio :data:`STRICT_NAME_RATIO`, stricter than biaslab's), Pattern's
lexicon (one lookup of a one-word name) rules out plurals and function words, and biaslab's tables of
body head words and well-known bodies rule out organisations, outlets and places.

Limits: an unnamed person ("a 29-year-old woman … she wrote") gets the nearest named one or none; a
name without title, census first name or full mention elsewhere is a person only as a Source; the
census lists are of US residents (1990); gender is never inferred from pronouns or roles other than
the gendered nouns.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..census import first_name, first_names
from ..resources import data_table, pattern_lexicon_tag
from .metrics import Span

__all__ = ["PERSON_PRONOUNS", "RELATIVE_PRONOUNS", "OTHER_PRONOUNS", "PERSON_TITLES", "STRICT_NAME_RATIO",
           "MAX_PARAGRAPHS_BACK", "Referent", "pronoun_referents", "strict_first_name_gender"]

#: Third-person singular personal pronouns resolved to a person, with the gender they need.
PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: Relative pronouns that annotators mark as a Source ("Roe, who said …").
RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())
#: Personal pronouns whose referent is left undetermined (see the module docstring).
OTHER_PRONOUNS = frozenset("i me we us you they them it one".split())
#: Words that stand before a person's name and make the name a person's: courtesy titles (AP
#: Stylebook) and the political, military, religious and judicial titles of US news copy.
PERSON_TITLES = frozenset("""
    mr mrs ms miss dr sir dame lord lady rev
    president sen senator rep representative gov governor mayor secretary speaker judge justice
    ambassador commissioner sheriff chairman chairwoman gen col maj capt adm sgt lt cmdr
    pope king queen prince princess
""".split())
#: A census first name gives a gender only when its frequency among one sex is at least this many times
#: its frequency among the other (absent = 0). Stricter than biaslab's resolver (3): "Lindsey" (0.060 %
#: of women, 0.007 % of men, ratio 8.6) stays open here, as it should for Senator Lindsey Graham.
STRICT_NAME_RATIO = 10.0
#: How many paragraphs before the pronoun's own are searched. News paragraphs are one to three
#: sentences and a quotation's "he" continues a turn begun at most a paragraph or two earlier. On PolNeAR
#: train (1,488 quotations with a he/she/him/her Source), searching one paragraph back leaves 6.5 % of
#: them undetermined, two 2.2 %.
MAX_PARAGRAPHS_BACK = 2

#: Courtesy titles and nouns that state a gender (English -man/-woman compounds are matched by ending).
_GENDER_WORDS = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "husband": "m", "widower": "m",
                 "father": "m", "son": "m", "brother": "m", "actor": "m",
                 "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
                 "wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "actress": "f"}
_DETERMINERS = frozenset("the a an".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())
#: Words after which a name is the complement of a preposition, not the head ("a spokesman for Trump").
_PREPOSITIONS = frozenset("of for at with from in on to by about against behind".split())
#: Words that may follow a name that heads its phrase ("Roe, who"; "Roe at a rally"; "Roe of Ohio"; "Roe
#: himself").
_AFTER_HEAD = frozenset("who whom whose which that of for at with from in on to by about after before during "
                        "when while and or himself herself".split())
#: Lower-case particles inside names ("Federico de Jesús", "Ludwig van Beethoven").
_PARTICLES = frozenset("de del della der van von da di du la le al bin ibn of".split())
#: Capitalised words that are never a person's last name.
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split())
_CONJUNCTIONS = frozenset("but and or so yet then also".split())
#: Tags in Pattern's lexicon of a lower-cased word that never opens a person's name: a sentence's first
#: word run into the name after it ("Following Sanders", "Despite Moss", "Still Roe").
_NOT_NAME_START = frozenset({"IN", "RB", "CC", "VBG", "WRB", "TO"})
#: The longest description in apposition (words) that :func:`_apposition_anchor` reads as renaming a
#: person; a longer stretch after a comma is more often a clause ("Still, the fares rose after months
#: of talks with … the Dover Port Authority, which").
MAX_DESCRIPTION_WORDS = 12
#: Generational suffixes after a surname, dropped so that the surname is the name's last word.
_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Tags in Pattern's lexicon (Brill 1992, as written: "Republicans" NNPS, "Beyond" IN) of a one-word name
#: that is never one person's: plural nouns and function words ("Allies said …", "Beyond that, …").
_NOT_ONE_PERSON = frozenset({"NNS", "NNPS", "IN", "MD", "DT", "CC", "PRP", "PRP$", "WP", "WDT", "WRB", "TO"})
_WORD = re.compile(r"[^\W\d_][\w'’.\u0300-\u036f-]*|\S")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])\Z", re.IGNORECASE)
#: A stretch of text without a line break or punctuation that separates names: runs of capitalised
#: words never cross it ("Georgia, Tennessee and Virginia" holds no first name followed by a surname).
_SEGMENT = re.compile(r"[^\n,;:()\[\]“”\"—–]+")
_POSSESSOR = re.compile(r"['’]s\Z|s['’]\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Referent:
    """What a pronoun Source refers to: ``name`` (as written at the candidate, e.g. "Sen. Jane Roe"),
    or None when **undetermined**; ``rule``: ``"relative"`` (the phrase before a relative pronoun),
    ``"source"`` (a gold Source), ``"chain"`` (an earlier pronoun Source resolved to that person),
    ``"text"`` (a name in the text), or why it is undetermined: ``"no_candidate"``,
    ``"not_third_person"``."""

    name: str | None
    rule: str


def strict_first_name_gender(word: str) -> str | None:
    """"m" or "f" when ``word`` is a census first name of clearly one sex (:data:`STRICT_NAME_RATIO`), else None."""
    male, female = first_names()
    key = word.lower().strip(".")
    m, f = male.get(key, 0.0), female.get(key, 0.0)
    if m and m >= STRICT_NAME_RATIO * f:
        return "m"
    if f and f >= STRICT_NAME_RATIO * m:
        return "f"
    return None


def _fold(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _words(text: str) -> list[tuple[int, str]]:
    """``(offset, word)`` of the words of ``text`` (punctuation left out)."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text) if m.group()[0].isalnum()]


def _ends_sentence(word: str) -> bool:
    """A word with a final period that is no abbreviation: a title ("Sen."), an initial ("L.") or a word
    with inner periods ("U.S.") do not end a sentence."""
    return word.endswith(".") and not (_fold(word) in PERSON_TITLES or len(word) == 2 or "." in word[:-1])


def _runs(words: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, last)`` word indices (last exclusive) of the runs of capitalised words, not across a
    sentence end; a lower-case particle between two capitalised words stays inside ("Secretary of State
    John Kerry", "Federico de Jesús")."""
    runs, i = [], 0
    while i < len(words):
        if not _capitalised(words[i]):
            i += 1
            continue
        j = i + 1
        while j < len(words) and not _ends_sentence(words[j - 1]) and (_capitalised(words[j]) or (
                words[j] in _PARTICLES and j + 1 < len(words) and _capitalised(words[j + 1]))):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _first_name(words: Sequence[str]) -> str | None:
    """A census first name followed by one or two more words at the end of a name ("Christine Todd
    Whitman" → "Christine", "FBI Director James Comey" → "James"), else None."""
    for k in (3, 2):
        if len(words) >= k and _capitalised(words[-k]) and _fold(words[-k]) not in PERSON_TITLES \
                and first_name(words[-k].strip(".")):
            return words[-k]
    return None


def _word_genders(words: Sequence[str]) -> set[str]:
    out = set()
    for w in map(_fold, words):
        if w in _GENDER_WORDS:
            out.add(_GENDER_WORDS[w])
        elif w.endswith(("woman", "women")):
            out.add("f")
        elif len(w) > 5 and w.endswith(("sman", "rman", "gman")):
            out.add("m")
    return out


@dataclass(frozen=True, slots=True)
class _Name:
    """A name as written (``words``); ``person``: ``"evident"`` (title, first name, or such a mention
    elsewhere), ``"plain"`` (a name without that evidence) or None (not a person's); ``gender``."""

    words: tuple[str, ...]
    person: str | None
    gender: str | None

    @property
    def text(self) -> str:
        return " ".join(self.words)


class _Names:
    """What an article says about its names: its lower-case vocabulary; the last words of names that
    follow a personal title or a census first name somewhere, with the genders those state; the last
    words of multi-word names; the last words of the names that head a gold Source."""

    def __init__(self, text: str, source_phrases: Sequence[str]):
        self.vocabulary = frozenset(w.lower() for w in re.findall(r"\b[a-z][a-z'’-]+\b", text))
        self.full: dict[str, set[str]] = {}
        firsts: dict[str, dict[str, str | None]] = {}  # last word -> first name -> the gender it states
        self.multi: set[str] = set()
        before_last: dict[str, set[str]] = {}  # last word -> the words before it in two-word runs
        for line in _SEGMENT.findall(text):
            words = [w for _, w in _words(line)]
            for a, b in _runs(words):
                run = self._strip(words[a:b])
                if not run:
                    continue
                last = _fold(run[-1])
                if len(run) >= 2:
                    self.multi.add(last)
                    given = run[0]
                    if len(run) == 2 and len(given) > 2 and given[1:].islower() and _fold(given) not in PERSON_TITLES \
                            and (first_name(given) or pattern_lexicon_tag(given.lower()) is None):
                        before_last.setdefault(last, set()).add(_fold(run[0]))  # "Orsolya Roe": a given name, not
                        #                                                        "Team Roe" or "Director Roe"
                titles = [w for w in run[:-1] if _fold(w) in PERSON_TITLES]
                first = _first_name(run)
                if (titles or first) and not self._common(last):
                    genders = self.full.setdefault(last, set())
                    genders |= _word_genders(titles)
                    if first and strict_first_name_gender(first):
                        genders.add(strict_first_name_gender(first))
                    if first:
                        stated = firsts.setdefault(last, {})
                        stated[_fold(first)] = stated.get(_fold(first)) or strict_first_name_gender(first) \
                            or next(iter(_word_genders(titles)), None)
        for last, stated in firsts.items():
            others = before_last.get(last, set()) - set(stated) - self.vocabulary
            if (len(stated) > 1 and None in stated.values()) \
                    or any(strict_first_name_gender(w) is None for w in others):
                self.full[last] = {"m", "f"}  # two people of one surname, one of open gender: the surname
                #                               alone states none ("Sen. Chris Roe" and "Anne Roe"; "Donald
                #                               Roe" and "Orsolya Roe", a first name the census lists lack)
        self.source_heads = {_fold(head[-1]) for phrase in source_phrases for head in map(_head_name, _parts(phrase))
                             if head}

    def _common(self, last: str) -> bool:
        return last in self.vocabulary or last in _CALENDAR

    def _strip(self, run: Sequence[str]) -> list[str]:
        """A run without leading articles and capitalised common words ("In September", "But Roe") and
        without a final possessive mark or period."""
        run = list(run)
        while run and (_fold(run[0]) in _DETERMINERS or (
                run[0].lower() in self.vocabulary and _fold(run[0]) not in PERSON_TITLES)
                or (len(run) > 1 and pattern_lexicon_tag(run[0].lower()) in _NOT_NAME_START)):
            run.pop(0)
        if run:
            run[-1] = _POSSESSIVE.sub("", run[-1])
            if _ends_sentence(run[-1]):
                run[-1] = run[-1][:-1]
        if len(run) > 2 and _fold(run[-1]) in _SUFFIXES:
            run.pop()  # "Harry B. Harris Jr." is Harris
        return [w for w in run if w]

    def name(self, run: Sequence[str], context: Sequence[str] = ()) -> _Name | None:
        """The :class:`_Name` of a capitalised run; ``context``: the words of its phrase (gendered nouns)."""
        words = self._strip(run)
        titles = [w for w in words[:-1] if _fold(w) in PERSON_TITLES]
        rest = [w for w in words if _fold(w) not in PERSON_TITLES]
        if not rest:
            return None
        last, first = _fold(rest[-1]), _first_name(words)
        # the surname is no gendered noun ("Silverman", "Bergman" are not -man compounds)
        genders = _word_genders(titles) | _word_genders([w for w in context if _fold(w) != last])
        if first and strict_first_name_gender(first):
            genders.add(strict_first_name_gender(first))
        elif not genders:
            genders |= self.full.get(last, set())
        if titles or ((first or last in self.full) and not self._common(last)):
            person = "evident"
        elif self._common(last) or any(w.isalpha() and w.isupper() and len(w) > 1 for w in rest) \
                or (len(rest) == 1 and pattern_lexicon_tag(rest[0]) in _NOT_ONE_PERSON) \
                or (len(rest) >= 2 and rest[-1] in _body_heads() and all(w[:1].isupper() for w in rest)) \
                or " ".join(rest) in _known_bodies():
            person = None  # a common word ("Watch", "Polls", "Tuesday"), an acronym ("CNN"), a plural or
            #                a function word ("Republicans", "Allies", "Beyond"), the name of a body, an
            #                outlet or a place ("Chicago Tribune", "Breitbart News", "Cook County", "Xinhua"; not a
            #                person's name with an "of" complement: "Ann Roe of Dover College")
        elif len(rest) >= 2 or last in self.multi or last in self.source_heads:
            person = "plain"
        else:
            person = None
        return _Name(tuple(words), person, next(iter(genders)) if len(genders) == 1 else None)


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The last words that make a name an organisation's, an outlet's or a place's
    (``data/actor_heads.csv``: "Tribune", "News", "Party", "County"), as written."""
    rows = data_table("actor_heads.csv", required=("head", "kind", "source"))
    return frozenset(r["head"] for _, r in rows)


@lru_cache(maxsize=1)
def _known_bodies() -> frozenset[str]:
    """Well-known organisations, outlets and places under all their names
    (``data/actor_aliases.csv``: "Reuters", "Xinhua", "Politico")."""
    rows = data_table("actor_aliases.csv", required=("name", "kind", "source"), optional=("aliases",))
    return frozenset(n.strip() for _, r in rows for n in (r["name"], *r["aliases"].split("|")) if n.strip())


def _parts(phrase: str) -> list[str]:
    """The apposition parts of a phrase, parentheses dropped."""
    return [p for p in re.split(r"[,;—–]| - ", re.sub(r"\([^)]*\)", " ", phrase)) if p.strip()]


def _head_name(part: str) -> list[str] | None:
    """The capitalised run that heads ``part``, or None when a description heads it (module docstring)."""
    words = [w for _, w in _words(part)]
    for i, w in enumerate(words[:-1]):  # a leading possessor is not the head: "Trump's campaign manager"
        if (_POSSESSIVE.search(w) and _capitalised(w)) or w.lower() in _POSSESSIVE_DETERMINERS:
            words = words[i + 1:]
            break
        if not (_capitalised(w) or w.lower() in _DETERMINERS):
            break
    for a, b in _runs(words):
        before = words[a - 1].lower() if a else ""
        before2 = words[a - 2] if a > 1 else ""
        if before in _PREPOSITIONS or (before in _DETERMINERS and before2.lower() in _PREPOSITIONS) or (
                before in ("and", "or") and _capitalised(before2)):
            continue  # a complement: "a spokesman for (the) Kremlin", "against the Trade and Investment Pact"
        if b < len(words) and words[b].lower() not in _AFTER_HEAD:
            continue  # a modifier of a lower-case head: "The Vermont senator"
        return words[a:b]
    return None


def _source_name(phrase: str, names: _Names) -> _Name | None:
    """The person a Source phrase names: the name heading its first apposition part headed by one."""
    for part in _parts(phrase):
        head = _head_name(part)
        if not head or (_fold(head[0]) in _DETERMINERS and not any(_fold(w) in PERSON_TITLES for w in head)):
            continue  # none, or "The New York Times": people's names take no article
        name = names.name(head, [w for _, w in _words(part)])
        if name is not None and name.person:
            return name
    return None


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies between an opening and a closing double mark of its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def _relative_antecedent(text: str, pos: int) -> str | None:
    """The phrase right before a relative pronoun at ``pos`` in its sentence: the run of capitalised
    words that ends there ("Harbour Commissioner Jane Q. Roe, who"), else the last word ("critics who")."""
    line = text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in re.finditer(r"(\S*)([.?!;])['’\"”]?\s+", text[line:pos])
            if m.group(2) != "." or _ends_sentence(m.group(1) + ".")]  # "Sen. Roe" does not end one
    before = re.sub(r"\([^)]*\)", " ", text[line + (ends[-1] if ends else 0):pos])
    words = [w for _, w in _words(before)]
    if not words:
        return None
    runs = _runs(words)
    who = text[pos:pos + 3].lower() == "who"
    if runs and runs[-1][1] == len(words) and not _ends_sentence(words[-1]) or runs and words[-1] in ("Jr.", "Sr."):
        a, b = runs[-1]
        anchor = _apposition_anchor(before) if who else None
        if anchor is not None:
            return anchor
        return " ".join(w for w in words[a:b] if w.lower() not in _CONJUNCTIONS | _DETERMINERS)
    if before.rstrip().endswith(","):  # a non-restrictive clause after a description or an inverted speaker
        anchor = _apposition_anchor(before) if who else None  # "said Ann Moss, the board's chair, who"
        if anchor is not None:
            return anchor
        part = [w for _, w in _words(before.rstrip()[:-1].split(",")[-1])]
        said = next((i for i, w in enumerate(part) if w.lower() in _SAID), None)
        if said is not None and said + 1 < len(part) and part[said + 1].lower() not in _PREPOSITIONS:
            return " ".join(part[said + 1:])  # "“…,” said one aide familiar with the talks, who"
    return words[-1]


#: Reporting verbs that open an inverted attribution before its speaker ("“…,” said one aide, who").
_SAID = frozenset("said says added adds told tells wrote writes noted notes".split())


def _apposition_anchor(before: str) -> str | None:
    """When the name right before a relative pronoun lies inside a description in apposition to a
    name ("Sen. Jane Roe of Ohio, the senior Democrat on the Harbor Board, who"; "said Ann Moss, a
    consultant and a leading Dover Republican who"), the person the description renames: the name
    that ends the part before it, unless a preposition other than "by" opens that name; else None."""
    parts = [p for p in before.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    description = [w for _, w in _words(parts[-1])]
    if not description or description[0] not in _DETERMINERS or len(description) > MAX_DESCRIPTION_WORDS:
        return None  # not a description opened by an article (lower case)
    words = [w for _, w in _words(parts[-2])]
    runs = _runs(words)  # "Jane Roe of Ohio" is one run
    if not runs or runs[-1][1] != len(words):
        return None
    a, b = runs[-1]
    if a > 0 and words[a - 1].lower() in _PREPOSITIONS - {"by"}:
        return None  # "a spokesman for Jane Roe, the …": the description may rename the spokesman
    return " ".join(w for w in words[a:b] if w.lower() not in _CONJUNCTIONS | _DETERMINERS)


#: Family nouns after which a name set off by commas is a person's, even one word ("Hale's wife,
#: Melis,"; "Her father, Brad, 69,"), with the gender each states (None: either).
_KIN = {"wife": "f", "husband": "m", "widow": "f", "widower": "m", "mother": "f", "father": "m",
        "daughter": "f", "son": "m", "sister": "f", "brother": "m", "child": None, "spouse": None}
_KIN_BEFORE = re.compile(r"\b(%s),\s*\Z" % "|".join(_KIN))


def _kin_name(text: str, line: re.Match, words: Sequence[str]) -> _Name | None:
    """A one-word capitalised name alone between commas right after a family noun (:data:`_KIN`)."""
    if len(words) != 1 or not _capitalised(words[0]) or text[line.end():line.end() + 1] != ",":
        return None
    kin = _KIN_BEFORE.search(text, max(0, line.start() - 12), line.start())
    if kin is None:
        return None
    return _Name((words[0],), "evident", _KIN[kin.group(1)] or strict_first_name_gender(words[0]))


def _text_mentions(text: str, names: _Names) -> list[tuple[int, _Name]]:
    """``(offset, name)`` of the names of people written in ``text`` outside quotations, possessors left
    out; the offset is that of the name's first word, past a capitalised word run into it ("When"). A
    first name alone in apposition to a family noun counts (:func:`_kin_name`)."""
    out = []
    for line in _SEGMENT.finditer(text):
        toks = _words(line.group())
        words = [w for _, w in toks]
        kin = _kin_name(text, line, words)
        if kin is not None and not _inside_quotation(text, line.start() + toks[0][0]):
            out.append((line.start() + toks[0][0], kin))
            continue
        for a, b in _runs(words):
            start = line.start() + toks[a][0]
            if _POSSESSOR.search(words[b - 1]) or _inside_quotation(text, start):
                continue
            name = names.name(words[a:b])
            if name is not None and name.person == "evident":
                lead = next((i for i, w in enumerate(words[a:b]) if w == name.words[0]), 0)  # "When", "The"
                out.append((line.start() + toks[a + lead][0], name))
    return out


#: Words that open an adverbial clause ("When X spoke, Y …"): a name in such a clause that opens the
#: sentence is not what the sentence is about (its main clause is).
_ADVERBIAL_OPENERS = frozenset("when after as while because although though if since before until once".split())


def _in_opening_clause(text: str, sentence_start: int, pos: int, *, prepositions: bool = False) -> bool:
    """Does ``pos`` lie in an adverbial clause that opens the sentence starting at ``sentence_start``
    (its first word, after a conjunction, is a subordinator or a participle: "When", "Following",
    "Asked", or with ``prepositions`` any word Pattern's lexicon tags as one: "Along with her
    team"; and no comma comes before ``pos``)?"""
    if "," in text[sentence_start:pos]:
        return False
    words = [w.lower() for _, w in _words(text[sentence_start:pos])]
    while words and words[0] in _CONJUNCTIONS:
        words.pop(0)
    if not words:
        return False
    tag = pattern_lexicon_tag(words[0])
    return words[0] in _ADVERBIAL_OPENERS or (prepositions and tag == "IN") \
        or (words[0].endswith(("ed", "ing")) and tag in ("VBN", "VBD", "VBG"))


#: He, him, she and her as words (:func:`_pronouns`).
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Ss]he|[Hh]er)\b")
#: The deepest chain of pronouns followed back (:func:`_pronouns`): a bound, not a tuning; each step
#: goes back to an earlier pronoun.
_MAX_CHAIN = 20


def _pronouns(text: str) -> list[tuple[int, str]]:
    """``(offset, gender)`` of each he/him/she/her outside quotations. Hobbs (1978) searches a previous
    sentence left to right for any noun phrase, a pronoun included, so a pronoun met before any name
    is resolved through that pronoun's own referent ("Roe met Tom Hale. She left. “…,” she said." →
    Roe; "But he sided with Lane" after a sentence about Hale: "he", met before "Lane", is Hale)."""
    return [(m.start(), PERSON_PRONOUNS[m.group().lower()]) for m in _PRONOUN.finditer(text)
            if not _inside_quotation(text, m.start())]


def _forward(text: str, sentence_starts: Sequence[int], pos: int, names: Sequence[int]) -> bool:
    """May the pronoun at ``pos`` refer forward to a name of ``names`` in its sentence? It lies in a phrase
    or clause that opens the sentence before a comma, opened by a preposition, a subordinator or a
    participle, and one of the names comes after that comma ("Along with her team, Roe …", "While her
    husband …, Roe …": backwards anaphora, Reinhart 1983, "Near him, Dan saw a snake")."""
    start = sentence_starts[bisect_right(sentence_starts, pos) - 1]
    if not _in_opening_clause(text, start, pos, prepositions=True):
        return False
    comma = text.find(",", pos)
    return comma >= 0 and any(comma < n and bisect_right(sentence_starts, n) == bisect_right(sentence_starts, pos)
                              for n in names)


def _first_met(positions: Sequence[int], sentence_starts: Sequence[int], last: int, name: int | None) -> int | None:
    """The pronoun a left-to-right search of the sentences from the latest back meets before any name:
    the first of ``positions`` in the latest sentence that holds one, if that sentence is later than
    sentence ``last`` (the last with a fitting name) or it comes before that sentence's chosen ``name``."""
    if not positions:
        return None
    latest = max(bisect_right(sentence_starts, p) for p in positions)
    first = min(p for p in positions if bisect_right(sentence_starts, p) == latest)
    return first if latest > last or name is None or first < name else None


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin: after a paragraph break, or after a final mark (a period of no
    abbreviation, :func:`_ends_sentence`) with its closing quotation mark and a space."""
    out = [0]
    for m in re.finditer(r"(\S*)([.?!])['’\"”]*\s+|\n\s*", text):
        if m.group(2) is None or m.group(2) != "." or _ends_sentence(m.group(1) + "."):
            out.append(m.end())
    return out


def pronoun_referents(text: str, sources: Sequence[tuple[str, Sequence[Span]]], *,
                      max_paragraphs_back: int = MAX_PARAGRAPHS_BACK) -> dict[str, Referent]:
    """The :class:`Referent` of every attribution whose Source is a pronoun (module docstring).

    ``sources``: ``(attribution id, Source fragments)`` of all the article's attributions (those
    without a fragment are skipped). Returns ``{id: Referent}`` for the ones whose Source is a pronoun.
    """
    fragments = {aid: tuple(frags) for aid, frags in sources if frags}
    phrases = {aid: " ".join(text[a:b] for a, b in frags).strip() for aid, frags in fragments.items()}
    names = _Names(text, list(phrases.values()))
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]

    def paragraph(pos: int) -> int:
        return bisect_right(paragraph_starts, pos) - 1

    in_sources = [f for frags in fragments.values() for f in frags]
    mentions = [(paragraph(pos), pos, name.text, name.gender) for pos, name in _text_mentions(text, names)
                if not any(a <= pos < b for a, b in in_sources)]
    sentence_starts = _sentence_starts(text)
    sentence = {pos: bisect_right(sentence_starts, pos) for _, pos, _, _ in mentions}
    pronouns = [(pos, gender) for pos, gender in _pronouns(text) if not any(a <= pos < b for a, b in in_sources)]
    speakers: list[tuple[int, int, str, str | None, str]] = []  # (paragraph, offset, name, gender, rule)

    def resolve(start: int, need: str, depth: int = 0) -> tuple[str, str] | None:
        here, own = paragraph(start), bisect_right(sentence_starts, start)
        for para in range(here, max(here - max_paragraphs_back, 0) - 1, -1):
            for pool in (speakers, mentions):
                fits = [c for c in pool if c[0] == para and c[1] < start and c[3] in (None, need)]
                if pool is mentions:
                    # the first name of the last sentence that has one, past the names of an adverbial
                    # clause that opens it (not in the pronoun's own sentence)
                    last = sentence[fits[-1][1]] if fits else 0
                    fits = [c for c in fits if sentence[c[1]] == last]
                    named = [c[1] for c in fits]
                    if fits and last != own:
                        fits = [c for c in fits if not _in_opening_clause(text, sentence_starts[last - 1], c[1])] \
                            or fits
                    fits = fits[:1]
                    chain = _first_met([pos for pos, gender in pronouns if gender == need and pos < start
                                        and paragraph(pos) == para and bisect_right(sentence_starts, pos) >= last
                                        and not _forward(text, sentence_starts, pos, named)],
                                       sentence_starts, last, fits[0][1] if fits else None)
                    if chain is not None and depth < _MAX_CHAIN:  # a "he" met before any name: its referent
                        found = resolve(chain, need, depth + 1)
                        if found:
                            return found[0], "chain"
                if fits:
                    return fits[-1][2], fits[-1][4] if len(fits[-1]) > 4 else "text"
        return None

    out: dict[str, Referent] = {}
    for aid in sorted(fragments, key=lambda k: fragments[k][0]):
        start, key = fragments[aid][0][0], phrases[aid].casefold()
        if key in PERSON_PRONOUNS:
            need, here = PERSON_PRONOUNS[key], paragraph(start)
            found = resolve(start, need)
            out[aid] = Referent(*found) if found else Referent(None, "no_candidate")
            if found:
                speakers.append((here, start, found[0], need, "chain"))
        elif key in OTHER_PRONOUNS:
            out[aid] = Referent(None, "not_third_person")
        else:
            relative = key in RELATIVE_PRONOUNS
            phrase = _relative_antecedent(text, start) if relative else phrases[aid]
            if relative:
                out[aid] = Referent(phrase, "relative") if phrase else Referent(None, "no_candidate")
            name = _source_name(phrase, names) if phrase else None
            if name is not None and not _inside_quotation(text, start):
                speakers.append((paragraph(start), start, name.text, name.gender, "source"))
    return out
