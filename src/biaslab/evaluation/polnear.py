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
* **Speaker accuracy** on the found quotations matched to a gold quotation with a Source (the gold
  quotation overlapping it most; ties: one with a Source, then the shortest Content, so the inner of
  nested attributions). The speaker is right if
  (a) the predicted speaker phrase (``speaker_start``–``speaker_end``) overlaps the gold Source, unless
  the phrase is a pronoun that biaslab resolved to someone the gold does not name (by (b) or (c));
  (b) the predicted speaker (``Quote.speaker``: the actor's name or the phrase) names the Source by
  :func:`~biaslab.evaluation.speakers.same_speaker` (shared surname or head noun); or
  (c) the Source is a pronoun and the prediction names its antecedent, approximated as the nearest
  Source before it in the article that is not a pronoun and does not open with a possessive pronoun
  (PolNeAR has no coreference annotation; the approximation is right for the common "X said … he
  added" and wrong when the pronoun refers further back).
  A pronoun left unresolved that overlaps a pronoun Source is right by (a) and counted as
  ``unresolved_pronoun``; ``accuracy_resolved`` counts it wrong (the reader is told only "he").
  Wrong speakers are split into *no speaker* and *other speaker* (``wrong_resolution`` of them: a
  pronoun resolved to the wrong person).
* **Reporting verb but no speaker**: found quotations without a speaker although a verb of biaslab's
  table (:func:`~biaslab.quotes.load_reporting_verbs`, any form, or "according to") stands outside
  every quotation in the quotation's sentence(s) or the sentence before. Target: 0.
* **Scare quotes outside attributions**: of biaslab's ``scare`` quotes, the share whose content
  overlaps no Content of any attribution (quoted or not). A scare quote inside attributed content is
  more likely the source's words, quoted in part.
* **Baseline** (:func:`~biaslab.evaluation.baselines.mark_quotes`) scored by the same rules.

Reference point: textacy's ``extract.triples.direct_quotations`` (spaCy) gets about 0.91 of the speakers
right on the quotations it finds (issue 11). PolNeAR's authors report inter-annotator agreement, not
a system score.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path

from ..resources import once
from ..quotes import SPEECH_KINDS, load_reporting_verbs
from .baselines import mark_quotes
from .brat import parse_brat
from .common import CorpusError, analyze_exact, context_of, parallel_map, read_corpus_text
from .metrics import PRF, Accuracy, Span, gaps, match_spans, overlaps
from .speakers import is_pronoun, same_speaker

__all__ = ["MARK_STYLES", "ATTRIBUTION_TYPES", "Attribution", "PolNeARArticle", "SpeakerScores", "QuotationScores",
           "PolNeAREvaluation", "quotation_mark", "read_polnear", "evaluate_polnear"]

#: Quotation-mark styles of gold quotations (see :func:`quotation_mark`).
MARK_STYLES = ("double", "two_apostrophes", "single")
#: Event types that are attributions in PolNeAR.
ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")
#: Possessive determiners: a Source opening with one ("his campaign") is not taken as an antecedent.
POSSESSIVE_PRONOUNS = frozenset("my our your his her its their".split())
#: Longest text kept in an error record (characters).
MAX_ERROR_TEXT = 400

_DOUBLE = re.compile(r"[“”\"]")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\s'])")
_SINGLE_CLOSE = re.compile(r"[’']")
_WORDS = re.compile(r"[A-Za-z]+")
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
    ``no_gold_source``: matched quotations whose gold quotation has no Source (not judged).
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


@dataclass(frozen=True)
class QuotationScores:
    """One quotation finder on gold quotations: ``quotations`` (P/R/F1 by overlap), ``speakers``; by
    the mark style of the gold quotation (:data:`MARK_STYLES`): ``recall_by_mark`` (gold quotations
    found) and ``speakers_by_mark``."""

    quotations: PRF = field(default_factory=PRF)
    speakers: SpeakerScores = field(default_factory=SpeakerScores)
    recall_by_mark: dict[str, Accuracy] = field(default_factory=lambda: dict.fromkeys(MARK_STYLES, Accuracy()))
    speakers_by_mark: dict[str, SpeakerScores] = field(
        default_factory=lambda: dict.fromkeys(MARK_STYLES, SpeakerScores()))

    def __add__(self, other: QuotationScores) -> QuotationScores:
        return QuotationScores(self.quotations + other.quotations, self.speakers + other.speakers,
                               {k: self.recall_by_mark[k] + other.recall_by_mark[k] for k in MARK_STYLES},
                               {k: self.speakers_by_mark[k] + other.speakers_by_mark[k] for k in MARK_STYLES})

    def to_dict(self) -> dict:
        return {"quotations": self.quotations.to_dict(), "speakers": self.speakers.to_dict(),
                "recall_by_mark": {k: v.to_dict() for k, v in self.recall_by_mark.items()},
                "speakers_by_mark": {k: v.to_dict() for k, v in self.speakers_by_mark.items()}}


@dataclass(frozen=True)
class PolNeAREvaluation:
    """``biaslab evaluate polnear`` (figures explained in the module docstring).

    ``split``: the folder read; ``articles``: articles evaluated; ``skipped``: articles without an
    annotation file and annotator files not read; ``gold``: counts of attributions, gold quotations,
    those with a Source, and by mark style; ``system``/``baseline``: :class:`QuotationScores` of
    biaslab and of the mark baseline;
    ``without_speaker``: found quotations without a speaker; ``verb_without_speaker``: those with a
    reporting verb nearby (target 0); ``scare_outside``: biaslab's scare quotes outside every attributed
    Content, of all its scare quotes. ``errors``: one record per error (for development; not in
    :meth:`to_dict`).
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


def _antecedents(article: PolNeARArticle) -> dict[str, str | None]:
    """For each attribution with a pronoun Source: the nearest earlier Source that is neither a pronoun
    nor opens with a possessive pronoun ("his eyes")."""
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


def _judge(q, gold: Attribution, text: str, antecedent: str | None) -> str:
    """The outcome for one matched quotation: a field name of :class:`SpeakerScores`."""
    if q.speaker is None:
        return "no_speaker"
    written = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
    gold_words = _source_text(text, gold)
    by_name = same_speaker(q.speaker, gold_words)
    by_antecedent = is_pronoun(gold_words) and same_speaker(q.speaker, antecedent)
    if is_pronoun(written) and not is_pronoun(q.speaker):  # a pronoun biaslab resolved
        return "by_name" if by_name else "by_antecedent" if by_antecedent else "wrong_resolution"
    if written is not None and any(overlaps((q.speaker_start, q.speaker_end), s) for s in gold.source):
        return "unresolved_pronoun" if is_pronoun(written) else "by_span"
    return "by_name" if by_name else "by_antecedent" if by_antecedent else "other_speaker"


def _score_quotes(found: Sequence, article: PolNeARArticle, finder: str, errors: list[dict]) -> QuotationScores:
    text, golds = article.text, article.quotations
    spans = [_span(q) for q in found]
    fragments = [(s, g) for g in golds for s in g.content]
    correct, hit = match_spans(spans, [s for s, _ in fragments])
    found_gold = {id(g) for (_, g), h in zip(fragments, hit) if h}
    quotations = PRF(tp=sum(correct), fp=len(found) - sum(correct),
                     fn=len(golds) - len(found_gold), tp_gold=len(found_gold))
    antecedents = _antecedents(article)
    outcomes: dict[str, Counter] = {style: Counter() for style in MARK_STYLES}
    record = partial(dict, corpus="polnear", article=article.name, finder=finder)
    for q, span, ok in zip(found, spans, correct):
        if not ok:
            errors.append(record(error="false_positive", kind=q.kind, text=_clip(q.text), speaker=q.speaker,
                                 start=q.start, end=q.end))
            continue
        gold = _best_gold(span, golds)
        counts = outcomes[gold.mark]
        if not gold.source:
            counts["no_gold_source"] += 1
            continue
        outcome = _judge(q, gold, text, antecedents.get(gold.id))
        counts[outcome] += 1
        if outcome == "unresolved_pronoun":
            counts["by_span"] += 1
        if outcome == "wrong_resolution":
            counts["other_speaker"] += 1
        if outcome in ("no_speaker", "other_speaker", "wrong_resolution"):
            errors.append(record(error=outcome, start=q.start, end=q.end, text=_clip(q.text), kind=q.kind,
                                 speaker=q.speaker, speaker_as_written=text[q.speaker_start:q.speaker_end]
                                 if q.speaker_start is not None else None, cue=q.cue,
                                 gold_source=_source_text(text, gold), antecedent=antecedents.get(gold.id),
                                 context=_clip(context_of(text, q.start, q.end))))
    for g in golds:
        if id(g) not in found_gold:
            a, b = g.content[0][0], g.content[-1][1]
            errors.append(record(error="missed", start=a, end=b, mark=g.mark,
                                 text=_clip(" ".join(text[x:y] for x, y in g.content)),
                                 gold_source=_source_text(text, g) or None))
    recall = {style: Accuracy(sum(1 for g in golds if g.mark == style and id(g) in found_gold),
                              sum(1 for g in golds if g.mark == style)) for style in MARK_STYLES}
    speakers = {style: SpeakerScores(**c) for style, c in outcomes.items()}
    return QuotationScores(quotations, sum(speakers.values(), SpeakerScores()), recall, speakers)


@once
def _verb_forms() -> tuple[frozenset[str], frozenset[tuple[str, ...]], int]:
    """Single-word forms, multi-word forms (with "according to") and the longest multi-word length."""
    single, multi = set(), {("according", "to")}
    for verb in load_reporting_verbs().values():
        for form in verb.forms:
            words = tuple(form.split())
            (multi.add(words) if len(words) > 1 else single.add(words[0]))
    return frozenset(single), frozenset(multi), max(map(len, multi))


def _reporting_verb(text: str, lo: int, hi: int, quoted: Sequence[Span]) -> str | None:
    """The first reporting verb (a form of biaslab's table, or "according to") in ``text[lo:hi]``
    outside the ``quoted`` spans, or None."""
    single, multi, longest = _verb_forms()
    for a, b in gaps(lo, hi, quoted):
        words = [w.lower() for w in _WORDS.findall(text, a, b)]
        for i, w in enumerate(words):
            if w in single:
                return w
            for n in range(2, longest + 1):
                if tuple(words[i:i + n]) in multi:
                    return " ".join(words[i:i + n])
    return None


@dataclass(frozen=True)
class _ArticleResult:
    system: QuotationScores
    baseline: QuotationScores
    without_speaker: int
    verb_without_speaker: int
    scare_outside: Accuracy
    errors: tuple[dict, ...]


def _score_article(article: PolNeARArticle, analyzer: Callable = analyze_exact) -> _ArticleResult:
    text = article.text
    analysis = analyzer(text, where=article.name)
    found = [q for q in analysis.quotes if q.kind in SPEECH_KINDS]
    errors: list[dict] = []
    system = _score_quotes(found, article, "biaslab", errors)
    baseline = _score_quotes(mark_quotes(text), article, "baseline", [])
    # quotations without a speaker although a reporting verb is near
    sents = analysis.sentences
    starts = [s.start for s in sents]
    quoted = [(q.start, q.end) for q in analysis.quotes]
    without = verb = 0
    for q in found:
        if q.speaker is not None:
            continue
        without += 1
        i = max(0, _sentence_at(starts, q.start) - 1)
        j = _sentence_at(starts, max(q.start, q.end - 1))
        lo, hi = (sents[i].start, sents[j].end) if sents else (q.start, q.end)
        found_verb = _reporting_verb(text, lo, hi, quoted)
        if found_verb:
            verb += 1
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
                          tuple(errors))


def _sentence_at(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


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
    for r in parallel_map(score, articles, workers=workers):
        system, baseline, scare = system + r.system, baseline + r.baseline, scare + r.scare_outside
        without += r.without_speaker
        verb += r.verb_without_speaker
        errors += r.errors
    golds = [g for a in articles for g in a.quotations]
    gold = {"attributions": sum(len(a.attributions) for a in articles), "quotations": len(golds),
            "quotations_with_source": sum(1 for g in golds if g.source),
            **{f"quotations_{s}": sum(1 for g in golds if g.mark == s) for s in MARK_STYLES}}
    return PolNeAREvaluation(name, len(articles), skipped, gold, system, baseline, without, verb, scare,
                             tuple(errors))
