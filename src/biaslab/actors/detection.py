"""Detection of undeclared actors: proper-noun runs in non-heading sentences.

Sentences written in title case (:func:`_title_case`: every word capitalised
but articles, coordinators and short prepositions — a headline that ends in a
full stop, a list of titles) are skipped like headings: there a capital is
style, not evidence of a name ("Supporter Screams Controversial Word At
Rally" names nobody). Names in them are still found when the body names the
same actors (those are matched, not detected). So are the article's credits
(:func:`credit_line`: a byline, a reporter's contact line, the contributor line
or the trailer of wire copy): the people named there wrote the article.

A run of capitalised words goes on through an "of" complement after a body's
or place's head word of ``data/actor_heads.csv`` ("Department of Justice",
"University of the Dover Valley"; not before a title or a census first name
and another capital: "the Lowmere Institute of Judge Ann Moss", nor after a
first name and a surname that is also a head word: "Tom Church of Dover":
:func:`_of_complement`); after a one-word title and "of", the leading words of
the language in a run are the office's department, not the name ("Minister of
Health Obi Ezeh"). A run loses leading and trailing day names, then its
leading nationality and titles (a run that ends a title opened before it,
"State" in "the Secretary of State spoke up", is no name); what remains (one to
:data:`MAX_NAME_WORDS` words) is a name, unless it is one closed-class word
(:data:`_CLOSED_CLASS`: the writer's "I", "The" after a colon). See
the :mod:`biaslab.actors` docstring for when a name becomes an actor.

Detected names that name one person join one actor: a shorter form of a
longer name ("Sergey Shoigu" after "Gen. Sergey Shoigu"), the form without
the middle initials of a name that has them ("Donald Hale" / "Donald J.
Hale"; not when two names differ only there: "George H.W. Hale" / "George
W. Hale"), the form without the full middle names of a name that opens with a
census first name ("Nora Quill" / "Nora Beth Quill"; again not when two such
names share the shorter form), a census first name standing alone and the one
detected person of that first name ("Julian" / "Julian Vance":
:func:`_given_names`), and a name opened by a content word of the language that is no
census first name ("Rival Ann Moss", "Republican Moss": :func:`_premodified`)
when its words after that word end exactly one other actor's name (a
person's by its census first name or title when they are one word: "Fourth
Amendment" stays apart from "Second Amendment"). A function word opening
the sentence or a clause after a colon, quotation mark, bracket or dash ("If
Ann Moss wins", "Should Tom Reed run", "DOVER (AP) — The Reed campaign"; of the
determiners only "The") is not part of a name, nor are common words before a
census first name and a surname ("Parent Ann Quist", "Political Affairs Ann Quist":
:func:`_given_name_start`). A generational suffix ("Jr.", "III") is not the
surname.

The last word of a detected multi-word name becomes an alias only with
evidence that it names the actor on its own (:func:`_surname_evidence`): the
name was written after a title ("Gen. Sergey Surovikin": titles belong to
people), or the word stands alone as a name somewhere else in the text —
capitalised away from the start of a sentence ("…, Shoigu said", "said
Shoigu"), or opening a sentence right before a reporting verb ("Shoigu
said", "Shoigu shot back"; verbs from ``data/reporting_verbs.csv``, with their
particles) or before an appositive or a conjunct set off by commas and a
reporting verb ("Shoigu, the defence minister, said", "Shoigu, however, said"), also past an
adverb or two ("Shoigu also said", "Reed then wrote"), or, when the word is
no word of the language (not in Pattern's lexicon in lower case: "Snow fell"
stays a sentence about snow), right before a verb in the past
tense or third person, or a past participle, which the tagger often puts
there for the past tense ("Shoigu hired a new deputy", "Okoro brought in"). A capital
at the start of a sentence proves nothing else, and the tagger calls any
capitalised word there a proper noun, so "Nations across the region" and
"Times changed" do not make "Nations" and "Times" aliases of "United Nations"
and "New York Times". A surname that ends the full names of two actors ("Tom
Reed", "Ann Reed") is the alias of neither, but a courtesy title that states a
gender picks the one of that gender when the gender of each is known ("Mrs.
Reed" is Ann Reed, "Mr. Reed" Tom Reed: :func:`_courtesy_forms`).
"""
from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..census import first_name, surnames
from ..clauses.chunks import calendar_words, month_as_date
from ..quotes import load_reporting_verbs
from ..quotes.people import first_name_gender, honorific_gender
from ..resources import once, pattern_lexicon_tag
from ..segmentation import sentences as split_sentences
from .registry import _Actor, _declared
from .appositives import _appositive_after, _appositive_before, _role_title
from .kinds import _SUFFIXES, COMMON_SURNAME, common_word, head_word
from .names import initial_at, particle, surname
from .places import region
from .states import PARTY_NOUNS, party_member
from .titles import _country_names, _nations, _title_ending, _titles
from .tokens import _DETERMINERS, _join, _keys, _name_shaped, _Sent, _sentence_initial, _split, _tag, _Tok

__all__ = ["detect_actors", "credit_line", "MIN_RECURRENCE", "MAX_NAME_WORDS", "MAX_BYLINE_TOKENS"]

#: Words that stay lower case in title case (AP Stylebook, "composition titles": articles, coordinating
#: conjunctions and prepositions of fewer than four letters; a few longer prepositions as well).
_TITLE_CASE_LOWER = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs "
                              "from into over with".split())
#: Penn Treebank tags of closed-class words (pronouns, determiners, conjunctions, prepositions,
#: wh-words; Santorini 1990): such a word alone is never a name, whatever its capital ("I", "The" after a
#: colon). Modals are left out: "Will" is a first name.
_CLOSED_CLASS = frozenset({"PRP", "PRP$", "DT", "PDT", "CC", "IN", "TO", "WDT", "WP", "WP$", "WRB", "EX"})
#: Fewer capitalised words than this do not make a sentence title case ("Ann Moss Wins." does not).
MIN_TITLE_CASE_WORDS = 4
#: A detected one-word name must occur this often: one sighting of a capitalised
#: word is as likely a place or a sentence-initial word as an actor.
MIN_RECURRENCE = 2
#: Longest detected name in words (after titles): personal and organisation
#: names rarely exceed four words; longer proper-noun runs are title-case phrases.
MAX_NAME_WORDS = 4
#: Marks after which a capital opens a clause, as at a sentence start ("Moss said: “If Reed …").
_CLAUSE_OPENING = frozenset({":", '"', "“", "‘", "``", "''", "(", "—", "–", "-", "--"})
#: A middle initial inside a name ("J.", "H.W.").
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*$")


@once
def _days() -> frozenset[str]:
    return frozenset(calendar.day_name)


@once
def _speech_verbs() -> frozenset[str]:
    """The forms of the reporting verbs of ``data/reporting_verbs.csv`` ("said", "told", "shot back")."""
    return frozenset(f for v in load_reporting_verbs().values() for f in v.forms)


def _speech_verb_at(toks: Sequence[_Tok], i: int) -> bool:
    """Does a reporting verb stand at ``toks[i]``, one word or a verb and its particle ("shot back")?"""
    forms = _speech_verbs()
    return toks[i].key.casefold() in forms \
        or (i + 1 < len(toks) and f"{toks[i].key} {toks[i + 1].key}".casefold() in forms)


def detect_actors(text: str, sentences: Sequence | None = None, *,
                  declared: Mapping[str, Sequence[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Actors found automatically (not among ``declared``): ``{name: aliases}``.

    See the module docstring for the rules. ``sentences`` default to
    :func:`biaslab.segmentation.sentences` of ``text``.
    """
    sents = _tag(text, split_sentences(text) if sentences is None else sentences)
    registry = _declared(declared or {})
    return {a.name: tuple(a.aliases) for a in _detect(sents, registry)}


def _shouted_verb(word: str) -> bool:
    return word.isupper() and word.casefold() in _speech_verbs()


def _shouted_word(word: str) -> bool:
    """Is ``word`` a word of the language written in capitals, of three letters or more ("LEFT",
    "NOTE"; not "XIV", nor "IT" or "US", which are acronyms as often as words)?"""
    return len(word) > 2 and word.isupper() and word.isalpha() and common_word(word)


#: At most this many adverbs between a one-word name and the verb that shows it speaks ("Reed also
#: said", "Reed then later wrote"); a longer run is rare between a subject and its verb in news prose.
MAX_ADVERBS_BEFORE_VERB = 2


@dataclass
class _Sighting:
    keys: tuple[str, ...]
    surface: str
    titled: bool
    initial: bool
    speaks: bool  # a reporting verb follows, maybe after an appositive ("Shoigu, the minister, said"),
    #               or a name that is no word of the language is the subject of a finite verb ("Shoigu hired")
    courtesy: str | None = None  # a courtesy title that states a gender, right before the name ("Mrs.")


def _title_case(s: _Sent) -> bool:
    """Is sentence ``s`` in title case: at least :data:`MIN_TITLE_CASE_WORDS` words, every one
    capitalised but those of :data:`_TITLE_CASE_LOWER`, and at least two of them common words
    (:func:`~biaslab.actors.kinds.common_word`: "Screams", "Rally")? A sentence that is only a
    list of names ("Sens. Bob Casey Jr., Heidi Heitkamp, Joe Donnelly") is not."""
    words = []
    for t in s.toks:
        w = t.text
        if w[:1].isalpha() and w.casefold() not in _TITLE_CASE_LOWER:
            if not w[:1].isupper():
                return False  # most sentences, at their first lower-case word
            words.append(w)
    return len(words) >= MIN_TITLE_CASE_WORDS and sum(1 for w in words if common_word(w)) >= 2


#: Word sequences that make a sentence the article's credits, not its story: the contributor line
#: that ends Associated Press copy ("Tom Reed in Dover contributed to this report.") and its variant
#: in other papers ("Ann Moss contributed reporting.").
_CREDITS = (("contributed", "to", "this", "report"), ("contributed", "reporting"))
#: Words that open the trailer of Reuters copy ("(Reporting by Ann Moss; Editing by Tom Reed)",
#: "(Additional reporting by …", "Writing by …"), before "by".
_TRAILER = frozenset({"reporting", "additional", "writing", "editing"})
#: Capitalised names of a web site's legal notices, which a line of the page's furniture names
#: ("Reading on means you accept our Privacy Policy."), matched as written: the story's "its terms
#: of service" is not one.
_SITE_NOTICES = (("Privacy", "Policy"), ("Terms", "of", "Use"), ("Terms", "of", "Service"))
#: Words that open a reporter's contact line ("Follow Ann Moss on Twitter", "Contact Tom Reed at
#: treed@…"), which names a medium (:data:`_CONTACT_MEDIA`) or an address with "@".
_CONTACT = frozenset({"follow", "contact", "email", "e-mail"})
_CONTACT_MEDIA = frozenset({"twitter", "facebook", "instagram", "http", "https", "www"})
#: A byline ("By Ann Moss and Tom Reed, Associated Press") has at most this many tokens: the names,
#: "and", an agency.
MAX_BYLINE_TOKENS = 12


def credit_line(toks: Sequence[_Tok]) -> bool:
    """Is the sentence of tokens ``toks`` one of the article's credits or its page's furniture rather
    than its story: a byline ("By Ann Moss and Tom Reed, Associated Press": "By" and a capital
    opening a short sentence with no verb), a contact line ("Follow Ann Moss on Twitter"), an agency
    trailer ("(Reporting by …; Editing by …)": :data:`_TRAILER`), a contributor line (:data:`_CREDITS`:
    "… contributed to this report."), or a site notice (:data:`_SITE_NOTICES`)? The people named in
    credits wrote the article, and a notice's capitals name no one; none of them is an actor of the
    story, so detection passes such lines over (a name the story also uses is still found there)."""
    words = [t for t in toks if t.key[:1].isalpha()]
    keys = [t.key.lower() for t in words]
    if len(words) >= 2 and words[1].key[:1].isupper():
        if words[0].key == "By" and len(toks) <= MAX_BYLINE_TOKENS \
                and not any(t.tag[:2] == "VB" or t.tag == "MD" for t in toks):
            return True
        if keys[0] in _CONTACT and (any(k in _CONTACT_MEDIA for k in keys) or any("@" in t.key for t in toks)):
            return True
    if keys and keys[0] in _TRAILER and "by" in keys[1:3]:
        return True
    written = [t.key for t in words]
    return any(tuple(seq[i:i + len(c)]) == c for seq, table in ((keys, _CREDITS), (written, _SITE_NOTICES))
               for c in table for i in range(len(seq) - len(c) + 1))


def _detect(sents: Sequence[_Sent], registry: list[_Actor]) -> list[_Actor]:
    """New actors from proper-noun runs in non-heading sentences."""
    known = {keys for a in registry for keys in a.forms}
    sightings: list[_Sighting] = []
    for s in sents:
        if s.heading or _title_case(s) or credit_line(s.toks):
            continue
        toks = s.toks
        i = 0
        while i < len(toks):
            text = toks[i].text
            if (not text[:1].isupper() and "-" not in text) or not _name_shaped(toks, i):
                i += 1  # a lower-case word without a hyphen is never name-shaped (most words)
                continue
            j = _run_end(toks, i)
            sighting = _read_run(toks, i, j)
            if sighting is not None:
                sightings.append(sighting)
            i = j
            if j < len(toks) and not text.isupper() and _shouted_word(toks[j].text):
                while i < len(toks) and toks[i].text.isupper():
                    i += 1  # the rest of the headline's capitals after the name ("LEFT A NOTE") names no one
    dates, nations = calendar_words(), _nations()
    useful = [x for x in sightings if x.keys not in known and x.keys not in nations
              and not (len(x.keys) == 1 and x.keys[0] in dates)]
    multi = [x for x in useful if len(x.keys) > 1]
    declared_surnames = {keys[0] for a in registry for keys in a.forms if len(keys) == 1}
    evidence = _surname_evidence(sightings)
    new: dict[tuple[str, ...], _Actor] = {}

    def fold(keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(k.casefold() if particle(k.casefold()) else k for k in keys)

    def attach(x: _Sighting) -> _Actor | None:
        for a in registry:
            last = _keys(a.name)[-1]
            if a.declared and x.keys[-1] == last and (len(_keys(a.name)) == 1 or (x.keys[-1],) in a.forms) \
                    and _keys(a.name)[0] in (x.keys[0], last):
                return a
        return None

    # the new actors whose names end in these (folded) words: a shorter form of a name seen before
    # ("Sergey Shoigu" after "Gen. Sergey Shoigu") joins it, and so does a name that only adds middle
    # initials ("Donald J. Hale" / "Donald Hale") or a common word before one ("Rival Ann Moss",
    # "Republican Moss") when one actor alone has that ending
    by_ending: dict[tuple[str, ...], list[_Actor]] = defaultdict(list)
    named: dict[int, list[_Sighting]] = defaultdict(list)  # the sightings of each new actor

    def unique(keys: tuple[str, ...]) -> _Actor | None:
        hosts = by_ending.get(keys, ())
        return hosts[0] if len(hosts) == 1 else None

    def person_ending(keys: tuple[str, ...]) -> _Actor | None:
        """The one actor whose name ends in ``keys`` (two words or more), or in the surname ``keys``
        when that name is a person's."""
        host = unique(keys)
        first = named[id(host)][0] if host is not None else None
        return host if first is not None and (len(keys) > 1 or first.titled or first_name(first.keys[0])) \
            else None

    ranked = sorted(((_premodified(x.keys), x) for x in multi), key=lambda p: (p[0], -len(p[1].keys)))
    for premodified, x in ranked:  # full names first, then longer ones
        owner = attach(x)
        if owner is not None:
            owner.add(x.surface, "alias", detected=True)
            owner.titled |= x.titled
            continue
        folded = fold(_unsuffixed(x.keys))
        bare = tuple(k for k in folded[1:-1] if not _INITIAL.match(k))
        host = unique(folded) or (next(filter(None, (person_ending(folded[k:]) for k in range(1, len(folded)))),
                                       None) if premodified else None)
        if host is None:
            host = new[x.keys] = _Actor(x.surface, False)
            for m in range(1, len(folded) + 1):
                by_ending[folded[-m:]].append(host)
            if len(bare) < len(folded) - 2:  # "Donald J. Hale" is also "Donald Hale"
                by_ending[(folded[0], *bare, folded[-1])].append(host)
            elif bare and first_name(folded[0]) and not any(particle(k) for k in bare):
                by_ending[(folded[0], folded[-1])].append(host)  # "Sarah Lucy Hale" is also "Sarah Hale"
            host.add(x.surface, "name", detected=True)
        else:
            host.add(x.surface, "alias", detected=True)
        named[id(host)].append(x)
        host.titled |= x.titled
    # a surname shared by two different actors' full names is ambiguous: no alias (_surname_owners)
    owners: dict[str, set[int]] = defaultdict(set)
    for key, xs in named.items():
        for x in xs:
            owners[_unsuffixed(x.keys)[-1]].add(key)
    for host in new.values():
        xs = named[id(host)]
        last = _unsuffixed(xs[0].keys)[-1]
        if _surname_owners(last, owners[last], named) == {id(host)} and last not in declared_surnames \
                and (any(x.keys in evidence.titled for x in xs) or last in evidence.alone):
            host.add(_surname_alias(xs[0].surface), "alias", detected=True)
    courteous = _courtesy_forms(useful, [(host, named[id(host)]) for host in new.values()])
    useful = [x for x in useful if id(x) not in courteous]  # "Mrs. Moss", placed with Ann Moss
    counts = Counter(x.keys for x in useful if len(x.keys) == 1)
    noninitial = {x.keys for x in useful if len(x.keys) == 1 and not x.initial}
    titled = {x.keys for x in useful if len(x.keys) == 1 and x.titled}

    def every_form() -> set[tuple[str, ...]]:
        return {keys for a in [*registry, *new.values()] for keys in a.forms}

    forms = every_form()
    given = _given_names([*registry, *new.values()])
    for x in useful:
        if len(x.keys) > 1 or x.keys in forms or _one_word_title(x.keys[0]):
            continue  # "the Pope", "the President": a title alone is a role noun (mentions), not a name
        if "JJ" in (pattern_lexicon_tag(x.keys[0]), pattern_lexicon_tag(x.keys[0].lower())) \
                and x.keys not in titled and not surnames().get(x.keys[0].lower(), 0.0) > 0.0:
            continue  # "Democratic", "Jewish", "Republican": an adjective, as written or in lower case,
            #           which names no one alone (not a census surname: "Jolly", "Brown")
        hosts = given.get(x.keys[0], ())
        if len(hosts) == 1 and not hosts[0].declared and x.keys not in titled:
            hosts[0].add(x.surface, "alias", detected=True)  # "Julian" for Julian Vance, the one Julian
            forms = every_form()
            continue
        if x.keys in titled or (counts[x.keys] >= MIN_RECURRENCE and x.keys in noninitial):
            actor = new[x.keys] = _Actor(x.surface, False)
            actor.add(x.surface, "name", detected=True)
            actor.titled = x.keys in titled
            forms = every_form()  # with the new actor's forms (which may replace one of the same keys)
    return list(new.values())


def _courtesy_forms(sightings: Sequence[_Sighting],
                    hosts: Sequence[tuple[_Actor, Sequence[_Sighting]]]) -> set[int]:
    """A surname that two new people share ("Ann Moss" and her husband "Tom Moss") is no alias of
    either, but a courtesy title that states a gender before it ("Mrs. Moss", "Mr. Moss": AP style,
    and the New York Times' for every person) picks the one of them of that gender, by a census first
    name or a courtesy title of their own ("Mrs. Ann Moss"), when the gender of every one of them is
    so known ("Mr. Moss" with Tom Moss and a Jeb Moss whose first name states nothing stays
    apart): the titled form becomes that person's alias. Returns the ids of the sightings so placed
    (no actor of their own)."""
    owners: dict[str, list[tuple[_Actor, str | None]]] = defaultdict(list)
    for host, xs in hosts:
        keys = _unsuffixed(xs[0].keys)
        if len(keys) > 1 and (first_name(keys[0]) or any(x.titled for x in xs) or not common_word(keys[0])):
            # anyone named so ("Jeb Moss" too, his first name unknown to the census), not "Classic Moss"
            gender = next((honorific_gender(x.courtesy) for x in xs if x.courtesy), None) \
                or first_name_gender(keys[0])
            owners[keys[-1]].append((host, gender))
    placed = set()
    for x in sightings:
        if len(x.keys) != 1 or x.courtesy is None or len(owners.get(x.keys[0], ())) < 2 \
                or any(gender is None for _, gender in owners[x.keys[0]]):
            continue
        matches = [host for host, gender in owners[x.keys[0]] if gender == honorific_gender(x.courtesy)]
        if len(matches) == 1:
            matches[0].add(f"{x.courtesy} {x.surface}", "alias", detected=True)
            placed.add(id(x))
    return placed


def _given_names(actors: Sequence[_Actor]) -> dict[str, list[_Actor]]:
    """The actors of two words or more by their census first name, when it is no common word
    ("Julian" → [Julian Vance]; not "Will", "Grant"), nor the surname of an actor of the article
    ("Warren" beside "Ann Warren"), nor a state's or country's name ("Georgia"), and the name ends
    in no head word of a body ("Warren Fund"): a first name standing alone names the one person
    so named, as features and opinion pieces write it (two people of one first name leave it
    ambiguous)."""
    out: dict[str, list[_Actor]] = defaultdict(list)
    surnames = {_keys(a.name)[-1] for a in actors if a.name}
    for a in actors:
        keys = _keys(a.name)
        if len(keys) > 1 and first_name(keys[0]) and not common_word(keys[0]) and keys[0] not in surnames \
                and not region(keys[0]) and head_word(keys[-1]) is None:
            out[keys[0]].append(a)  # not "Warren" (a surname here) for the Warren Fund (a body)
    return out


def _one_word_title(word: str) -> bool:
    """Is ``word`` a title of one word in ``data/actor_titles.csv`` ("Pope", "President", "Senator")?"""
    low = word.casefold()
    return any(t.keys == (low,) for t in _titles().get(low, ()))


def _unsuffixed(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The name without a generational suffix after the surname ("Samuel A. Quill Jr." ends in
    "Quill")."""
    n = len(keys)
    while n > 2 and keys[n - 1].casefold() in _SUFFIXES:
        n -= 1
    return keys[:n]


def _premodified(keys: tuple[str, ...]) -> bool:
    """Does the name open with a content word of the language (an adjective, noun, adverb or verb
    form) that is no census first name ("Rival Ann Moss", "Republican Moss", "Still Moss";
    not "Will Reed", "Rich Lowe", "The US")?"""
    return len(keys) > 1 and common_word(keys[0]) and not _function_word(keys[0]) and not first_name(keys[0])


def _given_name_start(toks: Sequence[_Tok], k: int, j: int) -> int:
    """Where a personal name starts in the run ``toks[k:j]``: at a census first name (no common
    word or country's name) followed by a surname (no common word) when no first name stands before
    it and the word right before it is a common word, a country's name or a party noun, which then
    describe the person with what precedes ("Political Affairs Ann Quist" is Ann Quist, "Parent Tom
    Hale" Tom Hale, "House Rules Democrat Ann Quist" and "Vermont Democrat Ann Quist" Ann Quist;
    "Keep Georgia Blue Again" stays); else ``k``."""
    for m in range(k + 1, j - 1):
        word = toks[m].key
        if first_name(word) and not common_word(word) and (word,) not in _country_names() \
                and toks[m + 1].key[:1].isupper() and not common_word(toks[m + 1].key):
            before = [t.key for t in toks[k:m]]
            if not any(first_name(w) for w in before) and (common_word(before[-1]) or (before[-1],) in _country_names()
                                                             or before[-1].casefold() in PARTY_NOUNS):
                return m  # the words before the first one may be names of bodies ("House Intelligence Republican")
            return k
    return k


def _surname_owners(last: str, owners: set[int], named: Mapping[int, Sequence[_Sighting]]) -> set[int]:
    """The actors (keys of ``named``, their sightings) that share the surname ``last``: ``owners``,
    all those whose names end in it; but when one of them opens with a census first name (a
    person's surname, then) and some open with a given name (:func:`_given_name_shaped`), only
    those: a name that opens with another capitalised word ("While Reed", "Team Reed", "Longtime
    Reed", "Can Reed") is the person's name after a word the capital made look like part of it, or
    no person's, and does not make "Reed" ambiguous. Bodies keep every owner ("Catholic Church",
    "Holy Church")."""
    if last.endswith("s") and common_word(last[:-1]) and last.lower() not in surnames():
        return owners  # a plural noun ("Gay Republicans", "College Republicans"), not a surname
    openings = {k: [x.keys[0] for x in named[k] if len(x.keys) > 1] for k in owners}
    if not any(first_name(w) and not region(w) for words in openings.values() for w in words):
        return owners
    return {k for k, words in openings.items() if any(map(_given_name_shaped, words))} or owners


def _given_name_shaped(word: str) -> bool:
    """Could ``word`` be a given name: a census first name, or a capitalised word of letters that is
    no word of the language, no common census surname and no country or state ("Tom", "Ivanka"; not
    "Team", "While", "Justice", "U.S.", "Ohio")?"""
    if region(word):
        return False  # "Virginia" is a census first name too
    return first_name(word) or (word[:1].isupper() and word[1:].islower() and word.isalpha()
                                and not common_word(word) and not _function_word(word)
                                and surnames().get(word.lower(), 0.0) < COMMON_SURNAME)


def _function_word(word: str) -> bool:
    """Is ``word`` a function word by Pattern's lexicon (:data:`_CLOSED_CLASS`), or a modal that is no
    census first name ("Should", not "Will" or "May")?"""
    tag = pattern_lexicon_tag(word.lower())
    return tag in _CLOSED_CLASS or (tag == "MD" and not first_name(word))


@dataclass(frozen=True)
class _Evidence:
    titled: frozenset[tuple[str, ...]]  # names seen after a title
    alone: frozenset[str]               # words seen standing alone as a name


def _surname_evidence(sightings: Sequence[_Sighting]) -> _Evidence:
    """What licenses the last word of a name as an alias (module docstring)."""
    return _Evidence(frozenset(x.keys for x in sightings if x.titled and len(x.keys) > 1),
                     frozenset(x.keys[0] for x in sightings if len(x.keys) == 1 and (not x.initial or x.speaks)))


def _run_end(toks: Sequence[_Tok], i: int) -> int:
    """End of the name-shaped run starting at ``toks[i]``: capitalised words, with
    surname particles ("Ursula von der Leyen") and middle initials ("Janet L.
    Yellen") inside; a shouted reporting verb ends it ("Putin TOLD reporters"), and so does a
    shouted word of the language after a name written in mixed case ("Tom Reed LEFT A NOTE": a
    headline's capitals, while a name keeps one case: "Deutsche Bank AG", "Harbor IT")."""
    j = i + 1
    mixed = not toks[i].text.isupper()
    while j < len(toks):
        if _name_shaped(toks, j) and not _shouted_verb(toks[j].text) \
                and not (mixed and _shouted_word(toks[j].text)):
            j += 1
            continue
        k = j
        while k < len(toks) and k - j < 2 and particle(toks[k].key):
            k += 1
        if k > j and k < len(toks) and _name_shaped(toks, k):
            j = k
            continue
        if initial_at(toks, j):
            j += 1
            continue
        k = _of_complement(toks, j)
        if k > j:
            j = k
            continue
        break
    return j


def _of_complement(toks: Sequence[_Tok], j: int) -> int:
    """Where the run goes on when the name before token ``j`` ends in a body's or place's head word
    (``data/actor_heads.csv``) and an "of" complement that is a name follows ("Department of
    Justice", "University of Dover", "Bank of the Dover Valley"): the index of that name's first word;
    else ``j``. Such names take their complement inside them (Chicago Manual of Style, 17th ed.,
    8.62-8.68: "the Department of State", "the University of Chicago"); a person's name does not (a
    census first name before a head word that is also a census surname: "Tom Church of Dover"), nor
    does a complement that names a person (a title, or a census first name and another capital)."""
    if j + 1 >= len(toks) or toks[j].key != "of" or head_word(toks[j - 1].key) is None:
        return j
    if j >= 2 and first_name(toks[j - 2].key) and surnames().get(toks[j - 1].key.lower(), 0.0) > 0.0:
        return j  # "Tom Church of Dover": a first name and a surname that is also a head word
    k = j + 1 + (toks[j + 1].key == "the")
    if k >= len(toks) or not _name_shaped(toks, k) or _one_word_title(toks[k].key) or (
            first_name(toks[k].key) and k + 1 < len(toks) and _name_shaped(toks, k + 1)):
        return j  # "the Lowmere Institute of Judge Moss", "the Institute of Ann Moss": a person's
        #           (not "University of Virginia", a place named like a first name)
    return k


def _surname_alias(surface: str) -> str:
    """The alias a detected person's name gets: its surname, particles included."""
    last = next(t.text for t in reversed(_split(surface)) if t.key.casefold() not in _SUFFIXES)
    family = surname(surface)
    return family if family.endswith(last) else last


def _title_end(toks: Sequence[_Tok], i: int, j: int) -> int:
    """Where the name starts in the run ``toks[i:j]``: after the last title in it
    or just before it ("Commission President Ursula von der Leyen", "Secretary
    of State Rex Tillerson", "mayor María José Catalá"), unless what follows
    the title ends in an organisation's head word ("Justice Department"); ``j`` (no name) when a
    title that opens before the run ends with it ("Secretary of State" alone, the run being
    "State")."""
    t = _title_ending(toks, j)
    if t is not None and j - len(t.keys) < i:
        return j
    for p in range(j - 1, i - 1, -1):
        if _title_ending(toks, p) is not None and head_word(toks[j - 1].key) is None:
            return p
    return -1


def _read_run(toks: Sequence[_Tok], i: int, j: int) -> _Sighting | None:
    """A proper-noun run → a name sighting, titles and nationality stripped."""
    days = _days()
    while i < j and toks[i].key in days:
        i += 1
    while j > i and toks[j - 1].key in days:
        j -= 1
    if j - i > 1 and i > 0 and month_as_date(toks[i - 1].key, toks[i].key):
        i += 1  # "In June Reed won": the month is a date
    k = _title_end(toks, i, j)
    titled = k >= 0
    if not titled:
        k = i  # a bare nationality word starts names too ("Russia Today")
        if j - k > 1 and (_sentence_initial(toks, k) or toks[k - 1].key in _CLAUSE_OPENING) \
                and _function_word(toks[k].key) and (pattern_lexicon_tag(toks[k].key.lower()) != "DT"
                                                      or toks[k].key.casefold() in _DETERMINERS):
            k += 1  # "If Ann Moss wins", "Should Tom Reed run", "DOVER (AP) — The Reed campaign": the
            #         clause's capital, not the name's (as at a sentence start; "This", "A" stay)
        k = next((m for m in range(k + 1, j) if party_member(toks, k, m) is not None and (
            first_name(toks[m].key) or (j - m > 1 and head_word(toks[j - 1].key) is None))), k)
        #   "Vermont Democrat Ann Quist": a party member's description before a personal name
        #   (:mod:`.states`), not before a body's ("Republican Party", "Democratic National Committee")
        k = _given_name_start(toks, k, j)
        if k >= 2 and toks[k - 1].key == "of" and _one_word_title(toks[k - 2].key) \
                and head_word(toks[j - 1].key) is None:
            d = k
            while j - d > 2 and common_word(toks[d].key):
                d += 1
            if d > k and not common_word(toks[d].key) and not _function_word(toks[d].key):
                k = d  # "Minister of Health Obi Ezeh": the office's department, then the name
    if party_member(toks, k, j) is not None:
        return None  # "the Vermont Democrat": a party member described by state, no name (:mod:`.states`)
    if k >= j or j - k > MAX_NAME_WORDS + sum(particle(t.key) or t.key in (".", "of", "the") for t in toks[k:j]):
        return None
    lexicon = pattern_lexicon_tag(toks[k].key.lower()) if j - k == 1 else None  # a one-word name's common use
    if lexicon in _CLOSED_CLASS or (titled and lexicon == "NNS"):
        return None  # "I", or "The" after a colon: a function word, capitalised, names nobody; nor
        #              does a plural noun after a title ("some Bishop Conferences")
    surface = "".join(_join(toks, k, j))
    if not titled and not region(surface):  # a title heading an appositive: "The mayor of Valencia, María
        #                                     José Catalá,"; not "bishop of Lowmere, Austria,"
        titled = any(span is not None and _role_title(toks, *span) is not None
                     for span in (_appositive_before(toks, k), _appositive_after(toks, j)))
    after = _appositive_after(toks, j)
    verb = j if after is None else after[1] + 1  # "Shoigu said", "Shoigu, the minister, said"
    if after is None and j + 3 < len(toks) and toks[j].key == toks[j + 2].key == "," and toks[j + 1].tag == "RB":
        verb = j + 3  # "Shoigu, however, said": a conjunct set off by commas (Quirk et al. 1985 §8.134)
    elif after is None:
        while verb < min(len(toks) - 1, j + MAX_ADVERBS_BEFORE_VERB) and toks[verb].tag == "RB":
            verb += 1  # "Shoigu also said", "Reed then wrote": adverbs between subject and verb
    speaks = verb < len(toks) and (_speech_verb_at(toks, verb) or (
        j - k == 1 and toks[verb].tag in ("VBD", "VBZ", "VBN") and lexicon is None))
    courtesy = toks[k - 1].text if titled and k > 0 and honorific_gender(toks[k - 1].key) else None
    return _Sighting(tuple(t.key for t in toks[k:j]), surface, titled, _sentence_initial(toks, k), speaks, courtesy)
