"""Per-call state of :func:`~biaslab.quotes.find_quotes`: sentence starts, quotation spans, actor mentions.

It also resolves a speaker phrase against the declared actors (step 4 of the
method in the package docstring): a name or alias that ends where the
phrase's head ends, or for he/she the most recent earlier mention of a person
actor outside quotations; anything else stays the phrase as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..segmentation import ABBREVIATIONS
from .names import ActorIndex, mention_key
from .phrases import RESOLVED_PRONOUNS, Phrase

#: A sentence end: final punctuation, any closing marks or brackets, then a space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
#: A paragraph break: a blank line (spaces allowed on it) or U+2029, with the space after it.
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|[\n\r\u2028])[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028])\s*|\u2029\s*")
#: The word (or initialism) right before a period, to tell "Gen." and "U.S." from a sentence end.
_ABBREVIATION_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\Z")


class Context:
    """Per-call state: the text, the actor index and lazily computed look-ups."""

    def __init__(self, text: str, actors: ActorIndex, quotes: list[tuple[int, int]]):
        self.text = text
        self.actors = actors
        self.quotes = quotes            # (content_start, content_end) of every quotation
        self._persons: list[tuple[int, int, str]] | None = None
        self.boundaries = self._sentence_starts()

    def _sentence_starts(self) -> list[int]:
        text = self.text
        out = [0]
        for m in _SENTENCE_END.finditer(text):
            j = m.end()
            while j < len(text) and text[j].isspace():
                j += 1
            if j >= len(text) or not (text[j].isupper() or text[j].isdigit() or text[j] in "“‘\"'(["):
                continue
            if m.group() == ".":
                w = _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if w and (w.group(1).lower() in ABBREVIATIONS or (len(w.group(1)) == 1 and w.group(1).isupper())):
                    continue
            out.append(j)
        for m in PARAGRAPH_BREAK.finditer(text):
            j = m.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j < 0 or text[j] != ":":  # "told reporters:" + paragraph break goes on
                out.append(m.end())
        out.sort()
        return out

    def sentence_start(self, pos: int) -> int:
        return self.boundaries[bisect_right(self.boundaries, pos) - 1]

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1]

    def resolve(self, phrase: Phrase) -> tuple[str, str]:
        """(speaker, resolution) of a speaker phrase."""
        text = self.text
        if phrase.pronoun:
            word = text[phrase.start:phrase.end].lower()
            actor = self._person_before(phrase.start) if word in RESOLVED_PRONOUNS else None
            return (actor, "pronoun") if actor else (text[phrase.start:phrase.end], "phrase")
        if self.actors.pattern is not None:
            last = None
            for m in self.actors.pattern.finditer(text, phrase.start, phrase.head_end):
                last = m
            if last is not None and last.end() == phrase.head_end:
                found = self.actors.lookup.get(mention_key(last.group()))
                if found:
                    return found
        return text[phrase.start:phrase.end], "phrase"

    def _person_before(self, pos: int) -> str | None:
        if self._persons is None:
            self._persons = []
            if self.actors.pattern is not None and self.actors.persons:
                for m in self.actors.pattern.finditer(self.text):
                    found = self.actors.lookup.get(mention_key(m.group()))
                    if found and found[0] in self.actors.persons and not self.inside_quote(m.start()):
                        self._persons.append((m.end(), m.start(), found[0]))
        k = bisect_right(self._persons, (pos, pos, "\uffff")) - 1
        return self._persons[k][2] if k >= 0 else None

    def actor_mentions(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Declared actors named in ``text[start:end]`` outside quotations:
        (start, end, actor, resolution)."""
        if self.actors.pattern is None:
            return []
        out = []
        for m in self.actors.pattern.finditer(self.text, start, end):
            hit = self.actors.lookup.get(mention_key(m.group()))
            if hit and not self.inside_quote(m.start()):
                out.append((m.start(), m.end(), *hit))
        return out
