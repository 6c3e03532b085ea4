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
instead of stopping, and every good article after it is still read:

* **Encodings.** Text is UTF-8 (a byte-order mark is allowed); a file that
  opens with a UTF-16 or UTF-32 byte-order mark is decoded as such. A JSONL
  file is decoded line by line, so an undecodable line is an error row
  naming its line; in a CSV file an undecodable row is an error row naming
  its row. A file whose first line (or first 8 KiB) holds a NUL byte is
  refused as binary.
* **Lone surrogates** (half of a UTF-16 pair, e.g. an emoji cut in two; JSON
  can spell them ``"\ud83d"``, and UTF-16 files can hold them) are not
  Unicode and cannot be written as UTF-8. :func:`article_from_text` replaces
  each with U+FFFD REPLACEMENT CHARACTER (one character for one, so offsets
  hold) and says so in :attr:`Article.notes`.
* **Structure.** A JSONL line nested too deeply for the parser, a CSV row
  with malformed quoting, and a CSV quoted field that is never closed (the
  parser then reads the rest of the file into it; the error row says from
  which line) are error rows. Front matter may use Windows (CRLF) line ends.
  Metadata values must be strings (``id`` may be an integer, ``date`` a
  TOML date); anything else is an error, not a string like ``"{'a': 1}"``.
* **Files.** Only regular files are read: a FIFO, socket or device is
  refused (reading a FIFO would wait forever). In a folder, every entry
  named ``*.txt``/``*.md`` is accounted for: a folder with such a name, a
  symbolic link that points nowhere or into a loop, and a special file are
  error rows.
* **Size.** :data:`MAX_CHARS` characters per article (:func:`check_size`);
  :func:`biaslab.analyze` and :func:`biaslab.score_corpus` take
  ``max_chars=`` to raise or lift it (``None``), the command line
  ``--max-chars`` (``0`` for no limit).
"""
from __future__ import annotations

import codecs
import csv
import datetime
import errno
import io
import json
import re
import stat
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Article", "ArticleError", "InputError", "load_article", "iter_articles",
    "parse_actor_option", "article_from_text", "check_size", "replace_surrogates", "MAX_CHARS",
]

TEXT_SUFFIXES = (".txt", ".md")
#: Saved web pages, read by :mod:`biaslab.webpage` (the article text is extracted from the HTML).
HTML_SUFFIXES = (".html", ".htm")
#: Bytes inspected to tell a binary file from text: a NUL byte in the first
#: 8 KiB is the test used by git and GNU grep.
BINARY_SNIFF_BYTES = 8192
#: The largest article, in characters, that :func:`biaslab.analyze` and
#: :func:`biaslab.score_corpus` take by default: about 80,000 words, ten
#: times the longest long-form features, so beyond it the input is almost
#: certainly not one news article (a concatenation mistake, a whole book).
#: Analysing it needs a few hundred MB of memory at most (about 60 bytes per
#: byte of text: ``benchmarks/README.md``). Pass ``max_chars=`` (command line:
#: ``--max-chars``) to change it.
MAX_CHARS = 500_000
#: Byte-order marks and their encodings; UTF-32's are tested before UTF-16's,
#: which they begin with.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Front matter: a line holding only ``+++``, the TOML, then another such line (LF or CRLF ends).
_FRONT_OPEN = re.compile(r"[ \t]*\+\+\+[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^[ \t]*\+\+\+[ \t]*(?:\r?\n|\Z)", re.M)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Metadata fields read from front matter, JSONL and CSV.
_META = ("title", "outlet", "date", "url", "provenance", "author")


class InputError(ValueError):
    """Input biaslab cannot read; the message is one line meant for the user."""


@dataclass(frozen=True)
class Article:
    """One news article.

    ``actors`` maps a canonical actor name to its aliases (names, titles or
    role nouns the article uses for that actor). ``notes`` says, one line
    each, what the loader had to change in the input to read it (lone
    surrogates replaced with U+FFFD); empty for almost every article.
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
    notes: tuple[str, ...] = ()

    def metadata(self) -> dict:
        """Identity fields as plain data (no text), and the loader's ``notes`` as a list."""
        return {**{k: getattr(self, k) for k in ("id", *_META, "source")}, "notes": list(self.notes)}


@dataclass(frozen=True)
class ArticleError:
    """A corpus entry that could not be read; ``message`` says why in one line."""

    id: str
    source: str
    message: str


def check_size(text: str, *, max_chars: int | None = MAX_CHARS) -> None:
    """Raise :class:`InputError` when ``text`` is longer than ``max_chars``
    characters (``None``: no limit); see :data:`MAX_CHARS`."""
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"article too long ({len(text):,} characters; the limit is {max_chars:,}: "
                         "raise it with max_chars= or --max-chars)")


# ----------------------------------------------------------------------------- values


def _kind(value: object) -> str:
    """What a metadata value is, in the words of JSON and TOML."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date or time"
    return type(value).__name__


def _meta_value(key: str, value: object, where: str) -> str | None:
    """A metadata value as a string: strings as they are, an integer ``id``,
    a TOML date or date-time as ISO 8601; anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if key == "date" and isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    expected = "a string or an integer" if key == "id" else "a string or a date" if key == "date" else "a string"
    raise InputError(f"{where}: '{key}' must be {expected}, not {_kind(value)}")


#: Characters a backslash makes plain in ``--actor`` values and CSV ``actors`` cells.
_ESCAPABLE = "=|;\\"


def _split_unescaped(value: str, sep: str) -> list[str]:
    """``value`` split at each ``sep`` that no backslash escapes (escapes are kept; see :func:`_unescape`)."""
    parts, current, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and value[i + 1:i + 2] and value[i + 1] in _ESCAPABLE:
            current.append(value[i:i + 2])
            i += 2
            continue
        if c == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    return re.sub(r"\\([=|;\\])", r"\1", value)


def _clean_actors(raw: object, where: str) -> dict[str, tuple[str, ...]]:
    if raw in (None, "", {}):
        return {}
    if isinstance(raw, str):
        return parse_actor_option(_split_unescaped(raw, ";"))
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: 'actors' must map names to lists of aliases, not {_kind(raw)}")
    out = {}
    for name, aliases in raw.items():
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, (list, tuple)) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{where}: aliases of actor {name!r} must be strings")
        out[str(name)] = tuple(a for a in aliases if a.strip())
    return out


def parse_actor_option(values: Sequence[str]) -> dict[str, tuple[str, ...]]:
    r"""Parse ``NAME=alias1|alias2`` strings (the ``--actor`` option).

    The name ends at the first ``=``; aliases are separated by ``|``. A
    backslash makes the next ``=``, ``|``, ``;`` or ``\`` a plain character,
    so ``A\=B=alias`` declares the actor ``A=B``; other backslashes are kept.
    """
    out: dict[str, tuple[str, ...]] = {}
    for value in values:
        if not value.strip():
            continue
        name, *rest = _split_unescaped(value, "=")
        aliases = _split_unescaped("=".join(rest), "|") if rest else []
        name = _unescape(name).strip()
        if not name:
            raise InputError(f"bad actor {value!r}: expected NAME=alias1|alias2 (write \\= for an = in a name)")
        out[name] = tuple(a for a in (_unescape(a).strip() for a in aliases) if a)
    return out


def replace_surrogates(value: str) -> tuple[str, int]:
    """``value`` with each lone surrogate replaced by U+FFFD, and how many there were."""
    if value.isascii():
        return value, 0
    return _SURROGATE.subn("\ufffd", value)


# ----------------------------------------------------------------------------- decoding


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _decode(data: bytes, where: str) -> str:
    encoding = _bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        name = encoding.upper()
        try:
            return data.decode(encoding, errors="surrogatepass")  # lone surrogates: see replace_surrogates
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not valid {name} ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")  # UTF-8, with or without a byte-order mark
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
            "save the file as UTF-8 and try again"
        ) from None


def _check_text(text: object, where: str) -> str:
    if text is None:
        raise InputError(f"{where}: no 'text' value")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string, not {_kind(text)}")
    if not text.strip():
        raise InputError(f"{where}: the article text is empty")
    return text


def _guess_title(text: str) -> str | None:
    from .segmentation import paragraphs

    first = next(iter(paragraphs(text[:2000])), None)
    if first and len(first.text) <= 200 and not first.text.endswith((".", "!", "?", "”", '"')):
        return first.text.lstrip("# ").strip() or None
    return None


def _front_matter(text: str, where: str) -> tuple[dict, str]:
    """``(front matter, body)``; ``({}, text)`` when the text has none."""
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return {}, text
    closing = _FRONT_CLOSE.search(text, opening.end())
    if not closing:
        raise InputError(f"{where}: front matter opened with +++ is never closed")
    try:
        front = tomllib.loads(text[opening.end():closing.start()])
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{where}: bad front matter: {exc}") from None
    except RecursionError:
        raise InputError(f"{where}: bad front matter: nested too deeply") from None
    return front, text[closing.end():]


def article_from_text(text: str, *, id: str = "article", source: str | None = None, **meta) -> Article:
    """Build an :class:`Article` from raw text, reading TOML front matter if present.

    ``meta``: metadata that overrides the front matter's (``title``,
    ``outlet``, ``date``, ``url``, ``provenance``, ``actors``; an empty value
    is ignored). Lone surrogates in the text or metadata become U+FFFD and
    are reported in :attr:`Article.notes`.
    """
    where = source or id
    repaired = 0

    def fix(value: str) -> str:
        nonlocal repaired
        value, n = replace_surrogates(value)
        repaired += n
        return value

    front, body = _front_matter(fix(_check_text(text, where)), where)
    _check_text(body, where)
    merged = {**front, **{k: v for k, v in meta.items() if v not in (None, "")}}
    actors = {fix(name): tuple(map(fix, aliases))
              for name, aliases in _clean_actors(merged.pop("actors", None), where).items()}
    known = {k: fix(v) if (v := _meta_value(k, merged.get(k), where)) else None for k in ("id", *_META)}
    notes = (f"replaced {repaired} lone surrogate{'s' * (repaired != 1)} (half of a UTF-16 pair, such as "
             "an emoji cut in two) with U+FFFD",) if repaired else ()
    return Article(
        id=known["id"] or replace_surrogates(str(id))[0],  # file names may hold undecodable bytes (as surrogates)
        text=body,
        title=known["title"] or _guess_title(body),
        outlet=known["outlet"],
        date=known["date"],
        url=known["url"],
        provenance=known["provenance"],
        actors=actors,
        source=replace_surrogates(source)[0] if source else source,
        notes=notes,
        author=known.get("author"),
    )


# ----------------------------------------------------------------------------- files


def _check_regular(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is (a link to) a regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{path}: broken symbolic link (its target does not exist)") from None
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: symbolic link loop") from None
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a folder, not a text file")
    if not stat.S_ISREG(mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        raise InputError(f"{path}: is {kind}, not a regular file; biaslab reads regular files only")


def _read_text_file(path: Path) -> Article:
    _check_regular(path)
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
    if not path.exists() and not path.is_symlink():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; use iter_articles() for a corpus")
    return _read_text_file(path)


def iter_articles(path: str | Path) -> Iterator[Article | ArticleError]:
    """Yield the articles of a file, folder, ``.jsonl`` or ``.csv``, lazily.

    A path that cannot be opened at all raises :class:`InputError`; an
    individual bad article in a corpus is yielded as an :class:`ArticleError`.
    In a folder, every entry named ``*.txt`` or ``*.md`` (sorted by name)
    gives an article or an error (a folder, a broken or looping link, a FIFO).
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        entries = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)
        if not entries:
            raise InputError(f"{path}: no .txt, .md or .html files in this folder")
        for p in entries:
            yield _guarded(p.stem, str(p), lambda p=p: _read_text_file(p))
        return
    _check_regular(path)
    if path.suffix.lower() == ".jsonl":
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


def _open_binary(path: Path):
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


# ----------------------------------------------------------------------------- JSONL


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | InputError]]:
    """``(line number, text or the error of that line)`` for each line of a JSONL file.

    UTF-8 lines are decoded one by one from bytes, so a bad byte spoils only
    its line; a file with a UTF-16/32 byte-order mark is decoded as a stream.
    """
    with _open_binary(path) as handle:
        encoding = _bom_encoding(handle.read(4)) or "utf-8"
        handle.seek(0)
        if encoding in ("utf-16", "utf-32"):
            stream = io.TextIOWrapper(handle, encoding=encoding, errors="surrogatepass", newline="\n")
            lineno = 0
            while True:
                lineno += 1
                try:
                    line = stream.readline()
                except UnicodeDecodeError as exc:
                    yield lineno, InputError(f"{path} line {lineno}: not valid {encoding.upper()} ({exc.reason}); "
                                             "the rest of the file cannot be read")
                    return
                if not line:
                    return
                yield lineno, line
        for lineno, raw in enumerate(handle, 1):
            if lineno == 1:
                if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
                    raise InputError(f"{path}: looks like a binary file, not text")
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield lineno, InputError(f"{path} line {lineno}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} "
                                         f"at column {exc.start + 1})")


def _iter_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    for lineno, line in _jsonl_lines(path):
        where, id = f"{path} line {lineno}", f"{path.stem}:{lineno}"
        if isinstance(line, InputError):
            yield ArticleError(id, where, str(line))
        elif line.strip():
            yield _guarded(id, where, lambda: _from_record(_json_record(line, where), path, lineno, where))


def _json_record(line: str, where: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a 'text' field")
    if "text" not in record:
        raise InputError(f"{where}: no 'text' field")
    return record


def _from_record(record: Mapping, path: Path, number: int, where: str) -> Article:
    text = _check_text(record.get("text"), where)
    meta = {k: record.get(k) for k in (*_META, "actors")}
    record_id = _meta_value("id", record.get("id"), where)
    return article_from_text(text, id=record_id or f"{path.stem}:{number}", source=where, **meta)


# ----------------------------------------------------------------------------- CSV


def _csv_stream(path: Path, handle) -> tuple[io.TextIOWrapper, bool]:
    """The decoded text of a CSV file, and whether undecodable bytes show as
    U+DC80..U+DCFF (UTF-8 read with ``surrogateescape``: checked row by row)."""
    head = handle.read(BINARY_SNIFF_BYTES)
    handle.seek(0)
    encoding = _bom_encoding(head) or "utf-8-sig"
    if encoding in ("utf-16", "utf-32"):
        return io.TextIOWrapper(handle, encoding=encoding, errors="surrogatepass", newline=""), False
    if b"\x00" in head:
        raise InputError(f"{path}: looks like a binary file, not text")
    return io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline=""), True


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _iter_csv(path: Path) -> Iterator[Article | ArticleError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_binary(path) as handle:
        stream, escaped = _csv_stream(path, handle)
        lines_read = 0

        def counted() -> Iterator[str]:  # the reader's own count stops at a parse error
            nonlocal lines_read
            for line in stream:
                lines_read += 1
                yield line

        reader = csv.DictReader(counted(), strict=True)  # strict: malformed quoting is reported, not guessed
        try:
            fields = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"{path}: cannot read the CSV header ({exc})") from None
        if "text" not in fields:
            shown = ", ".join(fields) or "none"
            raise InputError(f"{path}: no 'text' column (columns: {_ESCAPED_BYTE.sub('?', shown)})")
        row_no = 0
        while True:
            row_no += 1
            where, id = f"{path} row {row_no}", f"{path.stem}:{row_no}"
            first_line = lines_read + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:  # a UTF-16/32 stream that breaks off
                yield ArticleError(id, where, f"{where}: not valid text ({exc.reason}); "
                                              "the rest of the file cannot be read")
                return
            except csv.Error as exc:
                if str(exc) == "unexpected end of data":
                    yield ArticleError(id, where, f"{where}: a quoted field opened on line {first_line} is never "
                                                  f"closed, so the rest of the file (lines {first_line}-{lines_read}) "
                                                  "was read into it; close the quote")
                    return
                yield ArticleError(id, where, f"{where} (line {first_line}): malformed CSV ({exc})")
                continue
            yield _guarded(id, where, lambda: _from_row(record, path, row_no, where, escaped))


def _from_row(record: dict, path: Path, row_no: int, where: str, escaped: bool) -> Article:
    if None in record:  # more fields than the header has
        raise InputError(f"{where}: {len(record[None])} more field(s) than the header has")
    if escaped:
        for column, value in record.items():
            bad = _ESCAPED_BYTE.search(value or "")
            if bad:
                raise InputError(f"{where}: column {column!r} is not valid UTF-8 "
                                 f"(byte 0x{ord(bad.group()) - 0xDC00:02x})")
    return _from_record(record, path, row_no, where)
