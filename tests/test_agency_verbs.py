"""Connotation frames of power and agency: the verb table and the lemmatizer."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import resources
from biaslab.agency import AGENCY_VALUES, POWER_VALUES, AgencyLexiconError, AgencyVerb, lemma, load_agency_verbs
from biaslab.resources import data_rows, data_text

ROWS = data_rows("agency_verbs.csv")


# --- the data file -----------------------------------------------------------

def test_header_states_provenance():
    header = "\n".join(line for line in data_text("agency_verbs.csv").splitlines() if line.startswith("#"))
    for key in ("# what:", "# method:", "# sources:", "# licence:", "# date: 2026-11-25", "Sap, Prasettio"):
        assert key in header
    assert "not consulted or copied" in header


def test_rows_are_valid_unique_lemmas():
    seen = set()
    for lineno, row in ROWS:
        assert list(row) == ["verb", "power", "agency", "note", "source"]
        assert row["power"] in POWER_VALUES and row["agency"] in AGENCY_VALUES, lineno
        assert row["note"] and row["source"].startswith("Sap et al. 2017"), lineno
        assert row["verb"] not in seen, f"line {lineno}: {row['verb']} repeated"
        assert lemma(row["verb"]) == row["verb"], f"line {lineno}: {row['verb']} is not a lemma"
        seen.add(row["verb"])
    assert len(seen) >= 150


def test_loader_returns_frozen_entries_keyed_by_lemma():
    verbs = load_agency_verbs()
    assert len(verbs) == len(ROWS)
    assert load_agency_verbs() is verbs  # cached
    entry = verbs["order"]
    assert isinstance(entry, AgencyVerb) and entry.verb == "order"
    assert entry.to_dict()["power"] == entry.power
    with pytest.raises(AttributeError):
        entry.power = "low"


@pytest.mark.parametrize("form", ["ordered", "commanded", "warned", "threatened", "demanded", "decided", "announced",
                                  "launched", "attacked", "met", "visited", "accompanied", "asked", "begged",
                                  "obeyed", "followed", "received", "suffered", "was briefed"])
def test_news_verbs_from_the_brief_are_covered(form):
    assert lemma(form) in load_agency_verbs()


@pytest.mark.parametrize(
    ("verb", "power", "agency_"),
    [
        ("order", "high", "positive"),   # X ordered Y: X above Y, decisive
        ("obey", "low", "negative"),     # X obeyed Y: Y above X
        ("beg", "low", "negative"),
        ("meet", "equal", "positive"),
        ("suffer", "none", "negative"),  # no person as theme; acted upon
        ("say", "none", "equal"),
        ("brief", "low", "positive"),    # the briefed person is the superior
    ],
)
def test_definitions_are_applied_as_documented(verb, power, agency_):
    entry = load_agency_verbs()[verb]
    assert (entry.power, entry.agency) == (power, agency_)


def test_malformed_row_is_reported_with_its_line(monkeypatch):
    text = "# comment\n" * 5 + "verb,power,agency,note,source\norder,supreme,positive,,x\n"  # the row is line 7
    monkeypatch.setattr(resources, "data_text", lambda name: text)
    load_agency_verbs.cache_clear()
    try:
        with pytest.raises(AgencyLexiconError,
                           match=r"line 7: unknown power 'supreme' \(expected one of: equal, high, low, none\)"):
            load_agency_verbs()
    finally:
        monkeypatch.undo()
        load_agency_verbs.cache_clear()


# --- the lemmatizer ------------------------------------------------------------

@pytest.mark.parametrize(
    ("form", "base"),
    [
        # the brief's examples
        ("ordered", "order"), ("said", "say"), ("met", "meet"), ("warned", "warn"), ("decided", "decide"),
        ("tried", "try"), ("stopped", "stop"),
        # irregular table
        ("withdrew", "withdraw"), ("fled", "flee"), ("struck", "strike"), ("was", "be"), ("has", "have"),
        ("seen", "see"), ("lying", "lie"), ("dying", "die"), ("controlled", "control"), ("travelling", "travel"),
        # -ed / -ing with spelling rules
        ("briefed", "brief"), ("threatening", "threaten"), ("carried", "carry"), ("agreed", "agree"),
        ("guaranteed", "guarantee"), ("visited", "visit"), ("planned", "plan"), ("beginning", "begin"),
        ("hoped", "hope"), ("voted", "vote"), ("quoted", "quote"), ("caused", "cause"), ("negotiated", "negotiate"),
        ("executed", "execute"), ("determined", "determine"), ("secured", "secure"), ("organized", "organize"),
        ("seized", "seize"), ("called", "call"), ("opened", "open"), ("remained", "remain"),
        ("monitored", "monitor"), ("honoured", "honour"), ("canceled", "cancel"), ("needed", "need"),
        ("exceeded", "exceed"), ("boycotted", "boycott"), ("added", "add"), ("stressed", "stress"),
        ("focused", "focus"), ("making", "make"), ("living", "live"), ("seeing", "see"), ("fleeing", "flee"),
        # -s
        ("attacks", "attack"), ("goes", "go"), ("tries", "try"), ("pushes", "push"), ("vetoes", "veto"),
        ("focuses", "focus"), ("says", "say"),
        # base forms stay, whatever they end in
        ("order", "order"), ("need", "need"), ("proceed", "proceed"), ("bring", "bring"), ("press", "press"),
        ("focus", "focus"), ("shed", "shed"),
        # case, surrounding punctuation, phrases, empty input
        ("Ordered,", "order"), ("“warned”", "warn"), ("was briefed", "brief"), ("has been ordered", "order"),
        ("", ""), ("   ", ""), ("2017", ""),
    ],
)
def test_lemma(form, base):
    assert lemma(form) == base


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_lemma_never_fails_and_returns_lower_case(text):
    result = lemma(text)
    assert isinstance(result, str)
    assert result == result.lower()


def test_irregular_verb_table_is_cited_data():
    from biaslab.resources import data_rows

    rows = data_rows("irregular_verbs.csv")
    assert len(rows) > 100
    for line, row in rows:
        assert row["base"] and row["forms"] and row["source"], f"irregular_verbs.csv line {line}"
