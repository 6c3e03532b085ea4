"""Saved web pages as articles (biaslab.webpage): text, metadata and exact offsets, offline."""
from __future__ import annotations

import socket

import pytest

import biaslab
from biaslab.corpus import InputError, iter_articles
from biaslab.webpage import extract_page, load_page

#: A news page written for these tests: navigation, a headline, three paragraphs, a footer.
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Mayor Opens Bridge After Long Delay | Riverside Gazette</title>
<meta property="og:title" content="Mayor Opens Bridge After Long Delay">
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Mayor Opens Bridge After Long Delay</h1>
<p>The mayor, Anna Berg, opened the new bridge on Tuesday after a delay of two years.
“It is a great day for the town,” Berg said.</p>
<p>Critics called the project a “disaster” that cost far more than planned. The council leader,
Tom Reed, said the final cost was 40 million euros.</p>
<p>Residents welcomed the shorter commute, although some shops near the old crossing fear losing customers.</p>
</article>
<footer>© Riverside Gazette. Subscribe now for unlimited access.</footer>
</body></html>
"""
BODY = ("Mayor Opens Bridge After Long Delay\n\n"
        "The mayor, Anna Berg, opened the new bridge on Tuesday after a delay of two years. "
        "“It is a great day for the town,” Berg said.\n\n"
        "Critics called the project a “disaster” that cost far more than planned. The council leader, "
        "Tom Reed, said the final cost was 40 million euros.\n\n"
        "Residents welcomed the shorter commute, although some shops near the old crossing fear losing customers.\n")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("biaslab tried to open a network connection")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_page_text_and_metadata(tmp_path, no_network):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    article = biaslab.load_article(path)
    assert article.text == BODY  # navigation and footer dropped, one blank line between paragraphs
    assert (article.id, article.title, article.date, article.outlet, article.author) == (
        "bridge", "Mayor Opens Bridge After Long Delay", "2024-03-05", "Riverside Gazette", "Jane Doe")
    assert article.source == str(path) and "trafilatura" in article.provenance


def test_offsets_point_into_the_extracted_text(tmp_path, no_network):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    analysis = biaslab.analyze(path)
    text = analysis.text
    spans = [*analysis.sentences, *analysis.quotes, *analysis.loaded_terms,
             *(m for p in analysis.actors for m in p.mentions)]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    assert (quote.start, quote.end) == (BODY.index("“It is"), BODY.index(" Berg said"))
    assert quote.speaker == "Anna Berg"
    assert analysis.sentences[0].heading  # the headline is its own paragraph


def test_a_folder_of_saved_pages_is_a_corpus(tmp_path, no_network):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.htm").write_text(PAGE.replace("Anna Berg", "Ana Ruiz"), encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    items = list(iter_articles(tmp_path))
    assert [getattr(i, "id", None) for i in items] == ["a", "b", "empty"]
    assert "Ana Ruiz" in items[1].text
    assert "no article text" in items[2].message  # a bad page is an error row, the others survive


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>Hi.</p>"])
def test_pages_without_an_article_are_refused(html):
    with pytest.raises(InputError, match="no article text"):
        extract_page(html, id="x")


def test_cli_analyzes_a_page(tmp_path, capsys, no_network):
    import json

    from biaslab import cli

    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    assert cli.main(["analyze", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Mayor Opens Bridge After Long Delay" and data["metadata"]["author"] == "Jane Doe"
    assert load_page(path).text == BODY
