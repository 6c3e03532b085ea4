"""Score a whole corpus: one tidy row per article, in parallel, streaming.

Method
------
Each article goes through the full :func:`biaslab.analyze` pipeline and its
result is flattened into one row of fixed columns (see
:func:`article_columns`): identity, size, summary sentiment, loaded terms by
category and voice (counts and densities per 1,000 words), quotation counts,
and frame shares (:func:`article_row`). With ``per_actor=True`` each article
also gives one row per actor (:func:`actor_rows`, :data:`ACTOR_COLUMNS`).
Articles analysed already (in a notebook, say) give the same table with
:func:`scores_frame`, without being analysed again.

Scale
-----
* **Streaming.** Articles are read lazily from the source and rows are
  yielded as soon as they are ready, in input order; at most
  ``IN_FLIGHT_PER_WORKER × workers`` chunks are submitted ahead of the row
  being yielded, so memory stays flat however long the corpus is.
* **Parallel.** By default articles are scored in a
  :class:`concurrent.futures.ProcessPoolExecutor` with one process per core.
  Each worker builds the expensive shared resources (the lexicon, VADER, the
  Pattern tagger, the frame cues) once, in its initializer, not once per
  article; articles travel to the workers in chunks of ``chunksize`` to
  amortise pickling. ``workers=1`` scores in-process, without a pool.
* **Any executor.** ``executor=`` accepts any
  :class:`concurrent.futures.Executor`, for example a Dask cluster's
  ``distributed.Client(...).get_executor()`` (``pip install biaslab[dask]``).
  Such workers build the shared resources lazily, once per process.
* **Deterministic.** Each row depends only on its article and the options,
  so values and order are the same for any number of workers.
* **Robust.** A bad article (unreadable, empty, pathological, or one that
  makes the analysis raise) becomes a row whose ``error`` column says why in
  one line; the run goes on. What the loader had to repair in a good article
  (lone surrogates made U+FFFD: :mod:`biaslab.corpus`) is in its ``notes``
  column. Output files are always valid UTF-8.
* **Interrupted runs.** Ctrl-C (SIGINT) and SIGTERM stop ``biaslab score``
  cleanly: its worker processes are ended at once (they ignore SIGINT and
  are terminated by the main process), the rows so far are written (a
  Parquet file is closed with its footer, so it reads), the summary says the
  run was interrupted, and the exit status is 130 for SIGINT and 143 for
  SIGTERM (128 + the signal number, the shell's convention). A generator
  from :func:`iter_scores` that is closed early ends its pool's workers too.

  A worker process that dies (killed for memory, say) breaks a process
  pool: biaslab starts a new pool and scores the lost articles again one at
  a time, so only the article that kills a worker is reported.

Limits: the guards against pathological input are size limits
(``max_chars``, default :data:`biaslab.corpus.MAX_CHARS`, and
:data:`MAX_TOKEN_CHARS`), not a timeout, so an
article that is slow without being large is waited for. With a user's
executor, recovery from lost workers is the executor's (Dask retries tasks
whose worker died); a task that still fails gives error rows for its chunk.
A user lexicon travels to such workers with every task (a few hundred kB).
"""
from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .analysis import Analysis, analyze
from .corpus import (
    MAX_CHARS, Article, ArticleError, InputError, article_from_text, check_size, iter_articles, parse_actor_option,
    replace_surrogates,
)
from .frames import FRAME_IDS
from .lexicon import CATEGORIES, VOICES, Lexicon, load_lexicon
from .resources import warm_up

__all__ = [
    "score_corpus", "iter_scores", "scores_frame", "article_row", "actor_rows", "article_columns",
    "ACTOR_COLUMNS", "IDENTITY_COLUMNS", "run_score_command", "write_rows",
]

#: Articles per task sent to a worker. Analysing one ~600-word article takes
#: tens of milliseconds, pickling it a few microseconds and a round trip to
#: a pool (or a Dask scheduler) about a millisecond; 8 articles per task make
#: that overhead negligible while a 20-article corpus still spreads over
#: two workers.
DEFAULT_CHUNKSIZE = 8
#: Chunks submitted ahead per worker: enough to keep every worker busy while
#: the main process reads, writes and waits for the oldest chunk, and small
#: enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 4
#: A run of this many characters without whitespace is refused: the longest
#: real tokens (URLs, hashtags, German compounds) are a few hundred
#: characters; megabyte-long "words" only stall the tagger and the regexes.
MAX_TOKEN_CHARS = 2_000
#: Failed articles listed one per line on stderr by ``biaslab score``; the
#: rest are only counted (all of them are in the ``error`` column).
MAX_REPORTED_FAILURES = 10
#: Rows buffered per Parquet row group: small enough for flat memory, large
#: enough for efficient columnar files.
PARQUET_BATCH_ROWS = 1024

#: Identity columns, first in every row.
IDENTITY_COLUMNS: dict[str, type] = {"id": str, "title": str, "outlet": str, "date": str, "source": str}
_SIZE_COLUMNS = {"words": int, "sentences": int}
#: Summary sentiment (see :class:`biaslab.sentiment.SentimentSummary`).
_SENTIMENT_COLUMNS = {k: float for k in ("vader_mean", "vader_weighted", "share_positive", "share_negative",
                                         "polarity_mean", "subjectivity_mean")}
_QUOTE_COLUMNS = {"quotes_direct": int, "quotes_partial": int, "quotes_scare": int, "quoted_words": int}
#: Frames with a share column: all but the codebook's residual "other",
#: whose share is 0 by definition (see :mod:`biaslab.frames`).
SHARE_FRAMES = tuple(f for f in FRAME_IDS if f != "other")

#: Columns of the per-actor rows, one row per article x actor (see
#: :class:`biaslab.actors.ActorProfile`): the article ``id``; the ``actor``'s
#: canonical name and ``kind`` (person or other); ``mentions`` and
#: ``sentence_share`` (share of the article's sentences naming the actor,
#: 0-1); ``quotes``, ``quoted_words`` and ``quote_share`` (the actor's share
#: of all quoted words, 0-1); ``agency_subject`` / ``agency_object``
#: (mentions as the subject of an active verb / acted upon); ``vader_mean``
#: and ``polarity_mean`` ([-1, 1]) over the author's words in the sentences
#: naming the actor, missing when there are none; ``loaded_descriptors``:
#: descriptors in the author's voice that contain a loaded term (as in
#: :func:`biaslab.comparison.compare`).
ACTOR_COLUMNS: dict[str, type] = {
    "id": str, "actor": str, "kind": str, "mentions": int, "sentence_share": float, "quotes": int,
    "quoted_words": int, "quote_share": float, "agency_subject": int, "agency_object": int,
    "vader_mean": float, "polarity_mean": float, "loaded_descriptors": int,
}


# ----------------------------------------------------------------------------- columns and rows


def article_columns(lexicon: Lexicon | None = None) -> dict[str, type]:
    """The fixed columns of an article row, in order, with their Python types.

    * identity: ``id``, ``title``, ``outlet``, ``date``, ``source``;
    * size: ``words``, ``sentences``;
    * sentiment (:class:`~biaslab.sentiment.SentimentSummary`): ``vader_mean``,
      ``vader_weighted``, ``share_positive``, ``share_negative`` (0-1),
      ``polarity_mean``, ``subjectivity_mean``;
    * loaded terms, named ``loaded[_<voice>][_<category>]`` (a count) and the
      same with ``_per_1k`` (matches per 1,000 words of the whole article),
      for all voices and each of ``author``/``quoted``, for all categories
      and each category of the lexicon (the bundled ones, then any a user
      lexicon adds): ``loaded``, ``loaded_per_1k``, ``loaded_quoted_per_1k``,
      ``loaded_author_labeling_per_1k``...;
    * quotations: ``quotes_direct``, ``quotes_partial``, ``quotes_scare``,
      ``quoted_words`` (words inside direct and partial quotes);
    * frames: ``dominant_frame`` (a frame id) and ``frame_<id>``, the
      frame's share of matched cue weight (0-1), for each Policy Frames
      Codebook dimension except the residual ``other`` (always 0);
    * ``notes``: empty, or what the loader repaired in the input (see
      :attr:`biaslab.corpus.Article.notes`);
    * ``error``: empty, or why the article could not be scored (the measures
      are then missing).
    """
    return _columns(_categories(lexicon if lexicon is not None else load_lexicon(())))


def _categories(lexicon: Lexicon) -> tuple[str, ...]:
    return (*CATEGORIES, *(c for c in lexicon.categories if c not in CATEGORIES))


def _loaded_names(categories: Sequence[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """``(column, voice, category)`` for every loaded-term count column."""
    for voice in (None, *VOICES):
        for category in (None, *categories):
            yield "loaded" + "".join(f"_{p}" for p in (voice, category) if p), voice, category


def _columns(categories: Sequence[str]) -> dict[str, type]:
    cols: dict[str, type] = {**IDENTITY_COLUMNS, **_SIZE_COLUMNS, **_SENTIMENT_COLUMNS}
    for name, _, _ in _loaded_names(categories):
        cols[name] = int
        cols[f"{name}_per_1k"] = float
    cols.update(_QUOTE_COLUMNS)
    cols["dominant_frame"] = str
    cols.update({f"frame_{f}": float for f in SHARE_FRAMES})
    cols["notes"] = str
    cols["error"] = str
    return cols


def article_row(analysis: Analysis, *, lexicon: Lexicon | None = None) -> dict:
    """The row :func:`score_corpus` gives an article, from its analysis.

    The keys are the columns of :func:`article_columns`, in order, with the
    same units (counts, densities per 1,000 words, shares 0-1, means in
    [-1, 1]); ``error`` is empty. ``lexicon``: the lexicon the analysis used,
    whose categories get their own ``loaded_..._<category>`` columns
    (default: the bundled lexicon); the totals count every match whatever
    its category.
    """
    categories = _categories(lexicon if lexicon is not None else load_lexicon(()))
    a, s = analysis.article, analysis.sentiment
    row: dict = {k: getattr(a, k) for k in IDENTITY_COLUMNS}
    row.update({"words": s.words, "sentences": s.sentences})
    row.update({k: getattr(s, k) for k in _SENTIMENT_COLUMNS})
    loaded = analysis.loaded_summary
    for name, voice, category in _loaded_names(categories):
        row[name] = loaded.count(category=category, voice=voice)
        row[f"{name}_per_1k"] = loaded.per_1000(category=category, voice=voice)
    quotes = analysis.summary["quotes"]
    row.update({k: quotes[k.removeprefix("quotes_")] for k in _QUOTE_COLUMNS})
    row["dominant_frame"] = analysis.frames.dominant
    row.update({f"frame_{f}": analysis.frames.article[f] for f in SHARE_FRAMES})
    row["notes"] = "; ".join(a.notes)
    row["error"] = ""
    return row


def actor_rows(analysis: Analysis) -> list[dict]:
    """The per-actor rows :func:`score_corpus` gives an article with
    ``per_actor=True``: one dict per actor of ``analysis``, in its order,
    keyed by :data:`ACTOR_COLUMNS` (see there for the units)."""
    return [
        {"id": analysis.article.id, "actor": p.name, "kind": p.kind, "mentions": p.prominence.mentions,
         "sentence_share": p.prominence.sentence_share, "quotes": p.voice.quotes,
         "quoted_words": p.voice.quoted_words, "quote_share": p.voice.quote_share,
         "agency_subject": p.agency.subject_of, "agency_object": p.agency.object_of,
         "vader_mean": p.tone.vader_mean, "polarity_mean": p.tone.polarity_mean,
         "loaded_descriptors": len(p.loaded_descriptors)}
        for p in analysis.actors
    ]


def _error_row(categories: Sequence[str], *, message: str, id: str, source: str | None = None,
               article: Article | None = None) -> dict:
    row = dict.fromkeys(_columns(categories))
    if article is not None:
        row.update({k: getattr(article, k) for k in IDENTITY_COLUMNS})
        row["notes"] = "; ".join(article.notes)
    else:
        row.update({"id": id, "source": source})
    row["error"] = " ".join(str(message).split()) or "error"  # one line, whatever the message
    return row


# ----------------------------------------------------------------------------- worker side


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs besides the articles; small and picklable.

    ``lexicons`` holds user lexicon paths (read by each worker) or a ready
    :class:`Lexicon` (shipped to workers that may not see the user's files).
    """

    lexicons: tuple[str, ...] | Lexicon
    actors: tuple[tuple[str, tuple[str, ...]], ...]
    per_actor: bool
    categories: tuple[str, ...]
    max_chars: int | None = MAX_CHARS


@lru_cache(maxsize=4)
def _lexicon_from(paths: tuple[str, ...]) -> Lexicon:
    """A pool worker's lexicon (the worker lives for one run, so no stale cache)."""
    return load_lexicon(paths)


def _worker_lexicon(job: _Job) -> Lexicon:
    """The job's lexicon, with every shared resource built (once per process,
    under :mod:`biaslab.resources`' lock, so threaded executors are safe too)."""
    lexicon = job.lexicons if isinstance(job.lexicons, Lexicon) else _lexicon_from(job.lexicons)
    try:
        warm_up()
    except Exception:  # noqa: BLE001 - warming is an optimisation: a broken
        pass  # resource shows up in the error column of the articles instead
    return lexicon


def _init_worker(job: _Job) -> None:
    """ProcessPoolExecutor initializer: build the shared resources once per worker.

    Workers ignore SIGINT (a Ctrl-C reaches the whole process group; the main
    process ends its workers itself) and die on SIGTERM (the handler a forked
    worker inherits would raise in it instead)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_lexicon(job)


def _check_size(text: str, max_chars: int | None) -> None:
    check_size(text, max_chars=max_chars)
    if any(len(run) > MAX_TOKEN_CHARS for run in text.split()):  # linear, unlike a regex \S{n}
        raise InputError(f"article has a run of over {MAX_TOKEN_CHARS:,} characters without a space; "
                         "not prose")


def _score_item(index: int, item, job: _Job, lexicon: Lexicon) -> tuple[dict, list[dict]]:
    if isinstance(item, ArticleError):
        return _error_row(job.categories, message=item.message, id=item.id, source=item.source), []
    article = None
    try:
        if isinstance(item, str):
            article = article_from_text(item, id=f"article-{index + 1}")
        elif isinstance(item, Article):
            article = item
        else:
            raise InputError(f"expected an Article or a text, got {type(item).__name__}")
        _check_size(article.text, job.max_chars)
        analysis = analyze(article, actors=dict(job.actors), lexicons=lexicon, max_chars=None)
        return article_row(analysis, lexicon=lexicon), (actor_rows(analysis) if job.per_actor else [])
    except Exception as exc:  # noqa: BLE001 - one bad article must never stop the run
        message = str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
        return _error_row(job.categories, message=message, id=f"article-{index + 1}", article=article), []


def _score_chunk(job: _Job, chunk: Sequence[tuple[int, object]]) -> list[tuple[dict, list[dict]]]:
    """Score ``(index, item)`` pairs; never raises for a bad article."""
    lexicon = _worker_lexicon(job)
    return [_score_item(i, item, job, lexicon) for i, item in chunk]


# ----------------------------------------------------------------------------- driver


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))  # respects CPU affinity and container limits
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _items(source) -> Iterator:
    if isinstance(source, (str, os.PathLike)):
        return iter_articles(source)
    if isinstance(source, (Article, ArticleError)):
        return iter([source])
    if hasattr(source, "columns") and hasattr(source, "itertuples"):  # iterating a DataFrame gives its labels
        raise TypeError("score a DataFrame's texts with score_corpus(df['text']), or pass Articles")
    return iter(source)


def _count_hint(source) -> int | None:
    """Number of articles when cheap to know (for the progress bar), else ``None``."""
    if hasattr(source, "__len__") and not isinstance(source, (str, os.PathLike)):
        return len(source)
    if not isinstance(source, (str, os.PathLike)):
        return None
    path = Path(source)
    try:
        if path.is_dir():
            return sum(1 for p in path.iterdir() if p.suffix.lower() in (".txt", ".md"))
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
    except OSError:
        return None
    return None


def _chunks(items: Iterable, size: int) -> Iterator[list[tuple[int, object]]]:
    numbered = enumerate(items)
    while chunk := list(islice(numbered, size)):
        yield chunk


def _make_job(lexicons, actors, per_actor: bool, *, ship_lexicon: bool,
              max_chars: int | None = MAX_CHARS) -> tuple[_Job, dict[str, type]]:
    """The job and its columns. The lexicon is loaded here, afresh (a user
    may have edited the file since the last run), so a bad file fails before
    any work. ``ship_lexicon`` puts the loaded lexicon in the job (in-process
    scoring, or a user's executor whose workers may not see the user's
    files); otherwise the pool's workers read the paths themselves, once."""
    if isinstance(lexicons, Lexicon):
        lexicon = spec = lexicons
    else:
        paths = tuple(str(p) for p in (lexicons or ()))
        lexicon = load_lexicon(paths)
        spec = lexicon if ship_lexicon and paths else paths
    if isinstance(actors, Sequence) and not isinstance(actors, str):
        actors = parse_actor_option(actors)  # ["Name=alias|alias", ...], as on the command line
    frozen_actors = tuple((name, tuple(aliases)) for name, aliases in (actors or {}).items())
    categories = _categories(lexicon)
    return _Job(spec, frozen_actors, per_actor, categories, max_chars), _columns(categories)


class _Dispatcher:
    """Sends chunks to an executor and gets their rows back, never raising.

    State: the current executor. With its own process pool, a pool broken by
    a dying worker (killed for memory, say) is replaced, and the chunks that
    were lost with it are scored again one article per task, so only the
    article that kills a worker becomes an error row. With a user's executor,
    a failed task makes error rows for its chunk.
    """

    #: The error row of an article whose worker died while scoring it.
    DIED = "a worker process died while scoring this article (out of memory?)"
    #: Tries of a lost article, each in a sound pool: an article can be lost
    #: because another one killed the pool it shared, but an article that
    #: kills its worker does so every time.
    RESCUE_ATTEMPTS = 2

    def __init__(self, job: _Job, workers: int, executor: Executor | None):
        self.job, self.workers, self.own = job, workers, executor is None
        self.executor = executor if executor is not None else self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.job,))

    def submit(self, chunk: list) -> tuple[Future, Executor, list]:
        executor = self.executor
        try:
            future = executor.submit(_score_chunk, self.job, chunk)
        except Exception as exc:  # noqa: BLE001 - a broken pool refuses new work
            future = Future()
            future.set_exception(exc)
        return future, executor, chunk

    def rows(self, future: Future, executor: Executor, chunk: list) -> list[tuple[dict, list[dict]]]:
        try:
            return future.result()
        except BrokenProcessPool:
            if self.own:
                return self._rescue(chunk, executor)
            return self._failed(chunk, "worker failed: its process pool broke")
        except Exception as exc:  # noqa: BLE001 - a failed task fails its chunk, not the run
            return self._failed(chunk, f"worker failed: {type(exc).__name__}: {exc}")

    def _rescue(self, chunk: list, broken: Executor) -> list[tuple[dict, list[dict]]]:
        rows = []
        for item in chunk:
            for _ in range(self.RESCUE_ATTEMPTS):
                if self.executor is broken:
                    broken.shutdown(wait=False, cancel_futures=True)
                    self.executor = self._new_pool()
                executor = self.executor
                try:
                    rows.extend(executor.submit(_score_chunk, self.job, [item]).result())
                    break
                except BrokenProcessPool:
                    broken = executor
            else:
                rows.extend(self._failed([item], self.DIED))
        return rows

    def _failed(self, chunk: list, message: str) -> list[tuple[dict, list[dict]]]:
        return [(_error_row(self.job.categories, message=message, id=f"article-{i + 1}", **_identity_of(item)), [])
                for i, item in chunk]

    def close(self, pending: Iterable[tuple[Future, Executor, list]] = (), *, abort: bool = False) -> None:
        """Stop: cancel the ``pending`` chunks of a user's executor; shut the
        own pool down, after the last chunk waiting for it, and on ``abort``
        (an interrupt, or a consumer that stopped early) ending its worker
        processes at once instead of letting them finish queued work."""
        if not self.own:
            for future, _, _ in pending:
                future.cancel()
        elif abort:
            _end_workers(self.executor)
        else:
            self.executor.shutdown(wait=True, cancel_futures=True)


#: Seconds a terminated worker process gets to exit before it is killed.
_WORKER_EXIT_SECONDS = 5


def _end_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate a process pool's workers now, wait for them, and shut the pool down.

    Its pending futures are not cancelled: the pool fails them itself when it
    sees its workers gone (cancelling first trips a bug of Python 3.11, whose
    pool then sets an exception on a cancelled future in its own thread).
    """
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    pool = getattr(executor, "_processes", None)  # private before Python 3.14
    processes = list(pool.values()) if isinstance(pool, dict) else []
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(_WORKER_EXIT_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
    # A worker killed while writing a result leaves half a message in the result pipe, and the
    # pool's manager thread then waits forever for the rest (seen about once in ten interrupted
    # runs). With every worker gone, closing the parent's copy of the pipe's write end leaves no
    # writer at all: the manager thread reads end-of-file, declares the pool broken and exits.
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()
    executor.shutdown(wait=True)


def _results(items: Iterator, job: _Job, *, workers: int, executor: Executor | None,
             chunksize: int) -> Iterator[tuple[dict, list[dict]]]:
    """``(row, actor_rows)`` per item, in input order, with bounded work in flight."""
    chunks = _chunks(items, chunksize)
    if executor is None and workers == 1:
        for chunk in chunks:
            yield from _score_chunk(job, chunk)
        return
    dispatcher = _Dispatcher(job, workers, executor)
    limit = IN_FLIGHT_PER_WORKER * workers
    pending: deque = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(dispatcher.submit(chunk))
            if len(pending) >= limit:
                yield from dispatcher.rows(*pending.popleft())
        while pending:
            yield from dispatcher.rows(*pending.popleft())
        finished = True
    finally:  # also on an interrupt, or when the consumer closes this generator
        dispatcher.close(pending, abort=not finished)


def _identity_of(item) -> dict:
    if isinstance(item, Article):
        return {"article": item}
    if isinstance(item, ArticleError):
        return {"id": item.id, "source": item.source}
    return {}


def _progress_bar(enabled: bool | None, total: Callable[[], int | None]):
    from tqdm import tqdm  # a terminal bar on stderr; tqdm.auto warns in kernels without ipywidgets

    if enabled is None:
        enabled = sys.stderr.isatty()
    # delay: a bar appears only on runs longer than two seconds. smoothing=0:
    # the rate (and so the ETA) is the average since the first row (see
    # _scored). Rows arrive in bursts of a chunk per worker, so tqdm's default
    # moving average of recent bursts made the first ETA several times too short.
    return tqdm(total=total() if enabled else None, disable=not enabled, unit="article", file=sys.stderr,
                delay=2.0, dynamic_ncols=True, smoothing=0)


def _scored(source, *, workers, executor, actors, lexicons, per_actor, progress, chunksize, counted=None,
            max_chars=MAX_CHARS):
    """The shared driver: ``(columns, iterator of (row, actor_rows))``; the
    progress bar's total is counted from ``counted`` (default: ``source``)."""
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    if workers is not None and workers < 1:
        raise InputError(f"workers must be at least 1 (got {workers})")
    workers = workers or _default_workers()
    if max_chars is not None and max_chars < 1:
        raise InputError(f"max_chars must be at least 1, or None for no limit (got {max_chars})")
    job, columns = _make_job(lexicons, actors, per_actor, ship_lexicon=executor is not None or workers == 1,
                             max_chars=max_chars)
    items = _items(source)

    def run():
        bar = _progress_bar(progress, lambda: _count_hint(source if counted is None else counted))
        try:
            with contextlib.closing(_results(items, job, workers=workers, executor=executor,
                                             chunksize=chunksize)) as results:
                for n, result in enumerate(results):
                    if n == 0:  # the clock starts at the first row: starting the pool is not throughput
                        bar.unpause()
                    bar.update(1)
                    yield result
        finally:
            bar.close()

    return columns, run()


def iter_scores(
    source: str | os.PathLike | Iterable[Article | ArticleError | str],
    *,
    workers: int | None = None,
    executor: Executor | None = None,
    actors: Mapping[str, Sequence[str]] | Sequence[str] | None = None,
    lexicons: Lexicon | Sequence[str | os.PathLike] | None = None,
    per_actor: bool = False,
    progress: bool | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    max_chars: int | None = MAX_CHARS,
) -> Iterator[dict]:
    """Score articles one by one, yielding one row dict per article, in input order.

    ``source``: a path (a text file, a folder of ``.txt``/``.md`` files, a
    ``.jsonl`` or a ``.csv``; see :func:`biaslab.corpus.iter_articles`) or an
    iterable of :class:`~biaslab.corpus.Article`, texts (``str``, front matter
    allowed; ids ``article-1``, ``article-2``... by position) or
    :class:`~biaslab.corpus.ArticleError`.

    ``workers``: processes (default: all cores; ``1`` scores in-process). With
    ``executor=`` (any :class:`concurrent.futures.Executor`, e.g.
    ``distributed.Client(...).get_executor()``) the work goes there instead,
    and ``workers`` only sizes how many chunks are submitted ahead (pass the
    cluster's worker count). ``actors``: extra declared actors for every
    article, ``{name: [aliases]}`` or ``["Name=alias|alias", ...]``.
    ``lexicons``: extra lexicon files or a :class:`~biaslab.lexicon.Lexicon`.
    ``progress``: a tqdm bar on stderr (default: when stderr is a terminal).
    ``chunksize``: articles per task sent to a worker. ``max_chars``: longer
    articles are error rows (default :data:`biaslab.corpus.MAX_CHARS`;
    ``None``: no limit).

    Rows have the columns of :func:`article_columns`; a bad article gives a
    row whose ``error`` is set and whose measures are ``None``. With
    ``per_actor=True`` each item is a pair ``(row, actor_rows)`` where
    ``actor_rows`` has one dict per actor (:data:`ACTOR_COLUMNS`).
    """
    _, results = _scored(source, workers=workers, executor=executor, actors=actors, lexicons=lexicons,
                         per_actor=per_actor, progress=progress, chunksize=chunksize, max_chars=max_chars)
    for row, actors_of_row in results:
        yield (row, actors_of_row) if per_actor else row


def _frame(rows: Iterable[dict], columns: Mapping[str, type]):
    import pandas as pd

    df = pd.DataFrame.from_records(list(rows), columns=list(columns))
    dtypes = {k: "Int64" for k, t in columns.items() if t is int}
    dtypes.update({k: "float64" for k, t in columns.items() if t is float})
    return df.astype(dtypes)


def score_corpus(
    source: str | os.PathLike | Iterable[Article | ArticleError | str],
    *,
    workers: int | None = None,
    executor: Executor | None = None,
    actors: Mapping[str, Sequence[str]] | Sequence[str] | None = None,
    lexicons: Lexicon | Sequence[str | os.PathLike] | None = None,
    per_actor: bool = False,
    progress: bool | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    max_chars: int | None = MAX_CHARS,
):
    """Score a corpus into a :class:`pandas.DataFrame`, one row per article.

    Takes the same arguments as :func:`iter_scores`. Counts are nullable
    integers (``Int64``): a failed article has ``<NA>`` measures and its
    message in ``error`` (empty for articles that were scored). With
    ``per_actor=True`` returns ``(articles, actors)``: the article table and a
    table with one row per article x actor.
    """
    columns, results = _scored(source, workers=workers, executor=executor, actors=actors, lexicons=lexicons,
                               per_actor=per_actor, progress=progress, chunksize=chunksize, max_chars=max_chars)
    rows, per_actor_rows = [], []
    for row, more in results:
        rows.append(row)
        per_actor_rows.extend(more)
    articles = _frame(rows, columns)
    return (articles, _frame(per_actor_rows, ACTOR_COLUMNS)) if per_actor else articles


def scores_frame(analyses: Analysis | Iterable[Analysis], *, lexicon: Lexicon | None = None,
                 per_actor: bool = False):
    """:func:`score_corpus`'s table for articles already analysed: nothing is analysed again.

    ``analyses``: one :class:`~biaslab.analysis.Analysis` or several; one
    row each (:func:`article_row`), in order, with the columns and dtypes of
    :func:`score_corpus`. ``lexicon``: the lexicon they were analysed with,
    when it is not the bundled one. With ``per_actor=True`` returns
    ``(articles, actors)`` like :func:`score_corpus`.
    """
    analyses = [analyses] if isinstance(analyses, Analysis) else list(analyses)
    articles = _frame((article_row(a, lexicon=lexicon) for a in analyses), article_columns(lexicon))
    if not per_actor:
        return articles
    return articles, _frame((row for a in analyses for row in actor_rows(a)), ACTOR_COLUMNS)


# ----------------------------------------------------------------------------- output files


def _plain(value):
    """JSON/CSV-safe value: NaN and None become None."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _valid_unicode(row: dict) -> dict:
    """``row`` with lone surrogates in its strings made U+FFFD, so that every
    output file is valid UTF-8. The loaders repair text already; this covers
    an :class:`~biaslab.corpus.Article` built by hand with one."""
    fixed = {k: replace_surrogates(v)[0] for k, v in row.items() if isinstance(v, str) and not v.isascii()}
    return {**row, **fixed} if fixed else row


class _CsvWriter:
    def __init__(self, path: Path, columns: Mapping[str, type]):
        self._handle = path.open("w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._handle, fieldnames=list(columns))
        self._writer.writeheader()

    def write(self, row: dict) -> None:
        self._writer.writerow(_valid_unicode(row))  # None is written as an empty field

    def close(self) -> None:
        self._handle.close()


class _JsonlWriter:
    def __init__(self, path: Path, columns: Mapping[str, type]):
        self._handle = path.open("w", encoding="utf-8", newline="\n")
        self._columns = list(columns)

    def write(self, row: dict) -> None:
        row = _valid_unicode(row)
        self._handle.write(json.dumps({k: _plain(row.get(k)) for k in self._columns}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._handle.close()


class _ParquetWriter:
    def __init__(self, path: Path, columns: Mapping[str, type]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        kinds = {str: pa.string(), int: pa.int64(), float: pa.float64()}
        self._pa = pa
        self._schema = pa.schema([(k, kinds[t]) for k, t in columns.items()])
        self._writer = pq.ParquetWriter(str(path), self._schema)
        self._batch: list[dict] = []

    def write(self, row: dict) -> None:
        self._batch.append(_valid_unicode(row))
        if len(self._batch) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []  # taken first: an interrupt never writes a row twice
        if batch:
            self._writer.write_table(self._pa.Table.from_pylist(batch, schema=self._schema))

    def close(self) -> None:
        self._flush()
        self._writer.close()


_WRITERS = {".csv": _CsvWriter, ".jsonl": _JsonlWriter, ".parquet": _ParquetWriter}


def _writer_class(path: Path):
    suffix = path.suffix.lower()
    if suffix not in _WRITERS:
        raise InputError(f"{path}: unknown output format {suffix or '(no extension)'!r}; "
                         "use .csv, .jsonl or .parquet")
    if suffix == ".parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise InputError(f"{path}: writing .parquet needs pyarrow: pip install pyarrow") from None
    return _WRITERS[suffix]


def _open_writer(path: Path, columns: Mapping[str, type]):
    cls = _writer_class(path)
    try:
        return cls(path, columns)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_rows(rows: Iterable[dict], path: str | os.PathLike, columns: Mapping[str, type]) -> int:
    """Write rows to ``path`` (``.csv``, ``.jsonl`` or ``.parquet``) as they come; returns the count."""
    writer = _open_writer(Path(path), columns)
    n = 0
    try:
        for row in rows:
            writer.write(row)
            n += 1
    finally:
        writer.close()
    return n


# ----------------------------------------------------------------------------- command line


def _primed(items: Iterator) -> Iterator:
    """Start the corpus reader now, so an unreadable path fails before any output is written."""
    first = next(items, _END)
    if first is _END:
        return iter(())
    return _prepend(first, items)


_END = object()


def _prepend(first, rest: Iterator) -> Iterator:
    yield first
    yield from rest


@contextlib.contextmanager
def _signals_held():
    """Ignore SIGINT and SIGTERM meanwhile (main thread only), so a second
    Ctrl-C cannot cut the closing of the output files short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def run_score_command(args) -> int:
    """``biaslab score PATH --out FILE [--actors-out FILE] [--workers N] [--max-chars N] [--quiet]``.

    Writes one row per article to ``--out`` (and one per article x actor to
    ``--actors-out``) incrementally and returns 0, or 2 when any article
    failed; prints the failures and a one-line summary to stderr (with
    ``--quiet``, nothing on success). Interrupted by SIGINT or SIGTERM (an
    exception with a ``signum``, as :mod:`biaslab.cli` raises for SIGTERM),
    it ends the workers, closes the files with the rows so far, says so and
    returns 128 + the signal number.
    """
    out = Path(args.out)
    actors_out = Path(args.actors_out) if args.actors_out else None
    for path in filter(None, (out, actors_out)):
        _writer_class(path)
    max_chars = getattr(args, "max_chars", MAX_CHARS) or None
    items = _primed(iter_articles(args.path))
    columns, results = _scored(
        items, workers=args.workers, executor=None, actors=parse_actor_option(args.actor),
        lexicons=args.lexicon, per_actor=actors_out is not None, max_chars=max_chars,
        progress=False if args.quiet else None, chunksize=DEFAULT_CHUNKSIZE, counted=args.path,
    )
    writer = _open_writer(out, columns)
    actor_writer = None
    scored, failed, shown = 0, 0, []
    interrupted: KeyboardInterrupt | None = None
    try:
        actor_writer = _open_writer(actors_out, ACTOR_COLUMNS) if actors_out else None
        for row, actors_of_row in results:
            if row["error"]:
                failed += 1
                if len(shown) < MAX_REPORTED_FAILURES:
                    shown.append(f"biaslab: {row['id']}: {row['error']}")
            else:
                scored += 1
            writer.write(row)
            for actor_row in actors_of_row:
                actor_writer.write(actor_row)
    except KeyboardInterrupt as exc:  # SIGINT, or SIGTERM turned into an exception by the CLI
        interrupted = exc
    finally:
        with _signals_held():
            results.close()  # ends the workers at once when interrupted
            writer.close()
            if actor_writer:
                actor_writer.close()
    for line in shown:
        print(line, file=sys.stderr)
    if failed > len(shown):
        print(f"biaslab: ... and {failed - len(shown)} more failures (see the 'error' column)", file=sys.stderr)
    wrote = out if actors_out is None else f"{out} and {actors_out}"
    counts = f"scored {scored} article{'s' * (scored != 1)}, {failed} failed"
    if interrupted is not None:
        signum = getattr(interrupted, "signum", signal.SIGINT)
        print(f"biaslab: interrupted ({signal.Signals(signum).name}) after {scored + failed} articles: {counts}; "
              f"wrote the rows so far to {wrote}", file=sys.stderr)
        return 128 + signum
    if failed or not args.quiet:
        print(f"biaslab: {counts}; wrote {wrote}", file=sys.stderr)
    return 2 if failed else 0
