"""Which actors to compare when the user names none: :func:`default_actors`.

People first, then organisations, then groups and other named actors, then
news outlets (they report the events rather than take part in them); never
places — a city or a country is compared only when the user names it. Within
a kind, the most mentioned first, then the most quoted (a quoted actor has a
voice in the article), then the first mentioned. Actors with no mention are
skipped.

Across several accounts of one event (:func:`default_actors_across`), the
actors named in the most accounts come first within a kind, then those with
the most mentions over all accounts: the people a comparison of coverage can
follow from one account to the next.
"""
from __future__ import annotations

__all__ = ["default_actors", "default_actors_across", "DEFAULT_ORDER"]

#: Rank of each kind when choosing actors to compare (lower first); places are never chosen.
DEFAULT_ORDER = {"person": 0, "organisation": 1, "group": 2, "other": 3}
#: Rank of a news outlet (an ``organisation`` with ``outlet`` set): after every other kind.
OUTLET_RANK = 4


def default_actors(analysis, n: int = 2) -> list[str]:
    """Canonical names of up to ``n`` actors of ``analysis`` (anything with
    ``.actors``, or a sequence of profiles) to compare by default."""
    profiles = getattr(analysis, "actors", analysis)
    ranked = []
    for order, p in enumerate(profiles):
        rank = OUTLET_RANK if getattr(p, "outlet", False) else DEFAULT_ORDER.get(p.kind)
        if rank is None or not p.mentions:
            continue
        first = p.prominence.first_offset if p.prominence.first_offset is not None else float("inf")
        ranked.append((rank, -len(p.mentions), -p.voice.quotes, first, order, p.name))
    return [name for *_, name in sorted(ranked)[:n]]


def default_actors_across(analyses, n: int = 2) -> list[str]:
    """Canonical names (as the first account that names each has them) of up to ``n`` actors to
    follow across ``analyses``, several accounts of one event (module docstring). An actor of one
    account is the same as one of another when its name finds it there
    (:func:`~biaslab.actors.model.find_actor`: "Ruiz" finds "Ana Ruiz")."""
    from .model import UnknownActorError, find_actor

    analyses = list(analyses)
    ranked: list[tuple] = []
    seen: set[str] = set()  # the names, in every account, of the actors already ranked
    for k, analysis in enumerate(analyses):
        for order, p in enumerate(analysis.actors):
            rank = OUTLET_RANK if getattr(p, "outlet", False) else DEFAULT_ORDER.get(p.kind)
            if rank is None or not p.mentions or p.name in seen:
                continue
            found = []
            for other in analyses:
                try:
                    found.append(find_actor(other.actors, p.name))
                except UnknownActorError:
                    continue
            seen.update(f.name for f in found)
            accounts = sum(1 for f in found if f.mentions)
            ranked.append((rank, -accounts, -sum(len(f.mentions) for f in found), k, order, p.name))
    return [name for *_, name in sorted(ranked)[:n]]
