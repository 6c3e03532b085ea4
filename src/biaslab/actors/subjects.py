"""Subjecthood: is a mention the subject, object or agent of a verb?

Read from the clause layer's links (:mod:`biaslab.clauses.links`): the
mention stands for the noun phrase whose head it covers
(:meth:`~biaslab.clauses.ParsedSentence.phrase_for`); that phrase's subject
link to an active verb group makes it the *subject* (inverted reporting
"…,” said Putin" and subjects across relative clauses and appositions
included), a subject link to a passive group or an object link makes it
acted upon (*object*), a "by" link after a passive or a participle the
*agent*; a possessor ("Putin’s troops", "his"), a modifier ("Putin
administration") and any other phrase is *mentioned only*. Verbs are
lemmatised by the clause layer and looked up in the connotation-frame lexicon
of :mod:`biaslab.agency` (Sap et al. 2017).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..agency import load_agency_verbs
from ..clauses import ParsedSentence, VerbGroup
from .model import Agency, VerbUse

#: Which link decides when a phrase has several (subject of one verb and object of another).
_PRIORITY = {"subject": 0, "agent": 1, "object": 2}


#: ``_role``'s default for ``phrase``: not given, read from the sentence.
_UNKNOWN = -1


def _role(sent: ParsedSentence, i: int, j: int, *,
          phrase: int | None = _UNKNOWN) -> tuple[str | None, VerbGroup | None]:
    """(role, verb group) of the mention of tokens ``i:j`` of ``sent``. ``phrase``:
    ``sent.phrase_for(i, j)``, when the caller has it."""
    p = sent.phrase_for(i, j) if phrase == _UNKNOWN else phrase
    if p is None:
        return None, None
    links = sorted((k for k in sent.links if k.phrase == p), key=lambda k: (_PRIORITY[k.role], k.verb))
    if not links:
        return None, None
    link = links[0]
    vg = sent.verbs[link.verb]
    if link.role == "subject":
        return ("object" if vg.passive else "subject"), vg
    return link.role, vg


def _mention_role(sent: ParsedSentence, i: int, j: int) -> tuple[str | None, VerbUse | None]:
    """(role, the verb it is the role of) of the mention of tokens ``i:j`` of ``sent``: what
    :func:`_agency` counts, read while the sentence's parse is held."""
    role, vg = _role(sent, i, j)
    if vg is None:
        return role, None
    verb = sent.tokens[vg.main]
    entry = load_agency_verbs().get(vg.lemma)
    return role, VerbUse(verb.start, verb.end, verb.text, vg.lemma, role, vg.passive or role == "agent",
                         getattr(entry, "power", None), getattr(entry, "agency", None))


def _agency(roles: Sequence[tuple[str | None, VerbUse | None]]) -> Agency:
    """The agency of an actor from the :func:`_mention_role` of each of its mentions, in order."""
    counts = Counter(role for role, _ in roles)
    verbs = tuple(use for _, use in roles if use is not None)
    n = len(roles)
    return Agency(counts["subject"], counts["object"], counts["agent"], counts[None],
                  round(counts["subject"] / n, 4) if n else 0.0, verbs)
