"""Referents annotated by hand: who the Source of a PolNeAR dev quotation is.

PolNeAR has no coreference annotation, so for "“…,” *he* said" or "“…,” *the senator* said" the
evaluation needs to know who "he" or "the senator" is. :mod:`~biaslab.evaluation.referents`
approximates it by rule for pronouns; for the split the figures are reported on (dev) this project
annotated it by hand, and the annotation takes precedence.

The table ``data/polnear_referents.csv`` has one row per distinct Source of a PolNeAR dev gold
quotation that is a pronoun (he, she, who, it, I, they, …; guide ``docs/annotation/pronoun_referents.md``)
or a description, possibly around a name ("the president", "a campaign spokeswoman", "Fed Chair Ann
Moss"; guide ``docs/annotation/description_referents.md``; the row's ``source`` column names its
guide): a checksum of the article's text (the article's only identifier, so that not even its file
name is shipped), the Source's offsets and the offsets of the mention that names the entity it refers
to (the fullest name the article gives, or the description that introduces someone it never names),
with the entity's type. **No text of the corpus is shipped**: the referent is read from the article at
run time, so a copy of the corpus whose text differs (another checksum) falls back to the
approximation (pronouns) or to the Source's own words (descriptions).

Method: two annotation passes made independently, each by reading the article only (blind to
biaslab's output, to the approximation and to the other pass), following one written guide: the
referent is the entity the Source denotes (for "I"/"we" the one speaking, for "who"/"which" the phrase
the clause attaches to); ``type`` is ``person``, ``organization``, ``document``, ``group``,
``described`` (someone never named) or ``none`` (generic or undeterminable: the quotation's referent is
then undetermined, as the approximation's can be). Rows where the passes named the same entity are
``agreed``; the others were settled by a third reading of the article, again blind to biaslab's
output (``adjudicated``). Agreement figures are in ``docs/validity.md``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..resources import ResourceError, data_table, once
from .metrics import Span

__all__ = ["REFERENT_TYPES", "AnnotatedReferent", "annotated_referents", "text_checksum"]

#: What a hand-annotated referent is (``none``: the Source names nobody that can be determined).
REFERENT_TYPES = ("person", "organization", "document", "group", "described", "none")
#: How a row was settled: both passes named the same entity, or a third reading decided.
AGREEMENT = ("agreed", "adjudicated")
_TABLE = "polnear_referents.csv"
#: Hex digits of the SHA-1 of an article's text kept in the table: enough to tell two copies apart.
CHECKSUM_DIGITS = 12


@dataclass(frozen=True)
class AnnotatedReferent:
    """The hand-annotated referent of one Source.

    ``source``: the Source's character span; ``referent``: the span of the mention naming the entity
    (None for type ``none``); ``type``: one of :data:`REFERENT_TYPES`; ``agreement``: ``agreed`` or
    ``adjudicated``.
    """

    source: Span
    referent: Span | None
    type: str
    agreement: str


def text_checksum(text: str) -> str:
    """The first :data:`CHECKSUM_DIGITS` hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:CHECKSUM_DIGITS]


def _row(row: Mapping[str, str]) -> AnnotatedReferent:
    start, end = row["referent_start"], row["referent_end"]
    referent = (int(start), int(end)) if row["type"] != "none" else None
    return AnnotatedReferent((int(row["source_start"]), int(row["source_end"])), referent, row["type"],
                             row["agreement"])


@once
def _shipped() -> dict[str, tuple[AnnotatedReferent, ...]]:
    rows = data_table(_TABLE, required=("checksum", "source_start", "source_end", "type", "agreement",
                                          "source"),
                      optional=("referent_start", "referent_end"),
                      choices={"type": REFERENT_TYPES, "agreement": AGREEMENT},
                      unique=("checksum", "source_start"))
    return _index(row for _, row in rows)


def _index(rows: Iterable[Mapping[str, str]]) -> dict[str, tuple[AnnotatedReferent, ...]]:
    table: dict[str, list[AnnotatedReferent]] = {}
    for row in rows:
        try:
            item = _row(row)
        except ValueError as exc:
            raise ResourceError(f"{_TABLE}: bad offsets in a row for article {row['checksum']}: {exc}") from None
        table.setdefault(row["checksum"], []).append(item)
    return {k: tuple(v) for k, v in table.items()}


def annotated_referents(text: str, *, rows: Iterable[Mapping[str, str]] | None = None
                        ) -> dict[Span, AnnotatedReferent]:
    """The hand-annotated referents of the article ``text`` by Source span: the rows whose checksum is
    its :func:`text_checksum` (``{}`` when the table has none). ``rows``: table rows to use instead of
    the shipped table (mappings with its columns)."""
    table = _shipped() if rows is None else _index(rows)
    return {r.source: r for r in table.get(text_checksum(text), ())
            if r.referent is None or 0 <= r.referent[0] < r.referent[1] <= len(text)}
