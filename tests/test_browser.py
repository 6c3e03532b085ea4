"""The standalone article page in a real browser: Debian's headless chromium.

Skipped when chromium is not installed, except under CI (``CI`` set), where
its absence is a failure: CI installs it with ``apt-get install -y chromium``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"

#: Generous: a cold chromium start on a busy 2-core runner takes a few seconds.
TIMEOUT_S = 120
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
#: A blank 1200x1600 page compresses to a few kB; the rendered article is far larger.
MIN_SCREENSHOT_BYTES = 20_000


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; CI must run `apt-get install -y chromium`")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return path


def _run(chromium: str, tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{args[0].lstrip('-').split('=')[0]}"
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    import biaslab
    from biaslab.render import render_analysis

    analysis = biaslab.analyze(biaslab.load_article(ARTICLE))
    path = tmp_path_factory.mktemp("page") / "article.html"
    path.write_text(render_analysis(analysis, standalone=True), encoding="utf-8")
    return path, analysis


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_screenshot_is_produced(chromium, page, tmp_path):
    path, _ = page
    shot = tmp_path / "article.png"
    result = _run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", path.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert len(data) > MIN_SCREENSHOT_BYTES
    assert "Uncaught" not in result.stderr


def test_dom_has_the_article_and_no_console_errors(chromium, page, tmp_path):
    path, analysis = page
    result = _run(chromium, tmp_path, "--dump-dom", path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Uncaught" not in result.stderr
    assert "CONSOLE" not in result.stderr  # nothing was logged to the page console
    dom = _Text()
    dom.feed(result.stdout)
    text = "".join(dom.text)
    assert "“civil war”" in text and "strong man" in text
    assert "The enemy hasn’t declared the war over." in text
    assert "&#36;" not in text
    assert not [t for t, _ in dom.tags if t == "script"]
    layers = {a.get("data-layer") for t, a in dom.tags if t == "mark"}
    assert {"loaded", "scare", "quote"} <= layers
