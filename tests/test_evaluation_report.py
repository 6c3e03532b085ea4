"""docs/validity.md is rendered from the evaluation JSON: every placeholder filled, the same numbers as
the JSON, and a readable gap where a corpus was not measured. Runs on the project's fixtures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from biaslab.evaluation import evaluate_newsmtsc, evaluate_polnear, evaluate_ptc
from biaslab.evaluation.report import figure_rows, format_table, main, render_validity

FIXTURES = Path(__file__).parent / "fixtures" / "evaluation"


@pytest.fixture(scope="module")
def results():
    return {"ptc": evaluate_ptc(FIXTURES / "ptc", split="all").to_dict(),
            "polnear": evaluate_polnear(FIXTURES / "polnear").to_dict(),
            "newsmtsc": evaluate_newsmtsc(FIXTURES / "newsmtsc", split="all").to_dict()}


def test_every_placeholder_is_filled(results):
    page = render_validity(results)
    assert "{{" not in page and "not measured" not in page
    assert "| quotation F1 (overlap) | " + f"{results['polnear']['system']['quotations']['f1']:.3f}" in page
    assert "| labeling | Name_Calling,Labeling |" in page  # the category mapping as a table
    assert "positive at ≥ 0.05" in page


def test_missing_corpus_renders_as_not_measured(results):
    page = render_validity({"ptc": results["ptc"]})
    assert page.count("*(not measured: run `make evaluate`)*") == 4  # header and table of two corpora
    assert "| PolNeAR (–) | quotation F1 (overlap) | – | – |" in page


def test_unknown_value_is_an_error(results):
    with pytest.raises(ValueError, match="no value 'system.nothing' in the ptc results"):
        render_validity(results, "{{ptc:system.nothing}}")


@pytest.mark.parametrize("corpus, first", [
    ("ptc", "span precision"), ("polnear", "quotation precision"), ("newsmtsc", "macro-F1 (3 classes)"),
])
def test_tables(results, corpus, first):
    rows = figure_rows(results[corpus])
    assert rows[0][0] == first and all(len(r) == 3 for r in rows)
    assert format_table(results[corpus]).splitlines()[1].split() == ["figure", "biaslab", "baseline"]


def test_main_writes_the_page(results, tmp_path, capsys):
    for corpus, data in results.items():
        (tmp_path / f"{corpus}.json").write_text(json.dumps(data))
    assert main([str(tmp_path), str(tmp_path / "validity.md")]) == 0
    assert (tmp_path / "validity.md").read_text() == render_validity(results)
    assert main([]) == 2


def test_polnear_header_and_speaker_rows(results):
    from biaslab.evaluation.report import header_line
    data = results["polnear"]
    assert "2 articles, 12 gold quotations (11 with a Source, 5 of them a pronoun, 1 with the referent " \
           "undetermined)" in header_line(data)
    old = {**data, "gold": {k: v for k, v in data["gold"].items() if "pronoun" not in k}}
    assert "12 gold quotations (11 with a Source)" in header_line(old)  # JSON written before the split
    names = [r[0] for r in figure_rows(data)]
    assert {"speaker accuracy: named sources", "speaker accuracy: pronoun sources",
            "speaker accuracy: reporting verb next to the quotation (textacy-style)",
            "speaker accuracy, nearest-source rule"} <= set(names)
