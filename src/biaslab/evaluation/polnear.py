"""Quotations and their speakers against PolNeAR.

Corpus
------
Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for Political News", LREC (PolNeAR):
2016 US election news from seven outlets with every attribution annotated as Source, Cue and Content
spans (brat standoff, :mod:`~biaslab.evaluation.brat`). Layout read here::

    PATH/<split>/text/<article>.txt
    PATH/<split>/attributions/<article>_<annotator>.ann    (one or more per article)

``PATH`` is the PolNeAR folder and ``split`` ``train`` (tune on it) or ``dev`` (report on it); a
``PATH`` that itself holds ``text/`` and ``attributions/`` is read as one split, named after the folder.
Where several annotators' files exist for an article, the lexicographically first is read (the others
are counted as ``annotator_files_ignored``), so the choice is deterministic. An article without an
``.ann`` file is skipped and counted. Attributions are the events of type ``Attribution`` and
``Attribution-no-source``; their Source, Cue and Content may be discontinuous (every fragment counts).

Gold quotations
---------------
A *gold quotation* is an attribution whose Content holds a quotation mark (:func:`quotation_mark`):
a double mark “ ” or ", two apostrophes ``''`` (the double mark of some wire copy, e.g. PolNeAR's New
York Times articles), or a *pair* of single marks ‘…’ / '…' — an opening mark at a word start and a
later closing mark that is not an apostrophe inside a word (so "Trump’s" and "don't" alone never
make a quotation; headline-style ‘Absolutely Wrong’ does). PolNeAR's Contents include their marks.

Figures
-------
*Found quotations* are biaslab's quotes of a kind in :data:`~biaslab.quotes.SPEECH_KINDS` (direct,
partial), compared by their content (inside the marks).

* **Quotation P/R/F1** by overlap (:func:`~biaslab.evaluation.overlap_scores`): a found quotation is
  correct if its content overlaps a gold quotation's Content; a gold quotation is found if a found
  quotation overlaps it. Also recall by mark style.
* **Speaker accuracy** (the headline, issue 11's definition) on the found quotations matched to a gold
  quotation with a Source (the gold quotation overlapping it most; ties: one with a Source, then the
  shortest Content, so the inner of nested attributions). A gold Source is *named* (a name or a
  description) or a *pronoun* (:func:`source_kind`: personal, or relative such as "who"). For a named
  Source the speaker is right if
  (a) the predicted speaker phrase (``speaker_start``–``speaker_end``) overlaps the gold Source, unless
  the phrase is a pronoun that biaslab resolved to someone the Source does not name; or
  (b) the predicted speaker (``Quote.speaker``: the actor's name or the phrase) names the Source by
  :func:`~biaslab.evaluation.speakers.same_speaker` (shared surname or head noun).
  Where the project annotated by hand what a named Source refers to (dev's descriptions, "the
  president", "Moss's spokeswoman", and names with a title or description around them), that decides
  instead: the speaker is right if it names the annotated entity (``by_span`` on the Source, else
  ``by_antecedent``) or is the Source's own words left unresolved, and wrong otherwise: "Ann Moss" for
  "the mayor" who is Ann Moss no longer fails, and "a director" for "the director" who is someone else
  no longer passes by the shared head noun.
  For a pronoun Source it is right if (a) an unresolved pronoun is given at the Source ("he" for "he",
  counted as ``unresolved_pronoun``; ``accuracy_resolved`` counts it wrong), or (c) the predicted
  speaker names the person the pronoun refers to. PolNeAR has no coreference annotation: for dev the
  project annotated that person by hand (:mod:`~biaslab.evaluation.annotated`, used wherever its table
  covers the article's text); elsewhere it is approximated by
  :func:`~biaslab.evaluation.referents.pronoun_referents` from the gold
  Sources and the article's names (people only, of a compatible gender, nearest first, within two
  paragraphs; of the names in the text the first of the last sentence naming one; relative pronouns: the phrase before them). Where it finds nobody (and for I, we,
  you, they, it) the referent is **undetermined**: such a quotation is counted as ``undetermined`` and
  left out of the accuracy, unless (a) applies or no speaker is given (wrong in any case).
  Wrong speakers are split into *no speaker* and *other speaker* (``wrong_resolution`` of them: a
  pronoun resolved to the wrong person).
* **Speaker accuracy by gold Source** (``speakers_by_source``: named, pronoun), **next to a reporting
  verb** (``speakers_adjacent``: a reporting verb at most four words from the quotation, in textacy's
  sentence window, :func:`~biaslab.evaluation.reporting.adjacent_verb`: the quotations a textacy-style
  tool attempts, to compare with its reference point), and **by the nearest-source rule**
  (``speakers_nearest_source``): every speaker judged as before this approximation, with the
  antecedent of a personal-pronoun Source taken as the nearest earlier Source that is not a pronoun
  (:func:`nearest_sources`), relative pronouns read as names and nothing undetermined; **by the
  approximate referents only** (``speakers_approximate_referents``: no hand annotation at all, so named
  Sources judged by their words), where hand-annotated ones exist.
* **Reporting verb but no speaker**: found quotations without a speaker although a reporting verb in
  verbal use (:class:`~biaslab.evaluation.reporting.VerbFinder`: tagged as a verb, a form of biaslab's
  table, or "according to"; not an agentless passive, an idiom or a heading word), outside every
  quotation, stands in the quotation's sentence or its introducing sentence (the sentence before, when
  the quotation opens its own). Target: 0.
* **Scare quotes outside attributions**: of biaslab's ``scare`` quotes, the share whose content
  overlaps no Content of any attribution (quoted or not). A scare quote inside attributed content is
  more likely the source's words, quoted in part.
* **Baseline** (:func:`~biaslab.evaluation.baselines.mark_quotes`) scored by the same rules.

The pronoun approximation was checked against a human reading of train samples (agreement in
``docs/validity.md``); the verb test only on the project's own test sentences.

Reference point: textacy's ``extract.triples.direct_quotations`` (spaCy) gets about 0.91 of the speakers
right on the quotations it finds (issue 11). PolNeAR's authors report inter-annotator agreement, not
a system score.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path

from ..quotes import SPEECH_KINDS
from .annotated import annotated_referents
from .baselines import mark_quotes
from .brat import parse_brat
from .common import CorpusError, analyze_exact, context_of, parallel_map, read_corpus_text
from .metrics import PRF, Accuracy, Span, match_spans, overlaps
from .referents import RELATIVE_PRONOUNS, pronoun_referents
from .reporting import VerbFinder, adjacent_verb, introducing_window
from .speakers import PRONOUNS, is_pronoun, same_speaker

__all__ = ["MARK_STYLES", "SOURCE_KINDS", "ATTRIBUTION_TYPES", "Attribution", "PolNeARArticle", "SpeakerScores", "QuotationScores",
           "PolNeAREvaluation", "quotation_mark", "read_polnear", "evaluate_polnear", "source_kind", "nearest_sources"]

#: Quotation-mark styles of gold quotations (see :func:`quotation_mark`).
MARK_STYLES = ("double", "two_apostrophes", "single")
#: Event types that are attributions in PolNeAR.
ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")
#: Kinds of gold Source by which speaker accuracy is split: a name or description, or a pronoun
#: (personal or relative).
SOURCE_KINDS = ("named", "pronoun")
#: Possessive determiners: a Source opening with one ("his campaign") is not taken as an antecedent.
POSSESSIVE_PRONOUNS = frozenset("my our your his her its their".split())
#: Longest text kept in an error record (characters).
MAX_ERROR_TEXT = 400

_DOUBLE = re.compile(r"[“”\"]")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\s'])")
_SINGLE_CLOSE = re.compile(r"[’']")
_ANN_NAME = re.compile(r"(.+?)(?:_[0-9A-Za-z]+)?\.ann\Z")


def quotation_mark(content: str) -> str | None:
    """The mark style that makes ``content`` a quotation (``"double"``, ``"two_apostrophes"``,
    ``"single"``), or None (see the module docstring)."""
    if _DOUBLE.search(content):
        return "double"
    if "''" in content:
        return "two_apostrophes"
    for m in _SINGLE_OPEN.finditer(content):
        for c in _SINGLE_CLOSE.finditer(content, m.end()):
            j = c.start()
            before, after = content[j - 1], content[j + 1:j + 2]
            if not before.isspace() and not (before.isalnum() and after.isalpha()):
                return "single"
    return None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One annotated attribution: ``id`` (the event id), its ``source``, ``cue`` and ``content``
    fragments, and ``mark``: the quotation-mark style of its content (None: not a quotation)."""

    id: str
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    mark: str | None = None


@dataclass(frozen=True)
class PolNeARArticle:
    """One article: ``name`` (file stem), ``text``, ``annotation`` (the ``.ann`` file read) and its
    ``attributions`` in file order."""

    name: str
    text: str
    annotation: str
    attributions: tuple[Attribution, ...] = ()

    @property
    def quotations(self) -> tuple[Attribution, ...]:
        """The gold quotations: attributions whose Content holds a quotation mark."""
        return tuple(a for a in self.attributions if a.mark)


def _split_folder(path: Path, split: str) -> tuple[Path, str]:
    if (path / "text").is_dir() and (path / "attributions").is_dir():
        return path, path.name
    if split not in ("train", "dev"):
        raise CorpusError(f"unknown split {split!r} for polnear (expected train or dev)")
    if not path.is_dir():
        raise CorpusError(f"{path}: no such folder (expected the PolNeAR folder with train/ and dev/)")
    folder = path / split
    if not ((folder / "text").is_dir() and (folder / "attributions").is_dir()):
        raise CorpusError(f"{path}: not a PolNeAR folder (expected {split}/text and {split}/attributions)")
    return folder, split


def _article(name: str, text: str, ann_path: Path) -> PolNeARArticle:
    doc = parse_brat(read_corpus_text(ann_path), text_length=len(text), where=str(ann_path))
    attributions = []
    for e in doc.events:
        if e.type not in ATTRIBUTION_TYPES:
            continue
        content = doc.spans(e.role("Content"))
        mark = quotation_mark(" ".join(text[a:b] for a, b in content)) if content else None
        attributions.append(Attribution(e.id, doc.spans(e.role("Source")), doc.spans(e.role("Cue")), content, mark))
    return PolNeARArticle(name, text, ann_path.name, tuple(attributions))


def read_polnear(path: str | Path, *, split: str = "dev") -> tuple[list[PolNeARArticle], dict[str, int]]:
    """The annotated articles of ``split`` under ``path`` (see the module docstring), sorted by name,
    and counts of what was skipped: ``{"split", "without_annotation", "annotator_files_ignored"}``
    (``split`` is the folder read)."""
    folder, name = _split_folder(Path(path), split)
    anns: dict[str, list[Path]] = {}
    for p in (folder / "attributions").iterdir():
        m = _ANN_NAME.match(p.name)
        if m:
            anns.setdefault(m.group(1), []).append(p)
    texts = sorted(p for p in (folder / "text").iterdir() if p.suffix == ".txt")
    if not texts:
        raise CorpusError(f"{folder / 'text'}: no .txt files")
    articles, missing, ignored = [], 0, 0
    for t in texts:
        files = sorted(anns.get(t.stem, []), key=lambda p: p.name)
        if not files:
            missing += 1
            continue
        ignored += len(files) - 1
        articles.append(_article(t.stem, read_corpus_text(t), files[0]))
    return articles, {"split": name, "without_annotation": missing, "annotator_files_ignored": ignored}


# ---------------------------------------------------------------------------------------------- scores
@dataclass(frozen=True)
class SpeakerScores:
    """Speakers of the found quotations matched to a gold quotation with a Source (counts ≥ 0).

    Right: ``by_span`` (rule a), ``by_name`` (b), ``by_antecedent`` (c), first rule that applies;
    ``unresolved_pronoun``: of the right ones, a pronoun left as written. Wrong: ``no_speaker``,
    ``other_speaker`` (``wrong_resolution`` of them: a pronoun resolved to the wrong person).
    ``undetermined``: the gold Source is a pronoun whose referent the evaluation cannot determine and
    the prediction names someone (not judged). ``no_gold_source``: matched quotations whose gold
    quotation has no Source (not judged).
    ``accuracy`` = right / (right + wrong) in [0, 1]; ``accuracy_resolved`` counts unresolved
    pronouns as wrong.
    """

    by_span: int = 0
    by_name: int = 0
    by_antecedent: int = 0
    unresolved_pronoun: int = 0
    no_speaker: int = 0
    other_speaker: int = 0
    wrong_resolution: int = 0
    undetermined: int = 0
    no_gold_source: int = 0

    @property
    def right(self) -> int:
        return self.by_span + self.by_name + self.by_antecedent

    @property
    def accuracy(self) -> Accuracy:
        return Accuracy(self.right, self.right + self.no_speaker + self.other_speaker)

    @property
    def accuracy_resolved(self) -> Accuracy:
        return Accuracy(self.right - self.unresolved_pronoun, self.right + self.no_speaker + self.other_speaker)

    def __add__(self, other: SpeakerScores) -> SpeakerScores:
        return SpeakerScores(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def to_dict(self) -> dict:
        return {"accuracy": self.accuracy.to_dict(), "accuracy_resolved": self.accuracy_resolved.to_dict(),
                **{f.name: getattr(self, f.name) for f in fields(self)}}


def _speaker_table(keys: Sequence[str]) -> Callable[[], dict[str, SpeakerScores]]:
    return lambda: dict.fromkeys(keys, SpeakerScores())


@dataclass(frozen=True)
class QuotationScores:
    """One quotation finder on gold quotations: ``quotations`` (P/R/F1 by overlap), ``speakers`` (the
    headline); by the mark style of the gold quotation (:data:`MARK_STYLES`): ``recall_by_mark`` (gold
    quotations found) and ``speakers_by_mark``; ``speakers_by_source``: by the kind of gold Source
    (:data:`SOURCE_KINDS`: a name or description, or a pronoun); ``speakers_adjacent``: the found
    quotations with a reporting verb next to them, the ones a textacy-style tool attempts
    (:func:`~biaslab.evaluation.reporting.adjacent_verb`);
    ``speakers_nearest_source``: all speakers judged with the earlier antecedent rule (a pronoun's
    antecedent is the nearest earlier Source, see :func:`nearest_sources`), for comparison;
    ``speakers_approximate_referents``: all speakers judged with the approximate pronoun referents only
    (:func:`approximate_referents`) and named Sources by their words, where the headline uses
    hand-annotated referents."""

    quotations: PRF = field(default_factory=PRF)
    speakers: SpeakerScores = field(default_factory=SpeakerScores)
    recall_by_mark: dict[str, Accuracy] = field(default_factory=lambda: dict.fromkeys(MARK_STYLES, Accuracy()))
    speakers_by_mark: dict[str, SpeakerScores] = field(default_factory=_speaker_table(MARK_STYLES))
    speakers_by_source: dict[str, SpeakerScores] = field(default_factory=_speaker_table(SOURCE_KINDS))
    speakers_adjacent: SpeakerScores = field(default_factory=SpeakerScores)
    speakers_nearest_source: SpeakerScores = field(default_factory=SpeakerScores)
    speakers_approximate_referents: SpeakerScores = field(default_factory=SpeakerScores)

    def __add__(self, other: QuotationScores) -> QuotationScores:
        return QuotationScores(self.quotations + other.quotations, self.speakers + other.speakers,
                               {k: self.recall_by_mark[k] + other.recall_by_mark[k] for k in MARK_STYLES},
                               {k: self.speakers_by_mark[k] + other.speakers_by_mark[k] for k in MARK_STYLES},
                               {k: self.speakers_by_source[k] + other.speakers_by_source[k] for k in SOURCE_KINDS},
                               self.speakers_adjacent + other.speakers_adjacent,
                               self.speakers_nearest_source + other.speakers_nearest_source,
                               self.speakers_approximate_referents + other.speakers_approximate_referents)

    def to_dict(self) -> dict:
        return {"quotations": self.quotations.to_dict(), "speakers": self.speakers.to_dict(),
                "recall_by_mark": {k: v.to_dict() for k, v in self.recall_by_mark.items()},
                "speakers_by_mark": {k: v.to_dict() for k, v in self.speakers_by_mark.items()},
                "speakers_by_source": {k: v.to_dict() for k, v in self.speakers_by_source.items()},
                "speakers_adjacent": self.speakers_adjacent.to_dict(),
                "speakers_nearest_source": self.speakers_nearest_source.to_dict(),
                "speakers_approximate_referents": self.speakers_approximate_referents.to_dict()}


@dataclass(frozen=True)
class PolNeAREvaluation:
    """``biaslab evaluate polnear`` (figures explained in the module docstring).

    ``split``: the folder read; ``articles``: articles evaluated; ``skipped``: articles without an
    annotation file and annotator files not read; ``gold``: counts of attributions, gold quotations,
    those with a Source, by mark style, and those whose Source is a pronoun (``quotations_pronoun_source``)
    with the referent undetermined (``pronoun_source_undetermined``), those whose referent is
    hand-annotated (``pronoun_referents_annotated``) and of these the ones where the approximation
    names the same entity (``approximation_agrees``) or nobody (``approximation_undetermined``), and
    those with a named Source whose referent is hand-annotated (``described_referents_annotated``);
    ``system``/``baseline``:
    :class:`QuotationScores` of biaslab and of the mark baseline;
    ``without_speaker``: found quotations without a speaker; ``verb_without_speaker``: those with a
    reporting verb in their sentence or introducing sentence (target 0); ``scare_outside``: biaslab's
    scare quotes outside every attributed Content, of all its scare quotes. ``errors``: one record per
    error (for development; not in :meth:`to_dict`).
    """

    split: str
    articles: int
    skipped: dict[str, int]
    gold: dict[str, int]
    system: QuotationScores
    baseline: QuotationScores
    without_speaker: int
    verb_without_speaker: int
    scare_outside: Accuracy
    errors: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        return {
            "corpus": "polnear", "split": self.split, "articles": self.articles, "skipped": dict(self.skipped),
            "gold": dict(self.gold), "system": self.system.to_dict(), "baseline": self.baseline.to_dict(),
            "without_speaker": self.without_speaker, "verb_without_speaker": self.verb_without_speaker,
            "scare_outside": self.scare_outside.to_dict(),
        }


def _span(q) -> Span:
    """A quotation's content span, or the whole quotation when the content is empty."""
    return (q.content_start, q.content_end) if q.content_end > q.content_start else (q.start, q.end)


def _clip(s: str) -> str:
    return s if len(s) <= MAX_ERROR_TEXT else s[:MAX_ERROR_TEXT] + "…"


def _source_text(text: str, a: Attribution) -> str:
    return " ".join(text[x:y] for x, y in a.source)


def source_kind(words: str) -> str:
    """``"pronoun"`` for a Source that is a personal or relative pronoun, else ``"named"``."""
    return "pronoun" if words.strip().casefold() in PRONOUNS | RELATIVE_PRONOUNS else "named"


def nearest_sources(article: PolNeARArticle) -> dict[str, str | None]:
    """The earlier antecedent rule, kept for comparison: for each attribution whose Source is a personal
    pronoun, the nearest earlier Source that is neither a personal pronoun nor opens with a possessive
    pronoun ("his eyes"); None when there is none."""
    text = article.text
    sources = sorted((a.source[0][0], _source_text(text, a), a.id) for a in article.attributions if a.source)
    out, last = {}, None
    for _, words, aid in sources:
        if is_pronoun(words):
            out[aid] = last
        elif words.split()[0].casefold() not in POSSESSIVE_PRONOUNS:
            last = words
    return out


def _best_gold(span: Span, golds: Sequence[Attribution]) -> Attribution | None:
    best, key = None, None
    for g in golds:
        shared = sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in g.content)
        if shared <= 0:
            continue
        k = (shared, bool(g.source), -sum(b - a for a, b in g.content), -g.content[0][0])
        if key is None or k > key:
            best, key = g, k
    return best


def _judge(q, gold: Attribution, text: str, referent: str | None, *, pronoun_gold: bool) -> str:
    """The outcome for one matched quotation, a field name of :class:`SpeakerScores`. ``pronoun_gold``:
    the gold Source is a pronoun, whose person is ``referent`` (None: undetermined). For a named Source,
    ``referent`` is the mention the hand annotation gives for it (None: not annotated): the speaker is
    then right when it names that entity, or is the Source's own words as written (a description biaslab
    left unresolved), and wrong otherwise, whatever words it shares with the Source ("a director" for
    "the director" who is someone else)."""
    if q.speaker is None:
        return "no_speaker"
    written = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
    gold_words = _source_text(text, gold)
    resolved = is_pronoun(written) and not is_pronoun(q.speaker)  # a pronoun biaslab resolved
    on_source = written is not None and any(overlaps((q.speaker_start, q.speaker_end), s) for s in gold.source)
    if referent and not pronoun_gold:
        if same_speaker(q.speaker, referent):
            return "by_span" if on_source else "by_antecedent"
        if on_source and q.speaker == written:
            return "by_span"
        return "wrong_resolution" if resolved else "other_speaker"
    if pronoun_gold:
        if not resolved and (on_source or same_speaker(q.speaker, gold_words)):
            return "unresolved_pronoun" if is_pronoun(q.speaker) else "by_span"
        if referent is None:
            return "undetermined"
        if same_speaker(q.speaker, referent):
            return "by_antecedent"
        return "wrong_resolution" if resolved else "other_speaker"
    if resolved:
        return "by_name" if same_speaker(q.speaker, gold_words) else "wrong_resolution"
    if on_source:
        return "by_span"
    return "by_name" if same_speaker(q.speaker, gold_words) else "other_speaker"


def _tally(counts: Counter, outcome: str) -> None:
    counts[outcome] += 1
    if outcome == "unresolved_pronoun":
        counts["by_span"] += 1
    if outcome == "wrong_resolution":
        counts["other_speaker"] += 1


def approximate_referents(article: PolNeARArticle) -> dict[str, str | None]:
    """The person each pronoun Source refers to (None: undetermined), by attribution id, approximated by
    :func:`~biaslab.evaluation.referents.pronoun_referents`."""
    sources = [(a.id, a.source) for a in article.attributions]
    return {k: r.name for k, r in pronoun_referents(article.text, sources).items()}


def annotated_sources(article: PolNeARArticle) -> dict[str, str | None]:
    """The hand-annotated referent of each pronoun Source (:mod:`~biaslab.evaluation.annotated`), by
    attribution id: the mention naming it as written, None where the annotation names nobody. Only the
    Sources the table covers, for this article's text."""
    table = annotated_referents(article.text)
    out = {}
    for a in article.attributions:
        r = table.get((a.source[0][0], a.source[-1][1])) if a.source else None
        if r is not None:
            out[a.id] = article.text[r.referent[0]:r.referent[1]] if r.referent else None
    return out


def _score_quotes(found: Sequence, article: PolNeARArticle, finder: str, errors: list[dict], *,
                  referents: dict[str, str | None], approximate: dict[str, str | None],
                  adjacent: Callable[[object], bool]) -> QuotationScores:
    """Score ``found`` quotations of one finder on one article. ``referents``: the referent of each
    pronoun Source, hand-annotated where :func:`annotated_sources` has one, else ``approximate``
    (:func:`approximate_referents`); ``adjacent(q)``: whether a reporting verb stands next to the
    quotation."""
    text, golds = article.text, article.quotations
    spans = [_span(q) for q in found]
    fragments = [(s, g) for g in golds for s in g.content]
    correct, hit = match_spans(spans, [s for s, _ in fragments])
    found_gold = {id(g) for (_, g), h in zip(fragments, hit) if h}
    quotations = PRF(tp=sum(correct), fp=len(found) - sum(correct),
                     fn=len(golds) - len(found_gold), tp_gold=len(found_gold))
    nearest = nearest_sources(article)
    by_mark: dict[str, Counter] = {style: Counter() for style in MARK_STYLES}
    by_source: dict[str, Counter] = {kind: Counter() for kind in SOURCE_KINDS}
    next_to, old, approx = Counter(), Counter(), Counter()
    record = partial(dict, corpus="polnear", article=article.name, finder=finder)
    for q, span, ok in zip(found, spans, correct):
        if not ok:
            errors.append(record(error="false_positive", kind=q.kind, text=_clip(q.text), speaker=q.speaker,
                                 start=q.start, end=q.end))
            continue
        gold = _best_gold(span, golds)
        if not gold.source:
            by_mark[gold.mark]["no_gold_source"] += 1
            continue
        gold_words = _source_text(text, gold)
        kind = source_kind(gold_words)
        referent = referents.get(gold.id)
        outcome = _judge(q, gold, text, referent, pronoun_gold=kind == "pronoun")
        for counts in (by_mark[gold.mark], by_source[kind], *((next_to,) if adjacent(q) else ())):
            _tally(counts, outcome)
        _tally(old, _judge(q, gold, text, nearest.get(gold.id) or "", pronoun_gold=is_pronoun(gold_words)))
        _tally(approx, _judge(q, gold, text, approximate.get(gold.id), pronoun_gold=kind == "pronoun"))
        if outcome in ("no_speaker", "other_speaker", "wrong_resolution"):
            errors.append(record(error=outcome, start=q.start, end=q.end, text=_clip(q.text), kind=q.kind,
                                 speaker=q.speaker, speaker_as_written=text[q.speaker_start:q.speaker_end]
                                 if q.speaker_start is not None else None, cue=q.cue,
                                 gold_source=gold_words, referent=referent,
                                 context=_clip(context_of(text, q.start, q.end))))
    for g in golds:
        if id(g) not in found_gold:
            a, b = g.content[0][0], g.content[-1][1]
            errors.append(record(error="missed", start=a, end=b, mark=g.mark,
                                 text=_clip(" ".join(text[x:y] for x, y in g.content)),
                                 gold_source=_source_text(text, g) or None))
    recall = {style: Accuracy(sum(1 for g in golds if g.mark == style and id(g) in found_gold),
                              sum(1 for g in golds if g.mark == style)) for style in MARK_STYLES}
    speakers = {style: SpeakerScores(**c) for style, c in by_mark.items()}
    return QuotationScores(quotations, sum(speakers.values(), SpeakerScores()), recall, speakers,
                           {kind: SpeakerScores(**c) for kind, c in by_source.items()},
                           SpeakerScores(**next_to), SpeakerScores(**old), SpeakerScores(**approx))


@dataclass(frozen=True)
class _ArticleResult:
    system: QuotationScores
    baseline: QuotationScores
    without_speaker: int
    verb_without_speaker: int
    scare_outside: Accuracy
    errors: tuple[dict, ...]
    referents: Counter  # the pronoun-Source counts of PolNeAREvaluation.gold (_referent_counts)


def _referent_counts(article: PolNeARArticle, approximate: dict[str, str | None],
                     annotated: dict[str, str | None]) -> Counter:
    """For the gold quotations of ``article`` whose Source is a pronoun: how many there are, how many
    have no referent, how many have a hand-annotated one, and of these how many the approximation
    names the same (:func:`~biaslab.evaluation.speakers.same_speaker`) or leaves undetermined; and how
    many gold quotations with a named Source have a hand-annotated referent (a description)."""
    counts = Counter()
    for g in article.quotations:
        if not g.source:
            continue
        if source_kind(_source_text(article.text, g)) != "pronoun":
            counts["described_referents_annotated"] += g.id in annotated
            continue
        counts["quotations_pronoun_source"] += 1
        hand, guess = annotated.get(g.id), approximate.get(g.id)
        counts["pronoun_source_undetermined"] += (hand if g.id in annotated else guess) is None
        if g.id in annotated:
            counts["pronoun_referents_annotated"] += 1
            counts["approximation_agrees"] += hand == guess or bool(hand and guess and same_speaker(guess, hand))
            counts["approximation_undetermined"] += guess is None
    return counts


def _score_article(article: PolNeARArticle, analyzer: Callable = analyze_exact) -> _ArticleResult:
    text = article.text
    analysis = analyzer(text, where=article.name)
    found = [q for q in analysis.quotes if q.kind in SPEECH_KINDS]
    marked = mark_quotes(text)
    sents = analysis.sentences
    verbs = VerbFinder(text, sents)
    quoted = [(q.start, q.end) for q in (*analysis.quotes, *marked)]  # outside every quotation either finds

    def adjacent(q) -> bool:
        return adjacent_verb(verbs, q.start, q.end, quoted) is not None

    errors: list[dict] = []
    approximate, annotated = approximate_referents(article), annotated_sources(article)
    referents = approximate | annotated
    score = partial(_score_quotes, article=article, referents=referents, approximate=approximate, adjacent=adjacent)
    system = score(found, finder="biaslab", errors=errors)
    baseline = score(marked, finder="baseline", errors=[])
    # quotations without a speaker although a reporting verb is in their sentence or introducing sentence
    without = verb = 0
    for q in found:
        if q.speaker is not None:
            continue
        without += 1
        window = introducing_window(text, sents, q.start, q.end)
        found_verb = verbs.find(window, quoted)
        if found_verb:
            verb += 1
            lo, hi = (sents[window[0]].start, sents[window[-1]].end) if window else (q.start, q.end)
            errors.append({"corpus": "polnear", "article": article.name, "finder": "biaslab",
                           "error": "verb_without_speaker", "verb": found_verb, "start": q.start, "end": q.end,
                           "text": _clip(q.text), "context": _clip(text[lo:hi])})
    contents = [s for a in article.attributions for s in a.content]
    scares = [q for q in analysis.quotes if q.kind == "scare"]
    inside = match_spans([_span(q) for q in scares], contents)[0]
    for q, ok in zip(scares, inside):
        if ok:
            errors.append({"corpus": "polnear", "article": article.name, "finder": "biaslab",
                           "error": "scare_inside_attribution", "start": q.start, "end": q.end, "text": q.text,
                           "context": _clip(context_of(text, q.start, q.end))})
    return _ArticleResult(system, baseline, without, verb, Accuracy(len(scares) - sum(inside), len(scares)),
                          tuple(errors), _referent_counts(article, approximate, annotated))


def evaluate_polnear(path: str | Path, *, split: str = "dev", workers: int = 1,
                     analyzer: Callable | None = None) -> PolNeAREvaluation:
    """Evaluate biaslab's quotations and speakers on PolNeAR ``split`` under ``path`` (see the module
    docstring). ``workers`` > 1 analyses articles in a process pool; the figures do not depend on it.
    ``analyzer(text, where=...)`` returns an object with ``quotes`` and ``sentences`` (default:
    :func:`biaslab.analyze`); pass another (a module-level function) to measure a variant."""
    articles, skipped = read_polnear(path, split=split)
    name = skipped.pop("split")
    score = partial(_score_article, analyzer=analyzer or analyze_exact)
    system, baseline = QuotationScores(), QuotationScores()
    without = verb = 0
    scare = Accuracy()
    errors: list[dict] = []
    referents = Counter()
    for r in parallel_map(score, articles, workers=workers):
        system, baseline, scare = system + r.system, baseline + r.baseline, scare + r.scare_outside
        without += r.without_speaker
        verb += r.verb_without_speaker
        errors += r.errors
        referents += r.referents
    golds = [g for a in articles for g in a.quotations]
    gold = {"attributions": sum(len(a.attributions) for a in articles), "quotations": len(golds),
            "quotations_with_source": sum(1 for g in golds if g.source),
            **{f"quotations_{s}": sum(1 for g in golds if g.mark == s) for s in MARK_STYLES},
            **{k: referents[k] for k in ("quotations_pronoun_source", "pronoun_source_undetermined",
                                         "pronoun_referents_annotated", "approximation_agrees",
                                         "approximation_undetermined", "described_referents_annotated")}}
    return PolNeAREvaluation(name, len(articles), skipped, gold, system, baseline, without, verb, scare,
                             tuple(errors))
