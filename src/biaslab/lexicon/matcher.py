"""The :class:`Lexicon`: entries keyed by term and their compiled token trie; the bundled and
user lexicons, loaded once and cached."""
from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, count
from pathlib import Path

from ..resources import data_table, data_text, once
from .entries import (CATEGORIES, LexiconEntry, LexiconError, _DEFAULT_FILE, _csv_entries, _entries_from,
                      _header_version, _toml_entries)
from .guards import _Guard, _parse_guard
from .inflection import _closed_up, _term_words, _variants
from .tokens import _JOIN_GAP, _WORD, _norm


class _Node:
    __slots__ = ("children", "end", "prefixes")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end: tuple[int, LexiconEntry, str] | None = None  # (priority, entry, inflection kind)
        self.prefixes: list[tuple[str, LexiconEntry]] = []



class Lexicon:
    """A set of loaded-language entries and its compiled matcher.

    Entries are keyed by ``term``: a later entry with the same term replaces an
    earlier one. The matcher (a token trie) is built once, when the lexicon is
    created. ``version`` names the data ("2026.11.25", or joined with ``+``
    for an extended lexicon); ``categories`` lists the categories present.
    """

    def __init__(self, entries: Iterable[LexiconEntry] = (), *, version: str = "") -> None:
        table: dict[str, LexiconEntry] = {}
        for e in entries:
            table.pop(e.term, None)  # an override moves to the end, like a fresh entry
            table[e.term] = e
        self._entries = table
        self.version = version
        present = {e.category for e in table.values()}
        self.categories = tuple(c for c in CATEGORIES if c in present) + tuple(sorted(present - set(CATEGORIES)))
        self._root = _Node()
        self._guards: dict[str, _Guard | None] = {}
        for e in table.values():
            self._add(e)

    def _add(self, entry: LexiconEntry) -> None:
        self._guards[entry.term] = _parse_guard(entry.guard)
        words, hyphens = _term_words(entry.term)
        if entry.term.endswith("*"):
            node = self._walk(words[:-1])
            node.prefixes.append((words[-1], entry))
            return
        spellings = [words]
        if any(hyphens):
            spellings.append(_closed_up(words, hyphens))
        exact = self._guards[entry.term] is not None and self._guards[entry.term].exact
        for rank, spelling in zip((3, 2), spellings):  # the listed spelling, then the solid one
            self._mark(self._walk(spelling), (rank, entry, ""))
            for form, kind in [] if exact else _variants(spelling):
                self._mark(self._walk(form), (1, entry, kind))

    def _walk(self, words: Sequence[str]) -> _Node:
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        return node

    @staticmethod
    def _mark(node: _Node, end: tuple[int, LexiconEntry, str]) -> None:
        # a listed form (rank 3) beats a solid spelling (2) and an inflection (1);
        # at equal rank the later entry wins
        if node.end is None or end[0] >= node.end[0]:
            node.end = end

    # -- constructors -------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Lexicon":
        """The bundled lexicon (``data/loaded_terms.csv``), loaded once and cached."""
        return _default_lexicon()

    @classmethod
    def from_file(cls, path: str | Path) -> "Lexicon":
        """A user lexicon from a CSV file (the bundled columns; ``strength``,
        ``neutral``, ``guard`` and ``source`` optional) or a TOML file of
        ``[[term]]`` tables with the same keys. Unknown categories are allowed
        (name them in lower case with letters, digits and ``_``); an empty
        term, category or rationale, a bad strength, term or guard raises
        :class:`LexiconError` naming the file and line."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: cannot read lexicon file ({exc})") from exc
        origin = str(path)
        if path.suffix.lower() == ".toml":
            entries, version = _toml_entries(text, origin)
        else:
            entries = _csv_entries(text, origin)
            version = _header_version(text)
        return cls(entries, version=version or f"user:{path.name}")

    def extend(self, *others: "Lexicon") -> "Lexicon":
        """A new lexicon with the entries of ``others`` added; later entries
        override earlier ones with the same term."""
        entries = [*self._entries.values()]
        versions = [self.version] if self.version else []
        for other in others:
            entries += other._entries.values()
            if other.version and other.version not in versions:
                versions.append(other.version)
        return Lexicon(entries, version="+".join(versions))

    # -- container protocol -------------------------------------------------------------------
    @property
    def entries(self) -> tuple[LexiconEntry, ...]:
        return tuple(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.lower() in self._entries

    def __getitem__(self, term: str) -> LexiconEntry:
        return self._entries[term.lower()]

    def __repr__(self) -> str:
        return f"<Lexicon {len(self)} entries, version {self.version!r}>"

    # -- matching -------------------------------------------------------------------------------
    def _matches(self, text: str) -> list[tuple[int, int, LexiconEntry, str]]:
        """Leftmost-longest guarded matches: ``(start, end, entry, kind)``."""
        toks = _Tokens(text)
        starts, ends, words = toks.starts, toks.ends, toks.words
        out = []
        first_words, first_stems = self._root.children, tuple(stem for stem, _ in self._root.prefixes)
        starters = {w for w in set(words) if w in first_words or w.startswith(first_stems)}
        n, after = len(words), 0  # after: the end of the last match
        for i in compress(count(), map(starters.__contains__, words)):  # no term starts with most words
            if i < after:
                continue
            found = []  # (end token index, priority, entry, inflection kind)
            node, j = self._root, i
            while True:
                word = words[j]
                found += [(j + 1, 0, e, "") for stem, e in node.prefixes if word.startswith(stem)]
                node = node.children.get(word)
                if node is None:
                    break
                if node.end is not None:
                    found.append((j + 1, *node.end))
                if j + 1 >= n or not (node.children or node.prefixes) or not _JOIN_GAP.fullmatch(
                        text, ends[j], starts[j + 1]):
                    break
                j += 1
            # longest first; at equal length a listed form, then a generated one, then a prefix
            best = next(((k, e, kind) for k, _, e, kind in sorted(found, key=lambda f: (-f[0], -f[1]))
                         if (g := self._guards[e.term]) is None or g.allows(text, toks, i, k)), None)
            if best is None:
                continue
            k, entry, kind = best
            out.append((starts[i], ends[k - 1], entry, kind))
            after = k
        return out


class _Tokens(Sequence):
    """The word tokens of a text, compactly: offsets in two arrays and each distinct
    normalised word (:func:`~.tokens._norm`) stored once. ``toks[k]`` is
    ``(start, end, word)``, what the guards read. A list of tuples would take
    about 30 bytes of memory per byte of a long text; this takes under 5."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, text: str):
        self.starts, self.ends, self.words = array("q"), array("q"), []
        seen: dict[str, str] = {}  # word as written -> its normal form (shared)
        add_start, add_end, add_word = self.starts.append, self.ends.append, self.words.append
        for m in _WORD.finditer(text):
            a, b = m.span()
            add_start(a)
            add_end(b)
            raw = m.group()
            word = seen.get(raw)
            if word is None:
                norm = _norm(raw)
                word = seen[raw] = seen.setdefault(norm, norm)
            add_word(word)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k: int) -> tuple[int, int, str]:
        return self.starts[k], self.ends[k], self.words[k]


@once
def _default_lexicon() -> Lexicon:
    rows = data_table(_DEFAULT_FILE, required=("term", "category", "strength", "rationale", "source"),
                      optional=("neutral", "guard"), choices={"category": CATEGORIES}, error=LexiconError)
    entries = _entries_from(((f"line {n}", row) for n, row in rows), _DEFAULT_FILE, origin="biaslab")
    return Lexicon(entries, version=_header_version(data_text(_DEFAULT_FILE)))


def load_lexicon(paths: Sequence[str | Path] | str | Path = (), *, include_default: bool = True) -> Lexicon:
    """The default lexicon (unless ``include_default=False``) extended by the
    user files in ``paths``, in order: later files override earlier terms."""
    if isinstance(paths, (str, Path)):
        paths = (paths,)
    if not paths:
        return Lexicon.default() if include_default else Lexicon()
    return _load_cached(tuple(_file_key(p) for p in paths), include_default)


def _file_key(path: str | Path) -> tuple[str, int | None]:
    """A cache key that changes when the file does (path and modification time),
    so an edited user lexicon is re-read while an unchanged one is not."""
    path = Path(path).resolve()
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return str(path), None  # from_file reports the unreadable file


@lru_cache(maxsize=16)
def _load_cached(keys: tuple[tuple[str, int | None], ...], include_default: bool) -> Lexicon:
    """Building a lexicon compiles its matcher; done once per set of unchanged files."""
    user = [Lexicon.from_file(path) for path, _ in keys]
    base = Lexicon.default() if include_default else Lexicon()
    return base.extend(*user)

