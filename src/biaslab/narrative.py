"""Words that fit the article analysed: the bundled case study's passages, and findings generated from numbers.

The notebooks run on any article (their ``parameters`` cell, papermill,
``biaslab report --article``). Two kinds of prose appear in them:

* **Findings** — every sentence that states what an article does ("X is
  quoted twice, Y never") is generated from that analysis's numbers, by
  :func:`biaslab.comparison.contrast_lines` and by the functions here
  (:func:`others_lines`, :func:`tone_lines`); nothing is written in advance.
* **Case-study passages** — the worked reading of the bundled teaching
  article (the "stark contrast" the article announces, the teacher's notes).
  :func:`case_note` shows such a passage only when the article analysed *is*
  the bundled one (:func:`is_case_study`, by its front-matter id); for any
  other article it shows nothing. Even these passages take their counts
  from the analysis, so they stay true when the lexicon or the actor rules
  change.

Actors: :func:`choose_actors` decides which actors a notebook compares: the
ones the user names, else the case study's pair for the bundled article,
topped up by :func:`biaslab.actors.default_actors` (the most prominent
*people*, then organisations, never places).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .actors import default_actors, default_actors_across

__all__ = ["CASE_STUDY_ID", "CASE_STUDY_ACTORS", "CaseNote", "case_note", "is_case_study",
           "choose_actors", "as_list", "others_lines", "tone_lines", "CASE_NOTES"]

#: The front-matter id of the bundled teaching article.
CASE_STUDY_ID = "putin-syria-withdrawal-2017-12-11"
#: The two actors the case study compares.
CASE_STUDY_ACTORS = ("Putin", "Mattis")


def is_case_study(analysis) -> bool:
    """Whether ``analysis`` is of the bundled teaching article."""
    return getattr(getattr(analysis, "article", None), "id", None) == CASE_STUDY_ID


@dataclass(frozen=True)
class CaseNote:
    """A passage written for the bundled case study, as Markdown (shown by Jupyter and in every export)."""

    markdown: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.markdown

    def to_dict(self) -> dict:
        return {"markdown": self.markdown}


# -- actors ------------------------------------------------------------------------------------------------
def as_list(value) -> list:
    """A notebook parameter that should be a list, as a list: papermill's
    ``-p NAME VALUE`` passes ``'["A", "B"]'`` as a string, which is read as
    the list it spells (a JSON or Python list); any other string is one item;
    ``None`` is an empty list."""
    import ast

    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                parsed = None
            if isinstance(parsed, list):
                return parsed
        return [text] if text else []
    return list(value)


def choose_actors(analysis, preferred: Sequence[str] | str | None = None, *, n: int = 2) -> list[str]:
    """The actors a notebook compares: ``preferred`` (names or aliases) that
    the article mentions, topped up by :func:`biaslab.actors.default_actors`. ``None`` means
    the case study's pair for the bundled article, else the default; a
    string is read by :func:`as_list` (papermill's ``-p ACTORS '["A","B"]'``).
    ``analysis`` may be a list of analyses, several accounts of one event: then
    the preferred names any account mentions, topped up by the actors named in
    the most accounts (:func:`biaslab.actors.default_actors_across`)."""
    analyses = list(analysis) if isinstance(analysis, (list, tuple)) else [analysis]
    if isinstance(preferred, str):
        preferred = as_list(preferred)
    if preferred is None:
        preferred = CASE_STUDY_ACTORS if is_case_study(analyses[0]) else ()
    chosen: list[str] = []
    for name in preferred:
        for a in analyses:
            try:
                profile = a.actor(name)
            except KeyError:
                continue
            if profile.mentions and profile.name not in chosen:
                chosen.append(profile.name)
            break
    fill = default_actors(analyses[0], n=n + len(chosen)) if len(analyses) == 1 \
        else default_actors_across(analyses, n=n + len(chosen))
    for name in fill:
        if len(chosen) >= n:
            break
        if name not in chosen:
            chosen.append(name)
    return chosen[:n]


# -- generated findings --------------------------------------------------------------------------------------
def _times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _plural(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else word + 's'}"


def _prominence(profile) -> tuple:
    """Sort key, most prominent first: most mentions, then most quotations, then first mentioned."""
    first = profile.mentions[0].start if profile.mentions else 0
    return (-len(profile.mentions), -profile.voice.quotes, first)


def others_lines(analysis, compared: Sequence[str], *, top: int = 3) -> list[str]:
    """Sentences on the actors the article names besides ``compared``: how
    many there are and how much space and voice the most prominent get."""
    chosen = {analysis.actor(name).name for name in compared}
    rest = sorted((p for p in analysis.actors if p.mentions and p.name not in chosen), key=_prominence)
    if not rest:
        return [f"The article names no actor besides {' and '.join(compared)}."]
    lines = [f"Besides {' and '.join(compared)}, the article names {_plural(len(rest), 'other actor')}."]
    for p in rest[:top]:
        quoted = (f"quoted {_times(p.voice.quotes)} ({_plural(p.voice.quoted_words, 'word')})"
                  if p.voice.quotes else "never quoted")
        where = {"headline": "in the headline", "lead": "in the lead paragraph"}.get(
            p.prominence.first_mention or "", "later in the article")
        lines.append(f"{p.name} is mentioned {_times(len(p.mentions))}, {quoted}, first {where}.")
    return lines


# -- the case study's passages ---------------------------------------------------------------------------------
def tone_lines(analysis, actors: Sequence[str], *, top: int = 3) -> list[str]:
    """Why each of ``actors`` (names or aliases) got its tone toward it: the
    first line of :meth:`biaslab.actors.Tone.explain` after the actor's name,
    then the ``top`` items that moved each mention most, one line each."""
    out = []
    for name in actors:
        profile = analysis.actor(name)
        first, *rest = profile.tone.explain(top=top).splitlines()
        out += [f"{profile.name}. {first}", *(line.strip() for line in rest)]
    return out


def _count(analysis, name: str) -> tuple[int, int]:
    """Mentions and quotations of an actor (0, 0 when the analysis does not know it)."""
    try:
        p = analysis.actor(name)
    except KeyError:
        return 0, 0
    return len(p.mentions), p.voice.quotes


def _stark_contrast(analysis) -> str:
    (tm, tq), (pm, pq), (mm, mq) = (_count(analysis, n) for n in ("Trump", "Putin", "Mattis"))
    trump_quoted = "never quoted" if not tq else f"quoted {_times(tq)}"
    return (
        "**The case study: the article's own “stark contrast”.** The opening sentence says the visit “draws a "
        "stark contrast between Donald Trump and himself”. Does the article then compare Putin with Trump? "
        f"Trump is mentioned {_times(tm)} and {trump_quoted}: the contrast the article announces is carried out "
        f"between Putin and *Mattis*. Putin is mentioned {_times(pm)}, from the headline on, and quoted "
        f"{_times(pq)}, with the scene around his words (a crowd of soldiers, a liberated territory); Mattis is "
        f"mentioned {_times(mm)} and quoted {_times(mq)}, answering a question. The frame is set by the writer "
        "(“a stark contrast”), and then filled with an unequal distribution of space and voice.")


def _tour_data(analysis) -> str:
    return (
        "**About this article.** *Putin Orders Russian Troops Home During Surprise Syria Visit* (2017-12-11) is "
        "a teaching reconstruction written for biaslab: it keeps the framing devices of an article published "
        "that day (a label for Assad, a scare-quoted “civil war”, editorializing words, an exaggeration, two "
        "quotations of Vladimir Putin and one of Jim Mattis) without reproducing its text. Its `provenance` "
        "field says exactly what was kept.")


def _actors_data(analysis) -> str:
    return (
        "**About this article.** Vladimir Putin visits the Khmeimim air base in Syria and orders Russian troops "
        "home; Jim Mattis, the US Defense Secretary, says American forces will stay until the Geneva process has "
        "traction. The article's first sentence says the visit “draws a stark contrast between Donald Trump and "
        "himself”: the last section tests that claim.")


def _partial_note(analysis) -> str:
    return (
        "**In this article,** “mission accomplished, time to go home” is attributed (“the Russians said”), so it "
        "is a partial quotation, not a scare quote — although the article names no Russian who said those words. "
        "Attribution to a whole nation is its own device.")


def _arc_note(analysis) -> str:
    return (
        "**In this article,** read the sentence with the editorializing “Basically” and the Russians' “mission "
        "accomplished”: a clear tilt, yet its score comes from words about the event (*accomplished*, "
        "*liberated*); the threat of retaliation “swift and strong, like never seen before” scores as praise.")


def _coverage_data(analysis) -> str:
    return (
        "**About these texts.** Besides the bundled reconstruction, the comparison holds three short accounts "
        "of the same event written for biaslab as **constructed teaching texts** — not articles from any "
        "outlet, and labelled so in their front matter: a **neutral wire-style** report (every claim "
        "attributed, “said” throughout, no scare quotes); a **pro-Washington** account (“the Kremlin "
        "strongman”, a “so-called withdrawal”, Putin “boasted”); and a **pro-Moscow** account (a “triumphant” "
        "Putin, an “illegal occupation”, Mattis “conceded”). Because the slants are deliberate, they test the "
        "tool as well: a measure that cannot tell them apart is not measuring framing. What each leaves out "
        "(the pro-Moscow text never mentions civilian deaths, the pro-Washington one never credits the defeat "
        "of Islamic State) a reader sees; the numbers do not.")


def _workbook_notes(analysis) -> str:
    return "\n".join([
        "**Teacher's notes on this article.**", "",
        "* *Syria's strong man*, *long and bloody*, *Basically*, *ASAP*, *most importantly* and the exaggeration "
        "*swift and strong, like never seen before* are the devices the reconstruction was written to keep: "
        "students usually find the first and the editorializing words, and miss *most importantly*, which reads "
        "as structure until one asks who decided the order of importance.",
        "* *Liberated* is the classic disagreement: it is the official word for territory retaken from Islamic "
        "State, and a euphemism by the lexicon's definition. Both readings are defensible; ask students which "
        "word a Syrian living in Raqqa would use.",
        "* *Stark contrast* and *surprise* are framing choices the lexicon may not list: good examples of "
        "“extra” marks that lower precision while being good reading.",
        "* *Mission accomplished, time to go home* is attributed to “the Russians”, a whole nation: a partial "
        "quotation with a collective speaker, not a scare quote. If students mark it as a scare quote, ask "
        "whether anyone is quoted as saying it.",
        "* In the Mattis quotation the speaker is in the sentence *before* the colon, and the quotation runs over "
        "two paragraphs: check whether biaslab attributed both paragraphs.",
    ])


#: The case study's passages by key: a function of the analysis giving Markdown.
CASE_NOTES: dict[str, Callable] = {
    "tour.data": _tour_data,
    "actors.data": _actors_data,
    "actors.contrast": _stark_contrast,
    "loaded.partial": _partial_note,
    "method.arc": _arc_note,
    "coverage.data": _coverage_data,
    "workbook.notes": _workbook_notes,
}


def case_note(analysis, key: str) -> CaseNote | None:
    """The case-study passage ``key`` (of :data:`CASE_NOTES`) when ``analysis``
    is the bundled article; ``None`` (nothing shown) for any other article."""
    if key not in CASE_NOTES:
        raise KeyError(f"no case-study passage {key!r}; known: {', '.join(CASE_NOTES)}")
    return CaseNote(CASE_NOTES[key](analysis)) if is_case_study(analysis) else None
