"""Mentions: where each actor is named, never overlapping.

Candidate matches of every actor form are chosen per sentence to cover the
most tokens (:func:`_select`) and adjacent matches of one actor joined
(:func:`_merge`); then role nouns held by exactly one person
(:func:`_add_roles`), definite descriptions that take up a person's earlier
description (:func:`_add_epithets`) and pronouns (:func:`_add_pronouns`) are resolved.

A pronoun outside quotations never takes an antecedent named only inside one
(in “Mattis lies,” he said, "he" is not Mattis), and a pronoun that the
quotation finder resolved as a quotation's speaker (``speaker_resolution ==
"pronoun"``) is a mention of that speaker: both layers give one answer to who
"he" is.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..clauses import Parse, span_end
from ..quotes.people import PRONOUN_FORM_GENDER, honorific_gender, name_gender, sure_name_gender, text_gender
from ..segmentation import SpanIndex
from ..segmentation import sentences as split_sentences
from .aliases import link_aliases
from .appositives import MAX_APPOSITIVE_TOKENS, _appositive_after, _appositive_before, _role_title
from .detection import _detect
from .epithets import OPENERS, Epithet, appositive_epithet, definite_at, indefinite_at, premodifier_epithet
from .kinds import LOCATIVE_PREPOSITIONS, decide
from .model import Mention
from .names import particle
from .places import region
from .registry import _Actor, _declared
from .states import PARTY_NOUNS, party_member_before, party_tag_after, state_at
from .titles import (_nation_at, _nations_by_first, _parse_prefix, _prefix_start, _Title, _title_at, _titles_by_first,
                     full_titles)
from .tokens import _DETERMINERS, _join, _keys, _name_shaped, _Sent, _sentence_initial, _tag, _Tok

__all__ = ["find_mentions", "resolve_names", "PRONOUNS", "MAX_APPOSITIVE_TOKENS"]

#: Third-person singular personal pronouns (closed class); "they/them" are
#: left alone because they are as often groups as singular people.
PRONOUNS = frozenset(PRONOUN_FORM_GENDER)
#: Lower-case words inside a detected name's "of" complement ("Department of the Treasury":
#: :func:`biaslab.actors.detection._of_complement`).
_OF_COMPLEMENT = frozenset({"of", "the"})
#: Title categories that "leader" (a generic role noun) can stand for.
_LEADER_CATEGORIES = frozenset({"head_of_state", "head_of_government", "leader", "royal"})


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
        if tagged and t.key[:1].isalpha() and not _name_shaped(toks, k) and not particle(f) \
                and not (k > i and f in _OF_COMPLEMENT) and not (len(form) == 1 and _bare_subject(toks, k)):
            return False
    return True


def _bare_subject(toks: Sequence[_Tok], k: int) -> bool:
    """Is ``toks[k]`` a capitalised word the tagger read as a singular common noun, opening its
    sentence without a determiner right before a comma or a finite verb ("Sexton, after the rally,
    wrote", "Rice said")? A singular count noun takes a determiner as a subject, so there the word is
    the name the article uses for someone (an alias of a detected actor)."""
    return toks[k].tag == "NN" and toks[k].text[:1].isupper() and _sentence_initial(toks, k) \
        and k + 1 < len(toks) and (toks[k + 1].key == "," or toks[k + 1].tag in ("VBD", "VBZ", "MD"))


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
            if i and len(keys) == 1 and _other_sex(toks[i - 1].key, actor):
                continue  # "Mrs. Hale" is not Tom Hale (an honorific of the other sex before his surname)
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


def _other_sex(word: str, actor: _Actor) -> bool:
    """Is ``word`` an honorific ("Mrs.", "Mr") of the other sex than ``actor``'s first name by the
    census lists, when the census is sure of it (:func:`biaslab.quotes.people.sure_name_gender`:
    "Tom", not "Kelly")? Spouses and relatives share surnames in the news ("Tom Hale" and "Mrs.
    Hale"). Role nouns do not count: "chairman" and "strongman" are said of women too."""
    said = honorific_gender(word)
    if said is None:
        return False
    known = sure_name_gender(actor.name)
    return known is not None and said != known


def _select(cands: Sequence[_Cand], n: int) -> list[_Cand]:
    """Non-overlapping candidates covering the most tokens (ties: fewer pieces)."""
    if not cands:
        return []  # most sentences name no one
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


#: Joined mentions keep the most explicit resolution (a name over an alias over a role noun).
_RES_ORDER = {"name": 0, "alias": 1, "role": 2, "pronoun": 3}
#: Subject pronouns: only these take the one person named earlier in their own sentence first.
_SUBJECT_FORMS = frozenset({"he", "she"})


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


@dataclass(slots=True)
class _Found:
    """Mentions per sentence, as token ranges, before they become :class:`Mention`. ``sent`` is None
    once nothing more will read the sentence's parse (released: :func:`_mentions` for a sentence
    without mentions, :func:`biaslab.actors.profile._read_mentions` for the others). ``pronouns``:
    (token, actor or None) of each he/she/him/her…, set by :func:`_add_pronouns`; () until then
    (no list per sentence while the whole parse is held; memory, issue 15)."""

    sent: _Sent | None
    cands: list[_Cand]
    pronouns: Sequence[tuple[int, _Actor | None]] = ()


def _resolve(sents: list[_Sent], declared: Mapping, detect: bool,
             quotes: Sequence = (), names: Names | None = None) -> tuple[list[_Actor], list[_Found]]:
    """The actors and their mentions, pronouns included: :func:`resolve_names` (or ``names``, its
    result computed before), then the pronouns, which need the quotations."""
    registry, found = names if names is not None else resolve_names(sents, declared, detect)
    _add_pronouns(found, [a for a in registry if a.person], registry, quotes)
    return registry, found


#: What :func:`resolve_names` returns: the actors and the mentions of each sentence.
Names = tuple[list[_Actor], list[_Found]]


def resolve_names(sents: list[_Sent], declared: Mapping, detect: bool) -> Names:
    """Actors (declared, and detected when ``detect``) and their mentions by name, alias and role
    noun, sentence by sentence: everything but pronouns, which :func:`_resolve` adds once the
    quotations are known. :func:`biaslab.analyze` runs this before the quotation finder, so the
    finder knows the people of the article (:func:`biaslab.actors.speaker_candidates`)."""
    registry = _declared(declared)
    if detect:
        registry.extend(_detect(sents, registry))
    registry = link_aliases(sents, registry)
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
                k, title, nation = _prefix_start(f.sent.toks, c.core)
                if title is not None:
                    k += _nation_at(f.sent.toks, k)[0]  # "US Defense Secretary" → "defense secretary"
                    n, state = state_at(f.sent.toks, k)
                    if state is not None:  # "Florida Sen. Ann Moss": the state she serves, then the title
                        c.actor.states.add(state)
                        k += n
                    phrase = " ".join(t.key for t in f.sent.toks[k:c.core]).casefold()
                    c.actor.titles.setdefault(phrase or title.text.casefold(), title.category)
                if nation:
                    c.actor.nations.add(nation)
            if _age_after(f.sent.toks, c.j):
                c.actor.aged = True
            tags = (party_tag_after(f.sent.toks, c.j), party_member_before(f.sent.toks, c.i))
            for state, party in filter(None, tags):
                c.actor.parties.add(party)  # "Ann Moss (R-Fla.)", "Florida Republican Ann Moss"
                if state is not None:
                    c.actor.states.add(state)
            name = _keys(c.actor.name)
            core_keys = tuple(t.key for t in f.sent.toks[c.core:c.j])
            if len(name) > 1 and core_keys == name[-1:]:
                c.actor.surname_used = True
            _place_evidence(f.sent.toks, c)
            for a, b in filter(None, (_appositive_after(f.sent.toks, c.j), _appositive_before(f.sent.toks, c.i))):
                if region(c.actor.name):
                    break  # "bishop emeritus of Lowmere, Austria,": a country or state is no office holder
                title = _role_title(f.sent.toks, a, b)
                if title is not None:
                    c.actor.titles.setdefault(title.text.casefold(), title.category)
                    c.actor.states.update(filter(None, (state_at(f.sent.toks, k)[1] for k in range(a, b))))
                    role = "".join(_join(f.sent.toks, a + (f.sent.toks[a].key.casefold() in _DETERMINERS), b))
                    if role not in c.actor.roles:
                        c.actor.roles.append(role)
    for a in registry:
        a.kind = decide(a)
    persons = [a for a in registry if a.person]
    for f in found:
        _add_roles(f, persons)
    _add_epithets(found)
    for f in found:
        _drop_appositive_roles(f)
    return registry, found


#: A definite description takes up a person named at most this many sentences before it (or in its own
#: sentence): Vieira & Poesio (2000) limit how far back a same-head antecedent is looked for (their
#: segmentation heuristic); beyond it, "the candidate" is as likely another candidate of the story.
MAX_EPITHET_GAP = 3


#: The ages news gives people in apposition ("Ann Moss, 34,"); a larger number set off by commas is
#: a year, a count or an address.
MAX_AGE = 120


def _age_after(toks: Sequence[_Tok], j: int) -> bool:
    """Is an age set off by commas right after a mention ending at ``toks[j - 1]`` ("Ann Moss, 34,")?
    News style gives a person's age so (AP Stylebook 2022, "ages"), and only a person's."""
    return j + 2 < len(toks) and toks[j].key == "," and toks[j + 2].key == "," and toks[j + 1].key.isdigit() \
        and 0 < int(toks[j + 1].key) <= MAX_AGE


def _add_epithets(found: list[_Found]) -> None:
    """Definite descriptions that name a person described before with the same head noun ("the
    banker" after "Tom Reed, a retired banker,"): role mentions, by :mod:`biaslab.actors.epithets`."""
    history: dict[str, list[tuple[_Actor | None, Epithet]]] = defaultdict(list)  # head -> (person, epithet)
    last_seen: dict[int, int] = {}  # id of an actor -> index of the last sentence that names it
    for n, f in enumerate(found):
        toks = f.sent.toks
        taken = {k for c in f.cands for k in range(c.i, c.j)}
        last_seen.update((id(c.actor), n) for c in f.cands)
        events: list[tuple[int, _Actor | None, Epithet]] = []  # (token, person or None: someone new, epithet)
        for c in f.cands:
            if c.resolution == "role" or not c.actor.person:
                continue
            span = _appositive_after(toks, c.j)
            if span is not None:
                taken.update(range(*span))  # the description itself is no later mention
            for epithet in (premodifier_epithet(toks, c.i), appositive_epithet(toks, *span) if span else None):
                if epithet is not None:
                    events.append((c.i, c.actor, epithet))
        if not history and not events:
            continue  # no person described yet: nothing a description could take up (most sentences)
        extra = []
        for i in range(len(toks)):
            if i in taken or toks[i].key.casefold() not in OPENERS:
                continue
            head = indefinite_at(toks, i)
            if head is not None:
                events.append((i, None, Epithet(head, frozenset())))
                continue
            found_at = definite_at(toks, i)
            if found_at is None or any(k in taken or _title_at(toks, k) is not None for k in range(i, found_at[0])):
                continue  # a title is a role noun of :func:`_add_roles`, held by exactly one person or none
            end, anaphor = found_at
            earlier = [(a, e) for k, a, e in events if k < i and e.head == anaphor.head]
            for actor, epithet in reversed(history[anaphor.head] + earlier):
                if actor is None:
                    break  # "a banker" came between: someone new
                if epithet.covers(anaphor) and n - last_seen.get(id(actor), -MAX_EPITHET_GAP - 1) <= MAX_EPITHET_GAP:
                    extra.append(_Cand(i, end, actor, "role", end))
                    break
        for k, actor, epithet in sorted(events, key=lambda e: e[0]):
            history[epithet.head].append((actor, epithet))
        if extra:
            f.cands = sorted([*f.cands, *extra], key=lambda c: c.i)


#: Words of tenure between "the" and a title ("the former defense secretary", "the then governor"):
#: the role noun still names whoever holds or held the title in the article.
_TENURE = frozenset({"former", "then", "current", "incoming", "outgoing"})


def _add_roles(f: _Found, persons: Sequence[_Actor]) -> None:
    """Role nouns not declared: ``the [nation] title`` held by exactly one person; ``the [state]
    title`` or ``the [state] Republican|Democrat|independent`` by exactly one person the text ties to
    that state (and party: :mod:`.states`)."""
    toks = f.sent.toks
    taken = {k for c in f.cands for k in range(c.i, c.j)}
    extra = []
    nations_first, titles_first = _nations_by_first(), _titles_by_first()
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        k, det = i, toks[i].key.casefold() in _DETERMINERS
        k += det
        if det and k < len(toks) and toks[k].key.casefold() in _TENURE:
            k += 1  # "the former defense secretary": the title still names its holder
        n, state = state_at(toks, k) if det else (0, None)  # "the Florida senator" (:mod:`.states`)
        k += n
        if k >= len(toks) or (state is None and toks[k].key not in nations_first and (
                not det or toks[k].key.casefold() not in titles_first)):
            i += 1  # neither "the" nor a nationality, or no title can start here: the common case
            continue
        n, nation = _nation_at(toks, k) if state is None else (0, None)
        k += n
        party = PARTY_NOUNS.get(toks[k].key.casefold()) if state is not None else None  # "the Ohio Republican"
        title = _title_at(toks, k) if party is None else None
        if (title is None and party is None) or not (det or nation):
            i += 1
            continue
        j = k + (1 if party else len(title.keys))
        span = set(range(i, j))
        following = toks[j] if j < len(toks) else None
        places = {p for c in f.cands if c.actor.kind is not None and c.actor.kind.kind == "place"
                  for p in range(c.i, c.j)} if state is not None else set()  # "Florida" in "the Florida senator"
        if span & (taken - places) or (following is not None and (
                following.tag.startswith("NN") or following.key == "'s" or (party and following.tag == "CC"))):
            # a noun after the role noun is its head ("the senator race"); a party noun before "and" an
            # adjective ("the Ohio Republican and Green caucuses")
            i += 1
            continue
        if state is not None:
            holders = [a for a in persons if state in a.states and (party in a.parties if party else _holds(a, title))]
        else:
            holders = [a for a in persons if _holds(a, title) and (nation is None or nation in a.nations)]
        if len(holders) == 1:
            extra.append(_Cand(i, j, holders[0], "role", j))
            if span & places:  # the state's name is part of the role noun, no mention of the place
                f.cands = [c for c in f.cands if not span & set(range(c.i, c.j))]
            taken |= span
            i = j
        else:
            i += 1
    if extra:
        f.cands = sorted([*f.cands, *extra], key=lambda c: c.i)


def _holds(actor: _Actor, title: _Title) -> bool:
    if title.category == "leader":
        return any(cat in _LEADER_CATEGORIES for cat in actor.titles.values())
    full = full_titles()
    office = full.get(title.text.casefold(), title.text.casefold())
    return any(t == office or t.endswith(" " + office) for t in (full.get(t, t) for t in actor.titles))
    # "commission president"; "the senator" for "Sen. Ann Moss"


def _place_evidence(toks: Sequence[_Tok], c: _Cand) -> None:
    """Count a bare mention (neither possessive nor modifying a noun) and whether a
    preposition of place precedes it ("near Raqqa")."""
    after = toks[c.j] if c.j < len(toks) else None
    if after is not None and (after.key in ("'s", "'") or (after.chunk == "I-NP" and after.tag.startswith("NN"))):
        return
    c.actor.bare += 1
    before = toks[c.i - 1].key.casefold() if c.i > 0 else None
    if before in LOCATIVE_PREPOSITIONS:
        c.actor.locative += 1
        c.actor.locative_words.add(before)


def _drop_appositive_roles(f: _Found) -> None:
    """A role noun in an appositive of a mention of the same actor (", the Russian
    leader," after Putin; "The mayor of Valencia," before Catalá) is a
    descriptor, not a second mention."""
    toks, cands = f.sent.toks, f.cands

    def inside(c: _Cand, span: tuple[int, int] | None) -> bool:
        return span is not None and span[0] <= c.i and c.j <= span[1]

    def described(c: _Cand) -> bool:
        return any(d is not c and d.actor is c.actor and d.resolution != "role"
                   and (inside(c, _appositive_after(toks, d.j)) or inside(c, _appositive_before(toks, d.i)))
                   for d in cands)

    f.cands = [c for c in cands if not (c.resolution == "role" and described(c))]


def _add_pronouns(found: list[_Found], persons: Sequence[_Actor], registry: Sequence[_Actor],
                  quotes: Sequence) -> None:
    """Resolve he/him/his/himself/she/her/hers/herself.

    A pronoun that is the speaker of a quotation the quotation finder credited
    to an actor (``speaker_resolution == "pronoun"``) is that actor. Any other
    pronoun takes, among the person actors whose gender does not contradict
    it (:func:`_gender`: "she" never goes to a "Ben" or a "Mr."), if it is he
    or she, the one person actor mentioned earlier in its sentence (the
    nearer sentence first, as recency ranks antecedents
    in Lappin & Leass 1994; not for him/her/his, which cannot be their own
    clause's subject: "Shoigu accompanied him"), else the one person
    mentioned earlier in its sentence or in the previous sentence (earlier
    pronouns included), and stays unresolved when there are none or several. Outside quotations only
    mentions outside quotations count: a name only quoted is not an
    antecedent of the writer's "he".
    """
    person_set = {id(a) for a in persons}
    by_name = {a.name: a for a in registry}
    spoken = {(q.speaker_start, q.speaker_end): by_name[q.speaker] for q in quotes
              if getattr(q, "speaker_resolution", None) == "pronoun" and getattr(q, "speaker", None) in by_name}
    held = SpanIndex(quotes)
    previous: list[tuple[_Actor, bool]] = []  # (person, named inside a quotation?) of the previous sentence
    gender: dict[int, str | None] = {}

    def fits(a: _Actor, need: str) -> bool:
        if id(a) not in gender:
            gender[id(a)] = _gender(a)
        return gender[id(a)] in (None, need)

    for f in found:
        f.pronouns = []
        toks = f.sent.toks

        def quoted(i: int, j: int) -> bool:
            return bool(held.holding(toks[i].start, toks[j - 1].end))

        taken = {k for c in f.cands for k in range(c.i, c.j)}
        here = [(c.i, c.actor, quoted(c.i, c.j)) for c in f.cands if id(c.actor) in person_set]
        resolved: list[tuple[int, _Actor, bool]] = []
        for i, tok in enumerate(toks):
            if i in taken or tok.key.casefold() not in PRONOUNS:
                continue
            inside = quoted(i, i + 1)
            actor = spoken.get((tok.start, tok.end))
            if actor is None:
                need = PRONOUN_FORM_GENDER[tok.key.casefold()]
                same = {id(a): a for k, a, q in [*here, *resolved] if k < i and (inside or not q) and fits(a, need)}
                window = same if len(same) == 1 and tok.key.casefold() in _SUBJECT_FORMS \
                    else {id(a): a for a, q in previous if (inside or not q) and fits(a, need)} | same
                actor = next(iter(window.values())) if len(window) == 1 else None
            f.pronouns.append((i, actor))
            if actor is not None:
                resolved.append((i, actor, inside))
        previous = [(a, q) for _, a, q in [*here, *resolved]]


def _gender(actor: _Actor) -> str | None:
    """"m", "f" or None (unknown) for a person actor: an honorific or gendered role noun among its
    titles and role appositions ("Mrs.", "spokeswoman"), else its first name by the census lists
    (:func:`biaslab.quotes.people.first_name_gender`, through the person's full name)."""
    for words in (*actor.titles, *actor.roles):
        g = text_gender(words)
        if g is not None:
            return g
    return name_gender(actor.name)


def _mentions(text: str, found: list[_Found], quotes: Sequence) -> dict[str, list[tuple]]:
    """``{actor name: [(Mention, sentence, candidate or None, (first token, end token))]}``.

    The parse of a sentence without mentions is released here (``f.sent = None``): nothing after
    this reads it, and a long text then holds only the parses the tone step still needs (a quarter
    to a third of the sentences of news text name no actor; memory, issue 15)."""
    held = SpanIndex(quotes)
    out: dict[str, list] = defaultdict(list)
    for f in found:
        toks = f.sent.toks
        items = [(c.i, c.j, c.actor, c.resolution, c) for c in f.cands]
        items += [(i, i + 1, a, "pronoun", None) for i, a in f.pronouns if a is not None]
        if not items:
            f.sent = None
            continue
        for i, j, actor, res, cand in sorted(items, key=lambda x: x[0]):
            a, b = toks[i].start, span_end(toks, j)
            inq = bool(held.holding(a, b))
            words = toks[i].text if j - i == 1 else text[a:b]  # one word: the token's own string (issue 15)
            out[actor.name].append((Mention(a, b, words, actor.name, res, inq, f.sent.index), f, cand, (i, j)))
    return out


def find_mentions(text: str, sentences: Sequence | None = None, *,
                  declared: Mapping[str, Sequence[str]] | None = None, detect: bool = True,
                  quotes: Sequence = (), parsed: Parse | None = None) -> list[Mention]:
    """All actor mentions in ``text``, in text order, never overlapping.

    ``declared``: ``{name: aliases}``; ``detect``: also find undeclared people
    and organisations; ``quotes``: quotations (objects with ``start``/``end``;
    :class:`biaslab.quotes.Quote` from :func:`biaslab.quotes.find_quotes` with
    the same ``declared``) used to set ``in_quote``, to keep names inside
    quotations from being the writer's pronouns' antecedents, and to resolve
    a pronoun speaker the way the quotation finder did; ``parsed``: the
    :func:`biaslab.clauses.parse` of ``text``, when the caller has it.
    """
    sents = _tag(text, parsed if parsed is not None else split_sentences(text) if sentences is None else sentences)
    quotes = list(quotes)
    _, found = _resolve(sents, declared or {}, detect, quotes)
    table = _mentions(text, found, quotes)
    return sorted((m for rows in table.values() for m, *_ in rows), key=lambda m: m.start)
