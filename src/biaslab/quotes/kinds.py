"""The kind of a quotation: ``"title"``, ``"scare"``, ``"partial"`` or ``"direct"`` (step 5 of the method).

A title is capitalised headline-style (but not in a sentence that is itself in headline case), or
any one-sentence quotation right after "titled", "entitled", "headlined" (:data:`TITLE_PARTICIPLES`); a
scare quote is a short unattributed
label inside the writer's sentence; a partial quotation starts lower case
right after a word of the writer's sentence; everything else is direct.
"""
from __future__ import annotations

import re

from ..segmentation import words as split_words
from .model import SCARE_MAX_WORDS, TITLE_MAX_WORDS

#: Short words left lower case in a capitalised title (headline-style
#: capitalisation: articles, coordinating conjunctions, short prepositions).
_TITLE_MINOR = frozenset("a an the and but or nor for of in on at to by with from as vs via per into onto "
                         "upon off up out".split())
_SENTENCE_MARK = re.compile(r"[.!?…]")
#: A sentence mark followed by a space inside a quotation: it holds more than one sentence.
_SENTENCE_BREAK = re.compile(r"[.!?…]['’”\"]*\s")
#: Fewest words of a headline-case sentence (:func:`headline_case`): a shorter one ("Ann Moss said:")
#: is as often a name and a verb as a headline.
HEADLINE_MIN_WORDS = 6


def headline_case(sentence: str) -> bool:
    """Is ``sentence`` capitalised headline-style, every word but the minor ones (at least
    :data:`HEADLINE_MIN_WORDS` words: "Moss: Reed's ‘Reckless Spending’ Is Costing the Party")? In such
    a sentence a capitalised quotation is no evidence of a title."""
    words = [w.text for w in split_words(sentence)]
    return len(words) >= HEADLINE_MIN_WORDS and all(_capitalised(w) or w.lower() in _TITLE_MINOR for w in words)


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def title_shaped(text: str, start: int, content: str, region: int) -> bool:
    """Is the quotation opening at ``start`` shaped like a title ("War and Peace", Operation “Inherent Resolve”,
    a title and its subtitle: “The Harbor Wars: How Dover Lost Its Port”)? Headline-style
    capitalisation as *The Chicago Manual of Style* (17th ed.) describes it, which capitalises the
    first word of a subtitle too."""
    body = content.rstrip().rstrip(",")
    # a title and its subtitle ("Francis at Five: Assessing His Legacy"), each opening with a capital
    parts = [[w.text for w in split_words(part)] for part in body.split(": ", 1)]
    words = [w for part in parts for w in part]
    if not all(parts) or any(len(part) > TITLE_MAX_WORDS or not _capitalised(part[0]) for part in parts) \
            or content.rstrip()[-1:] in ".!?…:;":
        return False
    if any(not _capitalised(w) and w.lower() not in _TITLE_MINOR for w in words):
        return False
    previous = [w.text for w in split_words(text, max(region, start - 40), start)]
    if previous and previous[-1].lower() == "so-called":
        return False
    if len(words) >= 2:
        return True
    # one word: only right after a capitalised word that does not open the sentence (Operation “X”)
    return bool(previous) and previous[-1][0].isupper() and start - region > len(previous[-1]) + 1


#: Past participles that name what follows as a title ("a memo titled “…”", "a column headlined “…”"):
#: the quotation after one is the work's name whatever its shape ("an ad titled “Unity?”"), not words
#: anyone is reported to have said. "called", "named" and "dubbed" are left out: they as often give
#: someone's wording ("what critics called “a stunt”").
TITLE_PARTICIPLES = frozenset("titled entitled headlined subtitled captioned".split())


def after_title_participle(text: str, start: int, content: str, region: int) -> bool:
    """Does the quotation opening at ``start`` follow one of :data:`TITLE_PARTICIPLES` right before it
    (in its sentence, from offset ``region``), its ``content`` one line with no sentence break inside
    (a quotation that runs on past a sentence is no title, whatever comes before it: unbalanced marks
    pair a title's opening mark with a later one)?"""
    previous = split_words(text, max(region, start - 20), start)
    return bool(previous) and previous[-1].text.lower() in TITLE_PARTICIPLES and "\n" not in content \
        and not _SENTENCE_BREAK.search(content.rstrip())


def is_embedded(text: str, start: int) -> bool:
    """Does a word of the writer's sentence come right before the opening mark?"""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j].isalnum()


def scare_shaped(content: str, words: int, paragraphs: int, embedded: bool) -> bool:
    """One to four words, one paragraph, no sentence punctuation (bar a final period after a word)."""
    if embedded and content.endswith("."):
        content = content[:-1]  # US style puts the sentence's period inside: called it “brilliant.”
    return 1 <= words <= SCARE_MAX_WORDS and paragraphs == 1 and not _SENTENCE_MARK.search(content)


def direct_or_partial(content: str, embedded: bool) -> str:
    first = next((c for c in content if c.isalpha()), "")
    return "partial" if first.islower() and embedded else "direct"
