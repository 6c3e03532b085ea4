"""Tone toward an actor: the sentiment the words around each mention express toward it.

Target-dependent, not sentence-level: in "Ana Ruiz praised the volunteers,
while Luis Ortiz attacked the reporters" Ruiz and Ortiz get opposite tones.
Each mention is read on the clause layer (:mod:`biaslab.clauses`: noun
phrases with extents, verb groups, subject/object/agent links), so this costs
no second parse, and the sentence's VADER and TextBlob scores are the ones the
analysis already computed.

Method
------
1. **Features** (:mod:`biaslab.actors.tone_features`): the valence of the
   words attached to the mention, positive and negative apart, by relation —
   modifier, apposition, the predicate of which it is subject, the verb of
   which it is object, the connotation frame of that verb toward its agent or
   theme (Rashkin, Singh & Choi 2016), the words it reports as a speaker, the
   rest of its clause and sentence (and those weighted by distance); its role
   (subject, object, speaker, possessor, inside a quotation, negated verb); the
   sentence's VADER and TextBlob scores; and the words themselves (``lemma:``
   features: a word attached to the mention, in its clause, in its sentence).
2. **Model** (:mod:`biaslab.actors.tone_model`): a multinomial logistic
   regression learnt on the tune part of NewsMTSC (``data/tone_model.json``,
   with its provenance) gives each mention probabilities of ``negative``,
   ``neutral`` and ``positive``. Applied in plain Python at run time.
3. **An actor's tone**: the mean of its mentions' probabilities
   (``Tone.probabilities``); ``Tone.label`` is the most probable class
   (:func:`tone_label`), ``Tone.score`` = P(positive) − P(negative) of that
   mean, in [-1, 1]. The label comes from the probabilities, not from a
   threshold on the score: that is how the model was trained and selected
   (a target's label is the argmax of its mentions' mean probabilities).
4. **Evidence**: every feature item with a weight is a
   :class:`ToneEvidence` — the words behind it, its value and what it adds to
   each class's logit (``value × weight``), so ``Tone.explain()`` can say
   '"praised" (predicate) +0.81 toward positive'. The intercept (the model's
   prior) is reported by ``explain`` too; the rest of a mention's logits is
   exactly the sum of its evidence.

Kept apart, under its own name: the sentence mean (``Tone.vader_mean``), the
mean VADER score of the sentences that mention the actor.

Limits: a linear model over lexicon valences, chunk-based links and words;
sarcasm, irony and world knowledge ("X met Y's demands") are out of reach; the
word weights come from one corpus of US political news, so words it never saw
count only through the lexicons. On NewsMTSC's report part (articles never
used for training; docs/validity.md) it reaches macro-F1 0.639 against 0.519
for sentence VADER (cross-validated on the tune part: 0.644), far below the
authors' fine-tuned transformer (≈ 0.83); on other news expect less.

References: Rashkin, H., Singh, S. & Choi, Y. (2016). Connotation Frames: A
Data-Driven Investigation. ACL. Hutto, C. J. & Gilbert, E. (2014). VADER.
ICWSM. De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13.
Hamborg, F. & Donnay, K. (2021). NewsMTSC: A Dataset for (Multi-)Target-
dependent Sentiment Classification in Political News Articles. EACL.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from sys import intern
from typing import NamedTuple

from ..clauses import ParsedSentence
from .tone_features import WORD_RELATIONS, SentenceFeatures, feature_tuples, word_valence
from .tone_model import LABELS, load_tone_model, softmax

__all__ = ["ToneEvidence", "Evidence", "MentionTone", "mention_tone", "actor_tone", "tone_label", "explain_tone",
           "word_valence", "RELATIONS", "LABELS"]

#: ``ToneEvidence.relation`` values: how the words attach to the mention
#: (:data:`~biaslab.actors.tone_features.WORD_RELATIONS`), ``near`` (words of
#: the clause, sentence or reported speech weighted by distance), ``sentence``
#: (the sentence's scores and its words), ``role`` (the mention's place).
RELATIONS = WORD_RELATIONS + ("near", "sentence", "role")


class ToneEvidence(NamedTuple):
    """One feature item behind a mention's tone: ``text == article_text[start:end]``.

    ``feature``: its name (:mod:`biaslab.actors.tone_features`, e.g.
    ``predicate_pos``, ``lemma:predicate:praise``, ``sentence_vader``);
    ``relation``: how the words attach (one of :data:`RELATIONS`); ``value``:
    the feature value it adds (a valence size in (0, 1], a sentence score, or
    1); ``weights``: the model's weights of the feature for ``negative``,
    ``neutral``, ``positive`` (the model's own triple, shared by every item of the
    feature); ``logits``: what the item adds to each class's logit, ``value ×
    weight`` (unrounded); ``mention_start``: offset of the mention it bears on;
    ``source``: where the value comes from. Immutable (a named tuple, like
    :class:`~biaslab.actors.tone_features.FeatureItem`, for speed). A long text
    keeps hundreds of thousands, so an item holds shared strings and the model's
    weights rather than a product of its own (memory, issue 15).
    """

    start: int
    end: int
    text: str
    feature: str
    relation: str
    value: float
    weights: tuple[float, float, float]
    mention_start: int
    source: str

    @property
    def logits(self) -> tuple[float, float, float]:
        """What it adds to the logits of ``negative``, ``neutral``, ``positive``: value × weight."""
        v, w = self.value, self.weights
        return (v * w[0], v * w[1], v * w[2])

    @property
    def toward(self) -> float:
        """What it adds to the log-odds of positive over negative (> 0 pushes toward positive)."""
        return round(self.logits[2] - self.logits[0], 4)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "feature": self.feature,
                "relation": self.relation, "value": self.value, "logits": [round(x, 4) for x in self.logits],
                "toward": self.toward, "mention_start": self.mention_start, "source": self.source}


class Evidence(Sequence):
    """The :class:`ToneEvidence` items of one mention or, joined (:meth:`join`), of an actor's
    mentions, stored compactly and built as named tuples when read: a long text keeps hundreds
    of thousands of items (about 13 per mention), and a named tuple with its own offsets costs
    about 180 bytes where this costs under 50 (memory, issue 15). Per item it keeps the offsets
    (an array of machine ints), the text, the feature name, the value and the source (shared
    strings and numbers); ``relation`` and ``weights`` follow from the feature name and the
    model, ``mention_start`` from the mention. Compares equal to any sequence of the same items
    (a tuple of :class:`ToneEvidence` included)."""

    __slots__ = ("_parts", "_ends", "_spans", "_rest", "_mention")

    def __init__(self, mention_start: int = 0, spans: Sequence[int] = (), rest: tuple = ()):
        self._parts = ()  # joined evidence: the parts, and the index after each
        self._ends = ()
        self._spans = array("q", spans)  # start, end of each item
        self._rest = rest  # text, feature, value, source of each item
        self._mention = mention_start

    @classmethod
    def join(cls, parts: Sequence[Evidence]) -> Evidence:
        """The items of ``parts`` one after the other, without copying them: the tones of every
        mention are held until the actors' tones are built, so a copy would hold each item twice
        there (tried: 3 bytes per byte of text more at the peak of a 1 MB text)."""
        out = cls()
        out._parts = tuple(p for p in parts if len(p))
        total, ends = 0, []
        for p in out._parts:
            total += len(p)
            ends.append(total)
        out._ends = tuple(ends)
        return out

    def __len__(self) -> int:
        return self._ends[-1] if self._parts else len(self._rest) // 4

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(self[i] for i in range(*k.indices(len(self))))
        n = len(self)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("evidence index out of range")
        if self._parts:
            p = bisect_right(self._ends, k)
            return self._parts[p][k - (self._ends[p - 1] if p else 0)]
        text, feature, value, source = self._rest[4 * k:4 * k + 4]
        return ToneEvidence(self._spans[2 * k], self._spans[2 * k + 1], text, feature, _relation(feature), value,
                            load_tone_model().weights[feature], self._mention, source)

    def __iter__(self):
        if self._parts:
            for p in self._parts:
                yield from p
        else:
            for k in range(len(self)):
                yield self[k]

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"<Evidence: {len(self)} items>"


@dataclass(frozen=True, slots=True)
class MentionTone:
    """Tone toward one mention: ``probabilities`` of :data:`LABELS` (they sum to 1), ``intercept``
    (the model's prior logits) and ``evidence`` (the rest of the logits, item by item)."""

    mention_start: int
    probabilities: tuple[float, float, float]
    intercept: tuple[float, float, float]
    evidence: Evidence

    @property
    def score(self) -> float:
        """P(positive) − P(negative), in [-1, 1]."""
        return self.probabilities[2] - self.probabilities[0]


@lru_cache(maxsize=16384)
def _relation(feature: str) -> str:
    if feature.startswith("lemma:"):
        return feature.split(":", 2)[1]
    head = feature.rsplit("_", 1)[0]
    if head in WORD_RELATIONS or head == "near":
        return head
    return "role" if feature.startswith("role_") else "sentence"


def mention_tone(sent: ParsedSentence, i: int, j: int, *, in_quote: bool | None = None,
                 shared: SentenceFeatures | None = None) -> MentionTone:
    """Tone toward the mention of tokens ``i:j`` of ``sent`` (``in_quote``, ``shared``: see
    :func:`~biaslab.actors.tone_features.mention_features`)."""
    model = load_tone_model()
    weights = model.weights
    neg, neu, pos = model.intercept
    spans, rest = [], []
    items = feature_tuples(sent, i, j, in_quote=in_quote, known=weights, shared=shared)
    for feature, v, start, end, text, source, _ in items:
        w = weights.get(feature)
        if w is not None:
            neg += v * w[0]
            neu += v * w[1]
            pos += v * w[2]
            spans += (start, end)
            # the feature's name as the model's own string, not a new one per item (memory, issue 15)
            rest += (text, intern(feature), v, source)
    m0 = sent.tokens[i].start
    return MentionTone(m0, softmax((neg, neu, pos)), model.intercept, Evidence(m0, spans, tuple(rest)))


def tone_label(probabilities: Sequence[float] | None) -> str | None:
    """The most probable of :data:`LABELS` (ties go to the earlier: ``negative``, then ``neutral``);
    None for None."""
    if probabilities is None:
        return None
    return LABELS[max(range(3), key=lambda k: (probabilities[k], -k))]


def actor_tone(mentions: Sequence[MentionTone]):
    """``(scored, score, label, probabilities, evidence)`` of an actor from its mentions' tones:
    the mean probabilities (rounded to 4 places), P(positive) − P(negative) of them, their label,
    and every mention's evidence; ``(0, None, None, None, ())`` without mentions."""
    if not mentions:
        return 0, None, None, None, ()
    n = len(mentions)
    mean = tuple(sum(m.probabilities[k] for m in mentions) / n for k in range(3))
    probabilities = tuple(round(p, 4) for p in mean)
    return (n, round(mean[2] - mean[0], 4), tone_label(mean), probabilities,
            Evidence.join([m.evidence for m in mentions]))


def _describe(e: ToneEvidence) -> str:
    if e.relation == "sentence" and not e.feature.startswith("lemma:"):
        return f"{e.feature.replace('_', ' ')} {e.value:+.2f}"
    if e.relation == "role":
        return f"{e.feature[5:].replace('_', ' ')} (“{e.text}”)"
    return f"“{e.text}” ({e.relation})"


def explain_tone(tone, *, top: int = 8) -> str:
    """A readable account of an actor's :class:`~biaslab.actors.Tone`: its label and probabilities,
    then, for each mention, the model's prior and the ``top`` words or scores that push it most
    (their contributions to the log-odds of positive over negative summed per word and relation)."""
    if tone.label is None:
        return "No tone toward the actor: it has no mention."
    neg, neu, pos = tone.probabilities
    lines = [f"Tone toward the actor: {tone.label} (P negative {neg:.2f}, neutral {neu:.2f}, positive {pos:.2f}; "
             f"score {tone.score:+.2f}) over {tone.scored} mention(s)."]
    prior = load_tone_model().intercept
    by_mention: dict[int, dict[tuple, float]] = {}
    for e in tone.evidence:
        key = (_describe(e), e.start)
        group = by_mention.setdefault(e.mention_start, {})
        group[key] = group.get(key, 0.0) + e.toward
    for start, group in sorted(by_mention.items()):
        lines.append(f"Mention at {start}: prior {prior[2] - prior[0]:+.2f}")
        ranked = sorted(group.items(), key=lambda kv: (-abs(kv[1]), kv[0][1]))
        for (what, _), toward in ranked[:top]:
            side = "positive" if toward > 0 else "negative"
            lines.append(f"  {what}: {toward:+.2f} toward {side}")
        if len(ranked) > top:
            rest = sum(v for _, v in ranked[top:])
            lines.append(f"  {len(ranked) - top} more: {rest:+.2f}")
    return "\n".join(lines)
