"""Tests for biaslab.render: escaping, well-formed nesting, MathJax, the real article."""
from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.render import LAYERS, RenderSpan, render_spans
from biaslab.segmentation import paragraphs

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"

VOID = {"br", "meta", "img", "hr", "input", "link"}


class Tree(HTMLParser):
    """Checks that tags balance; collects tags, attributes and the article's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.starts: list[tuple[str, dict]] = []
        self.paragraphs: list[str] = []  # text of each <p>, labels excluded
        self.labels: list[str] = []
        self.marks: list[dict] = []  # open <mark>: attrs and collected text
        self.all_marks: list[dict] = []
        self._label_depth = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.starts.append((tag, attrs))
        if tag in VOID:
            if tag == "br" and self.paragraphs and "p" in self.stack:
                self._data("\n")
            return
        self.stack.append(tag)
        if tag == "p":
            self.paragraphs.append("")
        if tag == "span" and "bl-label" in attrs.get("class", ""):
            self._label_depth = len(self.stack)
            self.labels.append("")
        if tag == "mark":
            mark = {**attrs, "text": ""}
            self.marks.append(mark)
            self.all_marks.append(mark)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self._label_depth == len(self.stack):
            self._label_depth = None
        if tag == "mark":
            self.marks.pop()
        self.stack.pop()

    def handle_data(self, data):
        self._data(data)

    def _data(self, data):
        if self._label_depth is not None:
            self.labels[-1] += data
        elif "p" in self.stack:
            self.paragraphs[-1] += data
            for mark in self.marks:
                mark["text"] += data


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert not tree.errors, tree.errors
    assert tree.stack == [], tree.stack
    return tree


# -- escaping --------------------------------------------------------------------------
NASTY = "Hello <script>alert(1)</script> \"quoted\" it's R&D <b>bold</b>\n\nSecond <i>para</i> & more."


@pytest.mark.parametrize("standalone", [False, True])
def test_article_text_title_labels_and_tooltips_come_out_as_text(standalone):
    start = NASTY.index("<script>")
    spans = [
        RenderSpan(start, start + len("<script>alert(1)</script>"), "loaded", "<b>cat</b>", "<b>k</b>",
                   'tip "with" <b>tags</b> & \'quotes\''),
        RenderSpan(0, 5, "quote", "<b>Speaker</b>", "<b>Speaker</b>", "speaker: <b>Speaker</b>"),
    ]
    out = render_spans(NASTY, spans, title="<b>Title</b> & co", caption="<script>x()</script>",
                       standalone=standalone)
    tree = parse(out)
    tags = {t for t, _ in tree.starts}
    assert "script" not in tags and "b" not in tags and "i" not in tags
    assert "<script>alert(1)</script>" in tree.paragraphs[0]
    assert "\"quoted\" it's R&D <b>bold</b>" in tree.paragraphs[0]
    assert tree.paragraphs[1] == "Second <i>para</i> & more."
    assert "<b>cat</b>" in tree.labels and "<b>Speaker</b>" in tree.labels
    assert {m.get("title") for m in tree.all_marks} == {'tip "with" <b>tags</b> & \'quotes\'',
                                                          "speaker: <b>Speaker</b>"}
    assert "<script" not in out.lower() and "<b>" not in out


@pytest.mark.parametrize("text", ["It cost $5 million.", "$$x$$ and \\(y\\)", "A $ sign\n\nand $ again"])
def test_dollar_signs_are_escaped_and_mathjax_is_told_to_ignore(text):
    out = render_spans(text, [RenderSpan(0, 2, "loaded", "$cat", "$cat", "$tip")], title="$T")
    assert "$" not in out
    assert "&#36;" in out
    tree = parse(out)
    assert [p.replace("\n", "") for p in tree.paragraphs] == [p.text.replace("\n", "") for p in paragraphs(text)]
    container = next(a for t, a in tree.starts if t == "div")
    assert {"tex2jax_ignore", "mathjax_ignore"} <= set(container["class"].split())


def test_crossing_spans_are_split_so_tags_never_cross():
    text = "abcdef"
    out = render_spans(text, [RenderSpan(0, 4, "loaded", "L", "x", ""), RenderSpan(2, 6, "quote", "Q", "y", "")],
                       legend=False)
    body = re.search(r"<p>(.*)</p>", out).group(1)
    skeleton = re.sub(r'<mark class="bl-span bl-(\w+)"[^>]*>', r"<\1>", body)
    skeleton = re.sub(r'<span class="bl-label"[^>]*>(\w+)</span>', r"[\1]", skeleton).replace("</mark>", "</>")
    # loaded opens first (starts first); at 2 the quote opens inside it; at 4 the
    # loaded term ends, so the quote is closed and reopened outside it.
    assert skeleton == "<loaded>ab<quote>cd</>[L]</><quote>ef[Q]</>"


def test_same_extent_spans_nest_in_layer_order():
    out = render_spans("a civil war b", [RenderSpan(2, 11, "loaded", "L", "x", ""),
                                         RenderSpan(2, 11, "scare", "S", "s", ""),
                                         RenderSpan(2, 11, "quote", "Q", "q", ""),
                                         RenderSpan(2, 11, "actor", "A", "a", "")], legend=False)
    assert [m["data-layer"] for m in parse(out).all_marks] == list(LAYERS)


def test_span_across_paragraphs_is_one_element_per_paragraph_with_one_label():
    text = "First “quote\n\ngoes on” here."
    out = render_spans(text, [RenderSpan(6, 22, "quote", "Mattis", "Mattis", "speaker: Mattis")])
    tree = parse(out)
    assert [m["text"] for m in tree.all_marks] == ["“quote", "goes on”"]
    assert tree.labels == ["Mattis"]


@pytest.mark.parametrize("span, message", [
    (RenderSpan(0, 99, "loaded", "", "k", ""), "outside the text"),
    (RenderSpan(3, 2, "loaded", "", "k", ""), "outside the text"),
    (RenderSpan(-1, 2, "loaded", "", "k", ""), "outside the text"),
    (RenderSpan(0, 2, "bold", "", "k", ""), "unknown layer"),
])
def test_bad_spans_raise_value_error(span, message):
    with pytest.raises(ValueError, match=message):
        render_spans("some text", [span])


def test_legend_lists_each_key_with_its_count_and_can_be_left_out():
    spans = [RenderSpan(0, 4, "loaded", "emotive", "emotive", ""), RenderSpan(5, 9, "loaded", "emotive", "emotive", ""),
             RenderSpan(0, 9, "quote", "Putin", "Vladimir Putin", "")]
    html_ = render_spans("abcd efgh ijk", spans)
    assert "emotive (2)" in html_ and "Vladimir Putin (1)" in html_
    assert "<dl" not in render_spans("abcd efgh ijk", spans, legend=False)


def test_standalone_page_is_complete_and_fetches_nothing():
    page = render_spans("Text with a link-like https://example.org word.", [], title="T", standalone=True)
    assert page.startswith("<!doctype html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    low = page.lower()
    for forbidden in ("<script", "src=", "@import", "url(", "<link"):
        assert forbidden not in low
    parse(page)


# -- property: random span sets always give balanced HTML with the text intact ----------------
# markup-like characters, paragraph breaks and quotes, mixed with arbitrary Unicode
PIECES = st.one_of(st.sampled_from(["a", "b", " ", "<", "&", ">", '"', "'", "$", "\u00a0", "\n", "\n\n", "“", "”"]),
                   st.characters(codec="utf-8"))
TEXT = st.lists(PIECES, max_size=40).map("".join)


@st.composite
def text_and_spans(draw):
    text = draw(TEXT)
    n = len(text)
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        spans.append(RenderSpan(a, b, draw(st.sampled_from(LAYERS)), draw(st.sampled_from(["", "x", "<y>"])),
                                draw(st.sampled_from(["k1", "k2", "<k>"])), draw(st.sampled_from(["", "t&\"'"]))))
    return text, spans


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_random_spans_render_as_balanced_html_with_text_intact(case):
    text, spans = case
    tree = parse(render_spans(text, spans, legend=False))
    assert tree.paragraphs == [p.text for p in paragraphs(text)]
    shown = [s for s in spans if s.end > s.start and any(s.start < p.end and s.end > p.start
                                                          for p in paragraphs(text))]
    assert sorted(tree.labels) == sorted(s.label for s in shown if s.label)
    # every marked piece holds exactly the characters of one span
    texts = {(s.layer, text[s.start:s.end]) for s in shown}
    for mark in tree.all_marks:
        assert any(mark["text"].replace("\n", "") in t.replace("\n", "") for layer, t in texts
                   if layer == mark["data-layer"])


# -- the real article ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def analysis():
    import biaslab

    return biaslab.analyze(biaslab.load_article(ARTICLE))


def _marks(tree, layer):
    return [m for m in tree.all_marks if m["data-layer"] == layer]


def test_real_article_has_civil_war_scare_and_strong_man_loaded(analysis):
    from biaslab.render import render_analysis

    tree = parse(render_analysis(analysis))
    assert "“civil war”" in [m["text"] for m in _marks(tree, "scare")]
    strong = [m for m in _marks(tree, "loaded") if m["text"] == "strong man"]
    assert len(strong) == 1
    assert "labeling" in strong[0]["title"] and "voice: author" in strong[0]["title"]
    # the scare quote is drawn once, in the scare layer, not again as a loaded term
    assert "“civil war”" not in [m["text"] for m in _marks(tree, "loaded")]
    assert tree.paragraphs == [p.text for p in analysis.paragraphs]
    assert analysis.article.title in tree.paragraphs[0]
    headings = [a for t, a in tree.starts if t == "p" and a.get("class") == "bl-heading"]
    assert len(headings) == len({s.paragraph for s in analysis.sentences if s.heading})


def test_real_article_quotes_are_underlined_by_speaker(analysis):
    from biaslab.render import render_analysis

    tree = parse(render_analysis(analysis))
    speakers = {q.speaker for q in analysis.quotes if q.kind in ("direct", "partial")}
    quote_tips = " ".join(m.get("title", "") for m in _marks(tree, "quote"))
    for speaker in speakers:
        assert f"speaker: {speaker or 'not found'}" in quote_tips
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(_marks(tree, "quote")) >= len(direct) > 0


def test_real_article_multi_paragraph_mattis_quote_is_split_with_one_label(analysis):
    from biaslab.render import render_analysis

    tree = parse(render_analysis(analysis))
    mattis = [m for m in _marks(tree, "quote") if "speaker: Jim Mattis" in m.get("title", "")]
    assert [m["text"] for m in mattis] == [
        "“The enemy hasn’t declared the war over.",
        "“We’re not just going to walk away right now until the Geneva process has traction.”",
    ]
    assert tree.labels.count("Jim Mattis") == 1


def test_actor_layer_is_optional(analysis):
    from biaslab.render import spans_from_analysis

    without = spans_from_analysis(analysis)
    with_actors = spans_from_analysis(analysis, actors=True)
    mentions = sum(len(p.mentions) for p in analysis.actors)
    assert not any(s.layer == "actor" for s in without)
    assert sum(s.layer == "actor" for s in with_actors) == mentions > 0
    for s in with_actors:
        assert 0 <= s.start < s.end <= len(analysis.text)


def test_render_analysis_caption_and_repr(analysis):
    from biaslab.render import render_analysis

    html_ = render_analysis(analysis)
    assert analysis._repr_html_() == html_
    tree = parse(html_)
    assert any(t == "div" and a.get("class") == "bl-caption" for t, a in tree.starts)
    assert "2017-12-11" in html_ and "putin-syria-withdrawal-2017-12-11.txt" in html_
    page = render_analysis(analysis, standalone=True)
    assert page.startswith("<!doctype html>") and "<script" not in page.lower()


def test_summary_view_has_metrics_text_and_three_png_figures(analysis):
    from biaslab.render import summary_view

    view = summary_view(analysis)
    html_ = view._repr_html_()
    tree = parse(html_)
    images = [a for t, a in tree.starts if t == "img"]
    assert len(images) == 3
    for img in images:
        assert img["alt"]
        prefix = "data:image/png;base64,"
        assert img["src"].startswith(prefix)
        assert base64.b64decode(img["src"][len(prefix):])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "VADER compound" in html_ and f"{analysis.sentiment.vader_mean:+.3f}" in html_
    assert "“civil war”" in [m["text"] for m in _marks(tree, "scare")]
    bare = parse(summary_view(analysis, figures=False)._repr_html_())
    assert not [a for t, a in bare.starts if t == "img"]
