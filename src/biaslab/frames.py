"""Policy Frames Codebook dimensions per sentence and per article, from cue words.

Method
------
The 15 dimensions of the Policy Frames Codebook (Boydstun, Card, Gross,
Resnik & Smith 2014, "Tracking the Development of Media Frames within and
across Policy Issues"; the scheme annotated in the Media Frames Corpus, Card
et al. 2015, ACL) are detected with a lexicon, as Field et al. 2018 (EMNLP,
"Framing and Agenda-setting in Russian News") did at scale:

* ``data/frame_cues.csv`` lists cue words and phrases for the 14 substantive
  dimensions, each with a weight (1.0, or 0.5 for cues that often appear
  outside their dimension). Each cue belongs to exactly one dimension.
* Matching is case-insensitive, on word boundaries; a space or hyphen in a cue
  matches any run of whitespace (including non-breaking spaces) or hyphens,
  and the last word of a cue also matches its plurals by the rules of
  :mod:`biaslab.morphology` (troop → troops, army → armies, tax → taxes,
  knife → knives, policeman → policemen); a last word ending in a single s
  ("rights", "bias") is taken as it is. Other inflections are rows of their
  own. Where cues overlap, the longest one wins ("war crimes" is one crime
  cue, not a security cue plus a crime cue): scanning left to right, at
  each word the longest listed cue that matches there is taken, and the
  scan goes on after it.
* The cues are compiled once into a token trie (a cue is a path of tokens —
  runs of letters and digits, or single punctuation marks as in "u.n." —
  and the gaps between them: a separator run, or none); a sentence is split
  into the same tokens once and each word start is looked up in the trie,
  so matching costs a few dictionary look-ups per word however many cues
  there are (one large regular expression would try every cue of the
  word's first letter at every word).
* A sentence's score for a frame is the summed weight of its cues; its
  primary frame is the highest-scoring one, ``"other"`` when it has no cue
  (the codebook's residual category). Ties go to the frame listed first in
  the codebook, so results are deterministic.
* The article's share for a frame is its part of all matched cue weight
  (0–1, summing to 1 when any cue matched). ``other`` owns no cues, so its
  share is always 0; how many sentences had no cue is in ``counts["other"]``.

Limits: a lexicon sees words, not arguments — negation ("not a war"),
quotation and irony are not recognised, and the codebook's human coders
judge whole passages, so scores are indicators to read with the matched
cues, which every result reports with their character offsets.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .morphology import plurals
from .resources import data_table, once

__all__ = [
    "Frame", "FRAMES", "FRAME_IDS", "FrameCue", "FrameScores", "SentenceFrames", "FrameProfile",
    "FrameLexiconError", "frame_cues", "normalize_cue", "score_frames",
]


@dataclass(frozen=True, slots=True)
class Frame:
    """One dimension of the Policy Frames Codebook: ``id``, ``label`` and a
    one-line ``description`` paraphrasing the codebook's definition."""

    id: str
    label: str
    description: str

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "description": self.description}


#: The codebook's dimensions in its own order (the order that breaks ties).
FRAMES: tuple[Frame, ...] = (
    Frame("economic", "Economic", "Costs, benefits and other financial consequences of an issue."),
    Frame("capacity", "Capacity & resources",
          "Whether there are enough physical, human or financial resources, and what current systems can handle."),
    Frame("morality", "Morality", "Religious or ethical implications; what is right or wrong."),
    Frame("fairness", "Fairness & equality",
          "How rights, burdens and resources are shared; equal or unequal treatment of groups."),
    Frame("legality", "Legality, constitutionality & jurisprudence",
          "Rights, freedoms and legal authority of people, firms and governments; laws and court cases."),
    Frame("policy", "Policy prescription & evaluation",
          "Specific policies proposed to address a problem, and whether they work or would work."),
    Frame("crime", "Crime & punishment", "Breaking laws, their enforcement, and the penalties that follow."),
    Frame("security", "Security & defense",
          "Threats to the nation or community and the means of defending against them."),
    Frame("health", "Health & safety", "Health care, disease, sanitation, injury and public safety."),
    Frame("quality_of_life", "Quality of life",
          "Effects on people's wealth, happiness, well-being and daily life."),
    Frame("cultural_identity", "Cultural identity",
          "Traditions, customs, values or identity of a social group in relation to the issue."),
    Frame("public_opinion", "Public opinion",
          "Attitudes of the general public: polls, protests, demographics of support."),
    Frame("political", "Political",
          "Politics and politicians: elections, parties, governing, negotiating and political manoeuvring."),
    Frame("external", "External regulation & reputation",
          "Relations with other nations, foreign policy, international bodies and standing abroad."),
    Frame("other", "Other", "Residual: anything the other dimensions do not cover (here: a sentence with no cue)."),
)

#: Frame ids in codebook order.
FRAME_IDS: tuple[str, ...] = tuple(f.id for f in FRAMES)
_LABELS = {f.id: f.label for f in FRAMES}
_OTHER = "other"
_CUE_FILE = "frame_cues.csv"
#: Whitespace (``\s`` includes non-breaking spaces) or hyphens (ASCII, U+2010, U+2011), between the words of a cue.
_SEPARATOR = r"[\s\-\u2010\u2011]+"
#: The tokens of cues and of the text: a run of word characters, or one character that is
#: neither a word character nor a separator (the periods of "u.n."); separators lie between tokens.
_TOKEN = re.compile(r"\w+|[^\w\s\-\u2010\u2011]")
_WORD_CHAR = re.compile(r"\w")


class FrameLexiconError(ValueError):
    """A row of ``frame_cues.csv`` is malformed."""


@dataclass(frozen=True, slots=True)
class FrameCue:
    """A cue found in the text: ``text == article[start:end]`` (character
    offsets, end exclusive), the ``frame`` id it signals, the lexicon ``cue``
    it matched (lower case, as listed) and its ``weight`` (0.5 or 1.0)."""

    start: int
    end: int
    text: str
    frame: str
    cue: str
    weight: float

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "frame": self.frame, "cue": self.cue, "weight": self.weight}


class FrameScores(Mapping):
    """A sentence's score per frame: a read-only mapping of every frame id, in
    codebook order, to the summed weight of its cues (≥ 0; ``other`` is
    always 0). Compares equal to the same ``dict``.

    Only the non-zero scores are stored: a dict of all 15 frames per sentence
    took about 11 bytes of memory per byte of a long article
    (``benchmarks/README.md``), most sentences having one cue or none.
    """

    __slots__ = ("_nonzero",)

    def __init__(self, scores: Mapping[str, float] | None = None) -> None:
        nonzero = {f: float(v) for f, v in (scores or {}).items() if v}
        unknown = set(nonzero) - _FRAME_SET
        if unknown:
            raise KeyError(f"not a frame id: {', '.join(sorted(unknown))}")
        self._nonzero = nonzero or _NO_SCORES

    def __getitem__(self, frame: str) -> float:
        try:
            return self._nonzero[frame]
        except KeyError:
            if frame in _FRAME_SET:
                return 0.0
            raise

    def __iter__(self) -> Iterator[str]:
        return iter(FRAME_IDS)

    def __len__(self) -> int:
        return len(FRAME_IDS)

    def __repr__(self) -> str:
        return repr(dict(self))


_FRAME_SET = frozenset(FRAME_IDS)
_NO_SCORES: dict[str, float] = {}  # shared by the sentences without a cue; never modified


@dataclass(frozen=True, slots=True)
class SentenceFrames:
    """Frames of one sentence (``start``/``end``: its offsets in the article).

    ``scores`` (:class:`FrameScores`) maps every frame id to the summed weight
    of its cues (≥ 0; ``other`` is always 0); ``primary`` is the
    highest-scoring frame id, or ``"other"`` when no cue matched; ``cues``
    are the matches, in text order.
    """

    start: int
    end: int
    scores: FrameScores
    primary: str
    cues: tuple[FrameCue, ...]

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "scores": dict(self.scores),
                "primary": self.primary, "cues": [c.to_dict() for c in self.cues]}


@dataclass(frozen=True, slots=True)
class FrameProfile:
    """Frames of a whole article.

    ``article`` maps every frame id to its share of all matched cue weight
    (0–1; the shares sum to 1 when any cue matched, all are 0 otherwise;
    ``other`` owns no cues and is always 0). ``dominant`` is the frame with
    the largest share (codebook order breaks ties; ``"other"`` when nothing
    matched). ``counts`` maps every frame id to the number of sentences whose
    primary frame it is (``other``: sentences without any cue).
    """

    sentences: tuple[SentenceFrames, ...]
    article: dict[str, float]
    dominant: str
    counts: dict[str, int]

    def to_dict(self) -> dict:
        return {"sentences": [s.to_dict() for s in self.sentences], "article": dict(self.article),
                "dominant": self.dominant, "counts": dict(self.counts)}

    def to_frame(self):
        """A tidy pandas DataFrame, one row per frame in codebook order:
        ``frame``, ``label``, ``share`` (0–1), ``weight`` (summed cue weight),
        ``sentences`` (sentences with this primary frame), ``cues`` (matches)."""
        import pandas as pd

        weight = dict.fromkeys(FRAME_IDS, 0.0)
        matches = dict.fromkeys(FRAME_IDS, 0)
        for sentence in self.sentences:
            for cue in sentence.cues:
                weight[cue.frame] += cue.weight
                matches[cue.frame] += 1
        rows = [{"frame": f, "label": _LABELS[f], "share": self.article[f], "weight": weight[f],
                 "sentences": self.counts[f], "cues": matches[f]} for f in FRAME_IDS]
        return pd.DataFrame(rows, columns=["frame", "label", "share", "weight", "sentences", "cues"])


def _last_word_spellings(word: str) -> tuple[str, ...]:
    """The last word of a cue and its plurals (:func:`biaslab.morphology.plurals`:
    troops, armies, knives). A word ending in a single s is left as it is: it is
    usually a plural already ("rights", "forces"), and "bias" or "virus" cannot be
    told apart from those by spelling."""
    if word.endswith("s") and not word.endswith("ss"):
        return (word,)
    return tuple(sorted({word, *plurals(word)}))


def _cue_paths(cue: str) -> list[tuple[tuple[bool, str], ...]]:
    """The trie paths of a cue, one per spelling of its last word: ``(gap, token)``
    steps, ``gap`` True when a separator run must come before the token (between
    the cue's words), False when the token follows the previous one directly."""
    *words, last = re.split(r"[\s\-]+", cue)
    paths = []
    for spelling in _last_word_spellings(last):
        steps = []
        for word in (*words, spelling):
            for k, tok in enumerate(_TOKEN.findall(word)):
                steps.append((bool(steps) and k == 0, tok))
        paths.append(tuple(steps))
    return paths


def normalize_cue(cue: str) -> str:
    """The form under which cues are compared for duplicates: lower case,
    hyphens and runs of whitespace as one space."""
    return " ".join(re.split(r"[\s\-]+", cue.strip().lower()))


@dataclass(frozen=True)
class _Lexicon:
    """The loaded cue table and its token trie. ``cues[i]`` = (cue, frame,
    weight); a trie node is a dict from ``(gap, token)`` to the next node,
    and the key ``None`` holds the index of the cue that ends there, the
    longest listed cue first when two end at one node (force / forces)."""

    cues: tuple[tuple[str, str, float], ...]
    trie: dict


@once
def _lexicon() -> _Lexicon:
    rows = data_table(_CUE_FILE, required=("frame", "cue", "weight", "source"),
                      choices={"frame": set(FRAME_IDS) - {_OTHER}},  # "other" owns no cues
                      unique="cue", key=normalize_cue, error=FrameLexiconError)
    cues: list[tuple[str, str, float]] = []
    for lineno, row in rows:
        try:
            weight = float(row["weight"])
        except ValueError:
            raise FrameLexiconError(f"{_CUE_FILE} line {lineno}: weight must be a number") from None
        if not weight > 0:
            raise FrameLexiconError(f"{_CUE_FILE} line {lineno}: weight must be positive")
        cues.append((row["cue"].lower(), row["frame"], weight))
    trie: dict = {}
    # Where two cues match the same words, the longer listed cue wins, then the
    # alphabetically first: inserting in that order, the first one stays.
    for i in sorted(range(len(cues)), key=lambda i: (-len(cues[i][0]), cues[i][0])):
        for path in _cue_paths(cues[i][0]):
            node = trie
            for step in path:
                node = node.setdefault(step, {})
            node.setdefault(None, i)
    return _Lexicon(tuple(cues), trie)


def frame_cues(text: str, *, start: int = 0) -> list[FrameCue]:
    """All frame cues in ``text``, in order, without overlaps.

    ``start`` is added to every offset, for text that is a slice of a larger
    document (a sentence of an article).
    """
    lexicon = _lexicon()
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (İ): lower token by token
        lowered = None
    if lowered is None:
        toks = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    else:
        toks = [(a, b, lowered[a:b]) for a, b in map(re.Match.span, _TOKEN.finditer(text))]
    trie = lexicon.trie
    found: list[FrameCue] = []
    resume = 0
    for i, (a, _, key) in enumerate(toks):
        if a < resume:
            continue  # inside the previous cue
        node = trie.get((False, key))
        if node is None or not _WORD_CHAR.match(key):
            continue  # no cue starts with this word (most words), or not a word
        best = None  # (rank, cue index, end) of the cue chosen at this word
        j = i
        while node is not None:
            cue = node.get(None)
            if cue is not None:
                end = toks[j][1]
                if end >= len(text) or not _WORD_CHAR.match(text, end):
                    rank = (-len(lexicon.cues[cue][0]), lexicon.cues[cue][0])
                    if best is None or rank < best[0]:
                        best = (rank, cue, end)
            j += 1
            if j >= len(toks):
                break
            node = node.get((toks[j][0] > toks[j - 1][1], toks[j][2]))
        if best is not None:
            _, cue, end = best
            phrase, frame, weight = lexicon.cues[cue]
            words = text[a:end]  # the lexicon's own string when the same (most cues): one copy (issue 15)
            found.append(FrameCue(a + start, end + start, phrase if words == phrase else words, frame, phrase, weight))
            resume = end
    return found


def _sentence_frames(sentence: object) -> SentenceFrames:
    try:
        start, end, text = int(sentence.start), int(sentence.end), str(sentence.text)
    except (AttributeError, TypeError, ValueError):
        raise TypeError(f"score_frames expects sentences with .start, .end and .text, got {sentence!r}") from None
    cues = tuple(frame_cues(text, start=start))
    scores = dict.fromkeys(FRAME_IDS, 0.0)
    for cue in cues:
        scores[cue.frame] += cue.weight
    # max() keeps the first of equal scores: codebook order breaks ties.
    primary = max(FRAME_IDS, key=scores.__getitem__) if cues else _OTHER
    return SentenceFrames(start, end, FrameScores(scores) if cues else FrameScores(), primary, cues)


def score_frames(sentences: Sequence[object]) -> FrameProfile:
    """Score each sentence and the whole article on the codebook's dimensions.

    ``sentences`` are objects with ``.start``, ``.end`` (offsets into the
    article) and ``.text`` (e.g. :func:`biaslab.segmentation.sentences`);
    cue offsets in the result are article offsets.
    """
    scored = tuple(_sentence_frames(s) for s in sentences)
    totals = dict.fromkeys(FRAME_IDS, 0.0)
    counts = dict.fromkeys(FRAME_IDS, 0)
    for s in scored:
        counts[s.primary] += 1
        for frame, score in s.scores._nonzero.items():  # the zero scores add nothing
            totals[frame] += score
    grand = sum(totals.values())
    article = {f: (totals[f] / grand if grand else 0.0) for f in FRAME_IDS}
    dominant = max(FRAME_IDS, key=article.__getitem__) if grand else _OTHER
    return FrameProfile(scored, article, dominant, counts)
