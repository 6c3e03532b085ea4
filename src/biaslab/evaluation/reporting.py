"""Is there a reporting verb near a quotation? The windows and the verb test of the PolNeAR evaluation.

Two figures of :mod:`~biaslab.evaluation.polnear` ask whether a verb of saying stands near a quotation:

* **Reporting verb but no speaker** (issue 11: "no quotation that has a reporting verb in its sentence
  or its introducing sentence is left without a speaker") looks in :func:`introducing_window`: the
  sentences the quotation lies in and, when the quotation opens its sentence, the sentence before it
  (its introduction: "Roe wrote to the council. “We are ready.”", also across a paragraph break, as
  when "Roe said:" ends the paragraph before a quotation set off on its own). The sentence before a
  quotation that does not open its sentence ("Roe said little. The crossing remains a “risk”.") is
  not its introduction.
* **Speaker accuracy next to a reporting verb** looks for the quotations a textacy-style tool attempts
  (:func:`adjacent_verb`): a reporting verb at most :data:`MAX_ADJACENT_WORDS` words from the
  quotation, in the window of textacy's ``extract.triples.direct_quotations`` (v0.13,
  :func:`textacy_window`: the sentences the quotation lies in, the one ending right before its
  opening mark and the one starting right after its closing mark). textacy also needs the verb's
  grammatical subject from a dependency parse, which is not available here.

**The verb test** (:meth:`VerbFinder.find`): a form of biaslab's reporting-verb table
(:func:`~biaslab.quotes.load_reporting_verbs`, particles included: "shot back") or "according to",
outside every quotation, *used as a verb* by TextBlob's bundled Pattern tagger and chunker
(:func:`biaslab.clauses.parse_sentence`): tagged ``VB*`` inside a verb group, but not a participle
between a determiner, adverb or adjective and a noun ("an emotionally charged debate", "the published
report"); and, because the tagger takes some verb forms for nouns or adjectives, a form tagged ``NN``,
``NNS`` or ``JJ`` in a verb's place: after "to" ("to promise"), or after a word that can end a subject
and before "that", a colon, a comma, a quotation mark, a particle or the end of the sentence ("Roe
notes that", "the ad states."). "The report said", "her cries of", "a post on" are nouns. Not counted,
since they name nobody who could be the speaker: a passive or a participle without its "by" agent
within :data:`MAX_AGENT_DISTANCE` tokens ("is described in the listing as", "When asked", "Written “…”,";
"was described by Roe as" counts, and so does a perfect: "has described"), a verb of an idiom of
:data:`_IDIOMS` ("suffice it to say", "as if to say") and a word of an all-capitals heading
("SHORT READS:").

Hand-read on PolNeAR train (2026-11-30): of the 27 quotations without a speaker that the test counted
before those exclusions, 9 had only an agentless passive or participle and 4 only an idiom or a heading
word; none of the 13 names a speaker a reader could give. Of the 14 left, 5 name one that biaslab
misses (a participle after a relative clause, a subject far before a coordinated verb, "So says …");
the rest have a verb whose words are not the quotation's (a quoted name inside the subject, a
document's required wording). Limits: a verb of saying missing from biaslab's
table (riff, elaborate, protest, tout) is not found, so the count is a lower bound of what a reader
would call a reporting verb; a verb that reports something else in the same sentence still counts
("He was charged with fraud after the “incident”").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property

from ..clauses import parse_sentence
from ..quotes import load_reporting_verbs
from ..quotes.model import ADVERBIAL_OPENERS
from ..resources import once
from .metrics import Span, overlaps

__all__ = ["MAX_ADJACENT_WORDS", "VerbFinder", "introducing_window", "textacy_window", "adjacent_verb"]

#: Words that may stand between a quotation's mark and a reporting verb "next to" it: the speaker's noun
#: phrase of a reporting clause ("…,” Fed Chair Janet Yellen said" has 4) or a short adjunct before a
#: colon ("Roe said in a statement: “…”" has 3).
MAX_ADJACENT_WORDS = 4
#: How far (tokens) after a passive or bare participle its "by" agent may stand ("was described in a
#: letter to the board on Monday by Ann Moss" has 9).
MAX_AGENT_DISTANCE = 10
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
#: Tags of a word before an adjectival participle.
_PREMODIFIER = ("DT", "RB", "RBR", "RBS", "JJ", "PRP$", "POS", "CD")
#: Tags of a word that can end a subject or stand between it and its verb ("Roe notes", "he recently
#: promised"); a determiner, possessive or adjective before a word makes it a noun ("his remarks").
_SUBJECT_END = ("NNP", "NNPS", "NN", "NNS", "PRP", "RB", "CC")
#: What may follow a reporting verb the tagger took for a noun or adjective: a complement clause, a
#: colon or comma before the quotation, the end of the sentence, or a particle ("shot back").
_AFTER_VERB = frozenset(["that", ":", ",", ".", '"', "“", "”", "'", "''", "back", "out", "to"])


@once
def _forms() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Single-word verb forms, and for each verb form the particles that complete multi-word forms."""
    single, particles = set(), {}
    for verb in load_reporting_verbs().values():
        for form in verb.forms:
            words = form.split()
            if len(words) == 1:
                single.add(words[0])
            else:
                particles.setdefault(words[0], set()).add(" ".join(words[1:]))
    return frozenset(single), {k: frozenset(v) for k, v in particles.items()}


def _covering(sentences: Sequence, start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last sentence that ``[start, end)`` lies in (the nearest before it
    when it lies between sentences)."""
    starts = [s.start for s in sentences]
    return (max(0, bisect_right(starts, start) - 1), max(0, bisect_right(starts, max(start, end - 1)) - 1))


def introducing_window(text: str, sentences: Sequence, start: int, end: int) -> list[int]:
    """Indices of the sentences that hold the quotation ``text[start:end]`` and, when the quotation opens
    its sentence, of the sentence before it (module docstring). ``sentences``: objects with ``start``
    and ``end``, in text order."""
    if not sentences:
        return []
    i, j = _covering(sentences, start, end)
    opens = i > 0 and not re.search(r"\w", text[sentences[i].start:start])
    return list(range(i - opens, j + 1))


def textacy_window(text: str, sentences: Sequence, start: int, end: int) -> list[int]:
    """:func:`introducing_window` and, when the quotation closes its sentence, the sentence after it:
    the window of textacy's ``direct_quotations`` (module docstring)."""
    window = introducing_window(text, sentences, start, end)
    j = window[-1] if window else -1
    if window and j + 1 < len(sentences) and not re.search(r"\w", text[end:sentences[j].end]):
        window.append(j + 1)
    return window


#: Idioms in which a verb of saying reports nobody's words: comment clauses and disjuncts ("needless to
#: say", "that is to say", "so to speak", "to say the least": Quirk et al. 1985 §8.127, §15.55) and a
#: gesture read as words ("as if to say").
_IDIOMS = ("as if to say", "suffice it to say", "needless to say", "that is to say", "so to speak",
           "to say the least", "not to say", "strange to say", "as if to ask")


def _in_idiom(toks, t: int) -> bool:
    """Is token ``t`` the verb of one of :data:`_IDIOMS`?"""
    key = toks[t].key.lower()
    for idiom in _IDIOMS:
        words = idiom.split()
        if key in words:
            i = words.index(key)
            a, b = t - i, t - i + len(words)
            if a >= 0 and b <= len(toks) and [x.key.lower() for x in toks[a:b]] == words:
                return True
    return False


def _verbal(parsed, t: int) -> bool:
    """Whether token ``t`` of a parsed sentence is used as a verb (module docstring)."""
    toks = parsed.tokens
    tok, before = toks[t], toks[t - 1] if t else None
    after = toks[t + 1] if t + 1 < len(toks) else None
    if (tok.text.isupper() and len(tok.text) > 1) or _in_idiom(toks, t):
        return False  # a word of an all-capitals heading ("SHORT READS:"); "suffice it to say", "as if to say"
    g = parsed.verb_at(t)
    if tok.tag in _VERB_TAGS and g is not None:
        group = parsed.verbs[g]
        participle = group.passive or (tok.tag == "VBN" and not group.finite) or (
            tok.key.lower().endswith("ed") and before is not None and before.key.lower() in ADVERBIAL_OPENERS)
        if participle and not any(x.key.lower() == "by" for x in toks[t + 1:t + 1 + MAX_AGENT_DISTANCE]):
            return False  # no agent: "is described in the listing as", "When asked", "Written “…”,"
        after = next((x for x in toks[t + 1:] if x.tag != '"'), None)  # marks skipped: charged “dispute”
        # a participle between a determiner, adverb or adjective and a noun is an adjective: "an
        # emotionally charged debate", "the published report" (but "…, telling reporters" is a verb)
        return group.finite or tok.tag not in ("VBN", "VBG") or before is None or before.tag not in _PREMODIFIER \
            or after is None or after.tag not in _NOUN_TAGS
    if tok.tag not in ("NN", "NNS", "JJ") or not tok.key.islower():
        return False
    # the tagger's -s and -ing confusions: a verb form in a verb's place ("Roe notes that", "to promise")
    if before is not None and before.tag == "TO":
        return True
    if before is not None and before.tag == "," and after is not None and after.key.lower() in ("that", ":"):
        return True  # after an apposition: "Roe, a consultant, notes that"
    return before is not None and before.tag in _SUBJECT_END and (after is None or after.key.lower() in _AFTER_VERB)


class VerbFinder:
    """Reporting verbs in verbal use in the sentences of one text; each sentence is parsed at most once.

    ``sentences``: objects with ``start`` and ``end`` (offsets into ``text``), e.g.
    ``Analysis.sentences``.
    """

    def __init__(self, text: str, sentences: Sequence):
        self.text = text
        self.sentences = list(sentences)
        self._parsed: dict[int, object] = {}

    @cached_property
    def _according(self) -> list[Span]:
        return [m.span() for m in re.finditer(r"\baccording to\b", self.text, re.IGNORECASE)]

    def _parse(self, k: int):
        if k not in self._parsed:
            s = self.sentences[k]
            self._parsed[k] = parse_sentence(self.text, s.start, s.end, index=k)
        return self._parsed[k]

    def _words_between(self, a: int, b: int) -> int:
        return len(re.findall(r"\w+", self.text[a:b])) if a < b else 0

    def find(self, indices: Sequence[int], quoted: Sequence[Span], *, near: Span | None = None,
             max_words: int = 0) -> str | None:
        """The first reporting verb in verbal use (or "according to") in the sentences ``indices``,
        outside the ``quoted`` spans, as written in lower case; None if there is none. With ``near``
        (a quotation's span), only a verb with at most ``max_words`` words between it and the span
        counts."""
        single, particles = _forms()

        def close(a: int, b: int) -> bool:
            """Whether the verb ``text[a:b]`` is within ``max_words`` words of ``near``: counted from its
            end to the opening mark when it stands before the quotation, from the closing mark to its
            start when after it (a verb inside the quotation is excluded by ``quoted``)."""
            if near is None:
                return True
            if b <= near[0]:
                gap = self._words_between(b, near[0])
            elif a >= near[1]:
                gap = self._words_between(near[1], a)
            else:
                return False
            return gap <= max_words

        for k in indices:
            s = self.sentences[k]
            for a, b in self._according:
                if s.start <= a < s.end and not any(overlaps((a, b), q) for q in quoted) and close(a, b):
                    return "according to"
            parsed = self._parse(k)
            toks = parsed.tokens
            for t, tok in enumerate(toks):
                key = tok.key.lower()
                after = toks[t + 1].key.lower() if t + 1 < len(toks) else ""
                if key not in single and after not in particles.get(key, ()):
                    continue
                if not _verbal(parsed, t) or any(overlaps((tok.start, tok.end), q) for q in quoted):
                    continue
                if close(tok.start, tok.end):
                    return key if key in single else f"{key} {after}"
        return None


def adjacent_verb(finder: VerbFinder, start: int, end: int, quoted: Sequence[Span], *,
                  max_words: int = MAX_ADJACENT_WORDS) -> str | None:
    """A reporting verb in textacy's window of the quotation ``text[start:end]`` with at most
    ``max_words`` words between it and the quotation (the quotations a textacy-style tool attempts),
    else None."""
    return finder.find(textacy_window(finder.text, finder.sentences, start, end), quoted, near=(start, end),
                       max_words=max_words)
