"""Loaded language against the Propaganda Techniques Corpus (PTC).

Corpus
------
Da San Martino, Yu, Barrón-Cedeño, Petrov & Nakov 2019, "Fine-Grained Analysis of Propaganda in News
Articles", EMNLP-IJCNLP; the data of SemEval-2020 Task 11 (Da San Martino et al. 2020, "SemEval-2020
Task 11: Detection of Propaganda Techniques in News Articles"). Layout read here::

    PATH/articles/article<ID>.txt     the article text
    PATH/labels.tsv                   <ID> TAB <technique> TAB <start> TAB <end>

``start``/``end`` are character offsets into the article (end exclusive); a line whose offsets fall
outside its article, or whose article file is missing, stops the run with the file and line named.
Articles go to the tune or report part by :func:`~biaslab.evaluation.split_of` of their id.

What is measured
----------------
biaslab's ``analyze(text).loaded_terms`` (scare quotes included, as ``doubt`` terms) against the
annotated technique spans. Each lexicon category is compared with the PTC technique that
:data:`CATEGORY_TECHNIQUE` maps it to (one documented constant, refined by whoever tunes the lexicon).

* **Main figure**: gold = the spans of :data:`LOADED_TECHNIQUES` (Loaded_Language and
  Name_Calling,Labeling; a span annotated with both counts once); predictions = the terms whose category
  maps to one of them. Span P/R/F1 by overlap (:func:`~biaslab.evaluation.overlap_scores`, primary) and
  the SemEval-2020 character measure (:func:`~biaslab.evaluation.char_overlap_scores`).
* **Per category**: the terms of one category against the spans of its technique; a category mapped to
  no technique (hedge, booster, factive) against the main gold, to show whether it would help there.
* **Per technique**: the main predictions against Loaded_Language and Name_Calling,Labeling apart
  (their recall says which one is missed).
* **All terms**: every biaslab term against the main gold.
* **All techniques** (SemEval character measure only): every biaslab term against the spans of all 14
  techniques, the span-identification setting of SemEval-2020 Task 11, where the best systems (fine-tuned
  transformers) reach F1 ≈ 0.5.
* **Baseline**: :func:`~biaslab.evaluation.baselines.vader_terms` against the main gold.

Limits: PTC annotates propaganda in mostly partisan outlets; a technique span is often a whole clause
where a lexicon flags one word (overlap matching credits that; the character measure shows the cost).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..lexicon import CATEGORIES
from .baselines import VADER_LOADED_VALENCE, vader_terms
from .common import CorpusError, analyze_exact, context_of, parallel_map, read_corpus_text
from .metrics import CharOverlap, PRF, Span, char_overlap_scores, match_spans, overlap_scores
from .splits import SPLIT_CHOICES, in_split

__all__ = ["LOADED_TECHNIQUES", "TECHNIQUES", "CATEGORY_TECHNIQUE", "PTCArticle", "SpanScores",
           "PTCEvaluation", "read_ptc", "evaluate_ptc"]

#: The techniques closest to loaded terms: the main figure's gold.
LOADED_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
#: The 14 techniques of PTC as spelled in its label files (SemEval-2020 Task 11 inventory).
TECHNIQUES = (
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Doubt", "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice", "Flag-Waving", "Causal_Oversimplification", "Appeal_to_Authority",
    "Slogans", "Whataboutism,Straw_Men,Red_Herring", "Black-and-White_Fallacy",
    "Bandwagon,Reductio_ad_hitlerum", "Thought-terminating_Cliches",
)
#: Lexicon category -> the PTC technique it is measured against (None: no PTC technique fits).
#: Grounded in the categories' definitions (see :mod:`biaslab.lexicon`): labeling is Da San Martino et
#: al.'s *Name Calling/Labeling*; emotive words are their *Loaded Language* ("words and phrases with
#: strong emotional implications"); doubt, exaggeration, flag-waving and fear are their techniques of
#: the same names. Hedges, boosters and factive verbs are stance markers (Hyland 2005; Recasens et al.
#: 2013) with no PTC counterpart, and so are editorializing markers ("basically", "of course"): stance
#: adverbials (Biber et al. 1999) that show the writer's attitude without emotional charge. Euphemisms
#: do the opposite of Loaded Language (they take the charge out of a wording: "collateral damage") and
#: PTC has no technique for them. (Until 2026-11-29 euphemism and editorializing were compared with
#: Loaded_Language; on the tune part they matched 0 of 15 and 3 of 95 times.) A category missing here
#: (a user's own) is mapped to None.
CATEGORY_TECHNIQUE: dict[str, str | None] = {
    "labeling": "Name_Calling,Labeling",
    "emotive": "Loaded_Language",
    "euphemism": None,
    "editorializing": None,
    "doubt": "Doubt",
    "exaggeration": "Exaggeration,Minimisation",
    "flag_waving": "Flag-Waving",
    "fear": "Appeal_to_fear-prejudice",
    "hedge": None,
    "booster": None,
    "factive": None,
}
_ARTICLE_FILE = re.compile(r"article(\d+)\.txt\Z")
_ID = re.compile(r"\d+\Z")


@dataclass(frozen=True)
class PTCArticle:
    """One PTC article: ``id`` (digits), ``text``, and ``spans`` as ``(technique, start, end)`` in file order."""

    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...] = ()

    def gold(self, techniques: Iterable[str]) -> list[Span]:
        """The distinct ``(start, end)`` spans of ``techniques``, sorted."""
        wanted = set(techniques)
        return sorted({(a, b) for t, a, b in self.spans if t in wanted})


@dataclass(frozen=True, slots=True)
class SpanScores:
    """One comparison of predicted with gold spans: ``overlap`` (span P/R/F1 by overlap, the primary
    figure) and ``semeval`` (the SemEval-2020 Task 11 character measure)."""

    overlap: PRF = field(default_factory=PRF)
    semeval: CharOverlap = field(default_factory=CharOverlap)

    @classmethod
    def of(cls, predicted: Iterable[Span], gold: Iterable[Span]) -> SpanScores:
        predicted, gold = list(predicted), list(gold)
        return cls(overlap_scores(predicted, gold), char_overlap_scores(predicted, gold))

    def __add__(self, other: SpanScores) -> SpanScores:
        return SpanScores(self.overlap + other.overlap, self.semeval + other.semeval)

    def to_dict(self) -> dict:
        return {"overlap": self.overlap.to_dict(), "semeval": self.semeval.to_dict()}


@dataclass(frozen=True)
class PTCEvaluation:
    """``biaslab evaluate ptc``: see the module docstring for each figure.

    ``split``: ``"tune"``, ``"report"`` or ``"all"``; ``articles``: articles evaluated; ``gold_spans``:
    annotated spans per technique in them; ``system``/``baseline``: main figure of biaslab and of the
    VADER-word baseline; ``by_category``: category -> (technique or None, scores); ``by_technique``:
    the main predictions against each of :data:`LOADED_TECHNIQUES`; ``all_terms``: every term against
    the main gold; ``all_techniques``: every term against all techniques (character measure).
    ``errors``: one record per wrong prediction and per missed gold span of the main figure (for
    development; not in :meth:`to_dict`).
    """

    split: str
    articles: int
    gold_spans: dict[str, int]
    system: SpanScores
    baseline: SpanScores
    by_category: dict[str, tuple[str | None, SpanScores]]
    by_technique: dict[str, PRF]
    all_terms: SpanScores
    all_techniques: CharOverlap
    errors: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        return {
            "corpus": "ptc", "split": self.split, "articles": self.articles,
            "gold_spans": dict(self.gold_spans),
            "main_gold": list(LOADED_TECHNIQUES),
            "mapping": dict(CATEGORY_TECHNIQUE),
            "baseline_rule": f"VADER-lexicon word with |valence| >= {VADER_LOADED_VALENCE}",
            "system": self.system.to_dict(), "baseline": self.baseline.to_dict(),
            "by_category": {c: {"technique": t, **s.to_dict()} for c, (t, s) in self.by_category.items()},
            "by_technique": {t: s.to_dict() for t, s in self.by_technique.items()},
            "all_terms": self.all_terms.to_dict(),
            "all_techniques": self.all_techniques.to_dict(),
        }


def read_ptc(path: str | Path, *, split: str = "all") -> list[PTCArticle]:
    """The articles of ``split`` under ``path`` (``articles/`` and ``labels.tsv``), sorted by id, with
    their spans. :class:`~biaslab.evaluation.CorpusError` for a missing folder or file, a malformed
    line, an offset out of range or a label for a missing article (file and line named)."""
    if split not in SPLIT_CHOICES:
        raise CorpusError(f"unknown split {split!r} for ptc (expected one of: {', '.join(SPLIT_CHOICES)})")
    root = Path(path)
    folder, labels = root / "articles", root / "labels.tsv"
    if not root.is_dir():
        raise CorpusError(f"{root}: no such folder (expected a PTC folder with articles/ and labels.tsv)")
    if not folder.is_dir() or not labels.is_file():
        raise CorpusError(f"{root}: not a PTC folder (expected articles/ and labels.tsv)")
    files = {m.group(1): p for p in folder.iterdir() if (m := _ARTICLE_FILE.match(p.name))}
    if not files:
        raise CorpusError(f"{folder}: no article<ID>.txt files")
    texts: dict[str, str] = {}
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for n, line in enumerate(read_corpus_text(labels).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{labels} line {n}"
        cells = line.split("\t")
        if len(cells) != 4:
            raise CorpusError(f"{where}: expected 4 tab-separated fields (id, technique, start, end), "
                              f"found {len(cells)}")
        aid, technique, a, b = (c.strip() for c in cells)
        if not _ID.match(aid) or not technique or not (a.isdigit() and b.isdigit()):
            raise CorpusError(f"{where}: expected a numeric id, a technique and two offsets, got {line!r}")
        if aid not in files:
            raise CorpusError(f"{where}: no file article{aid}.txt in {folder}")
        if aid not in texts:
            texts[aid] = read_corpus_text(files[aid])
        a, b = int(a), int(b)
        if not a < b <= len(texts[aid]):
            raise CorpusError(f"{where}: span {a}-{b} is not inside article{aid}.txt "
                              f"({len(texts[aid])} characters)")
        spans[aid].append((technique, a, b))
    return [PTCArticle(aid, texts[aid] if aid in texts else read_corpus_text(files[aid]), tuple(spans.get(aid, ())))
            for aid in sorted(files, key=lambda k: (len(k), k)) if in_split(aid, split)]


@dataclass(frozen=True)
class _ArticleResult:
    system: SpanScores
    baseline: SpanScores
    by_category: dict[str, SpanScores]
    by_technique: dict[str, PRF]
    all_terms: SpanScores
    all_techniques: CharOverlap
    errors: tuple[dict, ...]


def _technique(category: str) -> str | None:
    return CATEGORY_TECHNIQUE.get(category)


def _categories(extra: Iterable[str] = ()) -> list[str]:
    return list(dict.fromkeys([*CATEGORIES, *CATEGORY_TECHNIQUE, *extra]))


def _score_article(article: PTCArticle, analyzer: Callable = analyze_exact) -> _ArticleResult:
    text = article.text
    terms = analyzer(text, where=f"article{article.id}.txt").loaded_terms
    main_gold = article.gold(LOADED_TECHNIQUES)
    main = [t for t in terms if _technique(t.category) in LOADED_TECHNIQUES]
    main_spans = [(t.start, t.end) for t in main]
    by_category = {}
    for category in _categories(t.category for t in terms):
        technique = _technique(category)
        gold = article.gold([technique]) if technique else main_gold
        by_category[category] = SpanScores.of([(t.start, t.end) for t in terms if t.category == category], gold)
    found = match_spans(main_spans, [(a, b) for _, a, b in article.spans])[1]
    errors = [{"corpus": "ptc", "article": article.id, "error": "false_positive", "start": t.start, "end": t.end,
               "text": t.text, "term": t.term, "category": t.category, "technique": _technique(t.category),
               "context": context_of(text, t.start, t.end)}
              for t, ok in zip(main, match_spans(main_spans, main_gold)[0]) if not ok]
    errors += [{"corpus": "ptc", "article": article.id, "error": "missed", "start": a, "end": b,
                "text": text[a:b], "technique": technique, "context": context_of(text, a, b)}
               for (technique, a, b), hit in zip(article.spans, found) if technique in LOADED_TECHNIQUES and not hit]
    return _ArticleResult(
        system=SpanScores.of(main_spans, main_gold),
        baseline=SpanScores.of(vader_terms(text), main_gold),
        by_category=by_category,
        by_technique={t: overlap_scores(main_spans, article.gold([t])) for t in LOADED_TECHNIQUES},
        all_terms=SpanScores.of([(t.start, t.end) for t in terms], main_gold),
        all_techniques=char_overlap_scores([(t.start, t.end) for t in terms], [(a, b) for _, a, b in article.spans]),
        errors=tuple(errors),
    )


def evaluate_ptc(path: str | Path, *, split: str = "report", workers: int = 1,
                 analyzer: Callable | None = None) -> PTCEvaluation:
    """Evaluate biaslab's loaded terms on the PTC articles of ``split`` under ``path`` (see the module
    docstring). ``workers`` > 1 analyses articles in a process pool; the figures do not depend on it.
    ``analyzer(text, where=...)`` returns an object with ``loaded_terms`` (default: :func:`biaslab.analyze`,
    checked by :func:`~biaslab.evaluation.common.analyze_exact`); pass another (a module-level function) to
    measure a variant."""
    articles = read_ptc(path, split=split)
    score = partial(_score_article, analyzer=analyzer or analyze_exact)
    system, baseline, all_terms, all_techniques = SpanScores(), SpanScores(), SpanScores(), CharOverlap()
    by_category: dict[str, SpanScores] = defaultdict(SpanScores)
    by_technique: dict[str, PRF] = defaultdict(PRF)
    errors: list[dict] = []
    for r in parallel_map(score, articles, workers=workers):
        system, baseline, all_terms = system + r.system, baseline + r.baseline, all_terms + r.all_terms
        all_techniques += r.all_techniques
        for c, s in r.by_category.items():
            by_category[c] += s
        for t, s in r.by_technique.items():
            by_technique[t] += s
        errors += r.errors
    counts: dict[str, int] = defaultdict(int)
    for a in articles:
        for technique, _, _ in a.spans:
            counts[technique] += 1
    gold_spans = {t: counts.get(t, 0) for t in TECHNIQUES} | {t: n for t, n in counts.items() if t not in TECHNIQUES}
    gold_spans["main (distinct spans)"] = sum(len(a.gold(LOADED_TECHNIQUES)) for a in articles)
    return PTCEvaluation(
        split=split, articles=len(articles), gold_spans=gold_spans, system=system, baseline=baseline,
        by_category={c: (_technique(c), by_category[c]) for c in _categories(by_category)},
        by_technique={t: by_technique[t] for t in LOADED_TECHNIQUES},
        all_terms=all_terms, all_techniques=all_techniques, errors=tuple(errors),
    )
