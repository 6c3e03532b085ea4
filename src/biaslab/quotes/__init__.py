"""Quotations in news text: where they are, who is quoted, and with which verb.

Method (rule-based, offline, linear in the length of the text)
---------------------------------------------------------------
A quotation is read as the triple *source – cue – content* of attribution
annotation (Pareti 2012, "A Database of Attribution Relations", LREC;
Pareti 2016, "PARC 3.0: A Corpus of Attribution Relations", LREC), found with
hand-written rules in the tradition of Krestel, Bergler & Witte (2008,
"Minding the Source: Automatic Tagging of Reported Speech in Newspaper
Articles", LREC) and of textacy's ``extract.triples.direct_quotations``
(quotation-mark pairs, a reporting verb next to them, its subject as speaker).
textacy needs a spaCy parse; here the speaker is read off the words around the
verb with regular expressions, so nothing has to be downloaded.

1. **Marks** (one pass over the text). “ and ” are opening and closing marks,
   ‘ and ’ the nested (or British) pair; straight ``"`` and ``'`` are told
   apart by what is on either side (space before and a letter after opens,
   a letter or punctuation before and space or punctuation after closes).
   An apostrophe is not a mark: between two letters (Russia’s, hasn’t,
   don't), before a digit (the ’90s), in ’n’ (rock ’n’ roll), or ’ after a
   space (’em). A ’ or ' after a letter and before a lower-case word
   (students' essays) closes an open single quotation only if no later mark
   does. Marks are paired with a stack: a quotation inside another (‘ ’ in
   “ ”) stays part of the outer one, and only outermost quotations are
   returned. A quotation that goes on into the next paragraph repeats its
   opening mark there and closes only at its end (the convention in news
   style guides): that is one quotation spanning several paragraphs.
2. **Unbalanced marks.** An opening mark still open at a paragraph break
   whose next paragraph does not reopen the quotation, or at the end of the
   text, or overtaken by another opening mark of the same kind in the same
   paragraph, cannot be paired; nor can a closing mark with nothing open.
   Their offsets are given by :func:`find_unpaired_marks`. They are never
   returned as a quotation that swallows the rest of the article; with
   ``include_unpaired=True`` an opening mark left open at a paragraph end is
   returned as a quotation up to that end, with ``paired=False``.
3. **Attribution**, first rule that applies wins:
   a. *after the quotation* (wire style): ``“…,” Putin said``, ``“…,” said
      Putin``, ``“…,” he added``, ``“…,” according to X``. When the quotation
      ends with a comma-like mark at the end of its paragraph, the attribution
      may open the next paragraph (``…terrorists,”`` / ``said Putin, noting``).
      After a quotation ending in a period only a lower-case attribution
      (``he said``) counts, so a new sentence is not taken for one.
   b. *right before it*: ``the Russians said “…”``, ``Putin said: “…”``,
      ``According to X, “…”``.
   c. otherwise, a quotation shaped like a title is a title (step 5);
   d. *earlier in the same sentence*, the nearest reporting verb with a
      speaker: ``The Russian leader said that … have “…”``; ``“…,” said one
      aide, who …, “…”`` (inverted); ``Biden called it X and said “…”`` (a
      verb after "and" takes the first declared actor of the sentence, usually
      its subject). A paragraph break after a colon does not end the
      sentence, so ``Mattis told reporters at the Pentagon:`` introduces the
      quotation in the next paragraph. A colon with no reporting verb before
      it is itself the cue (``cue=":"``, ``cue_class="colon"``), with the
      last declared actor named before it in the sentence as the speaker, if
      any.
   e. a quotation that opens its own sentence with no attribution continues
      the speaker of the previous quotation in the same paragraph
      (``“…,” he said. “…”``), with ``cue=None``.
   So for the bundled article's ``…terrorists,”`` the attribution after it
   (``said Putin``) wins over ``The Russian leader said`` before it; both name
   Putin.
   A *cue* is a reporting verb from ``data/reporting_verbs.csv`` in any
   inflection (say/said/says/saying), written as in the text; for the verbs
   whose object is the hearer (``hearer`` column of the table: tell, and the
   advise verbs inform and warn, after Levin 1993, *English Verb Classes and
   Alternations*, classes 37.2 and 37.9; also ask) the hearer is part of the
   cue (``told reporters``). The *speaker* is the noun phrase before the verb (or
   after it when inverted): a pronoun, or up to six words that may start with
   a determiner (``the Russian leader``, ``a Pentagon spokesman``,
   ``US Defense Secretary Jim Mattis``); one or two bare lower-case words only at a
   clause start (``officials said``). ``a spokesman for the Kremlin`` is
   headed by ``a spokesman``.
4. **Speaker resolution** against the declared ``actors`` (name -> aliases):
   the phrase resolves when a declared name or alias ends where the phrase's
   head ends — ``"name"`` for the canonical name, ``"role"`` for an alias
   whose last word is lower case (the Russian leader), ``"alias"`` for the
   others (Putin, the Russians); ``Putin's spokesman`` does not resolve to
   Putin. ``he``/``she`` resolve to the most recent earlier mention, outside
   quotations, of a *person* actor: one whose name has two or more words and
   whose last word is also one of its aliases (Vladimir Putin / Putin) —
   ``"pronoun"``. Anything else keeps the phrase as written (``"phrase"``;
   an unresolved ``he`` included). :mod:`biaslab.actors` makes a pronoun resolved here a
   mention of the same actor, so both layers say who "he" is the same way.
5. **Kinds.** ``"title"``: no attribution next to it, and every word
   capitalised except short function words, two words or more, or one word
   right after a capitalised word (the novel “War and Peace”, Operation
   “Inherent Resolve”; not after "so-called"). ``"scare"``: no attribution
   at all, one to four words, one paragraph, no sentence punctuation inside
   but a final period after a word of the writer's sentence (the country's
   “civil war”; called it “brilliant.”). ``"partial"``: the content starts with a
   lower-case letter right after a word of the writer's sentence
   (militaries have “defeated …”). ``"direct"``: everything else — a whole
   sentence or more. The *speech* kinds (:data:`SPEECH_KINDS`) are direct
   and partial: only they carry a speaker's words.
6. **Counts.** ``Quote.words`` is :func:`biaslab.segmentation.word_count` of
   the content, the word count behind every density in the package;
   :func:`speaker_summary` counts cues in the form :func:`cue_key` gives (lower
   case, single spaces), as :mod:`biaslab.actors` does.

Speakers the finder leaves as a phrase because they are not declared
("Shoigu said" with Sergey Shoigu only detected) get the detected actor's
name from :func:`biaslab.actors.credit_speakers`, which
:func:`biaslab.analyze` applies.

Limits
------
English typography only («», „“ are not read as marks). The speaker is found
by word shape, not by a parser: a speaker phrase longer than six words, a
speaker separated from the verb by a clause (``Putin, who flew in, said``), or
a passive (``was quoted as saying``) is missed; a time word written before a
name (``Monday Putin said``) stays in the phrase (the name still resolves).
Pronouns are resolved by recency alone (no gender), and only to declared
actors. A naming verb that is not a reporting verb (called it “a big deal”)
leaves a short quotation scare. Straight ``'`` can be read as a mark where it
is an elision ('Tis, 'em); such a mark then shows up as unpaired. A title ending in a period inside the
marks, or a one-word title after a lower-case word (the film “Jaws”), is taken
for a quotation. Sentence ends are found with a regular expression and the
abbreviation list of :mod:`biaslab.segmentation`.

References: Pareti 2012, 2016 (above); Krestel, Bergler & Witte 2008 (above);
textacy ``extract.triples.direct_quotations``; Levin, B. (1993), *English Verb
Classes and Alternations*, University of Chicago Press. The verb classes, the
hearer verbs and their sources are in ``data/reporting_verbs.csv``.

Modules
-------
``model`` (results, value sets, thresholds, the error type), ``marks`` (steps
1–2), ``verbs`` (the verb table), ``phrases`` (speaker and hearer phrases),
``names`` (declared actors compiled for matching), ``context`` (sentences and
speaker resolution, step 4), ``attribution`` (rules a, b and d of step 3),
``kinds`` (step 5) and ``core`` (:func:`find_quotes`, which applies the rules
in order, and :func:`speaker_summary`). Everything public is re-exported here.
"""

from __future__ import annotations

from .core import find_quotes, speaker_summary
from .marks import find_unpaired_marks
from .model import (
    CUE_CLASSES, KINDS, RESOLUTIONS, SPEECH_KINDS, Quote, QuoteDataError, ReportingVerb, SpeakerVoice, cue_key,
)
from .people import PersonMention
from .verbs import load_reporting_verbs

__all__ = [
    "KINDS", "SPEECH_KINDS", "CUE_CLASSES", "RESOLUTIONS", "Quote", "SpeakerVoice", "ReportingVerb",
    "QuoteDataError", "find_quotes", "find_unpaired_marks", "speaker_summary", "load_reporting_verbs", "cue_key",
    "PersonMention",
]
