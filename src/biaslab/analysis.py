"""One call from an article to every measure: :func:`analyze`.

The pipeline, in order, with the module that owns each step:

1. segmentation — paragraphs and sentences (:mod:`biaslab.segmentation`);
2. sentiment — VADER and TextBlob per sentence (:mod:`biaslab.sentiment`);
3. quotations — direct, partial and scare quotes with speakers and
   reporting verbs (:mod:`biaslab.quotes`);
4. loaded language — lexicon matches, each assigned to the author's or a
   speaker's voice (:mod:`biaslab.lexicon`);
5. frames — Policy Frames Codebook cues per sentence (:mod:`biaslab.frames`);
6. actors — mentions, descriptors, voice, agency, tone (:mod:`biaslab.actors`).

The result, :class:`Analysis`, keeps every span with its offsets into the
article text, so each number can be traced back to the words behind it.
``Analysis.to_dict()`` is exactly the JSON object ``biaslab analyze`` prints.
"""
from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import cache, cached_property
from pathlib import Path

from . import __version__
from .actors import (
    ActorProfile, LoadedNear, credit_speakers, find_actor, profile_actors, resolve_names, speaker_candidates,
)
from .clauses import parse
from .corpus import MAX_CHARS, Article, article_from_text, check_size, load_article
from .frames import FrameProfile, score_frames
from .lexicon import Lexicon, LoadedSummary, LoadedTerm, attach_voice, density, find_loaded_terms, load_lexicon
from .lexicon.sentences import SentenceLoading, score_sentences
from .quotes import KINDS, SPEECH_KINDS, Quote, find_quotes, speaker_summary
from .segmentation import Sentence, Span, SpanIndex, paragraphs, sentences, word_count
from .sentiment import SentimentSummary, TextBlobScores, VaderScores, score_sentence, summarize

__all__ = ["Analysis", "SentenceAnalysis", "analyze"]


@dataclass(frozen=True, slots=True)
class SentenceAnalysis(Sentence):
    """A sentence with its sentiment scores, its length in ``words`` and how loaded its wording is
    (``loaded``: score and terms, :mod:`biaslab.lexicon.sentences`)."""

    words: int = 0
    vader: VaderScores | None = None
    textblob: TextBlobScores | None = None
    loaded: SentenceLoading = SentenceLoading()

    def to_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text,
            "paragraph": self.paragraph, "heading": self.heading, "words": self.words,
            "vader": {"compound": self.vader.compound, "pos": self.vader.pos,
                      "neu": self.vader.neu, "neg": self.vader.neg},
            "textblob": {"polarity": self.textblob.polarity, "subjectivity": self.textblob.subjectivity},
            "loaded": self.loaded.to_dict(),
        }


@dataclass(frozen=True)
class Analysis:
    """Everything biaslab measured on one article.

    All spans (``paragraphs``, ``sentences``, ``quotes``, ``loaded_terms``, the
    actors' mentions and descriptors, frame cues) carry ``start``/``end``
    offsets into ``article.text``.
    """

    article: Article
    paragraphs: tuple[Span, ...]
    sentences: tuple[SentenceAnalysis, ...]
    sentiment: SentimentSummary
    quotes: tuple[Quote, ...]
    loaded_terms: tuple[LoadedTerm, ...]
    frames: FrameProfile
    actors: tuple[ActorProfile, ...]
    lexicon_version: str

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def words(self) -> int:
        return self.sentiment.words

    @cached_property
    def loaded_summary(self) -> LoadedSummary:
        """Loaded-term counts and per-1,000-word densities by category and voice."""
        return density(self.loaded_terms, self.words)

    @cached_property
    def summary(self) -> dict:
        """Headline metrics: sentiment, loaded language by voice, quotes, frames."""
        kinds = {k: sum(q.kind == k for q in self.quotes) for k in KINDS}
        return {
            "sentiment": self.sentiment.to_dict(),
            "paragraphs": len(self.paragraphs),
            "loaded": self.loaded_summary.to_dict(),
            "quotes": {"total": len(self.quotes), **kinds,
                       "quoted_words": sum(q.words for q in self.quotes if q.kind in SPEECH_KINDS)},
            "speakers": {k: v.to_dict() for k, v in speaker_summary(self.quotes).items()},
            "dominant_frame": self.frames.dominant,
        }

    def actor(self, name: str) -> ActorProfile:
        """The profile of an actor, by canonical name or alias (case-insensitive);
        :class:`~biaslab.actors.UnknownActorError` (a KeyError) lists the known ones."""
        return find_actor(self.actors, name)

    def to_dict(self) -> dict:
        """The JSON object printed by ``biaslab analyze`` (see the README for its keys)."""
        meta = self.article.metadata()
        return {
            "id": meta.pop("id"),
            "title": meta.pop("title"),
            "metadata": meta,
            "biaslab_version": __version__,
            "lexicon_version": self.lexicon_version,
            "summary": self.summary,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "loaded_terms": [t.to_dict() for t in self.loaded_terms],
            "actors": [a.to_dict() for a in self.actors],
            "frames": self.frames.to_dict(),
        }

    # -- tidy tables for notebooks -------------------------------------------------
    def sentences_frame(self):
        """One row per sentence: offsets, text, VADER and TextBlob scores, primary frame,
        its loaded terms counted by voice (author / quoted), and ``loaded_score``, how loaded its wording
        is (0-1; biased from :data:`biaslab.lexicon.sentences.BIASED_AT`)."""
        import pandas as pd

        primary = {f.start: f.primary for f in self.frames.sentences}
        terms = SpanIndex(self.loaded_terms)
        rows = []
        for i, s in enumerate(self.sentences):
            d = s.to_dict()
            inside = [t for t in terms.overlapping(s.start, s.end) if s.start <= t.start]
            rows.append({"sentence": i, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                         "heading": s.heading, "words": s.words, "text": s.text,
                         **{f"vader_{k}": v for k, v in d["vader"].items()},
                         **d["textblob"], "frame": primary.get(s.start, "other"),
                         "loaded_author": sum(t.voice == "author" for t in inside),
                         "loaded_quoted": sum(t.voice == "quoted" for t in inside), "loaded_score": s.loaded.score})
        return pd.DataFrame(rows)

    def quotes_frame(self):
        """One row per quotation (same columns when there is none)."""
        return _table([q.to_dict() for q in self.quotes], Quote)

    def terms_frame(self):
        """One row per loaded-term match, with its voice (same columns when there is none)."""
        return _table([{**t.to_dict(), "voice": t.voice} for t in self.loaded_terms], LoadedTerm, ("voice",))

    def _repr_html_(self) -> str:
        from .render import render_analysis

        return render_analysis(self)

    def summary_view(self):
        """Headline metrics, key figures and the highlighted text, for a notebook cell."""
        from .render import summary_view

        return summary_view(self)


def _with_terms(profiles: tuple[ActorProfile, ...], terms: tuple[LoadedTerm, ...]) -> tuple[ActorProfile, ...]:
    """Profiles whose nearby loaded terms carry the final speakers of ``terms``."""
    final = {(t.start, t.end, t.term): t for t in terms}
    update = lambda ts: tuple(final.get((t.start, t.end, t.term), t) for t in ts)  # noqa: E731
    return tuple(replace(p, loaded_near=LoadedNear(update(p.loaded_near.author), update(p.loaded_near.quoted)))
                 for p in profiles)


def _table(rows: list[dict], record_type, extra: tuple[str, ...] = ()):
    """A DataFrame of ``rows``; with no rows, still the columns of ``record_type``."""
    import pandas as pd

    if rows:
        return pd.DataFrame(rows)
    return pd.DataFrame(columns=[f.name for f in fields(record_type)] + list(extra))


def _as_article(text_or_article: str | Path | Article, actors, title) -> Article:
    if isinstance(text_or_article, Article):
        article = text_or_article
    elif isinstance(text_or_article, Path):
        article = load_article(text_or_article)
    elif isinstance(text_or_article, str):
        article = article_from_text(text_or_article, title=title)
    else:
        raise TypeError("analyze() takes article text, a pathlib.Path or an Article")
    if actors:
        merged = {**article.actors, **{k: tuple(v) for k, v in actors.items()}}
        article = Article(**{**article.__dict__, "actors": merged})
    return article


def _as_lexicon(lexicons) -> Lexicon:
    if isinstance(lexicons, Lexicon):
        return lexicons
    return load_lexicon(tuple(lexicons or ()))


@contextmanager
def _cyclic_gc_paused():
    """Python's cyclic garbage collector paused (reference counting still frees every object).

    An analysis allocates hundreds of thousands of short-lived containers (tokens, phrases,
    feature items) and leaves no reference cycles behind (``tests/test_analysis.py`` checks
    that), so every collection those allocations trigger finds nothing to free, and each full
    one walks every object the process holds, the loaded lexicons and models included: 7-8% of
    the CPU time of analysing real articles, 2% with the collector paused (the one collection
    after each analysis; ``benchmarks/README.md``). Afterwards the collector is enabled again,
    unless the caller had disabled it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@_cyclic_gc_paused()
def analyze(
    text_or_article: str | Path | Article,
    *,
    actors: Mapping[str, Sequence[str]] | None = None,
    lexicons: Lexicon | Sequence[str | Path] | None = None,
    title: str | None = None,
    max_chars: int | None = MAX_CHARS,
) -> Analysis:
    """Analyse one article.

    ``text_or_article``: the article text (TOML front matter allowed), a
    :class:`pathlib.Path` to a text file, or an :class:`~biaslab.corpus.Article`.
    ``actors``: extra or overriding declared actors, ``{name: [aliases]}``.
    ``lexicons``: user lexicon files that extend or override the default
    lexicon, or a ready :class:`~biaslab.lexicon.Lexicon`.
    ``max_chars``: a longer text raises :class:`~biaslab.corpus.InputError`
    (default :data:`biaslab.corpus.MAX_CHARS`; ``None``: no limit).
    """
    article = _as_article(text_or_article, actors, title)
    check_size(article.text, max_chars=max_chars)
    lexicon = _as_lexicon(lexicons)
    text = article.text
    paras = paragraphs(text)
    sents = []
    for s in sentences(text, paras=paras):
        vader, blob = score_sentence(s.text)
        sents.append(SentenceAnalysis(s.start, s.end, s.text, s.paragraph, s.heading,
                                      word_count(s.text), vader, blob))
    found_terms = find_loaded_terms(text, lexicon=lexicon)  # before the parse: its work never on top of it
    parsed = parse(text, sents)  # tagged, chunked and linked once, for every layer below
    # the people first (names, aliases, role nouns), so that speakers and he/she resolve to them
    names = resolve_names(list(parsed.sentences), article.actors, True)
    quotes = tuple(find_quotes(text, actors=article.actors, parsed=parsed, people=speaker_candidates(names)))
    del parsed  # from here on held by names only, which profile_actors releases sentence by sentence
    terms = tuple(attach_voice(found_terms, quotes))
    del found_terms
    # scored when profile_actors asks, once the parse is released: never both held at once (memory, issue 15)
    frames_later = cache(lambda: score_frames(sents))
    profiles = tuple(profile_actors(text, sents, quotes=quotes, loaded_terms=terms, frames=frames_later,
                                    declared=article.actors, detect=True, names=names))
    frames = frames_later()
    # Speakers the quote finder left as phrases but the actor layer identified
    # (a detected "Gen. Sergey Surovikin") are credited to that actor everywhere.
    credited = credit_speakers(quotes, profiles)
    if credited != quotes:
        quotes = credited
        terms = tuple(attach_voice(terms, quotes))
        profiles = _with_terms(profiles, terms)
    return Analysis(
        article=article,
        paragraphs=tuple(paras),
        sentences=tuple(replace(s, loaded=x) for s, x in zip(sents, score_sentences(sents, terms))),
        sentiment=summarize([(s.vader, s.textblob) for s in sents], [s.words for s in sents]),
        quotes=quotes,
        loaded_terms=terms,
        frames=frames,
        actors=profiles,
        lexicon_version=lexicon.version,
    )
