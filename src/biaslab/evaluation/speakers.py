"""Do two speaker phrases name the same speaker? The name rule of the PolNeAR speaker evaluation.

A predicted speaker ("Donald J. Trump", "officials", "the report") and an annotated Source ("Trump",
"a senior official", "the report") are compared by their *heads*, not as strings, so that a full name
matches a surname and a role matches its plural:

1. Parentheses are dropped ("Ted Cruz (R-Texas)"); commas, semicolons and dashes split appositions
   ("Jane Roe, the committee's spokeswoman" is two parts, each compared).
2. A possessor is not the head: "Trump's campaign manager" keeps "campaign manager". A lower-case head
   ends at a preposition or relative word ("a spokesman for the Kremlin" keeps "a spokesman", "the
   mayor of Valencia" keeps "the mayor"), while a capitalised one does not ("Secretary of State John
   Kerry" stays whole).
3. Determiners, name suffixes ("Jr.") and prepositions are removed; what remains is the *core*, and
   its last word that is not a title (:data:`TITLES`) the *head* ("Kerry", "spokesman"). A part that
   is nothing but titles ("the President") has its last word as head ("president").
4. Two phrases match when the head of a part of one is a word of the core of a part of the other
   (case-insensitive, periods ignored, the plural "s" of a lower-case word ignored): "Hillary" and
   "Hillary Clinton", "Trump" and "Mr. Trump", "officials" and "a senior official", "the judge" and
   "Judge Ann Doe". "Kremlin" does not match "a spokesman
   for the Kremlin", nor "Trump" "Trump's spokeswoman".

This is the rule "share the surname or head; titles and determiners ignored; for common-noun sources
the head noun" of the evaluation brief, written out. It is deliberately lenient on first names and
strict on possessors; it cannot tell two people of the same surname apart.
"""
from __future__ import annotations

import re

__all__ = ["PRONOUNS", "TITLES", "is_pronoun", "speaker_parts", "same_speaker"]

#: Personal pronouns (subject, object and possessive-free forms) that a Source or a predicted speaker
#: may be.
PRONOUNS = frozenset("i me we us you he him she her it they them one".split())
#: Titles and honorifics removed before heads are compared (lower case, without a final period):
#: courtesy titles, political and military offices that stand before names in US news copy.
TITLES = frozenset("""
    mr mrs ms miss mx dr prof sir dame lord lady rev
    president vice sen senator rep representative gov governor lt mayor secretary speaker chairman
    chairwoman chair leader minister prime premier chancellor ambassador judge justice attorney general
    gen col maj capt adm sgt cmdr commissioner sheriff former candidate nominee first
    king queen prince princess pope
""".split())
_DETERMINERS = frozenset("the a an this that these those some many several most".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Words that end a lower-case head noun phrase ("a spokesman *for* the Kremlin").
_CUT = frozenset("of for at with from in on who whom whose which that to by".split())
_WORD = re.compile(r"[\w][\w.'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])\Z", re.IGNORECASE)


def is_pronoun(phrase: str | None) -> bool:
    """Whether ``phrase`` is a single personal pronoun ("He", "they")."""
    return bool(phrase) and phrase.strip().casefold() in PRONOUNS


def _fold(word: str) -> str:
    """Case-folded, periods dropped; a lower-case plural loses its "s" (officials -> official)."""
    w = word.casefold().replace(".", "").replace("’", "'")
    plural = word[:1].islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")
    return w[:-1] if plural else w


def speaker_parts(phrase: str) -> list[tuple[str, frozenset[str]]]:
    """``(head, core words)`` of each apposition part of ``phrase``, folded for comparison."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase or "")
    out = []
    for part in re.split(r"[,;—–]| - ", phrase):
        words = _WORD.findall(part)
        for i in range(len(words) - 1, -1, -1):  # the possessor is not the head
            if _POSSESSIVE.search(words[i]) and i < len(words) - 1:
                words = words[i + 1:]
                break
        words = [_POSSESSIVE.sub("", w) if w[-1] in "'’s" and _POSSESSIVE.search(w) else w for w in words]
        for i, w in enumerate(words):
            if i and w.casefold() in _CUT:
                if any(x[0].islower() and x.casefold() not in _DETERMINERS for x in words[:i]):
                    words = words[:i]
                break
        core = [_fold(w) for w in words if _fold(w).rstrip("'") not in _DETERMINERS | _SUFFIXES | _CUT]
        names = [w for w in core if w not in TITLES]
        if core:
            out.append(((names or core)[-1], frozenset(core)))
    return out


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether phrases ``a`` and ``b`` name the same speaker by the head rule (module docstring)."""
    if not a or not b:
        return False
    pa, pb = speaker_parts(a), speaker_parts(b)
    return any(ha in cb or hb in ca for ha, ca in pa for hb, cb in pb)
