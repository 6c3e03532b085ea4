"""Subject, object and agent links, built on the chunks with a few documented rules.

Pattern's relation finder is not bundled with TextBlob, so the links are read
off the noun phrases and verb groups of :mod:`.chunks`, verb group by verb
group from left to right. Quotation marks, colons, semicolons and brackets
are hard boundaries: no link crosses one, so a phrase inside a quotation is
never the subject of a verb outside it.

Subject of a verb group, first rule that applies (``Link.rule``):

* ``"left"`` — the phrase that ends right before the group, past adverbs
  ("Putin also said"), an intensifier ("Putin himself said"), a floating
  quantifier ("the two papers each called"), a time ("Putin
  earlier Thursday said", "The ministry three days ago said") and a
  bracketed aside ("Kasich (R-OH), said"). Past
  up to :data:`MAX_INSERTIONS` comma- or
  dash-delimited insertions when each is an appositive phrase (with
  prepositional phrases but no verb: ", a Democrat from the Elmridge
  district,"), a prepositional phrase without a finite verb (", during a meeting in
  Columbus, Ohio,", ", in an effort to explain the delay,", ", in 2008,"), a number (an age: ", 65,"), adverbs, a participle
  clause (an irregular past that is also the participle counts: ", sent to
  Reed,"), also after adverbs (", clearly frustrated,") and with a complement
  clause of its own (", alleging that Diaz wanted a vote,"),
  or a relative clause opening with who/which/whose/whom ("Putin, who flew
  in, said" → Putin); an insertion may hold one quotation opened and closed
  inside it, its closing comma inside the marks too ("Moss, who called the plan
  “a scam,” said" → Moss; "The memo, titled “Harbor Lights”, said" → the memo). A phrase that is the object of a preposition after a
  noun is passed over for the phrase before the preposition ("the spokesman
  in Moscow said", "Putin on Monday said", "Ann Moss (D-Vt.) on Monday said"), and so is a state
  written after such a place and a comma ("students in Dover, Ohio said" → students:
  :func:`_state_of_place`); after a verb, a comma or a
  subordinator ("that", "because", "after" …) the phrase is the subject
  ("said the party establishment had erred": "the party establishment" is the
  subject of "had erred", and "X" of "said"); a phrase right after a finite verb is that verb's
  object, never the subject found past insertions ("Moss, who lost her son in Dover, Ohio, in
  2012, said": not "her son"); an apposition whose relative clause ends in such an object is an
  insertion too ("Hale, the Dover lawyer who heads the Harbor Board, which sets the fees,
  said" → Hale); a description in apposition to a name that opens the clause, its closing comma
  missing before the verb, gives way to the name ("Ezeh, a spokesman for the mayor said" → Ezeh;
  not a parenthetical attribution that a comma closes: "Ezeh, an aide says, remains …").
* ``"relative"`` — the group opens a relative clause (who/which/that right
  before it, or before an insertion before it: "Hale, who, after a row with
  Reed, said") after a phrase: that phrase ("Putin, who flew in"; also past an additive adverb:
  "Putin too, who", :data:`_ADDITIVE`; a restrictive
  "who" after a preposition's object that is a common noun and no agent noun
  goes up to the noun the preposition follows: "critics on the radio who say"
  → critics, :func:`biaslab.morphology.agent_noun`; a restrictive "who" after a name
  that "from", "in" or "at" takes after a person noun goes up to that noun: "a
  delegate from Ohio who wore a hat" → a delegate); or a
  restrictive relative clause without commas (who/which/that …) or a
  participle clause ("stationed in Syria") lies between the group and a
  phrase ("The man who flew in from Moscow said" → the man; "the troops
  stationed in Syria would leave" → the troops; "A statement released after
  the meeting said" → the statement: "after" right after a participle, with no
  finite verb before it, is a preposition, not a clause opener, since a clause
  "after the meeting said …" would leave no main verb); and the phrase ``"left"``
  finds is passed over for the antecedent when it is the object of a
  restrictive relative clause's verb ("Teachers who backed the plan said" →
  Teachers), also of its infinitive of purpose ("An aide who came in private to
  describe the talks said" → An aide), unless that verb mostly
  takes a clause ("People who think the plan failed":
  :data:`~biaslab.clauses.chunks.CLAUSE_TAKING`).
* ``"coordinated"`` — "and"/"but" right before the group: the subject of the
  nearest earlier group of the sentence that has one (passing over a group
  of a complement clause, "observed that Monday could have been … and
  quoted" → the subject of "noted", also one without "that" after a verb
  that mostly takes a clause: "Moss thinks the plan failed and wants" →
  Moss; not of an adverbial clause: "when Reed lamented … and criticized" →
  Reed), across a quotation but not across a colon, semicolon or bracket
  ("Biden called it a deal and said"; "Smith called the bill “a big deal”
  and said").
* A participle right after "with" + a phrase (past adverbs: "with Moss
  recently promising"; past its prepositional phrases: "with the office of
  the mayor from Dover saying") takes that phrase, or the
  coordinated phrases ("with Sen. Ada Moss calling it …", "with marchers and
  spectators chanting …"), by rule ``"left"``; so does a participle right
  after a name or pronoun that complements a picture noun ("footage of Ann
  Moss saying": :data:`_DEPICTIONS`).
* ``"absolute"`` — a participle right after a phrase that follows a comma,
  dash or semicolon takes that phrase (an absolute clause: "The vote ended the
  feud, Reed calling the deal fair and Moss praising the clerks", Quirk et al.
  1985 §15.58; the second after "and" too), and so does one right after the
  object of a verb of perception or remembering ("saw the clerks counting …", "I remember Reed
  saying …": :data:`_PERCEPTION`)
  or a name after a verb's "of" ("approved of Reed saying …": an -ing clause with
  its own subject) or after "as", "like" or "than" (a comparison: "as unfair as
  Judge Moss charging clerks for parking").
* ``"controlled"`` — a participle after a comma or a preposition takes the
  subject of the sentence's first finite group past the infinitive or
  prepositional clauses that open it ("In June, after Moss fell ill, Reed
  …"; the main clause: "Christie
  repeated accusations that Rubio recites lines, calling him …" → Christie),
  a participle right after the finite group's object or an infinitive right
  after the finite group takes that group's subject ("Obama released a
  statement condemning …"; "Moss was prompted to say"; also past the adjective of a
  linking verb: "the chain was swift to denounce", not after an anticipatory "it": "it is
  hard to say"; an expletive "it" or
  "there" passes the participle on to the nearest finite group with a subject
  of its own: "It was a hard blow, as Moss echoed it, saying" → Moss; after an
  existential "there is" with none, the phrase right before the participle is its
  subject: "There is a letter from an aide claiming …" → an aide), and one right after
  an infinitive's object that infinitive's ("prompted the paper to run a cover
  saying …" → the paper); an infinitive after
  an object takes that object when a name or pronoun, or after any object of a
  verb of causing or urging (``_OBJECT_CONTROL``: "led Reed to say", "…,
  leading party advisers to counter"), also past a relative clause with
  commas after that object ("prompted the Ledger, which tracks such towns,
  to state" → the Ledger); a participle after "from" takes the object of the
  nearest verb of preventing before it (``_FROM_CONTROL``: "barred Moss from
  speaking" → Moss).
* ``"inverted"`` — no subject on the left, the group is one finite verb of
  saying (the reporting-verb table) or a form of *be*, *do* or *have* (in news
  prose a lexical verb inverts in a reporting clause; after a fronted place
  adverbial it is literary: Swan 2005, *Practical English Usage*, §303;
  "…, hired lawyers and clerks" has no inverted subject)
  right after a quotation mark, a comma or the sentence start (not an
  opening bracket: "(think Ann Moss)" is an imperative), and a phrase
  (not an object pronoun: "…, accused him of") follows it: that phrase
  ("…,” said Putin"; "…, said the daily"; a base
  form only right after a quotation and a comma: "“…,” read the email"); not
  after a quotation that a word opens into with no finite verb before its end
  (a title inside a subject still waiting for its verb: "Ann Moss, author of
  the play “Harbor,” praised Tom Reed").


Object (``"after"``): the phrase right after an active group (past a verb
particle), unless the group is a form of *be*, the phrase is its inverted
subject, or the phrase is the subject of a later verb group (a complement
clause without "that": in "X said the party establishment had erred" the
phrase is the subject of "had erred", not the object of "said"). Agent (``"by"``): "by" + a phrase right after a passive group or a
past participle, or after its "as …" complement ("was criticized by
Democrats", "joined by Shoigu", "branded as a “power grab” by critics").
Coordinated phrases ("Trump and Cruz said") each get the link.

Limits: no parse tree, so long insertions (more than :data:`MAX_INSERTION`
tokens), subjects after a fronted clause that is not comma-delimited, and
objects after a prepositional phrase are missed; a reduced relative clause
that Pattern tags as a past tense can take a subject.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..census import first_name
from ..morphology import agent_noun, irregular_participle, person_noun
from .chunks import ADVERB_TAGS, CLAUSE_OPENERS, CLAUSE_TAKING, FINITE_TAGS, TIME_OPENERS, state_name, time_word
from .model import Link, NounPhrase, Token, VerbGroup

__all__ = ["find_links", "MAX_INSERTION", "BOUNDARY_KEYS"]

#: Longest comma- or dash-delimited insertion skipped between a subject and its verb, in tokens
#: (", the committee's spokeswoman," has 5; a relative clause of a dozen words is common in news).
MAX_INSERTION = 24
#: Most comma-delimited insertions skipped in a row ("Clinton, during a meeting in Columbus, Ohio, said").
MAX_INSERTIONS = 4
#: Longest restrictive relative clause skipped ("The man who flew in from Moscow said": 5 tokens).
MAX_RELATIVE = 10
#: Token keys no link crosses: quotation marks, colon, semicolon, brackets.
BOUNDARY_KEYS = frozenset({'"', "''", "'", "“", "”", "``", ":", ";", "(", ")", "[", "]"})
_COMMA_LIKE = frozenset({",", "—", "–", "--"})
#: Closing quotation marks (token keys) that may stand between a comma and the verb after it.
_CLOSING_MARKS = frozenset({'"', "''", "”"})
#: What ends the reach of a shared subject: a quotation between two coordinated verbs does not
#: ("Smith called the bill “a big deal” and said …"), a colon, semicolon or bracket does.
_CLAUSE_BREAKS = frozenset({":", ";", "(", ")", "[", "]"})
_RELATIVE = frozenset({"who", "which", "whose", "whom", "that"})
#: Words that open a complement clause after a verb ("alleging that …", "asking whether …").
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
#: Subordinators that open a clause even when no verb follows within an insertion (", that is,"); the
#: others ("after", "during", "since") are prepositions before a phrase (", after a long pause,").
_CLAUSAL = frozenset("that because although though whereas if unless whether so than".split())
#: Prepositions that, after a noun, open a phrase attached to it rather than a clause.
_SUBORDINATORS = frozenset("that because although though while whereas if unless whether since as after before "
                           "until once when so than".split())
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
#: Reflexive pronouns that open an insertion between a subject and its verb ("Reed, himself up for
#: reelection, said").
_REFLEXIVES = frozenset("himself herself themselves itself".split())
#: Quantifiers that float after a plural subject, before its verb ("They each said", "both said").
_FLOATING = frozenset("each both all".split())
#: Linking verbs whose subject an adjective's infinitive complement takes ("was swift to denounce",
#: "seems eager to say": subject-controlled adjective complementation, Quirk et al. 1985 §16.75–16.79).
_LINKING = frozenset({"be", "seem", "appear", "become", "remain", "look", "sound", "feel"})
#: Verbs whose infinitive after an object still takes their subject ("promised voters to cut taxes").
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
#: Verbs whose object is the subject of the infinitive after it, whatever that object is ("leading
#: party advisers to counter that …", "prompted the board to state"): object control (Quirk et al.
#: 1985 §16.50, verbs of causing, urging and permitting).
_OBJECT_CONTROL = frozenset("lead prompt push force urge ask tell cause spur inspire encourage persuade compel "
                            "drive invite convince allow".split())
#: Verbs of preventing, whose object is the subject of the -ing clause after "from" ("barred her from
#: speaking", "kept Reed from saying"): object control (Quirk et al. 1985 ch. 16, "from" + -ing
#: complements of verbs of hindering); other verbs' subject does it ("refrained from saying").
_FROM_CONTROL = frozenset("prevent stop keep bar ban block prohibit forbid discourage dissuade deter restrain "
                          "hinder preclude exclude disqualify save protect".split())
#: Verbs that invert with their subject outside a reporting clause: "Among them is Reed", "Did Reed …?"
_INVERTING = frozenset({"be", "do", "have"})
#: Pronouns that are never an inverted subject: "it" and "you" ("…, said it" is rare next to "…,
#: told it"), and the object forms, which a subject never takes ("accused him of …").
_NEVER_INVERTED = frozenset({"it", "you", "him", "her", "them", "me", "us", "whom"})
#: Verbs whose object is the hearer: a name after one is its object, never its inverted subject
#: ("…, told CBS News."; Levin 1993 classes 37.2 and 37.9).
_HEARER_OBJECT = frozenset({"tell", "inform", "assure", "remind", "notify", "brief", "advise", "thank", "warn",
                            "urge", "ask"})
#: Tags of the last word of a relative clause's verb group (the tagger often reads a present tense
#: after "who" as a base form: "People who know Moss say").
_RELATIVE_VERB_TAGS = FINITE_TAGS | {"VB", "VBN"}
#: Picture nouns: their "of" complement is who the picture shows, the subject of a participle after it
#: ("footage of Ann Moss saying …"; Quirk et al. 1985 §17.38 on picture nouns).
_DEPICTIONS = frozenset("footage video clip recording audio tape photo photograph picture image".split())
#: Verbs of perception whose object is the subject of an -ing participle after it ("saw the clerks
#: counting …", "heard Reed saying …": Quirk et al. 1985 §16.52, verbs of
#: perception with an object + -ing complement; Levin 1993 class 30.1, "see" verbs), and verbs of
#: remembering and imagining, which take the same complement ("I remember Reed saying …": Quirk et
#: al. 1985 §16.42, "remember", "recall", "imagine" with an object + -ing participle).
_PERCEPTION = frozenset("see watch hear notice observe witness spot catch overhear "
                        "remember recall recollect imagine picture".split())
#: Words before a time phrase that belong to it ("more than three days ago", "earlier Thursday").
_TIME_MODIFIERS = TIME_OPENERS | {"than", "less", "more"}


def find_links(toks: list[Token], phrases: list[NounPhrase], verbs: list[VerbGroup]) -> list[Link]:
    """All links of one sentence, as the module docstring describes."""
    end_at: dict[int, int] = {}    # token index after a phrase's last token -> outermost phrase ending there
    start_at: dict[int, int] = {}  # first token -> outermost phrase starting there
    for k, p in enumerate(phrases):
        if p.outer is None:
            end_at[p.last] = k
            start_at.setdefault(p.first, k)
    links: list[Link] = []
    subject_of: dict[int, list[int]] = {}
    controlled, by_object = _controllers(toks, phrases, verbs, end_at, start_at)
    object_of: dict[int, list[int]] = {}
    for v, vg in enumerate(verbs):
        k, rule, group = None, None, None
        if vg.finite:
            k, rule = _left(toks, phrases, vg, end_at)
            if k is not None and vg.first and toks[vg.first - 1].key in _COMMA_LIKE:
                # the subject was found past insertions; a name right after the verb that closes the
                # sentence is the subject instead ("That would force her to act, said Tom Reed.")
                ki, ri = _inverted(toks, vg, start_at, phrases)
                if ki is not None and phrases[ki].kind == "proper" and _closing(toks, phrases, ki) \
                        and vg.lemma not in _HEARER_OBJECT:
                    k, rule = ki, ri
            if k is None:
                group, rule = _coordinated(toks, vg, verbs, v, subject_of, [p.first for p in phrases])
            if k is None and group is None:
                k, rule = _inverted(toks, vg, start_at, phrases)
        else:
            k, rule = _relative_before(toks, phrases, vg.first, end_at)
            if k is None and toks[vg.main].tag == "VBG" and end_at.get(vg.first) is not None:
                k = _after_with(toks, phrases, end_at[vg.first], end_at)
                if k is not None:
                    rule = "left"  # "with Sen. Ada Moss (recently) calling it …", "with the office of …"
                else:
                    k, rule = _depicted(toks, phrases, vg.first)  # "footage of Ann Moss saying"
                if k is None:
                    k, rule = _absolute(toks, phrases, verbs, v, end_at, subject_of)
            if k is None and v in controlled:
                group, rule = subject_of.get(controlled[v]), "controlled"
                if group and expletive(toks, phrases[group[0]]):
                    # "It was a potent punch, as Moss echoed the charge, saying …": "it" says nothing; the
                    # nearest finite group before the participle with a subject of its own does
                    group = next((subject_of[w] for w in range(v - 1, controlled[v], -1)
                                  if verbs[w].finite and w in subject_of
                                  and not expletive(toks, phrases[subject_of[w][0]])), group)
                w = verbs[controlled[v]]
                if not group and w.lemma == "be" and w.first and toks[w.first - 1].tag == "EX" \
                        and end_at.get(vg.first) is not None:
                    # "There is a quote from an aide claiming …": after an existential "there", the phrase
                    # right before the participle is its subject (a reduced relative clause)
                    group, rule = [end_at[vg.first]], "left"
            if k is None and v in by_object:
                group, rule = object_of.get(by_object[v]), "controlled"
            if k is None and not group:
                group, rule = _coordinated(toks, vg, verbs, v, subject_of, [p.first for p in phrases])
            if k is None and not group:
                k, rule = _inverted(toks, vg, start_at, phrases)  # “…,” read the email
        if k is not None:
            group = list(phrases[k].conjuncts or (k,))
        if group:
            subject_of[v] = group
            links.extend(Link("subject", v, p, rule) for p in group)
        after = vg.last if vg.particle is None else vg.particle + 1
        if after < len(toks):
            if vg.lemma != "be" and rule != "inverted":
                obj = start_at.get(after)
                if obj is not None and not vg.passive:
                    object_of[v] = list(phrases[obj].conjuncts or (obj,))
                    for p in object_of[v]:
                        links.append(Link("object", v, p, "after"))
            if vg.passive or toks[vg.main].tag == "VBN":
                by = _by_phrase(toks, after, start_at)
                if by is not None:
                    for p in phrases[by].conjuncts or (by,):
                        links.append(Link("agent", v, p, "by"))
    # complement clauses: a phrase after a verb that is the subject of a later verb is not its object
    subjects = {k.phrase for k in links if k.role == "subject" and k.rule in ("left", "relative")}
    return [k for k in links if not (k.role == "object" and k.phrase in subjects)]


def _left(toks: list[Token], phrases: list[NounPhrase], vg: VerbGroup, end_at: dict[int, int]):
    i = vg.first - 1
    while i >= 0 and toks[i].tag in ADVERB_TAGS:
        i -= 1
    if i > 0 and (toks[i].key.lower() in _REFLEXIVES or toks[i].key.lower() in _FLOATING) \
            and end_at.get(i) is not None:
        i -= 1  # an intensifier or a floating quantifier after the subject: "Cruz himself said", "the
        #         two papers each called" (Quirk et al. 1985 §6.49 on floating quantifiers)
    k = end_at.get(i + 1)
    if k is not None and _time_phrase(toks, phrases[k]) and phrases[k].first > 0 \
            and not _pp_object(toks, phrases[k]):
        i = phrases[k].first - 1  # a time before the verb: "Gower earlier Thursday said", "three days ago"
        while i >= 0 and (toks[i].tag in ADVERB_TAGS or toks[i].key.lower() in _TIME_MODIFIERS):
            i -= 1
    elif k is not None and _time_phrase(toks, phrases[k]) and _pp_object(toks, phrases[k]) \
            and phrases[k].first >= 3 and toks[phrases[k].first - 2].key in _COMMA_LIKE:
        i = phrases[k].first - 2  # a time phrase after an insertion: "Tom Reed, the mayor, on Tuesday said"
    elif k is None and i >= 3 and toks[i].tag == "CD" and toks[i - 1].key.lower() in ("in", "since") \
            and toks[i - 2].key in _COMMA_LIKE:
        i -= 2  # a year after an insertion: "Tom Reed, the mayor, in 2014 said"
    # a bracketed aside before the verb ("Ortiz (aide) said"); a party designation is part of the name
    # before it ("Gov. Luis Ortiz (R-NM) said"), also with a stray comma ("Ortiz (R-NM), said")
    j = i - 1 if i > 0 and toks[i].key in _COMMA_LIKE else i
    if j > 0 and toks[j].key == ")" and end_at.get(j + 1) is not None:
        i = j
    elif j > 0 and toks[j].key == ")":
        k = j - 1
        while k > 0 and j - k <= MAX_INSERTION and toks[k].key != "(":
            k -= 1
        if toks[k].key == "(":
            i = k - 1
    if i < 0:
        return None, None
    listed = False  # an insertion was the last item of a list: only a name takes such an appositive
    for _ in range(MAX_INSERTIONS):  # "Clinton, during a meeting in Columbus, Ohio, said"; "X, 65, a Republican, said"
        closed = i > 1 and toks[i].key in _CLOSING_MARKS and toks[i - 1].key == ","
        if closed:
            i -= 1  # a quotation closes the insertion, the comma inside it: "Moss, who called it “a scam,” said"
        elif toks[i].key not in _COMMA_LIKE:
            break
        p = _insertion_start(toks, i, closed)
        if p < 1 or toks[p].key not in _COMMA_LIKE or p + 1 >= i or not _skippable(toks, p + 1, i, end_at):
            return None, None
        listed = listed or toks[p + 1].tag == "CC"
        k = _climb(toks, phrases, end_at.get(p), end_at)
        if k is None and toks[p - 1].key.lower() in ("who", "which"):
            return _relative_before(toks, phrases, p, end_at)  # "Hale, who, after a row with Reed, said"
        if k is None and p >= 3 and toks[p - 1].key == ")":
            o = p - 2
            while o > 0 and p - o <= MAX_INSERTION and toks[o].key != "(":
                o -= 1
            if toks[o].key == "(":  # a designation before the apposition: "Ann Moss (R), a senator, said"
                k = _climb(toks, phrases, end_at.get(o), end_at)
        if k is None:
            if p >= 2 and toks[p - 1].tag == "CD" and toks[p - 2].key in _COMMA_LIKE:
                i = p  # an age: "Ann Moss, 64, a Republican, said"
                continue
            return None, None
        pp = _pp_object(toks, phrases[k])
        opening = phrases[k].first - (2 if pp else 1)
        if opening >= 1 and toks[opening].key in _COMMA_LIKE and (pp or _skippable(toks, opening + 1, p, end_at)) \
                and not (not pp and _opening_adverbial(toks, opening)):
            i = p  # that phrase is an insertion too: its closing comma is where the next one ends
            continue
        if pp or (listed and phrases[k].kind != "proper"):
            return None, None  # "The weekly, its rival, and a radio station, said": a list of subjects
        if phrases[k].first and toks[phrases[k].first - 1].tag in FINITE_TAGS:
            if _relative_apposition(toks, p, end_at):
                i = p  # "Hale, the Dover lawyer who heads the Harbor Board, which …, said"
                continue
            return None, None  # a verb's object: "Moss, who lost her son in Lowmere, Ohio, in 2012, said"
        return k, "left"
    else:
        return None, None
    k = _climb(toks, phrases, _state_of_place(toks, phrases, end_at.get(i + 1), end_at), end_at)
    if k is not None:
        if not _pp_object(toks, phrases[k]) and not _participle_pp(toks, phrases[k].first):
            named = _unclosed_apposition(toks, phrases, k, vg)
            if named is not None:
                return named, "left"
            return _relative_object(toks, phrases, phrases[k].first, end_at) or (k, "left")
        i = phrases[k].first - 2  # the object of a preposition inside a relative clause
    if i >= 0 and (toks[i].tag in ("WP", "WDT") or (toks[i].key.lower() == "that" and toks[i].tag in ("IN", "WDT"))):
        found = _relative_before(toks, phrases, vg.first, end_at)
        if found[0] is not None:
            return found
    # a restrictive or reduced relative clause: "The man who flew in from Moscow said",
    # "the troops stationed in Syria would leave"
    p = i
    while p > 0 and i - p <= MAX_RELATIVE and toks[p].key not in _COMMA_LIKE and not _boundary(toks[p]):
        tag = toks[p].tag
        if tag in ("WP", "WDT") or (tag in ("VBN", "VBG") and toks[p].chunk == "B-VP"):
            k = end_at.get(p)
            return (k, "relative") if k is not None else (None, None)
        if tag in ("VBD", "VBZ", "VBP", "MD") or toks[p].chunk.endswith("NP"):
            if toks[p].chunk == "B-VP":
                return _relative_before(toks, phrases, p, end_at)
            break
        p -= 1
    return None, None


def _insertion_start(toks: list[Token], i: int, closed: bool) -> int:
    """Where the comma-like token that opens the insertion closed by the one at ``i`` stands: the first
    one before ``i`` within :data:`MAX_INSERTION` tokens, no boundary between (else the token where the
    search stopped, or -1 when a quotation is left open in the stretch). One quotation may stand inside
    the insertion, opened and closed there (``closed``: its closing mark follows the comma at ``i``):
    "Moss, who called it “a scam”, said", "The report, titled “Harbor Lights”, said" — the quoted words
    are part of the insertion, as a name is."""
    p = i - 1
    marks = 1 if closed else 0
    while p >= 0 and i - p <= MAX_INSERTION + 1 and toks[p].key not in _COMMA_LIKE:
        if _boundary(toks[p]):
            if toks[p].key in _CLAUSE_BREAKS or marks == 2:
                return p
            marks += 1
        p -= 1
    return p if marks != 1 else -1


def _participle_pp(toks: list[Token], first: int) -> bool:
    """Does the phrase starting at token ``first`` follow "after", "before", "since" or "until" right
    after a past participle with no finite verb before it in its clause ("A statement released after the
    meeting said …")? The word is then a preposition inside a reduced relative clause, not the opener of
    a clause whose subject the phrase would be: that clause would leave the sentence without a main verb."""
    if first < 2 or toks[first - 1].key.lower() not in ("after", "before", "since", "until") \
            or toks[first - 2].tag != "VBN":
        return False
    j = first - 3
    while j >= 0 and toks[j].key not in _COMMA_LIKE and not _boundary(toks[j]):
        if toks[j].tag in FINITE_TAGS or toks[j].tag == "MD":
            return False
        j -= 1
    return True


def _after_with(toks: list[Token], phrases: list[NounPhrase], k: int, end_at: dict[int, int]) -> int | None:
    """Phrase ``k``, or the phrase it hangs from through prepositional phrases ("the office of the
    mayor from Dover"), when that phrase opens right after "with"; else None. The climb stops at
    "with": in "ends with a narrator saying" the phrase is "a narrator", not what "with" follows."""
    for _ in range(MAX_INSERTION):
        ph = phrases[k]
        f = phrases[ph.conjuncts[0]].first if ph.conjuncts else ph.first
        if f > 0 and toks[f - 1].key.lower() == "with":
            return k
        up = _climb(toks, phrases, k, end_at, steps=1)
        if up == k:
            return None
        k = up
    return None


def _absolute(toks: list[Token], phrases: list[NounPhrase], verbs: list[VerbGroup], v: int,
              end_at: dict[int, int], subject_of: dict[int, list[int]]) -> tuple[int | None, str | None]:
    """The subject of the -ing participle group ``v`` when the phrase right before it is one: an
    absolute clause, a phrase and a participle after a comma, dash or semicolon ("…, Reed calling
    the deal fair and Moss praising the clerks": Quirk et al. 1985 §15.58), or the object of a verb
    of perception or remembering (:data:`_PERCEPTION`: "saw the clerks counting …"). A phrase with a
    comma after it is not one ("…, Reed, saying …" is the main clause's participle), nor one after a
    name and a comma ("in Dover, Ohio chanting …": a place, or a list of names)."""
    k = end_at.get(verbs[v].first)
    if k is None or phrases[k].kind == "pronoun":
        return None, None
    f = phrases[k].first
    before = toks[f - 1].key.lower() if f > 0 else ""
    if (before in _COMMA_LIKE and not (before == "," and f > 1 and toks[f - 2].tag in ("NNP", "NNPS"))) \
            or before == ";":
        return k, "absolute"  # not after a name and a comma: "in Dover, Ohio chanting" is a place
    if before == "of" and phrases[k].kind == "proper" and f > 1 and toks[f - 2].tag[:2] == "VB":
        return k, "absolute"  # "approved of Reed saying …": an -ing clause with its own subject (after a noun
        #                       the name may be a body the noun's person belongs to: "a member of the Harbor Board")
    if before in ("as", "like", "than") and phrases[k].kind == "proper":
        return k, "absolute"  # "as unfair as Judge Moss charging clerks …": a comparison's -ing clause
    if before == "and" and any(_opens_absolute(toks, phrases, verbs[w], subject_of.get(w)) for w in range(v)):
        return k, "absolute"  # "… and Moss praising the clerks": a second absolute clause
    u = next((w for w in range(v - 1, -1, -1) if verbs[w].last <= f), None)
    if u is not None and verbs[u].finite and verbs[u].lemma in _PERCEPTION and verbs[u].last == f:
        return k, "absolute"
    return None, None


def _opens_absolute(toks: list[Token], phrases: list[NounPhrase], vg: VerbGroup, group: list[int] | None) -> bool:
    """Is ``vg`` an -ing participle whose subject ``group`` stands right before it after a comma,
    dash or semicolon (an absolute clause, :func:`_absolute`)?"""
    if not group or toks[vg.main].tag != "VBG":
        return False
    np = phrases[group[-1]]
    return np.last == vg.first and np.first > 0 and toks[np.first - 1].key in (*_COMMA_LIKE, ";")


def _depicted(toks: list[Token], phrases: list[NounPhrase], first: int) -> tuple[int | None, str | None]:
    """The person depicted doing what the participle at ``first`` says: the name or pronoun that
    complements a noun of :data:`_DEPICTIONS` right before it ("footage of Ann Moss saying", "a video of
    him saying"): the "of" phrase of a picture noun names what the picture shows (Quirk et al. 1985
    §17.38, picture nouns)."""
    for k, np in enumerate(phrases):
        if np.last == first and np.kind in ("proper", "pronoun") and np.first >= 2 \
                and toks[np.first - 1].key.lower() == "of" \
                and toks[np.first - 2].key.lower().removesuffix("s") in _DEPICTIONS:
            return k, "left"
    return None, None


def _relative_object(toks: list[Token], phrases: list[NounPhrase], first: int,
                     end_at: dict[int, int]) -> tuple[int, str] | None:
    """The antecedent of a restrictive relative clause whose verb's object is the phrase starting at
    ``first`` ("Teachers who backed the plan said" → Teachers, not "the plan"), unless that verb can
    take a clause for its object ("Teachers who think the plan failed": "the plan" is a subject)."""
    j = first - 1
    if j < 1 or not toks[j].chunk.endswith("VP") or toks[j].tag not in _RELATIVE_VERB_TAGS \
            or toks[j].lemma in CLAUSE_TAKING:
        return None
    p = j
    while p > 0 and toks[p].chunk == "I-VP":
        p -= 1  # the verb group's first token, which the relative word precedes
    found = _relative_before(toks, phrases, p, end_at)
    if found[0] is None and p > 1 and toks[p - 1].key.lower() == "to":
        found = _purpose_in_relative(toks, phrases, p - 1, end_at)
    return found if found[0] is not None else None


def _purpose_in_relative(toks: list[Token], phrases: list[NounPhrase], to: int,
                         end_at: dict[int, int]) -> tuple[int | None, str | None]:
    """The antecedent of a relative clause whose infinitive of purpose opens at token ``to`` ("An official
    who came in private to describe the talks said" → An official, not "the talks"): the
    "who" within :data:`MAX_RELATIVE` tokens before it, no comma or second relative clause between."""
    for r in range(to - 1, max(0, to - MAX_RELATIVE) - 1, -1):
        if toks[r].key in (",", ";") or toks[r].tag == "WDT":
            break
        if toks[r].key.lower() in ("who", "whom") and toks[r].tag == "WP":
            return _relative_before(toks, phrases, r + 1, end_at)
    return None, None


def _by_phrase(toks: list[Token], after: int, start_at: dict[int, int]) -> int | None:
    """The phrase after "by" right after a passive group, or after its "as …" complement ("branded
    as a “power grab” by critics"), within :data:`MAX_RELATIVE` tokens and not past a verb or a
    comma."""
    for k in range(after, min(len(toks) - 1, after + MAX_RELATIVE)):
        key = toks[k].key.lower()
        if key == "by":
            return start_at.get(k + 1)
        if toks[k].chunk.endswith("VP") or toks[k].key in _COMMA_LIKE or toks[k].key in _CLAUSE_BREAKS \
                or (k > after and toks[after].key.lower() != "as"):
            return None
    return None


def _climb(toks: list[Token], phrases: list[NounPhrase], k: int | None, end_at: dict[int, int], *,
           steps: int = MAX_INSERTION) -> int | None:
    """From phrase ``k`` up through prepositional phrases attached to a noun (at most ``steps``):
    "Moscow" in "the spokesman in Moscow" → "the spokesman", "Monday" in "Ann Moss (D-Vt.) on Monday"
    → Ann Moss (the object of a preposition after a noun is part of what that noun names)."""
    seen = 0
    while k is not None and seen < steps and _pp_object(toks, phrases[k]):
        f = phrases[k].first
        if f < 2 or (toks[f - 2].tag not in _NOUNISH and toks[f - 2].key != ")") or end_at.get(f - 1) is None:
            #  ")": a name's party designation, which its phrase takes in ("Ann Moss (D-Vt.) on Monday")
            break
        k = end_at[f - 1]
        seen += 1
    return k


def _unclosed_apposition(toks: list[Token], phrases: list[NounPhrase], k: int, vg: VerbGroup) -> int | None:
    """The name that common-noun phrase ``k`` is in apposition to when the comma that should close the
    apposition is missing before verb group ``vg`` ("Obi Ezeh, a spokesman for the mayor said"; "“…,”
    Obi Ezeh, secretary of the party told …"), the name opening its clause (the sentence, or right
    after a quotation); else None. Not for a participle modifying the description ("…, a retired
    general known for his candor, made …": the verb's first word must be tagged finite), nor when
    the name is an object ("Moss met Reed, the mayor said"), nor for a parenthetical attribution
    that a comma closes ("Reed, an aide says, remains …")."""
    anchor = next((a for a, np in enumerate(phrases) if np.apposition == k), None)
    if anchor is None or toks[vg.first].tag not in FINITE_TAGS or phrases[k].kind != "common" \
            or phrases[anchor].kind != "proper" \
            or (vg.last < len(toks) and toks[vg.last].key in _COMMA_LIKE):
        return None
    f = phrases[anchor].first
    return anchor if f == 0 or toks[f - 1].key in _CLOSING_MARKS or (
        toks[f - 1].key == "," and f >= 2 and toks[f - 2].key in _CLOSING_MARKS) else None


def _state_of_place(toks: list[Token], phrases: list[NounPhrase], k: int | None,
                    end_at: dict[int, int]) -> int | None:
    """The place phrase that phrase ``k`` completes when ``k`` is a country or US state written after
    it and a comma, the place being a preposition's object after a noun or a noun's "of" complement
    ("students in Dover, Ohio said": "Ohio" belongs to "in Dover", which goes with "students"; "the
    mayor of Dover, Ohio said"; AP Stylebook, "state names": the state follows the city after a
    comma, and the comma after the state is often left out); else ``k``. Not after a preposition
    that opens the sentence ("In Dover, Reed said")."""
    if k is None or phrases[k].kind != "proper" or phrases[k].first < 2 or toks[phrases[k].first - 1].key != ",":
        return k
    place = end_at.get(phrases[k].first - 1)
    if place is None or toks[phrases[place].last - 1].tag != "NNP" or not state_name(phrases[k].text):
        return k
    np = phrases[place]
    if np.complement is not None or (_pp_object(toks, np) and np.first >= 2 and toks[np.first - 2].tag in _NOUNISH):
        return place  # "the mayor of Dover, Ohio", "students in Dover, Ohio"
    return k


def _pp_object(toks: list[Token], np: NounPhrase) -> bool:
    """Is the phrase the object of a preposition (not of a subordinator such as "that", "after")?"""
    f = np.first
    return f >= 1 and (toks[f - 1].tag == "IN" and toks[f - 1].key.lower() not in _SUBORDINATORS
                       or toks[f - 1].tag == "TO")  # "an email to its members": "to" before a noun phrase


def _skippable(toks: list[Token], first: int, last: int, end_at: dict[int, int]) -> bool:
    """Can the insertion ``toks[first:last]`` stand between a subject and its verb? A relative
    clause, adverbs, a participle clause (after adverbs too: ", clearly frustrated,"), a number
    (an age), an appositive phrase (or the last item of a list inside one: ", and planning,"), or a
    prepositional phrase without a finite verb (", during a
    meeting in Columbus,", ", after meeting aides,")."""
    head = toks[first]
    f = first
    while f + 1 < last and toks[f].tag in ADVERB_TAGS:
        f += 1  # ", clearly frustrated,": a participle after adverbs
    participle = toks[f].tag in ("VBN", "VBG") or (toks[f].tag == "VBD" and (
        toks[f].key.lower().endswith("ed") or irregular_participle(toks[f].key)))  # ", sent to Reed,"
    # a participle clause's own complement clause may hold finite verbs (", alleging that Diaz wanted …,")
    own = next((k for k in range(f + 1, last) if toks[k].key.lower() in _COMPLEMENTIZERS), last)
    return (head.key.lower() in _RELATIVE - {"that"}
            or (head.key.lower() in _REFLEXIVES and not any(toks[k].tag[:2] == "VB" or toks[k].tag == "MD"
                                                            for k in range(first, last)))
            or (participle and not any(toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
                                       for k in range(f + 1, own)))
            or all(toks[k].tag in ADVERB_TAGS for k in range(first, last))
            or (last - first == 1 and head.tag == "CD")
            or _appositive(toks, first, last, end_at)
            # the last item of a list inside an appositive (", director for housing, transport, and planning,")
            or (head.tag == "CC" and last - first > 1 and _appositive(toks, first + 1, last, end_at))
            or (head.tag == "IN" and head.key.lower() not in _CLAUSAL
                and (end_at.get(last) is not None or toks[last - 1].tag == "CD")  # ", in 2008,"
                and not any(toks[k].tag in FINITE_TAGS for k in range(first, last))))


def _opening_clause_end(toks: list[Token]) -> int:
    """The index of the comma that closes the infinitive or prepositional clauses opening the sentence
    ("To list sites that would name donors, …", "After the board voted, …"; one after another: "In
    June, after the board voted, …"), else 0: a finite verb before it is that clause's (or a relative
    clause's in it), not the main clause's."""
    end = k = 0
    while k < len(toks) and toks[k].tag in ("TO", "IN", "WRB"):
        comma = next((j for j in range(k + 1, len(toks)) if toks[j].key == ","), None)
        if comma is None:
            break
        end = k = comma
        k += 1
    return end


def _crossed(toks: list[Token], first: int, last: int) -> bool:
    """Does ``toks[first:last]`` hold a clause break (colon, semicolon, bracket) or an unbalanced
    quotation mark? A quoted phrase between two verbs ("would not discuss “the other candidate,”
    telling …") is not a break; a quotation mark opened or closed between them is."""
    marks = 0
    for k in range(first, last):
        key = toks[k].key
        if key in _CLAUSE_BREAKS:
            return True
        if _boundary(toks[k]):
            marks += 1
    return marks % 2 == 1


def _controllers(toks: list[Token], phrases: list[NounPhrase], verbs: list[VerbGroup],
                 end_at: dict[int, int], start_at: dict[int, int]) -> tuple[dict[int, int], dict[int, int]]:
    """Non-finite groups whose subject is that of the finite group before them: a participle
    after a comma or dash ("…, saying …", "… - only saying …"), a preposition ("upon saying") or
    right after the object of that group ("released a statement condemning …"), and an
    infinitive right after a finite group ("was prompted to say"); and those whose subject is the
    *object* of that group, an infinitive right after it ("led Reed to crack a joke": object
    control, Quirk et al. 1985 §16.50, when that object is a name or a pronoun: "took time to
    say" is not; any object after a verb of :data:`_OBJECT_CONTROL`, also a participle's: "…,
    leading party advisers to counter"). Maps each group to that group: (subject
    controlled, object controlled)."""
    out: dict[int, int] = {}
    by_object: dict[int, int] = {}
    first_finite = last_finite = None
    opening = _opening_clause_end(toks)
    for v, vg in enumerate(verbs):
        if vg.finite:
            last_finite = v
            if first_finite is None or _crossed(toks, verbs[first_finite].last, vg.first) \
                    or verbs[first_finite].first < opening <= vg.first:
                first_finite = v  # past the opening clause: "To list sites that would name donors, Moss …"
            continue
        if last_finite is None or _crossed(toks, verbs[last_finite].last, vg.first):
            continue
        lead = vg.first
        while lead < vg.main and toks[lead].tag in ADVERB_TAGS:
            lead += 1  # "only saying", "also calling"
        first = toks[lead]
        b = vg.first - 1
        while b > 0 and toks[b].key in _CLOSING_MARKS:
            b -= 1  # "defended “New York values,” saying …": the comma inside the marks
        before = toks[b] if vg.first else None
        hinder = next((w for w in range(v - 1, -1, -1) if verbs[w].lemma in _FROM_CONTROL), None) \
            if first.tag == "VBG" and before is not None and before.key.lower() == "from" else None
        if hinder is not None and verbs[hinder].last < b and not _crossed(toks, verbs[hinder].last, vg.first):
            by_object[v] = hinder  # "stopped his wife, Ivy, who ran the firm, from writing": the object
        elif first.tag == "VBG" and before is not None and (before.key in _COMMA_LIKE or before.key == "-"
                                                          or before.tag == "IN"
                                                          or (before.key.lower() in ("and", "or") and v - 1 in out)):
            out[v] = first_finite  # "…, calling him …" (and "… and accusing him"): the main clause's subject
            if last_finite != first_finite and before.key in _COMMA_LIKE and _closing_clause(toks, verbs[last_finite]):
                out[v] = last_finite  # "…, Nefzi said, adding …": the attribution clause before the comma
        elif first.tag == "VBG" and before is not None and before.chunk.endswith("NP"):
            out[v] = last_finite   # "released a statement condemning …"
            u = verbs[v - 1] if v > 0 else None
            if u is not None and not u.finite and end_at.get(vg.first) is not None \
                    and start_at.get(u.last if u.particle is None else u.particle + 1) == end_at[vg.first]:
                out[v] = v - 1  # "prompted the tabloid to run a cover saying …": the infinitive's subject
        elif first.tag == "VBG" and vg.first == verbs[v - 1].last and verbs[v - 1].finite:
            out[v] = v - 1         # "kept saying", "described winning the nod"
        elif before is not None and before.key.lower() == "to" and v > 0 and not verbs[v - 1].finite \
                and verbs[v - 1].lemma in _OBJECT_CONTROL and verbs[v - 1].last < vg.first - 1:
            k = _climb(toks, phrases, end_at.get(vg.first - 1), end_at)
            u = verbs[v - 1]
            if k is not None and start_at.get(u.last if u.particle is None else u.particle + 1) == k:
                by_object[v] = v - 1  # "…, leading party advisers like Tom Reed to counter that …"
        elif before is not None and before.key.lower() == "to" and v > 0 and not verbs[v - 1].finite \
                and toks[verbs[v - 1].main].tag == "VBG" and verbs[v - 1].last < vg.first \
                and not any(toks[k].key in _COMMA_LIKE or _boundary(toks[k]) for k in range(verbs[v - 1].last,
                                                                                            vg.first)):
            out[v] = v - 1  # "with Reed going on the radio to call …": the participle's subject
        elif before is not None and before.key.lower() == "to":
            w = verbs[last_finite]
            gap = vg.first - 1 - w.last
            if gap == 0 or (gap == 1 and toks[w.last].tag in ("RP", "IN", "RB")):
                out[v] = last_finite  # "was prompted to say", "went on to say"
            elif w.lemma in _LINKING and toks[vg.first - 2].tag == "JJ" \
                    and all(t.tag in ("RB", "JJ") for t in toks[w.last:vg.first - 1]) \
                    and not (w.first and toks[w.first - 1].key.lower() in _EXPLETIVES):
                out[v] = last_finite  # "was swift to denounce", "seemed very eager to say": an adjective's
                #                       infinitive takes the subject ("it is hard to say" has none)
            else:
                k = end_at.get(vg.first - 1)
                after = w.last if w.particle is None else w.particle + 1
                if k is not None and start_at.get(after) == k and w.lemma not in _SUBJECT_CONTROL \
                        and (phrases[k].kind in ("proper", "pronoun") or w.lemma in _OBJECT_CONTROL):
                    by_object[v] = last_finite  # "led Reed to crack a joke"
                else:
                    u = _past_relative(toks, phrases, verbs, vg.first - 1, end_at)
                    if u is not None:
                        by_object[v] = u  # "prompted the Atlas, which tracks such towns, to state"
    return out, by_object


def _past_relative(toks: list[Token], phrases: list[NounPhrase], verbs: list[VerbGroup], to: int,
                   end_at: dict[int, int]) -> int | None:
    """The verb of :data:`_OBJECT_CONTROL` whose object a relative clause with commas follows, right
    before the "to" at token ``to`` ("prompted the Atlas, which tracks such towns, to state": the
    object control of that verb reaches past the relative clause), else None."""
    if to < 2 or toks[to - 1].key != ",":
        return None
    c = next((i for i in range(to - 2, 0, -1) if toks[i].key in _COMMA_LIKE or _boundary(toks[i])), None)
    if c is None or toks[c].key != "," or toks[c + 1].key.lower() not in ("which", "who", "whom", "whose") \
            or end_at.get(c) is None:
        return None
    first = phrases[end_at[c]].first
    return next((u for u, w in enumerate(verbs) if w.finite and w.lemma in _OBJECT_CONTROL
                 and (w.last if w.particle is None else w.particle + 1) == first), None)


#: The expletive subjects ("It was a potent punch", "There is a letter").
_EXPLETIVES = frozenset({"it", "there"})


def lone_word(toks: Sequence[Token], np: NounPhrase, words: frozenset[str]) -> bool:
    """Is the phrase one word of ``words`` (lower case): a lone pronoun of a set?"""
    return np.last - np.first == 1 and toks[np.first].key.lower() in words


def expletive(toks: Sequence[Token], np: NounPhrase) -> bool:
    """Is the phrase a lone "it" or "there" (an expletive subject: "It was a potent punch")?"""
    return lone_word(toks, np, _EXPLETIVES)


def _closing_clause(toks: list[Token], vg: VerbGroup) -> bool:
    """Is finite group ``vg`` a short clause of its own after a comma: a noun phrase right before it
    that opens after a comma or after a quotation that a comma, "?" or "!" closes ("…, Nefzi said,
    adding", "“…,” Nefzi said, adding"; not a quoted word inside the clause: "the kind of “reform”
    Tom Reed is calling for, writing …" stays the main clause's participle)?"""
    k = vg.first - 1
    if k < 0 or not toks[k].chunk.endswith("NP"):
        return False
    while k >= 0 and toks[k].chunk.endswith("NP"):
        k -= 1
    return k >= 0 and (toks[k].key in _COMMA_LIKE or (toks[k].key in _CLOSING_MARKS and k > 0
                                                       and toks[k - 1].key in (",", "?", "!", "—", "-")))


def _relative_before(toks: list[Token], phrases: list[NounPhrase], first: int, end_at: dict[int, int]):
    """who/which/that right before token ``first``, after a phrase (or a phrase and a comma)."""
    r = first - 1
    if r < 1 or not (toks[r].tag in ("WP", "WDT") or (toks[r].key.lower() == "that" and toks[r].tag == "IN")):
        return None, None
    if toks[r].key.lower() not in _RELATIVE:
        return None, None
    k = end_at.get(r)
    if k is None and toks[r - 1].key == "," and r >= 2:
        k = end_at.get(r - 1)
        if k is None and toks[r].key.lower() in ("who", "whom"):
            k = end_at.get(_past_focus(toks, r - 1))  # "Reed met Ann Moss as well, who"
        if k is not None and toks[r].key.lower() in ("who", "whom"):
            up = _climb(toks, phrases, k, end_at)
            f = phrases[up].first
            if up != k and f >= 2 and toks[f - 1].key == "," and end_at.get(f - 1) is not None \
                    and phrases[end_at[f - 1]].kind == "proper":
                k = up  # "Sen. Hale, the senior member on the board, who": the description of a name, not the
                #         object of a preposition inside it ("a reaction from Ann Moss, who": Moss stays)
    if k is not None and toks[r].key.lower() == "who" and toks[r - 1].key != "," and _pp_object(toks, phrases[k]) \
            and phrases[k].kind == "common" and not agent_noun(toks[phrases[k].head].key.lower()):
        k = _climb(toks, phrases, k, end_at, steps=1)  # "conservatives on the radio who say": "who" is a person
    elif k is not None and toks[r].key.lower() in ("who", "whom") and toks[r - 1].key != "," \
            and phrases[k].kind == "proper" and phrases[k].first >= 2 \
            and toks[phrases[k].first - 1].key.lower() in _PLACE_PREPOSITIONS:
        up = _climb(toks, phrases, k, end_at, steps=1)
        if up != k and phrases[up].kind == "common" and person_noun(toks[phrases[up].head].key.lower()):
            k = up  # "a delegate from Ohio who wore a hat": a person noun, then where the person is from or
            #         at (Quirk et al. 1985, ch. 9, place); "who" takes the person ("a message from Reed who" stays)
    return (k, "relative") if k is not None else (None, None)


#: Additive focusing adverbs that may follow a phrase before its relative clause ("Ann Moss too, who
#: …", "Ann Moss as well, who …": Quirk et al. 1985 §8.116, additive subjuncts).
_ADDITIVE = (("too",), ("also",), ("as", "well"))


#: Prepositions of place and origin: a name as their object in "PERSON-NOUN PREP NAME who" is where
#: the person the noun names is from or at, not the person "who" takes.
_PLACE_PREPOSITIONS = frozenset({"from", "in", "at"})


def _past_focus(toks: list[Token], end: int) -> int:
    """The token index where an additive focusing adverb (:data:`_ADDITIVE`) ending at ``end`` starts,
    else ``end``."""
    for words in _ADDITIVE:
        n = len(words)
        if end - n >= 1 and tuple(t.key.lower() for t in toks[end - n:end]) == words:
            return end - n
    return end


def _relative_apposition(toks: list[Token], p: int, end_at: dict[int, int]) -> bool:
    """Does an appositive noun phrase with a relative clause end at the comma ``p`` (", the Dover
    lawyer who heads the Harbor Board,")? The object inside that relative clause is then no
    subject, and the insertion goes on to the name before it."""
    q = p - 1
    while q >= 0 and p - q <= MAX_INSERTION + 1 and toks[q].key not in _COMMA_LIKE and not _boundary(toks[q]):
        q -= 1
    if q < 1 or toks[q].key not in _COMMA_LIKE or toks[q + 1].tag not in ("DT", "PRP$", "JJ", "NNP", "NN") \
            or not any(t.tag in ("WP", "WDT") for t in toks[q + 1:p]):
        return False
    return _appositive(toks, q + 1, p, end_at)


def _appositive(toks: list[Token], first: int, last: int, end_at: dict[int, int]) -> bool:
    """Is ``toks[first:last]`` a noun phrase, possibly with prepositional phrases after it and no
    verb (", the committee's spokeswoman,", ", a Democrat from the Elmridge district,"), or such a
    phrase with a relative clause (", a former aide who sits on the board,")?"""
    while first < last and toks[first].tag in ADVERB_TAGS:
        first += 1  # ", also a Republican hopeful,"
    if first >= last or (not toks[first].chunk.endswith("NP") and toks[first].tag not in ("DT", "PRP$", "JJ", "CD")):
        return False
    for k in range(first, last):
        t = toks[k]
        if _boundary(t):
            return False
        b = k  # where the phrase before a reduced relative ends, past adverbs ("a clerk formerly employed …")
        while t.tag in ("VBN", "VBG") and b - 1 > first and toks[b - 1].tag in ADVERB_TAGS:
            b -= 1
        if t.tag in ("WP", "WP$", "WDT") or (t.key.lower() == "that" and k > first and toks[k - 1].chunk.endswith("NP")) \
                or (t.tag in ("VBN", "VBG") and b > first and toks[b - 1].chunk.endswith("NP")):
            # a relative clause after the phrase, or a reduced one ("a host considered one of the best"):
            # the rest may hold verbs
            return b > first and end_at.get(b) is not None and not any(
                _boundary(toks[j]) for j in range(k, last))
        if t.tag[:2] == "VB" or t.tag == "MD":
            return False
    return end_at.get(last) is not None or toks[last - 1].tag in ("JJ", "NN", "NNS")


def _coordinated(toks: list[Token], vg: VerbGroup, verbs: list[VerbGroup], v: int, subject_of: dict,
                 first_of: list[int]):
    i = vg.first - 1
    if i >= 0 and toks[i].tag in ADVERB_TAGS:
        i -= 1
    if i < 0 or toks[i].key.lower() not in ("and", "but", "or"):
        return None, None
    for w in range(v - 1, -1, -1):  # the same verb repeated: "He said his attacks had worked and said …"
        if verbs[w].lemma == vg.lemma and w in subject_of and verbs[w].finite == vg.finite \
                and not any(toks[k].key in _CLAUSE_BREAKS for k in range(verbs[w].last, vg.first)):
            return subject_of[w], "coordinated"
    for w in range(v - 1, -1, -1):
        if vg.finite and not verbs[w].finite:
            continue  # a finite verb is coordinated with a finite one: "found Reed to be … and called"
        if w in subject_of:
            if any(toks[k].key in _CLAUSE_BREAKS for k in range(verbs[w].last, vg.first)):
                return None, None
            if any(u in subject_of for u in range(w)) and _complement(toks, first_of[subject_of[w][0]]):
                continue  # "Moss observed that Monday could have been … and quoted": the main clause's
            return subject_of[w], "coordinated"
    return None, None


def _complement(toks: list[Token], phrase_first: int) -> bool:
    """Does a subject phrase starting at ``phrase_first`` open a complement clause ("that Saturday
    …", "whether …", "thinks the plan failed")? A verb coordinated after an adverbial clause's verb
    stays in that clause ("when Reed lamented … and criticized …": Reed)."""
    if phrase_first <= 0:
        return False
    before = toks[phrase_first - 1]
    return before.key.lower() in ("that", "whether", "if") \
        or (before.chunk.endswith("VP") and before.lemma in CLAUSE_TAKING)


def _opening_adverbial(toks: list[Token], comma: int) -> bool:
    """Do the tokens before ``comma`` form a prepositional phrase opening the sentence, without a
    finite verb or another comma ("In a call on Monday, Col. Ned Harlow, a spokesman, said"; a
    gerund's clause: "In opposing the levy, her lawyer, Ann Moss, wrote"), or a
    participle clause without a finite verb ("Rushing into a lunch, Sen. Ann Moss, a Republican,
    called"), or adverbs ("Still, Petrov, who …, called"); either may be followed by adverbs or
    prepositional phrases set off by commas ("On Monday, however, the head of the port, Tom Reed,
    said")?"""
    k = 1 if toks[0].tag == "CC" else 0
    if comma > k and all(t.tag in ADVERB_TAGS for t in toks[k:comma]):
        return True  # "Still, Petrov, who …, called"
    inner = [i for i in range(k, comma) if toks[i].key in _COMMA_LIKE]
    if inner and all(_adjunct(toks, a + 1, b) for a, b in zip(inner, [*inner[1:], comma])):
        comma = inner[0]  # "On Friday, however, the head …", "On Monday, in Dover, the mayor …":
        #                   further adverbs or prepositional phrases set off by commas
    if comma <= k + 1 or any(t.key in _COMMA_LIKE for t in toks[k:comma]):
        return False
    if toks[k].tag in ("VBG", "VBN"):
        return not any(t.tag in FINITE_TAGS for t in toks[k + 1:comma])
    return toks[k].tag == "IN" and toks[k].key.lower() not in CLAUSE_OPENERS and not any(
        t.tag in FINITE_TAGS for t in toks[k:comma])


def _adjunct(toks: list[Token], i: int, j: int) -> bool:
    """Are tokens ``i:j`` adverbs, a prepositional phrase without a finite verb ("however", "in
    Dover"), or a state or country completing the place before them ("In Dover, Ohio,")?"""
    if i >= j:
        return False
    if all(t.tag in ADVERB_TAGS for t in toks[i:j]) or (
            all(t.tag == "NNP" for t in toks[i:j]) and state_name(" ".join(t.key for t in toks[i:j]))):
        return True
    return toks[i].tag == "IN" and toks[i].key.lower() not in CLAUSE_OPENERS \
        and not any(t.tag in FINITE_TAGS for t in toks[i:j])


def _boundary(t: Token) -> bool:
    """Is token ``t`` a boundary no link crosses (:data:`BOUNDARY_KEYS`)? An apostrophe tagged as a
    possessive ending is not a quotation mark ("Reyes' campaign manager")."""
    return t.key in BOUNDARY_KEYS and t.tag != "POS"


def _closing(toks: list[Token], phrases: list[NounPhrase], k: int) -> bool:
    """Does phrase ``k`` (with its apposition) end the sentence or stand before a comma and a
    relative clause ("said Tom Reed, a pollster." / "said Tom Reed, who …")?"""
    np = phrases[phrases[k].apposition] if phrases[k].apposition is not None else phrases[k]
    e = np.last
    if e >= len(toks) or toks[e].key in (".", "!", "?"):
        return True
    return toks[e].key == "," and e + 1 < len(toks) and toks[e + 1].key.lower() in ("who", "whose")


def _inside_subject_quote(toks: list[Token], i: int) -> bool:
    """Does a quotation end at token ``i`` ("…,”") that a word opens into, with no finite verb before it
    in the sentence, inside the quotation included ("Ann Moss, author of the play “Harbor,” praised …")?
    It is then part of a subject still waiting for its verb, and the verb after it is that subject's,
    not inverted; a quotation that opens the sentence, follows a clause ("The plan is “a sham,” said
    Reed") or holds one ("Reed “has a role to play,” said Moss"), or lies in a phrase or clause that
    opens the sentence ("On a street with “so many potholes,” said one driver, …"), is not."""
    if i < 1 or toks[i].key not in _CLOSING_MARKS or toks[i - 1].key != ",":
        return False
    o = i - 1
    while o >= 0 and toks[o].key not in ("“", '"', "``", "''"):
        o -= 1
    f = 0
    while f < o and (toks[f].tag in ("CC", "RB") or _boundary(toks[f])):
        f += 1
    return o > f and not _boundary(toks[o - 1]) and toks[o - 1].key not in _COMMA_LIKE \
        and toks[f].tag not in ("IN", "TO", "WRB", "VBG", "VBN") and not any(t.tag in FINITE_TAGS for t in toks[:i])


def _time_phrase(toks: list[Token], np: NounPhrase) -> bool:
    """Is ``np`` a phrase of time ("Friday", "last week", "Monday night"), not a name whose surname is
    a word of time ("Carla Day", "Ida Summers": a census first name before the head)?"""
    if not time_word(toks[np.head].key.lower()):
        return False
    return not (np.kind == "proper" and np.head > np.first and first_name(toks[np.head - 1].key))


def _inverted(toks: list[Token], vg: VerbGroup, start_at: dict[int, int], phrases: list[NounPhrase]):
    if vg.last - vg.first != 1 or toks[vg.main].tag not in ("VBD", "VBZ", "VBP", "VBN", "VB"):
        return None, None
    from ..quotes.verbs import reporting_verb  # here: the quotation layer imports this one
    if vg.lemma not in _INVERTING and reporting_verb(toks[vg.main].key) is None:
        return None, None  # "…, hired lawyers and clerks, and placed ads": no inversion, a list of predicates
    if not vg.finite and not (vg.first and toks[vg.first - 1].key in BOUNDARY_KEYS - {":", ";"}):
        return None, None  # a base form inverts only right after a quotation (“…,” read the email)
    i = vg.first - 1
    if i >= 0 and (toks[i].key in ("(", "[") or not (toks[i].key in _COMMA_LIKE or toks[i].key in BOUNDARY_KEYS)):
        return None, None  # not after an opening bracket: "(think Ann Moss)" is an imperative
    if _inside_subject_quote(toks, i):
        return None, None
    k = start_at.get(vg.last if vg.particle is None else vg.particle + 1)
    if k is None or phrases[k].kind == "pronoun" and toks[phrases[k].head].key.lower() in _NEVER_INVERTED:
        return None, None
    if _time_phrase(toks, phrases[k]):
        return None, None  # "said Friday that …": a date, not a speaker
    np = phrases[phrases[k].apposition] if phrases[k].apposition is not None else phrases[k]
    e = np.last
    if np is not phrases[k] and e < len(toks) and toks[e].key == ",":
        e += 1  # "said Tom Reed, the mayor, was wrong"
    while e < len(toks) and toks[e].tag in ADVERB_TAGS:
        e += 1
    if e < len(toks) and (toks[e].tag in ("VBD", "VBZ", "VBP", "MD") or (
            toks[e].key.lower() == "that" and not (e + 1 < len(toks) and toks[e + 1].tag in ("VBD", "VBZ", "VBP",
                                                                                             "MD")))):
        return None, None  # "…, said the plan is dead": the phrase is the subject of a complement clause
        #                    ("said the owner of a bakery that bakes rye": a relative clause, not one)
    return k, "inverted"
