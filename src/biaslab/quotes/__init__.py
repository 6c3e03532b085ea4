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
textacy needs a spaCy parse; here the subject comes from biaslab's clause layer
(:mod:`biaslab.clauses`: Pattern tags and chunks, noun phrases, verb groups
and subject/object/agent links), so nothing has to be downloaded, and the
sentence is tagged once for every layer.

1. **Marks** (one pass over the text). “ and ” are opening and closing marks,
   ‘ and ’ the nested (or British) pair; two single marks written as one
   ('' … '', the double mark of typewriter-style copy) are a double mark;
   straight ``"`` and ``'`` are told apart by what is on either side (space
   before and a letter after opens, a letter or punctuation before and space
   or punctuation after closes). An apostrophe is not a mark: between two
   letters (Russia’s, hasn’t, don't), before a digit (the ’90s), in ’n’ (rock
   ’n’ roll), or ’ after a space (’em). A ’ or ' after a letter and before a
   lower-case word (students' essays) closes an open single quotation only if
   no later mark does. Marks are paired with a stack: a quotation inside
   another (‘ ’ in “ ”) stays part of the outer one, and only outermost
   quotations are returned. A quotation that goes on into the next paragraph
   repeats its opening mark there and closes only at its end (the convention
   in news style guides): that is one quotation spanning several paragraphs.
2. **Unbalanced marks.** An opening mark still open at a paragraph break
   whose next paragraph does not reopen the quotation, or at the end of the
   text, or overtaken by another opening mark of the same kind in the same
   paragraph, cannot be paired; nor can a closing mark with nothing open.
   Their offsets are given by :func:`find_unpaired_marks`. They are never
   returned as a quotation that swallows the rest of the article; with
   ``include_unpaired=True`` an opening mark left open at a paragraph end is
   returned as a quotation up to that end, with ``paired=False``.
3. **Attribution** (:mod:`.attribution`), first rule that applies wins. The words
   that may introduce a quotation start after the quotation before it, passing over
   short phrases quoted without a speaker inside the same sentence (``the Dover
   Ledger counts the people the robbers – armed with “assault rifles” – hurt: “…”``). A
   *reporting verb* is a verb group whose main verb is in
   ``data/reporting_verbs.csv`` (any inflection, particle verbs such as
   "lash out" included); its *speaker* is its subject in the clause layer —
   across relative clauses, appositions, ages and prepositional insertions
   ("Ann Moss, who flew in, said"; "Clinton, during a town hall in Columbus,
   Ohio, said"), in inverted order ("…,” said Putin"), shared by a
   coordinated verb ("called it … and said") or a participle ("…, saying
   …"; "was prompted to say") — or, for a passive ("was described by aides
   as"), its agent; never a phrase inside a quotation.

   a. *after the quotation* (wire style): the first verb group after the
      closing mark (past a comma or dash, within :data:`~.model.MAX_LEAD_TOKENS`
      tokens) is a reporting verb whose speaker stands after the mark
      (``“…,” psychologist Jane Roe says``, ``“…,” Jane Roe, the committee's
      spokeswoman, said``, ``“…,” the daily wrote``; the subject of a passive
      verb of perception before a reporting -ing form, ``“…!” the man is heard
      saying``; past a participle right after the speaker's noun, ``“…,” a statement
      issued on Monday said``, or a relative clause that "that" opens, ``“…,” the group
      that organised the rally said``), or ``according to X``
      follows; not past a coordinator or an adverbial subordinator that opens a clause of
      its own (``“…,” and Reed said``, ``“…” until Reed said``; a list of names is no clause: ``“…,” Moss,
      Reed, and Lee said``). A quotation that ends its sentence with , ; : or a dash may be
      attributed by the opening of the next paragraph (``…terrorists,”`` /
      ``said Putin, noting``), one that ends with ? or ! by the next sentence
      (``“Are we done?” Smith asked.``; also when the ? or ! ends a quotation
      nested at its end: ``“… ‘Can we help?’” Reed told reporters.``; not
      when that sentence's reporting verb takes a clause of its own:
      ``“…?” Reports say the board met …``), one that ends with a full stop by a
      next sentence that is nothing but a speaker and a reporting verb
      (``“…” Reed said.``: a misplaced comma; not ``Reed said nothing.``).
      A quotation inside a noun or prepositional phrase (after a determiner,
      possessive, adjective or preposition) with no comma or dash after it
      takes nothing from the verb after it (``The minister's “plan” was
      dismissed by critics``; ``a co-founder of “The Harbour Party” Ann Moss
      …``).
   b. *before it*: the nearest reporting verb with a speaker earlier in its
      sentence, outside quotations and not in a relative clause (``Putin
      said: “…”``; a person's non-restrictive relative clause that holds the
      quotation, or whose verb stands right before it, does count: ``Moss
      spoke with Reed, who added that it was “…”`` → Reed, not ``Moss
      slammed rivals who believe the town should “…”``; ``X said the party establishment had erred by allowing Y
      “a second breath of life”`` → X, the subject of "said", not "the party
      establishment"; a common-noun subject (or an unresolved "it", a generic
      "you") of a verb in the complement clause of a named speaker's reporting verb does not take it:
      ``X said the plan should reiterate “…”`` → X; nor does a reporting verb in an adverbial clause
      that closed before the quotation, inside such a complement: ``X said that when Y
      complained about the levy, “…”`` → X; but an adverbial clause's reporting verb
      right before a colon introduces it: ``X said as the heckler yelled: “…”`` → the
      heckler; nor a participle opening an insertion that a comma closes before "that": ``X argued
      in a letter, written by Y, its counsel, that “…”`` → X; nor "speak volumes", an idiom that
      reports no words), or ``According to X, “…”`` (also ``In X's view``, ``In the words of X``). The
      phrase right after a hearer verb ("told") is its hearer, never an
      inverted speaker: ``Ann Moss — … — told Bill Reilly that “…”`` → the
      phrase opening the sentence before the insertion, when no other
      clause stands between. A quotation that opens its
      sentence after a sentence ending in a colon is introduced by that
      sentence, also across a paragraph break and past a that-clause naming
      someone else (``X told reporters that the United States is looking at
      …:`` → X). Right before the quotation (only punctuation between) it
      wins over rule c; otherwise it applies after it.
   c. a quotation shaped like a title is a title (step 5);
   d. a colon with no reporting verb before it is itself the cue
      (``cue=":"``, ``cue_class="colon"``): the speaker is the document an
      introduction of "From" and one common-noun phrase names (``From the
      audit: “…”``), else the person who
      opens the introducing sentence (``Gillibrand on the transcripts: ‘…’``),
      else the last person named before the colon, else the subject of the
      introducing clause's first main verb when that verb is not a copula or
      auxiliary (``A note in the audit makes it plain: “…”``; not ``The
      reason is simple: “…”``), else the last actor, if
      any (never a place that only modifies its phrase's head: ``Tapes of the
      Dover flood: “…”``).
   d'. *labelled*, ahead of rules b and d: a name set off by a dash right
      before the colon (``FARES RISE AGAIN - Ann Moss: “…”``, ``… – Dover
      Ledger: “…”``) is the speaker whatever the line before the dash says:
      digest and newsletter copy quotes an item under a headline or a line of
      comment with its source as a label (``cue=":"``).
   e. *the turn goes on*: a quotation that opens its sentence (after a
      conjunctive adjunct at most: ``Now, “…”``, ``But “…”``; or after fronted
      adjuncts or an adverbial clause that name no person, when it ends the
      sentence: ``In Dover, “…”``, ``Unless the ferry runs, “…”``; after
      quotations only if they open it too: ``“Yes.” “No.”``, not ``the “old
      guard” “wing”``) without an attribution continues the speaker of the previous speech quotation when
      that stands in the previous sentence (``“…,” Trump implored. “Make sure
      …”``), also when the previous sentence closes the previous paragraph,
      else the speaker of a reporting verb in the previous sentence (``Sami
      recalled his first trip. “…”``) or the person there who produced a speech or
      text (``Ann Moss issued a statement.¶ “…”``: a verb of producing with a reporting
      noun as object), else, in the same paragraph, the name
      or actor that is the active subject of the previous sentence's first
      main verb (``Tom Reed is unapologetic about his aim. “…”``; not a
      pronoun, a phrase as written or a passive's subject); ``cue=None``. A clause coordinated
      after the previous attribution with a subject of its own ends the turn:
      that subject speaks when its verb reports (``“…,” Moss said, and Reed
      replied. “…”``), else nobody is credited. Up to two sentences of the
      paragraph may stand between the quotations of one turn when they hold no
      quotation or reporting verb (a gesture verb's participle does not count: ``the
      poster beaming from walls``) and their subjects name the speaker or no
      person (``“…,” said Tom Hale. He has run the depot for years. “…”``;
      ``The towns have no hospital.``; not ``Ann Moss has …`` nor a "she" who is
      someone else); so may such sentences when they make a paragraph of their own
      between the two quotations' paragraphs, or close the first quotation's paragraph
      before the second opens the next, and at least one of them names the
      speaker (``“…,” Obi Ezeh notes.¶ Ezeh is hopeful about the vote.¶ “…”``, ``“…,”
      Ezeh added. He turned next to the mayor.¶ “…?”``; not ``The crowd left.`` alone,
      which may be the writer's own turn).
   e'. *signed*: a quotation that opens its paragraph, still without a
      speaker after rules a–e, followed by a dash on its line or opening the
      next one and then a proper name that ends the line (or a name, a comma
      and a short description; :data:`~.attribution.MAX_SIGNATURE_WORDS`
      words in all, no finite verb in the name): ``“…” — Ann Moss``, a
      fact-check's quoted claim followed by the paragraph ``- Moss.`` (the
      dash before the source of an epigraph or block quotation: *The Chicago
      Manual of Style*, 17th ed., 13.36); ``cue=None``. It comes after rule
      e, so a wire story's byline ("— Ann Moss, Dover Ledger") after a
      quotation that continues a speaker's turn does not take it.
   f. a quotation left without a speaker in a sentence where another
      quotation has one from a reporting verb is that speaker's too
      (``Guns are “a crisis” and “stunt growth,” Dean proclaimed``), or, when
      none has, where the quotation opening the sentence goes on with a turn
      (rule e: ``“…,” said Moss. “This was the mayor's plan” and his aides' “…”``);
      ``cue=None``.
   g–j. for a quotation still without a speaker, in its sentence: (g) a
      headline that opens with a name and a colon (``Moss: Reed's plan is
      ‘a disgrace’``); (h) a reporting verb closing the sentence after a
      comma, with a subject of its own (``Reed has been “detained” since May, the group says``;
      not a participle that borrows the main clause's: ``Under the “clean air” rule, inspectors
      may shut a mill without the owner threatening anyone``), or
      ``according to X`` or ``in X's view`` anywhere after the quotation; (i) a reporting
      participle or infinitive without a subject of its own takes the main
      clause's — or the name right before it (``a photo of Ann Moss
      saying, “…”``), or, opening its sentence, the speaker of the
      sentence before (``Adding, “…”``) —, and (i') a finite reporting verb the links left without a
      subject (an insertion too long or odd for them) takes the name, alias
      or role that opens the sentence before a comma, when no other finite
      verb stands between (``Ann Moss, the editor of the weekly, The Dover
      Ledger, and a former judge, said …``); (j) a reporting noun (the ``nouns`` column of
      ``reporting_verbs.csv``, after NOMLEX) governing the quotation, or whose
      "that" clause holds it (``Reed's claim that “thousands” cheered``,
      ``his promise of “free college”``): its possessor, a person in its "of"
      complement or "by" phrase, or the subject of the
      verb it is the object of, when that names someone — never across a
      comma or a coordinator that opens a clause of its own; a noun that names
      a wording (``the term “…”``) and the "as" complement of a verb of seeing
      or judging (``Critics see the plan as “a stunt”``: ``AS_VERBS``, Levin
      29.2) give their subject's or agent's words.
   k. *the turn goes on in the writer's sentence*: a quotation still
      without a speaker, shaped like a scare quote or partial (opening lower
      case inside the writer's sentence), in a sentence right
      after a sentence attributed to a speaker (a speech quotation with a
      speaker, or a reporting verb with a subject) in the same paragraph,
      is that speaker's partial quotation when its own sentence has no
      reporting verb or "according to", names no other person or actor,
      and has a pronoun or that speaker as its main subject (``Moss said
      the levy was unfair. It would hit “working families” hardest.``; not
      ``… The board wants “working families” to pay.``): attribution
      annotation reads such a sentence as the speaker's content (Pareti
      2016); ``cue=None``.
   l. *the quotation is in a named subject's clause*: a quotation still
      without a speaker that is shaped like a scare quote or is partial
      (it opens lower case inside the writer's sentence) is the partial
      quotation of the subject of the nearest finite verb group before it in its
      sentence, when that subject names an actor or a resolved he/she and
      the verb is not a copula or auxiliary (be, have, do, get, seem,
      become, appear, remain), no semicolon or comma + coordinator stands
      between, and no finite verb follows the quotation as its predicate (a
      comma inside the closing mark ends an item of a list of predicates
      instead: ``Moss supports “fair fares,” opposes caps``), nor does it
      follow "goes by" or "known as" (a name others use: ``Reed, who goes by
      “Skip”``) (``Ann Moss supports “fair bus fares” for students``, ``Moss sent
      “warm wishes to every runner in the race”`` → Ann Moss; not
      ``Moss is a “reformer”``, ``The board supports “fair bus fares”``, ``Moss
      left because the “reform” failed``): a stance or position verb is a
      cue in attribution annotation (Pareti 2016), and a short phrase a named
      subject "supports", "offers", "promises" is that subject's wording more
      often than the writer's distance (on PolNeAR train, 2 in 3 such
      quotations lie inside an annotated attribution); ``cue=None``.
   m. *last resort*: a direct or partial quotation still without a speaker
      when a reporting verb (or ``according to``) stands outside quotations
      in its sentence or, when it opens its sentence, in the sentence before
      (not past a coordinated clause that ended that turn, rule e, nor
      across a semicolon before the quotation): whoever
      that verb names — its subject or a passive's agent, a thing too
      (``The county party's email to its members notes that “…”``); without a
      subject link only a person: the object before an infinitive of an
      object-control verb (``The audit prompted Tom Reed to state, “…”``),
      else the main clause's subject (``Moss rose to reply …``, ``Moss took
      the stage, saying “…”``), the phrase right before an -ing participle,
      the person opening an insertion before a finite verb (``Ann Moss, now
      80 and living in Dover, Ohio, said …``), or the phrase opening the
      sentence before an insertion (``A spokesman for the mill - … - noted``);
      ``according to`` takes the words up to the next comma when the chunker
      made no phrase of them (``According to CityCentral, …``). A passive without an agent
      names nobody (``Moss was asked …``). Nearest verb first: before the
      quotation, after it, then in the introducing sentence. It closes issue
      11's "a reporting verb but no speaker" gap where the earlier rules are
      unsure; the cue it keeps lets a reader check it (on PolNeAR train this
      rule and the speech-verb tag repairs of :mod:`biaslab.clauses.chunks`
      gave 32 of 93 such quotations a speaker, 25 of them the annotated
      Source).

   For the verbs whose object is the hearer (``hearer`` column: tell, ask,
   and the advise verbs, Levin 1993 class 37.9) the hearer is part of the
   cue (``told reporters``). "declined to say" and the like report nothing, nor
   do the verbs of going on speaking before an infinitive ("continued to
   ignore", "went on to win"; "continued to insist" reports by "insist").
4. **Speakers** (:mod:`.context`, :mod:`.people`): a speaker phrase names the
   actor whose mention covers its head ("US Defense Secretary Jim Mattis" →
   Jim Mattis; "Putin’s spokesman" is headed by "spokesman", so not Putin);
   a common-noun phrase with a name in apposition is that name ("A spokesman
   for the Kremlin, Dmitry Peskov,"), and so is a capitalised office that names
   no person ("Dover County Director of Schools, Tom Reed,"). The mentions are those of
   :mod:`biaslab.actors` (declared and detected actors, role nouns), passed
   in as ``people`` by :func:`biaslab.analyze`, which finds the people of
   the article before the quotations; without them the declared ``actors``
   are matched. Resolution: ``"name"`` for the canonical name, ``"role"`` for
   a role noun (an alias whose last word is lower case: the Russian leader),
   ``"alias"`` for the others, ``"pronoun"``, else ``"phrase"`` (the phrase
   as written). **he/she** resolve to the nearest person named before them,
   outside quotations, whose gender fits (:mod:`.people`: honorifics and
   gendered nouns, the 1990 US Census first-name lists, pronouns that can
   mean only one person), the last speaker or the subject of the nearest
   sentence first (not the poster named in an embedded post's signature,
   "— Ann Moss (@amoss) May 2, 2018"); the quotation's ``speaker`` is then that person and
   ``speaker_start``/``speaker_end`` keep the pronoun as evidence.
   Everything downstream (speaker counts, actor voice, loaded terms in that
   voice, the highlighted view, charts) reads ``speaker``, so it names the
   person, never "she". **it** resolves to a body or a text only: the subject of the
   nearest sentence before it (or of its own, before it) when that names an
   organisation or outlet, or is a common noun phrase headed by a body's head
   word ("The ministry said … . “…,” it said" → the ministry), or is a singular
   common noun phrase, no office or agent noun, that a reporting verb has as its
   subject ("A statement issued on Monday said … . “…,” it said" → a statement). An
   unresolved pronoun stays the phrase ("she", "it").
5. **Kinds** (:mod:`.kinds`). ``"title"``: no attribution right before it,
   and every word capitalised except short function words, two words or
   more (at most :data:`~biaslab.quotes.model.TITLE_MAX_WORDS`, and as
   many again in a subtitle after a colon: “The Harbor Wars: How Dover Lost
   Its Port”), or one word right after a capitalised word (the novel “War and
   Peace”, Operation “Inherent Resolve”; not after "so-called"), unless its
   sentence is a headline in headline case, where every word is capitalised
   (:func:`.kinds.headline_case`: "Moss: Reed's ‘Reckless Spending’ Is Costing
   Votes" quotes Moss; on PolNeAR train 15 such quotations were missed).
   Before all rules of step 3: a quotation of one sentence right after
   "titled", "entitled", "headlined", "subtitled" or "captioned"
   (:data:`.kinds.TITLE_PARTICIPLES`) is a title whatever its shape ("an ad
   titled “Unity?”"), and takes no attribution ("The ad, titled “Unity?”,
   concludes that …": the conclusion is the ad's, the title is nobody's words).
   ``"scare"``: no speaker found by any rule of step 3 (rules k and l included), one to four words,
   one paragraph, no sentence punctuation inside but a final period after a
   word of the writer's sentence (the country's “civil war”; critics see it
   as “a stunt.”). A quoted phrase in a clause of a reporting verb with a
   speaker, or the object of one ("Ann Moss called the plan “a disgrace”",
   a naming verb of Levin's class 29.3), is never a scare quote: it is the
   speaker's partial quotation; so is one after "as" with a describing verb
   (Levin's class 29.2: ``portrayed him as “a fighter”``, ``introduced her as
   “my friend”``) and one in a sentence attributed "according to X".
   ``"partial"``: the content starts with a
   lower-case letter right after a word of the writer's sentence
   (militaries have “defeated …”). ``"direct"``: everything else — a whole
   sentence or more. The *speech* kinds (:data:`SPEECH_KINDS`) are direct and
   partial: only they carry a speaker's words.
6. **Counts.** ``Quote.words`` is :func:`biaslab.segmentation.word_count` of
   the content, the word count behind every density in the package;
   :func:`speaker_summary` counts cues in the form :func:`cue_key` gives (lower
   case, single spaces), as :mod:`biaslab.actors` does.

Validity: on PolNeAR (Newell, Margolin & Ruths 2018; 2016 US election news)
``biaslab evaluate polnear`` measures quotation precision/recall and speaker
accuracy against expert attribution annotation; the figures and how they are
computed are in ``docs/validity.md``.

Limits
------
English typography only («», „“ are not read as marks). The clause layer is
a chunker, not a parser: a speaker separated from its verb by a long
insertion, a fronted clause without commas, or a tagging error (a name read
as a common word) is missed, and nested attributions ("she said he called it
“X”") go to the nearest reporting verb; a quotation spoken by several people
("Moss, Reed and Lee said") has their list as speaker, which the actor profiles
credit to the last of them (:func:`biaslab.actors.credit_speakers`); "“…,” X
said, according to Y" credits X, where attribution
corpora such as PolNeAR annotate Y, the outer source. Reporting nouns ("his
warning that …", "the statement") are cues only for a quotation no verb
attributes (rule j). Pronoun resolution is a salience heuristic
(Lappin & Leass 1994), not coreference: "he" after two men in one sentence
goes to the speaker or subject, which is not always right; "they" is never
resolved. Continuing a turn into the next paragraph (rule e) credits an
unattributed quotation to the previous speaker, which a writer may not
intend. Straight ``'`` can be read as a mark where it is an elision ('Tis,
'em); such a mark then shows up as unpaired. A title ending in a period
inside the marks, or a one-word title after a lower-case word (the film
“Jaws”), is taken for a quotation, unless "titled" or the like introduces it.

References: Pareti 2012, 2016 (above); Krestel, Bergler & Witte 2008 (above);
textacy ``extract.triples.direct_quotations``; Levin, B. (1993), *English Verb
Classes and Alternations*, University of Chicago Press (the verb classes of
the reporting-verb table, with their sources in ``data/reporting_verbs.csv``);
Lappin, S. & Leass, H. J. (1994), An algorithm for pronominal anaphora
resolution, *Computational Linguistics* 20(4); Newell, E., Margolin, D. &
Ruths, D. (2018), An Attribution Relations Corpus for Political News, LREC.

Modules
-------
``model`` (results, value sets, thresholds, the error type), ``marks`` (steps
1–2), ``verbs`` (the verb table), ``names`` (declared actors compiled for
matching), ``people`` (person mentions, gender evidence and pronouns),
``context`` (the parse, quotation spans and speaker resolution, step 4),
``attribution`` (rules a, b, d, g–j and the tests of rules e and k),
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
