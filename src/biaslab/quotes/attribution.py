"""Attribution rules: the speaker and cue of a quotation, read off the clause layer.

Rules a (after the quotation), b (before it, in its sentence or in a
colon-ended sentence before it) and d (a bare colon) of step 3 in the
package docstring. The speaker is the subject of a reporting verb group
(:mod:`biaslab.clauses.links`), or the phrase after "according to"; rule e
(a speaker that goes on) and the order of the rules are in :mod:`.core`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..clauses import ParsedSentence, Token, VerbGroup
from ..clauses.chunks import ADVERB_TAGS, CLOSING_MARKS, FINITE_TAGS
from ..clauses.links import expletive, lone_word
from .context import Context, Speaker, in_opening_adverbial, office
from .model import ADVERBIAL_OPENERS, MAX_HEARER_WORDS, MAX_LEAD_TOKENS, SUBORDINATE_OPENERS, ReportingVerb
from .people import PRONOUN_FORM_GENDER
from .verbs import reporting_noun, reporting_verb

#: Tokens that may stand between a quotation and the attribution after it.
_LEAD = frozenset({",", "—", "–", "--", "-"})
#: What may stand between a cue and the quotation it introduces for the two to be adjacent (rule b).
_ADJACENT = frozenset({",", ":", "—", "–", "--", "-"})
#: Tags of the words a reporting clause may end with after its verb, before the comma or colon that
#: introduces a quotation: its hearer and prepositional phrases ("asked Tom Reed", "wrote to the
#: board on Monday"); nouns, names, determiners, pronouns, adjectives, numbers, prepositions (Penn tags).
_CLAUSE_TAIL = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "PRP", "PRP$", "POS", "JJ", "CD", "IN", "TO"})
#: A quotation ending in one of these continues its sentence (its attribution may open the next paragraph).
_UNFINISHED = ",;:—–-"
#: Object pronouns that can be the hearer of "told".
_OBJECT_PRONOUNS = frozenset("him her them me us you".split())
#: Reporting verbs that report only with a text as subject (a common noun, or "it") and no direct
#: object: a statement "reads" its words; a reader reads a book, and "She read “War and Peace”"
#: quotes a title.
_TEXT_SUBJECT = frozenset({"read"})
#: Verbs of perception (Levin 1993 class 30.1 and "record", "film", "catch" for a recording) whose
#: passive before an -ing reporting verb names the speaker as its subject ("is heard saying").
_PERCEPTION = frozenset({"hear", "see", "record", "film", "catch", "overhear"})
#: Verbs of going on speaking that, before an infinitive, go on doing something else: "continued to
#: ignore the warnings", "went on to win" report nothing (the infinitive's own verb reports when it is
#: one: "continued to insist"); "added to People" still reports. "agree" before an infinitive is
#: consent to do something ("agreed to pay a fine"), not assent to words ("agreed that …").
_NOT_BEFORE_TO = frozenset({"continue", "add", "go on", "agree"})
#: A reporting verb with the object that makes it an idiom reporting no words: "The vote speaks
#: volumes about …" (it is telling; Oxford Dictionary of English, "speak volumes").
_IDIOM_OBJECTS = frozenset({("speak", "volumes")})
#: Verbs that, before "to" + a reporting verb, say the words were not said ("declined to say").
_NOT_SAID = frozenset({"decline", "refuse", "fail", "hesitate", "forget", "neglect"})
#: Dashes that introduce a quotation as a colon does.
_DASHES = frozenset({"—", "–", "--", "-"})
#: A dash that signs a quotation, on its line or the next one ("“…” — Ann Moss"; a fact-check's quoted
#: claim, then "- Moss." as a paragraph of its own), up to the name it introduces.
_SIGNATURE = re.compile(r"[ \t]*(?:\r?\n[ \t]*){0,3}(?:--|[-\u2013\u2014\u2015])[ \t]*(?=[A-Z])")
#: At most this many words on a signature line: a name and a short description ("— Ann Moss, mayor of
#: Dover, in a 2015 speech"); a longer line after a dash is the writer's sentence.
MAX_SIGNATURE_WORDS = 15
#: How far back from a quotation a reporting noun is looked for, in tokens ("his warning that Britain
#: would have to go to the “back …” has 8 between).
MAX_NOUN_REACH = 15
#: At most this many tokens (a time or place: "on Monday", "in Dover") may follow a sentence-final
#: attribution (", Moss said on Monday.") for :func:`closing_attribution`.
MAX_CLOSING_TAIL = 3
#: Nouns that name a wording, so that a quotation right after one gives the wording itself ("the term
#: “…”", "her slogan “…”"): the metalinguistic nouns of reported wording (Quirk et al. 1985 §17.77 on
#: apposition with a quoted term: "the word “…”"), with the campaign and naming nouns of news copy.
WORDING_NOUNS = frozenset("term terms word words phrase phrases expression slogan slogans motto label nickname "
                          "catchphrase mantra moniker refrain".split())
#: Verbs whose subject utters or adopts the wording their object names ("used the term", "coined the
#: phrase", "prefers the word"), besides the reporting verbs of ``data/reporting_verbs.csv``.
WORDING_VERBS = frozenset("use coin adopt employ invoke utter repeat prefer choose".split())
#: Verbs of perceiving or judging something *as* something, whose "as" complement is the subject's
#: characterisation: Levin 1993 class 29.2, characterize verbs (see, view, regard, treat, define, count,
#: class, classify; not "cast", whose subject is as often an advertisement as its sponsor), and 29.9,
#: consider verbs with "as" (consider). A quotation in that complement
#: is the subject's wording ("Critics see the plan as “a stunt”"), as attribution annotation reads
#: such stance cues (Pareti 2016); the object before "as" is not ("Critics see the “rescue plan” as
#: a stunt" keeps its scare quote).
AS_VERBS = frozenset("see view regard treat define count class classify consider".split())
#: How far (tokens) "put it" may stand after the "as" of "as X put it": room for an insertion such as
#: ", a professor of law at Dover and the author of “The Long Road,”" (about 20 tokens).
MAX_AS_PUT_IT = 30
#: First words of the idioms of :func:`_idiom`.
_IDIOM_STARTS = frozenset({"according", "as", "in", "to"})
#: Nouns of the idiom "in X's words" that say whose account the sentence gives ("in Moss's view", "in his
#: telling", "in the words of Moss"): the epistemic stance adverbials of viewpoint or perspective ("in
#: our view") of Biber et al. (1999, *Longman Grammar of Spoken and Written English*, stance
#: adverbials), with the speech nouns "words", "telling" and "account".
_ACCOUNT_NOUNS = frozenset({"words", "view", "views", "opinion", "judgment", "judgement", "estimation",
                            "assessment", "telling", "account", "recollection"})
#: Possessive pronouns of the idiom "in his words", with the pronoun they are resolved as.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
#: Words that open a relative clause inside an insertion.
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
#: Verbs whose object, not their subject, does what the infinitive after it says ("prompted Moss to
#: state", "urged Reed to say"): object-control verbs (Huddleston & Pullum 2002, The Cambridge Grammar
#: of the English Language, ch. 14 on catenative complements). Most are Levin's (1993) force verbs,
#: class 59 (force, compel, lead, persuade, press, pressure, prompt, push, urge); the rest verbs of
#: asking, telling, allowing and causing whose object does the infinitive (ask, tell, allow, invite,
#: order, require, beg, implore, cause, get). Any other verb leaves the infinitive to its subject
#: ("Moss used the debate to demand": subject control).
OBJECT_CONTROL = frozenset({"prompt", "lead", "urge", "ask", "tell", "force", "allow", "require", "encourage",
                            "cause", "push", "invite", "persuade", "convince", "order", "advise", "press",
                            "pressure", "inspire", "get", "challenge", "dare", "compel", "implore", "beg"})
#: Words between a subject phrase and its verb that open a relative clause ("a surrogate who said").
_RELATIVE_OR_THAT = _RELATIVE_WORDS | {"that"}
#: Quotation marks as token keys.
_MARK_KEYS = frozenset({'"', "''", "'", "“", "”", "``"})


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_resolution: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_class: str | None


#: No speaker and no cue.
NO_ATTRIBUTION = Attribution(None, None, None, None, None, None, None, None)


def _make(ctx: Context, who: Speaker | None, cue: tuple[int, int] | None, cue_class: str | None) -> Attribution:
    cue_text = ctx.text[cue[0]:cue[1]] if cue else None
    if who is None:
        return Attribution(None, None, None, None, cue_text, *(cue or (None, None)), cue_class)
    return Attribution(who.name, who.start, who.end, who.resolution, cue_text, *(cue or (None, None)), cue_class)


def _cue(s: ParsedSentence, v: int, rv: ReportingVerb, limit: int) -> tuple[int, int]:
    """Offsets of the cue of verb group ``v``: the main verb (with its particle), and for hearer
    verbs the hearer that follows ("told reporters", "told him"), never past token ``limit``."""
    vg = s.verbs[v]
    toks = s.tokens
    end_tok = vg.main + 1 if vg.particle is None else vg.particle + 1
    if len(rv.verb.split()) > 1 and vg.particle is None and end_tok < len(toks):
        # a particle the tagger did not mark ("lashed out"), past an object "it" ("made it clear")
        end_tok += 2 if toks[end_tok].key.lower() == "it" and end_tok + 1 < len(toks) else 1
    if rv.hearer and end_tok < limit:
        objects = [s.phrases[k.phrase] for k in s.links if k.verb == v and k.role == "object"]
        if objects and objects[0].first == end_tok and objects[0].last <= limit:
            o = objects[0]
            if (o.kind == "pronoun" and toks[o.head].key.lower() in _OBJECT_PRONOUNS) or (
                    o.kind != "pronoun" and o.last - o.first <= MAX_HEARER_WORDS and o.complement is None):
                end_tok = o.last
    return toks[vg.main].start, toks[end_tok - 1].end


def _reporting(s: ParsedSentence, v: int) -> ReportingVerb | None:
    vg: VerbGroup = s.verbs[v]
    toks = s.tokens
    nxt = toks[vg.main + 1].key if vg.main + 1 < len(toks) else None
    rv = reporting_verb(toks[vg.main].key, nxt)
    if nxt is not None and nxt.lower() == "it" and vg.main + 2 < len(toks):
        moved = reporting_verb(toks[vg.main].key, toks[vg.main + 2].key)
        if moved is not None and " " in moved.verb:
            rv = moved  # the particle after an object "it": "made it clear that …", "pointed it out"
    if rv is not None and nxt is not None and (rv.verb, nxt.lower()) in _IDIOM_OBJECTS:
        return None
    if rv is not None and rv.verb in _NOT_BEFORE_TO:
        to = vg.main + len(rv.verb.split())  # past the particle of "go on"
        while to < len(toks) and toks[to].key in _MARK_KEYS:
            to += 1  # "would continue “to break barriers”": the infinitive inside a quotation
        if to + 1 < len(toks) and toks[to].key.lower() == "to" and toks[to + 1].tag == "VB":
            return None
    if rv is not None and rv.hearer and toks[vg.main].tag == "VBG" and vg.main > vg.first \
            and toks[vg.main - 1].lemma == "be" and not any(k.verb == v and k.role == "object" for k in s.links) \
            and (nxt is None or toks[vg.main + 1].tag in ("IN", "RB", ".", ",")):
        return None  # "The remark was telling for its timing": an adjective after "be", no hearer
    if rv is not None and rv.verb in _TEXT_SUBJECT and (
            any(k.verb == v and k.role == "object" for k in s.links)
            or any(k.verb == v and k.role == "subject" and s.phrases[k.phrase].kind != "common"
                   and toks[s.phrases[k.phrase].head].key.lower() != "it" for k in s.links)):
        return None  # "She read the novel" reports nothing; "the statement read: …" and "“…,” it reads" do
    return rv


def _speakers_of(s: ParsedSentence, v: int) -> list:
    """The links naming who speaks with verb group ``v``: its subjects, or for a passive its agent
    ("was described by aides as", "— often labeled a “witch hunt” by Democrats —") and nobody else
    (the subject of "is nicknamed" is not the speaker)."""
    vg = s.verbs[v]
    if vg.passive or (not vg.finite and s.tokens[vg.main].tag == "VBN"):
        return [x for x in s.links if x.verb == v and x.role == "agent"]
    return [x for x in s.links if x.verb == v and x.role == "subject"]


def _participle_insertion(s: ParsedSentence, vg: VerbGroup, k: int) -> bool:
    """Is verb group ``vg`` a past participle opening an insertion after a comma, closed by a comma
    and "that" before the quotation at token ``k`` ("argued in a letter, written by Ann Moss, its
    counsel, that “…”")? The that-clause is the complement of the verb before the insertion."""
    toks = s.tokens
    if vg.finite or toks[vg.main].tag != "VBN" or vg.first == 0 or toks[vg.first - 1].key != ",":
        return False
    return any(toks[i].key == "," and toks[i + 1].key.lower() == "that" for i in range(vg.last, k - 1))


def _refused(s: ParsedSentence, vg: VerbGroup) -> bool:
    """"declined to say", "refused to comment": an infinitive after a verb of :data:`_NOT_SAID`."""
    if vg.first < 2 or s.tokens[vg.first - 1].key.lower() != "to":
        return False
    k = s.verb_at(vg.first - 2)
    return k is not None and s.verbs[k].lemma in _NOT_SAID


def _top_phrase(s: ParsedSentence, first: int) -> int | None:
    """The outermost phrase of ``s`` starting at token ``first``, else None."""
    return next((i for i, np in enumerate(s.phrases) if np.first == first and np.outer is None), None)


def _idiom(ctx: Context, s: ParsedSentence, k: int) -> tuple[Speaker, tuple[int, int], str] | None:
    """An attribution idiom starting at token ``k``: (speaker, cue offsets, cue class).
    "according to X" (class ``according_to``); "as X put it" / "as X puts it" (also past an
    insertion: "as Ann Moss, a professor of law, put it", and then the name in apposition right
    before "put": "as the firm's chief, Ann Moss, put it"); "in the words of
    X"; "in X's words" / "in his words", also with another noun of :data:`_ACCOUNT_NOUNS` ("in Moss's
    view"); "to quote X" (class ``neutral``)."""
    toks = s.tokens
    n = len(toks)
    if k + 1 >= n:
        return None
    first, second = toks[k].key.lower(), toks[k + 1].key.lower()
    if first == "according" and second == "to":
        p = _top_phrase(s, k + 2)
        return None if p is None else (ctx.speaker(s, p), (toks[k].start, toks[k + 1].end), "according_to")
    if first == "to" and second == "quote":
        p = _top_phrase(s, k + 2)
        return None if p is None else (ctx.speaker(s, p), (toks[k].start, toks[k + 1].end), "neutral")
    if first == "as":
        j = next((i for i in range(k + 2, min(n - 1, k + MAX_AS_PUT_IT)) if toks[i].key.lower() in ("put", "puts")
                  and toks[i + 1].key.lower() == "it"), None)
        p = _top_phrase(s, k + 1)
        if j is None or p is None or any(vg.finite and k < vg.first < j and not ctx.inside_quote(vg.start)
                                         for vg in s.verbs):
            return None  # "as Moss put it", past an insertion, with no other clause before "put"
        if toks[j - 1].key == ",":  # "as the firm's chief, Ann Moss, put it": the name in apposition
            a = next((q for q, np in enumerate(s.phrases) if np.last == j - 1 and np.outer is None), None)
            if a is not None and s.phrases[a].kind == "proper" and toks[s.phrases[a].first - 1].key == ",":
                p = a
        return ctx.speaker(s, p), (toks[j].start, toks[j + 1].end), "neutral"
    if first == "in":
        p = _top_phrase(s, k + 1)
        if p is None or toks[s.phrases[p].head].key.lower() not in _ACCOUNT_NOUNS:
            return None
        np = s.phrases[p]
        cue = (toks[k].start, toks[np.head].end)
        if np.complement is not None and toks[np.base_last].key.lower() == "of":   # "in the words of Moss"
            return ctx.speaker(s, np.complement), (toks[k].start, toks[np.base_last].end), "neutral"
        if np.possessor is not None:                                                 # "in Moss's words"
            return ctx.speaker(s, np.possessor), cue, "neutral"
        owner = toks[np.first]
        if owner.tag == "PRP$" and owner.key.lower() in _POSSESSIVE_PRONOUNS:      # "in her words"
            word = _POSSESSIVE_PRONOUNS[owner.key.lower()]
            name = ctx.pronouns.resolve(word, owner.start, s.index)
            return Speaker(name or owner.text, owner.start, owner.end, "pronoun" if name else "phrase"), cue, "neutral"
    return None


def _final_mark(content: str) -> str:
    """The last character of a quotation's content past closing marks of a quotation nested in it
    ("… ‘How can we be of use?’" → "?"), else ""."""
    return content.rstrip().rstrip("'’\"”").rstrip()[-1:]


def after(ctx: Context, start: int, end: int, content: str) -> Attribution | None:
    """Attribution right after a quotation ``text[start:end]`` (rule a): a reporting verb group
    whose subject stands after the quotation ("…,” said Putin", "…,” Jane Roe, the committee's
    spokeswoman, said", "…,” the daily wrote"; past a relative clause or a participle inside an
    insertion: "…,” Ann Moss, speaking at a rally, said"), or "according to X". None for a quotation
    that a reporting verb with a subject introduces (:func:`_speaking_verb_before`) inside an opening
    adverbial clause ("When a dockworker yelled, “…,” Reed answered"), nor from the next sentence for one so
    introduced anywhere, also past the verb's hearer ("Moss answered: “…?” Reporters noted it"; "Moss
    asked Reed, “…?” Reed said, “…”"). A common noun phrase after the
    verb that "as" and a noun phrase follow is the verb's object, not an inverted speaker ("… as
    “unfit,” attacked his budget as mayor and …": :func:`_as_complement`). Words that the writer's
    clause goes on after, with a preposition and a finite verb before any comma ("… against “a waste”
    in the way the board spends"), take no attribution from after them (:func:`_clause_before_comma`).
    A passive reporting verb right before the quotation takes its "by" agent after it ("has been
    called “…” by Tom Reed": :func:`_passive_agent`). A quotation inside a noun or prepositional
    phrase (after a determiner, possessive, adjective or preposition) and not followed by a comma takes
    nothing from the verb after it ("The minister's “plan” was dismissed by critics"; "a TV show, “Good
    Morning Dover”, …"; "a co-founder of “The Harbour Party” Ann Moss, one of …")."""
    s = ctx.sentence_at(end - 1)
    if s is None:
        return None
    k = ctx.token_at(s, end - 1) + 1
    toks = s.tokens
    k0 = ctx.token_at(s, start) if ctx.sentence_at(start) is s else -1  # the opening mark, in this sentence
    if k0 >= 0 and (in_opening_adverbial(s, k0, ctx.inside_quote) or _subordinate_speech(ctx, s, k0)) \
            and not any(t.key == "," and not ctx.inside_quote(t.start) for t in toks[k:]):
        return None  # "When Reed said he would “protect us,” the crowd applauded", "In a clip that Judge
        #              Moss called “vile,” Reed said …": the main clause's verb is not the attribution of
        #              words inside the adverbial or relative clause ("As “…,” Moss said, the levy fell"
        #              keeps its own)
    agent = _passive_agent(ctx, s, k0, k) if k0 >= 0 else None
    if agent is not None:
        return agent  # "… has been called “a gift to the rich” by Tom Reed, a professor …"
    so = s if k0 >= 0 else ctx.sentence_at(start)  # the quotation's opening sentence
    ko = k0 if k0 >= 0 or so is None else ctx.token_at(so, start)
    comma_before = ko >= 2 and so.tokens[ko - 1].key in (",", ":")
    introduced = comma_before and _speaking_verb_before(so, ko - 1)
    if introduced and in_opening_adverbial(so, ko - 2, ctx.inside_quote):
        return None  # "When a dockworker yelled, “Strike,” Reed answered, “…”": the verb before the
        #              quotation introduces it; the main clause after it is the next speaker's
    if k0 > 0 and toks[k0 - 1].tag in ("DT", "PRP$", "POS", "JJ", "IN") and k < len(toks) and toks[k].key not in _LEAD \
            and _final_mark(content) not in _UNFINISHED:
        return None  # "The minister's “plan” was dismissed by critics": a quotation inside a noun phrase
        #              is no quotation of the clause's speaker or agent
    if k < len(toks) and toks[k].key in _LEAD:
        k += 1
    elif k < len(toks) and toks[k].tag in ("IN", "TO") and toks[k].key.lower() not in ("as", "according", "that") \
            and _final_mark(content) not in _UNFINISHED + ".?!…" and _clause_before_comma(ctx, s, k):
        return None  # "cautioned against “a betrayal” in the way the city responds": the writer's clause
        #              goes on after the words; no attribution follows them ("“…” for Reed, said Moss" does)
    next_sentence = False  # the attribution is looked for in the sentence after the quotation's
    if k >= len(toks):
        # the quotation ends its sentence: "…terrorists,”" ending a paragraph may be attributed by the
        # next paragraph's opening ("said Putin, noting"); "…?”"/"…!”" by the next sentence ("Smith asked.")
        last = _final_mark(content)
        if s.index + 1 >= len(ctx.parsed) or not last:
            return None
        nxt = ctx.parsed.sentences[s.index + 1]
        if last not in _UNFINISHED + "?!":
            return _bare_attribution(ctx, nxt) if nxt.paragraph == s.paragraph else None
        if last in "?!" and nxt.paragraph != s.paragraph:
            return None
        if comma_before and _speaking_verb_before(so, ko - 1, past_objects=True):
            return None  # "Moss answered: “…?” Reporters noted it.", "Moss asked Reed, “…?” Reed said,
            #              “…”": the quotation has its speaker
        s, toks, k = nxt, nxt.tokens, 0
        if not toks:
            return None
        next_sentence = True
    if ctx.inside_quote(toks[k].start):
        return None
    found = _idiom(ctx, s, k)
    if found:
        return _make(ctx, *found)
    relative = _relative_spans(s, k, len(toks))
    reduced = False  # a participle after the noun that opens the attribution was passed over
    for v, vg in enumerate(s.verbs):
        if vg.first < k:
            continue
        if any(t.key in _MARK_KEYS and t.tag != "POS" for t in toks[k:vg.first]):
            return None
        if vg.first in relative:
            continue  # "…,” Jane Roe, who chairs the panel, said", "…, who was not allowed to speak, told"
        if not vg.finite and toks[vg.main].tag in ("VBG", "VBN") and any(t.key == "," for t in toks[k:vg.first]):
            continue  # a participle inside an insertion: "…,” Ann Moss, speaking at a rally, said"
        subjects = _speakers_of(s, v)
        if subjects and subjects[0].rule == "relative" and vg.first > 0 \
                and toks[vg.first - 1].key.lower() == "that":
            continue  # "“…,” the group that organised the rally said": a relative clause on the phrase
        if reduced and toks[vg.first].tag not in FINITE_TAGS:
            return None  # "…,” a site tied to a club called …": no finite verb after the participle
        if not subjects and not vg.finite and toks[vg.main].tag == "VBN" and vg.first > k \
                and toks[vg.first - 1].tag in ("NN", "NNS"):
            reduced = True
            continue  # "…,” a statement issued on Monday said": a participle after the subject's noun
        rv = _reporting(s, v)
        cue_v = v
        if rv is None and _perceived_saying(s, v):  # "“…!” the man is heard saying"
            cue_v, rv = v + 1, _reporting(s, v + 1)
            subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
        if rv is None or not subjects:
            return None
        p = subjects[0].phrase
        if s.phrases[p].first < k or (vg.first - k > MAX_LEAD_TOKENS and s.phrases[p].first != k):
            return None  # farther than a speaker phrase reaches, unless the clause layer links the verb
            #              to the phrase right after the quotation across a long apposition
        if any(toks[i].key.lower() in ADVERBIAL_OPENERS and toks[i].key.lower() != "as"
               for i in range(k, s.phrases[p].first)):
            return None  # "“…” until Reed said", "“…,” because Reed said": a clause of its own
        if len(subjects) == 1 and any(toks[i].tag == "CC" and (i == k or (toks[i - 1].key == "," and not (
                s.phrases[p].kind == "proper" and _in_proper(s, i - 2)))) for i in range(k, s.phrases[p].first)):
            return None  # "“…,” and Reed said", "“…” on Tuesday, and a few lawmakers said": a clause of
            #              its own, not the quotation's attribution (a list of names is: "“…,” Moss, Reed,
            #              and Lee said")
        if s.phrases[p].first > vg.first and s.phrases[p].kind != "proper" and _as_complement(s, s.phrases[p].last):
            return None  # "… as “unfit,” attacked his budget as mayor and …": an object, not a speaker
        if next_sentence and _reports_a_clause(s, v):
            return None  # "“…?” / Reports say the pope received …": a sentence of its own, not a speech tag
        return _make(ctx, ctx.speaker(s, p), _cue(s, cue_v, rv, len(toks)), rv.verb_class)
    return None


def _speaking_verb_before(s: ParsedSentence, i: int, *, past_objects: bool = False) -> bool:
    """Does a reporting verb group with a subject end right before token ``i`` (a comma or colon
    before a quotation: "a dockworker yelled, “…”"), or, with ``past_objects``, end the clause before
    it past its hearer and prepositional phrases ("Moss asked Tom Reed, “…”", "Moss wrote to Reed on
    Monday, “…”") but no other verb or punctuation?"""
    while past_objects and i > 1 and s.verb_at(i - 1) is None and s.tokens[i - 1].tag in _CLAUSE_TAIL:
        i -= 1
    v = s.verb_at(i - 1)
    return v is not None and s.verbs[v].last == i and _reporting(s, v) is not None \
        and any(x.verb == v and x.role == "subject" for x in s.links)


def _reports_a_clause(s: ParsedSentence, v: int) -> bool:
    """Does a complement clause follow verb group ``v`` of ``s`` right after it (past "that"): a phrase
    there that is the subject of a later finite verb ("Reports say the pope received the letter")?"""
    at = s.verbs[v].last
    if at < len(s.tokens) and s.tokens[at].key.lower() == "that":
        at += 1
    return any(x.role == "subject" and x.verb > v and s.verbs[x.verb].finite and s.phrases[x.phrase].first == at
               for x in s.links)


def _passive_agent(ctx: Context, s: ParsedSentence, k: int, j: int) -> Attribution | None:
    """The agent of a passive reporting verb right before the quotation at tokens ``k:j`` (past its
    "as" and a determiner), named in a "by" phrase right after it: "… has been called “…” by Tom
    Reed", "… was described as “…” by the mayor", "was called a “ghost town” by Moss", "forms branded
    “void” by the clerk" (a bare participle); else None."""
    toks = s.tokens
    if j + 1 >= len(toks) or toks[j].key.lower() != "by":
        return None
    p = _top_phrase(s, j + 1)
    i = k - 1 if k > 0 and toks[k - 1].tag == "DT" else k
    i = i - 1 if i > 0 and toks[i - 1].key.lower() == "as" else i
    v = s.verb_at(i - 1) if i > 0 else None
    if p is None or v is None or ctx.inside_quote(toks[i - 1].start) or not (
            s.verbs[v].passive or (not s.verbs[v].finite and toks[s.verbs[v].main].tag == "VBN")):
        return None
    rv = _reporting(s, v)
    if rv is None:
        return None
    return _make(ctx, ctx.speaker(s, p), _cue(s, v, rv, k), rv.verb_class)


def _subordinate_speech(ctx: Context, s: ParsedSentence, k: int) -> bool:
    """Is the quotation at token ``k`` the object of a reporting verb right before it (no comma
    between) whose subject opens a relative or adverbial clause ("a clip that Judge Moss called
    “…”", "after Reed called it “…”")?"""
    toks = s.tokens
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last > k or ctx.inside_quote(vg.start):
            continue
        if any(t.key == "," for t in toks[vg.last:k]) or not vg.finite or _reporting(s, v) is None:
            return False
        subjects = _speakers_of(s, v)
        if not subjects:
            return False
        first = s.phrases[subjects[0].phrase].first
        return first > 0 and (toks[first - 1].key.lower() in _RELATIVE_WORDS | {"that"}
                              or toks[first - 1].key.lower() in ADVERBIAL_OPENERS)
    return False


def _as_complement(s: ParsedSentence, i: int) -> bool:
    """Does "as" at token ``i`` open a complement of the phrase before it rather than a clause: a noun
    phrase that reaches a coordinator, comma or the end before any finite verb ("her record as mayor
    and …"; not "Moss as the crowd cheered", "Moss as she left")?"""
    toks = s.tokens
    if i >= len(toks) or toks[i].key.lower() != "as" or i + 1 >= len(toks) or toks[i + 1].tag == "PRP":
        return False
    for t in toks[i + 1:]:
        if t.tag in FINITE_TAGS:
            return False
        if t.tag == "CC" or t.key in (",", ";", ".", ":"):
            return True
    return True


def signature(ctx: Context, start: int, end: int) -> Attribution | None:
    """Rule e': a quotation that opens its paragraph and is signed: a dash after it, on its line or
    opening the next one, then a name ending the line, or a name, a comma and a short description
    (:data:`MAX_SIGNATURE_WORDS` words in all): "“…” — Ann Moss", a fact-check's "“…” / - Moss.".
    The dash before the source's name is the standard attribution of epigraphs and block quotations
    (The Chicago Manual of Style, 17th ed., 2017, 13.36). No finite verb may stand in the name
    before the comma ("“…” — Moss conceded on Monday" is the writer's sentence); the name is a proper
    noun phrase (not "— The crowd"); ``cue=None``."""
    text = ctx.text
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return None
    m = _SIGNATURE.match(text, end)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if len(text[m.end():line_end].split()) > MAX_SIGNATURE_WORDS:
        return None
    s = ctx.sentence_at(m.end())
    if s is None or ctx.inside_quote(m.end()):
        return None
    p = _top_phrase(s, ctx.token_at(s, m.end()))
    if p is None or s.phrases[p].kind != "proper" or s.phrases[p].start != m.end():
        return None
    stop = next((t.start for t in s.tokens if t.start >= m.end() and t.key in (",", "(")), line_end)
    if any(vg.finite and m.end() <= vg.start < min(stop, line_end) for vg in s.verbs):
        return None
    return _make(ctx, ctx.speaker(s, p), None, None)


def _perceived_saying(s: ParsedSentence, v: int) -> bool:
    """Is verb group ``v`` a passive verb of perception right before an -ing form ("is heard saying",
    "was seen shouting", "can be heard telling": Levin 1993 class 30.1, the *see* verbs, with an -ing
    complement), whose subject is then the one who speaks?"""
    vg = s.verbs[v]
    return vg.passive and vg.lemma in _PERCEPTION and v + 1 < len(s.verbs) and s.verbs[v + 1].first == vg.last \
        and s.tokens[s.verbs[v + 1].main].tag == "VBG"


def _in_proper(s: ParsedSentence, i: int) -> bool:
    """Is token ``i`` part of a noun phrase headed by a name?"""
    p = s.phrase_at(i)
    return p is not None and s.phrases[p].kind == "proper"


def _bare_attribution(ctx: Context, s: ParsedSentence) -> Attribution | None:
    """A sentence that is nothing but a speaker and a reporting verb ("Reed said.", "Reed said
    on Monday.") after a quotation closed with a full stop: a misplaced comma, the attribution
    of that quotation. Anything more (an object, a complement clause, a quotation, a second
    verb) makes it a sentence of its own."""
    toks = s.tokens
    if len(s.verbs) != 1 or len(toks) > MAX_LEAD_TOKENS or any(t.key in _MARK_KEYS and t.tag != "POS" for t in toks) \
            or any(t.key.lower() == "that" for t in toks) or toks[-1].key != ".":
        return None
    subjects = _speakers_of(s, 0)
    rv = _reporting(s, 0)
    if rv is None or not subjects or s.phrases[subjects[0].phrase].first != 0 or _refused(s, s.verbs[0]):
        return None
    after = s.verbs[0].last if s.verbs[0].particle is None else s.verbs[0].particle + 1
    if after < len(toks) and toks[after].tag not in ("IN", "RB", ".", ","):
        return None  # "Reed said nothing.": an object, not an attribution
    return _make(ctx, ctx.speaker(s, subjects[0].phrase), _cue(s, 0, rv, len(toks)), rv.verb_class)


def before(ctx: Context, floor: int, start: int) -> tuple[Attribution, bool, int] | None:
    """The nearest attribution before a quotation opening at ``start`` in its sentence (rule b):
    the subject of a reporting verb group outside quotations, or an idiom ("according to X", "as X
    put it"); (attribution, adjacent?, index of the verb group in its sentence, or the number of
    groups for an idiom). When nothing but the quotation opens the sentence and the sentence
    before it ends with a colon, after the previous quotation ending at ``floor``, that sentence
    introduces it ("Mattis told reporters:"). A reporting noun between the verb and the quotation
    whose "that" clause holds the quotation gives its owner instead (:func:`_noun_complement`)."""
    s = ctx.sentence_at(start)
    if s is None:
        return None
    k = ctx.token_at(s, start)
    if k <= 0 and s.index > 0:
        prev = ctx.parsed.sentences[s.index - 1]
        if prev.tokens and prev.tokens[-1].key == ":" and prev.tokens[-1].start >= floor:
            s, k = prev, len(prev.tokens) - 1
    return _before_in(ctx, s, 0, k)


def _before_in(ctx: Context, s: ParsedSentence, lo: int, k: int) -> tuple[Attribution, bool, int] | None:
    toks = s.tokens
    best = relative = None
    for i in range(k - 2, lo - 1, -1):
        if toks[i].key.lower() in _IDIOM_STARTS and not ctx.inside_quote(toks[i].start):
            found = _idiom(ctx, s, i)
            if found and found[1][1] <= toks[k].start:  # the idiom ends before the quotation
                best = (i, _make(ctx, *found), max(found[0].end, found[1][1]), len(s.verbs))
                break
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last > k or vg.first < lo or (best and vg.first < best[0]):
            continue
        if ctx.inside_quote(vg.start):
            continue
        rv = _reporting(s, v)
        if rv is None:
            continue
        subjects = _speakers_of(s, v)
        if subjects and rv.hearer and subjects[0].rule == "inverted":
            # "Ann Moss — … — told Bill Reilly that “…”": the phrase after "told" is the hearer, the
            # speaker is before an insertion the links could not cross (or nobody here)
            who = _opening_phrase(ctx, s, v)
            if who is None:
                continue
            cue = _cue(s, v, rv, k)
            best = (vg.first, _make(ctx, who, cue, rv.verb_class), cue[1], v)
            break
        if not subjects or ctx.inside_quote(s.phrases[subjects[0].phrase].start) or _refused(s, vg):
            continue  # no speaker, or "declined to say"
        if _closed_opening(ctx, s, vg, k):
            continue  # "While many agreed with …, his mispronunciation of “…” …": the clause is closed
        if not vg.finite and _inside_subject(ctx, s, v, k):
            continue  # "The worries expressed by the leaders go beyond Reed's pledge to be “…”"
        if _participle_insertion(s, vg, k):
            continue  # "Lowmere Oil argued in a letter, written by Ann Moss, its counsel, that …"
        if _writer_quotes(s, vg, s.phrases[subjects[0].phrase]):
            continue  # "Reed said, and I quote, “…”": the writer's aside, the speaker is before it
        if subjects[0].rule == "inverted" and s.phrases[subjects[0].phrase].last + 1 == k \
                and toks[k - 1].key.lower() == "as":
            # "Moss slams Reed, praises Hale as “…”": the phrase after the verb is its object, the
            # speaker the subject of the predicate it is coordinated with
            p = _main_subject(ctx, s, v) if vg.first > 0 and toks[vg.first - 1].key in (",", "and") else None
            if p is None or ctx.inside_quote(s.phrases[p].start):
                continue
            cue = _cue(s, v, rv, k)
            best = (vg.first, _make(ctx, ctx.speaker(s, p), cue, rv.verb_class), cue[1], v)
            break
        np0 = s.phrases[subjects[0].phrase]
        opener = np0.first > 0 and toks[np0.first - 1].key.lower() in ADVERBIAL_OPENERS
        thing = np0.kind == "common" or lone_word(toks, np0, _GENERIC) \
            or (expletive(toks, np0) and ctx.speaker(s, subjects[0].phrase).resolution == "phrase")
        if thing and not (opener and _colon_after(s, vg, k)) \
                and not (np0.first > 0 and toks[np0.first - 1].key.lower() in _RELATIVE_WORDS) \
                and _matrix(ctx, s, v, np0.first, lo) is not None:
            # "Moss said the plan should reiterate …": a thing's verb in a complement clause, not a
            # speaker's (measured on PolNeAR train: such verbs are mostly "speaks volumes", "continue
            # to be", "call it"), nor an unresolved "it"'s ("Moss said it has to declare “…”") or a generic
            # "you"'s ("Moss notes that you can't shout “…” on a ferry"); a limit:
            # a body that speaks ("said the council would call it") too.
            # A relative clause's verb is a speaker's: "Moss faulted the plan, which an audit said was “…”"
            continue
        if opener and any(toks[i].key == "," for i in range(vg.last, k)) \
                and _matrix(ctx, s, v, np0.first, lo) is not None:
            continue  # "Moss said that when Lane complained about the levy, “…”": a closed subordinate clause
        cue = _cue(s, v, rv, k)
        found = (vg.first, _make(ctx, ctx.speaker(s, subjects[0].phrase), cue, rv.verb_class), cue[1], v)
        if subjects[0].rule == "relative" and (toks[vg.first - 1].key.lower() != "who" or (
                any(t.key not in (",", ":") for t in toks[vg.last:k])
                and not _inside_nonrestrictive(toks, vg.first - 1, k))):
            # "…, said one aide, who asked not to be named, “…”": only if no other reporting verb comes
            # before; a person's relative clause whose verb stands right before the quotation introduces
            # it ("Moss praised Reed, who said, “…”"; a thing's is often carried by the main clause's
            # subject: "marchers carried signs that read “…”")
            relative = relative or found
            continue
        noun = _noun_complement(ctx, s, vg.last, k)
        if noun is not None:  # "Pence blamed the press for Reed's claim that Moss “founded the club”"
            found = (vg.first, noun, noun.cue_end, v)
        best = found
        break
    best = best or relative
    if best is None:
        return None
    gap = [t.key for t in toks if best[2] <= t.start and t.end <= toks[k].start]
    return best[1], all(g in _ADJACENT for g in gap), best[3]


def _inside_nonrestrictive(toks: list[Token], who: int, k: int) -> bool:
    """Does the quotation at token ``k`` lie inside the non-restrictive relative clause that "who" at
    token ``who`` opens after a comma, no comma or dash between ("Reed met Moss, who added that it was “…”")?
    Such a clause asserts something of a named person of its own (Quirk et al. 1985 §17.22); a
    restrictive one ("rivals who believe the town should “…”") describes a class in the main speaker's
    words, and a closed one (", who asked not to be named, “…”") leaves the quotation to the main
    clause."""
    return who > 0 and toks[who - 1].key == "," and not any(t.key in (",", "—", "–", ";") for t in toks[who + 1:k])


#: The generic persons of a general claim (Quirk et al. 1985 §6.21: "you can't shout “fire” on a ferry").
_GENERIC = frozenset({"you", "one"})


def _colon_after(s: ParsedSentence, vg: VerbGroup, k: int) -> bool:
    """Does verb group ``vg`` introduce the quotation at token ``k`` with a colon, nothing but
    adverbs and prepositional phrases between (no comma, no other verb): "… as the heckler yelled:
    “…”"? Such a verb's adverbial clause holds the quotation, after a named speaker's verb too (a
    complement or relative clause's verb is left to the other rules: "Reed said the union complained:
    “…”" stays Reed's report, "a rival who promised a wall: “…”" mostly the main speaker's)."""
    toks = s.tokens
    if k < 1 or toks[k - 1].key != ":" or any(t.key in (",", ";", "—", "–") for t in toks[vg.last:k - 1]):
        return False
    return not any(w.first >= vg.last and w.first < k for w in s.verbs)


def _closed_opening(ctx: Context, s: ParsedSentence, vg: VerbGroup, k: int) -> bool:
    """Is verb group ``vg`` in an adverbial clause that opens sentence ``s`` and that a comma (outside
    quotations, or the last mark inside one: "While Reed calls it a “fine plan,” Moss …") closes before
    token ``k``? The comma right between the verb and the quotation introduces it and closes nothing
    ("When a dockworker yelled, “…,” Reed answered")."""
    toks = s.tokens
    return in_opening_adverbial(s, vg.first, ctx.inside_quote) and k != vg.last + 1 and any(
        toks[i].key == "," and (not ctx.inside_quote(toks[i].start) or toks[i + 1].key in CLOSING_MARKS)
        for i in range(vg.last, k))


def _inside_subject(ctx: Context, s: ParsedSentence, v: int, k: int) -> bool:
    """Does the non-finite verb group ``v`` modify the subject of a later finite verb group before
    token ``k`` (a participle or relative clause inside that subject: "The worries being expressed
    by the leaders go …", "The leaders who rebuked Reed by expressing sympathy included …")? The
    quotation after it is then in that later verb's predicate, not the participle's words."""
    first = s.verbs[v].first
    return any(x.role == "subject" and x.rule != "relative" and x.verb > v and s.verbs[x.verb].finite
               and s.verbs[x.verb].last <= k and s.phrases[x.phrase].first < first
               and not ctx.inside_quote(s.verbs[x.verb].start) for x in s.links)


def _noun_complement(ctx: Context, s: ParsedSentence, lo: int, k: int) -> Attribution | None:
    """The owner of a reporting noun between token ``lo`` and the quotation at token ``k`` whose "that"
    clause holds the quotation ("… blamed the press for Reed's claim that Moss “founded the club”":
    Reed's words, not the blamer's), when the owner names someone. The clause must still be open at
    the quotation: at most one finite verb group outside quotations stands between "that" and the
    quotation, with its subject inside the clause (not "Reed's claim that Moss lied is “false”", where
    the quotation is said of the claim)."""
    toks = s.tokens
    for i in range(k - 2, lo - 1, -1):
        if toks[i].key.lower() != "that" or toks[i - 1].tag not in ("NN", "NNS") \
                or reporting_noun(toks[i - 1].key) is None or ctx.inside_quote(toks[i].start):
            continue
        finite = [w for w, wg in enumerate(s.verbs)
                  if i < wg.first < k and wg.finite and not ctx.inside_quote(wg.start)]
        if len(finite) > 1 or any(not any(x.verb == w and x.role == "subject" and s.phrases[x.phrase].first > i
                                          for x in s.links) for w in finite):
            return None
        p = s.phrase_headed_by(i - 1)
        if p is None or (s.phrases[p].first > 0 and toks[s.phrases[p].first - 1].key.lower() == "in") \
                or toks[k - 1].key.lower() == "as":
            return None  # "said in her remarks that …": the verb's clause; "… statement that X lied as “…”"
        owner = _owner(ctx, s, p)
        if owner is None:
            return None
        rv = reporting_noun(toks[i - 1].key)
        return _make(ctx, owner, (toks[i - 1].start, toks[i - 1].end), rv.verb_class)
    return None


def _matrix(ctx: Context, s: ParsedSentence, v: int, first: int, lo: int) -> int | None:
    """The reporting verb group whose complement clause holds verb group ``v`` (whose subject
    starts at token ``first``): an earlier finite reporting group of a main clause, before that
    subject, whose own subject names someone (a name, a pronoun, or a common noun phrase that
    resolves to an actor): "Moss said the plan should reiterate …"; else None. A group
    followed by a comma and then the subject takes no complement there: in "Tom Reed noted, the
    old captain muttered" it attributes the clause after it (a parenthetical)."""
    for w in range(v - 1, -1, -1):
        wg = s.verbs[w]
        if wg.first < lo or not wg.finite or wg.last > first or ctx.inside_quote(wg.start) \
                or _reporting(s, w) is None or (wg.last + 1 == first and s.tokens[wg.last].key == ","):
            continue
        if _closed_opening(ctx, s, wg, first):
            continue  # "After saying she thought …, the senator said": the adverbial clause is closed
        subjects = [x for x in s.links if x.verb == w and x.role == "subject" and x.rule != "relative"]
        np = s.phrases[subjects[0].phrase] if subjects else None
        if np is not None and not _opened_by_subordinator(s, np) \
                and (np.kind != "common" or ctx.speaker(s, subjects[0].phrase).resolution != "phrase"):
            return w
    return None


def introduced(ctx: Context, floor: int, start: int, content: str) -> tuple[Attribution, int] | None:
    """A quotation introduced by a colon or dash, or by a comma when it is a sentence of its own
    (it opens with a capital), after a main clause: the subject of that clause's last finite
    verb before the mark, when it names someone (a person or actor, a pronoun or a name),
    whatever the verb ("Moss fired back: “…”", "Moss embraced the plan -- “…”", "Moss shared
    her worry with the audience, “I do not know …”"); ``cue`` is the mark, class ``colon``.
    Verbs of subordinate clauses ("When Reed suggested a tax, …"), relative clauses and
    complement clauses ("… told reporters that the city is ready:" → the teller) do not count,
    unless a colon or dash introduces the quotation inside that adverbial clause, before its comma
    ("When Reed finally stood up — “…” — the lights dimmed"). A form of *be* right before the mark
    whose subject the links missed (or took from a relative clause) ends the search: the quotation
    completes it, and the verbs before it are not the speaker's ("All we heard was, in short, “…”").
    A common noun phrase names nobody ("The plan fell apart: “…”"), nor does an unresolved "it" or
    "there" before a copula or auxiliary ("It was also evidence of a trend: “…”").
    Returns the attribution and the index of its verb group (to compare with rule b's), or
    None."""
    s = ctx.sentence_at(start)
    if s is None:
        return None
    k = ctx.token_at(s, start)
    if k <= 0:
        if s.index == 0 or k < 0:
            return None
        prev = ctx.parsed.sentences[s.index - 1]
        if not prev.tokens or prev.tokens[-1].key != ":" or prev.tokens[-1].start < floor:
            return None
        s, k = prev, len(prev.tokens)
    mark = s.tokens[k - 1]
    if mark.key == ",":
        first = next((c for c in content if c.isalpha()), "")
        if not first.isupper():
            return None
    elif mark.key != ":" and mark.key not in _DASHES:
        return None
    lo = ctx.token_at(s, floor) + 1 if floor > s.start else 0
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last >= k or vg.first < lo:
            continue
        if not vg.finite or ctx.inside_quote(vg.start):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
        if not subjects or subjects[0].rule == "relative":
            if vg.lemma == "be" and all(s.phrase_at(i) is None and s.verb_at(i) is None for i in range(vg.last, k - 1)):
                return None  # "All we heard was, in short, “…”": the quotation completes a copula whose
                #              subject the links missed; the hearer before it did not say it
            continue
        np = s.phrases[subjects[0].phrase]
        if np.first > 0 and s.tokens[np.first - 1].key.lower() in ADVERBIAL_OPENERS and mark.key != "," \
                and not any(t.key == "," and not ctx.inside_quote(t.start) for t in s.tokens[vg.last:k - 1]):
            pass  # the quotation inside the subordinate clause: "When Reed finally stood up — “…” — the …"
        elif np.first > 0 and (s.tokens[np.first - 1].key.lower() in SUBORDINATE_OPENERS
                               or s.tokens[np.first - 1].tag[:2] == "VB"):
            continue  # a subordinate or complement clause: "When Reed suggested …", "said the plan is"
        if subjects[0].rule == "coordinated" and _opened_by_subordinator(s, np):
            continue
        if _writer_quotes(s, vg, np):
            continue  # "Reed said, and I quote, “…”"
        who = ctx.speaker(s, subjects[0].phrase)
        if who.resolution == "phrase" and (np.kind == "common" or (vg.lemma in _VOICELESS and expletive(s.tokens, np))):
            return None  # "The plan fell apart: “…”", "It was also evidence of a trend: “…”" name nobody
        cue_start = s.tokens[k - 2].start if mark.key == "-" and k >= 2 and s.tokens[k - 2].end == mark.start \
            and s.tokens[k - 2].key == "-" else mark.start  # "--" is two tokens
        return _make(ctx, who, (cue_start, mark.end), "colon"), v
    return None


def _clause_before_comma(ctx: Context, s: ParsedSentence, k: int) -> bool:
    """Does a finite verb group outside quotations come after token ``k`` before any comma (the
    writer's clause goes on), rather than a comma first ("… for Reed, said Moss")?"""
    for i in range(k, len(s.tokens)):
        t = s.tokens[i]
        if t.key == "," and not ctx.inside_quote(t.start):
            return False
        if t.tag in FINITE_TAGS and not ctx.inside_quote(t.start):
            return True
    return False


def _writer_quotes(s: ParsedSentence, vg: VerbGroup, np) -> bool:
    """Is verb group ``vg`` with subject phrase ``np`` the writer's "I quote" / "we quote", an aside
    that marks the words as exact, not a speaker of them ("Reed said, and I quote, “…”")?"""
    return vg.lemma == "quote" and np.text.lower() in ("i", "we")


def _opened_by_subordinator(s: ParsedSentence, np) -> bool:
    return np.first > 0 and s.tokens[np.first - 1].key.lower() in SUBORDINATE_OPENERS


def colon(ctx: Context, floor: int, start: int) -> Attribution | None:
    """A quotation introduced by a colon with no reporting verb (rule d): the phrase that opens the
    introducing sentence before "on" when it is a name, the headline form "speaker on topic:
    quotation" ("Harbor Chief On Ferry Strike: ‘…’"; not "Reaction on the island: ‘…’"), else the
    document of a "From" introduction (:func:`_from_source`: "From the audit: “…”"), else the
    person who opens the introducing sentence ("Moss, in a letter: ‘…’"), else the last person named before
    the colon, else the subject of the introducing clause's first main verb (:func:`_colon_subject`: "A
    note in the audit makes it plain: “…”"), else the last actor; none if nobody is named. A place that only modifies the head of
    its phrase names nobody ("Tapes of the Dover flood: “…”"); an outlet or a person that
    does may ("The WSJ editorial: ‘…’")."""
    found = _colon_before(ctx, floor, start)
    if found is None:
        return None
    s, k, lo_off = found
    at = s.tokens[k - 1].start
    p = _top_phrase(s, 0)
    if p is not None and s.start >= lo_off and s.phrases[p].last < k - 1 and s.phrases[p].kind == "proper" \
            and s.tokens[s.phrases[p].last].key.lower() == "on":
        return _make(ctx, ctx.speaker(s, p), (at, at + 1), "colon")  # "Harbor Chief on the strike: ‘…’"
    source = _from_source(s, k - 1)
    if source is not None and s.start >= lo_off:
        return _make(ctx, ctx.speaker(s, source), (at, at + 1), "colon")  # "From the audit: “…”"
    named = [m for m in ctx.mentions_in(lo_off, at) if m.kind != "place"
             or s.phrase_for(ctx.token_at(s, m.start), ctx.token_at(s, m.end - 1) + 1) is not None]
    cue = (at, at + 1)
    persons = [m for m in named if m.person]
    opening = [m for m in persons if not ctx.text[lo_off:m.start].strip()]
    if not opening and not persons and s.start >= lo_off:
        subject = _colon_subject(ctx, s, k - 1)
        if subject is not None:
            return _make(ctx, ctx.speaker(s, subject), cue, "colon")  # "A note in the audit makes it plain: “…”"
    if not named:
        return _make(ctx, None, cue, "colon")
    m = opening[0] if opening else (persons or named)[-1]
    return _make(ctx, Speaker(m.name, m.start, m.end, m.resolution), cue, "colon")


def _colon_before(ctx: Context, floor: int, start: int) -> tuple[ParsedSentence, int, int] | None:
    """(sentence, index of the token after the colon, offset the introduction may start at) when a
    colon introduces the quotation opening at ``start``: right before it, or ending the sentence
    before when the quotation opens its own (a quotation in the next paragraph); else None."""
    s = ctx.sentence_at(start)
    if s is None:
        return None
    k = ctx.token_at(s, start)
    if k <= 0 or s.tokens[k - 1].key != ":":
        if k > 0 or s.index == 0:
            return None
        prev = ctx.parsed.sentences[s.index - 1]
        if not prev.tokens or prev.tokens[-1].key != ":" or floor > prev.start:
            return None
        return prev, len(prev.tokens), prev.start
    return s, k, max(s.start, floor)


def _from_source(s: ParsedSentence, colon: int) -> int | None:
    """The phrase of an introduction that is "From" + one phrase + the colon at token ``colon``
    ("From the audit: “…”", "From the mayor's statement: “…”"): the document or speech an excerpt is
    taken from, its source as news copy cites it; else None. Only a common-noun phrase: after "From",
    a name is as often the place a report comes from ("From Dover: “…”")."""
    p = _top_phrase(s, 1) if colon >= 2 and s.tokens[0].key.lower() == "from" else None
    return p if p is not None and s.phrases[p].last == colon and s.phrases[p].kind == "common" else None


def labelled(ctx: Context, floor: int, start: int) -> Attribution | None:
    """Rule d', ahead of rules b–d: a quotation introduced by a name set off by a dash right before
    the colon ("… – Ann Moss: “…”", "FARES RISE AGAIN - Dover Ledger: “…”"), the source label of digest
    and newsletter copy, which quotes an item under a headline or a line of comment: that name,
    whatever verb the line before the dash has. None when the phrase before the colon is no name
    or no dash opens it."""
    found = _colon_before(ctx, floor, start)
    if found is None:
        return None
    s, k, lo_off = found
    p = next((i for i, np in enumerate(s.phrases) if np.last == k - 1 and np.outer is None), None)
    if p is None or s.phrases[p].kind != "proper" or s.phrases[p].first == 0 or s.start < lo_off \
            or s.tokens[s.phrases[p].first - 1].key not in _DASHES:
        return None
    at = s.tokens[k - 1].start
    return _make(ctx, ctx.speaker(s, p), (at, at + 1), "colon")


def _colon_subject(ctx: Context, s: ParsedSentence, k: int) -> int | None:
    """The subject phrase of the main clause's first finite verb group before token ``k`` of ``s``
    (:func:`_main_clause_subject`), when that verb says or shows something (not a copula or auxiliary
    of :data:`_VOICELESS`: "The reason is simple:" names nobody)."""
    found = _main_clause_subject(ctx, s, k)
    return None if found is None or s.verbs[found[0]].lemma in _VOICELESS else found[1]


def _main_clause_subject(ctx: Context, s: ParsedSentence, k: int | None = None) -> tuple[int, int] | None:
    """(verb group, subject phrase) of the first finite verb group of ``s`` (before token ``k``) that
    has a subject of its own outside quotations, opening adverbial clauses, relative clauses (a verb
    right after who/which/that) and subordinate clauses: the main clause's verb and subject ("The
    man who flew in said" → "said", the man)."""
    for v, vg in enumerate(s.verbs):
        if k is not None and vg.last > k:
            return None
        if not vg.finite or ctx.inside_quote(vg.start) or in_opening_adverbial(s, vg.first, ctx.inside_quote) \
                or (vg.first > 0 and s.tokens[vg.first - 1].tag in ("WP", "WDT")):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
        if not subjects or ctx.inside_quote(s.phrases[subjects[0].phrase].start):
            continue
        np = s.phrases[subjects[0].phrase]
        if np.first > 0 and s.tokens[np.first - 1].key.lower() in SUBORDINATE_OPENERS:
            continue
        return v, subjects[0].phrase
    return None


def last_reporting_subject(ctx: Context, s: ParsedSentence) -> Attribution | None:
    """The subject of the last reporting verb group of sentence ``s`` outside quotations that is
    not in a subordinate clause (else of the last one): "Sami recalled how …", "…, digital
    consultant Ana Ruiz says.", as an attribution
    without a cue: the speaker a quotation opening the next sentence goes on with. Without a
    reporting verb, the owner of a reporting noun heading the subject (:func:`_speech_subject`:
    "Moss's statement was brief.")."""
    found = None
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if ctx.inside_quote(vg.start) or _reporting(s, v) is None or _refused(s, vg):
            continue
        subjects = [x for x in _speakers_of(s, v) if x.rule != "relative"]
        if subjects and not ctx.inside_quote(s.phrases[subjects[0].phrase].start):
            np = s.phrases[subjects[0].phrase]
            main = not (np.first > 0 and s.tokens[np.first - 1].key.lower() in SUBORDINATE_OPENERS)
            if main or found is None:
                found = subjects[0].phrase
            if main:
                break  # the main clause's speaker, not one in a clause inside it ("… during which callers asked")
    if found is None:
        return _speech_subject(ctx, s) or _speech_object(ctx, s)
    return _make(ctx, ctx.speaker(s, found), None, None)


def _speech_subject(ctx: Context, s: ParsedSentence) -> Attribution | None:
    """The owner of a reporting noun that heads the subject of sentence ``s``'s first finite verb
    group ("Moss's statement was brief."): the quotation opening the next sentence is
    that speech (:func:`last_reporting_subject` without a reporting verb)."""
    for v, vg in enumerate(s.verbs):
        if not vg.finite or ctx.inside_quote(vg.start):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject" and x.rule != "relative"]
        if not subjects:
            return None
        np = s.phrases[subjects[0].phrase]
        if s.tokens[np.head].tag not in ("NN", "NNS") or reporting_noun(s.tokens[np.head].key) is None:
            return None
        who = _owner(ctx, s, subjects[0].phrase)
        return None if who is None else _make(ctx, who, None, None)
    return None


#: Verbs of producing a text or speech: with a reporting noun as object ("issued a statement", "gave a
#: speech", "made remarks") their subject is the speaker of that speech (a light-verb construction:
#: Quirk et al. 1985, 2.59, "eventive object"), not of speech about someone else ("rejected the claim").
_PRODUCING = frozenset({"issue", "release", "give", "deliver", "make", "post", "publish", "send"})


def _speech_object(ctx: Context, s: ParsedSentence) -> Attribution | None:
    """The subject of a verb of producing (:data:`_PRODUCING`) whose object is headed by a reporting
    noun, in sentence ``s`` ("Ann Moss issued a statement on Monday.", "… as Tom Reed gave a speech
    in Dover."), when it names someone (a name or actor, or a resolved he/she): the quotation opening
    the next sentence is that speech (:func:`last_reporting_subject` without a reporting verb)."""
    for x in s.links:
        vg = s.verbs[x.verb]
        np = s.phrases[x.phrase]
        if x.role != "object" or vg.lemma not in _PRODUCING or vg.passive or ctx.inside_quote(vg.start) \
                or s.tokens[np.head].tag not in ("NN", "NNS") or reporting_noun(s.tokens[np.head].key) is None:
            continue
        subjects = [y for y in s.links if y.verb == x.verb and y.role == "subject"]
        if subjects:
            who = ctx.speaker(s, subjects[0].phrase)
            if who.resolution != "phrase":
                return _make(ctx, who, None, None)
    return None


def person_subject(ctx: Context, s: ParsedSentence) -> Attribution | None:
    """The person who is the subject of sentence ``s``'s first finite verb group outside quotations
    and opening adverbial clauses, a name or an actor ("Mr. Hale is unapologetic about his aim." →
    Hale), as an attribution without a cue; None when that subject is a phrase as written or a
    pronoun, the verb group is passive, or ``s`` holds a quotation. The quotation that follows in the
    same paragraph is taken for that person's words, the convention of an introducing sentence in
    news writing that attribution annotation follows (Pareti 2016)."""
    found = None if any(ctx.inside_quote(t.start) for t in s.tokens) else _main_clause_subject(ctx, s)
    if found is None or s.verbs[found[0]].passive:
        return None  # "Moss was criticized by the union. “…”": a passive's subject is not the agent
    who = ctx.speaker(s, found[1])
    return None if who.resolution in ("phrase", "pronoun") else _make(ctx, who, None, None)


def coordinated_clause(ctx: Context, s: ParsedSentence, pos: int) -> Attribution | None:
    """A clause coordinated after offset ``pos`` of sentence ``s`` (", and Reed replied", ", but the
    crowd cheered"): its subject as the attribution when its verb is a reporting verb, an
    attribution without a speaker when it is another verb, None when there is no such clause."""
    toks = s.tokens
    for v, vg in enumerate(s.verbs):
        if vg.start < pos or not vg.finite or ctx.inside_quote(vg.start):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject" and x.rule == "left"]
        if not subjects:
            continue
        np = s.phrases[subjects[0].phrase]
        if np.start < pos or np.first < 2 or toks[np.first - 1].tag != "CC" or toks[np.first - 2].key != ",":
            continue
        rv = _reporting(s, v)
        if rv is None:
            return NO_ATTRIBUTION
        return _make(ctx, ctx.speaker(s, subjects[0].phrase), _cue(s, v, rv, len(toks)), rv.verb_class)
    return None


#: The reporting verbs that name a gesture or expression (Levin 1993, 40.1–40.2: "beam", "smile",
#: "laugh"): they report with a quotation to introduce ("“We won!” she beamed", "A critic laughed.
#: “…”"); as a participle in a sentence without one they describe ("the face beaming from billboards").
_GESTURE_SOURCE = "Levin1993 40."


def has_reporting_verb(ctx: Context, s: ParsedSentence, *, gestures: bool = True) -> bool:
    """Does sentence ``s`` hold a reporting verb group or "according to" outside quotations (a
    speaker of its own, named or not)? ``gestures=False``: a participle of a verb of gesture
    (:data:`_GESTURE_SOURCE`) does not count."""
    for v, vg in enumerate(s.verbs):
        rv = None if ctx.inside_quote(vg.start) else _reporting(s, v)
        if rv is not None and (gestures or vg.finite or not rv.source.startswith(_GESTURE_SOURCE)):
            return True
    toks = s.tokens
    return any(t.key.lower() == "according" and i + 1 < len(toks) and toks[i + 1].key.lower() == "to"
               and not ctx.inside_quote(t.start) for i, t in enumerate(toks))


def fronted_adjunct(ctx: Context, s: ParsedSentence, start: int) -> bool:
    """Do the words of sentence ``s`` before the quotation at ``start`` form fronted adjuncts only: one
    or more comma-closed phrases, each opened by a preposition or an adverb, with no finite verb and no
    person named ("For renters, though, “…”", "In Ohio, “…”"), or an adverbial clause
    with no quotation mark nor reporting verb ("Unless rivals quit, “…”")? A quotation after them that
    ends the sentence holds its clause, as one opening the sentence does, and may go on a turn (rule e)."""
    toks = s.tokens
    k = ctx.token_at(s, start)
    if k < 2 or toks[k - 1].key != "," or toks[0].tag not in ("IN", "RB") \
            or any(m.person for m in ctx.mentions_in(s.start, start)):
        return False
    if toks[0].key.lower() in ADVERBIAL_OPENERS:  # "Unless rivals quit, “…”": an adverbial clause
        return not any(t.key in _MARK_KEYS for t in toks[:k - 1]) and not any(
            vg.first < k and _reporting(s, v) is not None for v, vg in enumerate(s.verbs))
    if toks[0].key.lower() in SUBORDINATE_OPENERS:
        return False
    return not any(t.tag in FINITE_TAGS or t.tag in ("MD", "VBG", "VBN") or t.key in _MARK_KEYS or
                   (i and toks[i - 1].key == "," and t.tag not in ("IN", "RB")) for i, t in enumerate(toks[:k - 1]))


def closing_attribution(ctx: Context, s: ParsedSentence) -> bool:
    """Does sentence ``s`` end with its attribution after a comma (", Moss said.", ", said Moss.",
    ", he said on Monday."), so that all of it is reported speech? Then the writer's next sentence in
    the paragraph goes on with that report."""
    toks = s.tokens
    if not s.verbs or not toks or toks[-1].key not in (".", "!"):
        return False
    v = len(s.verbs) - 1
    vg = s.verbs[v]
    subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
    if ctx.inside_quote(vg.start) or _reporting(s, v) is None or not subjects:
        return False
    np = s.phrases[subjects[0].phrase]
    first = min(np.first, vg.first)
    return first > 0 and toks[first - 1].key == "," and len(toks) - 1 - max(np.last, vg.last) <= MAX_CLOSING_TAIL


def subject_may_be(ctx: Context, s: ParsedSentence, speaker: str) -> bool:
    """Is the subject of the first finite verb group of ``s`` outside quotations a pronoun (of the third
    person: "I go into the “…” in this column" is the writer's), or a phrase naming ``speaker`` (or is there
    none)? "It would hit …", "Moss wants …" may go on with Moss's account; "The board is seeking …" has a
    subject of its own. With no such verb, the
    phrase that opens the sentence right before a quotation holding its predicate stands for the
    subject ("It “is a gift …”"; "The board still “plans …”" has its own)."""
    for v, vg in enumerate(s.verbs):
        if not vg.finite or ctx.inside_quote(vg.start):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
        if not subjects:
            return True
        np = s.phrases[subjects[0].phrase]
        return (np.kind == "pronoun" and not lone_word(s.tokens, np, WRITER_PRONOUNS)) \
            or ctx.speaker(s, subjects[0].phrase).name == speaker
    toks = s.tokens
    k = next((i for i, t in enumerate(toks) if ctx.inside_quote(t.start)), 0) - 1
    while k >= 0 and toks[k].tag in ADVERB_TAGS:
        k -= 1
    p = _top_phrase(s, 0)
    if p is None or k < 0 or s.phrases[p].last != k + 1:
        return True
    return s.phrases[p].kind == "pronoun" or ctx.speaker(s, p).name == speaker


#: The first- and second-person pronouns: outside quotations the writer and the reader, never a person
#: of the story the writer reports ("I go into the “…” in this column", "as critics would have us think").
WRITER_PRONOUNS = frozenset({"i", "me", "we", "us", "you"})


def about_speaker(ctx: Context, s: ParsedSentence, speaker: str) -> bool:
    """Is sentence ``s`` only about ``speaker`` or the topic: no quotation, no reporting verb, and the
    subjects of its finite verb groups (relative clauses aside) name the speaker (a he/she resolved to
    the speaker included) or nobody (:func:`_names_nobody_else`: "She has run the depot since 2001",
    "Moss supports the levy", "The towns have no hospital"; not "Ann Moss has …", nor a "she" who is
    someone else)?"""
    if any(ctx.inside_quote(t.start) for t in s.tokens) or has_reporting_verb(ctx, s, gestures=False):
        return False
    subjects = _clause_subjects(s)
    return bool(subjects) and all(_names_nobody_else(ctx, s, p, speaker) for p in subjects)


def names_speaker(ctx: Context, s: ParsedSentence, speaker: str) -> bool:
    """Does a subject of a finite verb group of sentence ``s`` (relative clauses aside) name
    ``speaker``, by name or by a he/she resolved to the speaker?"""
    return any(ctx.speaker(s, p).name == speaker for p in _clause_subjects(s))


def _clause_subjects(s: ParsedSentence) -> list[int]:
    """The phrases of sentence ``s`` that are subjects of its finite verb groups, relative clauses aside."""
    return [x.phrase for x in s.links if x.role == "subject" and x.rule != "relative" and s.verbs[x.verb].finite]


def _names_nobody_else(ctx: Context, s: ParsedSentence, p: int, speaker: str) -> bool:
    """Does phrase ``p`` of ``s`` name ``speaker``, or no person at all (a common noun or pronoun that
    is neither an actor nor a third-person singular pronoun, :data:`~.people.PRONOUN_FORM_GENDER`:
    "The towns", "They"; a "she" not resolved to the speaker is someone else)?"""
    who = ctx.speaker(s, p)
    np = s.phrases[p]
    return who.name == speaker or (who.resolution == "phrase" and np.kind != "proper"
                                   and s.tokens[np.head].key.lower() not in PRONOUN_FORM_GENDER)


def late(ctx: Context, start: int, end: int) -> Attribution | None:
    """Rules g–j for a quotation still without a speaker, in its sentence: (g) a headline that
    opens with a name and a colon ("Moss: Reed's plan is ‘a disgrace’"); (h) a reporting verb
    that closes the sentence after the quotation, its own subject (not one a participle borrows from
    the main clause: "…, inspectors may shut a mill without the owner threatening anyone") after a comma
    or "as" ("Reed has been “arbitrarily detained” since May, the group says"; "…, as his aide
    suggested"); (i) a
    reporting verb before the quotation that has no subject of its own (a participle or an
    infinitive the links could not tie): the subject of the sentence's main clause, when it
    names someone ("Moss, who once branded Reed “a menace,” …"), or a name right before an -ing
    participle ("a photo of Moss saying “…”"), or, for a participle opening its sentence, the
    subject of the previous sentence's reporting verb ("Moss spoke last. Adding, “…”"), or, for a
    participle right after the subordinator of an opening adverbial clause, the main clause's subject
    after it ("While denouncing the “greed” of the board, Moss has …"); (i') a
    finite reporting verb with no subject link: the name opening the sentence (:func:`_opening_speaker`).
    A quotation of several sentences takes only (i) and (i'), the rules of the verbs before it."""
    s = ctx.sentence_at(start)
    if s is None:
        return None
    k = ctx.token_at(s, start)
    if ctx.sentence_at(end - 1) is not s:  # a quotation of several sentences: only the verbs before it
        return _unlinked_verb(ctx, s, k) or _opening_speaker(ctx, s, k)  # ("Adding, “… . …”")
    j = ctx.token_at(s, end - 1) + 1
    return (_headline(ctx, s, k) or _closing_verb(ctx, s, j) or _according_after(ctx, s, j)
            or _reporting_noun(ctx, s, k, j) or _named_term(ctx, s, k) or _seen_as(ctx, s, k)
            or _unlinked_verb(ctx, s, k) or _opening_speaker(ctx, s, k))


def _opening_speaker(ctx: Context, s: ParsedSentence, k: int) -> Attribution | None:
    """Rule i': a finite reporting verb before the quotation (token ``k``) that the links left
    without a subject (an insertion too long or too odd for them: "Ann Moss, the editor of the
    weekly, The Dover Ledger, said …") is spoken by the person who opens the sentence, when the
    sentence opens with a phrase that names someone (a name, alias or role, not a common noun)
    followed by a comma, and no other finite verb stands between that phrase and the reporting
    verb but those of a relative clause in the insertion ("Ann Moss, an aide who ran the count and
    is now the party's chair, said …")."""
    found = _opening_unlinked(ctx, s, k)
    if found is None:
        return None
    who, v = found
    rv = _reporting(s, v)
    if rv is None or _refused(s, s.verbs[v]):
        return None  # the first finite verb after the phrase is not an unlinked reporting verb
    return _make(ctx, who, _cue(s, v, rv, k), rv.verb_class)


def _opening_unlinked(ctx: Context, s: ParsedSentence, k: int) -> tuple[Speaker, int] | None:
    """The person who opens sentence ``s`` (a name, alias or role, or a proper noun phrase the actor
    layer did not take up: "Halloran, the editor of …, said"; then a comma) and the first finite
    verb group after that phrase and its insertion, before token ``k``, when the links left that
    verb without a subject: the insertion was too long or odd for them ("Ann Moss, the editor of the
    weekly, The Dover Ledger, said …"). Verbs of a relative clause and infinitives in the insertion
    are passed over ("Ann Moss, an aide who ran the count, said …"; "Ted Varga, a founder of a fund to
    help farmers, welcomed …"); an insertion that opens with a relative word runs to the first
    finite verb after a comma that the links left without a subject ("Tom Reed, whose town, Dover,
    may flood as the sea rises, argues …")."""
    p = _top_phrase(s, 0)
    toks = s.tokens
    if p is None or s.phrases[p].last >= len(toks) or toks[s.phrases[p].last].key != ",":
        return None  # the insertion opens right after the phrase
    who = ctx.speaker(s, p)
    if (who.resolution not in ("name", "alias", "role") and s.phrases[p].kind != "proper") \
            or ctx.inside_quote(s.phrases[p].start):
        return None  # a description ("The weekly, …, said") may be a list of subjects; a name is one
    relative = _relative_spans(s, s.phrases[p].last, k)
    opens_relative = toks[s.phrases[p].last + 1].key.lower() in _RELATIVE_WORDS \
        if s.phrases[p].last + 1 < len(toks) else False
    for v, vg in enumerate(s.verbs):
        if vg.first <= s.phrases[p].last or ctx.inside_quote(vg.start) or vg.first in relative:
            continue
        if vg.last > k:
            return None
        linked = any(x.verb == v and x.role in ("subject", "agent") for x in s.links)
        if opens_relative and (not vg.finite or linked or toks[vg.first - 1].key != ","):
            continue  # still inside a relative clause with commas of its own: "Tom Reed, whose
            #           hometown, Dover, is projected to flood as the sea rises, argues …"
        if not vg.finite:
            if vg.first > 0 and toks[vg.first - 1].key.lower() == "to":
                continue  # an infinitive inside the insertion
            return None
        if linked:
            return None
        return who, v
    return None


def _relative_spans(s: ParsedSentence, lo: int, hi: int) -> set[int]:
    """Token indices between ``lo`` and ``hi`` inside a relative clause: from a relative word
    (who, whom, whose, which) to the next comma."""
    out: set[int] = set()
    i = lo
    while i < hi:
        if s.tokens[i].key.lower() in _RELATIVE_WORDS:
            j = i
            while j < hi and s.tokens[j].key != ",":
                j += 1
            out.update(range(i, j))
            i = j
        i += 1
    return out


def _according_after(ctx: Context, s: ParsedSentence, j: int) -> Attribution | None:
    """Rule h': "according to X" or "in X's view" (:func:`_idiom`) later in the quotation's sentence,
    outside quotations: the whole sentence is X's account ("Ruiz was “furious” about the vote,
    according to aides"; "“It fails” from top to bottom, in Reed's view")."""
    toks = s.tokens
    for i in range(j, len(toks) - 1):
        if toks[i].key.lower() in ("according", "in") and not ctx.inside_quote(toks[i].start):
            found = _idiom(ctx, s, i)
            if found:
                return _make(ctx, *found)
    return None


def _reporting_noun(ctx: Context, s: ParsedSentence, k: int, j: int) -> Attribution | None:
    """Rule j: a quotation (tokens ``k:j``) in a phrase headed by a reporting noun ("Romney's “47
    percent” comment") or after one in the same clause ("his promise of “free college”", "Reed's
    claim that “thousands” cheered", "The senator's reply was that “…”"): the noun's possessor,
    or the subject of the verb the phrase is the object of ("Reed delivered a defense of “city
    values”"), when it names someone: a person or actor, or a common noun phrase headed by an office
    or role noun (:func:`~.context.office`: "the Dover senator's reply"), not a thing ("the bill's reply")."""
    toks = s.tokens
    if j < len(toks) and toks[j].tag in ("NN", "NNS") and k >= 1:
        rv = reporting_noun(toks[j].key)
        if rv is not None and (toks[k - 1].tag == "PRP$" or toks[k - 1].key in ("'s", "'")):
            owner = _possessor_before(ctx, s, k - 1)
            if owner is not None:
                return _make(ctx, owner, (toks[j].start, toks[j].end), rv.verb_class)
    clause = False  # a finite verb passed: only a noun's "that" clause may hold it
    crossed = False  # a comma or a coordinator passed: a clause of its own may follow the noun's
    for i in range(k - 1, max(-1, k - 1 - MAX_NOUN_REACH), -1):
        t = toks[i]
        if t.key in (";", ":") or ctx.inside_quote(t.start) or (clause and (t.key == "," or t.tag == "CC")):
            return None
        crossed = crossed or t.key == "," or t.tag == "CC"
        v = s.verb_at(i)
        if v is not None and s.verbs[v].finite and s.verbs[v].lemma != "be":
            clause = True  # another clause ("his promise fell flat with voters who found it “a sham”"),
            continue       # unless it is the noun's complement ("Reed's claim that Moss is playing the “…”")
        rv = reporting_noun(t.key) if t.tag in ("NN", "NNS") else None
        if rv is None and not (t.tag in ("NN", "NNS") and t.key.lower() in WORDING_NOUNS
                               and any(x.key[:1].isalpha() for x in toks[i + 1:k])):
            continue  # a wording noun right before the quotation is rule j''s (_named_term: "the term “…”")
        if clause and (crossed or not (i + 1 < len(toks) and toks[i + 1].key.lower() == "that")):
            return None
        p = s.phrase_headed_by(i)
        if p is None:
            return None
        owner = _owner(ctx, s, p)  # a wording noun reports as "said" does ("Reed's slogan was that “…”")
        return None if owner is None else _make(ctx, owner, (t.start, t.end), rv.verb_class if rv else "neutral")
    return None


def _seen_as(ctx: Context, s: ParsedSentence, k: int) -> Attribution | None:
    """Rule j'': a quotation (opening at token ``k``) in the "as" complement of a verb of
    :data:`AS_VERBS` ("Critics see the plan as “a stunt”", "The pier is viewed by its backers as a
    “safe harbor”", "a choice seen by its backers as a “…”") is the words of that verb's subject, or
    of its "by" agent (a passive or a participle); not of a negated verb, and not across a comma."""
    toks = s.tokens
    i = k - 1
    while i > 0 and toks[i].tag in ("DT", "JJ", "RB", "PRP$"):
        i -= 1  # "as a mere “…”"
    if i < 1 or toks[i].key.lower() != "as":
        return None
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last > i or ctx.inside_quote(vg.start):
            continue
        if any(t.key in (",", ";", ":") for t in toks[vg.last:i]) or vg.lemma not in AS_VERBS \
                or any(t.key.lower() in ("not", "n't", "never") for t in toks[vg.first:vg.last]):
            return None
        agents = [x for x in s.links if x.verb == v and x.role == "agent"]
        links = agents if vg.passive or agents else [x for x in s.links if x.verb == v and x.role == "subject"]
        if not links or ctx.inside_quote(s.phrases[links[0].phrase].start):
            return None
        who = ctx.speaker(s, links[0].phrase)
        if who.resolution == "phrase" and toks[s.phrases[links[0].phrase].head].key.lower() in ("it", "this", "that"):
            return None  # "It sees …": no one
        return _make(ctx, who, (toks[vg.main].start, toks[vg.main].end), "neutral")
    return None


def _named_term(ctx: Context, s: ParsedSentence, k: int) -> Attribution | None:
    """Rule j': a quotation (opening at token ``k``) right after a noun that names a wording
    (:data:`WORDING_NOUNS`: "the term", "her slogan") is the words of the noun's possessor ("her
    campaign slogan “…”"), else of the subject of a verb of using or saying words
    (:data:`WORDING_VERBS`) whose object the noun heads, finite or after "have"/"be" ("Reed and his
    aides have used the term “…”", "Moss prefers the word “…”"; not a participle's subject by
    control, which is often a thing: "… has Moss discussing who coined the term “…”"); a negated or
    declined verb names nobody ("refused to say the words “…”", "did not like the phrase “…”")."""
    toks = s.tokens
    i = k - 1
    copula = i >= 1 and toks[i].key.lower() in ("is", "was") and toks[i - 1].key.lower() in WORDING_NOUNS
    if copula:
        i -= 1  # "Moss's campaign slogan is “…”"
    if i < 0 or toks[i].tag not in ("NN", "NNS") or toks[i].key.lower() not in WORDING_NOUNS:
        return None
    p = s.phrase_headed_by(i)
    if p is None:
        return None
    np = s.phrases[p]
    cue = (toks[i].start, toks[i].end)
    if np.possessor is not None or toks[np.first].tag == "PRP$":
        owner = _owner(ctx, s, p)
        return None if owner is None else _make(ctx, owner, cue, "neutral")
    v = s.verb_at(np.first - 1) if np.first and not copula else None
    if v is None or s.verbs[v].lemma not in WORDING_VERBS and _reporting(s, v) is None:
        return None
    vg = s.verbs[v]
    if _refused(s, vg) or any(t.key.lower() in ("not", "n't", "never") for t in toks[vg.first:vg.last]):
        return None
    subjects = (_speakers_of(s, v) or [x for x in s.links if x.verb == v and x.role == "subject"]) if vg.finite else []
    if not subjects and v > 0 and s.verbs[v - 1].lemma in ("have", "be") and vg.first - s.verbs[v - 1].last <= 1:
        subjects = [x for x in s.links if x.verb == v - 1 and x.role == "subject"]  # "have both used"
    if not subjects or ctx.inside_quote(s.phrases[subjects[0].phrase].start):
        return None
    return _make(ctx, ctx.speaker(s, subjects[0].phrase), (toks[vg.main].start, toks[i].end), "neutral")


def _possessor_before(ctx: Context, s: ParsedSentence, i: int) -> Speaker | None:
    """The possessor ending at token ``i`` ("Romney's", "his"), as a speaker that names someone."""
    toks = s.tokens
    if toks[i].tag == "PRP$":
        return _possessive_pronoun(ctx, s, i)
    ending = [q for q, np in enumerate(s.phrases) if np.last == i]
    if not ending:
        return None
    p = max(ending, key=lambda q: s.phrases[q].first)  # the possessor itself, not a phrase it completes
    return _someone(ctx, s, p)  # ("the lure of Reed's “…” pledge": Reed, not "the lure of Reed")


def _someone(ctx: Context, s: ParsedSentence, p: int) -> Speaker | None:
    """The speaker phrase ``p`` names, when it names someone: a person or actor, or a common noun
    phrase headed by an office or role noun (:func:`~.context.office`); None for a thing ("the bill")."""
    who = ctx.speaker(s, p)
    return None if who.resolution == "phrase" and s.phrases[p].kind == "common" and not office(s, p) else who


def _possessive_pronoun(ctx: Context, s: ParsedSentence, i: int) -> Speaker | None:
    owner = s.tokens[i]
    word = _POSSESSIVE_PRONOUNS.get(owner.key.lower())
    name = ctx.pronouns.resolve(word, owner.start, s.index) if word else None
    return Speaker(name, owner.start, owner.end, "pronoun") if name else None


def _owner(ctx: Context, s: ParsedSentence, p: int) -> Speaker | None:
    """Who a reporting-noun phrase ``p`` is the speech of: its possessor, a possessive pronoun
    determiner, a person named in its "of" complement or right after "by" ("the contention of Ann
    Moss", "a suggestion by Reed"), else the subject of the verb it is the object of; None unless
    it names someone."""
    np = s.phrases[p]
    if np.possessor is not None:
        return _someone(ctx, s, np.possessor)
    if s.tokens[np.first].tag == "PRP$":
        return _possessive_pronoun(ctx, s, np.first)
    by = _top_phrase(s, np.base_last + 1) \
        if np.base_last < len(s.tokens) and s.tokens[np.base_last].key.lower() == "by" else None
    of = np.complement if np.complement is not None \
        and s.tokens[s.phrases[np.complement].first - 1].key.lower() == "of" else None  # not "a call for X to"
    for agent in (of, by):  # "the contention of Ann Moss that …", "a suggestion by Reed that …"
        if agent is not None and s.phrases[agent].kind != "common":
            who = ctx.speaker(s, agent)
            if who.resolution != "phrase":
                return who
    for x in s.links:
        if x.phrase == p and x.role == "object":
            subjects = [y for y in s.links if y.verb == x.verb and y.role == "subject"]
            if subjects:
                who = ctx.speaker(s, subjects[0].phrase)
                if not (who.resolution == "phrase" and s.phrases[subjects[0].phrase].kind == "common"):
                    return who
    return None


def headline(ctx: Context, start: int) -> Attribution | None:
    """Rule g ahead of rules b–d in a headline in headline case: the name (with at most a title) before
    the colon that opens it speaks ("Moss: Reed Would Raise Fees, ‘I Fear the Worst’": Moss, not the
    subject of "Would Raise"), as the headline's own convention says."""
    s = ctx.sentence_at(start)
    p = None if s is None else _top_phrase(s, 0)
    if p is None:
        return None
    np = s.phrases[p]  # only a name, perhaps with a title: not "Moss Defends Reed:", read as one phrase
    named = ctx.mentions_in(np.start, np.end)
    if len(named) != 1 or named[0].end != np.end or len(np.text.split()) - len(named[0].name.split()) > 1:
        return None
    return _headline(ctx, s, ctx.token_at(s, start))


def _headline(ctx: Context, s: ParsedSentence, k: int) -> Attribution | None:
    p = _top_phrase(s, 0)
    if p is None or s.phrases[p].kind != "proper":
        return None
    colon_at = s.phrases[p].last
    if colon_at >= k or s.tokens[colon_at].key != ":":
        return None
    t = s.tokens[colon_at]
    return _make(ctx, ctx.speaker(s, p), (t.start, t.end), "colon")


def _closing_verb(ctx: Context, s: ParsedSentence, j: int) -> Attribution | None:
    toks = s.tokens
    for v, vg in enumerate(s.verbs):
        if vg.first < j or ctx.inside_quote(vg.start):
            continue
        rv = _reporting(s, v)
        subjects = [x for x in _speakers_of(s, v) if x.rule not in ("relative", "controlled")]
        if rv is None or not subjects or _refused(s, vg):
            continue
        np = s.phrases[subjects[0].phrase]
        lead = min(np.first, vg.first)
        if lead <= j or toks[lead - 1].key.lower() not in (",", "as"):
            continue
        if any(w.finite and not _opened_by_subordinator(s, s.phrases[x.phrase])
               for w in s.verbs[v + 1:] for x in s.links if x.verb == s.verbs.index(w) and x.role == "subject"):
            return None  # more clauses follow: not the closing attribution
        return _make(ctx, ctx.speaker(s, subjects[0].phrase), _cue(s, v, rv, len(toks)), rv.verb_class)
    return None


def _unlinked_verb(ctx: Context, s: ParsedSentence, k: int) -> Attribution | None:
    found = None
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last > k or vg.finite or ctx.inside_quote(vg.start) or _speakers_of(s, v) or _refused(s, vg):
            continue
        rv = _reporting(s, v)
        if rv is not None:
            found = (v, rv)
            break
    if found is None:
        return None
    cue = _cue(s, found[0], found[1], len(s.tokens))
    vg = s.verbs[found[0]]
    if all(t.tag in ("CC", "RB") for t in s.tokens[:vg.first]) and s.index > 0:
        # "Adding, “…”": a participle opening the sentence goes on with the previous sentence's speaker
        prev = last_reporting_subject(ctx, ctx.parsed.sentences[s.index - 1])
        return None if prev is None else replace(prev, cue=ctx.text[cue[0]:cue[1]], cue_start=cue[0],
                                                 cue_end=cue[1], cue_class=found[1].verb_class)
    p = s.phrase_at(vg.first - 1)
    if p is None or s.phrases[p].kind != "proper" or s.tokens[vg.first].tag != "VBG":
        p = _clause_subject(ctx, s, found[0])  # not "a photo of Ann Moss saying “…”": Moss is its subject
    if p is None:
        return None
    who = ctx.speaker(s, p)
    if who.resolution == "phrase" and s.phrases[p].kind == "common":
        return None
    return _make(ctx, who, cue, found[1].verb_class)


def _clause_subject(ctx: Context, s: ParsedSentence, v: int) -> int | None:
    """The subject of the clause a non-finite group ``v`` belongs to: that of the nearest finite
    group before it, when it is a main clause's (not opened by a subordinator, not a complement
    clause right after a verb) or the phrase opening the sentence that a relative clause follows
    ("Moss, who once branded …"); else None ("…, while Moss dealt a blow … that led
    her to declare": not Moss's clause; "it is unwise to praise …": an anticipatory "it")."""
    for w in range(v - 1, -1, -1):
        wg = s.verbs[w]
        if not wg.finite or ctx.inside_quote(wg.start):
            continue
        subjects = [x for x in s.links if x.verb == w and x.role == "subject"]
        if not subjects:
            continue
        np = s.phrases[subjects[0].phrase]
        if subjects[0].rule == "relative":
            return subjects[0].phrase if np.first == 0 else None
        if wg.lemma in _VOICELESS and expletive(s.tokens, np):
            return None  # "it is unwise to praise …": an anticipatory "it" (extraposition, Quirk et al. 1985 §18.33)
        if _opened_by_subordinator(s, np) or (np.first > 0 and s.tokens[np.first - 1].tag[:2] == "VB"):
            return None
        return subjects[0].phrase
    first = s.verbs[v].first
    if first > 0 and s.tokens[first].tag in ("VBG", "VBN") and s.tokens[first - 1].key.lower() in ADVERBIAL_OPENERS \
            and in_opening_adverbial(s, first, ctx.inside_quote):
        return _after_opening(ctx, s, first)  # "While denouncing the “…” of tax avoidance, Quist has …"
    return None


def _after_opening(ctx: Context, s: ParsedSentence, i: int) -> int | None:
    """The subject of the main clause after the opening adverbial clause that holds token ``i``: the
    phrase right after the comma that closes it, when it is the subject of a finite verb group
    (an adverbial participle clause takes the subject of its main clause: Quirk et al. 1985, ch. 15,
    the "attachment rule")."""
    toks = s.tokens
    for c in range(i, len(toks)):
        if toks[c].key != ",":
            continue
        after = c + 1
        while after < len(toks) and toks[after].key in CLOSING_MARKS:
            after += 1  # "After calling the levy “a scam,” Moss left": the comma inside the quotation
        found = next((x.phrase for x in s.links if x.role == "subject" and x.rule == "left"
                      and s.phrases[x.phrase].first == after and s.verbs[x.verb].finite), None)
        if found is not None or not ctx.inside_quote(toks[c].start):
            return found
    return None


#: Verbs whose subject does not voice the quoted words of its clause: copulas and auxiliaries ("Moss
#: is a “reformer”", "Moss has a “plan”" quote someone about Moss as often as Moss herself).
_VOICELESS = frozenset({"be", "have", "do", "get", "seem", "become", "appear", "remain"})
#: Phrases (lemma of the verb, the word after it) that introduce a name others use for the subject,
#: not its words: "Lazar, known online as “Guccifer,”", "Reed, who goes by “Vito,”" (a nickname:
#: Quirk et al. 1985 §16.48 on "know … as"; "go by" a name, Oxford Dictionary of English).
_NICKNAMED = frozenset({("know", "as"), ("go", "by")})


def clause_voice(ctx: Context, s: ParsedSentence, k: int, j: int) -> Attribution | None:
    """Rule l, for a scare-shaped or partial quotation at tokens ``k:j`` still without a speaker:
    the subject of the nearest finite verb group before it in its sentence (outside quotations,
    linked to a subject, not a copula or auxiliary of :data:`_VOICELESS` nor a verb of
    :data:`_NOT_SAID`; an infinitive's subject by control does not count: "Moss wants Reed to
    lead a “bold” plan" → Moss), when that subject names an actor or a resolved he/she (not a
    phrase as written): "Moss supports “fair fares,” opposes …", "Moss
    offered himself as a “clean streets” candidate" → Moss. A short quoted phrase in the clause
    of a named subject is taken for that subject's words, as attribution annotation reads it
    (Pareti 2016: the verbs of stance and position are cues too); the writer's distancing
    ("The board's “plan” failed", "Critics of the “reform”") keeps its scare quote, and so does a
    quotation in a clause of its own after that verb ("Moss left, and the “reform” failed": a
    semicolon or a comma before a coordinator stands between, or the quotation is in the subject
    of a later verb). ``cue=None``: the verb is not a reporting verb."""
    for v in range(len(s.verbs) - 1, -1, -1):
        vg = s.verbs[v]
        if vg.last > k or not vg.finite or ctx.inside_quote(vg.start):
            continue
        subjects = [x for x in s.links if x.verb == v and x.role == "subject"]
        if not subjects:
            opening = _opening_unlinked(ctx, s, k)
            if opening is not None and opening[1] == v and vg.lemma not in _VOICELESS | _NOT_SAID \
                    and not _clause_ends(s, vg.last, k, j) and _opens_lower(s, k, j):
                return _make(ctx, opening[0], None, None)  # "Ted Varga, a founder of …, welcomed “…”":
                #                                             an insertion the links missed
            continue
        if vg.lemma in _VOICELESS or vg.lemma in _NOT_SAID:
            return None  # "Moss is a “reformer”", "Moss declined to say “anything”"
        if k > 0 and (vg.lemma, s.tokens[k - 1].key.lower()) in _NICKNAMED and vg.last >= k - 2:
            return None  # "Reed, who goes by “Vito,”": a name others use, not the subject's words
        if ctx.inside_quote(s.phrases[subjects[0].phrase].start) or _clause_ends(s, vg.last, k, j):
            return None
        who = ctx.speaker(s, subjects[0].phrase)
        if who.resolution == "phrase":
            return None
        return _make(ctx, who, None, None)
    return None


def _opens_lower(s: ParsedSentence, k: int, j: int) -> bool:
    """Does the first word inside the quotation at tokens ``k:j`` start with a lower-case letter (a
    fragment of speech, not a name or title: "welcomed “the new plan”", not "at “Access Dover.”")?"""
    first = next((t.key for t in s.tokens[k:j] if t.key[:1].isalpha()), "")
    return first[:1].islower()


def _clause_ends(s: ParsedSentence, lo: int, k: int, j: int) -> bool:
    """Does a new clause open between token ``lo`` and the quotation at tokens ``k:j`` (a semicolon,
    a comma before a coordinator), or is the quotation the subject of a finite verb group right
    after it ("Moss left because the “reform” failed")?"""
    toks = s.tokens
    for i in range(lo, k):
        low = toks[i].key.lower()
        if low == ";" or (low == "," and i + 1 < k and toks[i + 1].tag == "CC"):
            return True
    if j >= 2 and toks[j - 2].key == ",":
        return False  # “fair fares,” opposes …: the comma inside the marks ends a list item, not a subject
    while j < len(toks) and toks[j].tag == "RB":
        j += 1
    v = s.verb_at(j)
    return v is not None and s.verbs[v].finite


def last_resort(ctx: Context, start: int, end: int) -> Attribution | None:
    """Rule m, the last, for a speech quotation ``text[start:end]`` still without a speaker when a
    reporting verb stands outside quotations in its sentence or, when the quotation opens its
    sentence, in the sentence before (its introduction): whoever that verb names as its speaker,
    even a thing ("The party's letter to its members claims that “…”" → the party's letter), or
    for a verb without a subject of its own (an infinitive or participle: "Moss rose to reply
    that …", "with Moss promising to “…”") the subject of the clause it belongs to, or the
    phrase right before it. The verbs are tried nearest first: before the quotation in its
    sentence, then after it (in the sentence it closes in, when it runs over several: "“… They
    have no choice” but to pay, says Tom Hale"), then in the introducing sentence. A verb of :data:`_NOT_SAID`
    ("declined to say") names nobody. The earlier rules decline these cases because the
    reading is less certain (a long insertion, a subordinate clause, a thing as speaker); issue
    11 asks that no quotation with a reporting verb go without one, and the cue the rule keeps
    lets a reader check it."""
    s = ctx.sentence_at(start)
    if s is None:
        return None
    k = ctx.token_at(s, start)
    clause = next((i for i in range(k - 1, -1, -1) if s.tokens[i].key == ";"), -1)  # its clause's first token - 1
    candidates = [(s, v) for v in range(len(s.verbs) - 1, -1, -1) if clause < s.verbs[v].first and s.verbs[v].last <= k]
    candidates += [(s, v) for v in range(len(s.verbs)) if s.verbs[v].start >= end]
    closing = ctx.sentence_at(end - 1)  # a quotation of several sentences: the one it closes in
    if closing is not None and closing is not s:
        candidates += [(closing, v) for v in range(len(closing.verbs)) if closing.verbs[v].start >= end]
    if s.index > 0 and not any(t.key[:1].isalnum() for t in s.tokens[:max(k, 0)]):
        prev = ctx.parsed.sentences[s.index - 1]
        candidates += [(prev, v) for v in range(len(prev.verbs) - 1, -1, -1)]
    for sent in dict.fromkeys(x[0] for x in candidates):
        for i, t in enumerate(sent.tokens):  # "according to X" anywhere in the window
            if t.key.lower() == "according" and not ctx.inside_quote(t.start) and (sent is not s or not (
                    start <= t.start < end)):
                found = _idiom(ctx, sent, i)
                if found:
                    return _make(ctx, *found)
                if i + 2 < len(sent.tokens) and sent.tokens[i + 1].key.lower() == "to":
                    return _make(ctx, _up_to_comma(ctx, sent, i + 2), (t.start, sent.tokens[i + 1].end),
                                 "according_to")  # no phrase the chunker made: "according to AZNews,"
    for sent, v in candidates:
        vg = sent.verbs[v]
        if ctx.inside_quote(vg.start) or _refused(sent, vg):
            continue
        rv = _reporting(sent, v)
        if rv is None:
            continue
        if sent is not s and coordinated_clause(ctx, sent, vg.end) is not None:
            break  # "“…,” Moss said, and the crowd cheered. “…”": that turn ended (rule e)
        who = _voice_of(ctx, sent, v)
        if who is not None:
            return _make(ctx, who, _cue(sent, v, rv, len(sent.tokens)), rv.verb_class)
    return None


def _up_to_comma(ctx: Context, s: ParsedSentence, i: int) -> Speaker:
    """The words from token ``i`` to the next comma or the end of sentence ``s``, as a phrase."""
    toks = s.tokens
    j = i
    while j + 1 < len(toks) and toks[j + 1].key not in (",", ".", ";", ":") and not ctx.inside_quote(toks[j + 1].start):
        j += 1
    a, b = toks[i].start, toks[j].end
    return Speaker(ctx.text[a:b], a, b, "phrase")


def _voice_of(ctx: Context, s: ParsedSentence, v: int) -> Speaker | None:
    """Who speaks with reporting verb group ``v`` for :func:`last_resort`: its subject (or a
    passive's agent; a passive without one names nobody: "Moss was asked …"), whatever it is.
    Without a subject link, only someone named: for a finite verb, the person named nearest
    before it who opens an insertion (a comma or bracket right after the name, no preposition
    before it: "Ann Moss, now 80 and living in Dover, Ohio, said"), else the phrase opening the
    sentence when an insertion follows it and no other clause stands between; for an infinitive, the object
    right before "to" ("led Moss to declare": object control), else the subject of the nearest
    finite verb group before it ("Moss rose to reply": subject control); for an -ing
    participle, the phrase right before it ("a clip of Moss saying"), or after a comma the
    subject of the main clause before it ("Moss took the stage, saying": the participle's
    subject by control), else the phrase before that comma ("Moss, noting …, said")."""
    vg = s.verbs[v]
    toks = s.tokens
    subjects = _speakers_of(s, v)
    if subjects:
        p = subjects[0].phrase
        return None if ctx.inside_quote(s.phrases[p].start) else ctx.speaker(s, p)
    if vg.passive or vg.first == 0:
        return None
    i = vg.first - 1
    while i > 0 and toks[i].tag == "RB":
        i -= 1
    if toks[i].tag == "CC":  # "The flyer names Moss and claims that …": the coordinated predicate's subject
        p = _main_subject(ctx, s, v)
        return None if p is None or ctx.inside_quote(s.phrases[p].start) else ctx.speaker(s, p)
    if vg.finite:
        if toks[i].key.lower() in _RELATIVE_OR_THAT and i > 0:
            i -= 1  # "a surrogate who said …"
        if toks[i].tag[:2] in ("NN", "PR", "CD"):
            p = _outermost(s, i)  # a subject the links missed, right before the verb
            if p is not None and s.phrases[p].last == i + 1 and not ctx.inside_quote(s.phrases[p].start):
                return ctx.speaker(s, p)
        for m in reversed(ctx.mentions_in(s.start, toks[i].end)):
            k = ctx.token_at(s, m.start)
            after = ctx.token_at(s, m.end - 1) + 1
            if m.person and after < len(toks) and toks[after].key in (",", "(") \
                    and (k == 0 or toks[k - 1].tag not in ("IN", "TO")):
                return Speaker(m.name, m.start, m.end, m.resolution)
        return _opening_phrase(ctx, s, v)
    if toks[i].key.lower() == "to":
        p = _outermost(s, i - 1)
        w = s.verb_at(s.phrases[p].first - 1) if p is not None else None
        if w is None or s.verbs[w].lemma not in OBJECT_CONTROL \
                or not any(x.phrase == p and x.role == "object" for x in s.links):
            p = _main_subject(ctx, s, v)
    elif toks[vg.main].tag != "VBG":
        return None
    elif toks[i].key == ",":
        p = _main_subject(ctx, s, v)
        if p is None:
            p = _outermost(s, i - 1)
    else:
        p = _outermost(s, i)
    if p is None:
        return None
    who = ctx.speaker(s, p)
    return None if who.resolution == "phrase" or ctx.inside_quote(who.start) else who


def _opening_phrase(ctx: Context, s: ParsedSentence, v: int) -> Speaker | None:
    """The phrase opening sentence ``s`` as the speaker of verb group ``v`` when an insertion (a
    comma or dash) follows the phrase and no other clause stands between it and the verb ("A
    spokesman for the firm - a … - noted that"), else None."""
    p = _top_phrase(s, 0)
    vg = s.verbs[v]
    if p is None or s.phrases[p].last >= vg.first or s.tokens[s.phrases[p].last].key not in _LEAD \
            or ctx.inside_quote(s.phrases[p].start):
        return None
    if any(w.finite and w.first > s.phrases[p].last and w.last <= vg.first and _speakers_of(s, u)
           for u, w in enumerate(s.verbs) if u != v):
        return None
    return ctx.speaker(s, p)


def _main_subject(ctx: Context, s: ParsedSentence, v: int) -> int | None:
    """The subject of the nearest finite verb group before verb group ``v``, outside quotations."""
    return next((x.phrase for w in range(v - 1, -1, -1) for x in s.links
                 if x.verb == w and x.role == "subject" and s.verbs[w].finite
                 and not ctx.inside_quote(s.verbs[w].start)), None)


def _outermost(s: ParsedSentence, i: int) -> int | None:
    """The outermost noun phrase that holds token ``i``, else None."""
    p = s.phrase_at(i) if i >= 0 else None
    while p is not None and s.phrases[p].outer is not None:
        p = s.phrases[p].outer
    return p
