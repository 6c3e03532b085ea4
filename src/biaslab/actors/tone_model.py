"""The tone model: learnt weights for the features of :mod:`biaslab.actors.tone_features`, applied in plain Python.

A multinomial logistic regression: for each class *c* of ``negative``,
``neutral``, ``positive``, a logit ``intercept[c] + Σ weight[f][c] × value[f]``
over the mention's feature values, turned into probabilities with the softmax.
Being linear, every feature item adds ``value × weight`` to the logits on its
own, which is what :class:`biaslab.actors.ToneEvidence` shows
("praised" as predicate +0.8 toward positive).

The weights are data, ``data/tone_model.json``, trained by
``tools/train_tone.py`` with scikit-learn (a development dependency only, the
``dev`` extra) on the **tune** part of NewsMTSC (Hamborg & Donnay 2021) and
chosen by cross-validation grouped by article; the file's ``provenance``
records how, on what, when, the cross-validated macro-F1 and the library
versions (see also ``data/NOTICE.md``). Nothing is fitted at run time, nothing
downloaded, and the result is deterministic.

Limits: learnt from one corpus of US political news (2014–2019), so its word
weights carry that corpus's vocabulary and annotators' judgements; a word the
training part never showed twice has no weight.
"""
from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..resources import ResourceError, data_text, once

__all__ = ["ToneModel", "load_tone_model", "softmax", "MODEL_FILE", "LABELS"]

#: The data file that holds the weights.
MODEL_FILE = "tone_model.json"
#: The classes, in the order of every weight triple.
LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class ToneModel:
    """The shipped model: ``intercept`` and ``weights`` (feature name → one weight per class of
    :data:`LABELS`, on the raw feature values) and the ``provenance`` of the file."""

    intercept: tuple[float, float, float]
    weights: Mapping[str, tuple[float, float, float]]
    provenance: dict = field(default_factory=dict, compare=False, repr=False)


@once
def load_tone_model() -> ToneModel:
    """The model of ``data/tone_model.json``, read once per process (:func:`biaslab.resources.once`).

    A missing or malformed file raises one :class:`~biaslab.resources.ResourceError` whose one-line
    message names the file and what is wrong with it.
    """
    text = data_text(MODEL_FILE)  # a missing file: ResourceError "... is missing; reinstall biaslab"
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError(f"a JSON {type(raw).__name__} where an object is expected")
        missing = [k for k in ("labels", "intercept", "weights") if k not in raw]
        if missing:
            raise ValueError(f"no {', '.join(missing)}")
        if list(raw["labels"]) != list(LABELS):
            raise ValueError(f"labels {raw['labels']} (expected {list(LABELS)})")
        intercept = tuple(float(x) for x in raw["intercept"])
        # names interned: each mention's evidence names its features by these strings (tone.py)
        weights = {sys.intern(str(f)): tuple(float(x) for x in w) for f, w in raw["weights"].items()}
        if len(intercept) != 3 or any(len(w) != 3 for w in weights.values()):
            raise ValueError("every weight needs one value per class")
    except (AttributeError, TypeError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ResourceError(f"biaslab data file {MODEL_FILE!r} is malformed ({reason}); reinstall biaslab") from None
    return ToneModel(intercept, weights, raw.get("provenance", {}))


def softmax(logits) -> tuple[float, ...]:
    """Probabilities from logits (shifted by their maximum, so no overflow)."""
    top = max(logits)
    e = [math.exp(x - top) for x in logits]
    s = sum(e)
    return tuple(x / s for x in e)
