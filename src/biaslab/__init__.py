"""biaslab: how a news article frames the people and events it covers.

A small public surface::

    import biaslab
    a = biaslab.analyze(biaslab.load_article("corpus/putin-syria-withdrawal-2017-12-11.txt"))
    a.summary                       # headline metrics
    a.sentences_frame()             # tidy pandas tables
    biaslab.compare(a, ["Putin", "Mattis"])

Names are imported lazily (PEP 562), so ``import biaslab`` stays fast and a
worker process loads only what it uses. Everything runs offline: see
:mod:`biaslab.resources`.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS = {
    "Article": "corpus", "ArticleError": "corpus", "InputError": "corpus",
    "iter_articles": "corpus", "load_article": "corpus",
    "Analysis": "analysis", "analyze": "analysis",
    "find_quotes": "quotes",
    "Lexicon": "lexicon", "LexiconError": "lexicon", "find_loaded_terms": "lexicon",
    "load_lexicon": "lexicon", "neutralize": "lexicon",
    "score_frames": "frames",
    "compare": "comparison", "compare_articles": "comparison", "compare_loaded": "comparison",
    "contrast_lines": "comparison",
    "score_corpus": "batch", "iter_scores": "batch",
    "summary_view": "render", "render_analysis": "render",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'biaslab' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
