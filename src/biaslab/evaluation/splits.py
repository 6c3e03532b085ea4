"""Tune and report parts of a development corpus that has no held-out split of its own.

Method
------
A key (a PTC article id such as ``"111111111"``, a NewsMTSC article key such
as ``"allsides_1000_401"``) goes to ``"report"`` when the first 8 hex digits
of the SHA-256 of its UTF-8 bytes, read as an integer, are odd, else to
``"tune"``. The rule is the one in the project brief: it depends on the key
alone (not on the order of the files, the machine or the Python hash seed),
so anyone with their own copy of a corpus gets the same two halves, and all
sentences of one article fall on the same side.

Develop and inspect errors on ``"tune"`` only; ``"report"`` is for published
figures (like a shared task's test set). PolNeAR has its own split
(``train`` = tune, ``dev`` = report) and does not use this module.
"""
from __future__ import annotations

from hashlib import sha256

__all__ = ["SPLITS", "SPLIT_CHOICES", "split_of", "in_split"]

#: The two parts a key can fall into.
SPLITS = ("tune", "report")
#: What a caller may ask for: one part, or the whole corpus.
SPLIT_CHOICES = ("tune", "report", "all")


def split_of(key: str) -> str:
    """``"report"`` if ``int(sha256(key).hexdigest()[:8], 16)`` is odd, else ``"tune"``."""
    if not isinstance(key, str):
        raise TypeError(f"split_of() takes a str key, not {type(key).__name__}")
    return "report" if int(sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 2 else "tune"


def in_split(key: str, split: str) -> bool:
    """Whether ``key`` belongs to ``split`` (``"tune"``, ``"report"`` or ``"all"``)."""
    if split not in SPLIT_CHOICES:
        raise ValueError(f"unknown split {split!r} (expected one of: {', '.join(SPLIT_CHOICES)})")
    return split == "all" or split_of(key) == split
