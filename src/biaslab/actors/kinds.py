"""What kind of actor a name is: person, organisation, place, group or other.

Each actor gets one of :data:`KINDS` and the evidence that decided it, in
this order (the first rule that fires wins):

1. **known alias** — ``data/actor_aliases.csv`` names it (an organisation, a
   news outlet, a place);
2. **person by title** — a personal title or role noun is attached to it in
   the text or its declaration ("Prime Minister Pedro Sánchez", "Ms.
   Yellen", "The mayor of Valencia, María José Catalá,"), or an age is set off
   after it ("Ann Moss, 34,": news gives only people's ages so, AP Stylebook 2022, "ages");
3. **head word** — the name ends in a word of ``data/actor_heads.csv``
   ("Defense Ministry", "Moscow Times", "Khmeimim Airbase"), or has one right
   before its "of" complement ("Department of Justice");
4. **person by surname** — the last word of a multi-word name stands alone
   for it ("… Catalá said"), or a declared alias is that surname; used alone,
   the word must be shaped like a surname: no country's name ("Free
   Ruritania") and no common word of the language ("Dover Democrats",
   "Sacred Marriage") unless the name opens with a census first name ("Tom
   Bush") that is no state's or country's name ("Georgia Republican"); and a
   two-word name opening with a common word that is no census first name
   names a thing ("Election Day", though "Day" is a surname);
5. **country** — a country name of ``data/nationalities.csv`` or GeoNames;
6. **acronym** — an all-capital name ("NATO") is an organisation;
7. **gazetteer** — a city, US state or continent of GeoNames
   (:mod:`biaslab.actors.places`);
8. **locative** — at least half of its bare mentions follow "in", "near", "at",
   … (:data:`LOCATIVE_PREPOSITIONS`: "fighting near Raqqa");
9. **person by given name** — two words or more, the first a first name of
   the 1990 US Census lists (:mod:`biaslab.census`) and the last (a suffix
   "Jr."/"III" and initials aside) a surname: capitalised, not all capitals,
   and either no common English word (not in Pattern's lexicon) or a census
   surname of at least :data:`COMMON_SURNAME` % ("Luis Ortiz", "Michelle
   Obama", "Jerry Brown"; not "Delta Air Lines", "Edison Research", "Hillary
   PAC", "Ana Ruiz Wins" from a headline). Many people in the news are
   named once, in full, with neither title nor description ("said Luis
   Ortiz, who voted against it"); on 250 PolNeAR train articles this rule
   made 465 actors people that were ``other``, of which about a dozen are not
   people (an event named after a person, a film character, "Eli Lilly"). A name of two words
   whose first word no word list knows (a given name from outside the US lists: "Raynard") and
   whose last is a census surname of at least :data:`COMMON_SURNAME` % that is no English word and
   no major place (:func:`~biaslab.actors.places.major_city`) is a person too ("Raynard Jackson";
   not "Breitbart London", "Wiborg Beach"); on 84 PTC tune and 200 PolNeAR train articles this made 15
   actors people, all of them people;
10. **group** — a plural of nationality ("the Russians", "Syrians") or a
   lower-case plural noun ("residents", declared);
11. otherwise **other**.

A news outlet is an ``organisation`` with ``outlet`` set: it reports the
events rather than taking part in them, so comparisons choose it last.

Limits: a person introduced by name only, never titled, described or called
by surname, whose first name is not in the US census lists ("Vladimir Putin")
or whose surname is a common word ("Mike Pence"), stays ``other``; an
organisation named after a person ("Eli Lilly") becomes a ``person``; a
person whose one-word name is a large city ("Warren") and is never titled
becomes a ``place``; metonymy ("Moscow said") keeps the place kind.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..census import first_name, surnames
from ..resources import data_table, once, pattern_lexicon_tag
from .places import major_city, place_evidence
from .tokens import _keys

__all__ = ["KINDS", "LOCATIVE_PREPOSITIONS", "Kind", "common_word", "known_alias_rows"]

#: The actor kinds, in the order comparisons prefer them.
KINDS = ("person", "organisation", "group", "other", "place")
#: Prepositions of location: a name after one is a place ("in Valencia",
#: "near Raqqa", "at Khmeimim"). Not "to" or "from", which take people as
#: often ("a letter to Putin").
LOCATIVE_PREPOSITIONS = frozenset("in near at outside inside across throughout around".split())
#: Kinds of ``data/actor_aliases.csv`` and ``data/actor_heads.csv`` rows.
DATA_KINDS = frozenset({"organisation", "news_outlet", "place", "group"})
#: A surname that is also a common English word counts for rule 9 when at least this share of the
#: 1990 US population (percent) bears it: 0.005 % is about rank 2,000 of the census list, which
#: keeps "Brown" (0.621), "King" (0.190), "Rice" (0.064), "Banks" (0.048), "Church" (0.016) and
#: leaves out the words that are surnames by accident ("Center" and "Lines" 0.001, "State" under
#: 0.001). On the PolNeAR train names of the rule's docstring no threshold separated better.
COMMON_SURNAME = 0.005
#: Name suffixes that come after the surname.
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class Kind:
    """The decided kind, the evidence for it (readable phrases) and whether
    the actor is a news outlet."""

    kind: str
    evidence: tuple[str, ...]
    outlet: bool = False


@dataclass(frozen=True, slots=True)
class _Known:
    name: str
    aliases: tuple[str, ...]
    kind: str
    source: str


@once
def known_alias_rows() -> tuple[_Known, ...]:
    """The rows of ``data/actor_aliases.csv``."""
    rows = data_table("actor_aliases.csv", required=("name", "kind", "source"), optional=("aliases",),
                      choices={"kind": DATA_KINDS}, unique="name")
    return tuple(_Known(r["name"], tuple(a.strip() for a in r["aliases"].split("|") if a.strip()),
                        r["kind"], r["source"]) for _, r in rows)


@once
def _heads() -> dict[str, tuple[str, str]]:
    rows = data_table("actor_heads.csv", required=("head", "kind", "source"), choices={"kind": DATA_KINDS},
                      unique="head")
    return {r["head"]: (r["kind"], r["source"]) for _, r in rows}


@once
def _demonyms() -> frozenset[str]:
    """Nationality adjectives and their plurals ("Russian", "Russians", "British")."""
    from .titles import _nationality_rows

    return frozenset(form for _, _, adj in _nationality_rows() if adj for form in (adj, adj + "s"))


def head_word(word: str) -> tuple[str, str] | None:
    """(kind, source) when ``word`` heads organisation, outlet or place names (``data/actor_heads.csv``)."""
    return _heads().get(word)


def _acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _given_name(words: list[str]) -> str | None:
    """Rule 9's evidence for a name of ``words`` (module docstring), else None."""
    rest = [w for w in words[1:] if w.casefold() not in _SUFFIXES and len(w.rstrip(".")) > 1]
    if not rest:
        return None
    first, last = words[0], rest[-1]
    if not last[:1].isupper() or last.isupper() or common_word(last):
        return None
    if first_name(first):
        return f"first name '{first}' and surname '{last}' (1990 US Census name lists)"
    if len(words) == 2 and _unknown_word(first) and pattern_lexicon_tag(last.lower()) is None \
            and surnames().get(last.lower(), 0.0) >= COMMON_SURNAME and not major_city(last):
        return f"a first word no word list knows, '{first}', and the census surname '{last}' (1990 US Census)"
    return None


def _unknown_word(word: str) -> bool:
    """A capitalised word, the rest lower case, that neither the census first-name lists nor
    Pattern's lexicon know in any case: a given name from outside the 1990 US lists ("Raynard",
    "Sadiq"; not "JPMorgan")."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and pattern_lexicon_tag(word) is None and pattern_lexicon_tag(word.lower()) is None


def common_word(word: str) -> bool:
    """Is ``word`` a word of the language rather than a surname: known to Pattern's lexicon in
    lower case, or as written as an adjective (a proper adjective: "Jewish", "Hispanic"), and not a
    census surname of at least :data:`COMMON_SURNAME` % ("Research", "Lines", "Screams"; not
    "Ortiz", "Brown", "King", "Strong")?"""
    low = word.lower()
    return (pattern_lexicon_tag(low) is not None or pattern_lexicon_tag(word) in ("JJ", "JJR", "JJS")) \
        and surnames().get(low, 0.0) < COMMON_SURNAME


def decide(actor) -> Kind:
    """The kind of a registry actor (:class:`biaslab.actors.registry._Actor`)."""
    keys = _keys(actor.name)
    bare = keys[1:] if keys and keys[0].casefold() == "the" and len(keys) > 1 else keys
    name = " ".join(bare)
    if actor.known is not None:
        k = actor.known
        kind = "organisation" if k.kind == "news_outlet" else k.kind
        what = "news outlet" if k.kind == "news_outlet" else k.kind
        return Kind(kind, (f"known {what} '{k.name}' (data/actor_aliases.csv: {k.source})",),
                    k.kind == "news_outlet")
    person = [f"title '{t}'" for t in actor.titles] + [f"described as '{d}'" for d in actor.roles] \
        + (["an age set off after the name (\"Ann Moss, 34,\")"] if actor.aged else [])
    if actor.titled and not person:
        person = ["a title before the name"]
    if person:
        return Kind("person", tuple(dict.fromkeys(person)))
    at = bare.index("of", 1) - 1 if "of" in bare[1:] else len(bare) - 1  # "Department of Justice": before "of"
    head = head_word(bare[at]) if len(bare) > 1 else None
    if head is not None:
        kind, source = head
        what = "news outlet" if kind == "news_outlet" else kind
        where = "ends in" if at == len(bare) - 1 else "is headed by"
        return Kind("organisation" if kind == "news_outlet" else kind,
                    (f"{where} '{bare[at]}', the head word of a {what} name (data/actor_heads.csv: {source})",),
                    kind == "news_outlet")
    surname = actor.surname_evidence()
    if surname:
        return Kind("person", (surname,))
    if actor.country:
        return Kind("place", (f"country '{actor.country}' (data/nationalities.csv)",))
    if len(bare) == 1 and _acronym(bare[0]):
        return Kind("organisation", (f"acronym '{bare[0]}'",))
    gazetteer = place_evidence(name)
    if gazetteer is not None:
        return Kind("place", (gazetteer,))
    if actor.locative and 2 * actor.locative >= actor.bare:
        return Kind("place", (f"{actor.locative} of {actor.bare} mentions follow a preposition of place "
                              f"({', '.join(sorted(actor.locative_words))})",))
    given = _given_name(bare)
    if given is not None:
        return Kind("person", (given,))
    if name in _demonyms():
        return Kind("group", (f"'{name}' names the people of a nation",))
    if bare and bare[-1][:1].islower() and bare[-1].endswith("s"):
        return Kind("group", (f"lower-case plural noun '{bare[-1]}'",))
    return Kind("other", ("no title, surname use, head word, gazetteer entry or place preposition",))
