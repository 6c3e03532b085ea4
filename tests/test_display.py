"""Tidy display of tables and text in the notebooks (biaslab.display)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from biaslab.display import MISSING, WRAP, Lines, _cell, _html_table, markdown_table, tidy


@pytest.mark.parametrize("value, shown", [
    (17.0, "17"), (392.0, "392"), (np.int64(3), "3"), (np.float64(0.12345), "0.123"), (-0.5, "-0.5"),
    (0.0, "0"), (float("nan"), MISSING), (None, MISSING), (pd.NA, MISSING), (True, "True"),
    (["a", "b"], "a; b"), ("one\n\ntwo", "one ¶ two"), ("a  b\nc", "a b c"), (math.inf, "inf"),
])
def test_cells(value, shown):
    assert _cell(value) == shown


def test_tidy_keeps_counts_integer_and_shows_no_nan():
    df = pd.DataFrame({"count": [1.0, 392.0, np.nan], "text": ["“a\n\nb”", None, "c"],
                       "start": pd.array([1, None, 3], dtype="Int64")})
    shown = tidy(df)
    assert shown.to_dict(orient="list") == {"count": ["1", "392", MISSING], "text": ["“a ¶ b”", MISSING, "c"],
                                            "start": ["1", MISSING, "3"]}
    html = _html_table(df)
    assert "NaN" not in html and "<NA>" not in html and "\\n\\n" not in html and "392.0" not in html
    assert '<td class="bl-text">“a ¶ b”</td>' in html and "<td>392</td>" in html


def test_markdown_table_is_a_real_table():
    df = pd.DataFrame({"a|b": [1.0, 2.5], "text": ["x|y", "*z*"]}, index=pd.Index(["r1", "r2"], name="row"))
    lines = markdown_table(df).splitlines()
    assert lines[0] == "| row | a\\|b | text |" and lines[1] == "|---|---|----|"  # dashes ~ widths
    assert lines[2] == "| r1 | 1 | x\\|y |" and lines[3] == "| r2 | 2.5 | \\*z\\* |"


@given(st.lists(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=15), min_size=1,
                max_size=40))
def test_lines_never_break_a_word(words):
    sentence = " ".join(words)
    printed = repr(Lines((sentence,)))
    assert printed.replace("\n  ", " ").removeprefix("- ") == sentence
    assert all(len(line) <= WRAP or " " not in line.strip() for line in printed.splitlines())
