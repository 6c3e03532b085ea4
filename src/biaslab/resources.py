"""Offline language resources, loaded once and cached.

biaslab never downloads anything at run time. Its resources come from two
places only:

* data files shipped inside this package (``biaslab/data``), read with
  :mod:`importlib.resources` — see ``data/NOTICE.md`` for their sources and
  licences;
* resources that PyPI packages carry: the VADER lexicon shipped by the
  ``vaderSentiment`` package (MIT), used through NLTK's VADER implementation,
  and the Pattern part-of-speech lexicon and chunker bundled with TextBlob.

NLTK data folders (``NLTK_DATA``, ``~/nltk_data``) are never consulted for
these, so results are the same on a machine that has NLTK data installed and
on one that does not (one deterministic path).
"""
from __future__ import annotations

import csv
import io
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["ResourceError", "data_text", "data_rows", "vader", "pattern_parse"]

_LOCK = threading.Lock()


class ResourceError(RuntimeError):
    """A language resource that biaslab needs is missing or unreadable."""


def data_text(name: str) -> str:
    """Return the text of the package data file ``biaslab/data/<name>``."""
    try:
        return (resources.files("biaslab") / "data" / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - broken installation
        raise ResourceError(f"biaslab data file {name!r} is missing; reinstall biaslab") from exc


def data_rows(name: str) -> list[tuple[int, dict[str, str]]]:
    """Parse a shipped CSV data file: ``(line_number, row)`` pairs.

    Lines starting with ``#`` are provenance comments (source, licence, date)
    and are skipped; the first other line is the header.
    """
    return csv_rows(data_text(name))


def csv_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """Parse CSV text with ``#`` comment lines; keep 1-based source line numbers."""
    lines = text.splitlines()
    kept = [(i + 1, line) for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        return []
    reader = csv.reader(io.StringIO("\n".join(line for _, line in kept)))
    header = [h.strip() for h in next(reader)]
    rows = []
    for (lineno, _), values in zip(kept[1:], reader):
        if len(values) != len(header):
            raise ValueError(f"line {lineno}: expected {len(header)} fields ({', '.join(header)}), found {len(values)}")
        rows.append((lineno, {h: v.strip() for h, v in zip(header, values)}))
    return rows


@lru_cache(maxsize=1)
def vader():
    """NLTK's VADER analyzer with the lexicon shipped by ``vaderSentiment``.

    NLTK 3.10 only opens resources found under a folder on ``nltk.data.path``,
    so the folder that holds ``vader_lexicon.txt`` is added there (once) and
    the lexicon is named relative to it.
    """
    import nltk.data
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    try:
        lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
    except ModuleNotFoundError as exc:
        raise ResourceError("the VADER lexicon is missing: pip install vaderSentiment") from exc
    folder = str(Path(str(lexicon)).parent)
    with _LOCK:
        if folder not in nltk.data.path:
            nltk.data.path.insert(0, folder)
        try:
            return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
        except LookupError as exc:  # pragma: no cover - broken installation
            raise ResourceError(f"could not load the VADER lexicon from {folder}") from exc


@lru_cache(maxsize=1)
def _pattern_parser():
    from textblob.en import parse

    return parse


def pattern_parse(tokens: list[str]) -> list[tuple[str, str, str]]:
    """Tag and chunk pre-tokenized words with TextBlob's bundled Pattern parser.

    Returns one ``(word, penn_tag, chunk_tag)`` triple per input token, where
    ``chunk_tag`` is an IOB tag such as ``B-NP`` or ``I-VP`` (``O`` outside).
    """
    if not tokens:
        return []
    parse = _pattern_parser()
    # Pattern splits on spaces; protect tokens that contain one.
    safe = [t.replace(" ", "_").replace("/", "|") or "_" for t in tokens]
    out = parse(" ".join(safe), tokenize=False, tags=True, chunks=True, relations=False, lemmata=False)
    triples = []
    for sentence in out.split("\n"):
        for item in sentence.split(" "):
            if not item:
                continue
            word, tag, chunk = item.split("/")[:3]
            triples.append((word, tag, chunk))
    if len(triples) != len(tokens):  # pragma: no cover - defensive
        raise ResourceError("the Pattern tagger changed the tokenization")
    return [(tok, tag, chunk) for tok, (_, tag, chunk) in zip(tokens, triples)]
