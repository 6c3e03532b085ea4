"""The profile: prominence, descriptors, voice, agency, tone, loaded terms and
frames of every actor, put together by :func:`profile_actors`.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..clauses import Parse
from ..quotes import SPEECH_KINDS, cue_key
from ..segmentation import SpanIndex
from ..segmentation import sentences as split_sentences
from ..sentiment import score_sentence
from .descriptors import _descriptor_spans, _descriptors
from .mentions import Names, _Found, _mentions, _resolve
from .model import ActorProfile, LoadedNear, Prominence, Tone, Voice
from .speakers import _speaker_mention
from .subjects import _agency, _mention_role
from .tokens import _tag
from .tone import actor_tone, mention_tone
from .tone_features import sentence_features

__all__ = ["profile_actors"]


def _scores(sentence) -> tuple[float, float]:
    v, b = getattr(sentence, "vader", None), getattr(sentence, "textblob", None)
    if v is None or b is None:
        v, b = score_sentence(sentence.text)
    return v.compound, b.polarity


def _author_scores(text: str, s: _Where, voiced: SpanIndex) -> tuple[float, float] | None:
    """Scores of the sentence without the direct/partial quotations in it."""
    cuts = sorted((max(q.start, s.start), min(q.end, s.end)) for q in voiced.overlapping(s.start, s.end))
    if not cuts:
        return _scores(s.source)
    pieces, pos = [], s.start
    for a, b in cuts:
        if a > pos:
            pieces.append(text[pos:a])
        pos = max(pos, b)
    pieces.append(text[pos:s.end])
    rest = " ".join(p.strip() for p in pieces if p.strip())
    if not re.search(r"[^\W\d_]", rest):
        return None
    v, b = score_sentence(rest)
    return v.compound, b.polarity


def _stats(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and population standard deviation, each rounded to 4 places (None, None when empty).

    The deviation is computed in floats, many times faster than the exact
    fractions of :func:`statistics.pstdev`; the two can differ by one unit in
    the fourth place next to a rounding tie, far below the tools' precision.
    """
    if not values:
        return None, None
    mean = statistics.fmean(values)
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in values) / len(values))
    return round(mean, 4), round(sd, 4)


def _voice(own: Sequence, total_words: int) -> Voice:
    words = sum(getattr(q, "words", 0) or 0 for q in own)
    cues = Counter(cue_key(str(q.cue)) for q in own if getattr(q, "cue", None))
    classes = Counter(str(q.cue_class) for q in own if getattr(q, "cue_class", None))
    loaded = tuple(cue_key(str(q.cue)) for q in own
                   if getattr(q, "cue_class", None) == "loaded" and getattr(q, "cue", None))
    return Voice(len(own), words, round(words / total_words, 4) if total_words else 0.0, cues, classes,
                 classes.get("loaded", 0), loaded, tuple((q.start, q.end) for q in own))


class _Where(NamedTuple):
    """What the profiles read of a sentence once its parse is dropped (:func:`_read_mentions`)."""

    start: int
    end: int
    paragraph: int
    heading: bool
    source: object


def _read_mentions(table: Mapping[str, list], found: Sequence[_Found]) -> dict[str, list[tuple]]:
    """What each mention of ``table`` takes from its sentence's parse, per actor in the order of its
    rows: (tone toward it (:func:`~biaslab.actors.tone.mention_tone`), its role and verb
    (:func:`~biaslab.actors.subjects._mention_role`), its descriptor spans
    (:func:`~biaslab.actors.descriptors._descriptor_spans`)).

    Read sentence by sentence, in the order of ``found`` (one item per sentence, as
    :func:`~biaslab.actors.mentions.resolve_names` makes them): what the mentions of a sentence share
    (:func:`~biaslab.actors.tone_features.sentence_features`) is built once for all the actors it
    names, and each sentence's parse is dropped from ``found`` (``f.sent = None``) once read, so that a
    long text never holds every sentence's parse and every mention's tone evidence at once (issue 15).
    """
    by_sentence: dict[int, list] = defaultdict(list)
    for name, rows in table.items():
        for n, (m, f, cand, span) in enumerate(rows):
            by_sentence[id(f)].append((name, n, m.in_quote, cand, span))
    out = {name: [None] * len(rows) for name, rows in table.items()}
    for f in found:
        mentions = by_sentence.pop(id(f), ())
        if mentions:
            sent = f.sent
            shared = sentence_features(sent)
            for name, n, in_quote, cand, (i, j) in mentions:
                out[name][n] = (mention_tone(sent, i, j, in_quote=in_quote, shared=shared),
                                *_mention_role(sent, i, j), _descriptor_spans(f, cand, i, j))
        f.sent = None
    return out


def _first_position(s: _Where, lead: int | None) -> str:
    if s.heading:
        return "headline"
    return "lead" if s.paragraph == lead else "later"


def profile_actors(
    text: str,
    sentences: Sequence | None = None,
    *,
    quotes: Sequence = (),
    loaded_terms: Sequence = (),
    frames=None,
    declared: Mapping[str, Sequence[str]] | None = None,
    detect: bool = True,
    parsed: Parse | None = None,
    names: Names | None = None,
) -> tuple[ActorProfile, ...]:
    """Profile every declared and detected actor of ``text``.

    ``sentences``: objects with ``start``, ``end``, ``text``, ``paragraph``,
    ``heading`` and optionally ``vader``/``textblob`` scores (computed when
    missing); default :func:`biaslab.segmentation.sentences`. ``quotes``:
    :class:`biaslab.quotes.Quote` objects from the same ``declared`` actors
    (each speech quotation counts for the actor :func:`credit_speakers`
    credits it to); ``loaded_terms``: loaded-language
    matches with their voice; ``frames``: a
    :class:`biaslab.frames.FrameProfile`, or a function of no arguments that
    returns one, called once the mentions' parses are read and released (so
    that :func:`biaslab.analyze` never holds the frames and the whole parse at
    once; memory, issue 15); ``declared``: ``{name: aliases}``;
    ``detect``: also find undeclared people and organisations; ``parsed``:
    the :func:`biaslab.clauses.parse` of ``text`` over these sentences, when
    the caller has it (else the sentences are parsed here); ``names``: the
    result of :func:`~biaslab.actors.mentions.resolve_names` on that parse,
    when computed before (for the quotation finder's people). ``names`` is
    *consumed*: each sentence's parse is dropped from it once its mentions are
    read (:func:`_read_mentions`); given ``names`` and no ``parsed``, the parse
    is read from ``names``, so that a caller that keeps no other reference to
    it (as :func:`biaslab.analyze`) never holds the whole parse and every
    mention's tone evidence at once.
    Profiles are sorted by number of mentions (most first), then first mention.
    """
    if not isinstance(text, str):
        raise TypeError(f"profile_actors() takes the article text as a str, not {type(text).__name__}")
    if names is not None and parsed is None:  # the parse is the one in names, released as it is read
        sents = [f.sent for f in names[1]]
    else:
        sents = _tag(text, parsed if parsed is not None else
                     split_sentences(text) if sentences is None else list(sentences))
    quotes = list(quotes)
    registry, found = _resolve(sents, declared or {}, detect, quotes, names)
    where = [_Where(s.start, s.end, s.paragraph, s.heading, s.source) for s in sents]
    del sents
    voiced = [q for q in quotes if getattr(q, "kind", "direct") in SPEECH_KINDS]
    table = _mentions(text, found, quotes)
    names = {a.name for a in registry}
    own_quotes: dict[str, list] = defaultdict(list)
    mention_index = SpanIndex(m for rows in table.values() for m, *_ in rows)
    for q in voiced:  # the rule of biaslab.actors.speakers, shared with credit_speakers
        credit = _speaker_mention(q, names, mention_index)
        if credit is not None:
            own_quotes[credit[0]].append(q)
    total_words = sum(getattr(q, "words", 0) or 0 for q in voiced)
    lead = next((s.paragraph for s in where if not s.heading), None)
    author_cache: dict[int, tuple[float, float] | None] = {}
    read = _read_mentions(table, found)
    if callable(frames):
        frames = frames()
    primary = {(fs.start, fs.end): fs.primary for fs in getattr(frames, "sentences", ())}
    quote_index, term_index, voiced_index = SpanIndex(quotes), SpanIndex(loaded_terms), SpanIndex(voiced)
    profiles = []
    for actor in registry:
        rows = table.get(actor.name, [])
        mentions = tuple(m for m, *_ in rows)
        idx = sorted({m.sentence for m in mentions})
        first = rows[0] if rows else None
        prominence = Prominence(
            len(mentions), dict(Counter(m.resolution for m in mentions)), len(idx),
            round(len(idx) / len(where), 4) if where else 0.0,
            _first_position(where[first[0].sentence], lead) if first else None, first[0].start if first else None)
        tones = []
        for k in idx:
            if k not in author_cache:
                author_cache[k] = _author_scores(text, where[k], voiced_index)
            if author_cache[k] is not None:
                tones.append(author_cache[k])
        vm, vsd = _stats([t[0] for t in tones])
        pm, psd = _stats([t[1] for t in tones])
        mine = own_quotes.get(actor.name, [])
        qscores = [score_sentence(text[q.content_start:q.content_end]) for q in mine]
        readings = read.get(actor.name, [])
        toward = [tone for tone, *_ in readings]
        scored, score, label, probabilities, evidence = actor_tone(toward)
        tone = Tone(len(tones), vm, vsd, pm, psd, len(mine),
                    _stats([v.compound for v, _ in qscores])[0], _stats([b.polarity for _, b in qscores])[0],
                    scored, score, label, evidence, probabilities,
                    tuple((t.mention_start, t.score) for t in toward))
        near = [t for k in idx for t in term_index.overlapping(where[k].start, where[k].end)
                if where[k].start <= t.start]
        loaded = LoadedNear(tuple(t for t in near if getattr(t, "voice", "author") == "author"),
                            tuple(t for t in near if getattr(t, "voice", "author") != "author"))
        frame_counts = Counter(primary[(where[k].start, where[k].end)] for k in idx
                               if (where[k].start, where[k].end) in primary)
        profiles.append(ActorProfile(
            name=actor.name, aliases=tuple(actor.aliases), declared=actor.declared,
            kind=actor.kind.kind, kind_evidence=actor.kind.evidence, outlet=actor.kind.outlet,
            titles=tuple(sorted(actor.titles)), nationality=tuple(sorted(actor.nations)),
            mentions=mentions, prominence=prominence,
            descriptors=tuple(_descriptors(text, [d for *_, d in readings], term_index, quote_index)),
            voice=_voice(mine, total_words), agency=_agency([(role, use) for _, role, use, _ in readings]),
            tone=tone, loaded_near=loaded,
            frames=dict(frame_counts.most_common()),
        ))
    profiles.sort(key=lambda p: (-p.prominence.mentions,
                                 p.prominence.first_offset if p.prominence.first_offset is not None else len(text),
                                 p.name))
    return tuple(profiles)
