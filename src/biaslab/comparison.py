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

Limits: every number inherits the limits of the layer that produced it
(see :mod:`biaslab.actors`, :mod:`biaslab.quotes`, :mod:`biaslab.lexicon`);
the ratios in the sentences compare counts in one article and say nothing
about the importance of the people behind them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields

from .actors import ActorProfile, Descriptor, Mention, UnknownActorError, VerbUse, actor_index, find_actor
from .frames import FRAMES

__all__ = ["MEASURES", "TEXT_COLUMNS", "UnknownActorError", "compare", "compare_articles", "contrast_lines",
           "actors_frame", "mentions_frame", "descriptors_frame", "verbs_frame"]

COLUMNS = ["article_id", "actor", "measure", "value", "unit", "evidence"]
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
    "dominant_frame": "frame id",
}
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


def _measures(p: ActorProfile, n_sentences: int | None, quoted_total: int | None) -> dict[str, tuple]:
    """measure → (value, evidence) for every measure of :data:`MEASURES`."""
    pr, v, ag, t = p.prominence, p.voice, p.agency, p.tone
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
        "dominant_frame": (frame, _listing(f for f, n in p.frames.items() for _ in range(n)) or "no sentences"),
    }


def _rows(article_id: str, label: str, p: ActorProfile, n_sentences: int | None,
          quoted_total: int | None) -> list[dict]:
    values = _measures(p, n_sentences, quoted_total)
    return [{"article_id": article_id, "actor": label, "measure": m, "value": values[m][0],
             "unit": unit, "evidence": values[m][1]} for m, unit in MEASURES.items()]


def _article_info(analysis) -> tuple[str, int | None, int | None]:
    article = getattr(analysis, "article", None)
    article_id = str(getattr(article, "id", None) or "article")
    sentences = getattr(analysis, "sentences", None)
    quotes = getattr(analysis, "quotes", None)
    n = len(sentences) if sentences is not None else None
    total = (sum(getattr(q, "words", 0) or 0 for q in quotes if getattr(q, "kind", "direct") in ("direct", "partial"))
             if quotes is not None else None)
    return article_id, n, total


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
    wanted: list[str] | None = None
    if actors is not None:
        every = [p for a in analyses for p in a.actors]
        wanted = []
        for name in actors:
            p = find_actor(every, name)
            if p.name not in wanted:
                wanted.append(p.name)
    chosen = []
    for analysis in analyses:
        own = {p.name: p for p in analysis.actors}
        if wanted is None:
            chosen.append((analysis, list(own.items())))
            continue
        index = actor_index(analysis.actors)
        # the same actor may carry another canonical name in another article
        chosen.append((analysis, [(name, own.get(name) or index.get(name.casefold()) or ActorProfile(name=name))
                                  for name in wanted]))
    return chosen


def compare(analysis, actors: Sequence[str] | str | None = None):
    """Tidy comparison table: one row per actor and measure.

    ``analysis``: a :class:`biaslab.Analysis` (anything with ``.article.id``
    and ``.actors``), or a sequence of them (then as :func:`compare_articles`).
    ``actors``: names or aliases to keep, in that order; default all actors.
    Columns: ``article_id``, ``actor``, ``measure`` (see :data:`MEASURES`),
    ``value`` (a number, a category or None), ``unit``, ``evidence``.
    """
    return compare_articles(_analyses(analysis), actors)


def compare_articles(analyses: Iterable, actors: Sequence[str] | str | None = None):
    """:func:`compare` across articles: one row per article × actor × measure.

    An actor named in ``actors`` must be known to at least one article; where
    an article does not know it, its rows hold zero counts and empty means.
    """
    import pandas as pd

    rows: list[dict] = []
    for analysis, chosen in _selection(list(analyses), actors):
        article_id, n_sentences, quoted_total = _article_info(analysis)
        for label, profile in chosen:
            rows.extend(_rows(article_id, label, profile, n_sentences, quoted_total))
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
        article_id, n_sentences, quoted_total = _article_info(a)
        for label, p in chosen:
            values = _measures(p, n_sentences, quoted_total)
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
    return a, b, values, evidence


def contrast_lines(df_or_analysis, a: str, b: str, *, article_id: str | None = None) -> list[str]:
    """Plain-language contrasts between actors ``a`` and ``b``.

    ``df_or_analysis``: a table from :func:`compare` (one article, or choose
    one with ``article_id``) or an analysis. Every sentence is computed from
    the table's numbers.
    """
    a, b, v, ev = _table(df_or_analysis, a, b, article_id)
    kinds = {a: v.get((a, "kind")), b: v.get((b, "kind"))}
    sa, sb = _short_names(a, b, kinds)
    get = lambda who, m, default=0: default if v.get((who, m)) is None else v.get((who, m))  # noqa: E731
    lines = [_mentions_line(a, b, sa, sb, int(get(a, "mentions")), int(get(b, "mentions")))]
    lines.append(_first_line(sa, sb, get(a, "first_mention", "none"), get(b, "first_mention", "none")))
    qa, qb = int(get(a, "quotes")), int(get(b, "quotes"))
    lines.append(_quotes_line(sa, sb, qa, qb, int(get(a, "quoted_words")), int(get(b, "quoted_words"))))
    cue = _cues_line([(s, int(get(w, "quotes")), int(get(w, "loaded_cues"))) for s, w in ((sa, a), (sb, b))])
    if cue:
        lines.append(cue)
    lines.append(_descriptor_line(sa, sb, int(get(a, "loaded_descriptors")), int(get(b, "loaded_descriptors")),
                                  ev.get((a, "loaded_descriptors")), ev.get((b, "loaded_descriptors"))))
    ma, mb = int(get(a, "mentions")), int(get(b, "mentions"))
    if ma and mb:
        lines.append(_agency_line(sa, sb, int(get(a, "agency_subject")), ma, int(get(b, "agency_subject")), mb))
    ta, tb = v.get((a, "tone_vader_mean")), v.get((b, "tone_vader_mean"))
    if ta is not None and tb is not None:
        lines.append(_tone_line(sa, sb, float(ta), float(tb)))
    la, lb = int(get(a, "loaded_near_author")), int(get(b, "loaded_near_author"))
    if ma and mb:
        lines.append(_near_line(sa, sb, la, lb))
    fa, fb = v.get((a, "dominant_frame")), v.get((b, "dominant_frame"))
    if fa and fb:
        lines.append(_frame_line(sa, sb, fa, fb))
    return [line[0].upper() + line[1:] for line in lines]


def _mentions_line(a, b, sa, sb, na, nb) -> str:
    if na == nb == 0:
        return f"Neither {a} nor {b} is mentioned."
    if na == nb:
        return f"{a} and {b} are mentioned {_times(na)} each: the same space."
    if nb == 0 or na == 0:
        (x, nx), y = ((a, na), b) if nb == 0 else ((b, nb), a)
        return f"{x} is mentioned {_times(nx)}; {y} is not mentioned at all."
    head = f"{a} is mentioned {_times(na)}, {b} {_times(nb)}"
    (big, nbig), (small, nsmall) = ((sa, na), (sb, nb)) if na > nb else ((sb, nb), (sa, na))
    ratio = nbig / nsmall
    if ratio - 1 < SAME_SPACE:
        return f"{head}: about the same space."
    return f"{head}: {big} gets about {ratio:.1f} times the space of {small}."


def _first_line(sa, sb, pa, pb) -> str:
    pa, pb = _POSITION.get(pa, pa), _POSITION.get(pb, pb)
    if pa == pb:
        return f"{sa} and {sb} both first appear {pa}."
    return f"{sa} first appears {pa}, {sb} {pb}."


def _quoted(n: int, words: int) -> str:
    return f"{_times(n)} ({_plural(words, 'word')})"


def _quotes_line(sa, sb, qa, qb, wa, wb) -> str:
    if qa == qb == 0:
        return f"Neither {sa} nor {sb} is quoted."
    if qb == 0 or qa == 0:
        (x, qx, wx), y = ((sa, qa, wa), sb) if qb == 0 else ((sb, qb, wb), sa)
        return f"{x} is quoted {_quoted(qx, wx)}; {y} is not quoted."
    return f"{sa} is quoted {_quoted(qa, wa)}, {sb} {_quoted(qb, wb)}."


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


def _agency_line(sa, sb, xa, ma, xb, mb) -> str:
    def part(x, m):
        return f"{x} of {_plural(m, 'mention')} ({x / m:.0%})"
    return (f"{sa} is the grammatical subject of a verb in {part(xa, ma)}, "
            f"{sb} in {part(xb, mb)}.")


def _tone_line(sa, sb, ta, tb) -> str:
    head = (f"In the author's own words, sentences mentioning {sa} average a VADER compound of {_signed(ta)}, "
            f"those mentioning {sb} {_signed(tb)}")
    if abs(ta - tb) < SAME_TONE:
        return head + ": about the same tone."
    return head + f": more positive around {sa if ta > tb else sb}."


def _near_line(sa, sb, la, lb) -> str:
    if la == lb == 0:
        return f"No loaded term in the author's voice appears in sentences mentioning {sa} or {sb}."
    return (f"Sentences mentioning {sa} hold {_plural(la, 'loaded term')} in the author's voice, "
            f"those mentioning {sb} {lb}.")


def _frame_line(sa, sb, fa, fb) -> str:
    la, lb = _FRAME_LABELS.get(fa, fa), _FRAME_LABELS.get(fb, fb)
    if fa == fb:
        return f"Sentences about {sa} and about {sb} share the same dominant frame: {la}."
    return f"The dominant frame in sentences about {sa} is {la}; about {sb}, {lb}."
