"""Loaded language: a curated, cited lexicon and a fast matcher.

Method
------
Each entry of ``data/loaded_terms.csv`` is a word or phrase with a category,
a strength (0.0-1.0), an optional neutral alternative, an optional context
guard, a one-line rationale and the published work that grounds it. The
entries were written for biaslab from the published definitions below; no
third-party word list was copied.

Categories and their grounding:

``labeling``
    Name-calling and epithets that tag a person or group ("strong man",
    "regime", "thug", "puppet", "leftist", "sellout"). Da San Martino et al. 2019, technique *Name
    Calling/Labeling*; Wikipedia MoS/Words to watch, *contentious labels*;
    Martin & White 2005, *The Language of Evaluation*, judgement.
``emotive``
    Emotive and violent adjectives, nouns and verbs chosen for their charge
    ("bloody", "brutal", "massacre"), grouped by the Appraisal system of
    Martin & White 2005: judgements of propriety ("immoral", "sleazy",
    "betray"), capacity ("incompetent", "ridiculous"), veracity ("liar",
    "smear"), reactions ("disgusting", "fiasco"), strong affect ("livid",
    "vitriol") and positive charge ("noble", "heroically"); violent metaphors
    for political acts ("devastate", "torpedo", "crush"; Lakoff & Johnson
    1980, argument is war). Da San Martino et al. 2019, *Loaded Language*.
``exaggeration``
    Superlatives and hyperbole ("like never seen before", "swift and strong",
    "unprecedented", "historic"). Da San Martino et al. 2019,
    *Exaggeration/Minimisation*; Wikipedia MoS/Words to watch, *puffery*.
``euphemism``
    Euphemism and dysphemism that soften or harden violence ("liberated",
    "neutralized", "collateral damage"). Orwell 1946, "Politics and the
    English Language"; Lutz 1989, *Doublespeak*; Wikipedia MoS/Words to watch,
    *euphemisms*.
``editorializing``
    Informal or editorializing markers that put the writer's attitude into
    reporting ("basically", "ASAP", "most importantly", "of course").
    Wikipedia MoS/Words to watch, *editorializing*; Biber et al. 1999,
    *Longman Grammar of Spoken and Written English*, stance adverbials.
``doubt``
    Distancing devices that cast doubt on a claim or a name ("so-called",
    "alleged", "purported", "self-styled"); scare quotes are added here by
    :func:`attach_voice`. Wikipedia MoS/Words to watch, *expressions of
    doubt*; Da San Martino et al. 2019, *Doubt*.
``hedge``
    Hedges that withhold full commitment ("perhaps", "reportedly", "seems").
    Hyland 2005, *Metadiscourse*, hedges; Recasens et al. 2013, hedges.
``booster``
    Certainty boosters that close down alternatives ("clearly", "undeniably",
    "without doubt"). Hyland 2005, *Metadiscourse*, boosters.
``flag_waving``
    Patriotic appeals ("our brave troops", "homeland", "the motherland").
    Da San Martino et al. 2019, *Flag-Waving*; Billig 1995, *Banal
    Nationalism*.
``fear``
    Appeals to fear and threat metaphors ("existential threat", "invasion",
    "flood of"). Da San Martino et al. 2019, *Appeal to fear/prejudice*;
    Charteris-Black 2006 and Santa Ana 1999 on migration metaphors.
``factive``
    Factive and implicative reporting verbs that present a reported claim
    as true or as a concession ("admitted", "revealed", "conceded",
    "noted"). Recasens et al. 2013, factive and implicative verbs (after
    Kiparsky & Kiparsky 1970, Karttunen 1971); Wikipedia MoS/Words to watch,
    *said* and its synonyms. Kept apart because such a verb is loaded by
    what it presupposes, not by its tone.

Strength is on one scale for all categories: 1.0 = strongly persuasive in
almost any use; 0.7 = loaded in most news uses; 0.5 = loaded in many uses,
neutral in others; 0.3 = mild, often legitimate (a required hedge); below
0.2 = rarely loaded. It is a curator's judgement, documented per entry,
*calibrated on data* where there is enough: for an entry compared with
Loaded_Language or Name_Calling,Labeling that matches at least 8 times in at
least 4 articles of the PTC tune part (Da San Martino et al. 2019; see
:mod:`biaslab.evaluation.ptc`), the strength is the share of its uses that the
annotators marked, shrunk towards the curator's value with the weight of two
uses (``tools/calibrate_lexicon.py``; the evidence is in the row's rationale:
"regime" 0.1, annotated in 0 of 12 uses; "leftist" 0.7, 6 of 8). New entries
that this evidence contradicted were not added.

Matching
--------
Text is split into word tokens (letters and digits joined by internal
apostrophes, straight or curly). Every entry becomes a path in a token trie,
compiled once per :class:`Lexicon`: matching is one pass over the tokens with
dictionary look-ups, so it costs the same for 10 or 10,000 entries.

* case-insensitive; words of a phrase may be separated by any Unicode space
  (non-breaking, thin, several) or a hyphen, so "battle-hardened" also
  matches "battle hardened"; punctuation (a comma, a period) breaks a phrase;
* word boundaries: "regime" never matches inside "regimented";
* a hyphenated term also matches written solid ("pre-emptive" matches
  "preemptive");
* inflections are generated on the phrase's head (its last word that is not
  a function word such as "of") and, in a phrase, on its first content word
  ("lashed out at"), by the spelling rules of :mod:`biaslab.morphology`:
  -s/-es/-ies/-ves, man→men, -ed/-d/-ied, -ing with e-dropping, and consonant
  doubling ("thug"→"thugged"); so "regimes", "liberated", "massacring",
  "strong men" and "floods of" match, and the neutral alternative is
  inflected the same way ("regimes" → "governments").
  A form listed as its own entry wins over a generated one, so an irregular
  or differently used form ("massacred" → "killed") can have its own row.
  A final ``*`` makes the last word a prefix ("warmonger*");
* the longest match wins, leftmost first; matches never overlap.

Context guards
--------------
The ``guard`` column holds clauses joined by ``;``; all must pass::

    not_before:W|W...      skip the match when it stands before one of the W
                           (the word or words right after it)
    not_after:W|W...       skip the match when it comes right after one of the W
    requires_before:W|W... keep the match only before one of the W
    requires_after:W|W...  keep the match only right after one of the W
    not_capitalized        skip a capitalized match that is not at the start
                           of a sentence (a proper name: "Patriot missiles")
    exact                  match only the listed spelling, no inflections
                           ("kind of" as a hedge, never "kinds of")
    hyphenated             match only with the hyphen written or the words
                           closed up ("would-be", never the verb "would be")
    not_in_sentence:W|W... skip the match when one of the words W (single
                           words; a trailing * makes a prefix) occurs in the
                           same sentence: literal uses ("a disaster that
                           killed twelve", "floods devastate the coast")
                           against figurative ones ("the reform is a
                           disaster"), after the metaphor identification
                           procedure of the Pragglejaz Group 2007 (a word is
                           figurative when its basic, concrete sense does not
                           fit its context)

Each W is a word or a space-separated phrase, lower case; a trailing ``*``
makes its last word a prefix. Context words are looked for within the same
clause only (across spaces, hyphens and quotation marks, not across other
punctuation); ``not_in_sentence`` looks up to 40 words either side within
the sentence (it stops at . ! ? ; and line breaks). Examples: "regime" has
``not_after:sanctions|visa|tax|…``; "bloody" has ``not_before:sunday|mary``;
"clearly" has ``not_after:not``; "abandon" has ``requires_before:our allies|
voters|principles|…`` (a loyalty judgement needs an object owed loyalty).

Sentence level
--------------
:mod:`biaslab.lexicon.sentences` answers "is this sentence biased?": a score
in [0, 1] per sentence, the noisy-OR of the strengths of its author-voice
terms, with those terms as its evidence (``SentenceAnalysis.loaded``, and the
``loaded_score`` column of ``Analysis.sentences_frame()``); a sentence counts
as biased from :data:`~biaslab.lexicon.sentences.BIASED_AT` = 0.5.

Agreement with expert annotation
--------------------------------
``biaslab evaluate ptc`` compares the terms with the Propaganda Techniques
Corpus (Da San Martino et al. 2019); the figures, next to a one-minute
baseline (every VADER-lexicon word with |valence| >= 1.5), are in
``docs/validity.md``. On the report part (102 articles, never used for
development), span precision 0.41, recall 0.34, F1 0.37 for Loaded_Language +
Name_Calling,Labeling, against F1 0.16 (precision 0.10) for the baseline; on
the tune part, where the lexicon was developed, F1 0.42 (precision 0.49),
from 0.21 before this work. Character-level recall stays at 0.20: annotators
mark phrases and clauses where the lexicon flags a word. A learned scorer over
explainable features (VADER valence, Pattern subjectivity and polarity, the
Pattern tagger's most frequent tag for the word, category, strength, voice,
headline, scare quotes), fitted with logistic regression and tested by
5-fold cross-validation grouped by article on the tune part, added less than
0.01 F1 to the lexicon and was left out: charged words that the lexicon does
not know are mostly descriptive ("killed", "crime", "war").

Voice
-----
:func:`attach_voice` gives each match a voice: a term inside a quotation is
the quoted speaker's language (``in_quote=True``); scare quotes are the
author's own distancing device, so terms inside them stay author voice and
the scare quote itself becomes a ``doubt`` term.

Limits
------
A lexicon sees words, not meaning: irony, negation ("not a massacre") and
topic-specific uses slip through except where a guard covers them; every
match is a candidate for a reader's judgement, shown with its rationale. The
capitalization guard cannot tell proper names in title-case headlines; the
sentence guard stops at an abbreviation's period ("U.S."). Strength values
are a curator's ordinal judgement except where calibrated, and calibration
reflects PTC's annotators (propaganda in mostly partisan outlets, 2017-2019):
a word they rarely marked ("terrorist") may still be a contested label under
a newsroom's style guide. Expert annotators mark whole phrases and clauses
where the lexicon flags a word, so character-level recall stays low.

References
----------
Da San Martino, Yu, Barrón-Cedeño, Petrov & Nakov 2019, "Fine-Grained
Analysis of Propaganda in News Articles", EMNLP-IJCNLP. Martin & White 2005,
*The Language of Evaluation: Appraisal in English*. Lakoff & Johnson 1980,
*Metaphors We Live By*. Pragglejaz Group 2007, "MIP: A method for
identifying metaphorically used words in discourse", *Metaphor and Symbol*
22(1). Recasens,
Danescu-Niculescu-Mizil & Jurafsky 2013, "Linguistic Models for Analyzing and
Detecting Biased Language", ACL. Hyland 2005, *Metadiscourse: Exploring
Interaction in Writing*. Predelli 2003, "Scare quotes and their relation to
other semantic issues", *Linguistics and Philosophy* 26(1). Wikipedia,
"Manual of Style/Words to watch". Full per-entry citations are in the
``source`` column of ``data/loaded_terms.csv``; see ``data/NOTICE.md``.
"""
from __future__ import annotations

from .entries import CATEGORIES, DEFAULT_USER_STRENGTH, LexiconEntry, LexiconError
from .matcher import Lexicon, _default_lexicon, load_lexicon  # noqa: F401 (the cache of Lexicon.default)
from .neutral import neutralize, neutralize_changes
from .summary import LoadedSummary, density
from .terms import SCARE_QUOTE_STRENGTH, SCARE_QUOTES, VOICES, LoadedTerm, attach_voice, find_loaded_terms

__all__ = [
    "CATEGORIES", "VOICES", "SCARE_QUOTES", "SCARE_QUOTE_STRENGTH", "DEFAULT_USER_STRENGTH", "LexiconError",
    "LexiconEntry", "Lexicon", "LoadedTerm", "LoadedSummary", "load_lexicon", "find_loaded_terms",
    "attach_voice", "neutralize", "neutralize_changes", "density",
]
