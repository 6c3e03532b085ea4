"""How well biaslab agrees with expert annotation of real news: corpus readers, measures and baselines.

``biaslab evaluate polnear|ptc|newsmtsc PATH`` runs one evaluation and prints biaslab's figures next to
a simple baseline's; ``make evaluate`` runs all three on their report parts and regenerates
``docs/validity.md`` (which explains every figure). The corpora are third-party text: they are read
from a path at run time and never copied into the project.

Modules: ``splits`` (tune/report parts by key), ``metrics`` (P/R/F1 by span overlap, the SemEval-2020
character measure, accuracy, macro-F1, confusion matrix), ``baselines``, ``common`` (errors, reading,
the worker pool), ``brat`` (standoff annotation files), ``speakers`` (do two phrases name the same
speaker?), ``referents`` and ``annotated`` (who a pronoun Source is: approximated by rule, and
annotated by hand for PolNeAR dev), one module per corpus: ``ptc`` (loaded language), ``polnear``
(quotations and speakers),
``newsmtsc`` (tone toward a target),
and ``report`` and ``command`` (tables, ``docs/validity.md``, the command line).
"""
from __future__ import annotations

from .baselines import VADER_LOADED_VALENCE, mark_quotes, sentence_vader, vader_terms
from .common import CorpusError
from .metrics import (
    PRF, Accuracy, CharOverlap, Confusion, Span, char_overlap_scores, check_spans, confusion, macro_f1,
    gaps, match_spans, merge_spans, overlap_scores, overlaps,
)
from .newsmtsc import (
    LABELS, NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, NewsMTSCEvaluation, Target, TargetSentence, evaluate_newsmtsc,
    read_newsmtsc, target_tone, tone_label,
)
from .polnear import (
    MARK_STYLES, Attribution, PolNeARArticle, PolNeAREvaluation, QuotationScores, SpeakerScores, evaluate_polnear,
    quotation_mark, read_polnear,
)
from .ptc import CATEGORY_TECHNIQUE, LOADED_TECHNIQUES, PTCArticle, PTCEvaluation, SpanScores, evaluate_ptc, read_ptc
from .speakers import is_pronoun, same_speaker
from .splits import SPLIT_CHOICES, SPLITS, in_split, split_of

__all__ = [
    "split_of", "in_split", "SPLITS", "SPLIT_CHOICES",
    "Span", "PRF", "Accuracy", "CharOverlap", "Confusion", "check_spans", "overlaps", "gaps", "merge_spans",
    "match_spans", "overlap_scores", "char_overlap_scores", "confusion", "macro_f1",
    "VADER_LOADED_VALENCE", "vader_terms", "mark_quotes", "sentence_vader",
    "CorpusError",
    "CATEGORY_TECHNIQUE", "LOADED_TECHNIQUES", "PTCArticle", "SpanScores", "PTCEvaluation", "read_ptc",
    "evaluate_ptc",
    "MARK_STYLES", "Attribution", "PolNeARArticle", "SpeakerScores", "QuotationScores", "PolNeAREvaluation",
    "quotation_mark", "read_polnear", "evaluate_polnear", "same_speaker", "is_pronoun",
    "LABELS", "POSITIVE_THRESHOLD", "NEGATIVE_THRESHOLD", "tone_label", "target_tone", "Target", "TargetSentence",
    "NewsMTSCEvaluation", "read_newsmtsc", "evaluate_newsmtsc",
]
