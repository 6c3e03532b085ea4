"""Lexicon entries and the files they come from (the bundled CSV, a user's CSV or TOML file).

Columns, categories and the strength scale are documented in :mod:`biaslab.lexicon`; every check
raises :class:`LexiconError` naming the file and line."""
from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..resources import csv_table
from .guards import _parse_guard
from .inflection import _term_words

#: The bundled categories, in reporting order (documented in the module docstring).
CATEGORIES = (
    "labeling", "emotive", "exaggeration", "euphemism", "editorializing",
    "doubt", "hedge", "booster", "flag_waving", "fear", "factive",
)
#: The two voices a match can have.
#: middle of the scale ("loaded in many uses, neutral in others").
DEFAULT_USER_STRENGTH = 0.5
_DEFAULT_FILE = "loaded_terms.csv"
_REQUIRED_COLUMNS = ("term", "category", "rationale")
_COLUMNS = ("term", "category", "strength", "neutral", "guard", "rationale", "source")
_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon row.

    ``term`` is lower case (a final ``*`` marks a prefix); ``strength`` is in
    0.0-1.0 (1 = strongly persuasive in almost any use); ``neutral`` is a
    neutral alternative or ``""``; ``guard`` the raw context-guard text or
    ``""``; ``origin`` is ``"biaslab"`` or the path of the user file.
    """

    term: str
    category: str
    strength: float
    neutral: str
    guard: str
    rationale: str
    source: str
    origin: str = "biaslab"

    def to_dict(self) -> dict:
        return {"term": self.term, "category": self.category, "strength": self.strength,
                "neutral": self.neutral, "guard": self.guard, "rationale": self.rationale,
                "source": self.source, "origin": self.origin}



def _header_version(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        m = re.match(r"#\s*version\s*:\s*(\S+)", stripped)
        if m:
            return m.group(1)
    return ""


def _csv_entries(text: str, origin: str) -> list[LexiconEntry]:
    """Entries of a user CSV file; column names are case-insensitive."""
    header_line, columns, rows = csv_table(text, name=origin, error=LexiconError)
    if not header_line:
        raise LexiconError(f"{origin}: no header line (expected {','.join(_COLUMNS)})")
    header = [c.lower() for c in columns]
    missing = [c for c in _REQUIRED_COLUMNS if c not in header]
    if missing:
        raise LexiconError(f"{origin} line {header_line}: missing column(s) {', '.join(missing)} "
                           f"(expected {','.join(_COLUMNS)})")
    # every row is parsed before any is validated, so a field-count error comes first
    lowered = [(f"line {n}", {k.lower(): v for k, v in row.items()}) for n, row in rows]
    return _entries_from(lowered, origin)


def _toml_entries(text: str, origin: str) -> tuple[list[LexiconEntry], str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{origin}: {exc}") from exc
    tables = data.get("term", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise LexiconError(f"{origin}: expected [[term]] tables")
    rows = (
        (f"[[term]] #{n}", {k: "" if t.get(k) is None else str(t[k]).strip() for k in _COLUMNS})
        for n, t in enumerate(tables, 1)
    )
    return _entries_from(rows, origin), str(data.get("version", ""))


def _entries_from(rows: Iterable[tuple[str, dict[str, str]]], label: str, *,
                  origin: str | None = None) -> list[LexiconEntry]:
    """Validate rows into entries (errors start with ``label``, the file).
    ``strength`` and ``source`` may be empty (a user file's defaults); the
    bundled file's rows have them, checked by :func:`_default_lexicon`.
    ``origin`` defaults to ``label``."""
    origin = label if origin is None else origin
    entries = []
    seen: dict[str, str] = {}
    for where, row in rows:
        def fail(message: str) -> LexiconError:
            return LexiconError(f"{label} {where}: {message}")

        term = " ".join(row.get("term", "").lower().split())
        if not term:
            raise fail("missing term")
        try:
            _term_words(term)
        except ValueError as exc:
            raise fail(str(exc)) from None
        if term in seen:
            raise fail(f"duplicate term {term!r} (first at {seen[term]})")
        seen[term] = where
        category = row.get("category", "").strip().lower()
        if not category:
            raise fail("missing category")
        if not _CATEGORY_NAME.match(category):
            raise fail(f"bad category {category!r}: use lower-case letters, digits and _")
        near = difflib.get_close_matches(category, CATEGORIES, n=1, cutoff=0.8) if category not in CATEGORIES else []
        if near:  # a misspelt bundled category would silently start a new one
            raise fail(f"unknown category {category!r}: did you mean {near[0]!r}? The categories are "
                       f"{', '.join(CATEGORIES)}; a new category needs a name unlike these")
        raw = row.get("strength", "").strip()
        try:
            strength = float(raw) if raw else DEFAULT_USER_STRENGTH
        except ValueError:
            raise fail(f"bad strength {raw!r}: expected a number from 0.0 to 1.0") from None
        if not 0.0 <= strength <= 1.0:
            raise fail(f"bad strength {raw!r}: expected a number from 0.0 to 1.0")
        guard = row.get("guard", "").strip()
        try:
            _parse_guard(guard)
        except ValueError as exc:
            raise fail(str(exc)) from None
        rationale = row.get("rationale", "").strip()
        if not rationale:
            raise fail("missing rationale")
        source = row.get("source", "").strip()
        if not source:
            source = f"user lexicon {Path(label).name}"
        entries.append(LexiconEntry(term, category, strength, row.get("neutral", "").strip(), guard,
                                    rationale, source, origin))
    return entries

