"""Subjecthood: is a mention the subject, object or agent of a verb?

Read from Pattern's chunks (see the :mod:`biaslab.actors` docstring, step 5);
verbs are lemmatised and looked up in the connotation-frame lexicon of
:mod:`biaslab.agency` (Sap et al. 2017).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..agency import lemma, load_agency_verbs
from .mentions import _appositive_end
from .model import Agency, VerbUse
from .tokens import _QUOTE_MARKS, _Tok

#: Passive auxiliaries: a form of "be" or "get" followed by a past participle.
_PASSIVE_AUX = frozenset("be am is are was were been being get gets got gotten getting 's 're".split())
#: Penn tags of a finite verb (past, present, modal): only these take a subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _vp(toks: Sequence[_Tok], k: int) -> int:
    """End (exclusive) of the verb chunk starting at ``toks[k]``."""
    j = k + 1
    while j < len(toks) and toks[j].chunk == "I-VP":
        j += 1
    return j


def _verb_info(toks: Sequence[_Tok], k: int, j: int) -> tuple[bool, bool, _Tok | None]:
    """(finite, passive, main verb) of the verb chunk ``toks[k:j]``."""
    verbs = [t for t in toks[k:j] if t.tag.startswith("VB") or t.tag == "MD"]
    if not verbs:
        return False, False, None
    finite = verbs[0].tag in _FINITE
    passive = False
    for a, b in zip(verbs, verbs[1:]):
        if a.key.casefold() in _PASSIVE_AUX and b.tag in ("VBN", "VBD"):
            passive = True
    main = verbs[-1]
    return finite, passive, main


def _np_end(toks: Sequence[_Tok], j: int) -> int | None:
    """End of the noun chunk a mention ending at ``j`` heads, or None when the
    mention only modifies a noun ("Putin administration", "Russia’s troops")."""
    if j < len(toks) and toks[j].key in ("'s", "'"):
        return None
    if j < len(toks) and toks[j].chunk == "I-NP":
        if toks[j].tag.startswith("NN") or toks[j].tag in ("JJ", "CD"):
            return None
        while j < len(toks) and toks[j].chunk == "I-NP":
            j += 1
    return j


def _role(toks: Sequence[_Tok], i: int, j: int) -> tuple[str | None, _Tok | None, bool]:
    """(role, verb token, passive) for the mention ``toks[i:j]``."""
    end = _np_end(toks, j)
    if end is None or toks[j - 1].tag == "PRP$":
        return None, None, False  # a modifier: "Putin’s troops", "his generals"
    start = i
    while start > 0 and toks[start].chunk == "I-NP" and toks[start - 1].chunk.endswith("NP"):
        start -= 1
    if _in_pp(toks, start):
        return _agent(toks, start)
    k = _skip_to_verb(toks, end)
    if k < len(toks) and toks[k].chunk.endswith("VP"):
        finite, passive, verb = _verb_info(toks, k, _vp(toks, k))
        if verb is not None and finite:
            return ("object" if passive else "subject"), verb, passive
    # a verb chunk before the noun chunk: "…,” said Putin" / "They met Putin"
    if start == 0 or not toks[start - 1].chunk.endswith("VP"):
        return None, None, False
    k = start - 1
    while k > 0 and toks[k].chunk == "I-VP":
        k -= 1
    finite, passive, verb = _verb_info(toks, k, start)
    if verb is None or passive:
        return None, None, False
    before = toks[k - 1].key if k > 0 else None
    after = toks[j].key if j < len(toks) else None
    inverted = (finite and start - k == 1 and (before is None or before in _QUOTE_MARKS or before == ",")
                and (after is None or after in (",", ".", ";")))
    return ("subject" if inverted else "object"), verb, False


def _skip_to_verb(toks: Sequence[_Tok], k: int) -> int:
    """Skip adverbs and comma-delimited appositives after a noun chunk ending at ``k``."""
    while k < len(toks):
        if toks[k].tag in ("RB", "RBR", "RBS") and not toks[k].chunk.endswith("VP"):
            k += 1
            continue
        app = _appositive_end(toks, k)
        if app is not None and app < len(toks) and toks[app].key == ",":
            k = app + 1
            continue
        break
    return k


def _in_pp(toks: Sequence[_Tok], start: int) -> bool:
    """Is the noun chunk at ``start`` the object of a preposition? "by" always;
    another IN word only after a noun ("a report by", "the third of"): after a
    verb, a comma or at the start of a clause it is a subordinator ("while
    Washington says", "said that Syria is").
    """
    if start == 0 or toks[start - 1].tag not in ("IN", "TO"):
        return False
    if toks[start - 1].key.casefold() == "by":
        return True
    return start >= 2 and (toks[start - 2].tag.startswith("NN") or toks[start - 2].tag in ("PRP", "CD"))


def _agent(toks: Sequence[_Tok], start: int) -> tuple[str | None, _Tok | None, bool]:
    """"joined by Shoigu", "held by the Islamic State": the agent of a passive
    or of a past participle."""
    if start < 2 or toks[start - 1].key.casefold() != "by" or not toks[start - 2].chunk.endswith("VP"):
        return None, None, False
    k = start - 2
    while k > 0 and toks[k].chunk == "I-VP":
        k -= 1
    _, passive, verb = _verb_info(toks, k, start - 1)
    if verb is not None and (passive or verb.tag == "VBN"):
        return "agent", verb, True
    return None, None, False


def _agency(rows) -> Agency:
    counts = Counter()
    verbs = []
    lexicon = load_agency_verbs()
    for m, f, _, (i, j) in rows:
        role, verb, passive = _role(f.sent.toks, i, j)
        counts[role] += 1
        if verb is not None:
            lem = lemma(verb.key.casefold())
            entry = lexicon.get(lem)
            verbs.append(VerbUse(verb.start, verb.end, verb.text, lem, role, passive,
                                 getattr(entry, "power", None), getattr(entry, "agency", None)))
    n = len(rows)
    return Agency(counts["subject"], counts["object"], counts["agent"], counts[None],
                  round(counts["subject"] / n, 4) if n else 0.0, tuple(verbs))
