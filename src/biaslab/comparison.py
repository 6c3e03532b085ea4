"""Compare actors side by side, within one article or across many.

Method
------
:func:`compare` turns the :class:`~biaslab.actors.ActorProfile` of each
chosen actor into a tidy table (one row per article, actor and measure, with
the measure's unit and a short pointer to the evidence behind the number), so
the same measures can be filtered, pivoted and plotted with pandas.
:func:`contrast_lines` reads two actors' rows and writes plain-language
sentences from the numbers (counts in words, correct plurals, ties and zero
cases stated as such).

The same measures, one row per actor, are :func:`actors_frame`; the spans
behind them, one row per span, are :func:`mentions_frame`,
:func:`descriptors_frame` and :func:`verbs_frame`. All take one analysis or
several and choose actors the same way.

Actors are named by their canonical name or any alias, case-insensitively
("putin" → "Vladimir Putin"); an unknown name raises :class:`UnknownActorError`
(a ``ValueError``) listing the actors the article knows. Across articles, an
actor known to at least one article gets zero counts (and empty means) in the
articles that never mention it.

How sure: the shares, means and densities (:data:`INTERVAL_MEASURES`) get a
95 % interval, and two sides compared get a two-sided permutation test; both
resample sentences (:mod:`biaslab.uncertainty` gives the method, references
and constants). :func:`actor_samples` and :func:`article_samples` build the
per-sentence numbers behind them from an analysis; :func:`compare_loaded` is
the article-level table of loaded language by voice. The p-values of one
comparison (the measures of one pair of sides) are adjusted together
(Benjamini–Hochberg), and a difference is *clear* when the adjusted p-value is
below 0.05. Contrast lines rank two actors on space, voice, agency, tone or
loaded language only when the difference is clear.

Limits: every number inherits the limits of the layer that produced it
(see :mod:`biaslab.actors`, :mod:`biaslab.quotes`, :mod:`biaslab.lexicon`);
the ratios in the sentences compare counts in one article and say nothing
about the importance of the people behind them. Intervals and tests treat the
sentences of an article as exchangeable, which they are not quite (see
:mod:`biaslab.uncertainty`); a sentence naming both actors counts for both.
Descriptor and reporting-verb lines state counts without a test: they are
too few to test.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from types import SimpleNamespace

import numpy as np

from .actors import ActorProfile, Descriptor, Mention, UnknownActorError, VerbUse, actor_index, find_actor
from .frames import FRAMES
from .quotes import SPEECH_KINDS
from .uncertainty import ALPHA, Sample, adjusted, difference, interval

__all__ = ["COLUMNS", "LOADED_COLUMNS", "MEASURES", "INTERVAL_MEASURES", "TEXT_COLUMNS", "UnknownActorError", "compare", "compare_articles",
           "compare_loaded", "contrast_lines", "actor_samples", "article_samples", "loaded_sample", "actors_frame",
           "mentions_frame", "descriptors_frame", "verbs_frame"]

#: Columns of :func:`compare`: what was measured, then how sure it is.
COLUMNS = ["article_id", "actor", "measure", "value", "unit", "evidence", "low", "high", "p_value", "clear"]
#: The measures :func:`compare` reports, in order, with their units.
MEASURES: dict[str, str] = {
    "kind": "category (person/organisation/group/other/place)",
    "mentions": "count",
    "sentence_share": "share of sentences (0-1)",
    "first_mention": "position (headline/lead/later/none)",
    "quotes": "count",
    "quoted_words": "words",
    "quote_share": "share of quoted words (0-1)",
    "loaded_cues": "count of quotations",
    "agency_subject": "count of mentions",
    "agency_object": "count of mentions",
    "agency_score": "share of mentions (0-1)",
    "descriptors": "count",
    "loaded_descriptors": "count (author's voice)",
    "tone_toward": "tone toward the actor (-1..1; biaslab.actors.tone)",
    "tone_vader_mean": "VADER compound (-1..1)",
    "tone_polarity_mean": "TextBlob polarity (-1..1)",
    "quote_tone_vader": "VADER compound (-1..1)",
    "loaded_near_author": "count of terms",
    "loaded_near_quoted": "count of terms",
    "loaded_near_author_per_1000": "per 1,000 words of the actor's sentences",
    "dominant_frame": "frame id",
}
#: The measures of :data:`MEASURES` that get a 95 % interval (``low``, ``high``)
#: and, between two actors or two articles, a test (``p_value``, ``clear``):
#: the shares, means and densities, each a ratio over sentences (see
#: :mod:`biaslab.uncertainty`). Counts, positions and categories are what
#: they are and get none.
INTERVAL_MEASURES = ("sentence_share", "quote_share", "agency_score", "tone_toward", "tone_vader_mean",
                     "tone_polarity_mean", "loaded_near_author_per_1000")
#: Measures over the same sentences for every actor of an article, with the
#: same denominators: two actors of one article are compared sentence by
#: sentence (a paired test); the other measures rest on each actor's own sentences.
_PAIRED = frozenset({"sentence_share", "quote_share"})
#: Columns of :func:`actors_frame` after the measures: the words behind some
#: counts, each distinct item once, most frequent first, with ``×n`` when it
#: occurs n > 1 times, joined with "; " (descriptors may hold commas).
TEXT_COLUMNS: dict[str, str] = {
    "titles": "offices and titles the article or the declaration attach to the actor",
    "reporting_verbs": "reporting verbs introducing the actor's quotations",
    "descriptor_texts": "descriptors of every kind (count: descriptors)",
    "loaded_descriptor_texts": "descriptors in the author's voice holding a loaded term (count: loaded_descriptors)",
}
#: At most this many items are listed in an evidence string; the rest are counted.
EVIDENCE_ITEMS = 6
#: Mention ratios closer to 1 than this are reported as "about the same space".
SAME_SPACE = 0.1
#: Tone means closer than this are "about the same": VADER's own neutral band
#: is ±0.05 (Hutto & Gilbert 2014), so smaller differences carry no signal.
SAME_TONE = 0.05
_FRAME_LABELS = {**{f.id: f.label for f in FRAMES}, "other": "none (no frame cue)"}
_POSITION = {"headline": "in the headline", "lead": "in the lead paragraph",
             "later": "only later in the article", None: "nowhere", "none": "nowhere"}


# --- rows ----------------------------------------------------------------------------------------
def _listing(items: Iterable[str]) -> str:
    counts = Counter(items)
    parts = [f"{item} ×{n}" if n > 1 else item for item, n in counts.most_common()]
    more = len(parts) - EVIDENCE_ITEMS
    return ", ".join(parts[:EVIDENCE_ITEMS]) + (f" and {more} more" if more > 0 else "")


def _spans(spans: Iterable[tuple[int, int]]) -> str:
    spans = list(spans)
    text = ", ".join(f"{a}–{b}" for a, b in spans[:EVIDENCE_ITEMS])
    more = len(spans) - EVIDENCE_ITEMS
    return ("chars " + text + (f" and {more} more" if more > 0 else "")) if spans else "none"


def _joined(items: Iterable[str]) -> str:
    """Every distinct item, most frequent first, ``×n`` when repeated, joined with "; "."""
    return "; ".join(f"{item} ×{n}" if n > 1 else item for item, n in Counter(items).most_common())


def _measures(p: ActorProfile, sentence_words: Sequence[int] | None, quoted_total: int | None) -> dict[str, tuple]:
    """measure → (value, evidence) for every measure of :data:`MEASURES`."""
    pr, v, ag, t = p.prominence, p.voice, p.agency, p.tone
    n_sentences = len(sentence_words) if sentence_words is not None else None
    first = p.mentions[0] if p.mentions else None
    author_loaded = p.loaded_descriptors
    frame = p.dominant_frame
    return {
        "kind": (p.kind, "; ".join(p.kind_evidence)),
        "mentions": (pr.mentions, _listing(m.resolution for m in p.mentions) or "none"),
        "sentence_share": (pr.sentence_share, f"{pr.sentences} of {_plural(n_sentences, 'sentence')}"
                           if n_sentences is not None else _plural(pr.sentences, "sentence")),
        "first_mention": (pr.first_mention or "none",
                          f"offset {first.start}: {first.text!r}" if first else "never mentioned"),
        "quotes": (v.quotes, _spans(v.spans)),
        "quoted_words": (v.quoted_words, _plural(v.quotes, "quotation")),
        "quote_share": (v.quote_share, f"{v.quoted_words} of {quoted_total} quoted words"
                        if quoted_total is not None else f"{v.quoted_words} quoted words"),
        "loaded_cues": (v.loaded_cues, _listing(v.loaded_cue_verbs) or
                        ("no quotations" if not v.quotes else "none loaded; cues: " + _listing(v.cues.elements()))),
        "agency_subject": (ag.subject_of, _listing(u.lemma for u in ag.verbs if u.role == "subject") or "none"),
        "agency_object": (ag.object_of, _listing(u.lemma for u in ag.verbs if u.role == "object") or "none"),
        "agency_score": (ag.agency_score, f"{ag.subject_of} of {_plural(pr.mentions, 'mention')} "
                                          f"{'is a grammatical subject' if ag.subject_of == 1 else 'are grammatical subjects'}"),
        "descriptors": (len(p.descriptors), _listing(d.text for d in p.descriptors) or "none"),
        "loaded_descriptors": (len(author_loaded), _listing(d.text for d in author_loaded) or "none"),
        "tone_toward": (t.score, f"{t.label or 'no'} tone toward the actor over {_plural(t.scored, 'mention')}"),
        "tone_vader_mean": (t.vader_mean, f"mean of {_plural(t.sentences, 'sentence')}, quotations removed"),
        "tone_polarity_mean": (t.polarity_mean, f"mean of {_plural(t.sentences, 'sentence')}, quotations removed"),
        "quote_tone_vader": (t.quote_vader_mean, f"mean of {_plural(t.quotes, 'quotation')}"),
        "loaded_near_author": (len(p.loaded_near.author), _listing(x.text for x in p.loaded_near.author) or "none"),
        "loaded_near_quoted": (len(p.loaded_near.quoted), _listing(x.text for x in p.loaded_near.quoted) or "none"),
        "loaded_near_author_per_1000": _near_density(p, sentence_words),
        "dominant_frame": (frame, _listing(f for f, n in p.frames.items() for _ in range(n)) or "no sentences"),
    }


def _near_density(p: ActorProfile, sentence_words: Sequence[int] | None) -> tuple[float | None, str]:
    """Author-voice loaded terms per 1,000 words of the sentences naming the actor, and its basis."""
    if sentence_words is None:
        return None, "sentence lengths unknown"
    words = sum(sentence_words[k] for k in {m.sentence for m in p.mentions})
    if not words:
        return None, "no sentences"
    n = len(p.loaded_near.author)
    return 1000 * n / words, f"{_plural(n, 'loaded term')} in {_plural(words, 'word')}"


def _rows(article_id: str, label: str, p: ActorProfile, sentence_words: Sequence[int] | None,
          quoted_total: int | None) -> list[dict]:
    values = _measures(p, sentence_words, quoted_total)
    return [{"article_id": article_id, "actor": label, "measure": m, "value": values[m][0],
             "unit": unit, "evidence": values[m][1], "low": math.nan, "high": math.nan,
             "p_value": math.nan, "clear": None} for m, unit in MEASURES.items()]


def _article_info(analysis) -> tuple[str, tuple[int, ...] | None, int | None]:
    """``(article id, words of each sentence, words in direct and partial quotations)``."""
    article = getattr(analysis, "article", None)
    article_id = str(getattr(article, "id", None) or "article")
    sentences = getattr(analysis, "sentences", None)
    quotes = getattr(analysis, "quotes", None)
    words = tuple(getattr(s, "words", 0) for s in sentences) if sentences is not None else None
    total = (sum(getattr(q, "words", 0) or 0 for q in quotes if getattr(q, "kind", "direct") in SPEECH_KINDS)
             if quotes is not None else None)
    return article_id, words, total


def _analyses(analysis) -> list:
    """One analysis (anything with ``.actors``) or a sequence of them, as a list."""
    return [analysis] if hasattr(analysis, "actors") else list(analysis)


def _selection(analyses: Sequence, actors: Sequence[str] | str | None,
               ) -> list[tuple[object, list[tuple[str, ActorProfile]]]]:
    """``(analysis, [(label, profile), ...])`` for each analysis: the chosen actors, in order.

    ``actors``: names or aliases; each must be known to at least one
    analysis (else :class:`UnknownActorError`) and is labelled with the
    canonical name of the first analysis that knows it. Where an analysis
    does not know it, its profile is empty. ``None``: every actor of each
    analysis, under its own name.
    """
    if isinstance(actors, str):
        actors = [actors]
    wanted: dict[str, str] | None = None  # canonical name -> kind
    if actors is not None:
        every = [p for a in analyses for p in a.actors]
        wanted = {}
        for name in actors:
            p = find_actor(every, name)
            wanted.setdefault(p.name, p.kind)
    chosen = []
    for analysis in analyses:
        own = {p.name: p for p in analysis.actors}
        if wanted is None:
            chosen.append((analysis, list(own.items())))
            continue
        index = actor_index(analysis.actors)
        # the same actor may carry another canonical name in another article
        chosen.append((analysis, [(name, own.get(name) or index.get(name.casefold())
                                   or ActorProfile(name=name, kind=kind)) for name, kind in wanted.items()]))
    return chosen


def compare(analysis, actors: Sequence[str] | str | None = None, *, intervals: bool = True):
    """Tidy comparison table: one row per actor and measure.

    ``analysis``: a :class:`biaslab.Analysis` (anything with ``.article.id``
    and ``.actors``), or a sequence of them (then as :func:`compare_articles`).
    ``actors``: names or aliases to keep, in that order; default all actors.
    Columns: ``article_id``, ``actor``, ``measure`` (see :data:`MEASURES`),
    ``value`` (a number, a category or None), ``unit``, ``evidence``; then
    for the :data:`INTERVAL_MEASURES` ``low`` and ``high``, the 95 %
    interval in the unit of ``value`` (bootstrap over sentences; NaN where
    there is none: other measures, fewer than ten sentences, no variation),
    and, where two sides are compared, ``p_value`` (two-sided permutation
    test over sentences, Benjamini–Hochberg adjusted over the measures
    compared between those two sides) and ``clear`` (``p_value`` < 0.05;
    None where nothing is compared). See :mod:`biaslab.uncertainty`.

    Two sides are compared when the table holds exactly two actors of one
    article, or one actor in exactly two articles; in a table of several
    articles, the two actors of each article that holds exactly two.
    ``intervals=False`` leaves ``low``/``high``/``p_value``/``clear`` empty,
    for speed.
    """
    return compare_articles(_analyses(analysis), actors, intervals=intervals)


def compare_articles(analyses: Iterable, actors: Sequence[str] | str | None = None, *, intervals: bool = True):
    """:func:`compare` across articles: one row per article × actor × measure.

    An actor named in ``actors`` must be known to at least one article; where
    an article does not know it, its rows hold zero counts and empty means.
    Intervals and tests as in :func:`compare`.
    """
    import pandas as pd

    rows: list[dict] = []
    sides: list[_Side] = []
    for analysis, chosen in _selection(list(analyses), actors):
        article_id, sentence_words, quoted_total = _article_info(analysis)
        data = _Sentences(analysis) if intervals else None
        for label, profile in chosen:
            if data is not None:
                sides.append(_Side(article_id, len(rows), _actor_samples(data, profile)))
            rows.extend(_rows(article_id, label, profile, sentence_words, quoted_total))
    _fill_uncertainty(rows, sides)
    return pd.DataFrame(rows, columns=COLUMNS)


def actors_frame(analysis, actors: Sequence[str] | str | None = None):
    """One row per article × actor: the measures of :func:`compare`, side by side.

    ``analysis``: an analysis or a sequence of them; ``actors``: names or
    aliases, chosen as in :func:`compare_articles` (default: every actor).
    Columns: ``article_id``, ``actor``, then every measure of
    :data:`MEASURES` with the same value and unit as in :func:`compare`
    (counts; shares 0-1; tone means in [-1, 1], missing without sentences;
    ``first_mention`` headline/lead/later/none; ``dominant_frame`` a frame
    id), then the words behind some counts (:data:`TEXT_COLUMNS`, "" when
    there are none).
    """
    import pandas as pd

    rows = []
    for a, chosen in _selection(_analyses(analysis), actors):
        article_id, sentence_words, quoted_total = _article_info(a)
        for label, p in chosen:
            values = _measures(p, sentence_words, quoted_total)
            rows.append({"article_id": article_id, "actor": label, **{m: v for m, (v, _) in values.items()},
                         "titles": _joined(p.titles), "reporting_verbs": _joined(p.voice.cues.elements()),
                         "descriptor_texts": _joined(d.text for d in p.descriptors),
                         "loaded_descriptor_texts": _joined(d.text for d in p.loaded_descriptors)})
    return pd.DataFrame(rows, columns=["article_id", "actor", *MEASURES, *TEXT_COLUMNS])


def _spans_frame(analysis, actors, spans_of: Callable[[ActorProfile], Iterable], record: type):
    """One row per article × actor × span: ``article_id``, ``actor``, then the
    span's ``to_dict()`` (its own ``actor`` field, if any, gives way to the label)."""
    import pandas as pd

    columns = ["article_id", "actor", *(f.name for f in fields(record) if f.name != "actor")]
    rows = [{"article_id": _article_info(a)[0], "actor": label,
             **{k: v for k, v in span.to_dict().items() if k != "actor"}}
            for a, chosen in _selection(_analyses(analysis), actors) for label, p in chosen for span in spans_of(p)]
    return pd.DataFrame(rows, columns=columns)


def mentions_frame(analysis, actors: Sequence[str] | str | None = None):
    """One row per article × actor × mention, in text order per actor.

    Columns: ``article_id``, ``actor``, then those of
    :class:`~biaslab.actors.Mention`: ``start``/``end`` (character offsets
    into the article text, end exclusive), ``text``, ``resolution`` (name,
    alias, role or pronoun), ``in_quote``, ``sentence`` (0-based index).
    Actors are chosen as in :func:`compare_articles`.
    """
    return _spans_frame(analysis, actors, lambda p: p.mentions, Mention)


def descriptors_frame(analysis, actors: Sequence[str] | str | None = None):
    """One row per article × actor × descriptor: the labels an article attaches to each actor.

    Columns: ``article_id``, ``actor``, then those of
    :class:`~biaslab.actors.Descriptor`: ``start``/``end`` (character
    offsets, end exclusive), ``text``, ``kind`` (title, possessive,
    premodifier, appositive or role), ``loaded`` (a loaded term overlaps
    it), ``loaded_terms`` (their lexicon terms, a list), ``in_quote``.
    Actors are chosen as in :func:`compare_articles`.
    """
    return _spans_frame(analysis, actors, lambda p: p.descriptors, Descriptor)


def verbs_frame(analysis, actors: Sequence[str] | str | None = None):
    """One row per article × actor × verb behind the agency counts.

    Columns: ``article_id``, ``actor``, then those of
    :class:`~biaslab.actors.VerbUse`: ``start``/``end`` (character offsets of
    the verb, end exclusive), ``text``, ``lemma``, ``role`` (subject, object
    or agent), ``passive``, ``power`` and ``agency`` (connotation-frame
    classes, missing when the verb is not in that lexicon).
    Actors are chosen as in :func:`compare_articles`.
    """
    return _spans_frame(analysis, actors, lambda p: p.agency.verbs, VerbUse)


# --- uncertainty ---------------------------------------------------------------------------------
class _Sentences:
    """An analysis's sentences as the arrays the samples need, built once per analysis and call."""

    def __init__(self, analysis):
        self.analysis = analysis
        sents = analysis.sentences
        self.starts = [s.start for s in sents]
        self.words = np.array([s.words for s in sents], dtype=float)
        self.speech = [q for q in analysis.quotes if q.kind in SPEECH_KINDS]
        self.quoted = np.zeros(len(sents))
        for q in self.speech:
            self.quoted += self.spread(q)
        self._tones: dict[int, tuple[float, float] | None] = {}
        self._voiced = None

    def of(self, offset: int) -> int:
        """Index of the sentence holding character ``offset``."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def spread(self, quote) -> np.ndarray:
        """The quotation's words per sentence (a quotation may run over several)."""
        from .segmentation import word_count

        out = np.zeros(len(self.starts))
        a, b = quote.content_start, quote.content_end
        first, last = self.of(a), self.of(max(b - 1, a))
        if first == last:
            out[first] = quote.words
            return out
        for k in range(first, last + 1):
            s = self.analysis.sentences[k]
            out[k] = word_count(self.analysis.text[max(a, s.start):min(b, s.end)])
        return out

    def tone(self, k: int) -> tuple[float, float] | None:
        """(VADER compound, TextBlob polarity) of sentence ``k`` without its quotations, as
        :class:`~biaslab.actors.Tone` averages them; None when no author text is left."""
        from .actors.profile import _author_scores  # the one definition of an actor's tone
        from .segmentation import SpanIndex

        if k not in self._tones:
            if self._voiced is None:
                self._voiced = SpanIndex(self.speech)
            s = self.analysis.sentences[k]
            self._tones[k] = _author_scores(self.analysis.text, SimpleNamespace(start=s.start, end=s.end, source=s),
                                            self._voiced)
        return self._tones[k]


def actor_samples(analysis, actor: ActorProfile | str) -> dict[str, Sample]:
    """The per-sentence numbers behind each of an actor's :data:`INTERVAL_MEASURES`.

    ``actor``: a profile of ``analysis`` or a name or alias. Keys:
    ``sentence_share``: 1 for each sentence of the article naming the actor,
    of all sentences; ``quote_share``: the actor's quoted words per
    sentence, of all words quoted in it; ``agency_score``: mentions as
    grammatical subject, of mentions, per sentence naming the actor;
    ``tone_toward``: the tone toward each scored mention
    (:attr:`~biaslab.actors.Tone.mention_scores`), summed per sentence;
    ``tone_vader_mean``, ``tone_polarity_mean``: the author's-voice score of
    each sentence naming the actor; ``loaded_near_author_per_1000``:
    author-voice loaded terms and words of each sentence naming the actor.
    Pass them to :func:`biaslab.uncertainty.interval` or
    :func:`~biaslab.uncertainty.difference`.
    """
    profile = find_actor(analysis.actors, actor) if isinstance(actor, str) else actor
    return _actor_samples(_Sentences(analysis), profile)


def _actor_samples(data: _Sentences, profile: ActorProfile) -> dict[str, Sample]:
    n = len(data.starts)
    mentions = Counter(m.sentence for m in profile.mentions)
    idx = sorted(mentions)
    words = data.words[idx]
    named = np.zeros(n)
    named[idx] = 1
    own = np.zeros(n)
    spans = set(profile.voice.spans)
    for q in data.speech:
        if (q.start, q.end) in spans:
            own += data.spread(q)
    subjects = Counter(data.of(v.start) for v in profile.agency.verbs if v.role == "subject")
    near = Counter(data.of(t.start) for t in profile.loaded_near.author)
    toward_sum, toward_n = np.zeros(n), np.zeros(n)
    for start, score in profile.tone.mention_scores:
        k = data.of(start)
        toward_sum[k] += score
        toward_n[k] += 1
    scored = [(k, data.tone(k)) for k in idx]
    scored = [(k, t) for k, t in scored if t is not None]
    scored_words = [data.words[k] for k, _ in scored]
    return {
        "sentence_share": Sample.share(named, np.ones(n), words=data.words),
        "quote_share": Sample.share(np.minimum(own, data.quoted), data.quoted, words=data.words),
        "agency_score": Sample.share([subjects[k] for k in idx], [mentions[k] for k in idx], words=words),
        "tone_toward": Sample.mean(toward_sum, counts=toward_n, words=data.words),
        "tone_vader_mean": Sample.mean([t[0] for _, t in scored], words=scored_words),
        "tone_polarity_mean": Sample.mean([t[1] for _, t in scored], words=scored_words),
        "loaded_near_author_per_1000": Sample.density([near[k] for k in idx], words),
    }


def loaded_sample(analysis, *, voice: str | None = None, category: str | None = None) -> Sample:
    """Loaded terms per 1,000 words of an article, per sentence: in one ``voice``
    (``author``/``quoted``; default both) and ``category`` (default all). A term
    counts in the sentence where it starts."""
    return _loaded_sample(_Sentences(analysis), voice, category)


def _loaded_sample(data: _Sentences, voice: str | None, category: str | None) -> Sample:
    counts = np.zeros(len(data.starts))
    for t in data.analysis.loaded_terms:
        if (voice is None or t.voice == voice) and (category is None or t.category == category):
            counts[data.of(t.start)] += 1
    return Sample.density(counts, data.words)


def article_samples(analysis) -> dict[str, Sample]:
    """The per-sentence numbers behind an article's densities, shares and means.

    ``loaded_per_1000``, ``loaded_author_per_1000``,
    ``loaded_quoted_per_1000``: loaded terms per 1,000 words (see
    :func:`loaded_sample`); ``quoted_share``: words inside direct and partial
    quotations, of all words (0–1); ``vader_mean``, ``polarity_mean``: the
    mean sentence score (as :class:`~biaslab.sentiment.SentimentSummary`).
    """
    data = _Sentences(analysis)
    sents = analysis.sentences
    return {
        **{f"loaded{'_' + v if v else ''}_per_1000": _loaded_sample(data, v, None) for v in (None, "author", "quoted")},
        "quoted_share": Sample.share(np.minimum(data.quoted, data.words), data.words, words=data.words),
        "vader_mean": Sample.mean([s.vader.compound for s in sents], words=data.words),
        "polarity_mean": Sample.mean([s.textblob.polarity for s in sents], words=data.words),
    }


@dataclass(eq=False)
class _Side:
    """One side of a comparison: an actor in an article, its first row in the table, its samples."""

    article_id: str
    row: int
    samples: dict[str, Sample]


def _pairs(sides: Sequence[_Side]) -> list[tuple[_Side, _Side]]:
    """The sides to test against each other (see :func:`compare`)."""
    if len(sides) == 2:
        return [(sides[0], sides[1])]
    by_article: dict[str, list[_Side]] = {}
    for side in sides:
        by_article.setdefault(side.article_id, []).append(side)
    return [(x[0], x[1]) for x in by_article.values() if len(x) == 2]


def _fill_uncertainty(rows: list[dict], sides: Sequence[_Side]) -> None:
    """Write ``low``/``high`` for every side and ``p_value``/``clear`` for each tested pair."""
    offset = {m: i for i, m in enumerate(MEASURES)}

    def put(side: _Side, measure: str, iv, p=None, tested=False):
        row = rows[side.row + offset[measure]]
        value = row["value"]
        if iv.enough and value is not None:  # the interval holds the (rounded) value shown beside it
            row["low"], row["high"] = min(iv.low, value), max(iv.high, value)
        if tested:
            row["p_value"], row["clear"] = (math.nan, False) if p is None else (p, p < ALPHA)

    done = set()
    for a, b in _pairs(sides):
        same = a.article_id == b.article_id
        results = [difference(a.samples[m], b.samples[m], paired=same and m in _PAIRED) for m in INTERVAL_MEASURES]
        for m, d, p in zip(INTERVAL_MEASURES, results, adjusted([d.p_value for d in results])):
            put(a, m, d.a, p, True)
            put(b, m, d.b, p, True)
        done |= {id(a), id(b)}
    for side in sides:
        if id(side) not in done:
            for m in INTERVAL_MEASURES:
                put(side, m, interval(side.samples[m]))


#: Columns of :func:`compare_loaded`.
LOADED_COLUMNS = ["article_id", "voice", "category", "value", "low", "high", "count", "words", "sentences",
                  "evidence", "p_value", "clear"]


def compare_loaded(analyses, *, categories: bool = False, against: str | None = None):
    """Loaded terms per 1,000 words of each article, by voice, with intervals and tests.

    ``analyses``: an analysis or a sequence of them. One row per article ×
    voice (``all``, ``author``, ``quoted``), and with ``categories=True`` per
    article × voice × lexicon category as well (``category`` is ``all``
    otherwise). Columns: ``article_id``, ``voice``, ``category``, ``value``
    (terms per 1,000 words of the whole article), ``low``/``high`` (its 95 %
    interval, bootstrap over sentences; NaN where there is none),
    ``count`` (terms), ``words``, ``sentences``, ``evidence`` ("3 terms in
    412 words"), then ``p_value``/``clear`` for the difference from the
    article ``against`` (an article id; default: with exactly two articles,
    the first), Benjamini–Hochberg adjusted over the rows of each article
    compared; NaN/None elsewhere.
    """
    import pandas as pd

    analyses = _analyses(analyses)
    ids = [_article_info(a)[0] for a in analyses]
    if against is None and len(analyses) == 2:
        against = ids[0]
    if against is not None and against not in ids:
        raise ValueError(f"no article {against!r} to compare against; articles: {', '.join(ids)}")
    base = ids.index(against) if against is not None else None
    cats = ["all", *dict.fromkeys(c for a in analyses for c in a.loaded_summary.counts)] if categories else ["all"]
    keys = [(v, c) for c in cats for v in ("all", "author", "quoted")]
    samples = []
    for a in analyses:
        data = _Sentences(a)
        samples.append([_loaded_sample(data, None if v == "all" else v, None if c == "all" else c) for v, c in keys])
    rows = []
    for i, article_id in enumerate(ids):
        tests = [difference(x, y) for x, y in zip(samples[i], samples[base])] if base not in (None, i) else []
        ps = adjusted([d.p_value for d in tests]) if tests else [None] * len(keys)
        for k, sample, p, d in zip(keys, samples[i], ps, tests or [None] * len(keys)):
            iv = d.a if d is not None else interval(sample)
            n, words = int(iv.count), int(iv.total)
            rows.append({"article_id": article_id, "voice": k[0], "category": k[1], "value": iv.estimate or 0.0,
                         "low": iv.low if iv.enough else math.nan, "high": iv.high if iv.enough else math.nan,
                         "count": n, "words": words, "sentences": iv.sentences,
                         "evidence": f"{_plural(n, 'term')} in {_plural(words, 'word')}",
                         "p_value": math.nan if p is None else p,
                         "clear": None if d is None else p is not None and p < ALPHA})
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)


# --- sentences -------------------------------------------------------------------------------------
def _times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _possessive(name: str) -> str:
    return name + "'s"


def _signed(x: float) -> str:
    text = f"{x:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text.replace("-", "−")


def _short_names(a: str, b: str, kinds: dict[str, str]) -> tuple[str, str]:
    """Surnames for people ("Putin"), full names otherwise or when surnames clash."""
    def short(name):
        words = name.split()
        return words[-1] if kinds.get(name) == "person" and len(words) > 1 else name
    sa, sb = short(a), short(b)
    return (a, b) if sa == sb else (sa, sb)


def _table(df_or_analysis, a: str, b: str, article_id: str | None):
    if hasattr(df_or_analysis, "actors"):
        a, b = (find_actor(df_or_analysis.actors, name).name for name in (a, b))
        df_or_analysis = compare(df_or_analysis, [a, b])
    df = df_or_analysis
    if article_id is not None:
        df = df[df["article_id"] == article_id]
    ids = list(dict.fromkeys(df["article_id"]))
    if len(ids) > 1:
        raise ValueError(f"the table holds {len(ids)} articles ({', '.join(map(str, ids[:5]))}…); "
                         "pass article_id= to choose one")
    names = list(dict.fromkeys(df["actor"]))

    def resolve(name: str) -> str:
        key = name.strip().casefold()
        exact = [n for n in names if n.casefold() == key]
        partial = [n for n in names if key in re.split(r"[\s\-]+", n.casefold())]
        found = exact or partial
        if len(found) != 1:
            raise UnknownActorError(f"no single actor {name!r} in the table; actors: {', '.join(names) or 'none'}")
        return found[0]

    a, b = resolve(a), resolve(b)
    if a == b:
        raise ValueError(f"{a!r} is compared with itself")
    values = {(r.actor, r.measure): r.value for r in df.itertuples()}
    evidence = {(r.actor, r.measure): r.evidence for r in df.itertuples()}
    tests = {}
    if len(names) == 2 and "p_value" in df:  # the table's tests are then between a and b
        for r in df[df["actor"] == a].itertuples():
            if isinstance(r.clear, (bool, np.bool_)):
                tests[r.measure] = (None if _missing(r.p_value) else float(r.p_value), bool(r.clear))
    return a, b, values, evidence, tests


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def contrast_lines(df_or_analysis, a: str, b: str, *, article_id: str | None = None) -> list[str]:
    """Plain-language contrasts between actors ``a`` and ``b``.

    ``df_or_analysis``: a table from :func:`compare` (one article, or choose
    one with ``article_id``) or an analysis. Every sentence is computed from
    the table's numbers and says what they rest on (sentences, mentions,
    words). A line ranks the two actors on space, quoted words, agency, tone
    or loaded terms only when the table's test calls the difference clear
    (see :func:`compare`); otherwise it says "no clear difference". A table
    without tests for the two (more than two actors in the article, or
    ``intervals=False``) gives the numbers without a ranking.
    """
    a, b, v, ev, tests = _table(df_or_analysis, a, b, article_id)
    kinds = {a: v.get((a, "kind")), b: v.get((b, "kind"))}
    sa, sb = _short_names(a, b, kinds)
    get = lambda who, m, default=0: default if _missing(v.get((who, m))) else v.get((who, m))  # noqa: E731
    both = lambda m: (ev.get((a, m)), ev.get((b, m)))  # noqa: E731
    ma, mb = int(get(a, "mentions")), int(get(b, "mentions"))
    lines = [_mentions_line(a, b, sa, sb, ma, mb, both("sentence_share"), tests.get("sentence_share"))]
    lines.append(_first_line(sa, sb, get(a, "first_mention", "none"), get(b, "first_mention", "none")))
    qa, qb = int(get(a, "quotes")), int(get(b, "quotes"))
    lines.append(_quotes_line(sa, sb, qa, qb, int(get(a, "quoted_words")), int(get(b, "quoted_words")),
                              tests.get("quote_share")))
    cue = _cues_line([(s, int(get(w, "quotes")), int(get(w, "loaded_cues"))) for s, w in ((sa, a), (sb, b))])
    if cue:
        lines.append(cue)
    lines.append(_descriptor_line(sa, sb, int(get(a, "loaded_descriptors")), int(get(b, "loaded_descriptors")),
                                  ev.get((a, "loaded_descriptors")), ev.get((b, "loaded_descriptors"))))
    if ma and mb:
        lines.append(_agency_line(sa, sb, int(get(a, "agency_subject")), ma, int(get(b, "agency_subject")), mb,
                                  tests.get("agency_score")))
    ta, tb = get(a, "tone_toward", None), get(b, "tone_toward", None)
    if ta is not None and tb is not None:
        lines.append(_toward_line(sa, sb, float(ta), float(tb), both("tone_toward"), tests.get("tone_toward")))
    ta, tb = get(a, "tone_vader_mean", None), get(b, "tone_vader_mean", None)
    if ta is not None and tb is not None:
        lines.append(_tone_line(sa, sb, float(ta), float(tb), both("tone_vader_mean"), tests.get("tone_vader_mean")))
    if ma and mb:
        near = "loaded_near_author_per_1000"
        lines.append(_near_line(sa, sb, int(get(a, "loaded_near_author")), int(get(b, "loaded_near_author")),
                                (get(a, near, None), get(b, near, None)), both(near), tests.get(near)))
    fa, fb = v.get((a, "dominant_frame")), v.get((b, "dominant_frame"))
    if fa and fb:
        lines.append(_frame_line(sa, sb, fa, fb))
    return [line[0].upper() + line[1:] for line in lines]


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _verdict(test: tuple[float | None, bool] | None, *, what: str = "", clear: str = "a clear difference") -> str:
    """": {clear} (p = …)." / ": no clear difference{what}." / "." where nothing was compared."""
    if test is None:
        return "."
    p, is_clear = test
    return f": {clear} ({_p(p)})." if is_clear else f": no clear difference{what}."


def _mentions_line(a, b, sa, sb, na, nb, shares=(None, None), test=None) -> str:
    if na == nb == 0:
        return f"Neither {a} nor {b} is mentioned."
    if na == nb:
        return f"{a} and {b} are mentioned {_times(na)} each: the same space."
    if nb == 0 or na == 0:
        (x, nx), y = ((a, na), b) if nb == 0 else ((b, nb), a)
        return f"{x} is mentioned {_times(nx)}; {y} is not mentioned at all."
    head = f"{a} is mentioned {_times(na)}, {b} {_times(nb)}"
    if all(shares):
        head += f" ({sa} in {shares[0]}, {sb} in {shares[1]})"
    (big, nbig), (small, nsmall) = ((sa, na), (sb, nb)) if na > nb else ((sb, nb), (sa, na))
    ratio = nbig / nsmall
    if ratio - 1 < SAME_SPACE:
        return f"{head}: about the same space."
    return head + _verdict(test, what=" in space", clear=f"{big} gets about {ratio:.1f} times the space of {small}, "
                                                         "a clear difference")


def _first_line(sa, sb, pa, pb) -> str:
    pa, pb = _POSITION.get(pa, pa), _POSITION.get(pb, pb)
    if pa == pb:
        return f"{sa} and {sb} both first appear {pa}."
    return f"{sa} first appears {pa}, {sb} {pb}."


def _quoted(n: int, words: int) -> str:
    return f"{_times(n)} ({_plural(words, 'word')})"


def _quotes_line(sa, sb, qa, qb, wa, wb, test=None) -> str:
    if qa == qb == 0:
        return f"Neither {sa} nor {sb} is quoted."
    if qb == 0 or qa == 0:
        (x, qx, wx), y = ((sa, qa, wa), sb) if qb == 0 else ((sb, qb, wb), sa)
        head = f"{x} is quoted {_quoted(qx, wx)}; {y} is not quoted"
    else:
        head = f"{sa} is quoted {_quoted(qa, wa)}, {sb} {_quoted(qb, wb)}"
    return head + _verdict(test, what=" in their share of the quoted words",
                           clear="a clear difference in their share of the quoted words")


def _cues_line(actors: list[tuple[str, int, int]]) -> str | None:
    parts = []
    for name, quotes, loaded in actors:
        if not quotes:
            continue
        quotations = "quotation" if quotes == 1 else "quotations"
        if loaded == 0:
            parts.append(f"no loaded reporting verb introduces {_possessive(name)} {quotations}")
        elif loaded == quotes:
            verb = "is" if quotes == 1 else "are all"
            parts.append(f"{_possessive(name)} {quotations} {verb} introduced with a loaded reporting verb")
        else:
            parts.append(f"{loaded} of {_possessive(name)} {quotes} quotations "
                         f"{'is' if loaded == 1 else 'are'} introduced with a loaded reporting verb")
    if not parts:
        return None
    if len(parts) == 2 and all(loaded == 0 for _, _, loaded in actors):
        (x, qx, _), (y, qy, _) = actors
        return f"No loaded reporting verb introduces any of the {qx + qy} quotations of {x} and {y}."
    return "; ".join(parts) + "."


def _examples(evidence: str | None) -> str:
    return f" ({evidence})" if evidence and evidence != "none" else ""


def _descriptor_line(sa, sb, da, db, ea, eb) -> str:
    if da == db == 0:
        return f"The author attaches no loaded descriptor to {sa} or {sb}."
    if db == 0 or da == 0:
        (x, dx, ex), y = ((sa, da, ea), sb) if db == 0 else ((sb, db, eb), sa)
        what = "a loaded descriptor" if dx == 1 else f"{dx} loaded descriptors"
        return f"The author attaches {what} to {x}{_examples(ex)} but none to {y}."
    return (f"The author attaches loaded descriptors to both: {_plural(da, 'descriptor')} to {sa}{_examples(ea)}, "
            f"{_plural(db, 'descriptor')} to {sb}{_examples(eb)}.")


def _agency_line(sa, sb, xa, ma, xb, mb, test=None) -> str:
    def part(x, m):
        return f"{x} of {_plural(m, 'mention')} ({x / m:.0%})"
    return (f"{sa} is the grammatical subject of a verb in {part(xa, ma)}, "
            f"{sb} in {part(xb, mb)}") + _verdict(test)


def _toward_line(sa, sb, ta, tb, evidence=(None, None), test=None) -> str:
    basis = [f" ({e.removesuffix(' tone toward the actor').replace(' tone toward the actor over', ',')})"
             if e else "" for e in evidence]
    head = f"Tone toward {sa} is {_signed(ta)}{basis[0]}, toward {sb} {_signed(tb)}{basis[1]}"
    return head + _verdict(test, what=" in tone toward them",
                           clear=f"more positive toward {sa if ta > tb else sb}, a clear difference")


def _tone_line(sa, sb, ta, tb, evidence=(None, None), test=None) -> str:
    basis = [f" ({e.partition(',')[0].removeprefix('mean of ')})" if e else "" for e in evidence]
    head = (f"In the author's own words, sentences mentioning {sa} average a VADER compound of {_signed(ta)}"
            f"{basis[0]}, those mentioning {sb} {_signed(tb)}{basis[1]}")
    if abs(ta - tb) < SAME_TONE:
        return head + ": about the same tone."
    return head + _verdict(test, what=" in tone", clear=f"more positive around {sa if ta > tb else sb}, "
                                                        "a clear difference")


def _near_line(sa, sb, la, lb, densities=(None, None), evidence=(None, None), test=None) -> str:
    if _missing(densities[0]) or _missing(densities[1]) or not all(evidence):  # a table without densities
        if la == lb == 0:
            return f"No loaded term in the author's voice appears in sentences mentioning {sa} or {sb}."
        return (f"Sentences mentioning {sa} hold {_plural(la, 'loaded term')} in the author's voice, "
                f"those mentioning {sb} {lb}.")
    (da, db), (ea, eb) = densities, evidence
    if la == lb == 0:
        return f"No loaded term in the author's voice appears in sentences mentioning {sa} ({ea}) or {sb} ({eb})."
    return (f"In the author's voice, sentences mentioning {sa} hold {ea} ({da:.1f} per 1,000), "
            f"those mentioning {sb} {eb} ({db:.1f} per 1,000)"
            + _verdict(test, clear=f"more loaded language around {sa if da > db else sb}, a clear difference"))


def _frame_line(sa, sb, fa, fb) -> str:
    la, lb = _FRAME_LABELS.get(fa, fa), _FRAME_LABELS.get(fb, fb)
    if fa == fb:
        return f"Sentences about {sa} and about {sb} share the same dominant frame: {la}."
    return f"The dominant frame in sentences about {sa} is {la}; about {sb}, {lb}."
