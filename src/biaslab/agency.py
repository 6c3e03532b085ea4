"""Connotation frames of power and agency for news verbs, and a verb lemmatizer.

Method
------
``data/agency_verbs.csv`` gives, for about 200 verbs common in political and
conflict news, the connotation frame its subject (the agent) receives, after
Sap, Prasettio, Holtzman, Rashkin & Choi 2017, "Connotation Frames of Power
and Agency in Modern Films" (EMNLP):

* **power** of the agent relative to the theme (object): ``high`` (X ordered
  Y), ``low`` (X begged Y), ``equal`` (X met Y), or ``none`` when the verb
  usually takes no person as theme (X said, X fled);
* **agency** of the agent: ``positive`` (decisive: X attacked), ``negative``
  (passive or acted upon: X suffered), ``equal`` (neither: X said).

Entries are keyed by lemma; :func:`lemma` maps an inflected form to it with
the approach of WordNet's *morphy*: an irregular-form table first, then
suffix-stripping rules whose candidate stems are checked against the verbs
known here, then English spelling rules (undoubling, restoring a silent *e*)
for verbs that are not.

Limits: the lemmatizer knows verbs only (``"meeting"`` → ``meet`` even for the
noun), handles one word (the last of ``"was briefed"``), and its spelling
rules guess wrong on some unknown verbs (``"targeted"`` is right only because
*target* is in the table; ``"completed"`` gives ``complet``). Verb connotations
are judged in the usual news sense; the actual sense in a sentence may differ.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import data_table
from .segmentation import ENGLISH_QUOTES, fold_quotes

__all__ = ["AgencyVerb", "AgencyLexiconError", "POWER_VALUES", "AGENCY_VALUES", "load_agency_verbs", "lemma"]

#: Allowed values, as defined in the data file's header (Sap et al. 2017 plus
#: ``none`` for verbs without a person as theme).
POWER_VALUES = frozenset({"high", "low", "equal", "none"})
AGENCY_VALUES = frozenset({"positive", "negative", "equal"})
_VERB_FILE = "agency_verbs.csv"


class AgencyLexiconError(ValueError):
    """A row of ``agency_verbs.csv`` or ``irregular_verbs.csv`` is malformed."""


@dataclass(frozen=True, slots=True)
class AgencyVerb:
    """A verb's connotation frame: ``verb`` (lemma), ``power`` (one of
    :data:`POWER_VALUES`) and ``agency`` (one of :data:`AGENCY_VALUES`) of
    its agent, a short ``note`` on the judgement and its ``source``."""

    verb: str
    power: str
    agency: str
    note: str
    source: str

    def to_dict(self) -> dict:
        return {"verb": self.verb, "power": self.power, "agency": self.agency,
                "note": self.note, "source": self.source}


@lru_cache(maxsize=1)
def load_agency_verbs() -> dict[str, AgencyVerb]:
    """The shipped verb table, keyed by lemma (loaded once)."""
    rows = data_table(_VERB_FILE, required=("verb", "power", "agency", "source"), optional=("note",),
                      choices={"power": POWER_VALUES, "agency": AGENCY_VALUES},
                      unique="verb", key=str.lower, error=AgencyLexiconError)
    verbs: dict[str, AgencyVerb] = {}
    for lineno, row in rows:
        verb = row["verb"].lower()
        if " " in verb:
            raise AgencyLexiconError(f"{_VERB_FILE} line {lineno}: verb must be one word, got {verb!r}")
        verbs[verb] = AgencyVerb(verb, row["power"], row["agency"], row["note"], row["source"])
    return verbs


# --- lemmatizer --------------------------------------------------------------

#: Irregular verbs (base form -> its forms) are data, with their source:
#: ``biaslab/data/irregular_verbs.csv`` (Quirk et al. 1985, §§3.11-3.19).
_IRREGULAR_FILE = "irregular_verbs.csv"

#: Verbs ending in one *l* that double it before -ed/-ing (British spelling
#: everywhere, American for stressed final syllables), which the general
#: rule (keep "ll": called, killed) would get wrong.
_SINGLE_L = """compel expel repel propel dispel excel rebel control patrol enrol cancel travel label
model signal fuel level channel total quarrel counsel marshal"""

#: Base forms that end in a doubled consonant, which undoubling must keep.
_DOUBLED_BASES = frozenset("add err ebb egg butt putt purr boycott".split())

#: Stems that the spelling rules would wrongly extend with -e or strip of -s.
_AS_IS = frozenset("focus bias".split())


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    forms: dict[str, str] = {}
    rows = data_table(_IRREGULAR_FILE, required=("base", "forms", "source"), unique="base",
                      error=AgencyLexiconError)
    for _, row in rows:
        for form in (row["base"], *row["forms"].split()):
            forms.setdefault(form, row["base"])
    for base in _SINGLE_L.split():
        forms[base + "led"] = forms[base + "ling"] = base  # controlled, controlling
    return forms


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Verbs whose base form is certain: the table's verbs and irregular bases."""
    return frozenset(load_agency_verbs()) | frozenset(_irregular().values()) | _DOUBLED_BASES | _AS_IS


_VOWELS = "aeiou"
#: Stripped from around the verb :func:`lemma` reads: punctuation and the English
#: marks ' " “ ” (’ is folded to ' first). The actor layer calls lemma with word
#: tokens, which hold no quotation marks; ‘ « » „ ‚ ‹ › are left alone for direct
#: callers (as they always were), and ʼ is a letter.
_STRIPPED = ".,;:!?()[]{}" + "".join(c for c in ENGLISH_QUOTES if c not in "\u2018\u2019")
#: Stems that need a silent -e restored (decid-ed → decide), one pattern per
#: English spelling pattern; see _restore_e.
_NEEDS_E = re.compile(
    r"(?:[cv]|dg|[rl]g|(?:ch|r)ang|eng|s|[iu]at|[^aeiou]at|[^aeiou][aeiou][dkm]"
    r"|[^aeiou]ut|[^aeiou][iou]l|[^aeiou]in|[^aeiou]ot|[^aeiou][aiu]r|[aiy]z|eez)$"
)
_MONOSYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _has_vowel(stem: str) -> bool:
    """Whether a stripped stem could be a verb (bring, shed, red have none left)."""
    return any(ch in "aeiouy" for ch in stem)


def _restore_e(stem: str) -> str:
    """Add the silent -e that -ed/-ing removed, by spelling pattern: one-syllable
    consonant-vowel-consonant stems (hop → hope, vot → vote) and the endings in
    :data:`_NEEDS_E` (announc, resolv, judg, caus, decid, execut, compil,
    determin, secur, negotiat, organiz...). Stems ending in "ss" keep none."""
    if stem in _AS_IS or stem.endswith("ss"):
        return stem
    plain = stem.replace("qu", "q")  # the u of qu is not a vowel here (quot → quote)
    if _MONOSYLLABLE_CVC.match(plain) or _NEEDS_E.search(plain):
        return stem + "e"
    return stem


def _undouble(stem: str) -> str | None:
    """stopp → stop; None when the stem does not end in a doubled consonant
    that inflection added (ll, ss, ff and zz are part of the base)."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS + "lsfz" and stem not in _DOUBLED_BASES:
        return stem[:-1]
    return None


def _from_stem(stem: str) -> str:
    """The base form for what is left after removing -ed or -ing."""
    known = _known()
    single = _undouble(stem)
    for candidate in (stem, stem + "e", single):
        if candidate and candidate in known:
            return candidate
    if single:
        return single
    return _restore_e(stem)


def lemma(verb: str) -> str:
    """The base form of an English verb: ``"ordered"`` → ``"order"``,
    ``"said"`` → ``"say"``, ``"tried"`` → ``"try"``, ``"was briefed"`` →
    ``"brief"`` (the last word of a phrase is lemmatized).

    Input is lower-cased and stripped of surrounding punctuation; an input
    with no letters gives ``""``.
    """
    parts = fold_quotes(str(verb).lower(), marks="\u2019").split()
    word = parts[-1].strip(_STRIPPED) if parts else ""
    if not any(ch.isalpha() for ch in word):
        return ""
    irregular = _irregular()
    if word in irregular:
        return irregular[word]
    if word in _known():
        return word
    if word.endswith(("ied", "ies")) and len(word) > 3:
        return word[:-1] if len(word) == 4 else word[:-3] + "y"  # died → die, tried → try
    if word.endswith("eed"):
        # agreed → agree, guaranteed → guarantee; need, proceed, speed stay
        long_past = len(word) > 6 and not word.endswith("ceed")
        return word[:-1] if word[:-1] in _known() or long_past else word
    if word.endswith("ed") and _has_vowel(word[:-2]):
        stem = word[:-2]
        return stem if stem.endswith("y") else _from_stem(stem)
    if word.endswith("ing") and _has_vowel(word[:-3]):
        stem = word[:-3]
        return stem if stem.endswith(("y", "e")) else _from_stem(stem)
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) and len(word) > 2:
        if word.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")) or word[:-2] in _known():
            return word[:-2]  # pushes → push, vetoes → veto
        return word[:-1]  # orders → order, causes → cause
    return word
