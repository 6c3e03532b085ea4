"""How well biaslab agrees with expert annotation of real news: corpus readers, measures and baselines.

``biaslab evaluate polnear|ptc|newsmtsc PATH`` runs one evaluation and prints biaslab's figures next to
a simple baseline's; ``make evaluate`` runs all three on their report parts and regenerates
``docs/validity.md`` (which explains every figure). The corpora are third-party text: they are read
from a path at run time and never copied into the project.

Modules: ``splits`` (tune/report parts by key), ``metrics`` (P/R/F1 by span overlap, the SemEval-2020
character measure, accuracy, macro-F1, confusion matrix), ``baselines``, ``common`` (errors, reading,
the worker pool), and one module per corpus: ``ptc`` (loaded language).
"""
from __future__ import annotations

from .baselines import VADER_LOADED_VALENCE, mark_quotes, sentence_vader, vader_terms
from .common import CorpusError
from .metrics import (
    PRF, Accuracy, CharOverlap, Confusion, Span, char_overlap_scores, check_spans, confusion, macro_f1,
    match_spans, merge_spans, overlap_scores, overlaps,
)
from .ptc import CATEGORY_TECHNIQUE, LOADED_TECHNIQUES, PTCArticle, PTCEvaluation, SpanScores, evaluate_ptc, read_ptc
from .splits import SPLIT_CHOICES, SPLITS, in_split, split_of

__all__ = [
    "split_of", "in_split", "SPLITS", "SPLIT_CHOICES",
    "Span", "PRF", "Accuracy", "CharOverlap", "Confusion", "check_spans", "overlaps", "merge_spans",
    "match_spans", "overlap_scores", "char_overlap_scores", "confusion", "macro_f1",
    "VADER_LOADED_VALENCE", "vader_terms", "mark_quotes", "sentence_vader",
    "CorpusError",
    "CATEGORY_TECHNIQUE", "LOADED_TECHNIQUES", "PTCArticle", "SpanScores", "PTCEvaluation", "read_ptc",
    "evaluate_ptc",
]
