"""Per-call state of :func:`~biaslab.quotes.find_quotes`: the parse, quotation spans, people, speaker resolution.

A speaker phrase is a noun phrase of the clause layer (:mod:`biaslab.clauses`).
It resolves (step 4 of the package docstring) to the actor named by a
mention that covers the phrase's head ("US Defense Secretary Jim Mattis" →
Jim Mattis; "Putin’s spokesman" is headed by "spokesman", so not Putin); a
common-noun phrase with a name in apposition is that name ("A spokesman for
the Kremlin, Dmitry Peskov,"), as is a capitalised office that names no person
("Dover County Director of Schools, Tom Reed,"); he/she resolve to the nearest compatible
person before them (:mod:`.people`); anything else stays the phrase as
written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..clauses import Link, NounPhrase, Parse, ParsedSentence, Token
from ..clauses.chunks import CLOSING_MARKS
from ..census import surnames
from ..morphology import agent_noun
from ..segmentation import SpanIndex
from .names import ActorIndex, mention_key
from .model import ADVERBIAL_OPENERS, SUBORDINATE_OPENERS
from .verbs import reporting_verb
from .people import (
    HONORIFICS, KIN_NOUNS, PRONOUN_FORM_GENDER, PRONOUN_GENDER, PersonMention, Pronouns, _Candidate,
    first_name_gender, genders, name_gender, pronoun_votes, stated_gender,
)


#: Object pronouns that are the subject of a controlled infinitive ("led her to declare"), read as he/she.
_OBJECT_FORMS = {"him": "he", "her": "she"}
#: What follows the name in the signature of an embedded social-media post ("— Ann Moss (@amoss) May 2,
#: 2018"): the poster of an item quoted in the article, no actor of its sentences, so no antecedent
#: of the writer's he/she.
_POST_SIGNATURE = re.compile(r"\s*\(@\w")
#: How many sentences before "it" the subject it resumes may stand (:meth:`Context._it_speaker`): a
#: sentence without a subject outside quotations (a quotation alone) is passed over, up to this many.
MAX_IT_SENTENCES = 2
#: Longest mention looked back over when finding the one that covers a phrase head: a long name with
#: its title ("Russian Deputy Foreign Minister Sergei Ryabkov" has 45 characters).
_LONGEST_MENTION = 200


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the actor name (or the phrase as written), the
    offsets of the words that name it, and how it was resolved."""

    name: str
    start: int
    end: int
    resolution: str


class Context:
    """Per-call state: the text, its parse, the quotation spans and the people named."""

    def __init__(self, text: str, parsed: Parse, actors: ActorIndex, quotes: list[tuple[int, int]],
                 people: Sequence[PersonMention] | None):
        self.text = text
        self.parsed = parsed
        self.actors = actors
        self.quotes = quotes            # (start, end) of every quotation, marks included
        self._starts: dict[int, list[int]] = {}
        if people is None:
            people = self._declared_people()
        self.people = sorted((m if m.quoted == self.inside_quote(m.start) else replace(m, quoted=not m.quoted)
                              for m in people), key=lambda m: m.start)
        self._people_starts = [m.start for m in self.people]
        self.named: list[PersonMention] = []  # people named by first name or honorific, not actors
        self.resolved: dict[int, str | None] = {}  # offset of a he/she subject -> the person it resolves to
        self._resolver: Pronouns | None = None

    @property
    def pronouns(self) -> Pronouns:
        """The pronoun resolver, built on first use (most texts need it for a few quotations only)."""
        if self._resolver is None:
            self._resolver = self._pronouns()
        return self._resolver

    # -- positions ------------------------------------------------------------------------------
    def sentence_at(self, pos: int) -> ParsedSentence | None:
        return self.parsed.sentence_at(pos)

    def token_at(self, s: ParsedSentence, pos: int) -> int:
        """Index of the token of ``s`` that holds (or last starts before) offset ``pos``."""
        starts = self._starts.get(s.index)
        if starts is None:
            starts = self._starts[s.index] = [t.start for t in s.tokens]
        return bisect_right(starts, pos) - 1

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1]

    # -- people ---------------------------------------------------------------------------------
    def _declared_people(self) -> list[PersonMention]:
        """Mentions of the declared actors, when no people were passed in."""
        out = []
        if self.actors.pattern is None:
            return out
        for m in self.actors.pattern.finditer(self.text):
            hit = self.actors.lookup.get(mention_key(m.group()))
            if hit:
                out.append(PersonMention(m.start(), m.end(), hit[0], hit[1], hit[0] in self.actors.persons,
                                         self.inside_quote(m.start())))
        return out

    def _pronouns(self) -> Pronouns:
        """The pronoun resolver: persons named outside quotations, by sentence, with their gender
        evidence (actors the actor layer does not call persons count when their name starts with a
        census first name, "Matt Smith" named once, or when they are of kind ``other`` and the
        subject of a reporting verb somewhere: "Bob said", "Jeb Bush told CNN", or named right after a
        lower-case agent noun: "news anchor Ilka Vardo", :meth:`_occupation_before`; never a place,
        organisation or group, "Long Island", nor a name whose last word the tagger reads as a plural,
        "Dover Democrats": :meth:`_plural`); also people named by a capitalised census first name
        or an honorific in a phrase of two words or more that the actor layer did not make actors
        ("Bob Lee", "Mr. Ortiz"; not "an early May"), or by such a first name alone in apposition to a
        kinship noun ("Her father, Brad, 69,"), under the phrase as written (:attr:`named`). The name in an
        embedded post's signature ("— Ann Moss (@amoss) May 2, 2018") is no candidate."""
        salience: dict[int, tuple[bool, bool, bool, bool]] = {}
        for m in self.people:
            if m.quoted or m.resolution == "pronoun":
                continue
            s = self.parsed.sentence_at(m.start)
            if s is not None:
                salience[m.start] = self._mention_salience(s, self.token_at(s, m.start),
                                                           self.token_at(s, m.end - 1) + 1)
        speaking = {m.name for m in self.people if salience.get(m.start, (False, False))[1]} | self._named_speakers()
        persons = [m for m in self.people if m.start in salience and not self._post_signature(m.start, m.end)
                   and (m.person or (m.kind in (None, "other") and not self._plural(m)
                                         and (name_gender(m.name) or (m.kind == "other" and m.name in speaking)
                                              or self._occupation_before(m))))]
        taken = SpanIndex(self.people)
        for s in self.parsed.sentences:
            for p, np in enumerate(s.phrases):
                if np.kind != "proper" or np.outer is not None or taken.overlapping(np.start, np.end) \
                        or self._post_signature(np.start, np.end):
                    continue
                first = s.tokens[np.first]
                if first.text[:1].isupper() and not self.inside_quote(np.start) and (
                        ((first_name_gender(first.text) is not None or first.key.lower() in HONORIFICS)
                         and (np.last - np.first > 1 or self._renames_kin(s, p)))
                        or self._surname_speaker(s, p)):
                    found = PersonMention(np.start, np.end, np.text, "phrase", True, False)
                    persons.append(found)
                    self.named.append(found)
        votes, own_votes = pronoun_votes(self.parsed, persons, self.inside_quote)
        gender = genders(self.text, persons, own_votes)
        for name, g in votes.items():
            if gender.get(name) is None:
                gender[name] = g
        candidates = []
        for m in persons:
            s = self.parsed.sentence_at(m.start)
            found = salience.get(m.start)
            if found is None:  # a person named by first name or honorific (:attr:`named`)
                i, j = self.token_at(s, m.start), self.token_at(s, m.end - 1) + 1
                found = self._mention_salience(s, i, j)
            candidates.append(_Candidate(s.index, m.end, m.name, *found,
                                         stated=stated_gender(self.text, m.start, m.end, m.name)))
        resolver = Pronouns(gender, candidates)
        named_by = {}  # sentence -> where its first person named ends
        for c in candidates:
            named_by[c.sentence] = min(named_by.get(c.sentence, c.end), c.end)
        # every he/she subject outside quotations, in text order, is resolved and is then a mention of
        # its person for the pronouns after it ("Khan said … He says … “…,” he told" stays with Khan)
        for s in self.parsed.sentences:
            for p, np in enumerate(s.phrases):
                head = s.tokens[np.head]
                if np.kind != "pronoun" or head.key.lower() not in PRONOUN_GENDER or self.inside_quote(head.start):
                    continue
                subject, speaker, main, _ = self._salience(s, p)
                if not subject:
                    continue
                first = self._pronoun_first(s, head, named_by.get(s.index)) if main else None
                pos = self._quoted_before(s, np.first) if first is None else first.start
                name = resolver.resolve(head.key, head.start if pos is None else pos, s.index)
                self.resolved[head.start] = name
                if name is not None:
                    resolver.add(s.index, head.end, name, speaker=speaker, main=main,
                                 stated=PRONOUN_GENDER[head.key.lower()])
        return resolver

    def _quoted_before(self, s: ParsedSentence, k: int) -> int | None:
        """Where the first quotation of sentence ``s`` opens, when token ``k`` (a pronoun) stands right
        after a closing quotation mark (past a comma: "“…” — that Diaz is a nanny — “…,” he says"),
        else None. A name between that opening and the pronoun is quoted, or in the writer's insertion
        between two fragments of the quotation, which glosses the quoted words: no antecedent of the
        pronoun that credits them (as a name inside the marks is none)."""
        toks = s.tokens
        b = k - 1
        while b >= 0 and toks[b].key == ",":
            b -= 1
        if b < 0 or toks[b].key not in CLOSING_MARKS or not self.inside_quote(toks[b].start):
            return None
        k = bisect_right(self.quotes, (s.start, -1))  # the first quotation opening in the sentence
        return self.quotes[k][0] if k < len(self.quotes) and self.quotes[k][0] < toks[b].start else None

    def _pronoun_first(self, s: ParsedSentence, head: Token, named: int | None) -> Token | None:
        """The first his/him/her (a form of :data:`PRONOUN_FORM_GENDER`) of the gender of the main
        clause's subject pronoun ``head`` in its sentence, outside quotations, when it comes before
        ``head`` and before every person named in the sentence: the subject pronoun then refers to whom
        that one does ("Pressed on her own plans if Moss runs, she replied": "she" is whom "her" is,
        not Moss). Hobbs (1978) searches the pronoun's sentence left to right and meets that pronoun
        first; it refers back past the sentence, and so does the subject pronoun. (Where a name is the
        main clause's subject, "Asked about her plans, Moss said she …", the opening phrase's "her" may
        refer forward to it, so the caller asks only for a main clause's subject pronoun.) ``named``:
        where the sentence's first person named ends (None: it names nobody). Else None."""
        need = PRONOUN_GENDER[head.key.lower()]
        for t in s.tokens:
            if t.start >= head.start or (named is not None and t.start >= named):
                return None
            if PRONOUN_FORM_GENDER.get(t.key.lower()) == need and not self.inside_quote(t.start):
                return t
        return None

    def _named_speakers(self) -> set[str]:
        """Actors named by the subject of a reporting verb outside quotations: the actor its head
        names, or the actor whose name closes it ("said master of ceremonies Omid Farrahi": the chunker
        reads a title with an "of" complement as the phrase, headed by "master")."""
        out = set()
        for s in self.parsed.sentences:
            for x in s.links:
                np = s.phrases[x.phrase]
                if x.role == "subject" and np.kind != "pronoun" and not self.inside_quote(np.start) \
                        and reporting_verb(s.tokens[s.verbs[x.verb].main].key) is not None:
                    who = self.speaker(s, x.phrase)
                    if who.resolution in ("name", "alias"):
                        out.add(who.name)
                    else:  # a name that closes the phrase ("master of ceremonies Omid Farrahi")
                        m = self._mention_at(np.end - 1, np.end)
                        if m is not None and np.start <= m.start and m.end == np.end:
                            out.add(m.name)
        return out

    @staticmethod
    def _surname_speaker(s: ParsedSentence, p: int) -> bool:
        """Is phrase ``p`` one capitalised word that is a common census surname (at least
        :data:`~biaslab.actors.kinds.COMMON_SURNAME` %: "Cruz", "Moss") and the subject of a reporting
        verb ("Cruz openly admitted …")? The actor layer makes a one-word name an actor only when it
        recurs or has a title; named once as a speaker, it is a person for the he/she after it."""
        from ..actors.kinds import COMMON_SURNAME  # the actor layer imports this one: import when called
        np = s.phrases[p]
        word = s.tokens[np.first]
        return np.last - np.first == 1 and np.kind == "proper" and word.text.isalpha() and not word.text.isupper() \
            and surnames().get(word.key.lower(), 0.0) >= COMMON_SURNAME \
            and any(x.phrase == p and x.role == "subject" and reporting_verb(s.tokens[s.verbs[x.verb].main].key)
                    is not None for x in s.links)

    @staticmethod
    def _renames_kin(s: ParsedSentence, p: int) -> bool:
        """Is phrase ``p`` in apposition to a phrase headed by a kinship noun ("Her father, Brad, 69,
        stood", "his wife, Jane, sat")? News names a relative by first name alone, and the
        kinship noun makes the name a person's."""
        return s.phrases[p].appositive and any(
            np.apposition == p and np.kind == "common" and s.tokens[np.head].key.lower() in KIN_NOUNS
            for np in s.phrases)

    def _occupation_before(self, m: PersonMention) -> bool:
        """Is mention ``m`` a name of two words or more right after a lower-case agent noun ("news anchor
        Ilka Vardo", "psychologist Jane Roe")? An occupational description before a name is
        lower case in news copy (AP Stylebook, "titles": "astronaut John Glenn"), and an agent noun
        (:func:`biaslab.morphology.agent_noun`) names a person: the name is a person's even when its
        first name is not in the census lists."""
        s = self.parsed.sentence_at(m.start)
        i = self.token_at(s, m.start)
        if i <= 0 or len(m.name.split()) < 2:
            return False
        before = s.tokens[i - 1]
        return before.tag == "NN" and agent_noun(before.key)

    def _post_signature(self, start: int, end: int) -> bool:
        """Is the name at ``text[start:end]`` an embedded post's signature or its handle: a handle in
        brackets right after it (:data:`_POST_SIGNATURE`), or the name is the handle ("@amoss")?"""
        return _POST_SIGNATURE.match(self.text, end) is not None or self.text[start - 1:start] == "@"

    def _plural(self, m: PersonMention) -> bool:
        """Whether the tagger reads the last word of mention ``m`` as a plural noun ("Democrats",
        "Girl Scouts"), or ``m`` is one word ending in -s whose singular the article also writes
        ("Latinos" beside "Latino", "Caucasians" beside "Caucasian"): he/she agree in number with their
        antecedent (Lappin & Leass 1994's agreement filter), so such a name, when nothing else makes
        it a person, is no candidate."""
        s = self.parsed.sentence_at(m.start)
        if s.tokens[self.token_at(s, m.end - 1)].tag in ("NNS", "NNPS"):
            return True
        word = m.name
        return len(word) > 3 and word.endswith("s") and word.isalpha() \
            and re.search(rf"\b{word[:-1]}\b", self.text) is not None

    def _mention_salience(self, s: ParsedSentence, i: int, j: int) -> tuple[bool, bool, bool, bool]:
        """:meth:`_salience` of the phrase a mention of tokens ``i:j`` stands for; a name that heads no
        phrase but premodifies one after its determiner ("the Reed plant", "a Reed aide") is nested in
        it: Lappin & Leass's head-noun emphasis goes to the head, not to its modifier. Without a
        determiner ("Reed talks about …") the tagger's reading of a verb as a plural noun is as likely."""
        p = s.phrase_for(i, j)
        outer = s.phrase_at(i)
        if p is None and outer is not None and s.phrases[outer].first < i \
                and s.tokens[s.phrases[outer].first].tag in ("DT", "PRP$"):
            return False, False, False, True
        return self._salience(s, p)

    def _salience(self, s: ParsedSentence, p: int | None) -> tuple[bool, bool, bool, bool]:
        """(subject, speaker, main, nested) of phrase ``p``: the subject of a verb group, of a
        reporting one, in a main clause (not opened by a subordinator or relative word, not the
        subject of a complement clause right after a verb: "said he pursued it because Lynch
        agreed"; a phrase opening the sentence with a relative clause set off by commas after it is
        the main clause's subject, :func:`_opens_with_aside`); nested inside another noun phrase (a
        possessor or complement: "Roe's aide"; for a premodifier see :meth:`_mention_salience`), or
        a phrase other than a subject in an adverbial
        clause that opens the sentence ("When the talk turned to Diaz, “…,” he said": Lappin &
        Leass's adverbial phrase lacks the non-adverbial emphasis, so such a name ranks with nested
        ones), or the person an opening "Like" or "Unlike" compares (:data:`_COMPARISON`). A phrase in
        apposition that is no subject
        itself has the roles of the phrase it renames ("Reed's lawyer, Ian Cole, said …": Cole
        speaks, and a "he said" after it is his turn), and a name has those of a relative clause
        after its apposition ("Sen. Jane Hale, the senior member, who said …")."""
        if p is None:
            return False, False, False, False
        links = [k for k in s.links if k.phrase == p and k.role == "subject"]
        if not links and s.phrases[p].appositive:  # "Reed's lawyer, Ian Cole, said": the subject it renames
            p = next((q for q, np in enumerate(s.phrases) if np.apposition == p), p)
            links = [k for k in s.links if k.phrase == p and k.role == "subject"]
        if not links and s.phrases[p].apposition is not None:  # "… by Sen. Jane Hale, the senior member,
            links = [k for k in s.links  # who said": her description's relative clause is hers
                     if k.phrase == s.phrases[p].apposition and k.role == "subject" and k.rule == "relative"]
        if not links and _opening_object(s, p, _VIEWPOINT):
            return True, False, True, False
        if not links:
            return False, False, False, s.phrases[p].outer is not None or in_opening_adverbial(s, s.phrases[p].first) \
                or _opening_object(s, p, _COMPARISON)
        speaker = any(_speaks(s, k.verb) for k in links)
        np = s.phrases[p]
        before = s.tokens[np.first - 1] if np.first else None
        main = (links[0].rule != "relative" or any(k.rule not in _CLAUSE_BOUND for k in links)
                or _opens_with_aside(s, np)) and not (
            before is not None and (before.key.lower() in SUBORDINATE_OPENERS or before.tag[:2] == "VB"))
        return True, speaker, main, False

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        """People named in ``text[start:end]`` outside quotations, in text order (actors, and the
        people named by a first name or honorific that are not actors)."""
        self.pronouns  # noqa: B018 - finds the people named by first name or honorific
        k = bisect_right(self._people_starts, start - 1)
        out = []
        while k < len(self.people) and self.people[k].start < end:
            m = self.people[k]
            if m.end <= end and not m.quoted and m.resolution != "pronoun":
                out.append(m)
            k += 1
        out += [m for m in self.named if start <= m.start and m.end <= end]
        return sorted(out, key=lambda m: m.start)

    def _mention_at(self, start: int, end: int) -> PersonMention | None:
        """The person mention that covers ``text[start:end]`` (a phrase head); mentions never
        overlap, so only those starting at most :data:`_LONGEST_MENTION` characters before count."""
        k = bisect_right(self._people_starts, start) - 1
        while k >= 0 and self.people[k].start >= start - _LONGEST_MENTION:
            m = self.people[k]
            if m.start <= start and end <= m.end:
                return m
            k -= 1
        return None

    # -- speakers -------------------------------------------------------------------------------
    def speaker(self, s: ParsedSentence, p: int) -> Speaker:
        """The speaker named by phrase ``p`` of sentence ``s`` (see the module docstring)."""
        np = s.phrases[p]
        toks = s.tokens
        if np.apposition is not None and s.phrases[np.apposition].kind == "proper" and (
                np.kind == "common" or self._renamed_person(s, np)):
            np = s.phrases[np.apposition]  # "a spokesman for the Kremlin, Dmitry Peskov,"; "Dover County
            #                                Director of Schools, Tom Reed,"
        if np.conjuncts:
            first, last = s.phrases[np.conjuncts[0]], s.phrases[np.conjuncts[-1]]
            a, b = toks[first.first].start, toks[last.last - 1].end
            return Speaker(self.text[a:b], a, b, "phrase")
        head = toks[np.head]
        if np.kind == "pronoun":
            word = head.text
            if word.lower() in _OBJECT_FORMS:  # an object made subject by control: "led her to declare"
                word = _OBJECT_FORMS[word.lower()]
            name = None
            if word.lower() in PRONOUN_GENDER:
                resolver = self.pronouns
                name = self.resolved[head.start] if head.start in self.resolved else \
                    resolver.resolve(word, head.start, s.index)
            if name is not None:
                return Speaker(name, head.start, head.end, "pronoun")
            body = self._it_speaker(s, p) if word.lower() == "it" else None
            if body is not None:
                return Speaker(body, head.start, head.end, "pronoun")
            return Speaker(word, head.start, head.end, "phrase")
        found = self._mention_at(head.start, head.end)
        if found is not None and found.resolution != "pronoun":
            return Speaker(found.name, np.start, np.end, found.resolution)
        return Speaker(np.text, np.start, np.end, "phrase")

    def _renamed_person(self, s: ParsedSentence, np: NounPhrase) -> bool:
        """Is capitalised phrase ``np`` no person's name ("Dover County Director of Schools") while
        its apposition names a person ("…, Tom Reed,")? The office is then the person's description."""
        def person(phrase: NounPhrase) -> bool:  # an actor, or a name by census first name (as :attr:`named`)
            head = s.tokens[phrase.head]
            m = self._mention_at(head.start, head.end)
            if m is not None:
                return m.person
            return phrase.kind == "proper" and phrase.last - phrase.first > 1 \
                and first_name_gender(s.tokens[phrase.first].text) is not None
        return not person(np) and person(s.phrases[np.apposition])

    def _it_speaker(self, s: ParsedSentence, p: int) -> str | None:
        """The body that "it", phrase ``p`` of ``s``, resumes: the subject of the first finite verb of the
        nearest sentence that has one (its own before "it", or one of the :data:`MAX_IT_SENTENCES`
        before, in its paragraph or the one before), when that subject names a body: an organisation
        or outlet actor, or a common noun phrase headed by a body's head word ("the health ministry",
        "the staff association": ``data/actor_heads.csv``). Anything else there (a person, a
        pronoun, a thing) leaves "it" as written, as the nearest subject is what a pronoun subject
        resumes (Hobbs 1978): "The ministry said … . “…,” it said" → the ministry. The subject of
        "read" is a text, not a body ("The council sent a letter. “…,” it reads"): left as written."""
        from ..actors.kinds import head_word  # the actor layer imports this one: import when called
        if any(x.phrase == p and x.role == "subject" and s.verbs[x.verb].lemma == "read" for x in s.links):
            return None
        pos = s.phrases[p].start
        for k in range(s.index, max(-1, s.index - MAX_IT_SENTENCES - 1), -1):
            sent = self.parsed.sentences[k]
            if sent.paragraph < s.paragraph - 1:
                break
            found = [x for x in sent.links if x.role == "subject" and sent.verbs[x.verb].finite
                     and (k < s.index or sent.phrases[x.phrase].end <= pos)
                     and not self.inside_quote(sent.phrases[x.phrase].start)]
            if not found:
                continue
            first = min(found, key=lambda x: sent.phrases[x.phrase].start)
            np = sent.phrases[first.phrase]
            head = sent.tokens[np.head]
            m = self._mention_at(head.start, head.end)
            if m is not None and m.kind == "organisation":
                return m.name
            body = head_word(head.text.capitalize())
            if m is None and np.kind == "common" and body is not None and body[0] in ("organisation", "news_outlet"):
                return np.text
            if m is None and self._text_speaker(sent, first):
                return np.text
            return None
        return None

    @staticmethod
    def _text_speaker(s: ParsedSentence, link: Link) -> bool:
        """Is subject ``link`` of ``s`` a singular common noun phrase that is no person's (not an office
        or agent noun: :func:`office`, :func:`~biaslab.morphology.agent_noun`)
        and the subject of a reporting verb ("an official statement released on Monday said", "the
        report says"): a text that "it" can resume ("“…,” it said")?"""
        np = s.phrases[link.phrase]
        head = s.tokens[np.head]
        return np.kind == "common" and head.tag == "NN" and not np.conjuncts and not office(s, link.phrase) \
            and not agent_noun(head.key.lower()) \
            and reporting_verb(s.tokens[s.verbs[link.verb].main].key) is not None


#: Link rules that keep a subject in the clause of its first link: a relative clause's subject stays
#: a relative clause's through the verbs coordinated with or controlled by its verb ("an adviser to
#: Tom Reed who helped draft a plan … and cast him as …"); a "left" or "inverted" link after the relative
#: clause makes it a main clause's subject ("Diaz, who is retiring, ducked …").
_CLAUSE_BOUND = frozenset({"relative", "coordinated", "controlled"})
#: Prepositions of an adjunct of point of view ("To Tom Reed, the plan is a stunt.", "For Ann Moss,
#: …"): it names whose view the sentence gives (Quirk et al. 1985 §8.100), so its person is what the
#: sentence is about, ranked as a main clause's subject for he/she.
_VIEWPOINT = frozenset({"to", "for"})
#: Prepositions of a comparison adjunct ("Like Omar Diaz, he starts at dawn"): the person compared
#: is not the one the sentence is about (Quirk et al. 1985 §8.79), so for he/she it ranks with nested names.
_COMPARISON = frozenset({"like", "unlike"})


def _speaks(s: ParsedSentence, v: int) -> bool:
    """Is verb group ``v`` a reporting verb used of speech, not of a thing it acts on: no common noun
    phrase as its object right after it ("Reed is exposing the logic of the plan", "Moss cited the
    audit") unless the verb's object is its hearer ("told reporters")?"""
    rv = reporting_verb(s.tokens[s.verbs[v].main].key)
    if rv is None:
        return False
    at = s.verbs[v].last
    return rv.hearer or not any(x.verb == v and x.role == "object" and s.phrases[x.phrase].first == at
                                and s.phrases[x.phrase].kind == "common" for x in s.links)


def _opens_with_aside(s: ParsedSentence, np: NounPhrase) -> bool:
    """Does ``np`` open its sentence (after a coordinator at most) with a non-restrictive relative
    clause after it ("Diaz, who is retiring, ducked …")? Such a phrase is the main clause's
    subject even where the links cannot reach its verb past a long insertion: a relative clause set
    off by commas comments on a phrase of the main clause (Quirk et al. 1985 §17.3), and the phrase
    opening a declarative sentence is its subject."""
    toks = s.tokens
    first = 1 if toks[0].tag == "CC" else 0
    return np.first == first and np.last + 1 < len(toks) and toks[np.last].key == "," \
        and toks[np.last + 1].key.lower() in ("who", "whose")


def _opening_object(s: ParsedSentence, p: int, prepositions: frozenset[str]) -> bool:
    """Is phrase ``p`` the whole object of one of ``prepositions`` that opens the sentence, before a
    comma (:data:`_VIEWPOINT`, :data:`_COMPARISON`)?"""
    np = s.phrases[p]
    toks = s.tokens
    return np.first == 1 and np.outer is None and toks[0].key.lower() in prepositions \
        and np.last < len(toks) and toks[np.last].key == ","


def office(s: ParsedSentence, p: int) -> bool:
    """Does phrase ``p`` of ``s`` have an office or role noun of the actor layer's titles as its head
    (``data/actor_titles.csv``: "the Florida senator", "the city's mayor")?"""
    from ..actors.titles import office_nouns  # the actor layer imports this package: imported when used
    return s.tokens[s.phrases[p].head].key.lower() in office_nouns()


def in_opening_adverbial(s: ParsedSentence, i: int, inside_quote=None) -> bool:
    """Does token ``i`` lie in an adverbial clause that opens sentence ``s`` (its opener of
    :data:`~biaslab.quotes.model.ADVERBIAL_OPENERS` after coordinators, adverbs or quotation marks:
    "When the talk turned to Diaz,", "When Reed said he would …"), with no comma between the opener and
    ``i`` (outside quotations, when ``inside_quote(offset)`` is given)?"""
    toks = s.tokens
    k = 0
    while k < i and (toks[k].tag in ("CC", "RB", '"', "``") or toks[k].key in ("“", "‘")):
        k += 1
    if k >= i or toks[k].key.lower() not in ADVERBIAL_OPENERS:
        return False
    return not any(t.key == "," and not (inside_quote and inside_quote(t.start)) for t in toks[k + 1:i])
