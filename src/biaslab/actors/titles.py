"""Titles and nationalities before a name: the word lists and how they are read.

``data/actor_titles.csv`` (offices and role nouns: "Defense Secretary",
"Gen.", "leader") and ``data/nationalities.csv`` (country names,
abbreviations and adjectives: "US", "Russia", "Russian") are loaded once and
indexed by token. They are read at a token position (:func:`_title_at`,
:func:`_nation_at`), leftwards from a name ("US Defense Secretary Jim
Mattis", "Russia’s president", "Syria’s strong man": :func:`_prefix_start`)
and at the start of a declared alias (:func:`_parse_prefix`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..resources import data_table, once
from .kinds import head_word
from .tokens import _DESCRIPTIVE, _DETERMINERS, _keys, _Tok

#: At most this many lower-case words between a possessive and a name
#: ("Syria's strong man Bashar al-Assad").
MAX_POSSESSIVE_WORDS = 3
#: At most this many capitalised words naming the body of a capitalised title
#: ("Commission President", "Senate Majority Leader", "Treasury Secretary").
MAX_QUALIFIER_WORDS = 2
#: Longest country name or nationality read before a name, in tokens ("United
#: Arab Emirates"); the data holds none longer.
MAX_NATION_WORDS = 3
#: The ``category`` values of ``data/actor_titles.csv``, as its header defines
#: them. ``leader`` is the generic role noun that matches any head of state or
#: government, and :mod:`.mentions` reads the head-of-state categories, so a
#: mistyped category would silently change who a title can refer to.
TITLE_CATEGORIES = frozenset({
    "head_of_state", "head_of_government", "leader", "minister", "official", "legislator",
    "military", "judicial", "religious", "royal", "courtesy",
})


@dataclass(frozen=True, slots=True)
class _Title:
    text: str
    category: str
    keys: tuple[str, ...]  # casefolded tokens
    exact: tuple[str, ...] | None = None  # the tokens as written, when case must match (:func:`_exact_case`)


def _exact_case(keys: Sequence[str]) -> bool:
    """Must a title match in its own case? Yes for a short abbreviation without a period ("Mr", "Dr",
    British usage), which in other cases is another word ("MS", "DR")."""
    return any(len(k) <= 3 and k.isalpha() and k[:1].isupper() and k[1:].islower() for k in keys)


@once
def full_titles() -> dict[str, str]:
    """Abbreviated titles written out, casefolded ("sen." → "senator", "gen." → "general"), from the
    ``full`` column of ``data/actor_titles.csv``."""
    rows = data_table("actor_titles.csv", required=("title", "category", "source"), optional=("full",))
    return {row["title"].casefold(): row["full"].casefold() for _, row in rows if row["full"]}


@once
def _titles() -> dict[str, list[_Title]]:
    """Titles from ``data/actor_titles.csv``, indexed by their last token (casefolded)."""
    index: dict[str, list[_Title]] = defaultdict(list)
    rows = data_table("actor_titles.csv", required=("title", "category", "source"),
                      choices={"category": TITLE_CATEGORIES}, unique="title", key=str.casefold)
    for _, row in rows:
        written = tuple(_keys(row["title"]))
        keys = tuple(k.casefold() for k in written)
        index[keys[-1]].append(_Title(row["title"], row["category"], keys,
                                      written if _exact_case(written) else None))
    for entries in index.values():
        entries.sort(key=lambda t: -len(t.keys))
    return dict(index)


@once
def office_nouns() -> frozenset[str]:
    """The head nouns of the titles of ``data/actor_titles.csv``, casefolded: the last word, or the
    word before "of" ("Secretary of State" → "secretary"), without abbreviations ("sen."). A
    common noun phrase headed by one names a person by office ("the Florida senator")."""
    heads = set()
    for entries in _titles().values():
        for t in entries:
            head = t.keys[t.keys.index("of") - 1] if "of" in t.keys[1:] else t.keys[-1]
            if head.isalpha():
                heads.add(head)
    return frozenset(heads)


@once
def _titles_by_first() -> dict[str, list[_Title]]:
    index: dict[str, list[_Title]] = defaultdict(list)
    for entries in _titles().values():
        for t in entries:
            index[t.keys[0]].append(t)
    return {k: sorted(v, key=lambda t: -len(t.keys)) for k, v in index.items()}


@once
def _nationality_rows() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """``(country, names, adjective)`` per row of ``data/nationalities.csv`` (read once)."""
    rows = data_table("nationalities.csv", required=("country", "names", "source"), optional=("adjective",),
                      unique="country")
    return tuple((row["country"], tuple(n.strip() for n in row["names"].split("|") if n.strip()),
                  row["adjective"].strip()) for _, row in rows)


@once
def _nations() -> dict[tuple[str, ...], str]:
    """Country names, abbreviations and adjectives (exact case) → country, from
    ``data/nationalities.csv``."""
    return {_keys(form): country for country, names, adjective in _nationality_rows()
            for form in (*names, adjective) if form}


@once
def _country_names() -> dict[tuple[str, ...], str]:
    """Country names and abbreviations (not adjectives) → country, from ``data/nationalities.csv``."""
    return {_keys(n): country for country, names, _ in _nationality_rows() for n in names}


@once
def _nations_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The forms :func:`_nation_at` reads (at most :data:`MAX_NATION_WORDS`
    tokens), indexed by their first token (exact case), longest first."""
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for keys in _nations():
        if 0 < len(keys) <= MAX_NATION_WORDS:
            index[keys[0]].append(keys)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _parse_prefix(keys: Sequence[str]) -> tuple[int, _Title | None, str | None]:
    """Leading descriptor of a surface form: ``[the] [nation|X 's] title*`` or
    ``X 's word{1,3}``. Returns (length, last title, country)."""
    toks = [_Tok(0, 0, k, k) for k in keys]
    for t in toks:
        t.tag = "NN" if t.key[:1].islower() else "NNP"
    k = 1 if toks and toks[0].key.casefold() in _DETERMINERS else 0
    nation = None
    n, country = _nation_at(toks, k)
    if n:
        nation, k = country, k + n
    title = None
    while True:
        t = _title_at(toks, k)
        if t is None:
            break
        title, k = t, k + len(t.keys)
    if title is None or (k < len(keys) and head_word(keys[-1]) is not None):
        return 0, None, None  # "Russia Today", "the Russians", "Justice Department": names, not descriptors
    return k, title, nation


def _nation_at(toks: Sequence[_Tok], i: int) -> tuple[int, str | None]:
    """A nationality premodifier at ``toks[i]``: "US", "Russian", "Russia ’s"."""
    if i >= len(toks):
        return 0, None
    for keys in _nations_by_first().get(toks[i].key, ()):
        n = len(keys)
        if tuple(t.key for t in toks[i:i + n]) == keys:
            m = n + 1 if i + n < len(toks) and toks[i + n].key == "'s" else n
            return m, _nations()[keys]
    return 0, None


def _title_at(toks: Sequence[_Tok], i: int) -> _Title | None:
    """The longest title starting at ``toks[i]`` (case-insensitive)."""
    if i >= len(toks):
        return None
    for t in _titles_by_first().get(toks[i].key.casefold(), ()):
        n = len(t.keys)
        if tuple(x.key.casefold() for x in toks[i:i + n]) == t.keys and _case_fits(t, toks[i:i + n]):
            return t
    return None


def _title_ending(toks: Sequence[_Tok], j: int) -> _Title | None:
    """The longest title whose last token is ``toks[j - 1]``."""
    if j <= 0:
        return None
    for t in _titles().get(toks[j - 1].key.casefold(), ()):
        n = len(t.keys)
        if j - n >= 0 and tuple(x.key.casefold() for x in toks[j - n:j]) == t.keys and _case_fits(t, toks[j - n:j]):
            return t
    return None


def _case_fits(t: _Title, toks: Sequence[_Tok]) -> bool:
    return t.exact is None or tuple(x.key for x in toks) == t.exact


def _prefix_start(toks: Sequence[_Tok], i: int) -> tuple[int, _Title | None, str | None]:
    """Extend a name at ``toks[i]`` leftwards over titles, the body a capitalised
    title belongs to, and a nationality or possessive ("US Defense Secretary",
    "Commission President", "Russia’s president", "Syria’s strong man").
    Returns (new start, last title, country)."""
    k, title = i, None
    while (t := _title_ending(toks, k)) is not None:
        title = title or t
        k -= len(t.keys)
    if title is None:
        m = k
        while m > 0 and k - m < MAX_POSSESSIVE_WORDS and toks[m - 1].key[:1].islower() \
                and toks[m - 1].tag in _DESCRIPTIVE:
            m -= 1
        if m < k and m >= 2 and toks[m - 1].key == "'s" and toks[m - 2].key[:1].isupper():
            country = _nations().get((toks[m - 2].key,))
            return m - 2, None, country
        return i, None, None
    if k >= 2 and toks[k - 1].key == "'s" and toks[k - 2].key[:1].isupper():
        return k - 2, title, _nations().get((toks[k - 2].key,))
    if toks[k].key[:1].isupper():  # a capitalised office names its body: "Commission President"
        q = k
        while q > 0 and k - q < MAX_QUALIFIER_WORDS and toks[q - 1].proper and toks[q - 1].key[:1].isupper() \
                and not _nation_at(toks, q - 1)[0]:
            q -= 1
        k = q
    for n in range(MAX_NATION_WORDS, 0, -1):
        keys = tuple(t.key for t in toks[max(0, k - n):k])
        if len(keys) == n and keys in _nations():
            return k - n, title, _nations()[keys]
    return k, title, None
