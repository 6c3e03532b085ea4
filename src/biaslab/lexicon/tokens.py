"""Word tokens of the loaded-language matcher: what a word is, what may join the words of a
phrase, and what a guard looks across to its context words."""
from __future__ import annotations

import re

from ..segmentation import APOSTROPHES, DOUBLE_QUOTES, SINGLE_QUOTES, fold_quotes

#: A word: letters/digits, possibly joined by internal apostrophes (Russia’s).
_WORD = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")
_SPACE = r"[\s\u200b\u2060]"  # \s covers NBSP and the Unicode spaces; plus zero-width ones
_HYPHEN = r"[-\u2010\u2011\u00ad]"
_HYPHEN_RE = re.compile(_HYPHEN)
#: A gap between two words that ends a sentence (for the ``not_in_sentence`` guard).
_SENTENCE_GAP = re.compile(r"[.!?;\n\u2029]")
#: What may separate the words of a phrase: spaces and at most one hyphen.
_JOIN_GAP = re.compile(rf"{_SPACE}*{_HYPHEN}?{_SPACE}*")
#: Quotation marks a guard looks across to its context words: every mark except the
#: low-9 ones „ ‚ (U+201E, U+201A). A guard does not see past those; letting it
#: would change which matches pass in text that uses them.
_GAP_QUOTES = "".join(c for c in DOUBLE_QUOTES + SINGLE_QUOTES if c not in "\u201e\u201a")
#: What may separate a match from the context words a guard looks at.
_CONTEXT_GAP = re.compile(rf"(?:{_SPACE}|{_HYPHEN}|[{re.escape(_GAP_QUOTES)}])*")


def _norm(word: str) -> str:
    """Lower case with apostrophes straight (Russia’s = Russia's). Only apostrophes:
    a guard word with another mark inside ("don‘t") stays an error."""
    low = word.lower()
    if low.isascii():
        return low  # the curly apostrophes lie outside ASCII: folding would return ``low`` itself
    return fold_quotes(low, marks=APOSTROPHES)

