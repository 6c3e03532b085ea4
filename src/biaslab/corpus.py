"""Articles and corpora: the document model and its loaders.

An :class:`Article` is the text exactly as loaded plus metadata. Every offset
biaslab reports points into ``Article.text``.

Metadata convention
-------------------
A plain-text article (``.txt`` or ``.md``) may open with TOML front matter
between two lines holding only ``+++`` (the convention of the Hugo and Zola
static-site generators)::

    +++
    id = "putin-syria-2017-12-11"
    title = "Putin Orders Russian Troops Home"
    date = "2017-12-11"
    outlet = "unknown"
    provenance = "where the text comes from"
    [actors]
    "Vladimir Putin" = ["Putin", "the Russian leader"]
    +++
    Headline ...

The body after the closing ``+++`` line is the article text. Without front
matter, the id is the file name without its extension and the title is the
first paragraph when it reads like a headline.

Corpus formats: a folder of ``.txt``/``.md`` files (sorted by name), a
``.jsonl`` file (one JSON object per line, ``text`` required; ``id``,
``title``, ``outlet``, ``date``, ``url``, ``provenance``, ``actors`` optional),
or a ``.csv`` file (a ``text`` column required, the same optional columns;
``actors`` as ``Name=alias1|alias2;Other=...``). Corpora are read lazily, one
article at a time, so memory stays flat however long the corpus is.

Bad input raises :class:`InputError` with one readable line (missing path,
empty or whitespace-only text, binary data, undecodable bytes, a CSV without
a ``text`` column, malformed JSONL with the line number). In a corpus,
:func:`iter_articles` yields an :class:`ArticleError` for a bad article
instead of stopping.
"""
from __future__ import annotations

import csv
import json
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Article", "ArticleError", "InputError", "load_article", "iter_articles",
    "parse_actor_option", "article_from_text",
]

TEXT_SUFFIXES = (".txt", ".md")
#: Saved web pages, read by :mod:`biaslab.webpage` (the article text is extracted from the HTML).
HTML_SUFFIXES = (".html", ".htm")
#: Bytes inspected to tell a binary file from text: a NUL byte in the first
#: 8 KiB is the test used by git and GNU grep.
BINARY_SNIFF_BYTES = 8192
_FRONT = "+++"


class InputError(ValueError):
    """Input biaslab cannot read; the message is one line meant for the user."""


@dataclass(frozen=True)
class Article:
    """One news article.

    ``actors`` maps a canonical actor name to its aliases (names, titles or
    role nouns the article uses for that actor).
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    provenance: str | None = None
    actors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    source: str | None = None
    author: str | None = None

    def metadata(self) -> dict:
        """Identity fields as plain data (no text)."""
        return {k: getattr(self, k) for k in ("id", "title", "outlet", "date", "url", "provenance", "source",
                                              "author")}


@dataclass(frozen=True)
class ArticleError:
    """A corpus entry that could not be read; ``message`` says why in one line."""

    id: str
    source: str
    message: str


def _clean_actors(raw: object, where: str) -> dict[str, tuple[str, ...]]:
    if raw in (None, "", {}):
        return {}
    if isinstance(raw, str):
        return parse_actor_option(raw.split(";"))
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: 'actors' must map names to lists of aliases")
    out = {}
    for name, aliases in raw.items():
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, Sequence) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{where}: aliases of actor {name!r} must be strings")
        out[str(name)] = tuple(a for a in aliases if a.strip())
    return out


def parse_actor_option(values: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Parse ``NAME=alias1|alias2`` strings (the ``--actor`` option)."""
    out: dict[str, tuple[str, ...]] = {}
    for value in values:
        if not value.strip():
            continue
        name, _, aliases = value.partition("=")
        if not name.strip():
            raise InputError(f"bad actor {value!r}: expected NAME=alias1|alias2")
        out[name.strip()] = tuple(a.strip() for a in aliases.split("|") if a.strip())
    return out


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")  # UTF-8, with or without a byte-order mark
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8 and try again"
        ) from None
    return text


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string")
    if not text.strip():
        raise InputError(f"{where}: the article text is empty")
    return text


def _guess_title(text: str) -> str | None:
    from .segmentation import paragraphs

    first = next(iter(paragraphs(text[:2000])), None)
    if first and len(first.text) <= 200 and not first.text.endswith((".", "!", "?", "”", '"')):
        return first.text.lstrip("# ").strip() or None
    return None


def article_from_text(text: str, *, id: str = "article", source: str | None = None, **meta) -> Article:
    """Build an :class:`Article` from raw text, reading TOML front matter if present."""
    where = source or id
    body, front = text, {}
    lines = text.split("\n", 1)
    if lines[0].strip() == _FRONT and len(lines) == 2:
        head, sep, rest = lines[1].partition(f"\n{_FRONT}\n")
        if not sep and lines[1].startswith(f"{_FRONT}\n"):
            head, rest, sep = "", lines[1][len(_FRONT) + 1:], True
        if not sep:
            raise InputError(f"{where}: front matter opened with +++ is never closed")
        try:
            front = tomllib.loads(head)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{where}: bad front matter: {exc}") from None
        body = rest
    _check_text(body, where)
    merged = {**front, **{k: v for k, v in meta.items() if v not in (None, "")}}
    actors = _clean_actors(merged.pop("actors", None), where)
    known = {k: (str(v) if v is not None else None) for k, v in merged.items()
             if k in ("title", "outlet", "date", "url", "provenance", "author")}
    return Article(
        id=str(merged.get("id") or id),
        text=body,
        title=known.get("title") or _guess_title(body),
        outlet=known.get("outlet"),
        date=known.get("date"),
        url=known.get("url"),
        provenance=known.get("provenance"),
        actors=actors,
        source=source,
        author=known.get("author"),
    )


def _read_text_file(path: Path) -> Article:
    if path.suffix.lower() in HTML_SUFFIXES:  # a saved web page: extract the article first
        from .webpage import load_page

        return load_page(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return article_from_text(_decode(data, str(path)), id=path.stem, source=str(path))


def load_article(path: str | Path) -> Article:
    """Load one article from a ``.txt``/``.md`` file (any other suffix is read as text)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; use iter_articles() for a corpus")
    return _read_text_file(path)


def iter_articles(path: str | Path) -> Iterator[Article | ArticleError]:
    """Yield the articles of a file, folder, ``.jsonl`` or ``.csv``, lazily.

    A path that cannot be opened at all raises :class:`InputError`; an
    individual bad article in a corpus is yielded as an :class:`ArticleError`.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and p.is_file())
        if not files:
            raise InputError(f"{path}: no .txt, .md or .html files in this folder")
        for p in files:
            yield _guarded(p.stem, str(p), lambda p=p: _read_text_file(p))
    elif path.suffix.lower() == ".jsonl":
        yield from _iter_jsonl(path)
    elif path.suffix.lower() == ".csv":
        yield from _iter_csv(path)
    else:
        yield load_article(path)


def _guarded(id: str, source: str, make) -> Article | ArticleError:
    try:
        return make()
    except InputError as exc:
        return ArticleError(id=id, source=source, message=str(exc))


def _open_text(path: Path):
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    head = handle.read(BINARY_SNIFF_BYTES)
    handle.seek(0)
    if b"\x00" in head:
        handle.close()
        raise InputError(f"{path}: looks like a binary file, not text")
    import io

    return io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")


def _iter_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    with _open_text(path) as handle:
        lineno = 0
        while True:
            lineno += 1
            where = f"{path} line {lineno}"
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                yield ArticleError(f"{path.stem}:{lineno}", where, f"{where}: not valid UTF-8")
                return
            if not line:
                return
            if not line.strip():
                continue
            yield _guarded(f"{path.stem}:{lineno}", where, lambda: _from_record(_json_record(line, where), path, lineno, where))


def _json_record(line: str, where: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a 'text' field")
    if "text" not in record:
        raise InputError(f"{where}: no 'text' field")
    return record


def _from_record(record: Mapping, path: Path, lineno: int, where: str) -> Article:
    text = _check_text(record.get("text"), where)
    meta = {k: record.get(k) for k in ("title", "outlet", "date", "url", "provenance", "actors")}
    return article_from_text(text, id=str(record.get("id") or f"{path.stem}:{lineno}"), source=where, **meta)


def _iter_csv(path: Path) -> Iterator[Article | ArticleError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path) as handle:
        try:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"{path}: cannot read the CSV header ({exc})") from None
        if "text" not in fields:
            raise InputError(f"{path}: no 'text' column (columns: {', '.join(fields) or 'none'})")
        row_no = 0
        while True:
            row_no += 1
            where = f"{path} row {row_no}"
            try:
                record = next(reader)
            except StopIteration:
                return
            except (UnicodeDecodeError, csv.Error) as exc:
                yield ArticleError(f"{path.stem}:{row_no}", where, f"{where}: unreadable ({exc})")
                return
            yield _guarded(f"{path.stem}:{row_no}", where, lambda: _from_record(record, path, row_no, where))
