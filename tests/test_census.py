"""The 1990 US Census name lists as biaslab reads them (from the ``names`` package)."""
from __future__ import annotations

import pytest

from biaslab.census import first_name, first_names, surnames


def test_list_sizes():
    male, female = first_names()
    assert (len(male), len(female), len(surnames())) == (1219, 4275, 88799)


@pytest.mark.parametrize("name, male, female", [
    ("donald", 0.931, 0.002), ("mary", 0.009, 2.629), ("lindsey", 0.007, 0.060), ("vladimir", None, None),
])
def test_first_name_frequencies(name, male, female):
    m, f = first_names()
    assert (m.get(name), f.get(name)) == (male, female)


@pytest.mark.parametrize("word, expected", [("Tom", True), ("MARY", True), ("Lindsey", True), ("Ortiz", False),
                                            ("Vladimir", False), ("", False)])
def test_first_name(word, expected):
    assert first_name(word) is expected


@pytest.mark.parametrize("name, frequency", [
    ("smith", 1.006), ("ortiz", 0.075), ("brown", 0.621), ("obama", None),
])
def test_surname_frequencies(name, frequency):
    assert surnames().get(name) == frequency


def test_loaded_once():
    assert first_names() is first_names() and surnames() is surnames()
