"""What :mod:`biaslab.quotes` returns: result dataclasses, value vocabularies, thresholds, the error type,
and :func:`cue_key`, the one form in which cues are counted (here and in :mod:`biaslab.actors`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

#: Quotation kinds, see the package docstring.
KINDS = ("direct", "partial", "scare", "title")
#: The kinds that carry a speaker's own words; scare quotes and titles are the
#: writer's. Quoted words, speaker counts and actor voice count only these.
SPEECH_KINDS = ("direct", "partial")
#: ``Quote.cue_class`` values besides None.
CUE_CLASSES = ("neutral", "loaded", "colon", "according_to")
#: ``Quote.speaker_resolution`` values besides None.
RESOLUTIONS = ("name", "alias", "role", "pronoun", "phrase")

#: A scare quote marks a word or a short label; an unattributed quotation of
#: five words or more is more likely an unattributed fragment of speech.
SCARE_MAX_WORDS = 4
#: Longest quoted title considered ("The Spy Who Came in from the Cold" has 8 words), and longest
#: subtitle after its colon ("The Harbor Wars: How the Town of Dover Lost Its Port and Its Ferries").
TITLE_MAX_WORDS = 10
#: Longest hearer in a cue ("told the visiting troops").
MAX_HEARER_WORDS = 3
#: How many tokens may stand between a quotation and the reporting verb after it: the speaker
#: phrase with its apposition ("…,” Jane Roe, the committee's chief spokeswoman, said" has 9); more
#: only when the clause layer links the verb to the phrase right after the quotation (a long
#: apposition or relative clause: "…,” Ann Lee, who ran the county budget office for ten years before
#: the great flood, told reporters").
MAX_LEAD_TOKENS = 14
#: Words that open a subordinate, relative or complement clause: the subject after one is not the
#: main clause's ("When Reed spoke, Moss fired back"; "Nevins said he ran because Lynch agreed").
SUBORDINATE_OPENERS = frozenset("that because although though while whereas if unless whether since as after "
                                "before until once when whenever where so than who which whom whose what "
                                "how why".split())
#: The openers of adverbial clauses (time, cause, concession, condition): a reporting verb in such a
#: clause ("when Lane complained about the levy,") does not report what follows once the clause has closed.
ADVERBIAL_OPENERS = frozenset("because although though while whereas if unless since as after before until once "
                              "when whenever".split())
#: Names and aliases longer than this are ignored: no name in news copy is
#: that long, and it bounds the nesting of the compiled actor pattern.
MAX_ALIAS_CHARS = 100


def cue_key(cue: str) -> str:
    """A cue as it is counted: lower case with runs of whitespace made one
    space ("Told\nreporters" -> "told reporters"), so a cue written across a
    line break or capitalised counts with its other uses."""
    return " ".join(cue.lower().split())


class QuoteDataError(ValueError):
    """Malformed input: the verb table, an ``actors`` mapping, or text that is not a str."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation. Offsets are 0-based character offsets into the text as
    given, end exclusive.

    ``start``/``end`` span the quotation with its marks (``text ==
    article[start:end]``); ``content_start``/``content_end`` the words inside
    the marks (for a multi-paragraph quotation the inner paragraph breaks and
    reopening marks are inside). ``kind`` is ``"direct"``, ``"partial"``,
    ``"scare"`` or ``"title"``. ``speaker`` is the canonical actor name when
    the speaker resolves to a declared actor (or, after
    :func:`biaslab.actors.credit_speakers`, to a detected one), else the
    speaker phrase as written, else None; ``speaker_start``/``speaker_end`` locate the phrase or
    pronoun used (for a continued speaker, the previous quotation's);
    ``speaker_resolution`` is ``"name"``, ``"alias"``, ``"role"``,
    ``"pronoun"``, ``"phrase"`` or None. ``cue`` is the reporting verb or
    construction as written (``article[cue_start:cue_end]``): "said",
    "told reporters", ":" for a bare colon, "according to"; ``cue_class`` is
    ``"neutral"``, ``"loaded"``, ``"colon"``, ``"according_to"`` or None.
    ``words`` counts the words inside the marks (>= 0) as
    :func:`biaslab.segmentation.word_count` does, the word count used for all
    of the package's densities; ``paragraphs`` the
    paragraphs the quotation spans (>= 1); ``paired`` is False only for an
    unclosed quotation returned with ``include_unpaired=True``.
    """

    start: int
    end: int
    text: str
    content_start: int
    content_end: int
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_resolution: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_class: str | None = None
    words: int = 0
    paragraphs: int = 1
    paired: bool = True

    @property
    def content(self) -> str:
        """The words inside the marks."""
        return self.text[self.content_start - self.start:self.content_end - self.start]

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class SpeakerVoice:
    """How much one speaker is quoted in an article.

    ``quotes``: number of direct and partial quotations attributed to the
    speaker; ``words``: words inside them; ``share``: those words over all
    words in direct and partial quotations of the article (0–1); ``cues``:
    how often each cue was used (as :func:`cue_key` gives it: lower case,
    whitespace made single spaces, e.g. ``{"said": 2}``);
    ``loaded_cues``: quotations whose cue is a loaded verb.
    """

    speaker: str
    quotes: int
    words: int
    share: float
    cues: Counter = field(default_factory=Counter)
    loaded_cues: int = 0

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "quotes": self.quotes, "words": self.words, "share": self.share,
                "cues": dict(self.cues.most_common()), "loaded_cues": self.loaded_cues}


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """One row of ``data/reporting_verbs.csv``: the base ``verb``, every
    lower-case ``forms`` matched (base, regular and irregular inflections),
    ``verb_class`` (``"neutral"`` or ``"loaded"``), the ``note`` on why, the
    ``source`` and the 1-based ``line`` in the file. ``hearer`` is True when
    the verb's direct object is the hearer, who then belongs to the cue
    ("told reporters"). ``nouns``: its nominalizations that report the same
    speech act ("claim", "warning"), lower case, singular."""

    verb: str
    forms: tuple[str, ...]
    verb_class: str
    note: str
    source: str
    line: int
    hearer: bool = False
    nouns: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"verb": self.verb, "forms": list(self.forms), "class": self.verb_class,
                "note": self.note, "source": self.source, "line": self.line, "hearer": self.hearer,
                "nouns": list(self.nouns)}
