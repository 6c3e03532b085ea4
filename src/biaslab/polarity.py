"""TextBlob's sentiment (Pattern's polarity and subjectivity) at about a quarter of the cost: the same scores.

Method
------
TextBlob scores a string (``textblob.en.sentiment(text)``, Pattern's
``Sentiment.__call__``) in two steps: its tokenizer (``textblob._text.find_tokens``)
splits the text into sentences of tokens, and ``Sentiment.assessments`` walks the
lower-cased tokens, scoring each word of its lexicon (a word after an adverb
such as "very" multiplies by the adverb's intensity, a negation such as "not"
halves and flips the polarity, "!" boosts the word before it, an emoticon
counts as a word); polarity and subjectivity are the means over the scored
words. The tokenizer was two thirds of that time, the walk most of the rest.

:class:`PatternSentiment` computes the same two numbers directly:

* :meth:`PatternSentiment.split` gives the tokens TextBlob's sentiment reads —
  the flat sequence, since the scores do not depend on where TextBlob's
  sentences end: the contractions ("'s", "n't" …) and quotation marks spaced
  out and paragraph breaks marked as TextBlob does, the whitespace-separated
  words, and only a word that begins or ends with a mark of TextBlob's list
  (``PUNCTUATION``) split: leading marks one by one, then trailing ones, with
  "..." kept whole and a final period kept on an abbreviation (TextBlob's own
  set and patterns: "U.S.", "Mr.", "e.g."). A string in which TextBlob's
  emoticon or sarcasm patterns find anything ("(2018)" becomes "2018)" there,
  ``8)`` being a smile) is left to TextBlob's own tokenizer, since those
  patterns rewrite tokens sentence by sentence: 41 of the 48,518 strings of
  the development corpora.
* :meth:`PatternSentiment.__call__` walks the lower-cased words with the
  lexicon's entries read once into plain tuples (the entry without part of
  speech: TextBlob's string input has none), so each word is one dictionary
  lookup, and TextBlob's rules for modifiers, negations, "!", "(!)" and
  emoticons applied in TextBlob's order; the means are summed in the same
  order, so the floats are TextBlob's to the last bit.

Limits: tied to TextBlob's tokenizer and sentiment rules as of TextBlob
0.20 (the constants are read from ``textblob._text`` itself, never
copied); ``tests/test_polarity.py`` compares the words and the scores with
TextBlob's on generated strings and on tricky cases, and
``benchmarks/README.md`` records the check on every sentence of the
development corpora.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .resources import once, pattern_sentiment

__all__ = ["PatternSentiment", "pattern_scorer"]


def _clamp(x: float) -> float:
    return max(-1.0, min(x, +1.0))


class PatternSentiment:
    """TextBlob's sentiment of a string, computed directly (see the module docstring).

    Built on a loaded ``textblob.en.Sentiment`` (:func:`biaslab.resources.pattern_sentiment`);
    called with a text it returns ``(polarity, subjectivity)``, the floats TextBlob returns.
    TextBlob's constants (marks, abbreviations, contractions, emoticons) are read from
    ``textblob._text`` here, never copied.
    """

    def __init__(self, analyzer) -> None:
        from textblob import _text

        self._tokenizer = analyzer.tokenizer
        #: marks split off either end of a word; a period only off its end (``PUNCTUATION``)
        self._punctuation = _text.PUNCTUATION
        self._leading = frozenset(_text.PUNCTUATION.replace(".", ""))
        self._trailing = self._leading | {"."}
        #: contractions spaced out first, in TextBlob's order ("n't" → " n't"), then quotation marks
        self._contractions = tuple(_text.replacements.items())
        self._quotes = tuple((q, f" {q} ") for q in ("“", "”", "‘", "’", "'", '"'))
        #: a run of two or more line breaks ends a sentence (TextBlob's ``linebreak`` argument)
        self._line_breaks = re.compile(r"\n{2,}")
        self._eos = _text.EOS
        self._abbreviations = _text.ABBREVIATIONS
        self._abbreviation_patterns = (_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3)
        self._sarcasm, self._emoticon_patterns = _text.RE_SARCASM, _text.RE_EMOTICONS
        #: word → (polarity, subjectivity, intensity) of its entry without part of speech
        self._entries = {w: senses[None] for w, senses in dict.items(analyzer) if None in senses}
        #: the known words that may modify the next one (an entry for an adverb, "RB")
        self._modifies = frozenset(w for w, senses in dict.items(analyzer)
                                   if w in self._entries and any(m in senses for m in analyzer.modifiers))
        self._negations = frozenset(analyzer.negations)
        self._modifier: Callable[[str], bool] = analyzer.modifier
        #: lower-cased emoticon → its polarity; one of two moods takes the first (TextBlob's order)
        self._emoticons: dict[str, float] = {}
        for (_mood, p), faces in _text.EMOTICONS.items():
            for face in faces:
                self._emoticons.setdefault(face.lower(), p)

    def _is_abbreviation(self, word: str) -> bool:
        """Does a word ending in "." keep its period (TextBlob's abbreviation set and patterns)?"""
        return word in self._abbreviations or any(r.match(word) is not None for r in self._abbreviation_patterns)

    def _split_word(self, word: str, out: list[str]) -> None:
        """Append the tokens of one whitespace-free ``word`` that begins or ends with a mark."""
        leading, trailing = self._leading, self._trailing
        start = 0
        while start < len(word) and word[start] in leading:
            out.append(word[start])
            start += 1
        word = word[start:]
        tail: list[str] = []  # the marks split off the end, innermost last
        while word and word[-1] in trailing:
            if word[-1] != ".":
                tail.append(word[-1])
                word = word[:-1]
            if word.endswith("..."):
                tail.append("...")
                word = word[:-3].rstrip(".")
            if word.endswith("."):
                if self._is_abbreviation(word):
                    break
                tail.append(".")
                word = word[:-1]
        if word:
            out.append(word)
        out.extend(reversed(tail))

    def _spaced(self, text: str) -> str:
        """``text`` with contractions and quotation marks spaced out and each run of two or more line
        breaks (after Windows line ends) made TextBlob's end-of-sentence token, as TextBlob does."""
        if "'" in text:
            for a, b in self._contractions:
                text = text.replace(a, b)
        for q, spaced in self._quotes:
            if q in text:
                text = text.replace(q, spaced)
        if "\n" in text:
            text = self._line_breaks.sub(f" {self._eos} ", text.replace("\r\n", "\n"))
        return text

    def split(self, text: str) -> list[str] | None:
        """The tokens of ``text`` as TextBlob's sentiment reads them (``" ".join(find_tokens(text)).split()``,
        not yet lower-cased), or None where an emoticon or sarcasm pattern of TextBlob's matches
        (those rewrite tokens sentence by sentence: the text is left to TextBlob's tokenizer)."""
        spaced = self._spaced(text)
        leading, trailing = self._leading, self._trailing
        out: list[str] = []
        for w in spaced.split():
            if w[0] in leading or w[-1] in trailing:
                self._split_word(w, out)
            else:
                out.append(w)
        if self._eos in spaced:
            out = [w for w in out if w != self._eos]
        joined = " ".join(out)
        if ("(" in joined and self._sarcasm.search(joined)) or self._emoticon_patterns.search(joined):
            return None
        return out

    def words(self, text: str) -> list[str]:
        """The lower-cased tokens TextBlob's sentiment scores."""
        found = self.split(text)
        if found is None:
            found = " ".join(self._tokenizer(text)).split()
        return [w.lower() for w in found]

    def __call__(self, text: str) -> tuple[float, float]:
        entries, modifies, negations = self._entries, self._modifies, self._negations
        scored: list[list] = []  # [polarity, subjectivity, intensity, negated] per assessment
        modifier = None  # the known word before, when it may modify this one ("very" good)
        negation = None  # the negation before ("not" good, "not a" good)
        for w in self.words(text):
            entry = entries.get(w)
            if entry is not None:
                p, s, i = entry
                if modifier is None:
                    scored.append([p, s, i, False])
                else:
                    last = scored[-1]
                    last[0] = _clamp(p * last[2])
                    last[1] = _clamp(s * last[2])
                    last[2] = i
                if negation is not None:
                    last = scored[-1]
                    last[2] = 1.0 / last[2]
                    last[3] = True
                modifier = w if w in modifies else None
                negation = w if w in negations else None
                continue
            if w in negations:
                negation = w
            elif negation and len(w.strip("'")) > 1:
                negation = None
            if negation is not None and modifier is not None and self._modifier(modifier):
                scored[-1][3] = True
                negation = None
            elif modifier and len(w) > 2:
                modifier = None
            if w == "!" and scored:
                scored[-1][0] = _clamp(scored[-1][0] * 1.25)
            if w == "(!)":
                scored.append([0.0, 1.0, 1.0, False])
            if not w.isalpha() and len(w) <= 5 and w not in self._punctuation:
                mood = self._emoticons.get(w)
                if mood is not None:
                    scored.append([mood, 1.0, 1.0, False])
        polarity = subjectivity = 0
        for p, s, _i, negated in scored:
            polarity += p * -0.5 if negated else p
            subjectivity += s
        n = float(len(scored) or 1)
        return polarity / n, subjectivity / n


@once
def pattern_scorer() -> PatternSentiment:
    """The shared :class:`PatternSentiment` on biaslab's loaded copy of TextBlob's sentiment table."""
    return PatternSentiment(pattern_sentiment())
