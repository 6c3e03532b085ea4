"""Tone toward an actor against NewsMTSC.

Corpus
------
Hamborg & Donnay 2021, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment Classification in
Political News Articles", EACL: news sentences, each with one or more *targets* (a mention, ``from``–
``to`` character offsets, end exclusive) and the sentiment expressed *toward that target*:
``polarity`` 2.0 negative, 4.0 neutral, 6.0 positive. Read here: ``PATH/train.jsonl`` (or a ``.jsonl``
file given directly), one object per line with ``primary_gid``, ``sentence_normalized`` and ``targets``.
A sentence goes to the tune or report part by :func:`~biaslab.evaluation.split_of` of its article key,
``"_".join(primary_gid.split("_")[:3])``, so all sentences of an article fall on one side.

Method
------
Each sentence is analysed with every target declared as an actor (``analyze(sentence, actors={mention:
[]})``: the mention as written is the actor's name, so two targets of one sentence stay two actors;
two targets written alike share one). A gold target is mapped to the actor whose mention overlaps its
``from``–``to`` (the actor declared for it first, else the largest overlap); its predicted label comes
from one function, :func:`target_tone`, which reads the actor's tone toward it (:mod:`biaslab.actors.tone`):
``ActorProfile.tone.label``, the most probable class of the mean of its mentions' class probabilities
(the label the tone model was trained and selected for; no threshold on the score). A target with no
overlapping mention, or whose actor has no tone, is predicted neutral; both are counted.

Figures: accuracy, macro-F1 over the three classes (the measure of Hamborg & Donnay), per-class
precision/recall/F1 and the confusion matrix; the share of targets where biaslab's label equals the
sentence-VADER label (how much of "tone toward the actor" is just sentence tone). Baseline: the VADER
compound of the whole sentence (:func:`~biaslab.evaluation.baselines.sentence_vader`) labelled with
VADER's thresholds (:func:`tone_label`), the same label for every target of a sentence. Reference: the authors' best model reaches
macro-F1 ≈ 0.83 on their test set (a fine-tuned transformer).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .baselines import sentence_vader
from .common import CorpusError, analyze_exact, parallel_map, read_corpus_text
from .metrics import Accuracy, Confusion, confusion, overlaps
from .splits import SPLIT_CHOICES, in_split

__all__ = ["LABELS", "POLARITY_LABELS", "POSITIVE_THRESHOLD", "NEGATIVE_THRESHOLD", "tone_label", "target_tone",
           "Target", "TargetSentence", "NewsMTSCEvaluation", "article_key", "read_newsmtsc", "evaluate_newsmtsc"]

#: The three classes, in the order of every table.
LABELS = ("negative", "neutral", "positive")
#: NewsMTSC's ``polarity`` values and their labels.
POLARITY_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
#: A VADER compound score at or above this is positive, at or below :data:`NEGATIVE_THRESHOLD` negative,
#: neutral in between: the thresholds Hutto & Gilbert recommend for VADER (vaderSentiment README,
#: "typical threshold values"), and the ones biaslab's sentence shares use.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05


def tone_label(score: float | None) -> str:
    """``"positive"`` (score >= :data:`POSITIVE_THRESHOLD`), ``"negative"`` (<= :data:`NEGATIVE_THRESHOLD`),
    else (or None) ``"neutral"``."""
    if score is None:
        return "neutral"
    if score >= POSITIVE_THRESHOLD:
        return "positive"
    if score <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def target_tone(analysis, actor) -> tuple[str, float | None]:
    """biaslab's tone toward ``actor`` (an :class:`~biaslab.actors.ActorProfile` of ``analysis``, or None
    when no actor was found): ``(label, score)``. The one place that says which biaslab measure is
    "tone toward the actor": ``actor.tone.label``, the most probable class of the mean of the
    mentions' class probabilities (:func:`biaslab.actors.tone_label`; for NewsMTSC each target is its
    own actor, usually with one mention), and ``actor.tone.score`` = P(positive) − P(negative) of
    that mean, in [-1, 1] (None without a mention); "neutral" without a tone."""
    if actor is None or actor.tone.label is None:
        return "neutral", None
    return actor.tone.label, actor.tone.score


@dataclass(frozen=True, slots=True)
class Target:
    """One annotated target: ``start``/``end`` in its sentence, the ``mention`` as written, ``label``."""

    start: int
    end: int
    mention: str
    label: str


@dataclass(frozen=True)
class TargetSentence:
    """One NewsMTSC line: ``gid`` (``primary_gid``), ``text``, ``targets``; ``line`` in the file."""

    gid: str
    text: str
    targets: tuple[Target, ...]
    line: int = 0


def article_key(gid: str) -> str:
    """The article a sentence comes from: the first three ``_``-separated parts of its ``primary_gid``."""
    return "_".join(gid.split("_")[:3])


def _file(path: Path) -> Path:
    if path.is_dir():
        path = path / "train.jsonl"
        if not path.is_file():
            raise CorpusError(f"{path.parent}: not a NewsMTSC folder (expected train.jsonl)")
    elif not path.is_file():
        raise CorpusError(f"{path}: no such file or folder (expected the NewsMTSC folder or its train.jsonl)")
    return path


def read_newsmtsc(path: str | Path, *, split: str = "all") -> list[TargetSentence]:
    """The sentences of ``split`` (``"tune"``, ``"report"``, ``"all"``) in file order.
    :class:`~biaslab.evaluation.CorpusError` names the line of a malformed object, a target outside its
    sentence or whose text differs from ``mention``, or an unknown polarity."""
    if split not in SPLIT_CHOICES:
        raise CorpusError(f"unknown split {split!r} for newsmtsc (expected one of: {', '.join(SPLIT_CHOICES)})")
    file = _file(Path(path))
    out = []
    for n, line in enumerate(read_corpus_text(file).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{file} line {n}"
        try:
            obj = json.loads(line)
            gid, text, raw = obj["primary_gid"], obj["sentence_normalized"], obj["targets"]
            if not (isinstance(gid, str) and isinstance(text, str) and isinstance(raw, list) and raw):
                raise TypeError
            targets = []
            for t in raw:
                a, b, mention, polarity = t["from"], t["to"], t["mention"], t["polarity"]
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                    raise CorpusError(f"{where}: target {a}-{b} is not inside the sentence ({len(text)} characters)")
                if text[a:b] != mention:
                    raise CorpusError(f"{where}: target {a}-{b} reads {text[a:b]!r}, not {mention!r}")
                if polarity not in POLARITY_LABELS:
                    raise CorpusError(f"{where}: unknown polarity {polarity!r} (expected 2.0, 4.0 or 6.0)")
                targets.append(Target(a, b, mention, POLARITY_LABELS[polarity]))
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: not JSON ({exc.msg})") from None
        except (KeyError, TypeError):
            raise CorpusError(f"{where}: expected primary_gid, sentence_normalized and a list of targets "
                              f"with from, to, mention and polarity") from None
        if in_split(article_key(gid), split):
            out.append(TargetSentence(gid, text, tuple(targets), n))
    return out


@dataclass(frozen=True)
class NewsMTSCEvaluation:
    """``biaslab evaluate newsmtsc`` (figures explained in the module docstring).

    ``split``; ``sentences``, ``targets`` evaluated; ``gold``: targets per label; ``system`` and
    ``baseline``: confusion matrices (rows gold, columns predicted, over :data:`LABELS`) from which
    accuracy, macro-F1 and per-class scores follow; ``same_as_sentence_vader``: targets where biaslab's
    label equals the baseline's; ``unmatched``: targets with no overlapping actor mention;
    ``no_score``: matched targets whose actor had no tone score (both predicted neutral).
    ``errors``: one record per target biaslab labels wrongly (for development; not in :meth:`to_dict`).
    """

    split: str
    sentences: int
    targets: int
    gold: dict[str, int]
    system: Confusion
    baseline: Confusion
    same_as_sentence_vader: Accuracy
    unmatched: int
    no_score: int
    errors: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        def scores(m: Confusion) -> dict:
            return {"accuracy": m.accuracy.to_dict(), "macro_f1": m.macro_f1,
                    "per_class": {k: v.to_dict() for k, v in m.per_class().items()}, "confusion": m.to_dict()}

        return {"corpus": "newsmtsc", "split": self.split, "sentences": self.sentences, "targets": self.targets,
                "gold": dict(self.gold), "thresholds": {"positive": POSITIVE_THRESHOLD, "negative": NEGATIVE_THRESHOLD},
                "system": scores(self.system), "baseline": scores(self.baseline),
                "same_as_sentence_vader": self.same_as_sentence_vader.to_dict(),
                "unmatched": self.unmatched, "no_score": self.no_score}


def _actor_for(analysis, target: Target):
    """The actor whose mention overlaps the target: the one declared for it first, else the largest overlap."""
    best, key = None, None
    for actor in analysis.actors:
        for m in actor.mentions:
            if overlaps((m.start, m.end), (target.start, target.end)):
                k = (actor.name == target.mention, min(m.end, target.end) - max(m.start, target.start))
                if key is None or k > key:
                    best, key = actor, k
    return best


@dataclass(frozen=True)
class _SentenceResult:
    gold: tuple[str, ...]
    system: tuple[str, ...]
    baseline: tuple[str, ...]
    unmatched: int
    no_score: int
    errors: tuple[dict, ...]


def _score_sentence(item: TargetSentence, analyzer: Callable = analyze_exact,
                    tone: Callable = target_tone) -> _SentenceResult:
    actors = {t.mention: [] for t in item.targets}
    analysis = analyzer(item.text, where=f"line {item.line}", actors=actors)
    vader = sentence_vader(item.text)
    base = tone_label(vader)
    system, errors = [], []
    unmatched = no_score = 0
    for t in item.targets:
        actor = _actor_for(analysis, t)
        label, score = tone(analysis, actor)
        unmatched += actor is None
        no_score += actor is not None and score is None
        system.append(label)
        if label != t.label:
            errors.append({"corpus": "newsmtsc", "gid": item.gid, "line": item.line, "error": f"{t.label}->{label}",
                           "sentence": item.text, "mention": t.mention, "start": t.start, "end": t.end,
                           "gold": t.label, "predicted": label, "score": score,
                           "actor": actor.name if actor is not None else None,
                           "sentence_vader": vader, "baseline": base})
    return _SentenceResult(tuple(t.label for t in item.targets), tuple(system), (base,) * len(item.targets),
                           unmatched, no_score, tuple(errors))


def evaluate_newsmtsc(path: str | Path, *, split: str = "report", workers: int = 1,
                      analyzer: Callable | None = None, tone: Callable | None = None) -> NewsMTSCEvaluation:
    """Evaluate biaslab's tone toward actors on the NewsMTSC sentences of ``split`` (see the module
    docstring). ``workers`` > 1 analyses sentences in a process pool; the figures do not depend on it.
    ``analyzer(text, where=..., actors=...)`` (default :func:`biaslab.analyze`) and ``tone(analysis,
    actor)`` (default :func:`target_tone`) may be replaced (module-level functions) to measure a variant."""
    items = read_newsmtsc(path, split=split)
    score = partial(_score_sentence, analyzer=analyzer or analyze_exact, tone=tone or target_tone)
    gold, system, baseline, errors = [], [], [], []
    unmatched = no_score = 0
    for r in parallel_map(score, items, workers=workers, chunksize=16):
        gold += r.gold
        system += r.system
        baseline += r.baseline
        unmatched += r.unmatched
        no_score += r.no_score
        errors += r.errors
    return NewsMTSCEvaluation(
        split=split, sentences=len(items), targets=len(gold), gold={k: gold.count(k) for k in LABELS},
        system=confusion(gold, system, labels=LABELS), baseline=confusion(gold, baseline, labels=LABELS),
        same_as_sentence_vader=Accuracy(sum(s == b for s, b in zip(system, baseline)), len(gold)),
        unmatched=unmatched, no_score=no_score, errors=tuple(errors),
    )
