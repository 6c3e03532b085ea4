"""The features of tone toward an actor: what the words around one mention say, by how they attach.

:func:`mention_features` reads one mention on the clause layer
(:mod:`biaslab.clauses`) and returns :class:`FeatureItem` objects: each a
feature name, a value and the words behind it. A feature's value for the
mention is the sum of its items' values; :mod:`biaslab.actors.tone_model`
weighs them. Nothing here is fitted: the features are counts and lexicon
valences, so every item points at the words it comes from.

Word features
-------------
Every content word of the sentence (adjective, noun, verb, adverb,
interjection; not a name, not the mention itself) whose valence a lexicon
knows gives an item named ``<relation>_<sign>``, ``sign`` ``pos`` or ``neg``,
value the size of its valence in (0, 1], by how it attaches to the mention:

* ``modifier`` — a word of the mention's own noun phrase ("the *embattled*
  Assad", also a participle the chunker left between determiner and name:
  "the *admired* Ortiz"), or of the phrase the mention possesses ("Trump’s
  *lies*");
* ``apposition`` — a word of its appositive (", a *disgraced* former aide,");
* ``predicate`` — when the mention is the subject of an active verb group (or
  the agent of a passive): a verb without a connotation frame, the complement
  of a copula ("X *is furious*");
* ``object`` — the words of that verb's object ("X attacked the *corrupt*
  officials": mostly about the object);
* ``acted_upon`` — when the mention is the object, or the subject of a
  passive: a verb without a connotation frame ("X *was praised*");
* ``frame_agent`` / ``frame_theme`` — the writer's perspective toward the
  agent / theme of the verb (or of the noun of "the killing of X") the
  mention is agent / theme of (below);
* ``other`` — a word attached to another name or pronoun of the sentence:
  its noun phrase, its verb, and that verb's object when it is the subject
  ("Ruiz won, while *Ortiz lost the vote*": about Ortiz, not Ruiz);
* ``speech`` — the words a speaker reports ("X said the plan was a
  *disaster*": about someone else, mostly), after a reporting verb without a
  direct object other than its hearer ("X told reporters …"; "X praised the
  staff" is an act, not a report), up to a
  contrastive clause (", while …", :data:`CONTRASTS`);
* ``clause`` — every other word of the mention's clause (bounded by
  :data:`CLAUSE_BOUNDARIES`);
* ``contrast`` — a word with a contrastive connective between it and the
  mention ("X won the vote, *but* the count was *disputed*");
* ``context`` — every other word of the sentence.

The words of ``other``, ``speech``, ``clause``, ``contrast`` and ``context``
also give ``near_pos`` / ``near_neg``: their valence size divided by their
distance in tokens from the mention (the nearer, the more it is about it).

**Connotation frames** (Rashkin, Singh & Choi 2016): a verb says how the
writer regards its agent and its theme — "X *rescued* Y" casts X well,
"X *indicted* Y" casts Y badly, "X *attacked* Y" casts X badly. The rows of
``data/connotation_frames.csv`` were written for biaslab from the paper's
definitions (writer's perspective toward agent and theme, in -1, 0, +1 steps
of 0.5); the lexicon released with the paper was not consulted. A framed
verb elsewhere in the sentence counts by the mean of its two values.

Word valences, in [-1, 1]: ``data/tone_words.csv`` (news vocabulary VADER
lacks: "indicted", "scrutiny"), else VADER's lexicon (the ``vaderSentiment``
package; the word, then a verb's lemma, divided by 4), else the polarity of an
adjective in Pattern's adjective lexicon (TextBlob) when at least
:data:`MIN_ADJECTIVE_POLARITY`. A word within :data:`NEGATION_WINDOW` tokens
after "not", "no", "never" …, or in a negated verb group, has its valence
multiplied by :data:`NEGATION_SCALAR` (VADER's own constant), so a negated
positive word counts as a negative one.

Other features
--------------
* ``sentence_*`` — the sentence's own scores, read from the sentence the
  analysis already scored (``ParsedSentence.source``; computed once only
  when it carries none): VADER ``compound``, ``pos``, ``neg``; TextBlob
  ``polarity`` and ``subjectivity``. Value the score; the span the sentence.
* ``role_*`` — 1 when the mention is the ``subject`` of an active verb group,
  the ``object`` (or subject of a passive), the ``agent`` of a passive, the
  ``speaker`` (subject of a reporting verb), a ``possessor`` ("Trump’s
  lies"), ``in_quote`` (inside a quotation); ``negated`` when its verb group
  is negated; ``quote_in_sentence`` when the sentence holds quotation marks.
  The span is the mention (or the verb group).
* ``lemma:<relation>:<lemma>`` — 1 for each content word, valence or not,
  with its relation when it is attached to the mention or in its clause
  (:data:`LEMMA_RELATIONS`), and as ``lemma:sentence:<lemma>`` wherever it is
  in the sentence, so the model can weigh news words no lexicon covers
  (``<lemma>``: a verb's lemma, else the lower-case word); only words the
  shipped model has a weight for count.

Limits: lexicon-based and chunk-based (see :mod:`biaslab.clauses`); sarcasm,
irony and world knowledge ("X met Y's demands") are out of reach.

References: Rashkin, H., Singh, S. & Choi, Y. (2016). Connotation Frames: A
Data-Driven Investigation. ACL. Hutto, C. J. & Gilbert, E. (2014). VADER.
ICWSM. De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..clauses import ParsedSentence, verb_lemma
from ..quotes import load_reporting_verbs
from ..resources import data_table, once
from .subjects import _role

__all__ = ["FeatureItem", "SentenceFeatures", "mention_features", "feature_tuples", "feature_values", "sentence_features",
           "word_valence", "WORD_RELATIONS"]

#: How a word attaches to the mention (see the module docstring).
WORD_RELATIONS = ("modifier", "apposition", "predicate", "object", "acted_upon", "frame_agent", "frame_theme",
                  "other", "speech", "clause", "contrast", "context")
#: Relations whose words also give a ``lemma:<relation>:`` feature (the words of the clause and
#: those attached to the mention); every content word gives a ``lemma:sentence:`` one.
LEMMA_RELATIONS = ("modifier", "apposition", "predicate", "object", "acted_upon", "frame_agent", "frame_theme",
                   "clause")
#: Relations whose words also count for ``near_pos``/``near_neg``, divided by their distance in
#: tokens from the mention (the nearer, the more they are about it).
NEAR_RELATIONS = ("other", "speech", "clause", "contrast", "context")
_LEMMA_RELATIONS, _NEAR_RELATIONS = frozenset(LEMMA_RELATIONS), frozenset(NEAR_RELATIONS)
#: The feature names of a word's valence by relation ("near" too): ``(negative, positive)``.
_SIGNED = {r: (f"{r}_neg", f"{r}_pos") for r in (*WORD_RELATIONS, "near")}
#: Tags of the words between a determiner and the mention's phrase that modify it although the
#: chunker left them out ("the *admired* Luis Ortiz", tagged as a past tense).
PREMODIFIER_TAGS = frozenset("JJ JJR JJS VBN VBD VBG".split())
#: Negators that flip a word within this many tokens after them (VADER looks 3 back).
NEGATION_WINDOW = 3
#: VADER's N_SCALAR: a negated word keeps -0.74 of its valence (Hutto & Gilbert 2014).
NEGATION_SCALAR = -0.74
#: Negators (VADER's list, shortened to the forms news uses).
NEGATORS = frozenset("not n't no never nor neither without hardly barely cannot".split())
#: A Pattern adjective counts when its polarity is at least this strong: weaker
#: entries are mostly descriptive ("political" 0.0, "new" 0.14).
MIN_ADJECTIVE_POLARITY = 0.3
#: Penn tag prefixes of the words that can carry tone: adjectives, nouns, verbs,
#: adverbs, interjections ("like" as a preposition, "well" … are left out).
CONTENT_TAGS = ("JJ", "NN", "VB", "RB", "UH")
#: Copulas: their complement describes the subject directly ("X is furious").
COPULAS = frozenset("be seem become remain look appear feel sound stay".split())
#: Tokens that end a clause for the ``clause`` relation: punctuation between
#: clauses, quotation marks, and the contrastive and temporal subordinators
#: that join two clauses about different people ("X won, while Y lost").
CLAUSE_BOUNDARIES = frozenset(",;:()—–-\"“”‘’".replace("", " ").split()
                              + "but while whereas although though because after before when".split())
#: Contrastive connectives: a word beyond one is in the ``contrast`` relation, and the words a
#: speaker reports stop at one after a comma ("X praised the plan, while the budget collapsed").
CONTRASTS = frozenset("but while whereas although though".split())
#: Quotation marks (for ``role_in_quote`` and ``role_quote_in_sentence``).
QUOTE_MARKS = frozenset('"“”')


class FeatureItem(NamedTuple):
    """One piece of a feature's value: ``text == article_text[start:end]``.

    ``feature``: the feature name (see the module docstring); ``value``: what
    this item adds to it (a valence size in (0, 1], a sentence score, or 1);
    ``source``: where the value comes from (a data file, ``VADER``,
    ``Pattern``, ``TextBlob``, ``clauses``); ``mention_start``: offset of the
    mention it bears on. Immutable; a named tuple rather than a frozen
    dataclass because a mention has dozens and a frozen dataclass is several
    times slower to build.
    """

    feature: str
    value: float
    start: int
    end: int
    text: str
    source: str
    mention_start: int


def feature_values(items) -> dict[str, float]:
    """The value of each feature: the sum of its items' values."""
    out: dict[str, float] = defaultdict(float)
    for it in items:
        out[it.feature] += it.value
    return dict(out)


@dataclass(frozen=True, slots=True)
class _Frame:
    agent: float
    theme: float


@once
def _frames() -> dict[str, _Frame]:
    rows = data_table("connotation_frames.csv", required=("verb", "writer_agent", "writer_theme", "source"),
                      unique="verb")
    return {r["verb"]: _Frame(float(r["writer_agent"]), float(r["writer_theme"])) for _, r in rows}


@once
def _tone_words() -> dict[str, float]:
    rows = data_table("tone_words.csv", required=("word", "valence", "source"), unique="word")
    return {r["word"]: float(r["valence"]) for _, r in rows}


@once
def _vader() -> dict[str, float]:
    from ..resources import vader

    return vader().lexicon


@once
def _pattern_adjectives() -> dict[str, float]:
    from textblob.en import sentiment

    out = {}
    for word, senses in sentiment.items():
        p = senses.get("JJ") or senses.get(None)
        if p and abs(p[0]) >= MIN_ADJECTIVE_POLARITY:
            out[word] = p[0]
    return out


@lru_cache(maxsize=8192)
def word_valence(key: str, tag: str = "", lemma: str = "") -> tuple[float, str] | None:
    """(valence in [-1, 1], source) of a word, or None when no lexicon knows it."""
    w = key.casefold()
    own = _tone_words()
    if w in own:
        return own[w], "tone_words.csv"
    if lemma and lemma in own:
        return own[lemma], "tone_words.csv"
    vader = _vader()
    v = vader.get(w)
    if v is None and lemma and tag.startswith("VB"):
        v = vader.get(lemma)
    if v is not None:
        return max(-1.0, min(1.0, v / 4)), "VADER"
    if tag.startswith("JJ"):
        p = _pattern_adjectives().get(w)
        if p is not None:
            return p, "Pattern"
    return None


def _mine(sent: ParsedSentence, i: int, j: int) -> tuple[int | None, int | None]:
    """``(phrase_for(i, j), the phrase the mention of tokens i:j is read as)``: the phrase it stands for
    (:meth:`~biaslab.clauses.ParsedSentence.phrase_for`), else the innermost phrase of its first token,
    else None; computed once per mention for :func:`_attach`, :func:`_about_others` and the role."""
    found = sent.phrase_for(i, j)
    return found, found if found is not None else sent.phrase_at(i)


def _attach(sent: ParsedSentence, i: int, j: int, mine: tuple[int | None, int | None] | None = None):
    """The tokens attached to the mention of tokens ``i:j`` ({index: relation}), the
    frame values of the verbs and nouns it is agent or theme of ({index: (relation, value)}),
    the mention's role and verb group, whether it possesses a phrase, and the end of the
    verb group when the mention is the speaker of a reporting verb. ``mine``: :func:`_mine`
    of the mention, when the caller has it."""
    toks = sent.tokens
    attached: dict[int, str] = {}
    framed: dict[int, tuple[str, float]] = {}
    speaking = None
    possessor = False
    found, p = _mine(sent, i, j) if mine is None else mine
    if p is None:
        return attached, framed, None, None, possessor, speaking
    np = sent.phrases[p]
    for k in range(np.first, np.base_last):
        attached.setdefault(k, "modifier")
    k = np.first  # "the admired Luis Ortiz": a participle the tagger read as a verb, between determiner and name
    while k > 0 and toks[k - 1].tag in PREMODIFIER_TAGS and sent.phrase_at(k - 1) is None:
        k -= 1
    if k < np.first and k > 0 and toks[k - 1].tag in ("DT", "PRP$"):
        for m in range(k, np.first):
            attached.setdefault(m, "modifier")
    if np.outer is not None:
        outer = sent.phrases[np.outer]
        if outer.possessor == p or outer.complement == p:  # "Trump’s lies", "the killing of Khashoggi"
            possessor = outer.possessor == p
            for k in range(outer.first, outer.base_last):
                attached.setdefault(k, "modifier")
            frame = _frames().get(verb_lemma(toks[outer.head].key.casefold()))
            if frame is not None and outer.head not in range(i, j):
                framed[outer.head] = ("frame_theme", frame.theme)
    if np.apposition is not None:
        app = sent.phrases[np.apposition]
        for k in range(app.first, app.last):
            attached.setdefault(k, "apposition")
    role, vg = _role(sent, i, j, phrase=found)
    if vg is None:
        return attached, framed, role, vg, possessor, speaking
    relation = "acted_upon" if role == "object" else "predicate"
    frame = _frames().get(vg.lemma)
    if frame is not None:
        framed[vg.main] = ("frame_theme", frame.theme) if role == "object" else ("frame_agent", frame.agent)
    for k in range(vg.first, vg.last):
        attached.setdefault(k, relation)
    if relation == "predicate":
        objects = sent.linked(verb=sent.verbs.index(vg), role="object")
        reporting = load_reporting_verbs().get(vg.lemma)
        if reporting is not None and (not objects or reporting.hearer):
            speaking = vg.last  # "X said (that) …", "X told reporters …"; not "X praised the staff"
        else:
            for link in objects:
                obj = sent.phrases[link.phrase]
                for k in range(obj.first, obj.last):
                    attached.setdefault(k, "object")
            if vg.lemma in COPULAS:
                k = vg.last
                while k < len(toks) and (toks[k].tag.startswith(("JJ", "RB", "DT", "NN")) or toks[k].tag == "CD"):
                    attached.setdefault(k, "predicate")
                    k += 1
    return attached, framed, role, vg, possessor, speaking


class SentenceFeatures(NamedTuple):
    """What every mention of one sentence shares, computed once by :func:`sentence_features` and
    handed to :func:`feature_tuples` for each mention of the sentence (a sentence often names
    several actors, some twice). Read-only.

    ``boundary``: whether each token ends a clause (:data:`CLAUSE_BOUNDARIES`); ``contrasts``:
    indices of the contrastive connectives; ``marks``: the quotation-mark tokens;
    ``content``: one row per word that can carry tone
    (content tag, not a name, not a negator): ``(index, start, end, text, word, "lemma:sentence:"
    name, valence, its source, negated)``, the valence (0.0 when no lexicon knows the word) before
    negation and before any connotation frame of the mention's own verb; ``others``: for each
    name or pronoun phrase that can be about someone else, ``(index, phrase, the tokens attached
    to it)``; ``scores``: the sentence's own score items (name, value, start, end, text, source).
    """

    boundary: tuple[bool, ...]
    contrasts: tuple[int, ...]
    marks: tuple
    content: tuple[tuple, ...]
    others: tuple[tuple, ...]
    scores: tuple[tuple, ...]


@lru_cache(maxsize=8192)
def _content_word(key: str, tag: str, lemma: str) -> tuple[str, str, float, str] | None:
    """``(word, "lemma:sentence:" name, valence, its source)`` of a token that can carry tone (see
    :class:`SentenceFeatures`: the valence 0.0 when no lexicon knows it), else None."""
    low = key.casefold()
    if not tag.startswith(CONTENT_TAGS) or tag in ("NNP", "NNPS") or low in NEGATORS:
        return None  # names carry no tone ("Trump", "Democratic Party"); negators only flip; "like" (IN) is no verb
    found = word_valence(key, tag, lemma)
    frames = _frames()
    if found is None and tag.startswith("VB") and lemma in frames:
        frame = frames[lemma]
        found = (frame.agent + frame.theme) / 2, "connotation_frames.csv"  # a verb about others
    value, source = found if found is not None else (0.0, "")
    word = lemma or low
    return word, "lemma:sentence:" + word, value, source


def sentence_features(sent: ParsedSentence) -> SentenceFeatures:
    """The part of the features of :func:`feature_tuples` that does not depend on the mention."""
    negated_verbs = {v.main for v in sent.verbs if v.negated}
    boundary, contrasts, marks, content = [], [], [], []
    negator = -1 - NEGATION_WINDOW  # the last negator before the token: it flips the NEGATION_WINDOW after it
    for k, tok in enumerate(sent.tokens):  # one pass over the tokens for every per-token part
        key = tok.key
        low = key.casefold()
        boundary.append(low in CLAUSE_BOUNDARIES)
        if low in CONTRASTS:
            contrasts.append(k)
        if key in QUOTE_MARKS:
            marks.append(tok)
        found = _content_word(key, tok.tag, tok.lemma)
        if found is not None:
            start, text = tok.start, tok.text
            content.append((k, start, start + len(text), text, *found,
                            k in negated_verbs or k - negator <= NEGATION_WINDOW))
        if low in NEGATORS:
            negator = k
    return SentenceFeatures(tuple(boundary), tuple(contrasts), tuple(marks), tuple(content),
                            tuple(_other_phrases(sent)), tuple(_score_items(sent)))


def _other_phrases(sent: ParsedSentence):
    """``(index, phrase, tokens attached to it)`` of the names and pronouns a word can be about
    instead of the mention: its own phrase, the verb groups it is linked to and, when it is their
    subject, their objects ("…, while *Luis Ortiz attacked the reporters*")."""
    toks = sent.tokens
    for q, np in enumerate(sent.phrases):
        if np.kind == "common":
            continue
        if np.kind == "pronoun" and toks[np.head].key.casefold() in ("it", "they", "them", "this", "that"):
            continue  # too often the mention itself or a thing
        reach = set(range(np.first, np.base_last))
        for link in sent.linked(phrase=q):
            vg = sent.verbs[link.verb]
            reach.update(range(vg.first, vg.last))
            if link.role == "subject" and not vg.passive:
                for o in sent.linked(verb=link.verb, role="object"):
                    obj = sent.phrases[o.phrase]
                    reach.update(range(obj.first, obj.last))
        yield q, np, frozenset(reach)


def _about_others(shared: SentenceFeatures, sent: ParsedSentence, i: int, j: int, mine: int | None = None) -> set[int]:
    """The tokens attached to another name or pronoun of the sentence than the mention of tokens
    ``i:j`` (see :func:`_other_phrases`): not its own phrase, its possessor or the phrase it is
    part of, nor a phrase overlapping it. ``mine``: the phrase the mention is read as (the second
    item of :func:`_mine`), when the caller has it."""
    if mine is None:
        mine = _mine(sent, i, j)[1]
    related = {mine}
    if mine is not None:
        related.update(k for k in (sent.phrases[mine].outer, sent.phrases[mine].possessor) if k is not None)
    out: set[int] = set()
    for q, np, reach in shared.others:
        if q in related or np.outer == mine or (np.first < j and i < np.last):
            continue
        out.update(reach)
    return out


def _clause(boundary: Sequence[bool], i: int, j: int) -> tuple[int, int]:
    """The token range of the clause around tokens ``i:j`` (``boundary``: see :class:`SentenceFeatures`)."""
    a = i
    while a > 0 and not boundary[a - 1]:
        a -= 1
    b = j
    while b < len(boundary) and not boundary[b]:
        b += 1
    return a, b


def _score_items(sent: ParsedSentence):
    """The sentence's own scores as ``(name, value, start, end, text, source)``, the zero ones left out."""
    source = getattr(sent, "source", None)
    v, b = getattr(source, "vader", None), getattr(source, "textblob", None)
    if v is None or b is None:
        from ..sentiment import score_sentence

        text = getattr(source, "text", None) or " ".join(t.text for t in sent.tokens)
        v, b = score_sentence(text)
    s_text = getattr(source, "text", None)
    s_span = (sent.start, sent.end, s_text if s_text is not None else "")
    for name, value, origin in (("sentence_vader", v.compound, "VADER"), ("sentence_vader_pos", v.pos, "VADER"),
                                ("sentence_vader_neg", v.neg, "VADER"), ("sentence_polarity", b.polarity, "TextBlob"),
                                ("sentence_subjectivity", b.subjectivity, "TextBlob")):
        if value:
            yield (name, value, *s_span, origin)


def mention_features(sent: ParsedSentence, i: int, j: int, *, in_quote: bool | None = None,
                     known=None, shared: SentenceFeatures | None = None) -> tuple[FeatureItem, ...]:
    """The feature items of the mention of tokens ``i:j`` of ``sent`` (see the module docstring).

    ``in_quote``: whether the mention lies inside a quotation (as the
    quotation finder decided); None reads it from the quotation marks before
    the mention in its sentence. ``known``: when given, a container of
    feature names: ``lemma:`` items outside it are left out (they would
    weigh nothing). ``shared``: :func:`sentence_features` of ``sent``, when
    the caller keeps it for the sentence's other mentions (else computed here).
    """
    return tuple(FeatureItem._make(t) for t in feature_tuples(sent, i, j, in_quote=in_quote, known=known,
                                                              shared=shared))


def feature_tuples(sent: ParsedSentence, i: int, j: int, *, in_quote: bool | None = None, known=None,
                   shared: SentenceFeatures | None = None) -> list[tuple]:
    """:func:`mention_features` as plain tuples in :class:`FeatureItem` field order (faster to build)."""
    sf = sentence_features(sent) if shared is None else shared
    toks = sent.tokens
    m0 = toks[i].start
    mine = _mine(sent, i, j)
    attached, framed, role, vg, possessor, speaking = _attach(sent, i, j, mine)
    n = len(toks)
    ca, cb = _clause(sf.boundary, i, j)
    contrast_before = max((c for c in sf.contrasts if c < i), default=-1)  # words before it are in "contrast"
    contrast_after = min((c for c in sf.contrasts if c >= j), default=n)  # and words after this one
    others = _about_others(sf, sent, i, j, mine[1])
    speech_end = n
    if speaking is not None:  # what the mention says runs to the end, or to ", while …" (another clause)
        speech_end = next((c for c in sf.contrasts if c > speaking and toks[c - 1].key == ","), n)
    items: list[tuple] = []
    lemma_relations, near_relations, signed = _LEMMA_RELATIONS, _NEAR_RELATIONS, _SIGNED
    for k, start, end, text, word, sentence_name, value, source, negated in sf.content:
        if i <= k < j:
            continue  # the mention itself
        relation = attached.get(k)
        if k in framed:
            relation, value = framed[k]
            source = "connotation_frames.csv"
        if relation is None:
            if k in others:
                relation = "other"
            elif speaking is not None and speaking <= k < speech_end:
                relation = "speech"
            elif ca <= k < cb:
                relation = "clause"
            elif k < contrast_before or k > contrast_after:
                relation = "contrast"
            else:
                relation = "context"
        if known is None or sentence_name in known:
            items.append((sentence_name, 1.0, start, end, text, "clauses", m0))
        if relation in lemma_relations:
            name = f"lemma:{relation}:{word}"
            if known is None or name in known:
                items.append((name, 1.0, start, end, text, "clauses", m0))
        if not value:
            continue
        if negated:
            value *= NEGATION_SCALAR
        positive = value > 0
        size = round(abs(value), 4)
        items.append((signed[relation][positive], size, start, end, text, source, m0))
        if relation in near_relations:
            distance = i - k if k < i else k - j + 1
            items.append((signed["near"][positive], round(size / distance, 4), start, end, text, source, m0))
    # the mention's place in its sentence
    m1 = toks[j - 1].end
    mention_text = " ".join(t.text for t in toks[i:j]) if j - i > 1 else toks[i].text
    span = (m0, m1, mention_text)
    if role is not None:
        where = (vg.start, vg.end, vg.text) if vg is not None else span
        items.append((f"role_{role}", 1.0, *where, "clauses", m0))
    if speaking is not None:
        items.append(("role_speaker", 1.0, vg.start, vg.end, vg.text, "clauses", m0))
    if vg is not None and vg.negated:
        items.append(("role_negated", 1.0, vg.start, vg.end, vg.text, "clauses", m0))
    if possessor:
        items.append(("role_possessor", 1.0, *span, "clauses", m0))
    marks = sf.marks
    if in_quote is None:
        in_quote = sum(t.start < m0 for t in marks) % 2 == 1
    if in_quote:
        items.append(("role_in_quote", 1.0, *span, "clauses", m0))
    if marks:
        items.append(("role_quote_in_sentence", 1.0, marks[0].start, marks[0].end, marks[0].text,
                                 "clauses", m0))
    # the sentence's own scores, as the analysis computed them
    items.extend((*item, m0) for item in sf.scores)
    return items
