"""Tone toward an actor: the sentiment the words attached to each mention express.

Target-dependent, not sentence-level: in "Ana Ruiz praised the volunteers,
while Luis Ortiz attacked the reporters" Ruiz and Ortiz get opposite tones.
Each mention is read on the clause layer (:mod:`biaslab.clauses`: noun
phrases with extents, verb groups, subject/object/agent links), so this
costs no second parse.

Method
------
For a mention (the noun phrase whose head it covers,
:meth:`~biaslab.clauses.ParsedSentence.phrase_for`), each word with a
valence contributes, by how it attaches:

* ``modifier`` — a word of the mention's own noun phrase ("the *embattled*
  Assad"), or of the phrase the mention possesses ("Trump’s *lies*");
* ``apposition`` — a word of its appositive (", a *disgraced* former aide,");
* ``predicate`` — when the mention is the subject of an active verb group
  (or the agent of a passive), the verb, read through its connotation frame
  (below), and the words of its object or complement ("Catalá *criticised*
  the delays", "X *is furious*", "X *faced scrutiny*");
* ``acted_upon`` — when the mention is the object, or the subject of a
  passive, the verb read through the writer's perspective toward the frame's
  theme ("police *arrested* X", "X *was praised*");
* ``context`` — every other word of the sentence, weighted by its
  :data:`RELATION_WEIGHTS` entry divided by the distance in tokens from the
  mention (the nearer, the more it is about the mention); after "X said"
  the reported words count :data:`SPEECH_WEIGHT` as much for X;
* ``sentence`` — the sentence's VADER compound, a small prior
  (:data:`SENTENCE_WEIGHT`).

Names (proper nouns) carry no tone ("Joy", "Democratic Party"), nor do
function words ("like" as a preposition).

Word valences, in [-1, 1]: ``data/connotation_frames.csv`` for verbs with a
frame, ``data/tone_words.csv`` (news vocabulary VADER lacks: "indicted",
"scrutiny"), else VADER's lexicon (the ``vaderSentiment`` package; the word,
then its lemma, divided by 4), else the polarity of an adjective in Pattern's
adjective lexicon (TextBlob). A word after "not", "no", "never" … within
:data:`NEGATION_WINDOW` tokens, or in a negated verb group, has its valence
multiplied by :data:`NEGATION_SCALAR` (VADER's own constant).

**Connotation frames** (Rashkin, Singh & Choi 2016): a verb says how the
writer regards its agent and its theme — "X *rescued* Y" casts X well,
"X *indicted* Y" casts Y badly, "X *attacked* Y" casts X badly. The
rows of ``data/connotation_frames.csv`` were written for biaslab from the
paper's definitions (writer's perspective toward agent and theme, in -1, 0,
+1 steps of 0.5); the lexicon released with the paper was not consulted.

A mention's score is the weighted sum (weights by relation and by valence
source, :data:`RELATION_WEIGHTS`, :data:`SOURCE_WEIGHTS`), squashed into
[-1, 1] with tanh; the actor's is the mean over its mentions, labelled with
:func:`tone_label` (:data:`NEGATIVE_BELOW`, :data:`POSITIVE_ABOVE`). The
weights and thresholds were calibrated on the tune half of NewsMTSC only
(docs/validity.md); the data rows were written from their sources, not
fitted.

Limits: lexicon-based; sarcasm, irony, world knowledge ("X met Y's
demands") and sentiment carried by whole clauses far from the mention are
missed or left to the context weight; the chunk-based links miss long
insertions (see :mod:`biaslab.clauses`).

References: Rashkin, H., Singh, S. & Choi, Y. (2016). Connotation Frames: A
Data-Driven Investigation. ACL. Hutto, C. J. & Gilbert, E. (2014). VADER.
ICWSM. De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13.
Hamborg, F. & Donnay, K. (2021). NewsMTSC: A Dataset for (Multi-)Target-
dependent Sentiment Classification in Political News Articles. EACL (the
task and the figures in docs/validity.md).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..clauses import ParsedSentence, verb_lemma
from ..resources import data_table, once
from .subjects import _role

__all__ = ["ToneEvidence", "mention_tone", "tone_label", "word_valence", "NEGATIVE_BELOW", "POSITIVE_ABOVE",
           "RELATIONS", "RELATION_WEIGHTS", "SOURCE_WEIGHTS"]

#: How a word attaches to the mention (see the module docstring); ``sentence``
#: is the VADER compound of the whole sentence, a small prior.
RELATIONS = ("modifier", "apposition", "predicate", "acted_upon", "context", "sentence")
#: Weight of each relation. Attached words count in full; a verb's effect on
#: the mention and its object words half (the verb is as much about the other
#: party); context words CONTEXT / distance in tokens. Calibrated on the tune
#: half of NewsMTSC by coordinate search over 0, 0.5, 1, 1.5, 2 (docs/validity.md).
RELATION_WEIGHTS = {"modifier": 1.0, "apposition": 1.0, "predicate": 0.5, "acted_upon": 0.5, "context": 1.5}
#: Weight of each valence source: biaslab's own news words count double (they
#: were written for news, VADER for social media), Pattern's adjectives half
#: (many are descriptive: "late", "famous"). Calibrated like RELATION_WEIGHTS.
SOURCE_WEIGHTS = {"tone_words.csv": 2.0, "connotation_frames.csv": 1.0, "VADER": 1.0, "Pattern": 0.5}
#: Weight of the sentence's VADER compound (when the sentence carries its
#: scores): the whole sentence leans the tone a little. Calibrated like RELATION_WEIGHTS.
SENTENCE_WEIGHT = 0.1
#: Weight of a verb without a connotation frame whose subject is the mention: its
#: valence often belongs to the subject's feelings ("X hated school") more than
#: to the writer's view of X.
PREDICATE_VERB_WEIGHT = 0.5
#: Weight of the words a speaker reports (after "X said"), relative to other
#: context: what a speaker says is mostly about someone else.
SPEECH_WEIGHT = 0.3
#: Negators that flip a word within this many tokens after them (VADER looks 3 back).
NEGATION_WINDOW = 3
#: VADER's N_SCALAR: a negated word keeps -0.74 of its valence (Hutto & Gilbert 2014).
NEGATION_SCALAR = -0.74
#: Negators (VADER's list, shortened to the forms news uses).
NEGATORS = frozenset("not n't no never nor neither without hardly barely cannot".split())
#: A Pattern adjective counts when its polarity is at least this strong: weaker
#: entries are mostly descriptive ("political" 0.0, "new" 0.14).
MIN_ADJECTIVE_POLARITY = 0.3
#: Labels: a score at or below NEGATIVE_BELOW is negative, at or above
#: POSITIVE_ABOVE positive, else neutral. Calibrated on the tune half of
#: NewsMTSC (Hamborg & Donnay 2021; docs/validity.md); VADER's own are ±0.05.
NEGATIVE_BELOW = -0.06
POSITIVE_ABOVE = 0.11
#: Penn tag prefixes of the words that can carry tone: adjectives, nouns, verbs,
#: adverbs, interjections ("like" as a preposition, "well" … are left out).
CONTENT_TAGS = ("JJ", "NN", "VB", "RB", "UH")
#: Copulas: their complement describes the subject directly ("X is furious").
COPULAS = frozenset("be seem become remain look appear feel sound stay".split())


@dataclass(frozen=True, slots=True)
class ToneEvidence:
    """One word behind an actor's tone: ``text == article_text[start:end]``.

    ``relation``: how it attaches to the mention (one of :data:`RELATIONS`);
    ``valence``: the word's valence in [-1, 1] after negation and frame;
    ``weight``: what it counts for the mention (1 when attached, the context
    weight over the distance otherwise); ``mention_start``: offset of the
    mention it bears on; ``source``: where the valence comes from.
    """

    start: int
    end: int
    text: str
    relation: str
    valence: float
    weight: float
    mention_start: int
    source: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "relation": self.relation,
                "valence": self.valence, "weight": self.weight, "mention_start": self.mention_start,
                "source": self.source}


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


def _negated(toks, k: int) -> bool:
    return any(toks[m].key.casefold() in NEGATORS for m in range(max(0, k - NEGATION_WINDOW), k))


def tone_label(score: float | None) -> str | None:
    """``negative``, ``neutral`` or ``positive`` for a tone score (None for None)."""
    if score is None:
        return None
    return "negative" if score <= NEGATIVE_BELOW else "positive" if score >= POSITIVE_ABOVE else "neutral"


def _reporting(lemma: str) -> bool:
    from ..quotes import load_reporting_verbs

    return lemma in load_reporting_verbs()


def _attach(sent: ParsedSentence, i: int, j: int) -> tuple[dict[int, str], dict[int, float], int | None]:
    """The tokens attached to the mention of tokens ``i:j`` ({index: relation}), the
    frame values of the verbs and nouns it is agent or theme of ({index: value}),
    and the end of the verb group when the mention is the speaker of a reporting verb."""
    toks = sent.tokens
    attached: dict[int, str] = {}
    framed: dict[int, float] = {}
    speaking = None
    p = sent.phrase_for(i, j)
    if p is None:
        p = sent.phrase_at(i)
    if p is None:
        return attached, framed, speaking
    np = sent.phrases[p]
    for k in range(np.first, np.base_last):
        attached.setdefault(k, "modifier")
    if np.outer is not None:
        outer = sent.phrases[np.outer]
        if outer.possessor == p or outer.complement == p:  # "Trump’s lies", "the killing of Khashoggi"
            for k in range(outer.first, outer.base_last):
                attached.setdefault(k, "modifier")
            frame = _frames().get(verb_lemma(toks[outer.head].key.casefold()))
            if frame is not None and outer.head not in range(i, j):
                framed[outer.head] = frame.theme
    if np.apposition is not None:
        app = sent.phrases[np.apposition]
        for k in range(app.first, app.last):
            attached.setdefault(k, "apposition")
    role, vg = _role(sent, i, j)
    if vg is None:
        return attached, framed, speaking
    relation = "acted_upon" if role == "object" else "predicate"
    frame = _frames().get(vg.lemma)
    if frame is not None:
        framed[vg.main] = frame.theme if role == "object" else frame.agent
    elif relation == "predicate":
        framed[vg.main] = None  # no frame: the verb's own valence, weighted PREDICATE_VERB_WEIGHT
    for k in range(vg.first, vg.last):
        attached.setdefault(k, relation)
    if relation == "predicate":
        if _reporting(vg.lemma):
            speaking = vg.last
        else:
            for link in sent.linked(verb=sent.verbs.index(vg), role="object"):
                obj = sent.phrases[link.phrase]
                for k in range(obj.first, obj.last):
                    attached.setdefault(k, "predicate")
            if vg.lemma in COPULAS:
                k = vg.last
                while k < len(toks) and (toks[k].tag.startswith(("JJ", "RB", "DT", "NN")) or toks[k].tag == "CD"):
                    attached.setdefault(k, "predicate")
                    k += 1
    return attached, framed, speaking


def mention_tone(sent: ParsedSentence, i: int, j: int) -> tuple[float, tuple[ToneEvidence, ...]]:
    """Tone toward the mention of tokens ``i:j`` of ``sent``: (score in [-1, 1], evidence)."""
    toks = sent.tokens
    attached, framed, speaking = _attach(sent, i, j)
    negated_verbs = {v.main for v in sent.verbs if v.negated}
    total = 0.0
    evidence = []
    for k, tok in enumerate(toks):
        if i <= k < j or tok.proper or tok.key.casefold() in NEGATORS or not tok.tag.startswith(CONTENT_TAGS):
            continue  # names carry no tone ("Trump", "Democratic Party"); negators only flip; "like" (IN) is no verb
        relation = attached.get(k, "context")
        weight = RELATION_WEIGHTS[relation]
        if framed.get(k) is not None:
            value, source = framed[k], "connotation_frames.csv"
            if value == 0:
                continue
        else:
            found = word_valence(tok.key, tok.tag, tok.lemma)
            if found is None:
                frame = _frames().get(tok.lemma) if tok.tag.startswith("VB") else None
                if frame is None or frame.agent + frame.theme == 0:
                    continue
                found = (frame.agent + frame.theme) / 2, "connotation_frames.csv"  # a verb about others
            value, source = found
            if k in framed:
                weight *= PREDICATE_VERB_WEIGHT
        if (k in negated_verbs) or _negated(toks, k):
            value *= NEGATION_SCALAR
        if relation == "context":
            weight /= i - k if k < i else k - j + 1
            if speaking is not None and k >= speaking:
                weight *= SPEECH_WEIGHT
        weight *= SOURCE_WEIGHTS[source]
        total += weight * value
        evidence.append(ToneEvidence(tok.start, tok.end, tok.text, relation, round(value, 4), round(weight, 4),
                                     toks[i].start, source))
    vader = getattr(getattr(sent, "source", None), "vader", None)
    if vader is not None and vader.compound and SENTENCE_WEIGHT:
        total += SENTENCE_WEIGHT * vader.compound
        evidence.append(ToneEvidence(sent.start, sent.end, getattr(sent.source, "text", ""), "sentence",
                                     vader.compound, SENTENCE_WEIGHT, toks[i].start, "VADER"))
    return math.tanh(total), tuple(evidence)
