"""NLTK's VADER with a cheaper word split: the same scores, about half the work per sentence.

Method
------
VADER (Hutto & Gilbert 2014) scores the whitespace-separated words of a
sentence after stripping a leading or trailing punctuation mark from each
("war," → "war"), but only a mark from its list (``PUNC_LIST``: ". ! ? , ; :
- ' \\"", "!!", "?!?" …) and only when the word left over also occurs, with
every ASCII punctuation character removed, among the words of the sentence.
NLTK's implementation (``nltk.sentiment.vader.SentiText``) finds those words
by building, for every sentence, two dictionaries of every word joined to
every mark of the list — 34 entries per word — and looking each word up in
them; in biaslab's analysis that was about half of VADER's time.

:class:`Vader` is NLTK's ``SentimentIntensityAnalyzer`` with one method
replaced: :meth:`Vader.polarity_scores` splits the words with
:func:`vader_words`, which reads each word's leading or trailing run of
punctuation once and checks the two conditions above directly, then scores
them with NLTK's own rules (``sentiment_valence``, ``_but_check``,
``score_valence``, inherited unchanged). Every word keeps the position NLTK
gives it (the first occurrence of an equal word), so the scores are NLTK's
to the last digit; the tests compare the two on tricky sentences and on
generated text. The bare baseline of ``benchmarks/`` keeps NLTK's own class.

Why a word's mark is its whole leading (or trailing) run: a word of the
punctuation-free words holds no punctuation, so a word written mark + word
splits only where its leading run of punctuation ends, and a word written
word + mark only where its trailing run starts; a word that starts with a
letter never has a mark before it.

Reference: Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious
rule-based model for sentiment analysis of social media text. *ICWSM-14*.
Limits: tied to NLTK's method names (``sentiment_valence``, ``_but_check``,
``score_valence``) and to its rules as of NLTK 3.9-3.10; a test fails if
a later NLTK scores differently.
"""
from __future__ import annotations

import re
import string

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

__all__ = ["Vader", "vader_words"]

#: What VADER strips before collecting the sentence's punctuation-free words: every ASCII
#: punctuation character (``string.punctuation``, as NLTK's ``REGEX_REMOVE_PUNCTUATION``).
_PUNCTUATION = string.punctuation
#: Runs of those characters, deleted by one regular expression (``str.translate`` with a deleting
#: table, the obvious way, is about three times slower on news sentences: same result).
_PUNCTUATION_RUN = re.compile(f"[{re.escape(_PUNCTUATION)}]+")
#: The marks VADER strips off a word (NLTK's ``VaderConstants.PUNC_LIST``).
_MARKS = frozenset(VaderConstants.PUNC_LIST)


class _Words:
    """What NLTK's scoring rules read of a sentence: its words and whether only some are in capitals."""

    __slots__ = ("words_and_emoticons", "is_cap_diff")

    def __init__(self, words: list[str]) -> None:
        self.words_and_emoticons = words
        capitals = sum(1 for w in words if w.isupper())
        self.is_cap_diff = 0 < len(words) - capitals < len(words)


def vader_words(text: str) -> list[str]:
    """The words VADER scores in ``text`` (NLTK's ``SentiText.words_and_emoticons``): the
    whitespace-separated words of two characters or more, a word with a leading or trailing mark of
    VADER's list written without it when the rest, once punctuation-free, is one of the sentence's
    words of two characters or more."""
    known = None
    out = []
    for w in text.split():
        if len(w) < 2:
            continue
        if w[0] in _PUNCTUATION:
            rest = w.lstrip(_PUNCTUATION)
            mark = w[:len(w) - len(rest)]
        elif w[-1] in _PUNCTUATION:
            rest = w.rstrip(_PUNCTUATION)
            mark = w[len(rest):]
        else:
            out.append(w)
            continue
        if mark in _MARKS and len(rest) > 1:
            if known is None:
                known = {x for x in _PUNCTUATION_RUN.sub("", text).split() if len(x) > 1}
            if rest in known:
                w = rest
        out.append(w)
    return out


class Vader(SentimentIntensityAnalyzer):
    """NLTK's VADER analyzer, scoring with :func:`vader_words` (see the module docstring)."""

    def polarity_scores(self, text):
        """The scores of NLTK's ``polarity_scores`` (``neg``, ``neu``, ``pos``, ``compound``)."""
        if not isinstance(text, str):
            return super().polarity_scores(text)
        words = vader_words(text)
        sentence = _Words(words)
        first: dict[str, int] = {}
        for i, w in enumerate(words):
            first.setdefault(w, i)
        lexicon, boosters = self.lexicon, self.constants.BOOSTER_DICT
        sentiments: list = []
        last = len(words) - 1
        for w in words:
            low = w.lower()
            i = first[w]
            if low not in lexicon or low in boosters or (low == "kind" and i < last and words[i + 1].lower() == "of"):
                sentiments.append(0)  # no valence: unknown words, boosters, "kind of"
            else:
                sentiments = self.sentiment_valence(0, sentence, w, i, sentiments)
        return self.score_valence(self._but_check(words, sentiments), text)
