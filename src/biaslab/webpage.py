"""Articles from saved web pages: the text and metadata of an ``.html`` file.

Method
------
The page is read by trafilatura (Barbaresi, A. 2021, "Trafilatura: A Web
Scraping Library and Command-Line Tool for Text Discovery and Extraction",
*Proceedings of ACL-IJCNLP 2021: System Demonstrations*, 122–131), which
keeps the main text and drops navigation, adverts and footers, and reads the
metadata from the page's ``<meta>`` tags, JSON-LD and markup: title, date
(by htmldate), site name, author, URL. Nothing is fetched: the HTML is
parsed from the file, offline.

The article text is built from the extracted blocks (headings, paragraphs,
list items, quotations), one block per paragraph, separated by blank lines
as in biaslab's plain-text articles: the headline first, when the page
has one, then the body. Every offset biaslab reports points into this
extracted text (``Article.text``), not into the HTML.

Limits: extraction is heuristic. On pages built mostly by JavaScript, with
little text, or with several articles, the main text may be incomplete or
include teasers; check ``Article.text`` on a page you have not seen before.
Comments are left out.
"""
from __future__ import annotations

from pathlib import Path

from .corpus import HTML_SUFFIXES, Article, InputError, article_from_text

__all__ = ["HTML_SUFFIXES", "extract_page", "load_page"]

#: Elements of trafilatura's output that are one paragraph each.
_BLOCKS = {"head", "p", "item", "quote", "cell"}


def _blocks(body) -> list[str]:
    """The text of each block element of trafilatura's XML body, in order, whitespace normalized."""
    out = []
    for element in body.iter():
        if element.tag in _BLOCKS and not any(a.tag in _BLOCKS for a in element.iterancestors()):
            text = " ".join("".join(element.itertext()).split())
            if text:
                out.append(text)
    return out


def extract_page(html: str, *, id: str = "page", source: str | None = None, url: str | None = None) -> Article:
    """An :class:`~biaslab.corpus.Article` from the HTML of a saved page (offline).

    ``title``, ``date`` (YYYY-MM-DD), ``outlet`` (the site name, else the
    host name), ``author`` and ``url`` come from the page's metadata. :class:`~biaslab.corpus.InputError` when no article text is found.
    """
    import trafilatura

    where = source or id
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, output_format="python")
    if document is None or getattr(document, "body", None) is None:
        raise InputError(f"{where}: no article text found in this web page")
    blocks = _blocks(document.body)
    title = " ".join((document.title or "").split()) or None
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    if not blocks or not any(len(b.split()) > 3 for b in blocks):
        raise InputError(f"{where}: no article text found in this web page")
    return article_from_text("\n\n".join(blocks) + "\n", id=id, source=source, title=title,
                             date=document.date, outlet=document.sitename or document.hostname,
                             url=document.url or url, author=" ".join((document.author or "").split()) or None,
                             provenance="text extracted from a saved web page by trafilatura")


def load_page(path: str | Path) -> Article:
    """An article from a saved ``.html`` file (see :func:`extract_page`); id: the file name without suffix."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    import trafilatura.utils

    html = trafilatura.utils.decode_file(data)
    return extract_page(html, id=path.stem, source=str(path))
