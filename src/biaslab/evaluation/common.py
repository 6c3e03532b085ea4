"""What the corpus readers and evaluations share: the error type, reading a corpus file exactly, the
worker pool, the article text check and the error records.

Corpus files are read as UTF-8 with ``newline=""``, so no line ending is translated and the annotation
offsets (characters, end exclusive) index the text as stored.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..corpus import InputError

__all__ = ["CorpusError", "read_corpus_text", "parallel_map", "analyze_exact", "context_of", "MAX_CONTEXT"]

#: Characters of context kept on each side of a span in an error record: about one sentence.
MAX_CONTEXT = 160


class CorpusError(InputError):
    """A corpus folder or file that cannot be evaluated (missing, unreadable or malformed); the message is
    one line naming the file (and line) at fault. An :class:`~biaslab.corpus.InputError`, so the command
    line reports it with exit status 2."""


def read_corpus_text(path: Path) -> str:
    """The text of a corpus file, exactly as stored (UTF-8, line endings kept)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None


def parallel_map(fn: Callable, items: Iterable, *, workers: int = 1, chunksize: int = 4) -> Iterator:
    """``map(fn, items)`` in input order; with ``workers > 1`` in a process pool (``fn`` must be a
    module-level function). Results, and so every figure added up from them in this order, are the same
    for any number of workers."""
    if workers < 1:
        raise InputError(f"workers must be at least 1 (got {workers})")
    if workers == 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(fn, items, chunksize=chunksize)


def analyze_exact(text: str, *, where: str, actors=None):
    """:func:`biaslab.analyze` of ``text``, checking that offsets into the analysis are offsets into
    ``text`` (they would not be if the text opened with front matter)."""
    from ..analysis import analyze

    try:
        analysis = analyze(text, actors=actors)
    except InputError as exc:
        raise CorpusError(f"{where}: {exc}") from None
    if analysis.text != text:
        raise CorpusError(f"{where}: biaslab read the text differently (front matter?); offsets would not match")
    return analysis


def context_of(text: str, start: int, end: int, *, size: int = MAX_CONTEXT) -> str:
    """Up to ``size`` characters either side of ``text[start:end]``, within its paragraph (for error records)."""
    a = max(text.rfind("\n", 0, start) + 1, start - size, 0)
    b = text.find("\n", end, end + size)
    return text[a:b if b >= 0 else end + size]
