"""Speaker and hearer phrases cut from the words next to a reporting verb, by word shape (no parser).

Step 3 of the method in the package docstring: a phrase is a pronoun, or up
to :data:`~.model.MAX_SPEAKER_WORDS` words that may start with a determiner
("the Russian leader", "US Defense Secretary Jim Mattis"); one or two bare
lower-case words only at a clause start ("officials said"); "a spokesman for
the Kremlin" is headed by "a spokesman". The word sets below are English
closed classes (grammar words), not a lexicon, so they stay in code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..segmentation import ABBREVIATIONS
from .model import MAX_SPEAKER_WORDS
from .verbs import verb_at

#: Subject pronouns that can head a speaker; only he/she are resolved to actors.
PRONOUNS = frozenset("he she they we i".split())
RESOLVED_PRONOUNS = frozenset(("he", "she"))
#: Object pronouns that can be the hearer of "told".
OBJECT_PRONOUNS = frozenset("him her them me us".split())
#: Determiners that open a speaker phrase ("the", "a", "his" ...).
DETERMINERS = frozenset("the a an another one two three four five several some many most other each "
                        "every both his her their its our your my".split())
#: Prepositions, conjunctions, pronouns, auxiliaries and sentence adverbs: a
#: noun phrase never runs across one.
_FUNCTION = frozenset(
    """about above across after against along among around at before behind below beside besides between
    beyond by despite down during except for from in inside into like near of off on onto out outside over
    past since through throughout to toward towards under until up upon via with within without
    and or but nor so yet because although though while whereas if unless whether when where as than
    that which who whom whose what there here it you this these those
    is are was were be been being am has have had do does did will would shall should can could may might
    must not never also then later again once earlier previously now still just even only already
    however meanwhile moreover""".split()) | PRONOUNS | OBJECT_PRONOUNS | DETERMINERS
#: Words that may stand between a speaker and its verb ("Putin also said", "he has said").
SKIPPABLE = frozenset("also then later again once earlier previously now still just further repeatedly "
                      "has have had will would did does do is was were are can could may might must "
                      "shall should not never".split())
#: Words after which bare lower-case words can start a speaker phrase ("and officials said").
_CLAUSE_OPENERS = frozenset("and but or that while as because though although when where so".split())

#: Words (with inner apostrophes and hyphens), initialisms ("U.S."), a title
#: abbreviation before a name ("Gen. Mark Lee") and single punctuation marks.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=[^\S\n]+[A-Z])|\w+(?:[’'\-]\w+)*|[^\w\s]")


@dataclass(slots=True)
class Phrase:
    start: int         # offset of the first word
    end: int           # offset after the last word
    head_end: int      # offset after the head ("a spokesman" in "a spokesman for the Kremlin")
    pronoun: bool


def tokens(text: str, start: int, end: int) -> list[re.Match]:
    """The tokens of ``text[start:end]``."""
    return list(_TOKEN.finditer(text, start, end))


def _is_word(toks: list[re.Match], j: int) -> bool:
    """Can toks[j] be part of a noun phrase? Not punctuation, not a function
    word — unless capitalised after another word ("Theresa May", "Rand Paul")."""
    w = toks[j].group()
    if w.endswith(".") and "." not in w[:-1]:
        return w[:-1].lower() in ABBREVIATIONS  # "Gen." yes, a sentence's last word no
    if len(w) > 1 and w.isupper():
        return True  # an acronym ("US"), never a function word
    low = w.lower()
    if not w[0].isalnum() or (low.endswith("ly") and len(low) > 4 and w.islower()):
        return False
    if low not in _FUNCTION:
        return True
    return w[0].isupper() and low not in PRONOUNS and j > 0 and toks[j - 1].group()[0].isalnum()


def _possessive(tok: re.Match) -> bool:
    return tok.group().lower().endswith(("'s", "’s"))


def _clause_start(toks: list[re.Match], k: int) -> bool:
    """Does toks[k] open a clause (text start, punctuation or a conjunction before it)?"""
    return k <= 0 or not toks[k - 1].group()[0].isalnum() or toks[k - 1].group().lower() in _CLAUSE_OPENERS


def _valid(toks: list[re.Match], first: int, last: int, det: bool, bare_ok: bool) -> bool:
    """Is toks[first:last] (after an optional determiner) a speaker head? A
    bare lower-case head ("officials") needs ``bare_ok``: a clause start or a
    position right after the verb."""
    if last <= first or _possessive(toks[last - 1]):
        return False
    if det or toks[first].group()[0].isupper():
        return True
    return last - first <= 2 and bare_ok


def phrase_forward(text: str, toks: list[re.Match], k: int, *, limit: int,
                   max_words: int = MAX_SPEAKER_WORDS) -> tuple[Phrase, int] | None:
    """A speaker phrase starting at toks[k]: (phrase, index after it)."""
    if k >= len(toks):
        return None
    low = toks[k].group().lower()
    if low in PRONOUNS:
        return Phrase(toks[k].start(), toks[k].end(), toks[k].end(), True), k + 1
    det = low in DETERMINERS
    first = j = k + det
    while j < len(toks) and j - first < max_words and _is_word(toks, j) and not verb_at(text, toks[j], limit):
        j += 1
    if not _valid(toks, first, j, det, True):
        return None
    head_end = toks[j - 1].end()
    end_tok = j
    if j + 1 < len(toks) and toks[j].group().lower() in ("of", "for"):  # a spokesman for the Kremlin
        e = j + 1 + (toks[j + 1].group().lower() in DETERMINERS)
        f = e
        while f < len(toks) and f - e < max_words and _is_word(toks, f) and not verb_at(text, toks[f], limit):
            f += 1
        if f > e and not _possessive(toks[f - 1]):
            end_tok = f
    return Phrase(toks[k].start(), toks[end_tok - 1].end(), head_end, False), end_tok


def subject_slot(toks: list[re.Match]) -> int:
    """Index of the last token before a verb once adverbs and auxiliaries
    ("also", "has", "did not", "later") are skipped; -1 if none is left."""
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 3 and (toks[i].group().lower() in SKIPPABLE
                                      or toks[i].group().lower().endswith(("n't", "n’t"))
                                      or (toks[i].group().endswith("ly") and toks[i].group().islower())):
        i -= 1
        skipped += 1
    return i


def phrase_backward(toks: list[re.Match]) -> Phrase | None:
    """The speaker phrase that ends the token list (the words right before a verb)."""
    i = subject_slot(toks)
    if i < 0 or toks[i].group().lower() == "to":
        return None  # no subject, or an infinitive ("declined to comment")
    if toks[i].group().lower() in PRONOUNS:
        return Phrase(toks[i].start(), toks[i].end(), toks[i].end(), True)

    def run(last: int) -> tuple[int, int, bool]:
        j = last
        while j >= 0 and last - j < MAX_SPEAKER_WORDS and _is_word(toks, j):
            j -= 1
        det = j >= 0 and toks[j].group().lower() in DETERMINERS
        return (j if det else j + 1), j + 1, det   # phrase start, first head word, determiner?

    start, first, det = run(i)
    head_first, head_last, head_det = first, i + 1, det
    before = start - 1
    if before >= 1 and toks[before].group().lower() in ("of", "for") and _is_word(toks, before - 1):
        s2, f2, d2 = run(before - 1)       # "a spokesman for | the Kremlin"
        if _valid(toks, f2, before, d2, _clause_start(toks, s2)):
            start, head_first, head_last, head_det = s2, f2, before, d2
    if not _valid(toks, head_first, head_last, head_det, _clause_start(toks, start)):
        return None
    return Phrase(toks[start].start(), toks[i].end(), toks[head_last - 1].end(), False)
