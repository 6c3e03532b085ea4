"""Appositives: the noun phrase set off by commas beside a name.

After the name (", the Russian leader,", ", the mayor of Valencia,") or
before it ("The mayor of Valencia, María José Catalá,"). A comma segment
is an appositive when it is short (:data:`MAX_APPOSITIVE_TOKENS`, twice that for
two descriptions joined by "and"/"or": ", the former mayor of Lowmere and
former judge of Dover,"), holds no verb, wh-word or other conjunction, opens
like a noun phrase and is not itself a
bare proper name ("Valencia, María José Catalá," is two names, not a name and
its description). :func:`_role_title` reads the title that heads one ("the
mayor of Valencia" → mayor), which makes the name a person's.
"""
from __future__ import annotations

from collections.abc import Sequence

from .names import particle
from .titles import _Title, _title_at
from .tokens import _QUOTE_MARKS, _name_shaped, _Tok

#: An appositive (", the Russian leader,") has at most this many tokens;
#: longer comma segments are clauses or lists.
MAX_APPOSITIVE_TOKENS = 8
#: Penn tags that can open an appositive noun phrase (", the Russian leader,").
_APPOSITIVE_FIRST = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})


def _appositive_end(toks: Sequence[_Tok], j: int) -> int | None:
    """End (exclusive, before the closing comma) of an appositive starting after
    ``toks[j]`` == ",", or None."""
    if j >= len(toks) or toks[j].key != ",":
        return None
    k = j + 1
    if k >= len(toks) or toks[k].tag not in _APPOSITIVE_FIRST:
        return None
    titled = coordinated = False
    while k < len(toks) and toks[k].key not in (",", ".", ";", ":", "!", "?") and toks[k].key not in _QUOTE_MARKS:
        titled = titled or _title_at(toks, k) is not None
        if _clausal(toks, k, titled):
            if not _description_coordinator(toks, j + 1, k):
                return None  # a clause or a list, not a noun phrase
            coordinated = True
        k += 1
    if k - (j + 1) > MAX_APPOSITIVE_TOKENS * (2 if coordinated else 1) or k == j + 1:
        return None
    if k < len(toks) and toks[k].key not in (",", "."):
        return None
    if _only_name(toks, j + 1, k):
        return None  # "Valencia, María José Catalá,": a second name, not a description
    return k


def _clausal(toks: Sequence[_Tok], k: int, titled: bool) -> bool:
    """``toks[k]`` makes a comma segment a clause or a list rather than a noun
    phrase: a verb (but not a participle inside a noun chunk or right after a
    determiner: "a shipping firm"), a modal, a conjunction, a wh-word, or a
    preposition other than "of" (after a title any preposition: "the spokesman
    for the ministry")."""
    tok = toks[k]
    if tok.tag.startswith("VB"):
        return not (tok.tag in ("VBG", "VBN") and (tok.chunk == "I-NP" or (k > 0 and toks[k - 1].tag == "DT")))
    if tok.tag == "IN":
        return tok.key != "of" and not titled
    return tok.tag in ("MD", "CC", "WP", "WDT")


def _description_coordinator(toks: Sequence[_Tok], first: int, k: int) -> bool:
    """Is ``toks[k]`` "and"/"or" joining two descriptions inside an appositive that opens with a
    lower-case word (", the former governor of Ohio and former judge of Lowmere,"; each part
    may be as long as a whole appositive)? Not when a name follows it ("Reed, the mayor and
    Hale, said" is a list of subjects) or the segment opens with one ("Reed, Moss and Hale")."""
    return toks[k].key.casefold() in ("and", "or") and toks[first].text[:1].islower() \
        and k + 1 < len(toks) and toks[k + 1].text[:1].islower()


def _only_name(toks: Sequence[_Tok], a: int, b: int) -> bool:
    """``toks[a:b]`` is a proper name and nothing else (capitalised words, particles, initials)."""
    return all(_name_shaped(toks, k) or particle(toks[k].key) or toks[k].key == "." for k in range(a, b))


def _appositive_after(toks: Sequence[_Tok], j: int) -> tuple[int, int] | None:
    """Token range of the appositive after a mention ending at ``j`` (", the mayor of Valencia,")."""
    end = _appositive_end(toks, j)
    return None if end is None else (j + 1, end)


def _appositive_before(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """Token range of a role set off before a name at ``i`` ("The mayor of
    Valencia, María José Catalá,"): it runs from the start of the sentence or
    a comma to the comma before the name, holds no verb and is headed by a
    title (so "Officials in Valencia, Murcia …" is a list, not a description)."""
    if i < 2 or toks[i - 1].key != ",":
        return None
    k = i - 1
    while k > 0 and toks[k - 1].key not in (",", ";", ":", "(") and toks[k - 1].key not in _QUOTE_MARKS:
        k -= 1
        if i - 1 - k > MAX_APPOSITIVE_TOKENS or _clausal(toks, k, True):
            return None
    if k == i - 1 or toks[k].tag not in _APPOSITIVE_FIRST or _role_title(toks, k, i - 1) is None:
        return None
    return k, i - 1


def _role_title(toks: Sequence[_Tok], a: int, b: int) -> _Title | None:
    """The title heading the noun phrase ``toks[a:b]`` ("the mayor of Valencia" → mayor;
    "Russia’s defence minister" → defence minister): the first title before any "of". None when
    a capitalised word follows that title: the phrase is then a titled name, another person, not a
    description ("Dr. Ann Moss" before "Peru’s director of health")."""
    for k in range(a, b):
        if toks[k].key.casefold() == "of":
            return None
        t = _title_at(toks[:b], k)
        if t is not None:
            after = k + len(t.keys)
            return None if after < b and toks[after].key[:1].isupper() else t
    return None
