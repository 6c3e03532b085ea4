"""Which actors to compare when the user names none: :func:`default_actors`.

People first, then organisations, then groups and other named actors, then
news outlets (they report the events rather than take part in them); never
places — a city or a country is compared only when the user names it. Within
a kind, the most mentioned first, then the most quoted (a quoted actor has a
voice in the article), then the first mentioned. Actors with no mention are
skipped.
"""
from __future__ import annotations

__all__ = ["default_actors", "DEFAULT_ORDER"]

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
