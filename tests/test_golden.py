"""Golden output: the full analysis of every bundled text, compared field by field with a stored copy.

Refactoring for speed or memory must not change what biaslab says about an
article. This test analyses each text of ``corpus/`` and compares
``Analysis.to_dict()`` (the JSON ``biaslab analyze`` prints) with
``tests/golden/<id>.json``, floats rounded to 9 decimal places so the test
does not depend on the last bit of a platform's arithmetic.

When a change *should* alter the output (a new rule, a lexicon entry), rerun
with ``BIASLAB_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and
say in the commit message what changed and why; ``git diff tests/golden``
shows every number that moved.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import biaslab

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
TEXTS = sorted((ROOT / "corpus").glob("*.txt"))
#: Decimal places kept for floats: far below any figure biaslab reports, far above float noise.
PLACES = 9


def _normal(value):
    """``value`` with floats rounded and the run-specific fields (version strings) left out."""
    if isinstance(value, float):
        return round(value, PLACES)
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if k not in ("biaslab_version",)}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _current(path: Path) -> dict:
    current = _normal(json.loads(json.dumps(biaslab.analyze(biaslab.load_article(path)).to_dict())))
    # The source is the path the text was read from: stored relative to the checkout, so the
    # golden copy holds wherever the repository is cloned.
    assert current["metadata"]["source"] == str(path)
    current["metadata"]["source"] = path.relative_to(ROOT).as_posix()
    return current


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_analysis_matches_the_golden_copy(path):
    golden = GOLDEN / f"{path.stem}.json"
    current = _current(path)
    if os.environ.get("BIASLAB_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    stored = json.loads(golden.read_text(encoding="utf-8"))
    for key in sorted(set(stored) | set(current)):  # one key at a time: a readable failure
        assert current.get(key) == stored.get(key), f"{path.name}: '{key}' differs from tests/golden/{golden.name}"


def test_every_bundled_text_has_a_golden_copy():
    assert TEXTS and {p.stem for p in TEXTS} == {p.stem for p in GOLDEN.glob("*.json")}
