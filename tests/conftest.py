"""Shared fixtures: the bundled article, read offline."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_PATH = ROOT / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"


@pytest.fixture(autouse=True, scope="session")
def _empty_nltk_data(tmp_path_factory):
    """Prove offline operation: NLTK sees an empty data folder during every test."""
    empty = tmp_path_factory.mktemp("nltk_data_empty")
    old = os.environ.get("NLTK_DATA")
    os.environ["NLTK_DATA"] = str(empty)
    yield empty
    if old is None:
        os.environ.pop("NLTK_DATA", None)
    else:
        os.environ["NLTK_DATA"] = old


def _split_front_matter() -> tuple[dict, str]:
    raw = ARTICLE_PATH.read_text(encoding="utf-8")
    _, meta, body = raw.split("+++\n", 2)
    return tomllib.loads(meta), body


@pytest.fixture(scope="session")
def article_text() -> str:
    return _split_front_matter()[1]


@pytest.fixture(scope="session")
def article_actors() -> dict[str, list[str]]:
    return dict(_split_front_matter()[0]["actors"])
