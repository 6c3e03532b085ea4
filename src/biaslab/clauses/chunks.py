"""Tagging, chunk repairs, noun phrases and verb groups of one sentence.

Method
------
1. **Tags and chunks** come from TextBlob's bundled Pattern tagger and
   chunker (De Smedt & Daelemans 2012), called once per sentence on the
   token keys, computed directly (:mod:`biaslab.clauses.pattern`: the same
   tags and chunk tags as :func:`biaslab.resources.pattern_tags` and
   :func:`~biaslab.resources.pattern_chunks`, faster).
2. **Tag repairs**: a token without a letter or digit that Pattern tagged
   as a noun or adjective (dashes, ellipses) is punctuation (":", the Penn
   tag of dashes); "general" after a noun heads the title ("the attorney
   general": JJ → NN); a hyphenated base form between a modifier and a name
   is a role noun ("Dover co-host Stu Barling": VB/VBP → NN); so is a word the lexicon lacks that
   the suffix rules read as a present verb (-ate, -ify, -ise, -ize) after an article and its
   modifiers ("a Dover superdelegate": VBP → NN); a capitalised -ing word after a name, before a
   comma or a verb, ends that name outside headline-case sentences ("Harbor Rising, a citizens group,
   …": VBG → NNP); a word in
   capitals whose lower-case form Pattern's lexicon lists as a verb is tagged as that form ("Putin TOLD reporters";
   acronyms such as "US" are not verbs there); in a sentence in headline case, the first -s or -ed
   form of a reporting verb right after a name is the headline's verb ("Ann Moss Calls Harbor Plan
   ‘Theft’": NNS → VBZ); a capitalised modal before a
   past or present verb (or between one and a name: "said Will Dole", "said
   Skip Rutland"), or a capitalised adjective opening the sentence or
   right after a quotation before one, is a name ("Will described", "Cuban also complained": MD/JJ
   → NNP), and so is a capitalised preposition there ("“…,” From said": IN → NNP); a noun ending in -s right after he/she/it is a verb ("He talks
   about": NNS → VBZ); a base form right after a nominative pronoun, or after
   one and an adverb, is finite ("he cut into Bush": VB → VBD; "they say", "they
   also lie": VB → VBP), and so is one after a plural noun phrase that "what" or "which"
   opens ("what some residents call": VB → VBP; not "make some residents call"); an -ing
   noun after a preposition other than "of", before a determiner, adverb, preposition, pronoun, name or quotation mark,
   is a gerund ("by warning darkly that": NN → VBG); an adjective right after a
   determiner (or a possessive: "Reed's chief of staff") and right before a verb, a preposition, a punctuation mark or
   the sentence end is the noun it stands for ("the daily wrote", "the poor
   suffer", "a narrator in the video":
   JJ → NN; Pattern's lexicon lists "daily" and such words as adjectives
   first, so it leaves the determiner with no noun); a participle between a
   determiner or possessive and a noun or adjective modifies that noun
   ("the retired neurosurgeon", "his leading adviser", "one retired
   teacher": VBN/VBG → JJ), and so does a hyphenated participle after a determiner or adjective
   ("a Dover-based talk radio host"), where
   Pattern's chunker would start a verb group; a clitic 's before a
   participle or "not" is the verb has/is, not a possessive ("Moss's
   been making the case": POS → VBZ; not before a gerund that modifies a noun:
   "Reed's running mate"), and so is one after an existential "there" ("There's
   a letter"); a determiner standing alone before a
   finite verb, after nothing but conjunctions, adverbs or commas since the sentence start or a
   semicolon or a subordinator ("While those polled said"), is the subject ("Yet another said", "…;
   most said": DT/JJS/RBS → NN), and before a
   speech verb's -s form and its object or "that" too ("Another argues that …": DT NNS → NN VBZ),
   and before a preposition of place or group at a clause start or after a preposition ("Many in the
   party said", "according to some on the council": DT/JJ → NN; not "All in all");
   a speech verb's base form after I, we, you or they, before "that", a colon, a quotation
   mark or its clause's subject, is the verb ("They note that …", "They state their aim is …":
   NN → VBP); "close" after a noun and before "to" is the postmodifying adjective ("a source close
   to the mayor": NN/VBD → JJ; its past is "closed"); "at least" is an adverb of degree ("At least
   half of voters say": IN JJS → RB RB); a name's verb whose past is its base form (:data:`UNCHANGED_PAST`)
   that the lexicon lists as a noun, before an object, with no verb before it, is the past tense
   ("Moss cast the blame": NN → VBD); a base form listed as a noun after the plural noun phrase that
   opens the sentence, before an object, with no verb before it, is the verb ("Many voters view Reed
   as …": NN → VBP); a speech verb's -s form listed as a plural noun after the singular noun phrase
   or name that opens the sentence, before a complement clause whose subject and finite verb follow
   ("The mayor claims the levy was …": NNS → VBZ; a capitalised common noun opening the sentence
   reads as a name here); a singular noun between a name
   that opens the sentence (or follows a quotation) and a particle before a
   comma, colon, final mark, quotation mark or a preposition (that, at, in, on, with) is that
   name's verb, also after the comma closing an opening clause ("Ann Moss shot back, …": NN → VBD;
   Pattern's lexicon lists "shot" as a noun); so is a participle after a name or noun right after a
   quotation, before a preposition or the end ("“…,” Moss charged in her
   remarks": VBN → VBD; not when a finite verb follows the prepositional phrase: "“…,” a
   statement issued after the meeting said" keeps its participle), and one after a lone
   determiner before a comma or colon ("Another advised, “…”": DT VBN → NN VBD) or, an -ed form,
   before an object's determiner or number ("Another featured five photos"); an -ed participle right
   after the comma closing an insertion (", in 2008,") and before an object, with no finite
   verb before the insertion, is the subject's verb ("Petrov, who thinks …,
   called the law …": VBN → VBD), and so is one right after a name that opens right after a comma,
   before an object, "to" or a preposition other than "by" ("…, which votes next, Reed referred
   to Moss as …": VBN → VBD), and one after a floating quantifier after a noun ("the two papers
   each called it …": VBN → VBD); an -ed word tagged as an adjective (or participle: "Dunne (R-Ore.)
   then briefed the pier workers"; an object that opens with an adjective or participle too: "Reed also
   embraced enhanced checks") between a name or subject
   pronoun and an object, with no verb before it, is the past tense ("Ann Moss belittled the report": JJ → VBD;
   words missing from Pattern's lexicon get JJ from their suffix), and a
   plural noun form between a singular subject and a colon, a quotation
   that opens with a capital, or "that" and a quotation, with no verb before it, is the verb ("The flyer
   claims “Moss will …”", "The campaign projects that “…”": NNS → VBZ), and a speech verb's -s form
   after a bare noun that a preposition opens is that noun's plural ("rounds of phone calls from …": VBZ → NNS),
   and a phrasal speech verb's -s form after a name, before its particle and "that", is the verb ("Tom
   Reed points out that …": NNS → VBZ); a plural noun form right after the singular noun phrase
   that opens the sentence with a determiner or possessive, before an object or a preposition, is
   the verb when no finite verb follows in its clause ("The Dover ad hits Moss for …": NNS → VBZ;
   not "The council votes on Tuesday were void"), and a speech verb's -s form after "and" in a
   sentence with a present verb before it is that verb's conjunct ("… and claims that …": NNS →
   VBZ); so is a speech verb's -s form, or any verb's (a form whose past Pattern's lexicon lists:
   "lived", "ran"), right after "which" or "who" (and an adverb) that follows a noun or a comma ("the
   audit, which notes that …", "a donor who still backs Moss": NNS → VBZ; not "Which notes …?"), and
   such a verb form right after the comma that closes an apposition to the sentence's opening noun
   phrase, before a preposition or determiner, with no verb before ("Pat Hale, a former mayor, lives in
   Dover": NNS → VBZ; not "The economy, taxes on the rich"); "Had" or "Has" opening the sentence before a name is the auxiliary of an inverted
   clause ("Had Reed won …": NNP → VBD; Pattern reads it as a first name); a base form after a
   possessive and adjectives or names is a noun ("his recent call", "her Tuesday comment": VB → NN; not after
   a common noun: "let her staff go"), and so is one after a short quotation that follows a
   possessive, or a determiner when a finite verb comes later ("Reed's “ten percent” comment was …":
   VB → NN; not "The “fees” give us …"); a verb whose past is its base form (:data:`UNCHANGED_PAST`:
   put, set, cut) right after a name that opens the sentence or follows a comma, before an object,
   is the past tense ("Noting …, Ann Moss put her …": VB → VBD; not "let Ann Moss put"); a participle right after "who" (past adverbs) or a subject
   pronoun, or after a subject that "whom", "which" or a free relative "what" opens, is the past
   tense ("who once called the plan …", "what Reed described as …": VBN → VBD); "about" or
   "around" before a number opening the sentence is an adverb ("Around three in five told": IN → RB),
   and "most" standing alone before a finite verb the subject (JJS → NN, as the determiners
   below); a capitalised adjective after a census first name is a surname ("chair Tom Small said":
   JJ → NNP); a noun right
   after a plural noun that opens the clause after a quotation and its comma, before a
   preposition or the end, is that subject's verb ("“…,” the mayors state in a letter":
   NN → VBP); a speech verb's -s form (``data/reporting_verbs.csv``) between a common noun and a
   "that" clause, with no verb yet and no preposition opening the sentence's noun run, is the
   verb ("The party's email to its members notes that …": NNS → VBZ; not "In light of news reports
   that …"), and its base form after "to", before an object or a quotation, is the infinitive
   ("used the hearing to demand the council …", "led Reed to state, “…”": NN → VB); an -ed
   participle after a noun, before an object, in a clause (up to a semicolon) with no other
   verb and a quotation after it, is the past tense ("…; one member called Moss “a …”": VBN →
   VBD; not "a dog called Rex barked"); a speech verb's -ing form before "to" or "that" is the
   verb ("with Moss promising to “…”": JJ → VBG; not "a promising start"), its -ed form before
   "that" after a subject (past a bracketed designation: "Sen. Moss (D-Ore.) stated"), with no
   verb before, the past tense ("The captain further related that …": VBN → VBD), and "further"
   before a verb an adverb (JJ → RB); an -ed participle after a comma or opening the sentence,
   before a run of modifiers ending in a name, modifies that name unless it is a speech verb
   (", retired Army general Tom Reed,": VBN → JJ; "…,” added Tom Reed" keeps its verb).
3. **Chunk repairs** (after chunking), for the two ways Pattern's chunker
   runs two noun phrases together: a determiner (not after a predeterminer
   such as "all" or "both") or a personal pronoun after a noun or pronoun
   starts a new noun chunk ("told reporters | the troops", "the Trump | we
   have seen", "called it | a big deal"); a coordinating conjunction inside
   a noun chunk splits it into conjuncts ("Mr. Smith | and | his wife"), and a possessive
   determiner (not "her", which may be an object) that this leaves alone before another noun chunk
   opens that chunk ("Reed and his top aides": Pattern reads "Reed and his | top aides"); a time phrase after a noun
   starts a chunk of its own ("Gower | last week said", "Gower | earlier Thursday said", "Gower |
   Thursday said", "his last post | Friday night"); a name after a speech noun that a verb or
   preposition governs, before a past tense with no object, opens a relative clause without "that"
   ("cited the comments | Tom Reed made in 2006": :func:`_contact_clause`, the verb then finite);
   a number right after a capitalised noun belongs to its name ("Rule 12",
   "Article 33": a numbered name; not a month's "Nov. 8", nor a number before its own noun); and a
   proportion is one noun chunk, with the noun after it ("three in five
   riders", which Pattern splits into a number, a preposition and "five riders").
4. **Noun phrases** are the noun chunks, then joined: ``X 's Y`` makes one
   phrase with X as its possessor ("the committee's spokeswoman"), X taking in an "of" complement
   when it is one proper noun, an office or body ("Secretary of State Ann Moss's aide", "the
   University of Dover's president": :func:`_possessive_name_of`; "Ann Moss of Dover's paper" is Dover's);
   ``X of|for Y`` makes one phrase with Y as its complement ("a spokesman
   for the Kremlin", "secretary of state"; joined right to left, so that in "the head of the
   Dover Bureau of Mines" the complement keeps its own complement) when X is headed by a common noun
   or is a name before "of" + a place-like name ("Bernie Sanders of
   Vermont" stays headed by Sanders either way), and a number or quantifier that Pattern leaves
   outside a chunk before "of" + a phrase heads such a partitive ("One of the fishermen, Tom
   Hale, said", "some of the voters": Quirk et al. 1985, 6.50); so does an adjective with a prepositional
   complement after the noun, when the joined phrase stands before a finite verb as its subject
   ("people familiar with the talks said", "officials loyal to the mayor said": a postmodifying
   adjective phrase, Quirk et al. 1985, ch. 17, postmodification; not "made the deal public on
   Monday"). A name followed by a
   bracketed party-state designation takes it in ("Sen. Ann Moss (R-Fla.)",
   headed by Moss; AP Stylebook, "party affiliation"). The *head* is the last
   noun, pronoun or number of the chunk before any possessive mark. A phrase
   between two commas (or a comma and the sentence end or a verb) right
   after another phrase, without a verb inside and at most
   :data:`MAX_APPOSITIVE_TOKENS` tokens, is its *apposition* (", the
   committee's spokeswoman,"), also when a description reaches the closing comma through a
   prepositional phrase (", the senior clerk at the port board,"). Phrases joined by "and"/"or" are
   *conjuncts*, and so are three names or more in a comma list closed by "and"/"or" ("Moss, Reed, and Lee"; not after a
   preposition: "in Dover, Ohio, and Iowa").
5. **Verb groups** are the verb chunks: auxiliaries, adverbs and the main
   verb (the last verb). Pattern splits "was not going | to | be delayed"
   at "to"; the pieces stay separate groups. See
   :class:`~biaslab.clauses.model.VerbGroup` for finite, passive and negated.

References: Marcus, M., Santorini, B. & Marcinkiewicz, M. A. (1993).
Building a large annotated corpus of English: the Penn Treebank.
*Computational Linguistics* 19(2) (the tag set). Ramshaw, L. & Marcus, M.
(1995). Text chunking using transformation-based learning. *Third Workshop
on Very Large Corpora* (IOB chunks). De Smedt, T. & Daelemans, W. (2012).
Pattern for Python. *JMLR* 13 (the tagger and chunker).

Limits: the tagger is a lexicon with contextual rules, ~95 % accurate on
news per its authors; a wrong tag can cut or merge a phrase. Title-case
headlines are tagged poorly. Reduced relative clauses ("troops stationed
there") are told from past tenses only by what follows.
"""
from __future__ import annotations

import calendar

from functools import lru_cache
from sys import intern

from ..census import first_name
from ..morphology import lemma as _lemma, verb_forms
from ..resources import pattern_lexicon_tag
from ..segmentation import PARTY_DESIGNATION
from .pattern import chunk_tags, tag_words
from .model import NounPhrase, Token, VerbGroup, group_lemma, span_end

__all__ = ["tag_tokens", "noun_phrases", "verb_groups", "MAX_APPOSITIVE_TOKENS"]

#: Forms of "have" that open an inverted clause before a name ("Had Reed won", "Has Moss seen"), with
#: their tags; Pattern tags them NNP there, capitalised before a name (the other auxiliaries it tags right).
_INVERTED_HAVE = {"had": "VBD", "has": "VBZ", "have": "VBP"}
#: Marks that may open a sentence before its first word.
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "``", "(", "["})
#: An appositive (", the committee's spokeswoman,") has at most this many
#: tokens; a longer comma segment is a clause or a list.
MAX_APPOSITIVE_TOKENS = 8
#: Most tokens of a bracketed party designation, brackets included ("( D-W.Va . )" has 5).
_DESIGNATION_TOKENS = 7
#: Penn tags that can head a noun phrase.
_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX"})
#: Penn tags of nouns and pronouns (after which a determiner opens a new phrase).
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
#: Tags of a word that a possessive determiner may open a noun phrase with ("his top aides", "their
#: 12 seats"): adjectives, nouns, numbers and participles used as adjectives.
_DETERMINED = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "VBG"})
#: Predeterminers and quantifiers that may stand before a determiner in one phrase ("all the troops").
_PREDETERMINERS = frozenset("all both half such quite rather what many".split())
#: Forms of the passive auxiliaries be and get (Quirk et al. 1985, §3.63-3.76).
_PASSIVE_AUX = frozenset("be am is are was were been being get gets got gotten getting 's 're".split())
#: Penn tags of a finite verb: past, present, modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NEGATIONS = frozenset({"not", "n't", "never"})
#: The tags the repairs of :func:`tag_tokens` start from, verbs (VB…) aside: every rule of its loop
#: first tests the token's own tag against these, and the loop skips any other tag, so a rule
#: for another tag must add it here (``tests/test_clauses.py`` reads the rules' tests to check).
_REPAIRED_TAGS = frozenset({"DT", "JJS", "RBS", "NN", "NNS", "JJ", "MD", "IN", "POS"})
#: Penn tags of nouns.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Penn tags of adverbs.
ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
#: Penn tags of punctuation: never inside a noun phrase.
_PUNCTUATION_TAGS = frozenset({":", ",", ".", '"', "''", "``", "(", ")"})
#: Nominative personal pronouns: a base-form verb right after one is finite ("he cut", "they say").
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it"})
#: Tags that may open the clause a speech verb reports, after the verb: a colon, a quotation mark, or the
#: clause's subject (a determiner, possessive, pronoun or name: "They state their aim is …").
_CLAUSE_START = frozenset({":", '"', "``", "DT", "PRP$", "PRP", "NNP"})
#: Tags before which a tagged adjective after a determiner is a noun ("the daily wrote", "a narrator in the video",
#: "a campaign surrogate who said": "who" follows its antecedent noun, never an attributive adjective).
_NOMINAL_JJ_BEFORE = frozenset({"VBD", "VBZ", "VBP", "MD", ",", ".", ":", '"', "''", ")", "IN", "WP"})
#: Forms of the auxiliaries be, have and get: a participle after one is part of the verb group.
_AUXILIARIES = _PASSIVE_AUX | frozenset("have has had having 've 'd".split())
#: Forms of the auxiliary do ("did not say").
_DO = frozenset("do does did".split())
#: Verbs whose object is mostly a clause without "that" (say and think verbs: Levin 1993 classes 37.7 and
#: 29.4-29.5, keeping those far more often followed by a clause than by a noun phrase; "know", "see",
#: "report", "deny" are not: "People who know Moss say …"): after one of them in a relative clause the
#: phrase that follows is the subject of the next verb ("People who think the plan failed"), so the
#: relative clause's antecedent is not that verb's subject.
CLAUSE_TAKING = frozenset("say claim insist argue assert contend suggest allege think believe hope wish guess "
                          "realize assume suppose reckon worry agree conclude doubt imagine confirm deny admit "
                          "acknowledge announce predict warn".split())
#: Subordinators that open a clause, never a prepositional phrase ("after", "before", "since" may):
#: an opening "Because Reed left, …" is not an opening prepositional phrase.
CLAUSE_OPENERS = frozenset("that because although though while whereas if unless whether".split())
#: Words tagged IN that may open a clause, whose noun after them can be a subject ("as staff notes").
_NOT_PREPOSITIONS = CLAUSE_OPENERS | frozenset("since as after before until once so than".split())
#: Particles of phrasal verbs of speaking ("shot back", "lashed out", "fired off"), and what may follow
#: them: punctuation that ends the attribution ("“…,” Moss shot back."), a quotation or a preposition.
_PARTICLES = frozenset({"back", "out", "off"})
_AFTER_PARTICLE = frozenset({",", ":", ".", "!", "?", '"', "“", "''", "that", "at", "against", "in", "on", "with"})
#: Determiners that stand alone as a subject at the start of a sentence ("Another said", "Some
#: argued"); "that" and "this" are left out ("That said, …").
_PRONOMINAL_DT = frozenset("another both some many most few several those all each either neither".split())
#: Prepositions of place or membership after which a lone determiner of :data:`_PRONOMINAL_DT` stands
#: for people ("many in the party", "some on the council", "several at the rally", "most among them").
_PLACE_AFTER_DT = frozenset("in on at among within inside across around from".split())
#: Closing quotation marks as token keys (Pattern's ” and the straight marks).
CLOSING_MARKS = frozenset({'"', "''", "”", "'"})
#: Tokens that end a clause for the finite-verb test of a lone participle.
_CLAUSE_END = frozenset({",", ":", ";", '"', "''", "“", "”", "—", "–"})
#: Words of time: a phrase headed by one is a date or a span, not a speaker ("said Friday", "three days ago").
TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
                       "morning afternoon evening night week weekend month year day hour minute decade".split())
#: Day names, which a proper-noun chunk runs into after a name ("Gower Thursday said").
#: Verbs whose past tense is their base form (Quirk, Greenbaum, Leech & Svartvik 1985, *A Comprehensive
#: Grammar of the English Language*, §§3.11-3.19, the class with base, past and participle alike): after a
#: singular name, such a form is the past, not a base form (a present would take -s).
UNCHANGED_PAST = frozenset("bet bid burst cast cost cut hit hurt let put quit rid set shed shut slit split spread "
                           "thrust upset".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Words that open a time phrase after a noun ("Gower last week said", "Gower earlier Thursday said").
TIME_OPENERS = frozenset({"earlier", "later", "last", "next", "this"})


def time_word(low: str) -> bool:
    """Is the lower-case word a word of time (:data:`TIME_WORDS`), singular or plural ("weeks")?"""
    return low in TIME_WORDS or (low.endswith("s") and low[:-1] in TIME_WORDS)


@lru_cache(maxsize=16384)
def verb_lemma(word: str) -> str:
    """:func:`biaslab.morphology.lemma`, cached (verbs recur)."""
    return _lemma(word)


def tag_tokens(raw: list[tuple[int, int, str, str]]) -> list[Token]:
    """The tokens (``(start, end, text, key)``, as :func:`~biaslab.clauses.tokens.raw_tokens`
    gives them) tagged, chunked and repaired (steps 1–3), with lemmas."""
    if not raw:
        return []
    keys = [t[3] for t in raw]
    # a verb written in capitals ("Putin TOLD reporters") is tagged as its lower-case form
    tagged = [k.lower() if len(k) > 1 and k.isupper() and (pattern_lexicon_tag(k.lower()) or "")[:2] == "VB"
              else k for k in keys]
    tags = tag_words(tagged)
    n = len(tags)
    lows = [k.lower() for k in keys]
    headline = _headline_case(keys)
    if headline:
        _headline_verb(keys, lows, tags)
    for i in range(n):  # step 2, one pass; each rule is keyed by the tag it repairs
        t = tags[i]
        if t not in _REPAIRED_TAGS and t[:2] != "VB":
            continue  # no rule below repairs this tag (a name, a comma, a pronoun …)
        prev = tags[i - 1] if i else ""
        nxt = tags[i + 1] if i + 1 < n else ""
        if t in ("DT", "JJ", "JJS", "RBS") and lows[i] in _PRONOMINAL_DT and _opens_clause(keys, tags, i) \
                and (nxt in ("VBD", "VBZ", "VBP", "MD") or (nxt == "VBN" and i + 2 < n
                                                            and tags[i + 2] in ("VBD", "VBZ", "VBP", "MD"))):
            tags[i] = "NN"  # "Another said …", "Yet another said", "Those surveyed said …", "…; most said":
            #                 a determiner standing alone as subject
        elif t == "DT" and lows[i] in _PRONOMINAL_DT and nxt == "VBN" and i + 2 < n \
                and (keys[i + 2] in (",", ":")
                     or (tags[i + 2] in ("DT", "CD", "PRP$") and lows[i + 1].endswith("ed"))) \
                and _opens_clause(keys, tags, i):
            tags[i], tags[i + 1] = "NN", "VBD"  # "Another advised, …", "Another featured five photos": the
            #                                     determiner's verb is finite (not "Another elected official")
        elif t == "DT" and lows[i] in _PRONOMINAL_DT and nxt == "NNS" and i + 2 < n \
                and (tags[i + 2] in ("DT", "PRP$", "PRP", "NNP") or lows[i + 2] == "that") \
                and _opens_clause(keys, tags, i) and _speech_form(lows[i + 1]) not in (None, lows[i + 1]):
            tags[i], tags[i + 1] = "NN", "VBZ"  # "Another argues that …", "Each adds the …": a speech verb's
            #                                     -s form after a lone determiner, before its object
        elif t in ("DT", "JJ") and lows[i] in _PRONOMINAL_DT and nxt == "IN" and lows[i + 1] in _PLACE_AFTER_DT \
                and i + 2 < n and lows[i + 2] != lows[i] and (not i or prev in ("TO", "IN", ",", "CC", '"', "``")):
            tags[i] = "NN"  # "Many in the party said", "according to some on the council": a lone determiner
            #                 before a phrase of place or group heads its own noun phrase (not "all in all")
        elif t == "IN" and lows[i] in ("about", "around") and nxt == "CD" \
                and all(x in ('"', "``", "(") for x in tags[:i]):
            tags[i] = "RB"  # "Around three in five told": "around" before a number opening the sentence is
            #                 "approximately", not a preposition
        elif t == "IN" and lows[i] == "at" and lows[i + 1:i + 2] == ["least"] and not keys[i].isupper():
            tags[i] = tags[i + 1] = "RB"  # "At least half of voters say …": an adverb of degree, not a
            #                               preposition whose object would hide the subject
        elif t in ("NN", "JJ") and not keys[i][:1].isalnum():
            tags[i] = ":"  # a dash is punctuation, not a noun (Pattern tags unknown symbols NN)
        elif t == "NN" and prev == "TO" and keys[i].isalpha() and keys[i].islower() and not lows[i].endswith("ing") \
                and (nxt in ("DT", "PRP$", "JJ", "NNP") or (nxt == "PRP" and lows[i + 1] in _OBJECT_FORMS)) \
                and not any(time_word(w) for w in lows[i + 1:i + 4]):  # "went to school the next day"
            tags[i] = "VB"  # "efforts to defeat Reed", "refused to release the files", "to fund it": "to" and a
            #                 word before its object is an infinitive (a noun after "to" takes no object)
        elif t == "NN" and prev == "PRP" and lows[i - 1] in _PLAIN_SUBJECTS and keys[i].isalpha() \
                and keys[i].islower() and not lows[i].endswith("ing") and nxt not in ("NN", "NNS", "POS") \
                and lows[i + 1:i + 2] != ["of"] \
                and not (lows[i - 1] == "you" and i > 1 and tags[i - 2][:2] in ("VB", "IN", "TO")):
            tags[i] = "VBP"  # "They support the plan", "We need a port", "I vote for Reed": a subject
            #                  pronoun is never a noun's modifier, so the word after it is its verb ("you"
            #                  after a verb or preposition is an object: "gave you credit"; "I kind of
            #                  hope" is a hedge)
        elif t == "NN" and keys[i].isalpha() and keys[i].islower() and _after_modal(tags, lows, i):
            tags[i] = "VB"  # "would face charges", "will not list the costs": a modal takes a base-form
            #                 verb (Penn Treebank), which the lexicon's one tag gives as a noun
        elif t in ("VB", "VBP") and "-" in keys[i] and keys[i].islower() and prev in ("NNP", "DT", "JJ", "NN") \
                and nxt == "NNP":
            tags[i] = "NN"  # "Dover co-host Stu Barling", "the co-founder Ann Moss": a hyphenated base form
            #                 between a modifier and a name is a role noun (Pattern lists "co-host" as a verb)
        elif t == "VBG" and prev in ("NNP", "NNPS") and keys[i][:1].isupper() and not keys[i].isupper() \
                and not headline and (nxt in (",", ".", ":", "(", "POS", "VBD", "VBZ", "MD") or i + 1 == n):
            tags[i] = "NNP"  # "Dover Rising, a committee, called …": a capitalised -ing word after a name, before
            #                  a comma or a verb, ends the name (outside headline-case sentences)
        elif t == "VBP" and keys[i].islower() and pattern_lexicon_tag(lows[i]) is None \
                and _after_article(tags, lows, i - 1, names=True):
            tags[i] = "NN"  # "a Dover superdelegate": a word the lexicon lacks, which Pattern's suffix
            #                 rules read as a verb (-ate, -ify, -ise, -ize), takes no article
        elif (t in ("MD", "JJ") or t[:2] == "VB" or (t == "IN" and _after_quotation(keys, tags, i - 1))) \
                and keys[i][:1].isupper() and not keys[i].isupper() and _name_before_verb(tags, keys, i):
            tags[i] = "NNP"  # names the lexicon reads as other words ("Will described", "Cuban also said",
            #                  "Shook said", "Small, who attended")
            if t == "MD" and nxt == "NNS":
                tags[i + 1] = "VBZ"  # "… which Will claims affirmed …": the name's speech verb
        elif lows[i] == "close" and t in ("NN", "VB", "VBD", "VBP") and prev in _NOUN_TAGS \
                and lows[i + 1:i + 2] == ["to"]:
            tags[i] = "JJ"  # "a source close to the mayor", "Ann Moss, a lobbyist close to the mayor,": an
            #                 adjective after its noun (the past of the verb is "closed")
        elif t == "JJ" and lows[i] == "further" and nxt[:2] == "VB":
            tags[i] = "RB"  # "The captain further related that …": an adverb before the verb
        elif t == "JJ" and lows[i] == "general" and prev in ("NN", "NNP"):
            tags[i] = "NNP" if keys[i][:1].isupper() else "NN"  # "the attorney general", "Inspector General":
            #                                                     a postpositive "general" heads the title
        elif t == "JJ" and prev == "NNP" and keys[i][:1].isupper() and not keys[i].isupper() \
                and first_name(keys[i - 1]):
            tags[i] = "NNP"  # "Tom Small said": a capitalised adjective after a first name is a surname
        elif t == "JJ":
            if (prev in ("DT", "POS", "PRP$") or (prev in ("NNP", "NN") and i >= 2 and tags[i - 2] == "DT")) \
                    and (not nxt or nxt in _NOMINAL_JJ_BEFORE):
                tags[i] = "NN"  # "the daily wrote", "this Reed look-alike declared", "Reed's chief of staff"
            elif lows[i].endswith("ed") and (prev in ("NNP", "NNPS") or (
                    prev == "PRP" and lows[i - 1] in _SUBJECT_PRONOUNS)) \
                    and nxt in ("DT", "PRP$", "PRP", "NNP") \
                    and _no_verb_before(tags, i):
                tags[i] = "VBD"  # "Ann Moss belittled the report": an -ed word the lexicon lacks, between a
                #                  name or pronoun subject and an object, is the sentence's first verb
            elif lows[i].endswith("ing") and (nxt == "TO" or (nxt == "IN" and lows[i + 1] == "that")) \
                    and _speech_form(lows[i]):
                tags[i] = "VBG"  # "with Moss recently promising to “…”": a speech verb's -ing form before
                #                  an infinitive or a that-clause is the verb, not an adjective
        elif t in ("VBN", "VBG"):
            if prev in ("DT", "PRP$", "POS", "CD") and nxt in ("NN", "NNS", "NNP", "NNPS", "JJ"):
                tags[i] = "JJ"  # "the retired neurosurgeon", "one unaligned party strategist"
            elif t == "VBN" and "-" in keys[i] and prev in ("DT", "JJ"):
                tags[i] = "JJ"  # "a Dover-based talk radio host": a hyphenated participle modifies what follows
            elif t == "VBN" and lows[i].endswith("ed") and (
                    nxt in ("DT", "PRP$", "PRP", "NNP", "JJ", "JJR", "NN", "NNS")
                    or (nxt == "VBN" and i + 2 < n and tags[i + 2] in ("NN", "NNS"))) \
                    and _after_name(keys, tags, i) and _no_verb_before(tags, i):
                tags[i] = "VBD"  # "Rep. Sean Dunne (R-Ore.) then briefed the pier workers", "Reed also embraced
                #                  enhanced methods": the name's verb before its object
            elif t == "VBN" and lows[i].endswith("ed") and prev == "NNP" \
                    and nxt in ("DT", "PRP$", "PRP", "NNP", "TO", "IN") and lows[i + 1] != "by" \
                    and _name_opens_clause(keys, tags, i - 1, after_comma=True):
                tags[i] = "VBD"  # "Speaking on the radio in Ohio, which votes next, Reed referred to Moss as …":
                #                  a name that opens the main clause after a comma, then its verb
            elif t == "VBN" and lows[i - 1] in ("each", "both", "all") and i >= 2 and tags[i - 2] in _NOUN_TAGS \
                    and nxt in ("DT", "PRP$", "PRP", "NNP", "JJ"):
                tags[i] = "VBD"  # "the two papers each called it …": a floating quantifier, then the verb
            elif t == "VBN" and ((prev == "PRP" and lows[i - 1] in _SUBJECT_PRONOUNS)
                                 or _after_who(tags, lows, i) or _after_object_relative(tags, lows, i)):
                tags[i] = "VBD"  # "which he described as", "who (once) called", "whom one aide described as":
                #                  a participle takes an auxiliary, not a subject
            elif t == "VBN" and prev in ("NNP", "NNPS", "NN") and (i + 1 == n or nxt in ("IN", ".", ",")) \
                    and _after_quotation(keys, tags, i - 1) \
                    and not (nxt == "IN" and _prepositional_then_verb(tags, i + 1)):
                tags[i] = "VBD"  # "“…,” Moss charged in her remarks.": the attribution after a quotation is
                #                  finite; not "“…,” a statement released after the meeting said", a participle
                #                  whose prepositional phrase the verb follows
            elif t == "VBN" and lows[i].endswith("ed") and _closes_apposition(tags, keys, i) \
                    and nxt in ("DT", "PRP", "PRP$", "NNP") \
                    and not any(x in FINITE_TAGS for x in tags[:keys.index(",")]):
                tags[i] = "VBD"  # "Petrov, who thinks …, called the law …", "Dover Rising, a committee, called
                #                  the mayor …": after the insertion, the subject's verb, before its object
            elif t == "VBN" and lows[i].endswith("ed") and nxt in ("DT", "PRP", "PRP$", "NNP", "IN", "TO", "RP") \
                    and _after_relative_insertion(tags, keys, lows, i):
                tags[i] = "VBD"  # "…, when Mr. Reed, who had lost, called for …": the name that opens a clause
                #                  before a "who" insertion takes the verb after it, whatever came before
            elif t == "VBN" and lows[i].endswith("ed") and prev in ("NN", "NNS", "NNP") \
                    and nxt in ("DT", "PRP", "NNP") and _quoted_clause(keys, tags, i):
                tags[i] = "VBD"  # "…; one member called Ann Moss “the queen of delay.”": a clause with no other
                #                  verb whose object a quotation follows (not "a dog called Rex barked")
            elif t == "VBN" and nxt == "IN" and lows[i + 1] == "that" \
                    and (_after_subject_noun(tags, i) or _after_name(keys, tags, i)) \
                    and _no_verb_before(tags, i) and _speech_form(lows[i]):
                tags[i] = "VBD"  # "The ferry captain further related that …", "Sen. Ann Moss (D-Ore.) stated
                #                  that …": a speech verb before its that-clause, after a subject (past a
                #                  bracketed designation) and no verb, is the past tense
            elif t == "VBN" and i == 0 and nxt == "NNP" and lows[i].endswith("ed") and _speech_form(lows[i]):
                tags[i] = "VBD"  # "“We won!” | beamed Ann Moss": a speech verb opening the sentence after a
                #                  quotation that ended its own is the inverted attribution's verb
            elif t == "VBN" and lows[i].endswith("ed") and (prev == "," or i == 0) and nxt in ("NNP", "JJ") \
                    and _modifies_a_name(tags, i) and not _speech_form(lows[i]):
                tags[i] = "JJ"  # ", retired Army general Tom Reed,": a participle before a title and a name
                #                  modifies it; only a speech verb inverts ("…, added Tom Reed")
            elif t == "VBN" and prev in ("VBD", "VBZ", "VBP") and lows[i - 1] not in _AUXILIARIES \
                    and nxt in ("NN", "NNP"):
                tags[i] = "JJ"  # "said retired teacher Ann Moss": a full verb takes no participle
        elif t == "VBD" and lows[i].endswith("ed") and i + 1 < n \
                and (tags[i + 1] in ('"', "``") or lows[i + 1] in ("as", "by")) and _reduced_relative(tags, lows, i):
            tags[i] = "VBN"  # "… filed forms afterwards branded “void” by":
            #                  after the object of a verb that takes no clause, a participle, not a verb of its own
        elif t == "VB":
            if prev in ("NN", "NNP") and (i + 1 == n or keys[i + 1] in (".", "!", "?")) \
                    and _after_quotation(keys, tags, i - 1):
                tags[i] = "VBD"  # "“…,” the letter read.": the attribution closing the sentence is finite
            elif _after_quoted_modifier(keys, tags, i - 1, possessive=not _finite_after(tags, keys, i)) \
                    or _after_possessive(tags, i - 1) or (prev == "DT" and lows[i - 1] in ("a", "an", "the") and lows[i] != "be") or (
                    prev == "JJ" and _after_article(tags, lows, i - 1)) or (
                    prev == "NN" and _after_article(tags, lows, i - 1)
                    and _finite_after(tags, keys, i)):
                tags[i] = "NN"  # "a talk radio host", "an unexpectedly strong win", "a conference call",
                #                 "his win", "her Tuesday comment": a base form takes no article or possessive
            elif prev in ("NNS", "NNPS") and not any(x[:2] == "VB" or x in ("MD", "TO") for x in tags[:i]):
                tags[i] = "VBP"  # "Corporate lobbyists describe …": the first verb after a plural subject
            elif prev in ("NNS", "NNPS") and _after_object_relative(tags, lows, i):
                tags[i] = "VBP"  # "what some residents call a …", "which critics describe as": a plural
                #                  subject of a free or object relative clause, then its verb
            elif prev == "NN" and not any(x[:2] == "VB" or x in ("MD", "TO", "IN") for x in tags[:i]):
                tags[i] = "VBD"  # "Her team set up a fund": after a singular subject, a bare form is past
            elif prev == "NNP" and lows[i] in UNCHANGED_PAST and nxt in ("DT", "PRP$", "PRP", "NNP", "RP") \
                    and _name_opens_clause(keys, tags, i - 1, after_comma=True):
                tags[i] = "VBD"  # "Noting that …, Ann Moss put her finger on …": a name's verb whose
                #                  past is its base form
            elif (prev == "PRP" and lows[i - 1] in _SUBJECT_PRONOUNS) or (
                    prev == "RB" and i >= 2 and tags[i - 2] == "PRP" and lows[i - 2] in _SUBJECT_PRONOUNS):
                tags[i] = "VBD" if lows[i - 1 if prev == "PRP" else i - 2] in ("he", "she", "it") \
                    else "VBP"  # "he cut into Bush", "they also lie in …": past an adverb too
        elif t == "NNS" and i + 2 < n and (
                (lows[i + 1] == "that" and tags[i + 2] in ("DT", "NNP", "NNPS", "PRP", "PRP$", "NN", "NNS", "CD", "VBG")
                 and ((prev == "NNP" and (i < 2 or tags[i - 2] not in ("DT", "PRP$", "POS"))) or _closes_apposition(
                    tags, keys, i)))
                or (tags[i + 1] in ("DT", "PRP$") and _closes_apposition(tags, keys, i))):
            # "Reed claims that the bank …", "Ana Ruiz, a city planner, notes that the rule …", "Moss, a
            # Democrat, advocates a …": after a name or a closed apposition, a plural noun before a "that"
            # clause or a determiner is a verb
            tags[i] = "VBZ"
        elif t == "NNS" and (r := i - 1 - (prev == "RB")) >= 1 and tags[r] in ("WDT", "WP") \
                and lows[r] in ("which", "who") and (tags[r - 1] in _NOUNISH or keys[r - 1] == ",") \
                and (_speech_form(lows[i]) not in (None, lows[i]) or _verb_s_form(lows[i])):
            tags[i] = "VBZ"  # "the report, which notes, “…”", "a voter who warns that …", "a donor who still
            #                  backs Moss": a relative pronoun after a noun (and an adverb) is followed by its
            #                  verb, not by a plural noun ("Which notes …?")
        elif t == "NNS" and prev == "NNP" and i + 2 < n and lows[i + 2] == "that" and (i < 2 or tags[i - 2] not in (
                "DT", "PRP$", "POS")) and " " in (_speech_form(lows[i], lows[i + 1]) or ""):
            tags[i] = "VBZ"  # "Tom Reed points out that …": a phrasal speech verb's -s form after a name
        elif t == "NNS" and prev == "NN" and (nxt in ("NNP", "DT", "PRP", "PRP$", "IN", "TO") and lows[i] != "s") \
                and _opening_subject(tags, i - 1) and not _finite_in_clause(keys, tags, i + 1):
            tags[i] = "VBZ"  # "The Dover ad hits Moss for …", "The fund backs …": a clause whose only verb
            #                  Pattern read as a plural noun after the singular noun phrase that opens it
        elif t == "NNS" and nxt in ("DT", "PRP", "PRP$", "NNP", "NNPS", "CD") and _no_verb_before(tags, i) \
                and _speech_form(lows[i]) not in (None, lows[i]) and _finite_in_clause(keys, tags, i + 2) and (
                    (prev == "NN" and _opening_subject(tags, i - 1))
                    or (prev in ("NNP", "NNPS") and _name_opens_clause(keys, tags, i - 1))):
            tags[i] = "VBZ"  # "The mayor claims the levy was …", "Ann Moss warns the fee will …": a speech
            #                  verb's -s form after the singular subject that opens the sentence, before a
            #                  complement clause (without "that") whose subject and verb follow
        elif t == "NNS" and prev == "," and nxt in ("IN", "TO", "DT", "PRP$") and _no_verb_before(tags, i) \
                and _closes_apposition(tags, keys, i) and _verb_s_form(lows[i]):
            tags[i] = "VBZ"  # "Pat Hale, a former mayor, lives in Dover and wrote …": the verb after the
            #                  subject's apposition, when the word is also a verb's -s form
        elif t == "NNS" and prev == "CC" and "VBZ" in tags[:i - 1] and _speech_form(lows[i]) not in (None, lows[i]) \
                and (lows[i + 1:i + 2] == ["that"] or nxt in ("DT", "PRP", "PRP$", "NNP", ":")):
            tags[i] = "VBZ"  # "… hits Moss for taking … and claims that …": a speech verb's -s form after
            #                  "and", in a sentence whose verb is in the present, is a coordinated verb
        elif t == "VBZ" and prev == "NN" and i >= 2 and tags[i - 2] == "IN" and lows[i - 2] not in _NOT_PREPOSITIONS \
                and _speech_form(lows[i]):
            tags[i] = "NNS"  # "rounds of phone calls from voters", "amid press reports of": a speech verb's -s form
            #                  after a bare noun that a preposition opens is that noun's plural compound
        elif t == "NNS" and prev in ("NN", "NNS") and i + 2 < n and lows[i + 1] == "that" \
                and tags[i + 2] in ("DT", "NNP", "NNPS", "PRP", "NN", "NNS", "CD") and _no_verb_before(tags, i) \
                and _speech_form(lows[i]) and not _after_preposition(tags, i):
            tags[i] = "VBZ"  # "Reed's campaign email notes that the rule …": a speech verb's -s form between a
            #                  common noun and a "that" clause in a sentence with no verb yet (not "tax cuts that
            #                  the board …": "cuts" reports nothing; not "in light of reports that …")
        elif t == "NN" and prev == "TO" and _speech_form(lows[i]) == lows[i] and (
                nxt in ("DT", "JJ", "NNP", "NNPS", "PRP", "PRP$", "NNS") or lows[i + 1] == "that"
                or (nxt in (",", ":") and i + 2 < n and tags[i + 2] in ('"', "``"))):
            tags[i] = "VB"  # "used the debate to demand wealthy donors …", "led Reed to state, “…”": a speech
            #                 verb's base form after "to", before its object or a quotation
        elif t == "NNS" and prev in ("NN", "NNP") and lows[i].endswith("s") and i + 2 < n \
                and (keys[i + 1] == ":" or (tags[i + 1] in ('"', "``") and keys[i + 1] != "”"
                                            and keys[i + 2][:1].isupper())
                     or (lows[i + 1] == "that" and tags[i + 2] in ('"', "``") and keys[i + 2] != "”")) \
                and _no_verb_before(tags, i):
            tags[i] = "VBZ"  # "The flyer claims “Moss will …”", "The memo warns: …", "The campaign projects
            #                  that “…”": a plural form between a singular subject and a quotation that opens a
            #                  sentence, or a "that" before a quotation, is the verb
        elif t == "POS":
            if lows[i] == "'s" and nxt and (nxt in ("VBN", "VBG") or lows[i + 1] in ("not", "n't", "been", "got",
                                                                                    "going")) \
                    and not (nxt == "VBG" and i + 2 < n and tags[i + 2] in ("NN", "NNS", "NNP", "NNPS")):
                tags[i] = "VBZ"  # "Moss's been making the case": 's is has/is (not "Reed's running mate",
                #                  "Reed's Running Mate" in a headline)
            elif lows[i] == "'s" and prev == "EX":
                tags[i] = "VBZ"  # "There's a quote from …": after an existential "there", 's is always is/has
        if t == "NN" and i and prev in ("NNP", "NNPS") and lows[i] == keys[i] and i + 2 < n \
                and lows[i + 1] in _PARTICLES and keys[i + 2].lower() in _AFTER_PARTICLE \
                and (_name_opens_clause(keys, tags, i - 1)
                     or _name_opens_clause(keys, tags, i - 1, after_comma=True)):
            tags[i] = "VBD"  # "Ann Moss shot back, …": a noun between a name and a particle is its verb
        elif t == "NN" and prev == "NNP" and lows[i] in UNCHANGED_PAST and nxt in ("DT", "PRP$", "RP") \
                and _no_verb_before(tags, i) and _name_opens_clause(keys, tags, i - 1, after_comma=True):
            tags[i] = "VBD"  # "Ann Moss cast the blame on …": a name's verb whose past is its base form,
            #                  which the lexicon lists as a noun first
        if t in ("NN", "NNS") and i:
            if t == "NN" and prev == "IN" and lows[i].endswith("ing") and lows[i - 1] != "of" \
                    and nxt in ("DT", "RB", "IN", "PRP", "PRP$", '"', "``", "NNP"):
                tags[i] = "VBG"  # "by warning darkly that", "upon hearing the news": a gerund
            elif prev == "PRP" and lows[i - 1] in ("he", "she", "it") and lows[i].endswith("s") \
                    and nxt not in ("NN", "NNS", "POS"):
                tags[i] = "VBZ"  # "He talks about …"
            elif t == "NNS" and prev == "NNP" and lows[i] == keys[i] and pattern_lexicon_tag(lows[i]) is None \
                    and nxt in ("IN", "DT", "PRP$", "TO") \
                    and (_name_opens_clause(keys, tags, i - 1)
                         or _name_opens_clause(keys, tags, i - 1, after_comma=True)) \
                    and not _finite_in_clause(keys, tags, i + 1):
                tags[i] = "VBZ"  # "…, Ann Moss quibbles over the line": a word the lexicon does not know, in -s
                #                  after the name that opens the clause, before a preposition or determiner, in
                #                  a clause with no other finite verb ("Tom Reed groupies in the hall cheered")
            elif t == "NN" and prev in ("NNS", "NNPS") and nxt in ("DT", "PRP$", "PRP", "NNP") \
                    and _no_verb_before(tags, i) and _plural_opens(tags, i - 1) and lows[i] == keys[i] \
                    and verb_lemma(lows[i]) == lows[i] and (pattern_lexicon_tag(lows[i]) or "")[:2] in ("VB", "NN"):
                tags[i] = "VBP"  # "Many voters view Reed as …": a base form after the plural noun phrase that
                #                  opens the sentence, before an object, is its verb
            elif t == "NN" and prev == "PRP" and lows[i - 1] in ("i", "we", "you", "they") \
                    and _speech_form(lows[i]) == lows[i] and (lows[i + 1:i + 2] == ["that"] or nxt in _CLAUSE_START):
                tags[i] = "VBP"  # "They note that …", "We argue: …", "They state their aim is …": a speech
                #                  verb's base form after a subject pronoun, before its clause
            elif t == "NNS" and prev in ("NNP", "NN") and lows[i].endswith("s") and (not nxt or nxt in (
                    ".", ",", "IN", "TO")) and _after_quotation(keys, tags, i - 1):
                tags[i] = "VBZ"  # "“…,” Moss notes.": a noun right after a quotation is its speaker
            elif t == "NN" and prev in ("NNS", "NNPS") and (not nxt or nxt in (".", ",", "IN", "TO")) \
                    and _after_quotation(keys, tags, i - 2, comma=True):
                tags[i] = "VBP"  # "“…,” the mayors state in a letter": the same, after a plural subject
    j = next((k for k in range(n) if keys[k] not in _OPENING_MARKS), n)
    if j + 1 < n and tags[j] == "NNP" and lows[j] in _INVERTED_HAVE and tags[j + 1] in ("NNP", "NNPS"):
        tags[j] = _INVERTED_HAVE[lows[j]]  # "Had Reed won the vote, …": an auxiliary opening an inverted
        #                                    clause, which Pattern reads as the first word of a name
    chunks = chunk_tags(tags)
    for i in range(n - 2):  # a proportion is one phrase: "three in five (riders)"
        if tags[i] == "CD" and tags[i + 2] == "CD" and lows[i + 1] == "in":
            chunks[i], chunks[i + 1], chunks[i + 2] = "B-NP", "I-NP", "I-NP"
            if i + 3 < n and chunks[i + 3] == "B-NP" and tags[i + 3] in ("NNS", "NN", "JJ"):
                chunks[i + 3] = "I-NP"
    for i in range(1, n) if "CD" in tags else ():  # a numbered name is one phrase: "Rule 12", "Article 33"
        if tags[i] == "CD" and tags[i - 1] in ("NNP", "NN") and keys[i - 1][:1].isupper() \
                and chunks[i - 1] in ("B-NP", "I-NP") and chunks[i] != "I-NP" \
                and keys[i - 1] not in calendar_words() and (i + 1 == n or tags[i + 1][:2] != "NN"):
            chunks[i] = "I-NP"
    for i in range(1, n):  # step 3
        c = chunks[i]
        if c == "I-VP" and tags[i][:2] == "VB" and tags[i - 1][:2] == "VB" and lows[i - 1] not in _AUXILIARIES \
                and lows[i - 1] not in _DO and tags[i] != "VBN":
            chunks[i] = "B-VP"  # "described winning the nod": a full verb and its gerund object are two groups
            continue
        if c != "I-NP":
            continue
        if i > 1 and tags[i] == "NNP" and month_as_date(keys[i - 2], keys[i - 1]):
            chunks[i] = "B-NP"  # "In June Reed said": the month is a date, the name a phrase of its own
            continue
        if tags[i] in _PUNCTUATION_TAGS:  # "Democrats — for years": a dash or colon ends the phrase
            chunks[i] = "O"
            if i + 1 < n and chunks[i + 1] == "I-NP":
                chunks[i + 1] = "B-NP"
            continue
        tag, prev = tags[i], tags[i - 1]
        if ((tag == "DT" and prev in _NOUNISH and keys[i - 1].lower() not in _PREDETERMINERS)
                or (tag == "PRP" and prev in _NOUNISH)
                or (lows[i - 1] in ("which", "whom") and tag in ("NNP", "NNPS", "DT", "PRP$", "PRP"))):
            chunks[i] = "B-NP"  # "in which Reed declared": the relative word is not the name's determiner
            if lows[i - 1] in ("which", "whom"):
                chunks[i - 1] = "O"
        elif tag == "CC":
            chunks[i] = "O"
            if i + 1 < n and chunks[i + 1] == "I-NP":
                chunks[i + 1] = "B-NP"
        elif tag == "NNP" and chunks[i] == "I-NP" and prev in ("NN", "NNS") and _contact_clause(keys, tags, lows, i):
            chunks[i] = "B-NP"  # "the comments Tom Reed made in 2006": a name after a speech noun opens a
            tags[_name_end(tags, i)] = "VBD"  # relative clause without "that" whose verb's object is that noun
        elif prev in _NOUNISH and ((lows[i] in TIME_OPENERS and i + 1 < n and chunks[i + 1] == "I-NP"
                                    and time_word(lows[i + 1]))
                                   or (lows[i] in _DAYS and prev in ("NNP", "NNPS", "NN", "NNS"))):
            chunks[i] = "B-NP"  # "Gower | last week said", "Gower | earlier Thursday said", "Gower | Thursday said"
    for i in range(n - 1):  # a possessive determiner opens the noun phrase after it ("Reed and his | top aides")
        if tags[i] == "PRP$" and lows[i] != "her" and chunks[i] == "B-NP" and chunks[i + 1] == "B-NP" \
                and tags[i + 1] in _DETERMINED:
            chunks[i + 1] = "I-NP"  # ("her" may be an object pronoun before the phrase: "gave her flowers")
    # strings interned: a long text repeats a few thousand distinct words (memory, issue 15)
    # (a key that is its word's own string, as most are, is interned with it)
    return [Token(a, (w := intern(word)), w if key is word else intern(key), tag, chunk,
                  verb_lemma(low) if (tag[:2] == "VB" or tag == "MD") else intern(low))
            for (a, _, word, key), tag, chunk, low in zip(raw, tags, chunks, lows)]


def _span_text(text: str, toks: list[Token], i: int, j: int, a: int, b: int) -> str:
    """``text[a:b]``, the text of tokens ``i:j``: for one token its own (interned) string, not a
    new copy (most phrases and verb groups are one word; memory, issue 15)."""
    return toks[i].text if j - i == 1 else text[a:b]


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """English day and month names (Python's ``calendar`` in the default C locale), and the months'
    abbreviations of news copy before a date ("Nov. 8", "Sept. 11": AP Stylebook, "months")."""
    return frozenset(w for w in [*calendar.day_name, *calendar.month_name] if w) \
        | {f"{m}." for m in calendar.month_abbr if m} | {"Sept."}


#: Words after which a month name is a date, not a first name ("In June Reed won", "since April
#: Moss has", "at a June Reed rally"): time prepositions and determiners that take a month (Quirk et
#: al. 1985 §9.38, time position and duration), and the articles and possessives before a month that
#: modifies a noun ("a June poll", "his May speech"), where a person's name would not stand. Left
#: out: "by", "from", "before", "after", "with", which take a person too ("a book by May Reed").
_BEFORE_MONTH = frozenset("in since until till through throughout during last next early late mid this that "
                          "each every a an the his her their its our".split())


_MONTHS = frozenset(m for m in calendar.month_name if m)


def month_as_date(before: str, word: str) -> bool:
    """Is ``word`` a month name (April, May, June and August are first names too) that ``before``, a
    time preposition or determiner (:data:`_BEFORE_MONTH`), makes a date?"""
    return word in _MONTHS and before.lower() in _BEFORE_MONTH


def _headline_case(keys: list[str]) -> bool:
    """Is the sentence written in headline case: at least three words of four letters or more, every
    one capitalised ("Ann Moss Calls Harbor Plan ‘Theft’"; AP Stylebook, "headlines")?"""
    long = 0
    for k in keys:
        if len(k) > 3 and k.isalpha():
            if not k[0].isupper():
                return False  # most sentences stop at their first long word in lower case
            long += 1
    return long >= 3


def _headline_verb(keys: list[str], lows: list[str], tags: list[str]) -> None:
    """In a headline-case sentence, the first capitalised -s or -ed form of a reporting verb right
    after a name is the headline's verb ("Ann Moss Calls Harbor Plan ‘Theft’": NNS → VBZ; "Tom Reed
    Questioned …": NNP → VBD), which the capitals hide from the tagger."""
    for i in range(1, len(keys)):
        low = lows[i]
        if tags[i - 1] in ("NNP", "NNPS") and keys[i][:1].isupper() and tags[i][:2] in ("NN", "VB") \
                and low.endswith(("s", "ed")) and _speech_form(low) not in (None, low):
            tags[i] = "VBZ" if low.endswith("s") else "VBD"
            return


#: Pronouns that can be an object (a subject pronoun after "to" + a noun opens a clause: "from time to
#: time she said").
_OBJECT_FORMS = frozenset("it him her them us me you himself herself itself themselves ourselves myself".split())
#: Subject pronouns whose present-tense verb is the base form (non-third-person-singular: VBP).
_PLAIN_SUBJECTS = frozenset({"i", "we", "you", "they"})
#: The modal auxiliaries (Quirk et al. 1985 §3.40, the central modals), which take a base-form verb, with
#: the stems the tokenizer leaves of "can't", "won't" and "shan't" ("ca", "wo", "sha" before "n't").
_MODALS = frozenset("can could may might must shall should will would ca wo sha".split())


def _after_modal(tags: list[str], lows: list[str], i: int) -> bool:
    """Is token ``i`` right after a modal auxiliary of :data:`_MODALS`, adverbs ("not", "also") between?
    Not after a determiner: "the will of the board" and "a can of paint" hold nouns."""
    k = i - 1
    while k >= 0 and tags[k] in ADVERB_TAGS:
        k -= 1
    return k >= 0 and tags[k] == "MD" and lows[k] in _MODALS and (k == 0 or tags[k - 1] not in ("DT", "PRP$"))


@lru_cache(maxsize=4096)
def _verb_s_form(word: str) -> bool:
    """Is ``word`` also a verb's -s form: a form of its lemma ("lives" → "live") that Pattern's lexicon
    lists as a past tense or participle ("lived", "ran", "led")? The lexicon gives one tag a word, so
    "lives", "works", "backs" are plural nouns there; their verb shows in the past form."""
    base = _lemma(word)
    return bool(base) and base != word and word.endswith("s") and any(
        pattern_lexicon_tag(f) in ("VBD", "VBN") for f in verb_forms(base) if f not in (word, base))


def _speech_form(word: str, following: str | None = None) -> str | None:
    """The base form of the reporting verb (``data/reporting_verbs.csv``) that ``word`` is a form of,
    or ``word`` + ``following`` of a phrasal one ("points" + "out" → "point out"), else None. The
    table belongs to the quotation layer, imported here when first needed (the quotation layer
    imports this one)."""
    from ..quotes.verbs import reporting_verb
    rv = reporting_verb(word, following)
    return rv.verb if rv is not None else None


def _opens_clause(keys: list[str], tags: list[str], i: int) -> bool:
    """Is token ``i`` the first word of its sentence or of a clause after a semicolon, past
    quotation marks, brackets, coordinators, adverbs and commas ("Yet another", "…; most"), and
    or right after a subordinator that opens a clause ("While those polled said …", "a game that many
    are calling …": :data:`_NOT_PREPOSITIONS`)?"""
    lo = max((k for k in range(i) if keys[k] == ";"), default=-1) + 1
    if i > lo and keys[i - 1].lower() in _NOT_PREPOSITIONS:
        return True  # "While those polled said", "the game that many are calling …"
    return all(x in ('"', "``", "''", "(", "CC", "RB", ",") for x in tags[lo:i])


def _plural_opens(tags: list[str], i: int) -> bool:
    """Does the plural noun at token ``i`` end a noun phrase that opens the sentence (past
    determiners, adjectives and nouns: "Many voters", "Party leaders", "Organizers")?"""
    k = i - 1
    while k >= 0 and tags[k] in ("DT", "JJ", "NN", "NNP", "CD", "PRP$"):
        k -= 1
    return all(x in ('"', "``", "(") for x in tags[:k + 1])


def _opening_subject(tags: list[str], i: int) -> bool:
    """Does a noun phrase that ends at token ``i`` open the sentence with a determiner or possessive,
    past quotation marks ("The Dover ad", "Her campaign fund")?"""
    k = i
    while k >= 0 and tags[k] in ("NN", "NNP", "JJ", "CD", "POS"):
        k -= 1
    return k >= 0 and k < i and tags[k] in ("DT", "PRP$") and all(x in ('"', "``", "(") for x in tags[:k])


def _name_end(tags: list[str], i: int) -> int:
    """The token after the run of proper nouns that starts at token ``i``."""
    while i < len(tags) and tags[i] in ("NNP", "NNPS"):
        i += 1
    return i


def _contact_clause(keys: list[str], tags: list[str], lows: list[str], i: int) -> bool:
    """Does the name at token ``i`` open a relative clause without a relative word (a contact clause,
    Quirk et al. 1985 §17.14) after the speech noun before it ("cited the comments Tom Reed made in
    2006")? The noun is a nominalization of a reporting verb (``data/reporting_verbs.csv``: comments,
    claims, promise, remarks), lower case, after a verb or preposition (the phrase is an object); the
    name is followed by a past tense or participle whose object is missing (the noun is that object):
    a preposition, adverb, "to", a conjunction or punctuation after it, or the sentence's end."""
    from ..quotes.verbs import reporting_noun  # here: the quotation layer imports this one
    if keys[i - 1] != lows[i - 1] or reporting_noun(lows[i - 1]) is None:
        return False
    j = _name_end(tags, i)
    if j >= len(tags) or tags[j] not in ("VBD", "VBN"):
        return False
    if j + 1 < len(tags) and tags[j + 1] not in ("IN", "RB", "TO", "CC", ",", ".", ":", "WRB"):
        return False
    k = i - 2
    while k >= 0 and tags[k] in ("DT", "PRP$", "JJ", "JJS", "CD", "POS", "NN", "NNS"):
        k -= 1
    return k >= 0 and (tags[k][:2] == "VB" or tags[k] in ("IN", "TO"))


def _finite_in_clause(keys: list[str], tags: list[str], i: int) -> bool:
    """Is there a finite verb from token ``i`` to the end of the clause (a coordinator, semicolon or
    the end), outside quotation marks?"""
    quoted = False
    for k in range(i, len(tags)):
        if keys[k] in ('"', "“", "”", "``", "''"):
            quoted = not quoted
        elif not quoted and (tags[k] == "CC" or keys[k] == ";"):
            return False
        elif not quoted and tags[k] in FINITE_TAGS:
            return True
    return False


def _quoted_clause(keys: list[str], tags: list[str], i: int) -> bool:
    """Does token ``i`` stand in a clause (from the sentence start or a semicolon to the next one)
    with no other verb or modal, in which an opening quotation mark follows it?"""
    lo = max((k for k in range(i) if keys[k] == ";"), default=-1) + 1
    hi = next((k for k in range(i + 1, len(keys)) if keys[k] == ";"), len(keys))
    if any(x[:2] == "VB" or x == "MD" for x in tags[lo:i]):
        return False
    marks = [k for k in range(i + 1, hi) if tags[k] in ('"', "``")]
    return bool(marks) and not any(x in FINITE_TAGS for x in tags[i + 1:marks[0]])


def _after_preposition(tags: list[str], i: int) -> bool:
    """Is the run of nouns and prepositions that ends right before token ``i`` opened by a
    preposition, so that it has no subject ("Given press accounts that …"; not "Reed's
    letter to the voters argues that …")?"""
    j = i - 1
    while j > 0 and tags[j - 1] in ("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "POS", "PRP$", "CD", "IN", "TO"):
        j -= 1
    return tags[j] in ("IN", "TO")


def _modifies_a_name(tags: list[str], i: int) -> bool:
    """Does a run of adjectives, nouns and names after token ``i`` end in a name ("retired Army
    general Tom Reed", "embattled former mayor Ann Moss")?"""
    k = i + 1
    while k < len(tags) and tags[k] in ("JJ", "NN", "NNP"):
        k += 1
    return tags[k - 1] == "NNP" and k - i > 2


def _prepositional_then_verb(tags: list[str], j: int) -> bool:
    """Does a preposition at token ``j`` open a phrase (determiners, adjectives, numbers, nouns)
    right after which a finite verb or a modal stands ("after the board meeting said")?"""
    j += 1
    while j < len(tags) and tags[j] in ("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "PRP$", "POS"):
        j += 1
    return j < len(tags) and tags[j] in FINITE_TAGS


def _after_subject_noun(tags: list[str], i: int) -> bool:
    """Does a noun (or a personal pronoun) stand before token ``i``, past adverbs and adjectives
    used as adverbs ("The captain further related")?"""
    k = i - 1
    while k >= 0 and tags[k] in ADVERB_TAGS | {"JJ"}:
        k -= 1
    return k >= 0 and tags[k] in ("NN", "NNS", "NNP", "NNPS", "PRP")


def _reduced_relative(tags: list[str], lows: list[str], i: int) -> bool:
    """Does the -ed form at token ``i`` follow, past adverbs, a common noun phrase (with one
    prepositional phrase at most: "forms in the mail room") that is the object of a full verb
    (finite, or a participle after an auxiliary or after a subject as the sentence's first verb)
    that takes no clause (:data:`CLAUSE_TAKING`: "He believes voters wanted …" keeps its clause)?
    It then opens a reduced relative clause."""
    j = i - 1
    while j >= 0 and tags[j] in ADVERB_TAGS:
        j -= 1
    if j < 0 or tags[j] not in ("NN", "NNS"):
        return False
    preposition = False
    while j >= 0 and (tags[j] in ("NN", "NNS", "NNP", "JJ", "DT", "PRP$", "CD", "POS")
                      or (tags[j] == "IN" and not preposition)):
        preposition = preposition or tags[j] == "IN"
        j -= 1
    return j >= 0 and (tags[j] in ("VBD", "VBZ", "VBP") or (tags[j] == "VBN" and (
        (j and lows[j - 1] in _AUXILIARIES) or (j and tags[j - 1] in _NOUNISH and _no_verb_before(tags, j))))) \
        and lows[j] not in _AUXILIARIES and verb_lemma(lows[j]) not in CLAUSE_TAKING


def _no_verb_before(tags: list[str], i: int) -> bool:
    """Is there no verb or modal before token ``i`` (the sentence has no verb yet)?"""
    return not any(x[:2] == "VB" or x == "MD" for x in tags[:i])


def _after_name(keys: list[str], tags: list[str], i: int) -> bool:
    """Does a name stand before token ``i``, past adverbs and a bracketed designation ("Dunne
    (R-Ore.) then")?"""
    k = i - 1
    while k >= 0 and tags[k] in ADVERB_TAGS:
        k -= 1
    if k >= 2 and keys[k] == ")" and keys[k - 2] == "(":
        k -= 3
    return k >= 0 and tags[k] in ("NNP", "NNPS")


def _in_opening_adverbial(toks: list[Token], i: int) -> bool:
    """Does token ``i`` belong to a prepositional phrase that opens the sentence ("In a call on
    Monday", "But during the debate in Ohio"), with no verb before it?"""
    k = 1 if toks and toks[0].tag == "CC" else 0
    if k >= len(toks) or toks[k].tag != "IN" or toks[k].key.lower() in CLAUSE_OPENERS:
        return False
    return i > k and not any(t.tag[:2] == "VB" or t.tag == "MD" or t.key == "," for t in toks[k:i])


def _finite_after(tags: list[str], keys: list[str], i: int) -> bool:
    """Is there a finite verb after token ``i`` before any quotation mark ("a conference call with
    reporters, Reed said")?"""
    for k in range(i + 1, len(tags)):
        if keys[k] in ('"', "“", "”", "``", "''"):
            return False
        if tags[k] in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def state_name(text: str) -> bool:
    """Is ``text`` a country or US state of the gazetteer (:func:`biaslab.actors.places.region`), the
    second part of a place written "City, State" (AP Stylebook, "state names")?"""
    from ..actors.places import region  # the actor layer imports this package: imported when called
    return region(text)


def _closes_apposition(tags: list[str], keys: list[str], i: int) -> bool:
    """Does token ``i`` follow the comma that closes an apposition or insertion (", a city planner,",
    ", in 2008,")?"""
    return i >= 3 and keys[i - 1] == "," and tags[i - 2] in ("NN", "NNP", "NNS", "CD") and "," in keys[:i - 1]


def _after_relative_insertion(tags: list[str], keys: list[str], lows: list[str], i: int) -> bool:
    """Does token ``i`` follow a ", who …," insertion after a name that opens a clause: at the start
    of the sentence, after a comma or after a subordinator ("when Mr. Reed, who had lost the primary,
    called …")? Finite verbs before the name belong to other clauses."""
    if i < 4 or keys[i - 1] != ",":
        return False
    j = next((k for k in range(i - 2, 0, -1) if keys[k] == ","), None)
    if j is None or j + 1 >= i - 1 or lows[j + 1] != "who" or tags[j - 1] not in ("NNP", "NNPS"):
        return False
    k = j - 1
    while k > 0 and tags[k - 1] in ("NNP", "NNPS"):
        k -= 1
    return k == 0 or keys[k - 1] == "," or lows[k - 1] in _NOT_PREPOSITIONS or tags[k - 1] == "WRB"


def _after_who(tags: list[str], lows: list[str], i: int) -> bool:
    """Does "who" stand right before token ``i``, past adverbs ("who called", "who once called")?"""
    k = i - 1
    while k > 0 and tags[k] in ADVERB_TAGS:
        k -= 1
    return k >= 0 and tags[k] == "WP" and lows[k] == "who"


def _after_object_relative(tags: list[str], lows: list[str], i: int) -> bool:
    """Does a noun run (with a determiner or number) right after "whom", "which" or a free relative
    "what" end at token ``i - 1`` ("whom one city insider", "which the mayor", "what Reed")?"""
    k = i - 1
    while k >= 0 and tags[k] in ("NN", "NNS", "NNP", "NNPS", "JJ"):
        k -= 1
    if k == i - 1:
        return False
    if k >= 0 and tags[k] in ("DT", "CD", "PRP$"):
        k -= 1
    return k >= 0 and lows[k] in ("whom", "which", "what")


def _after_possessive(tags: list[str], i: int) -> bool:
    """Does a possessive determiner or a possessive 's stand at token ``i``, or before adjectives or
    names ending there ("his", "his recent", "her Tuesday", "Reed's"; not before a common noun, which
    may head an object before a bare infinitive: "let her staff go")?"""
    while i >= 0 and tags[i] in ("JJ", "NNP"):
        i -= 1
    return i >= 0 and tags[i] in ("PRP$", "POS")


def _after_quoted_modifier(keys: list[str], tags: list[str], i: int, *, possessive: bool) -> bool:
    """Does a quotation of at most six words end at token ``i`` right after a possessive ("Reed's
    “ten percent”", "her “clean streets”") or, unless ``possessive``, a determiner ("the “harbor”"), so
    that it modifies the next word? (A determiner's phrase may be a subject: "The “fees” give us
    …"; callers allow it only when a finite verb follows.)"""
    if i < 2 or keys[i] not in CLOSING_MARKS:
        return False
    for m in range(i - 1, max(0, i - 8), -1):
        if tags[m] in ('"', "``"):
            return 1 <= m < i - 1 and tags[m - 1] in (("POS", "PRP$") if possessive else ("POS", "PRP$", "DT"))
    return False


def _after_article(tags: list[str], lows: list[str], i: int, *, names: bool = False) -> bool:
    """Do adjectives, adverbs and nouns ending at token ``i`` follow a/an/the ("an unexpectedly
    strong", "a conference"; with ``names`` also proper nouns: "a Dover")?"""
    while i >= 0 and (tags[i] in ("JJ", "RB", "NN") or (names and tags[i] == "NNP")):
        i -= 1
    return i >= 0 and tags[i] == "DT" and lows[i] in ("a", "an", "the")


def _after_quotation(keys: list[str], tags: list[str], i: int, *, comma: bool = False) -> bool:
    """Does the noun run ending at token ``i`` (with a determiner, and at most one prepositional
    complement) open right after a closing quotation mark and a comma ("…,” Moss", "…,” the
    spokesman", "…,” a narrator in the video")? The comma (inside or outside the mark) is
    optional unless ``comma``: a closing single mark is also a possessive apostrophe ("Reed' aide")."""
    complement = False
    while i >= 0 and (tags[i] in ("NN", "NNP", "DT", "JJ") or (
            tags[i] == "IN" and not complement and i >= 1 and tags[i - 1] in ("NN", "NNP", "JJ"))):
        complement = complement or tags[i] == "IN"
        i -= 1
    if i >= 0 and keys[i] == ",":
        return i >= 2 and keys[i - 1] in CLOSING_MARKS
    return i >= 1 and keys[i] in CLOSING_MARKS and (not comma or keys[i - 1] in (",", "?", "!"))


def _name_opens_clause(keys: list[str], tags: list[str], i: int, *, after_comma: bool = False) -> bool:
    """Does the run of names ending at token ``i`` open the sentence (after quotation marks) or
    follow a closing quotation mark and a comma ("…,” Ann Moss")? With ``after_comma``: open the
    sentence (nothing before it) or follow any comma, the end of an opening adverbial ("Noting that
    …, Ann Moss")."""
    while i >= 0 and tags[i] in ("NNP", "NNPS"):
        i -= 1
    if after_comma:
        return i < 0 or keys[i] == ","
    return all(tags[k] in ('"', "``", "''", "(") for k in range(i + 1)) or _after_quotation(keys, tags, i + 1)


def _name_before_verb(tags: list[str], keys: list[str], i: int) -> bool:
    """A capitalised modal or verb between a past or present verb and a name, or before a name and
    such a verb (first names: "said Will Dole", "Skip Rutland said"); a capitalised modal before a
    past or present verb, or inside the sentence before a speech verb's -s form ("which Will claims");
    a capitalised verb (not opening the
    sentence) right before a past or present verb, where no verb can stand ("“…,” Shook
    said"); or a capitalised adjective opening the sentence or a clause (after adverbs and commas,
    "Nevertheless, Cuban said") or right after a quotation ("“…,”
    Cuban said") before one (adverbs between) or
    before ", who", or right after a past or present verb and closing the sentence or before ",
    who" ("“…,” said Small, who …")."""
    n = len(tags)
    first_name = i + 1 < n and tags[i + 1] == "NNP" and (  # "said Will Dole", "Skip Rutland said"
        (i > 0 and tags[i - 1] in ("VBD", "VBZ")) or (i + 2 < n and tags[i + 2] in ("VBD", "VBZ")))
    if tags[i] == "MD":
        return first_name or (i + 1 < n and (tags[i + 1] in ("VBD", "VBZ", "VBN") or (
            tags[i + 1] == "NNS" and i > 0 and _speech_form(keys[i + 1].lower()) not in (None, keys[i + 1].lower()))))
        #  "… which Will claims affirmed …": a modal takes no -s form, so it is a name
    if tags[i][:2] == "VB":
        return first_name or (i > 0 and i + 1 < n and tags[i + 1] in ("VBD", "VBZ") and keys[i - 1] not in ("(", "["))
    opening = all(tags[k] in ('"', "``", "''", "(") for k in range(i)) or _after_quotation(keys, tags, i - 1) \
        or (tags[i] == "JJ" and _opens_clause(keys, tags, i))  # "Nevertheless, Cuban said"
    inverted = i > 0 and tags[i - 1] in ("VBD", "VBZ") and i + 1 < n and (
        keys[i + 1] in (".", "!", "?") or (i + 2 < n and keys[i + 1] == "," and keys[i + 2].lower() in ("who",
                                                                                                      "whose")))
    if (opening or inverted) and i + 2 < n and keys[i + 1] == "," and keys[i + 2].lower() in ("who", "whose"):
        return True  # "Small, who attended the rally, said", "“…,” said Small, who attended"
    if inverted:
        return True  # "“…,” said Small."
    j = i + 1
    while j < n and tags[j] == "RB":
        j += 1
    return j < n and tags[j] in ("VBD", "VBZ", "VBN") and opening


def _chunk_spans(toks: list[Token], kind: str) -> list[tuple[int, int]]:
    """Token ranges of the chunks of ``kind`` ("NP", "VP")."""
    spans, i, n = [], 0, len(toks)
    b, inside = "B-" + kind, "I-" + kind
    while i < n:
        c = toks[i].chunk
        if c == b or c == inside:
            j = i + 1
            while j < n and toks[j].chunk == inside:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _head(toks: list[Token], i: int, j: int) -> int:
    """The head of chunk ``toks[i:j]``: its last noun, pronoun or number (else its last token)."""
    for k in range(j - 1, i - 1, -1):
        if toks[k].tag in _HEAD_TAGS:
            return k
    return j - 1


def _designation(text: str, toks: list[Token], j: int) -> int:
    """The end of a bracketed party-state designation starting at token ``j`` ("Sen. Ann Moss
    (R-Fla.)", "(D-N.Y.)", "(R-Texas)", "(I-VT)": :data:`biaslab.segmentation.PARTY_DESIGNATION`),
    else ``j``."""
    if j >= len(toks) or toks[j].key != "(":
        return j
    for k in range(j + 1, min(len(toks), j + _DESIGNATION_TOKENS)):
        if toks[k].key == ")":
            return k + 1 if PARTY_DESIGNATION.fullmatch(text, toks[j].start, toks[k].end) else j
    return j


def _kind(tok: Token) -> str:
    if tok.tag == "PRP":
        return "pronoun"
    return "proper" if tok.tag in ("NNP", "NNPS") else "common"


def _postmodifier(toks: list[Token], head: int, j: int, rows: list[list], starts: dict[int, int]) -> bool:
    """Does an adjective with a prepositional complement follow the noun ``head`` of the phrase
    ending before token ``j`` ("people familiar with the talks", "a source close to the mayor",
    "officials loyal to the mayor"), the adjective inside the phrase's chunk or right after it,
    and the phrase so joined stand before a finite verb or a modal, as a subject does? A
    postmodifying adjective phrase (Quirk et al. 1985, ch. 17, postmodification); before anything else the adjective
    may be an object's complement ("made the deal public on Monday"), which is left alone."""
    n = len(toks)
    if j < n and toks[j].tag == "JJ" and j + 1 < n and toks[j + 1].tag in ("IN", "TO"):
        at = j + 2  # "people | familiar | with | the talks"
    elif j - 1 > head and toks[j - 1].tag == "JJ" and j < n and toks[j].tag in ("IN", "TO"):
        at = j + 1  # "a person familiar | with | the talks" (Pattern chunks the adjective with its noun)
    else:
        return False
    c = starts.get(at)
    if c is None or toks[rows[c][2]].tag == "PRP":
        return False
    e = rows[c][1]
    return e < n and toks[e].tag in FINITE_TAGS


#: Words that head a partitive "X of the Y" (Quirk et al. 1985, 5.24-5.26, 6.50: "one of the
#: fishermen", "some of the voters"); Pattern leaves them outside a noun phrase chunk.
_PARTITIVE = frozenset("some many most all each both several few either neither any much".split())


def _partitives(toks: list[Token], rows: list[list]) -> list[list]:
    """``rows`` with a one-token phrase for each number or quantifier that Pattern left outside a
    noun phrase right before "of" + a phrase ("One of the fishermen, Tom Hale, said", "Some of the
    voters said"): the "of" rule below then makes the partitive one phrase headed by it, the subject
    its verb needs (Quirk et al. 1985, 6.50)."""
    starts = {r[0] for r in rows}
    added = [[i, i + 1, i, i + 1, None, None] for i in range(len(toks) - 2)
             if toks[i].chunk[2:] != "NP" and toks[i + 1].key.lower() == "of" and i + 2 in starts
             and (toks[i].tag == "CD" or toks[i].key.lower() in _PARTITIVE)]
    return sorted(rows + added) if added else rows


def noun_phrases(text: str, toks: list[Token]) -> list[NounPhrase]:
    """Noun phrases of one tagged sentence (step 4), in order of their first token;
    a phrase and the possessor or complement nested in it share tokens."""
    n = len(toks)
    # (first, last, head, base_last, possessor, complement) as mutable rows, joined left to right
    rows: list[list] = []
    skip_to = 0
    for i, j in _chunk_spans(toks, "NP"):
        if i < skip_to:
            continue  # inside a party designation taken into the name before it
        head = _head(toks, i, j)
        last = _designation(text, toks, j) if toks[head].tag in ("NNP", "NNPS") else j
        skip_to = last
        rows.append([i, last, head, last, None, None])
    rows = _partitives(toks, rows)
    # possessives: X 's Y (also X ' Y after -s: "the Smiths' house") -> one phrase headed by Y
    k = 0
    joined: list[list] = []
    outer_of: dict[int, int] = {}
    while k < len(rows):
        r = rows[k]
        j = r[1]
        if _possessive_name_of(toks, rows, k):
            # "Former Secretary of State Ann Moss's emails", "the University of Dover's president": the
            # possessor is the capitalised name with its "of" complement, not the complement alone
            nxt, owned = rows[k + 1], rows[k + 2]
            inner = len(joined)
            joined.append([r[0], nxt[1], r[2], r[1], None, inner + 1])
            joined.append(nxt)
            joined.append([r[0], owned[1], owned[2], owned[1], inner, None])
            outer_of[inner + 1] = inner
            outer_of[inner] = inner + 2
            k += 3
            continue
        if (k + 1 < len(rows) and j < n and toks[j].key in ("'s", "'") and toks[j].tag == "POS"
                and rows[k + 1][0] == j + 1):
            nxt = rows[k + 1]
            inner = len(joined)
            joined.append(r)
            joined.append([r[0], nxt[1], nxt[2], nxt[1], inner, None])
            outer_of[inner] = inner + 1
            k += 2
            continue
        joined.append(r)
        k += 1
    rows = joined
    # complements: X of|for Y (Y the outermost phrase starting after the preposition)
    starts: dict[int, int] = {}
    for k, r in enumerate(rows):
        if k not in outer_of:
            starts[r[0]] = k
    for k in range(len(rows) - 1, -1, -1):  # right to left: "the head of [the Dover Bureau of Mines]"
        r = rows[k]                          # takes the complement with its own complement
        if k in outer_of:
            continue
        j = r[1]
        c = starts.get(j + 1)
        if c is not None and c > k and j + 1 < n and toks[j].key.lower() in ("of", "for") \
                and toks[r[2]].tag != "PRP" and toks[rows[c][2]].tag != "PRP":
            r[1] = rows[c][1]
            r[5] = c
            outer_of[c] = k
        elif toks[r[2]].tag != "PRP" and _postmodifier(toks, r[2], j, rows, starts):
            c = starts[j + 2] if toks[j].tag == "JJ" else starts[j + 1]
            r[1] = rows[c][1]
            r[5] = c
            outer_of[c] = k
    phrases = []
    for k, (i, j, head, base_last, possessor, complement) in enumerate(rows):
        a, b = toks[i].start, span_end(toks, j)
        phrases.append([i, j, head, a, b, _span_text(text, toks, i, j, a, b), _kind(toks[head]), base_last,
                        possessor, complement, outer_of.get(k), None, False, ()])
    top = {p[0]: k for k, p in enumerate(phrases) if p[10] is None}  # first token -> outermost phrase
    # appositions: NP , NP [,|.|;|verb] (the second short and verbless), or NP , NP PP ,
    for k, p in enumerate(phrases):
        j = p[1]
        q_at = top.get(j + 1)
        if p[10] is not None or q_at is None or not (j < n and toks[j].key == ","):
            continue
        q = phrases[q_at]
        e = q[1]
        end_ok = e >= n or toks[e].key in (",", ".", ";") or toks[e].tag[:2] == "VB" or toks[e].tag == "MD"
        if not end_ok and q[6] != "pronoun" and toks[e].tag == "IN" and toks[e].key.lower() not in CLAUSE_OPENERS:
            r_at = top.get(e + 1)  # ", the senior clerk at the Harbor Board, who": a description with a
            #                        prepositional phrase, closed by a comma, is an appositive too
            end_ok = r_at is not None and phrases[r_at][1] < n and toks[phrases[r_at][1]].key == "," \
                and phrases[r_at][1] - q[0] <= MAX_APPOSITIVE_TOKENS and (q[6] == "common" or toks[q[0]].tag == "DT")
        if end_ok and e < n and (toks[e].tag[:2] == "VB" or toks[e].tag == "MD") and p[0] > 0 \
                and toks[p[0] - 1].tag in ("IN", "TO"):
            # a prepositional phrase opening the clause, then its subject and verb: "According to
            # aides, Ruiz was …", "After the talks with Moss, Reed said …" (no apposition)
            end_ok = False
        if end_ok and _in_opening_adverbial(toks, p[0]):
            end_ok = False  # "In a call on Monday, Col. Ned Harlow, a spokesman, said": the comma ends
            #                 the opening prepositional phrase; the name after it is the subject
        if end_ok and toks[j - 1].tag == "NNP" and q[6] == "proper" and state_name(q[5]):
            end_ok = False  # "the mayor of Dover, Ohio said": a place and its state, no apposition
        if end_ok and q[1] - q[0] <= MAX_APPOSITIVE_TOKENS and p[6] != "pronoun" and q[6] != "pronoun" \
                and not q[12] and p[11] is None:
            p[11] = q_at
            q[12] = True
    # coordination: NP and|or NP ...; a list of three names or more ("Moss, Reed and Lee", "Moss,
    # Reed, and Lee"), not after a preposition ("in Dover, Ohio, and …"), whose commas are no apposition
    seen: set[int] = set()
    for k, p in enumerate(phrases):
        if p[10] is not None or k in seen:
            continue
        names = _name_list(toks, phrases, top, k)
        if names:
            seen.update(names)
            for g in names:
                phrases[g][11], phrases[g][12], phrases[g][13] = None, False, tuple(names)
            continue
        group = [k]
        while True:
            last = phrases[group[-1]]
            j = last[1]
            nxt = top.get(j + 1)
            if nxt is not None and j < n and toks[j].tag == "CC" and toks[j].key.lower() in ("and", "or"):
                group.append(nxt)
            else:
                break
        if len(group) > 1:
            seen.update(group)
            for g in group:
                phrases[g][13] = tuple(group)
    return [NounPhrase(i, j, head, a, b, t, kind, base_last, possessor, complement, outer, apposition,
                       appositive, conjuncts)
            for i, j, head, a, b, t, kind, base_last, possessor, complement, outer, apposition, appositive,
            conjuncts in phrases]


def _possessive_name_of(toks: list[Token], rows: list[list], k: int) -> bool:
    """Do rows ``k``, ``k + 1`` and ``k + 2`` read "Title of Name 's noun": a phrase with one
    proper noun, its head (an office or a body: "Former Secretary", "the University"; not a
    person's full name, "Ann Moss of Dover's paper" is Dover's), "of", a capitalised phrase right
    after it, a possessive mark, then the possessed phrase?"""
    if k + 2 >= len(rows):
        return False
    r, nxt, owned = rows[k], rows[k + 1], rows[k + 2]
    j, e = r[1], nxt[1]
    return (j < len(toks) and toks[j].key.lower() == "of" and nxt[0] == j + 1 and e < len(toks)
            and toks[e].tag == "POS" and owned[0] == e + 1
            and toks[r[2]].tag in ("NNP", "NNPS") and toks[nxt[2]].tag in ("NNP", "NNPS")
            and sum(toks[i].tag in ("NNP", "NNPS") for i in range(r[0], j)) == 1)


def _name_list(toks: list[Token], phrases: list[list], top: dict[int, int], k: int) -> list[int]:
    """The phrases of a comma list of three names or more starting with phrase ``k`` and closed by
    "and"/"or" ("Moss, Reed and Lee", "Moss, Reed, and Lee"), else []."""
    p = phrases[k]
    if p[6] != "proper" or (p[0] > 0 and toks[p[0] - 1].tag in ("IN", "TO")) \
            or (p[0] > 1 and toks[p[0] - 1].key == "," and toks[p[0] - 2].tag in ("NNP", "NNPS")):
        return []  # after a preposition, or the tail of a list that did not qualify ("in Dover, Ohio, …")
    group, n = [k], len(toks)
    while True:
        j = phrases[group[-1]][1]
        if j + 1 < n and toks[j].key == "," and toks[j + 1].tag == "CC":
            j += 1  # the serial comma
        nxt = top.get(j + 1)
        if j >= n or nxt is None or phrases[nxt][6] != "proper":
            return []
        group.append(nxt)
        if toks[j].tag == "CC" and toks[j].key.lower() in ("and", "or"):
            return group if len(group) >= 3 else []
        if toks[j].key != ",":
            return []


#: Verbs of naming (Levin 1993 class 29.3, dub verbs) whose past participle after a common noun
#: gives the thing its name: "a film called “Our Town”" is a reduced relative, not a past tense.
_NAMING = frozenset("call name dub title entitle label nickname brand".split())


def _naming_participle(toks: list[Token], i: int, j: int, finite_before: bool) -> bool:
    """Is the lone participle ``toks[i]`` a naming verb after a common noun (a determiner before
    it), followed by a name or a quotation, in a clause that has a finite verb already ("aired a
    short film called “Our Town”", "a group named Citizens First")?"""
    if not finite_before or toks[i].lemma not in _NAMING or j >= len(toks):
        return False
    if toks[i - 1].tag not in ("NN", "NNS"):
        return False
    k = i - 1
    while k > 0 and toks[k - 1].tag in ("NN", "NNS", "JJ"):
        k -= 1
    return k > 0 and toks[k - 1].tag in ("DT", "PRP$", "CD") and (
        toks[j].key in ('"', "“", "``", "'", "‘") or toks[j].tag in ("NNP", "NNPS"))


def _coordinated_past(toks: list[Token], spans: list[tuple[int, int]], finite_at: list[bool], g: int) -> bool:
    """Is the next finite group after group ``g`` a past tense right after "and"/"but", with no
    other finite group between ("Reed, an aide, called on the mayor to resign and said …"): then
    group ``g`` is a past tense coordinated with it, not a reduced relative."""
    for h in range(g + 1, len(spans)):
        if finite_at[h]:
            i = spans[h][0]
            return i > 0 and toks[i - 1].key.lower() in ("and", "but") and toks[i].tag == "VBD"
    return False


def verb_groups(text: str, toks: list[Token]) -> list[VerbGroup]:
    """Verb groups of one tagged sentence (step 5)."""
    out = []
    n = len(toks)
    spans = _chunk_spans(toks, "VP")
    finite_at = []
    for i, j in spans:
        verbs = [k for k in range(i, j) if toks[k].tag[:2] == "VB" or toks[k].tag == "MD"]
        finite_at.append(bool(verbs) and toks[verbs[0]].tag in FINITE_TAGS and not (i and toks[i - 1].tag == "TO"))
    for g, (i, j) in enumerate(spans):
        verbs = [k for k in range(i, j) if toks[k].tag[:2] == "VB" or toks[k].tag == "MD"]
        if not verbs:
            continue
        main = verbs[-1]
        first = toks[verbs[0]]
        finite = finite_at[g]
        if not finite and len(verbs) == 1 and first.tag == "VBN" and i > 0 and (
                toks[i - 1].chunk.endswith("NP") or toks[i - 1].key == ","
                or (toks[i - 1].key in CLOSING_MARKS and i > 1 and toks[i - 2].key in (",", "?", "!"))
                or (toks[i - 1].key.lower() in ("and", "but") and any(finite_at[:g]))):
            # a past tense Pattern tagged as a participle ("…,” Trump implored."; "…,” exhorted her aide.";
            # "The lawsuit, which was lodged last week, alleged that …"; "Trump ratcheted up his attacks,
            # saying …"; "took the stage and called the system …"), told from
            # a reduced relative ("troops stationed in Syria would leave") by what follows (anything but
            # a preposition; "that" is a conjunction here), or by the lack of any other finite verb in
            # its clause
            if not (j < n and toks[j].tag in ("IN", "TO") and toks[j].key.lower() != "that") or (
                    not any(finite_at[:g]) and not _finite_later(toks, spans, finite_at, g)) \
                    or _coordinated_past(toks, spans, finite_at, g):
                finite = not _naming_participle(toks, i, j, any(vg.finite for vg in out))
                if finite and first.key.endswith("ed") and toks[i - 1].tag in ("NN", "NNS", "RB"):
                    finite = not _reduced_relative([t.tag for t in toks], [t.key.lower() for t in toks], verbs[0])
        passive = (len(verbs) >= 2 and toks[main].tag in ("VBN", "VBD") and toks[main].lemma != "be"
                   and toks[verbs[-2]].key.lower() in _PASSIVE_AUX)
        negated = any(toks[k].key.lower() in _NEGATIONS for k in range(i, j))
        particle = j if j < n and toks[j].tag == "RP" else None
        a, b = toks[i].start, span_end(toks, j)
        out.append(VerbGroup(i, j, main, a, b, _span_text(text, toks, i, j, a, b), group_lemma(toks[main]),
                             finite, passive, negated, particle))
    return out


def _finite_later(toks: list[Token], spans: list[tuple[int, int]], finite_at: list[bool], g: int) -> bool:
    """Is there a finite group after group ``g`` before the next comma, colon, semicolon or quotation mark?"""
    stop = next((k for k in range(spans[g][1], len(toks)) if toks[k].key in _CLAUSE_END), len(toks))
    return any(finite_at[h] and spans[h][0] < stop for h in range(g + 1, len(spans)))
