"""Who said it: one answer for the quotation layer and the actor layer.

The quotation finder (:mod:`biaslab.quotes`) knows only declared actors, so
"Shoigu said" with Sergey Shoigu detected (not declared) keeps the phrase
"Shoigu" as its speaker, and an unresolved "he" stays "he". The actor layer
knows every profiled actor and where each is mentioned. A quotation is
credited to

1. its speaker, when that is the name of a profiled actor (the finder
   resolved it against the declared actors); else
2. the actor of the mention that covers the last character of the speaker
   phrase: the phrase's last word names the speaker ("Gen. Sergey
   Surovikin", "he" resolved by the actor layer, "a spokesman for the
   Kremlin"), while a mention earlier in the phrase is a modifier ("Putin’s
   spokesman" is not Putin, as in the quotation finder); else
3. nobody.

:func:`profile_actors` counts an actor's voice with this rule, and
:func:`credit_speakers` rewrites the quotations' ``speaker`` with it, so
:func:`biaslab.quotes.speaker_summary` and the profiles agree.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from ..quotes import PersonMention, Quote
from ..segmentation import SpanIndex
from .mentions import Names
from .model import ActorProfile, Mention

__all__ = ["credit_speakers", "speaker_candidates"]


def speaker_candidates(names: Names) -> list[PersonMention]:
    """Where each actor is named (by name, alias or role noun; pronouns come later), for the
    quotation finder (``find_quotes(people=...)``): a speaker phrase whose head one of these covers
    is that actor, and he/she resolve to the persons among them. ``names`` comes from
    :func:`~biaslab.actors.mentions.resolve_names`."""
    out = []
    for f in names[1]:
        toks = f.sent.tokens
        for c in f.cands:
            out.append(PersonMention(toks[c.i].start, toks[c.j - 1].end, c.actor.name, c.resolution,
                                     c.actor.person, kind=c.actor.kind.kind))
    return out


def _speaker_mention(q, names: Collection[str], mentions: SpanIndex) -> tuple[str, Mention | None] | None:
    """(actor, mention) a quotation is credited to: (speaker, None) when its
    speaker is in ``names``; else (actor, mention) for the mention covering
    the last character of the speaker phrase; else None."""
    speaker = getattr(q, "speaker", None)
    if speaker in names:
        return speaker, None
    if speaker is not None and getattr(q, "speaker_resolution", None) == "pronoun":
        return None  # the quotation finder resolved its he/she to a person the actor layer does not know
    b = getattr(q, "speaker_end", None)
    if getattr(q, "speaker_start", None) is None or b is None:
        return None
    hit = next(iter(mentions.overlapping(b - 1, b)), None)  # mentions never overlap: at most one
    return (hit.actor, hit) if hit is not None else None


def credit_speakers(quotes: Iterable[Quote], profiles: Sequence[ActorProfile]) -> tuple[Quote, ...]:
    """The quotations with speakers credited to the profiled actors.

    A quotation whose ``speaker`` is not the name of one of ``profiles`` but
    whose speaker phrase ends in a mention of one (see the module docstring)
    gets that actor's canonical name as ``speaker`` and the mention's
    resolution (``"name"``, ``"alias"``, ``"role"`` or ``"pronoun"``) as
    ``speaker_resolution``; offsets and everything else are unchanged, and so
    is every other quotation; so is one whose he/she the quotation finder
    resolved to a person (``speaker_resolution="pronoun"``) the actors do
    not include: its resolver weighs salience, the actor layer's takes the
    one person it knows. ``profiles`` should come from
    :func:`profile_actors` run with these ``quotes``. Linear in the number of
    quotations and mentions (one :class:`~biaslab.segmentation.SpanIndex`).
    """
    names = {p.name for p in profiles}
    mentions = SpanIndex(m for p in profiles for m in p.mentions)
    out = []
    for q in quotes:
        credit = _speaker_mention(q, names, mentions)
        if credit is not None and credit[1] is not None:
            q = replace(q, speaker=credit[0], speaker_resolution=credit[1].resolution)
        out.append(q)
    return tuple(out)
