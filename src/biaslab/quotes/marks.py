"""Quotation marks: telling marks from apostrophes, and pairing them in one pass with a stack.

Steps 1 and 2 of the method in the package docstring: “ ” and ‘ ’ open and
close; straight ``"`` and ``'`` are read from what is on either side; an
apostrophe (Russia’s, the ’90s, rock ’n’ roll, ’em) is not a mark, nor the
inch mark of a height (6’2”); a
quotation that goes on into the next paragraph reopens there; marks that
cannot be paired are reported, never turned into a quotation that swallows
the rest of the text; the marks around attribute values inside a markup tag
left in the text (``<tweet author="@moss">``) are not quotation marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..segmentation import ENGLISH_QUOTES
from .model import QuoteDataError

#: Every character that can be a quotation mark: the English marks only. « » „ ‚
#: ‹ › follow other languages' pairing rules (» can open, „ closes with “), which
#: this one-pass pairing does not model; the package docstring declares them out of scope.
MARKS = ENGLISH_QUOTES
#: Characters after which a straight mark opens (space is tested separately).
_OPEN_BEFORE = frozenset("([{<—–-/“‘\"'")
#: Characters before which a straight mark closes (space is tested separately).
_CLOSE_AFTER = frozenset(".,;:!?)]}>—–-/…”’\"'")
_DOUBLE, _SINGLE = "double", "single"
_OPEN, _CLOSE, _EITHER = "open", "close", "either"
#: One pass finds paragraph breaks (a blank line or U+2029), line breaks and marks.
_SCAN = re.compile(r"(?P<para>(?:\r\n|[\n\r\u2028])(?:[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028]))+|\u2029)"
                   rf"|(?P<nl>\r\n|[\n\r\u2028])|(?P<mark>''|‘‘|’’|[{MARKS}])")
#: A markup tag with attributes left in the text (``<tweet id="7" author="@moss">``, pasted or scraped
#: HTML): the marks around its attribute values delimit values, not quotations (HTML Living Standard,
#: 13.1.2.3 "Attributes").
_TAG = re.compile(r"""<[A-Za-z][\w:-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*/?>""")
#: Feet and inches written with the quotation marks' shapes as primes (5’2”, 6'3"): the double mark
#: after them is the inch symbol (the Unicode Standard's U+2032 PRIME "feet" and U+2033 DOUBLE PRIME
#: "inches", typed with the apostrophe's and the quotation mark's glyphs).
_FEET_INCHES = re.compile(r"\d[’']\d{1,2}\Z")
#: Two single marks written as one double mark (typewriter style, e.g. the New York Times' ''…'').
DOUBLED = ("''", "‘‘", "’’")


def mark_width(text: str, i: int) -> int:
    """Characters of the quotation mark at ``i``: 2 for a doubled single mark ('' ‘‘ ’’), else 1."""
    return 2 if text[i:i + 2] in DOUBLED else 1


def _role(text: str, i: int) -> tuple[str, str, bool] | None:
    """(family, open/close/either, weak) of the mark at ``i``; None for an apostrophe."""
    ch = text[i]
    w = mark_width(text, i)
    p = text[i - 1] if i else " "
    n = text[i + w] if i + w < len(text) else " "
    opener = (p.isspace() or p in _OPEN_BEFORE) and not n.isspace()
    closer = not p.isspace() and (n.isspace() or n in _CLOSE_AFTER)
    if ch in "”\"" and _FEET_INCHES.search(text, max(0, i - 6), i):
        return None  # 5’2”, 6'3": an inch mark after feet (a height), not a quotation mark
    if ch == "“":
        return _DOUBLE, _OPEN, False
    if ch == "”":
        return _DOUBLE, _CLOSE, False
    if ch == '"' or w == 2:
        if opener != closer:
            return _DOUBLE, _OPEN if opener else _CLOSE, False
        return _DOUBLE, _EITHER, False
    # single marks: ‘ ’ '
    if (p.isalnum() and n.isalnum()) or (n.isdigit() and not p.isalnum()):
        return None  # Russia’s, don't, the ’90s
    if (n == "n" and text[i + 2:i + 3] in ("'", "’") and not p.isalnum()) or (
            p == "n" and text[i - 2:i - 1] in ("'", "’", "‘")):
        return None  # rock ’n’ roll
    if ch == "‘":
        return (_SINGLE, _OPEN, False) if opener else None
    if closer:
        j = i + 1
        while j < len(text) and text[j] in " \t\u00a0":
            j += 1
        weak = p.isalpha() and n.isspace() and j < len(text) and text[j].islower()
        return _SINGLE, _CLOSE, weak
    if ch == "'" and opener:
        return _SINGLE, _OPEN, False
    return None  # ’em, stray marks


@dataclass(slots=True)
class _Open:
    family: str
    pos: int
    paragraphs: int = 1


def pair_marks(text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]], list[int]]:
    """Pair the marks: (closed, unclosed, unpaired). ``closed`` holds
    ``(open, close, paragraphs)`` of outermost quotations (``close`` is the
    offset of the closing mark's last character: a doubled mark '' has two), ``unclosed``
    ``(open, paragraph_end, paragraphs)`` of outermost opening marks left open
    at a paragraph or text end, ``unpaired`` the offsets of all marks that
    could not be paired."""
    closed: list[tuple[int, int, int]] = []
    unclosed: list[tuple[int, int, int]] = []
    unpaired: list[int] = []
    stack: list[_Open] = []
    tentative: int | None = None   # a weak single closing mark (students’ …) awaiting a better one
    reopen_at = -1                  # offset where the next paragraph reopens the open quotation
    line_start = 0

    def close(family: str, pos: int) -> bool:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].family == family:
                unpaired.extend(o.pos for o in stack[k + 1:])
                if k == 0:
                    closed.append((stack[0].pos, pos, stack[0].paragraphs))
                del stack[k:]
                return True
        return False

    def settle() -> None:
        nonlocal tentative
        if tentative is not None:
            close(_SINGLE, tentative)
            tentative = None

    def abandon(end: int) -> None:
        unpaired.extend(o.pos for o in stack)
        stop = end
        while stop > stack[0].pos + 1 and text[stop - 1].isspace():
            stop -= 1
        unclosed.append((stack[0].pos, stop, stack[0].paragraphs))
        stack.clear()

    tags = [t.span() for t in _TAG.finditer(text)] if "<" in text else []
    in_tag = 0  # index of the first tag that does not end before the current mark
    for m in _SCAN.finditer(text):
        kind, i = m.lastgroup, m.start()
        if tags and kind == "mark":
            while in_tag < len(tags) and tags[in_tag][1] <= i:
                in_tag += 1
            if in_tag < len(tags) and tags[in_tag][0] < i:
                continue  # an attribute value's delimiter (:data:`_TAG`)
        if kind == "nl":
            line_start = m.end()
            continue
        if kind == "para":
            line_start = m.end()
            settle()
            if stack:
                j = m.end()
                while j < len(text) and text[j].isspace():
                    j += 1
                nxt = _role(text, j) if j < len(text) and text[j] in MARKS else None
                if nxt and nxt[0] == stack[0].family and nxt[1] != _CLOSE:
                    unpaired.extend(o.pos for o in stack[1:])
                    del stack[1:]
                    reopen_at = j
                else:
                    abandon(i)
            continue
        role = _role(text, i)
        if role is None:
            continue
        family, direction, weak = role
        if direction == _EITHER:
            direction = _CLOSE if i != reopen_at and any(o.family == family for o in stack) else _OPEN
        if direction == _CLOSE and m.end() - i == 2:
            i += 1  # a doubled mark closes at its last character
        if direction == _CLOSE and family == _SINGLE:
            if not any(o.family == _SINGLE for o in stack):
                continue  # an apostrophe after all (students’, the ’em)
            if weak:
                tentative = i
                continue
            tentative = None
            close(_SINGLE, i)
            continue
        settle()
        if direction == _CLOSE:
            if not close(family, i) and not (text[i] == '"' and i and text[i - 1].isdigit()):
                unpaired.append(i)  # a closing mark with nothing open (12" is an inch mark)
            continue
        # an opening mark
        if stack and stack[0].family == family and (
                i == reopen_at or (line_start > stack[0].pos and not text[line_start:i].strip())):
            unpaired.extend(o.pos for o in stack[1:])
            del stack[1:]
            stack[0].paragraphs += 1
            continue
        for k, o in enumerate(stack):
            if o.family == family:  # overtaken: the earlier opening mark was never closed
                unpaired.extend(x.pos for x in stack[k:])
                del stack[k:]
                break
        stack.append(_Open(family, i))
    settle()
    if stack:
        abandon(len(text))
    unpaired.sort()
    return closed, unclosed, unpaired


def find_unpaired_marks(text: str) -> list[int]:
    """Offsets of quotation marks that could not be paired (sorted).

    An opening mark never closed (nor reopened in the next paragraph of a
    multi-paragraph quotation), an opening mark overtaken by another of the
    same kind, a mark nested inside a quotation that closed first, and a
    double closing mark with nothing open. Apostrophes are not marks and are
    never reported."""
    if not isinstance(text, str):
        raise QuoteDataError(f"find_unpaired_marks() needs a str, not {type(text).__name__}")
    return pair_marks(text)[2]
