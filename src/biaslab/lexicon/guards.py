"""Context guards: the ``guard`` column of a lexicon entry (syntax in :mod:`biaslab.lexicon`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tokens import _CONTEXT_GAP, _HYPHEN_RE, _SENTENCE_GAP, _WORD, _norm

_Alternatives = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Guard:
    not_before: _Alternatives = ()
    not_after: _Alternatives = ()
    requires_before: _Alternatives = ()
    requires_after: _Alternatives = ()
    not_in_sentence: tuple[str, ...] = ()
    not_capitalized: bool = False
    exact: bool = False
    hyphenated: bool = False

    def allows(self, text: str, toks: list, i: int, j: int) -> bool:
        """Whether the match of tokens ``i..j-1`` passes in its context."""
        if self.not_before or self.requires_before:
            after = _context(text, toks, j, +1, _longest(self.not_before + self.requires_before))
            if _any_phrase(self.not_before, after):
                return False
            if self.requires_before and not _any_phrase(self.requires_before, after):
                return False
        if self.not_after or self.requires_after:
            before = _context(text, toks, i - 1, -1, _longest(self.not_after + self.requires_after))
            if _any_phrase(self.not_after, before):
                return False
            if self.requires_after and not _any_phrase(self.requires_after, before):
                return False
        if self.not_capitalized and text[toks[i][0]].isupper() and not _sentence_initial(text, toks[i][0]):
            return False
        if self.hyphenated and not all(_HYPHEN_RE.search(text, toks[k][1], toks[k + 1][0]) for k in range(i, j - 1)):
            return False
        if self.not_in_sentence and any(_word_is(p, w) for w in _sentence_words(text, toks, i, j)
                                        for p in self.not_in_sentence):
            return False
        return True


#: How far :func:`_sentence_words` looks on each side of a match: a long news sentence.
SENTENCE_REACH = 40


def _sentence_words(text: str, toks: list, i: int, j: int) -> list[str]:
    """The words of the sentence around tokens ``i..j-1`` (up to :data:`SENTENCE_REACH`
    on each side), stopping at a sentence end (. ! ? ; or a line break)."""
    words = []
    for k, step in ((i - 1, -1), (j, +1)):
        for _ in range(SENTENCE_REACH):
            if not 0 <= k < len(toks):
                break
            gap = (toks[k][1], toks[k + 1][0]) if step < 0 else (toks[k - 1][1], toks[k][0])
            if _SENTENCE_GAP.search(text, *gap):
                break
            words.append(toks[k][2])
            k += step
    return words


def _longest(alternatives: _Alternatives) -> int:
    return max((len(a) for a in alternatives), default=0)


def _context(text: str, toks: list, k: int, step: int, n: int) -> list[str]:
    """Up to ``n`` words from token ``k`` outwards (step -1: backwards), nearest
    first, stopping at punctuation other than spaces, hyphens and quote marks."""
    words: list[str] = []
    while 0 <= k < len(toks) and len(words) < n:
        near = k - step  # the token on the match side of this gap
        a, b = (toks[k][1], toks[near][0]) if step < 0 else (toks[near][1], toks[k][0])
        if not _CONTEXT_GAP.fullmatch(text, a, b):
            break
        words.append(toks[k][2])
        k += step
    return words


def _any_phrase(alternatives: _Alternatives, near_first: list[str]) -> bool:
    """Whether one of the phrases stands next to the match. ``near_first``
    lists the context words nearest first; each phrase is stored the same way
    (a phrase before the match reversed, see :func:`_parse_guard`)."""
    return any(len(alt) <= len(near_first) and all(map(_word_is, alt, near_first)) for alt in alternatives)


def _word_is(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


_GUARD_LISTS = ("not_before", "not_after", "requires_before", "requires_after")


@lru_cache(maxsize=4096)
def _parse_guard(spec: str) -> _Guard | None:
    """Parse a guard string (syntax in the module docstring); ``None`` if empty."""
    spec = spec.strip()
    if not spec:
        return None
    fields: dict = {}
    for clause in filter(None, (c.strip() for c in spec.split(";"))):
        name, sep, rest = clause.partition(":")
        name = name.strip().lower()
        if name in ("not_capitalized", "exact", "hyphenated") and not rest.strip():
            fields[name] = True
            continue
        if name == "not_in_sentence" and sep:
            words = tuple(_norm(w.strip()) for w in rest.split("|"))
            if not all(w and _WORD.fullmatch(w.rstrip("*")) for w in words):
                raise ValueError(f"bad word list in guard clause {clause!r} (single words only)")
            fields[name] = fields.get(name, ()) + words
            continue
        if name not in _GUARD_LISTS or not sep:
            raise ValueError(f"bad guard clause {clause!r} (expected one of "
                             f"{', '.join(n + ':W|W' for n in (*_GUARD_LISTS, 'not_in_sentence'))}, not_capitalized, "
                             "exact or hyphenated)")
        alternatives = []
        for alt in rest.split("|"):
            words = tuple(_norm(w) for w in alt.split())
            if not words or not all(_WORD.fullmatch(w.rstrip("*")) for w in words):
                raise ValueError(f"bad word list in guard clause {clause!r}")
            # context words are compared nearest first: the words after a match
            # read forwards, the words before it read backwards
            alternatives.append(words if name.endswith("before") else words[::-1])
        fields[name] = fields.get(name, ()) + tuple(alternatives)
    return _Guard(**fields)


_SENTENCE_OPENERS = "\"'“‘«([{—–-"


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, line or the text (quote marks skipped)."""
    k = pos - 1
    while k >= 0 and (text[k] in _SENTENCE_OPENERS or text[k].isspace()):
        if text[k] == "\n":
            return True
        k -= 1
    if k < 0:
        return True
    while k >= 0 and text[k] in "\"'”’»)]}":
        k -= 1
    return k >= 0 and text[k] in ".!?…:"

