"""``biaslab evaluate``: figures printed and written as JSON, errors as JSON lines, exit 2 on bad input.
Runs on the project's own fixtures (tests/fixtures/evaluation); no development data is needed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from biaslab.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "evaluation"


def test_evaluate_ptc_writes_json_and_errors(tmp_path, capsys):
    out, errors = tmp_path / "res" / "ptc.json", tmp_path / "ptc-errors.jsonl"
    assert main(["evaluate", "ptc", str(FIXTURES / "ptc"), "--split", "all", "--out", str(out),
                 "--errors", str(errors)]) == 0
    printed = capsys.readouterr().out
    data = json.loads(out.read_text())
    assert data["corpus"] == "ptc" and data["split"] == "all" and data["articles"] == 2
    assert "biaslab_version" in data and "lexicon_version" in data
    assert f"{data['baseline']['overlap']['precision']:.3f}" in printed  # the table shows the JSON's numbers
    lines = [json.loads(x) for x in errors.read_text().splitlines()]
    assert lines and all(x["corpus"] == "ptc" and x["error"] in ("false_positive", "missed") for x in lines)


def test_evaluate_polnear_default_split_is_dev(tmp_path, capsys):
    out = tmp_path / "polnear.json"
    assert main(["evaluate", "polnear", str(FIXTURES / "polnear"), "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["corpus"] == "polnear" and data["split"] == "dev" and data["gold"]["quotations"] == 12
    assert "speaker accuracy" in capsys.readouterr().out


def test_evaluate_newsmtsc(tmp_path, capsys):
    out = tmp_path / "newsmtsc.json"
    assert main(["evaluate", "newsmtsc", str(FIXTURES / "newsmtsc"), "--split", "tune", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["corpus"] == "newsmtsc" and data["targets"] == 4
    assert "macro-F1" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["evaluate", "newsmtsc", "no/such.jsonl"], "no such file or folder"),
    (["evaluate", "polnear", "no/such/folder"], "no such folder"),
    (["evaluate", "polnear", str(FIXTURES / "polnear"), "--split", "tune"], "unknown split 'tune' for polnear"),
    (["evaluate", "ptc", "no/such/folder"], "no such folder"),
    (["evaluate", "ptc", str(FIXTURES / "ptc"), "--split", "dev"], "unknown split 'dev' for ptc"),
    (["evaluate", "ptc", str(FIXTURES / "ptc"), "--workers", "0"], "workers must be at least 1"),
])
def test_evaluate_bad_input_exits_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_evaluation_tests_need_no_development_data():
    """The evaluation tests and fixtures are the project's own: no path into the development corpora."""
    tests = Path(__file__).parent
    files = [*tests.glob("test_evaluation_*.py"), *(p for p in FIXTURES.rglob("*") if p.is_file())]
    marker = "dev" + "data"
    assert files and not [p.name for p in files if marker in p.read_text(encoding="utf-8")]
