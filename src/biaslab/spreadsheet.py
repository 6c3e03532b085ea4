"""The tidy tables of one or more analyses as an Excel workbook (``.xlsx``), for users who work in spreadsheets.

One sheet per table, every row carrying its ``article_id`` so the sheets
can be filtered and joined: ``articles`` (:func:`biaslab.batch.scores_frame`,
the columns of ``biaslab score``), ``actors`` (one row per article × actor),
``sentences``, ``quotes``, ``loaded_terms`` and ``mentions`` (one row per
span, with character offsets into the article text), and ``about`` (what
each sheet holds, the biaslab and lexicon versions). Lists become text joined
with "; ", so every cell is a plain value. Written with openpyxl through
pandas; the header row is frozen and bold.

Limits: Excel holds at most 1,048,576 rows per sheet; a corpus with more
spans than that should use ``biaslab score`` (CSV, JSONL or Parquet).
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["tables", "write_xlsx", "SHEETS"]

#: The sheets, in order, and what each holds.
SHEETS = {
    "articles": "one row per article: the columns of `biaslab score`",
    "actors": "one row per article and actor: prominence, voice, agency, tone",
    "sentences": "one row per sentence: offsets, VADER and TextBlob scores, frame",
    "quotes": "one row per quotation: offsets, kind, speaker, reporting verb",
    "loaded_terms": "one row per loaded-term match: offsets, category, voice, rationale, source",
    "mentions": "one row per actor mention: offsets, how it names the actor",
}


def _plain(df):
    """Lists, tuples and dicts as text; everything else as is."""
    def cell(v):
        if isinstance(v, (list, tuple, set)):
            return "; ".join(map(str, v))
        if isinstance(v, dict):
            return "; ".join(f"{k}: {x}" for k, x in v.items())
        return v
    return df.map(cell) if hasattr(df, "map") else df.applymap(cell)


def tables(analyses) -> dict:
    """The tidy tables of :data:`SHEETS` for ``analyses`` (one or several), as DataFrames."""
    import pandas as pd

    from .batch import scores_frame
    from .comparison import mentions_frame

    analyses = [analyses] if hasattr(analyses, "article") else list(analyses)
    articles, actors = scores_frame(analyses, per_actor=True)

    def stacked(make):
        frames = [make(a).assign(article_id=str(a.article.id)) for a in analyses]
        frames = [f[["article_id", *[c for c in f.columns if c != "article_id"]]] for f in frames]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    return {"articles": articles, "actors": actors,
            "sentences": stacked(lambda a: a.sentences_frame()),
            "quotes": stacked(lambda a: a.quotes_frame()),
            "loaded_terms": stacked(lambda a: a.terms_frame()),
            "mentions": pd.concat([mentions_frame(a) for a in analyses], ignore_index=True)
            if analyses else pd.DataFrame()}


def write_xlsx(analyses, path: str | Path) -> Path:
    """Write the tables of ``analyses`` to the ``.xlsx`` workbook ``path``; returns the path."""
    import pandas as pd

    from . import __version__
    from .lexicon import Lexicon

    path = Path(path)
    sheets = tables(analyses)
    about = pd.DataFrame([{"sheet": k, "holds": v, "rows": len(sheets[k])} for k, v in SHEETS.items()]
                         + [{"sheet": "(versions)", "holds": f"biaslab {__version__}, lexicon "
                                                             f"{Lexicon.default().version}", "rows": None}])
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        about.to_excel(writer, sheet_name="about", index=False)
        for name, df in sheets.items():
            _plain(df).to_excel(writer, sheet_name=name, index=False, freeze_panes=(1, 0))
    return path

