"""Offline language resources, loaded once and cached.

biaslab never downloads anything at run time. Its resources come from two
places only:

* data files shipped inside this package (``biaslab/data``), read with
  :mod:`importlib.resources` — see ``data/NOTICE.md`` for their sources and
  licences. CSV data files are read with :func:`data_table`, which checks
  their columns, required values (every row cites a ``source``), allowed
  values and duplicates, and names the file and line of the first problem;
* resources that PyPI packages carry: the VADER lexicon shipped by the
  ``vaderSentiment`` package (MIT), used through NLTK's VADER implementation,
  and the Pattern part-of-speech lexicon and chunker bundled with TextBlob.

NLTK data folders (``NLTK_DATA``, ``~/nltk_data``) are never consulted for
these, so results are the same on a machine that has NLTK data installed and
on one that does not (one deterministic path).

Threads
-------
Every shared resource is built once per process, on first use, under one
process-wide lock: loaders are decorated with :func:`once` instead of
:func:`functools.lru_cache`, so threads that make their first calls at the
same time wait for one build and all get the same object. This matters for
the Pattern tagger and TextBlob's sentiment lexicon: they are *lazy*
dictionaries that fill themselves on first access, and a second thread
reading one while the first fills it got a half-loaded lexicon (wrong tags,
missing actors and agency verbs, no error). :func:`pattern_parse` and
:func:`pattern_sentiment` therefore load those dictionaries completely inside
their ``once`` builder. :func:`warm_up` builds every registered resource at
once (pool workers call it before their first article).
"""
from __future__ import annotations

import csv
import functools
import io
import os
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

__all__ = ["ResourceError", "data_text", "data_rows", "data_table", "csv_table", "vader", "nltk_vader",
           "pattern_parse", "pattern_sentiment", "once", "warm_up", "pattern_tags", "pattern_chunks",
           "pattern_lexicon_tag"]

T = TypeVar("T")

#: The one lock under which shared resources are built. Reentrant, because a
#: builder may use another resource (the frame cues read the morphology
#: tables); one lock for all, so two builders can never deadlock each other.
_LOCK = threading.RLock()
#: Every builder decorated with :func:`once`, for :func:`warm_up`.
_LOADERS: list[Callable[[], object]] = []
_UNSET = object()


def _fresh_lock_after_fork() -> None:
    """A child forked while another thread held the lock gets a free one."""
    global _LOCK
    _LOCK = threading.RLock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_fresh_lock_after_fork)


def once(build: Callable[[], T]) -> Callable[[], T]:
    """Decorate a resource builder (no arguments): build on the first call, once per process.

    The first call runs ``build`` under the process-wide lock; calls made
    meanwhile from other threads wait for it and get the same object; later
    calls return it without locking. A builder that raises is tried again on
    the next call. ``cache_clear()`` forgets the object (for tests that swap
    a data file), as with :func:`functools.lru_cache`.
    """
    value: object = _UNSET

    @functools.wraps(build)
    def get() -> T:
        nonlocal value
        found = value
        if found is _UNSET:
            with _LOCK:
                if value is _UNSET:
                    value = build()
                found = value
        return found  # type: ignore[return-value]

    def cache_clear() -> None:
        nonlocal value
        with _LOCK:
            value = _UNSET

    get.cache_clear = cache_clear  # type: ignore[attr-defined]
    _LOADERS.append(get)
    return get


def warm_up() -> None:
    """Build every shared resource of the analysis now (each once per process).

    Imports the modules :func:`biaslab.analyze` uses, then calls every
    :func:`once` builder they registered. Cheap after the first call. Pool
    workers call it in their initializer so no article pays for loading.
    """
    from . import analysis  # noqa: F401 - registers the loaders of every layer

    for loader in list(_LOADERS):
        loader()


class ResourceError(RuntimeError):
    """A language resource that biaslab needs is missing or unreadable."""


def data_text(name: str) -> str:
    """Return the text of the package data file ``biaslab/data/<name>``."""
    try:
        return (resources.files("biaslab") / "data" / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - broken installation
        raise ResourceError(f"biaslab data file {name!r} is missing; reinstall biaslab") from exc


def data_rows(name: str) -> list[tuple[int, dict[str, str]]]:
    """Parse a shipped CSV data file: ``(line_number, row)`` pairs, unchecked.

    Lines starting with ``#`` are provenance comments (source, licence, date)
    and are skipped; the first other line is the header. Loaders use
    :func:`data_table`, which also checks the rows.
    """
    return list(csv_table(data_text(name), name=name)[2])


def csv_table(text: str, *, name: str = "", error: type[Exception] = ValueError
              ) -> tuple[int, list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Parse CSV text with ``#`` comment lines, reading the header once.

    Returns ``(header_line, columns, rows)``: the 1-based line number of the
    header (0 when the text has no line other than comments and blanks), its
    column names (stripped), and an iterator of ``(line_number, {column:
    value})`` with values stripped. Rows are parsed as they are read, so a
    caller can check the columns before any row; a row with the wrong number
    of fields raises ``error`` with ``"<name> line N: ..."`` when reached.
    """
    kept = [(i, line) for i, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        return 0, [], iter(())
    reader = csv.reader(io.StringIO("\n".join(line for _, line in kept)))
    header = [h.strip() for h in next(reader)]
    where = f"{name} line" if name else "line"

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for (lineno, _), values in zip(kept[1:], reader):
            if len(values) != len(header):
                raise error(f"{where} {lineno}: expected {len(header)} fields ({', '.join(header)}), "
                            f"found {len(values)}")
            yield lineno, {h: v.strip() for h, v in zip(header, values)}

    return kept[0][0], header, rows()


def data_table(
    name: str,
    *,
    required: Sequence[str],
    optional: Sequence[str] = (),
    choices: Mapping[str, Collection[str]] | None = None,
    unique: str | Sequence[str] | None = None,
    key: Callable[[str], str] | None = None,
    error: type[Exception] = ResourceError,
) -> list[tuple[int, dict[str, str]]]:
    """Read a shipped CSV data file (see :func:`data_rows`) and check it.

    * every column named in ``required``, ``optional``, ``choices`` or
      ``unique`` exists in the header;
    * every row has the header's number of fields and a non-empty value in
      each ``required`` column (every shipped file requires ``source``, the
      published work behind the row);
    * a column of ``choices`` holds one of its allowed values;
    * no two rows share the value(s) of the ``unique`` column(s), compared
      after ``key`` (e.g. a function that folds case and spacing).

    The first problem raises ``error`` (a loader passes its own exception
    class) with the message ``"<name> line N: <what is wrong>"``. Returns the
    ``(line_number, row)`` pairs, values stripped, in file order.
    """
    choices = choices or {}
    unique = (unique,) if isinstance(unique, str) else tuple(unique or ())
    header_line, columns, rows = csv_table(data_text(name), name=name, error=error)
    if not header_line:
        raise error(f"{name}: no header line")
    wanted = dict.fromkeys([*required, *optional, *choices, *unique])
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise error(f"{name} line {header_line}: missing column(s) {', '.join(missing)} "
                    f"(the header has {', '.join(columns)})")
    out = []
    seen: dict[tuple[str, ...], int] = {}
    for line, row in rows:
        def fail(message: str) -> Exception:
            return error(f"{name} line {line}: {message}")

        for column in required:
            if not row[column]:
                raise fail(f"empty {column}")
        for column, allowed in choices.items():
            if row[column] not in allowed:
                raise fail(f"unknown {column} {row[column]!r} (expected one of: {', '.join(sorted(allowed))})")
        if unique:
            values = tuple(row[c] for c in unique)
            found = tuple(map(key, values)) if key else values
            if found in seen:
                what = unique[0] if len(unique) == 1 else "/".join(unique)
                shown = values[0] if len(unique) == 1 else "/".join(values)
                raise fail(f"duplicate {what} {shown!r} (first at line {seen[found]})")
            seen[found] = line
        out.append((line, row))
    return out


def _vader_lexicon_file() -> str:
    """The name NLTK opens VADER's lexicon by: ``vader_lexicon.txt`` of the ``vaderSentiment``
    package, whose folder is added to ``nltk.data.path`` (once; NLTK 3.10 only opens resources
    found under a folder there)."""
    import nltk.data

    try:
        lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
    except ModuleNotFoundError as exc:
        raise ResourceError("the VADER lexicon is missing: pip install vaderSentiment") from exc
    folder = str(Path(str(lexicon)).parent)
    if folder not in nltk.data.path:
        nltk.data.path.insert(0, folder)
    return "vader_lexicon.txt"


def _vader_of(cls):
    try:
        return cls(lexicon_file=_vader_lexicon_file())
    except LookupError as exc:  # pragma: no cover - broken installation
        raise ResourceError("could not load the VADER lexicon of vaderSentiment") from exc


@once
def vader():
    """NLTK's VADER analyzer with the lexicon shipped by ``vaderSentiment``, as
    :class:`biaslab.vader.Vader`: NLTK's scores, computed with a cheaper word split."""
    from .vader import Vader

    return _vader_of(Vader)


def nltk_vader():
    """A new NLTK ``SentimentIntensityAnalyzer`` on the same lexicon, unchanged (the bare baseline
    of ``benchmarks/`` and the tests that compare :func:`vader` with it). Not shared, not built by
    :func:`warm_up`: the analysis never uses it."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return _vader_of(SentimentIntensityAnalyzer)


def _load_lazy_tables(*tables) -> None:
    """Fill the given Pattern lazy tables now, with the lazy tables they carry.

    Pattern's lexicons (``textblob._text.lazydict``/``lazylist``) load
    themselves on first access and are visible, half-filled, to other
    threads while they do; called from a :func:`once` builder, this loads
    them completely before any thread can read them. Only the tables biaslab
    reads are loaded (not TextBlob's spelling list, 0.07 s that no analysis needs).
    """
    from textblob._text import lazydict, lazylist

    seen: set[int] = set()
    todo = list(tables)
    while todo:
        obj = todo.pop()
        if isinstance(obj, (lazydict, lazylist)) and id(obj) not in seen:
            seen.add(id(obj))
            len(obj)  # triggers load()
            # a lexicon carries its morphology, context and entity rules as lazy tables too
            todo.extend(v for v in vars(obj).values() if isinstance(v, (lazydict, lazylist)))


class _DirectLookups:
    """Mixed into a copy of a Pattern lazy dictionary that its builder loads before any lookup:
    ``in``, ``[]`` and ``get`` go straight to the dict instead of through Pattern's lazy wrapper
    (a Python call per lookup: two per word tagged, one per word scored)."""

    __slots__ = ()
    __contains__ = dict.__contains__
    __getitem__ = dict.__getitem__
    get = dict.get


def _one_pass_copy(shipped):
    """A new, unloaded Pattern ``Lexicon`` on the files of ``shipped`` that loads in one pass.

    biaslab tags with its own copy of Pattern's English tagger lexicon
    (``textblob.en.lexicon``: ``textblob/en/en-lexicon.txt``), the same file
    and entries (tests compare them), read faster: ``Lexicon.load``, the hook
    Pattern's lazy tables leave to subclasses, is overridden with the same
    parse (lines stripped, blank lines and ``;;;`` comments skipped, ``word
    tag`` split at the spaces) without Pattern's per-line generator, about
    0.1 s less in a fresh process. TextBlob's own objects are neither changed
    nor loaded, so a user's TextBlob in the same process behaves as without biaslab.
    """
    from textblob._text import Lexicon

    class _OnePassLexicon(_DirectLookups, Lexicon):
        def load(self) -> None:
            try:
                with open(self.path, encoding="utf-8") as f:
                    lines = f.read().split("\n")
            except OSError as exc:  # pragma: no cover - broken installation
                raise ResourceError(f"the Pattern tagger lexicon {self.path} is unreadable: {exc}") from exc
            dict.update(self, (line.split(" ", 2)[:2] for line in map(str.strip, lines)
                               if line and not line.startswith(";;;")))

    return _OnePassLexicon(path=shipped.path, morphology=shipped.morphology.path, context=shipped.context.path,
                           entities=shipped.entities.path, language=shipped.language)


#: Part-of-speech and chunk tags are a few dozen distinct strings; one shared
#: copy of each instead of two new strings per token (16 bytes of memory per
#: byte of text on long articles, measured in benchmarks/README.md).
_TAGS: dict[str, str] = {}


@once
def _pattern():
    """A parser (tagger) like TextBlob's bundled Pattern parser, on a copy of its lexicon
    (:func:`_one_pass_copy`), and Pattern's chunker function, with every lazy table
    loaded (see :func:`_load_lazy_tables`)."""
    import textblob.en
    from textblob._text import find_chunks

    lexicon = _one_pass_copy(textblob.en.lexicon)
    _load_lazy_tables(lexicon)
    shipped = textblob.en.parser
    parser = textblob.en.Parser(lexicon=lexicon, default=shipped.default, language=shipped.language)
    find_chunks([[w, t] for w, t in parser.find_tags(["The", "minister", "said", "it", "."])], language="en")
    return parser, find_chunks


def pattern_tags(words: Sequence[str]) -> list[str]:
    """Penn Treebank tags of pre-tokenized ``words`` by TextBlob's bundled Pattern
    tagger (Brill-style lexicon and contextual rules; De Smedt & Daelemans 2012),
    one per word. Called on the token list directly: no string round trip."""
    if not words:
        return []
    parser, _ = _pattern()
    return [_TAGS.setdefault(tag, tag) for _, tag in parser.find_tags([w or "_" for w in words])]


def pattern_lexicon_tag(word: str) -> str | None:
    """The tag Pattern's lexicon lists first for ``word`` (exact case), or None if it is unknown."""
    parser, _ = _pattern()
    return parser.lexicon.get(word)


def pattern_chunks(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """IOB chunk tags (``B-NP``, ``I-VP``, ``O`` …) of tagged words by Pattern's
    rule-based chunker (regular expressions over the tags, in the style of
    Ramshaw & Marcus 1995), one per word. ``tags`` may be corrected before."""
    if not words:
        return []
    _, find_chunks = _pattern()
    chunked = find_chunks([[w or "_", t] for w, t in zip(words, tags)], language="en")
    return [_TAGS.setdefault(row[2], row[2]) for row in chunked]


@once
def pattern_sentiment():
    """TextBlob's Pattern sentiment analyzer, fully loaded: a copy of ``textblob.en.sentiment``
    (same file, same settings, so the same scores; tests compare them) whose word lookups skip
    Pattern's lazy wrapper once loaded, as the tagger's lexicon copy does (:func:`_one_pass_copy`);
    TextBlob's own object is neither changed nor loaded.

    Called with a text it returns ``(polarity, subjectivity)``.
    """
    import textblob.en

    class _LoadedSentiment(_DirectLookups, textblob.en.Sentiment):
        pass

    shipped = textblob.en.sentiment
    analyzer = _LoadedSentiment(path=shipped.path, synset=shipped._synset, negations=shipped.negations,
                                modifiers=shipped.modifiers, modifier=shipped.modifier, tokenizer=shipped.tokenizer)
    _load_lazy_tables(analyzer)
    analyzer("a good start")
    return analyzer


def pattern_parse(tokens: list[str]) -> list[tuple[str, str, str]]:
    """Tag and chunk pre-tokenized words with TextBlob's bundled Pattern parser.

    Returns one ``(word, penn_tag, chunk_tag)`` triple per input token, where
    ``chunk_tag`` is an IOB tag such as ``B-NP`` or ``I-VP`` (``O`` outside).
    """
    tags = pattern_tags(tokens)
    return list(zip(tokens, tags, pattern_chunks(tokens, tags)))
