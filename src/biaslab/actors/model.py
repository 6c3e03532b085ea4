"""The results of :mod:`biaslab.actors`: small frozen dataclasses, each with ``to_dict()``."""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..frames import FRAME_IDS

__all__ = ["Mention", "Descriptor", "Prominence", "Voice", "VerbUse", "Agency", "Tone", "LoadedNear",
           "ActorProfile", "RESOLUTIONS", "UnknownActorError", "actor_index", "find_actor"]

#: How a mention names its actor.
RESOLUTIONS = ("name", "alias", "role", "pronoun")


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor: ``text == article_text[start:end]``.

    ``resolution`` is how it names the actor (one of :data:`RESOLUTIONS`),
    ``in_quote`` whether it lies inside a quotation, ``sentence`` the index of
    its sentence (0-based).
    """

    start: int
    end: int
    text: str
    actor: str
    resolution: str
    in_quote: bool = False
    sentence: int = 0

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "actor": self.actor,
                "resolution": self.resolution, "in_quote": self.in_quote, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Descriptor:
    """Words that describe an actor where it is named.

    ``kind``: ``title`` ("Defense Minister"), ``possessive`` ("Syria’s strong
    man"), ``premodifier`` ("embattled"), ``appositive`` (", the Russian
    leader,") or ``role`` (a role noun standing for the actor). ``loaded`` is
    True when a loaded-language term overlaps it (``loaded_terms`` names them).
    """

    start: int
    end: int
    text: str
    kind: str
    loaded: bool = False
    loaded_terms: tuple[str, ...] = ()
    in_quote: bool = False

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "loaded": self.loaded, "loaded_terms": list(self.loaded_terms), "in_quote": self.in_quote}


@dataclass(frozen=True)
class Prominence:
    """How much space an actor gets.

    ``mentions``: number of mentions (``by_resolution`` splits them);
    ``sentences``: sentences with at least one mention; ``sentence_share``:
    that number over all sentences, 0–1; ``first_mention``: ``"headline"``
    (a heading), ``"lead"`` (the first non-heading paragraph), ``"later"``, or
    None when never mentioned; ``first_offset``: character offset of the
    first mention.
    """

    mentions: int = 0
    by_resolution: dict[str, int] = field(default_factory=dict)
    sentences: int = 0
    sentence_share: float = 0.0
    first_mention: str | None = None
    first_offset: int | None = None

    def to_dict(self) -> dict:
        return {"mentions": self.mentions, "by_resolution": dict(self.by_resolution),
                "sentences": self.sentences, "sentence_share": self.sentence_share,
                "first_mention": self.first_mention, "first_offset": self.first_offset}


@dataclass(frozen=True)
class Voice:
    """The actor's own words.

    ``quotes``: direct or partial quotations attributed to the actor;
    ``quoted_words``: their words; ``quote_share``: those words over all words
    in attributed-or-not direct and partial quotations, 0–1 (words as
    :func:`biaslab.segmentation.word_count` counts them); ``cues``:
    reporting verbs and their counts, in the form
    :func:`biaslab.quotes.cue_key` gives (lower case, single spaces: "told
    reporters"), as in :func:`biaslab.quotes.speaker_summary`;
    ``cue_classes``: counts of ``neutral``/``loaded``/``colon``/
    ``according_to``; ``loaded_cues``: quotations introduced by a loaded verb,
    ``loaded_cue_verbs`` those verbs (same form as ``cues``); ``spans``: ``(start, end)`` of each
    quotation.
    """

    quotes: int = 0
    quoted_words: int = 0
    quote_share: float = 0.0
    cues: Counter = field(default_factory=Counter)
    cue_classes: Counter = field(default_factory=Counter)
    loaded_cues: int = 0
    loaded_cue_verbs: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        return {"quotes": self.quotes, "quoted_words": self.quoted_words, "quote_share": self.quote_share,
                "cues": dict(self.cues), "cue_classes": dict(self.cue_classes),
                "loaded_cues": self.loaded_cues, "loaded_cue_verbs": list(self.loaded_cue_verbs),
                "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True, slots=True)
class VerbUse:
    """A verb an actor's mention is tied to: ``text == article_text[start:end]``.

    ``role``: ``subject`` (the actor acts), ``object`` (acted upon, including
    the subject of a passive), ``agent`` (the "by" phrase of a passive);
    ``lemma`` is the verb's lemma; ``power``/``agency`` its connotation-frame
    classes (None when the verb is not in the lexicon).
    """

    start: int
    end: int
    text: str
    lemma: str
    role: str
    passive: bool = False
    power: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma,
                "role": self.role, "passive": self.passive, "power": self.power, "agency": self.agency}


@dataclass(frozen=True)
class Agency:
    """Who acts and who is acted upon.

    Counts of mentions: ``subject_of`` (grammatical subject of a finite active
    verb), ``object_of`` (object of a verb or subject of a passive),
    ``agent_of`` (agent of a passive), ``mentioned_only`` (none of these);
    ``agency_score`` = ``subject_of / mentions``, 0–1 (0 without mentions);
    ``verbs``: the verbs behind those counts.
    """

    subject_of: int = 0
    object_of: int = 0
    agent_of: int = 0
    mentioned_only: int = 0
    agency_score: float = 0.0
    verbs: tuple[VerbUse, ...] = ()

    def to_dict(self) -> dict:
        return {"subject_of": self.subject_of, "object_of": self.object_of, "agent_of": self.agent_of,
                "mentioned_only": self.mentioned_only, "agency_score": self.agency_score,
                "verbs": [v.to_dict() for v in self.verbs]}


@dataclass(frozen=True)
class Tone:
    """Tone toward an actor, and the sentiment of the sentences around it.

    **Toward the actor** (target-dependent, :mod:`biaslab.actors.tone`): a
    learnt linear model reads the words attached to each of the actor's
    ``scored`` mentions (modifiers, appositives, the predicate it is subject or
    object of, read through connotation frames), the rest of its clause and
    sentence, its role and the sentence's scores. ``probabilities``: mean over
    the mentions of P(``negative``, ``neutral``, ``positive``), each in [0, 1];
    ``label``: the most probable class; ``score`` = P(positive) − P(negative),
    in [-1, 1]; ``evidence``: every feature item behind them with the words it
    comes from and what it adds to each class
    (:class:`~biaslab.actors.ToneEvidence`); :meth:`explain` puts them in
    words; ``mention_scores``: ``(offset, score)`` of each scored mention
    (P(positive) − P(negative) of that mention; their mean is ``score``),
    what :func:`biaslab.comparison.compare` resamples for an interval.
    None (``evidence`` and ``mention_scores`` empty) without mentions.

    **Sentence mean** (context, not tone toward the actor): over the
    ``sentences`` that mention the actor and keep some author text once direct
    and partial quotations are removed, VADER compound mean and population sd
    (``vader_mean`` in [-1, 1], ``vader_sd``) and TextBlob polarity mean and
    sd (``polarity_mean`` in [-1, 1], ``polarity_sd``); two actors of one
    sentence always share it. Over the content of the actor's own ``quotes``:
    ``quote_vader_mean`` and ``quote_polarity_mean`` (mean of per-quotation
    scores). None when there is nothing to score.
    """

    sentences: int = 0
    vader_mean: float | None = None
    vader_sd: float | None = None
    polarity_mean: float | None = None
    polarity_sd: float | None = None
    quotes: int = 0
    quote_vader_mean: float | None = None
    quote_polarity_mean: float | None = None
    scored: int = 0
    score: float | None = None
    label: str | None = None
    evidence: tuple = ()
    probabilities: tuple[float, float, float] | None = None
    mention_scores: tuple[tuple[int, float], ...] = ()

    @property
    def sentence_vader_mean(self) -> float | None:
        """The sentence mean under its own name: ``vader_mean``."""
        return self.vader_mean

    def explain(self, *, top: int = 8) -> str:
        """Why the actor got its tone, in words (:func:`biaslab.actors.tone.explain_tone`)."""
        from .tone import explain_tone

        return explain_tone(self, top=top)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in ("scored", "score", "label")}
        out["probabilities"] = (dict(zip(("negative", "neutral", "positive"), self.probabilities))
                                if self.probabilities is not None else None)
        out["evidence"] = [e.to_dict() for e in self.evidence]
        out["mention_scores"] = [[start, round(score, 6)] for start, score in self.mention_scores]
        out.update({k: getattr(self, k) for k in ("sentences", "vader_mean", "vader_sd", "polarity_mean",
                                                  "polarity_sd", "quotes", "quote_vader_mean",
                                                  "quote_polarity_mean")})
        return out


@dataclass(frozen=True)
class LoadedNear:
    """Loaded terms in the sentences that mention an actor, by voice:
    ``author`` (the journalist's words) and ``quoted`` (inside quotations)."""

    author: tuple = ()
    quoted: tuple = ()

    def to_dict(self) -> dict:
        return {"author": [_term_dict(t) for t in self.author], "quoted": [_term_dict(t) for t in self.quoted]}


@dataclass(frozen=True)
class ActorProfile:
    """Everything measured about one actor in one article.

    ``name``: canonical name; ``aliases``: other names used to match it;
    ``declared``: given by the user (else detected); ``kind``: one of
    :data:`~biaslab.actors.KINDS` (``person``, ``organisation``, ``group``,
    ``other``, ``place``), ``kind_evidence`` the readable reasons for it and
    ``outlet`` True for a news outlet (an organisation that reports the
    events; see :mod:`biaslab.actors.kinds`); ``titles``/``nationality``:
    offices and countries the article or the declaration attach to it;
    ``mentions`` in text order; ``frames``: Policy Frames Codebook frame id →
    number of the actor's sentences with that primary frame. See the other
    classes for the units of ``prominence``, ``descriptors``, ``voice``,
    ``agency``, ``tone`` and ``loaded_near``.
    """

    name: str
    aliases: tuple[str, ...] = ()
    declared: bool = False
    kind: str = "other"
    kind_evidence: tuple[str, ...] = ()
    outlet: bool = False
    titles: tuple[str, ...] = ()
    nationality: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    prominence: Prominence = field(default_factory=Prominence)
    descriptors: tuple[Descriptor, ...] = ()
    voice: Voice = field(default_factory=Voice)
    agency: Agency = field(default_factory=Agency)
    tone: Tone = field(default_factory=Tone)
    loaded_near: LoadedNear = field(default_factory=LoadedNear)
    frames: dict[str, int] = field(default_factory=dict)

    @property
    def loaded_descriptors(self) -> tuple[Descriptor, ...]:
        """Descriptors in the author's voice (outside quotations) that hold a
        loaded term: the labels the writer attaches to this actor."""
        return tuple(d for d in self.descriptors if d.loaded and not d.in_quote)

    @property
    def dominant_frame(self) -> str | None:
        """The primary frame of most of the actor's sentences (codebook order
        breaks ties; ``"other"`` only when no sentence has a cue; None without
        sentences)."""
        counts = {f: n for f, n in self.frames.items() if n}
        if not counts:
            return None
        cued = [f for f in FRAME_IDS if f != "other" and counts.get(f)]
        return max(cued, key=counts.__getitem__) if cued else "other"

    def to_dict(self) -> dict:
        return {
            "name": self.name, "aliases": list(self.aliases), "declared": self.declared, "kind": self.kind,
            "kind_evidence": list(self.kind_evidence), "outlet": self.outlet,
            "titles": list(self.titles), "nationality": list(self.nationality),
            "mentions": [m.to_dict() for m in self.mentions], "prominence": self.prominence.to_dict(),
            "descriptors": [d.to_dict() for d in self.descriptors], "voice": self.voice.to_dict(),
            "agency": self.agency.to_dict(), "tone": self.tone.to_dict(),
            "loaded_near": self.loaded_near.to_dict(), "frames": dict(self.frames),
            "dominant_frame": self.dominant_frame,
        }


def _term_dict(term) -> dict:
    if hasattr(term, "to_dict"):
        return term.to_dict()
    return {k: getattr(term, k, None) for k in ("start", "end", "text", "term", "category")}


class UnknownActorError(KeyError, ValueError):
    """No actor of that name or alias; the message lists the known actors.

    A :class:`KeyError` (a failed lookup) and a :class:`ValueError` (a bad
    argument), so either ``except`` clause catches it.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def actor_index(profiles) -> dict[str, "ActorProfile"]:
    """Casefolded name or alias -> profile; a canonical name beats another actor's alias."""
    index: dict[str, ActorProfile] = {}
    for p in profiles:
        for alias in p.aliases:
            index.setdefault(alias.casefold(), p)
    for p in profiles:
        index[p.name.casefold()] = p
    return index


def _fold(s: str) -> str:
    """Casefolded, accents removed, single spaces: "Catalá" and "catala" meet."""
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _surnames(p: "ActorProfile") -> set[str]:
    """A person's surname forms: the last word of the name ("Catalá"), with a
    hyphenated particle dropped ("Assad" of "al-Assad"), and the surname with
    its particles ("von der Leyen")."""
    from .names import surname

    last = p.name.split()[-1]
    return {_fold(last), _fold(last.split("-")[-1]), _fold(surname(p.name))}


def find_actor(profiles, name: str) -> "ActorProfile":
    """The profile called ``name``: its canonical name or an alias (any case),
    else — ignoring case and accents — the one actor with that name or
    alias, else the one person with that surname ("Catalá" finds "María José
    Catalá" even when the article never uses the surname alone)."""
    key = str(name).strip()
    found = actor_index(profiles).get(key.casefold())
    if found is None:
        folded = _fold(key)
        same = {id(p): p for p in profiles if folded in {_fold(n) for n in (p.name, *p.aliases)}}
        if not same:
            same = {id(p): p for p in profiles if p.kind == "person" and folded in _surnames(p)}
        if len(same) == 1:
            return next(iter(same.values()))
        names = sorted({p.name for p in (same.values() if same else profiles)})
        what = "several actors" if same else "no actor"
        raise UnknownActorError(f"{what} {name!r}; {'candidates' if same else 'known actors'}: "
                                f"{', '.join(names) or 'none'}")
    return found
