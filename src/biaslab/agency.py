"""Connotation frames of power and agency for news verbs.

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

Entries are keyed by lemma; :func:`lemma` (from :mod:`biaslab.morphology`,
re-exported here) maps an inflected form to it with the approach of WordNet's
*morphy*, checking candidate stems against the verbs of this table among
others; its limits are stated there.

Limits: verb connotations are judged in the usual news sense; the actual
sense in a sentence may differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from .morphology import lemma
from .resources import data_table, once

__all__ = ["AgencyVerb", "AgencyLexiconError", "POWER_VALUES", "AGENCY_VALUES", "load_agency_verbs", "lemma"]

#: Allowed values, as defined in the data file's header (Sap et al. 2017 plus
#: ``none`` for verbs without a person as theme).
POWER_VALUES = frozenset({"high", "low", "equal", "none"})
AGENCY_VALUES = frozenset({"positive", "negative", "equal"})
_VERB_FILE = "agency_verbs.csv"


class AgencyLexiconError(ValueError):
    """A row of ``agency_verbs.csv`` is malformed."""


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


@once
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
