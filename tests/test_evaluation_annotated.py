"""Hand-annotated Source referents (biaslab.evaluation.annotated) and their use by the PolNeAR evaluation.

The fixture article is the project's own (tests/fixtures/evaluation/polnear/dev/text/ferry-strike.txt);
the rows below annotate three of its pronoun Sources by hand. The judgement of a described Source is
tested on the project's own sentences.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from biaslab.evaluation import annotated, evaluate_polnear, polnear
from biaslab.evaluation.annotated import REFERENT_TYPES, AnnotatedReferent, annotated_referents, text_checksum
from biaslab.evaluation.metrics import Accuracy
from biaslab.evaluation.polnear import Attribution
from biaslab.quotes import Quote
from biaslab.resources import ResourceError

from test_evaluation_polnear import POLNEAR, fixed_quotes

FERRY = (POLNEAR / "dev" / "text" / "ferry-strike.txt").read_text(encoding="utf-8")


def _row(pronoun: str, at: int, referent: str | None, kind: str, *, checksum: str | None = None) -> dict[str, str]:
    """A table row for the ``at``-th occurrence of ``pronoun`` as a whole word, naming the first ``referent``."""
    start = [m.start() for m in re.finditer(rf"\b{pronoun}\b", FERRY)][at]
    ref = FERRY.index(referent) if referent else None
    return {"checksum": checksum or text_checksum(FERRY), "source_start": str(start),
            "source_end": str(start + len(pronoun)), "referent_start": "" if ref is None else str(ref),
            "referent_end": "" if ref is None else str(ref + len(referent)), "type": kind, "agreement": "agreed"}


# "he" of "We will not sail" -> Captain Tom Reyes, "who" -> Ms. Lena Marsh (as the approximation finds),
# "they" of "Fair shifts now" -> Union members (the approximation leaves "they" undetermined)
ROWS = [_row("he", 0, "Captain Tom Reyes", "person"), _row("who", 0, "Ms. Lena Marsh", "person"),
        _row("they", 0, "Union members", "group")]


def test_text_checksum():
    assert text_checksum("") == "da39a3ee5e6b"   # SHA-1 of the empty string, 12 hex digits
    assert text_checksum(FERRY) != text_checksum(FERRY + " ")


def test_annotated_referents_by_source_span():
    got = annotated_referents(FERRY, rows=ROWS)
    assert {FERRY[a:b]: FERRY[r.referent[0]:r.referent[1]] for (a, b), r in got.items()} == {
        "he": "Captain Tom Reyes", "who": "Ms. Lena Marsh", "they": "Union members"}
    assert got[(187, 189)] == AnnotatedReferent((187, 189), (38, 55), "person", "agreed")


@pytest.mark.parametrize("rows, expected", [
    ([_row("he", 0, "Captain Tom Reyes", "person", checksum="000000000000")], {}),   # another text
    ([_row("she", 0, None, "none")], {(360, 363): AnnotatedReferent((360, 363), None, "none", "agreed")}),
    ([{**_row("he", 0, "Captain Tom Reyes", "person"), "referent_end": str(len(FERRY) + 5)}], {}),  # past the end
    ([], {}),
])
def test_annotated_referents_edge_cases(rows, expected):
    assert annotated_referents(FERRY, rows=rows) == expected


def test_bad_offsets_raise_one_readable_error():
    with pytest.raises(ResourceError, match=r"polnear_referents.csv: bad offsets in a row for article"):
        annotated_referents(FERRY, rows=[{**ROWS[0], "source_start": "x"}])


def test_shipped_table():
    """The shipped table: PolNeAR dev's 169 distinct pronoun Sources of gold quotations (172 quotations) and
    191 described ones, each valid."""
    table = annotated._shipped()
    rows = [r for rs in table.values() for r in rs]
    assert len(rows) == 169 + 191 and len(table) == 69   # of 69 articles
    assert all(re.fullmatch(r"[0-9a-f]{12}", k) for k in table)
    assert all(r.type in REFERENT_TYPES and r.source[0] < r.source[1] for r in rows)
    assert all((r.referent is None) == (r.type == "none") for r in rows)
    assert all(r.referent[0] < r.referent[1] for r in rows if r.referent)
    # the fixture's text is not in it, so the evaluation of the fixture uses the approximation alone
    assert annotated_referents(FERRY) == {}


def test_evaluation_prefers_annotated_referents(monkeypatch):
    monkeypatch.setattr(annotated, "_shipped", lambda: annotated._index(ROWS))
    r = evaluate_polnear(POLNEAR, split="dev", analyzer=fixed_quotes)
    # three of the fixture's five pronoun Sources are annotated; the approximation agrees on "he" and
    # "who" and leaves "they" undetermined, which the annotation names
    assert {k: r.gold[k] for k in ("pronoun_referents_annotated", "approximation_agrees",
                                   "approximation_undetermined", "pronoun_source_undetermined")} == {
        "pronoun_referents_annotated": 3, "approximation_agrees": 2, "approximation_undetermined": 1,
        "pronoun_source_undetermined": 0}
    # "Fair shifts now," credited to Union members is now judged, and right: 7 of 11 (was 6 of 10 and 1
    # undetermined, which the approximate-referent figure keeps)
    s, approx = r.system.speakers, r.system.speakers_approximate_referents
    assert (s.accuracy, s.undetermined, s.by_antecedent) == (Accuracy(7, 11), 0, 4)
    assert (approx.accuracy, approx.undetermined, approx.by_antecedent) == (Accuracy(6, 10), 1, 3)


# --- the judgement of a described Source --------------------------------------------------------------
JUDGED = "Port director Ann Moss spoke. “We sail,” the director said. Moss's aide Omar Diaz added: “Soon.”"


def _quote(speaker: str | None, written: str | None) -> Quote:
    """The quotation “We sail,” credited to ``speaker``, named at the first ``written`` in :data:`JUDGED`."""
    a = JUDGED.index("“We sail,”")
    s = JUDGED.index(written) if written else None
    return Quote(a, a + 10, "“We sail,”", a + 1, a + 9, "direct", speaker, s,
                 None if s is None else s + len(written), "phrase" if speaker else None)


def _gold(source: str) -> Attribution:
    s = JUDGED.index(source)
    a = JUDGED.index("“We sail,”")
    return Attribution("E1", ((s, s + len(source)),), (), ((a, a + 10),), "double")


@pytest.mark.parametrize("speaker, written, source, referent, expected", [
    # the hand annotation names who "the director" is: a speaker naming her is right, on the Source or not
    ("Ann Moss", "the director", "the director", "Ann Moss", "by_span"),
    ("Ann Moss", "Port director Ann Moss", "the director", "Ann Moss", "by_antecedent"),
    ("the director", "the director", "the director", "Ann Moss", "by_span"),   # the description as written
    ("Omar Diaz", "the director", "the director", "Ann Moss", "other_speaker"),  # another person on the Source
    ("Omar Diaz", "Omar Diaz", "the director", "Ann Moss", "other_speaker"),
    # Moss's aide is Omar Diaz
    ("Ann Moss", "Port director Ann Moss", "Moss's aide", "Omar Diaz", "other_speaker"),
    ("Omar Diaz", "Omar Diaz", "Moss's aide", "Omar Diaz", "by_antecedent"),
    # a head noun shared with the Source passes only where nobody annotated who the Source is
    ("Port director", "Port director", "the director", "Omar Diaz", "other_speaker"),
    ("Port director", "Port director", "the director", None, "by_name"),
    # not annotated: judged by the Source's words (rule b), as before
    ("Ann Moss", "Port director Ann Moss", "the director", None, "other_speaker"),
    (None, None, "the director", "Ann Moss", "no_speaker"),
])
def test_described_source_judged_by_its_annotated_referent(speaker, written, source, referent, expected):
    assert polnear._judge(_quote(speaker, written), _gold(source), JUDGED, referent, pronoun_gold=False) == expected
