"""Exported reports: HTML per notebook, figures, index, traceability, PDF, the command line."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess

import nbformat
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from biaslab import cli, reports
from biaslab.lexicon import Lexicon
from biaslab.reports import PDF_INSTALL, build_reports, export_pdf, merge_parameters, strip_solutions

try:  # the suite is executed once per session, shared with test_notebooks
    from test_notebooks import built_suite
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.test_notebooks import built_suite

TITLE = "Putin Orders Russian Troops Home During Surprise Syria Visit"
REPORTS = ["01-tour", "02-two-actors", "03-loaded-language", "04-comparing-coverage",
           "05-classroom-workbook-teacher", "06-method-and-limits"]
HANDOUT = ["01-tour", "02-two-actors", "03-loaded-language", "04-comparing-coverage", "05-classroom-workbook",
           "06-method-and-limits"]
PDF_MISSING = reports.missing_pdf_tools()


@pytest.fixture(scope="session")
def suite(tmp_path_factory):
    return built_suite(tmp_path_factory)


def _html(suite, name: str) -> str:
    return (suite.out / f"{name}.html").read_text(encoding="utf-8")


def test_one_html_report_per_notebook(suite):
    assert [r.name for r in suite.reports] == REPORTS
    assert all(r.html.is_file() and r.html.parent == suite.out for r in suite.reports)


@pytest.mark.parametrize("name", REPORTS)
def test_report_embeds_figures_and_is_traceable(suite, name):
    page = _html(suite, name)
    assert "data:image/png;base64," in page
    assert TITLE in page
    assert f"version {biaslab.__version__}" in page
    assert f"lexicon {Lexicon.default().version}" in page
    assert "2017-12-11" in page


@pytest.mark.parametrize("name", REPORTS)
def test_report_loads_nothing_from_the_internet(suite, name):
    page = _html(suite, name)
    assert "https://cdn" not in page and "cdnjs" not in page
    assert not re.search(r"<script[^>]*\bsrc=[\"']?(?:https?:)?//", page)
    assert not re.search(r"<link[^>]*\bhref=[\"']?(?:https?:)?//", page)
    assert "@import url(http" not in page


def _visible(page: str) -> str:
    """The text a reader sees on an exported page (tags and styles removed)."""
    page = re.sub(r"<style.*?</style>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_teacher_copy_has_the_solutions(suite):
    teacher = _visible(_html(suite, "05-classroom-workbook-teacher"))
    for marker in ("Teacher: the answer key compared with biaslab", "Teacher's notes on this article",
                   "For the teacher: the class pooled", "Fleiss' kappa among them"):
        assert marker in teacher


@pytest.mark.parametrize("name", HANDOUT)
def test_student_handout_has_no_solution_cell_and_no_answer_output(suite, name):
    """Every notebook of the handout: runnable, no solution cell, and no output that shows biaslab's
    marks (loaded terms, scare quotes, quotations with their speakers) outside the article's own text."""
    # the workbook's article: its marks are what the students look for
    analyses = [biaslab.analyze(biaslab.load_article(suite.executed["01-tour"].metadata["biaslab"]["articles"][0]
                                                     ["source"]))]
    nb = nbformat.read(suite.out / "student" / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert not [c for c in nb.cells if "solution" in c.get("metadata", {}).get("tags", [])]
    answers = [c for c in nb.cells if "answer" in c.get("metadata", {}).get("tags", [])]
    assert all(not c.get("outputs") for c in answers)
    assert sum("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells) == 1
    shown = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            data = o.get("data", {})  # what a reader sees: the HTML where there is one
            shown += [str(o.get("text", "")), str(data.get("text/html") or data.get("text/plain") or "")]
    text = _visible(" ".join(shown))
    page = _visible((suite.out / "student" / f"{name}.html").read_text(encoding="utf-8"))
    assert "bl-loaded" not in " ".join(shown) and "bl-scare" not in " ".join(shown)
    for a in analyses:  # the article's own words may be shown (unmarked), but not biaslab's marks
        for p in [*a.paragraphs, *a.sentences]:
            text = text.replace(" ".join(p.text.split()), " ").replace(p.text, " ")
        text = text.replace(a.article.title or "", " ")
        marks = [t.text for t in a.loaded_terms if t.voice == "author"] + [q.text for q in a.quotes]
        leaked = [m for m in marks if len(m) > 3 and " ".join(m.split()) in " ".join(text.split())]
        assert not leaked, f"{name}: the handout shows biaslab's marks {leaked}"
    assert "Teacher" not in page and "answer key compared" not in page


def test_student_handout_workbook_reminds_instead_of_checking(suite):
    page = _visible((suite.out / "student" / "05-classroom-workbook.html").read_text(encoding="utf-8"))
    assert "my_loaded_terms = []" in page and "check(" in page
    assert "Fleiss" not in page and "Teacher's notes" not in page


def test_trace_in_notebook_metadata(suite):
    for name, nb in suite.executed.items():
        trace = nb.metadata["biaslab"]
        assert trace["biaslab_version"] == biaslab.__version__
        assert trace["articles"][0]["title"] == TITLE
        assert trace["notebook"].startswith(name[:2])
        assert TITLE in nb.metadata["title"]


def test_figures_are_written_as_png_files(suite):
    figures = sorted((suite.out / "figures").glob("*.png"))
    assert figures, "no figure files"
    assert all(f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for f in figures)
    stems = {f.name[:2] for f in figures}
    assert stems == {"01", "02", "03", "04", "05", "06"}
    assert any("sentiment-arc" in f.name for f in figures)
    owned = [f for r in suite.reports for f in r.figures]
    assert sorted(owned) == figures


def test_index_links_every_report_and_figure(suite):
    index = suite.index.read_text(encoding="utf-8")
    for name in REPORTS:
        assert f"href='{name}.html'" in index
    for figure in (suite.out / "figures").glob("*.png"):
        assert f"figures/{figure.name}" in index
    assert TITLE in index and biaslab.__version__ in index and Lexicon.default().version in index
    assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", index)


def test_result_to_dict_is_plain_data(suite):
    import json

    data = json.loads(json.dumps(suite.to_dict()))
    assert data["ok"] is True and len(data["reports"]) == len(REPORTS)


# -- building blocks ------------------------------------------------------------------------------
def test_merge_parameters_folds_the_injected_values_into_the_parameters_cell():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"),
                nbformat.v4.new_code_cell("# which article\nARTICLE = 'a'\nCHECK = False",
                                          metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell('# Parameters\nARTICLE = "/x/é.txt"\n',
                                          metadata={"tags": ["injected-parameters"]}),
                nbformat.v4.new_code_cell("print(ARTICLE)")]
    merged = merge_parameters(nb)
    assert [c.source for c in merged.cells] == ["# t", '# which article\nCHECK = False\nARTICLE = "/x/é.txt"',
                                                "print(ARTICLE)"]
    assert len(nb.cells) == 4  # the executed notebook itself is left alone
    bare = nbformat.v4.new_notebook()
    bare.cells = [nbformat.v4.new_code_cell("x = 1")]
    assert merge_parameters(bare) is bare


def test_strip_solutions_leaves_the_original_alone():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("a = []"),
                nbformat.v4.new_code_cell("a = [1]", metadata={"tags": ["solution"]}),
                nbformat.v4.new_markdown_cell("notes", metadata={"tags": ["solution", "x"]})]
    stripped = strip_solutions(nb)
    assert [c.source for c in stripped.cells] == ["a = []"]
    assert len(nb.cells) == 3


# -- PDF ---------------------------------------------------------------------------------------------
def test_pdf_export(suite, tmp_path):
    if PDF_MISSING:
        message = f"PDF export needs {', '.join(PDF_MISSING)}: {PDF_INSTALL}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from pypdf import PdfReader

    for name, paper, size in (("01-tour", "a4", (595, 842)), ("02-two-actors", "letter", (612, 792))):
        path = tmp_path / f"{name}.pdf"
        export_pdf(merge_parameters(suite.executed[name]), path, title=name, paper=paper)
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 20_000
        assert b"/Image" in data or b"/XObject" in data  # the figures are in the PDF
        pdf = PdfReader(path)
        assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in pdf.pages} == {size}
        assert "Learning goals" in pdf.pages[0].extract_text()  # the notebook's heading opens the first page


def test_pdf_without_tools_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(reports, "missing_pdf_tools", lambda: ["xelatex", "pandoc"])
    folder = tmp_path / "nb"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("# Tiny"),
                nbformat.v4.new_code_cell("ARTICLE = 'x'", metadata={"tags": ["parameters"]})]
    nbformat.write(nb, folder / "01-tiny.ipynb")
    article = reports.NOTEBOOK_DIR.parent / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"
    result = build_reports(articles=[article], out=tmp_path / "out", pdf=True, notebooks=folder)
    assert PDF_INSTALL in capsys.readouterr().err
    assert any(PDF_INSTALL in note for note in result.notes)
    assert [r.name for r in result.reports] == ["01-tiny"] and result.reports[0].pdf is None
    assert result.reports[0].html.is_file()


# -- the command line -----------------------------------------------------------------------------
def test_report_command_rejects_a_missing_article(tmp_path, capsys):
    status = cli.main(["report", "--article", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert "missing.txt: no such file or folder" in err and "Traceback" not in err


def test_report_command_rejects_an_unreadable_article(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    assert cli.main(["report", "--article", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "empty" in capsys.readouterr().err


# -- helpers the notebooks call ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundled():
    return biaslab.analyze(biaslab.load_article(reports.NOTEBOOK_DIR.parent / "corpus" /
                                                "putin-syria-withdrawal-2017-12-11.txt"))


def test_report_header_traces_article_and_versions(bundled):
    header = reports.report_header(bundled)
    assert header.articles[0]["title"] == TITLE and header.articles[0]["date"] == "2017-12-11"
    for text in (header._repr_html_(), header._repr_markdown_(), repr(header)):
        assert TITLE in text and biaslab.__version__ in text and Lexicon.default().version in text
    two = reports.report_header(bundled, [bundled])
    assert "Comparison 1" in repr(two) and len(two.to_dict()["articles"]) == 2


def test_highlighted_marks_terms_in_markdown(bundled):
    from biaslab.render import render_analysis

    shown = reports.highlighted(bundled)
    assert shown._repr_html_() == render_analysis(bundled)
    md = shown._repr_markdown_()
    assert "Syria’s **strong man** \\[labeling, author\\] Bashar" in md
    assert "**battle-hardened** \\[emotive, quoted\\]" in md
    assert "**“civil war”** \\[doubt, author\\]" in md  # the scare quote, not the words inside it
    assert md.count("**") == 2 * len(bundled.loaded_terms)  # every term once; the headline is not repeated
    assert md.count("Putin Orders Russian Troops Home") == 1


def test_highlighted_escapes_markdown():
    analysis = biaslab.analyze("The *regime* said [ok] #1 — a so-called_truce.")
    md = reports.highlighted(analysis).markdown
    assert "\\*" in md and "\\[ok\\]" in md and "\\#1" in md and "so\\-called" not in md


@pytest.mark.parametrize("preferred, n, expected", [
    (["Putin", "Mattis"], 2, ["Vladimir Putin", "Jim Mattis"]),
    (["mattis"], 2, ["Jim Mattis", "Vladimir Putin"]),           # topped up with the most prominent person
    (["Nobody", "al-Assad"], 2, ["Bashar al-Assad", "Vladimir Putin"]),
    (None, 2, ["Vladimir Putin", "Jim Mattis"]),                 # the case study's pair for the bundled article
    ([], 3, ["Vladimir Putin", "Jim Mattis", "Sergey Shoigu"]),  # people first; ties broken by quotations
    (["Trump"], 1, ["Donald Trump"]),
    (["Putin", "Putin"], 2, ["Vladimir Putin", "Jim Mattis"]),
])
def test_pick_actors(bundled, preferred, n, expected):
    assert reports.pick_actors(bundled, preferred, n=n) == expected


def test_pick_actors_without_actors():
    assert reports.pick_actors(biaslab.analyze("it rained on tuesday."), ["Putin"]) == []


def test_neutralized_sentences(bundled):
    table = reports.neutralized_sentences(bundled)
    author_sentences = {i for i, s in enumerate(bundled.sentences)
                        if any(s.start <= t.start and t.end <= s.end and t.voice == "author"
                               for t in bundled.loaded_terms)}
    assert set(table["sentence"]) == author_sentences
    row = table[table["terms"].str.contains("ASAP")].iloc[0]
    assert "as soon as possible" in row["rewrite"] and "ASAP" not in row["rewrite"]
    assert row["changed"]
    assert (table["vader_change"] == (table["vader_after"] - table["vader_before"]).round(4)).all()
    empty = reports.neutralized_sentences(biaslab.analyze("The council met on Tuesday."))
    assert empty.empty and "rewrite" in empty.columns


def test_pick_actors_can_require_enough_actors():
    import biaslab
    from biaslab.reports import ReportError, pick_actors

    one = biaslab.analyze("“We passed it,” said Senator Jane Roe. Jane Roe left.")
    assert len(pick_actors(one, ["Putin", "Mattis"])) == 1
    with pytest.raises(ReportError, match="compares 2 actors"):
        pick_actors(one, ["Putin", "Mattis"], require=True)


# -- hostile metadata ---------------------------------------------------------------------------------
HOSTILE = "<script>alert(1)</script> \\input{/etc/passwd} $x$ *a*"
HOSTILE_OUTLET = "<b>Out</b>\nlet $y$"


@pytest.fixture(scope="module")
def hostile():
    """An article whose front matter carries markup, maths, LaTeX, a pipe and a line break."""
    title, outlet = json.dumps(HOSTILE + " | two"), json.dumps(HOSTILE_OUTLET)  # TOML basic strings
    text = f"+++\ntitle = {title}\noutlet = {outlet}\ndate = \"2017-12-11\"\n+++\nThe council met on Tuesday."
    return biaslab.analyze(text)


def test_hostile_title_stays_text_in_the_header_markdown(hostile):
    assert hostile.article.title == HOSTILE + " | two"
    md = reports.report_header(hostile)._repr_markdown_()
    row = md.splitlines()[2]
    assert row == ("| **Article** | \\<script\\>alert(1)\\</script\\> \\\\input\\{/etc/passwd\\} \\$x\\$ \\*a\\* "
                   "\\| two · 2017-12-11 · \\<b\\>Out\\</b\\> let \\$y\\$ |")
    assert len(md.splitlines()) == 4  # header, rule, article, versions: no row broken by the metadata
    assert "<script>" not in md and "\\input{" not in md


def test_hostile_title_stays_text_in_the_header_html(hostile):
    page = reports.report_header(hostile)._repr_html_()
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\input{/etc/passwd} $x$ *a*" in page
    assert "&lt;b&gt;Out&lt;/b&gt; let $y$" in page


def test_hostile_title_stays_text_through_a_markdown_renderer(hostile):
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    for md in (reports.report_header(hostile)._repr_markdown_(), reports.highlighted(hostile).markdown):
        page = markdown2html_mistune(md)
        assert "<script" not in page and "<b>" not in page and "<em>a</em>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "$x$" in page and "*a*" in page


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("target", ["latex", "html"])
def test_hostile_title_stays_text_through_pandoc(hostile, target):
    """nbconvert's PDF route hands this Markdown to pandoc, then to xelatex."""
    for md in (reports.report_header(hostile)._repr_markdown_(), reports.highlighted(hostile).markdown):
        out = subprocess.run(["pandoc", "-f", "markdown", "-t", target], input=md, capture_output=True,
                             text=True, check=True, timeout=60).stdout
        if target == "latex":
            assert "\\input{" not in out and "$x$" not in out and "\\(" not in out and "\\emph{a}" not in out
            assert re.search(r"\\textbackslash(?:\{\})?\s*input\\\{/etc/passwd\\\}", out) and "\\$x\\$" in out
        else:
            assert "<script" not in out and "<em>a</em>" not in out and "<b>" not in out and "math" not in out
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "$x$" in out


# -- span lookups give what a scan of every term gives -------------------------------------------------
def test_highlighted_marks_each_outer_term_of_each_paragraph(bundled):
    outer, last = [], -1
    for t in sorted(bundled.loaded_terms, key=lambda t: (t.start, -t.end)):
        if t.start >= last:
            outer.append(t)
            last = t.end
    paragraphs = reports.highlighted(bundled).markdown.split("\n\n")[1:]  # after the legend
    assert len(paragraphs) == len(bundled.paragraphs)
    for para, shown in zip(bundled.paragraphs, paragraphs):
        inside = [t for t in outer if para.start <= t.start and t.end <= para.end]
        assert shown.count("**") == 2 * len(inside)
        assert re.findall(r"\\\[(\w+), (\w+)\\\]", shown) == [(t.category, t.voice) for t in inside]


@pytest.mark.parametrize("voice", ["author", "quoted", None])
def test_neutralized_sentences_take_each_sentence_s_terms_in_order(bundled, voice):
    table = reports.neutralized_sentences(bundled, voice=voice)
    expected = {}
    for i, s in enumerate(bundled.sentences):
        terms = [t.text for t in bundled.loaded_terms
                 if s.start <= t.start and t.end <= s.end and (voice is None or t.voice == voice)]
        if terms:
            expected[i] = ", ".join(terms)
    assert dict(zip(table["sentence"], table["terms"])) == expected
    assert list(table["sentence"]) == sorted(expected)


# -- the sensitivity summary and minimal pairs ----------------------------------------------------------
def _table(before, after):
    return pd.DataFrame({"vader_before": before, "vader_after": after,
                         "vader_change": [round(b - a, 4) for a, b in zip(before, after)],
                         "polarity_change": [0.1] * len(before)})


@pytest.mark.parametrize("before, after, vader_change, band_changes", [
    ([0.5, 0.0, -0.3], [0.5, 0.2, 0.01], 0.17, 2),    # 0.0 leaves the band, -0.3 enters it
    ([0.6], [-0.6], 1.2, 0),                           # a sign flip across the band stays outside it
    ([0.049, 0.05], [0.0, 0.05], 0.0245, 0),           # the band is |compound| < 0.05
    ([-0.05], [-0.0499], 0.0001, 1),
])
def test_sensitivity_by_hand(before, after, vader_change, band_changes):
    result = reports.sensitivity(_table(before, after))
    assert result == reports.Sensitivity(len(before), vader_change, 0.1, band_changes)


def test_sensitivity_of_the_bundled_article(bundled):
    table = reports.neutralized_sentences(bundled)
    result = reports.sensitivity(table)
    author = {i for i, s in enumerate(bundled.sentences)
              if any(s.start <= t.start and t.end <= s.end and t.voice == "author" for t in bundled.loaded_terms)}
    assert result.sentences == len(author) == len(table)
    assert result.vader_change == round(sum(abs(x) for x in table["vader_change"]) / len(table), 4)
    assert result.polarity_change == round(sum(abs(x) for x in table["polarity_change"]) / len(table), 4)
    assert str(result).startswith(f"{len(author)} sentences rewritten; mean absolute change: VADER ")
    assert json.loads(json.dumps(result.to_dict())) == result.to_dict()


def test_sensitivity_without_sentences():
    result = reports.sensitivity(reports.neutralized_sentences(biaslab.analyze("The council met on Tuesday.")))
    assert result == reports.Sensitivity(0, None, None, 0)
    assert str(result) == "No sentence has loaded terms to neutralize."


def test_sentence_pairs_show_what_the_tools_react_to():
    pairs = [("The enemy hasn’t declared the war over.", "The enemy has declared the war over."),
             ("This is not a victory.", "This is a victory."),
             ("The terrorists were defeated.", "The militants were pushed back.")]
    df = reports.sentence_pairs(pairs)
    assert list(df.columns) == ["pair", "variant", "sentence", "vader", "polarity", "subjectivity"]
    assert list(zip(df.pair, df.variant)) == [(1, "A"), (1, "B"), (2, "A"), (2, "B"), (3, "A"), (3, "B")]
    assert list(df.sentence) == [s for pair in pairs for s in pair]
    scores = df.set_index(["pair", "variant"])
    assert scores.loc[(1, "A"), "vader"] == scores.loc[(1, "B"), "vader"] < 0  # the negated word has no sentiment
    assert (scores.loc[2, ["vader", "polarity", "subjectivity"]] == 0).all().all()  # neither tool knows "victory"
    assert scores.loc[(3, "A"), "vader"] < -0.5 and scores.loc[(3, "B"), "vader"] == 0


@pytest.mark.parametrize("bad", ["one sentence", ("a", "b", "c"), ("a", 1), 7])
def test_sentence_pairs_refuse_what_is_not_a_pair(bad):
    with pytest.raises(ValueError, match="pair 2 must be two sentences"):
        reports.sentence_pairs([("a.", "b."), bad])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_header_markdown_is_one_inert_row_for_any_title(title):
    header = reports.ReportHeader(({"title": title, "date": "2017-12-11"},), "1.0", "lex")
    lines = header._repr_markdown_().splitlines()
    assert len(lines) == 4
    # every pipe but the three cell borders is escaped, so the row keeps its two cells
    assert len(re.findall(r"(?<!\\)(?:\\\\)*\|", lines[2])) == 3
    assert not re.search(r"(?<!\\)(?:\\\\)*[<$`]", lines[2])


def test_cues_frame_lists_every_cue_with_its_sentence(bundled):
    cues = reports.cues_frame(bundled)
    assert list(cues.columns) == ["sentence", "primary", "start", "end", "text", "frame", "cue", "weight"]
    assert len(cues) == sum(len(s.cues) for s in bundled.frames.sentences) > 0
    assert all(bundled.text[s:e] == t for s, e, t in zip(cues.start, cues.end, cues.text))
    for row in cues.itertuples():
        sentence = bundled.sentences[row.sentence]
        assert sentence.start <= row.start and row.end <= sentence.end
        assert row.primary == bundled.frames.sentences[row.sentence].primary != "other"
    assert set(cues.weight) <= {0.5, 1.0}
    empty = reports.cues_frame(biaslab.analyze("It rained."))
    assert empty.empty and list(empty.columns) == list(cues.columns)


def test_index_lists_every_article_the_suite_read(suite):
    index = suite.index.read_text(encoding="utf-8")
    from conftest import ROOT

    corpus = sorted((ROOT / "corpus").glob("*.txt"))
    assert len(corpus) == 4
    for path in corpus:
        assert f"<code>{path.name}</code>" in index
    assert index.index("putin-syria-withdrawal-2017-12-11.txt") < index.index("khmeimim-")
    assert "figures/02-two-actors-actor-comparison.png" in index
    for page in (suite.out / "articles").glob("*.html"):
        assert f"href='articles/{page.name}'" in index
    assert len(list((suite.out / "articles").glob("*.html"))) == 4
    for name in ("scores.csv", "actor-scores.csv", "analysis.jsonl", "tables.xlsx"):
        assert f"href='data/{name}'" in index and (suite.out / "data" / name).stat().st_size > 0
    assert "href='04-comparing-coverage.html'" in index


# -- a report on an article that is not the case study --------------------------------------------------
OWN_ARTICLE = """+++
id = "harbour-bridge-vote"
title = "Council Approves Harbour Bridge After Stormy Debate"
date = "2024-05-14"
outlet = "constructed test text (biaslab)"
provenance = "Written for biaslab's tests: a made-up council story with two people, quotations and loaded words."
+++
Council Approves Harbour Bridge After Stormy Debate

Mayor Lena Hartmann won a narrow vote on Tuesday for the new harbour bridge, a project her critics call a \
“vanity project” that will cost the town dearly.

“This bridge will connect our neighbourhoods and bring jobs,” Hartmann said after the vote. She told reporters \
the council had waited long enough.

The opposition leader, Marcus Webb, warned that the budget was already stretched. “We are borrowing money we \
do not have for a bridge nobody asked for,” Webb said.

Basically, the mayor pushed the plan through a divided chamber. Webb claimed the cost estimates were \
shockingly optimistic and said his party would ask the regional auditor to review them.

Residents near the harbour were split. Shop owners welcomed the promise of more visitors, while families on \
the north shore feared years of noise and traffic.

Hartmann said construction would begin next spring and end within three years.
"""
#: Words of the bundled case study that must not appear in a report on another article.
CASE_STUDY_WORDS = ("Putin", "Mattis", "Syria", "Assad", "Trump", "Khmeimim", "Kremlin", "stark contrast",
                    "putin-syria-withdrawal")


@pytest.fixture(scope="module")
def own_reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("own")
    path = folder / "harbour.txt"
    path.write_text(OWN_ARTICLE, encoding="utf-8")
    result = build_reports(articles=[path], out=folder / "reports")
    return result, biaslab.analyze(biaslab.load_article(path))


def test_a_report_on_another_article_tells_none_of_the_case_study(own_reports, bundled):
    from biaslab.narrative import CASE_NOTES

    result, _ = own_reports
    assert result.ok, [f.message for f in result.failures]
    pages = [r.html for r in result.reports] + sorted((result.out / "articles").glob("*.html")) + [result.index]
    passages = [s.strip() for note in CASE_NOTES.values() for s in re.split(r"(?<=[.:])\s", note(bundled))
                if len(s.strip()) > 40]
    for page in pages:
        text = _visible(page.read_text(encoding="utf-8"))
        found = [w for w in CASE_STUDY_WORDS if w.casefold() in text.casefold()]
        assert not found, f"{page.name} mentions the case study: {found}"
        assert not [p for p in passages if p in text], page.name


def test_a_report_on_another_article_states_its_own_findings(own_reports):
    from biaslab.comparison import contrast_lines
    from biaslab.actors import default_actors
    from biaslab.narrative import others_lines

    result, analysis = own_reports
    assert default_actors(analysis) == ["Lena Hartmann", "Marcus Webb"]
    actors = " ".join(" ".join(_visible(_page(result, "02-two-actors")).split()).split())
    assert "Comparing Lena Hartmann and Marcus Webb" in actors
    for line in contrast_lines(analysis, "Lena Hartmann", "Marcus Webb") + others_lines(analysis, default_actors(analysis)):
        assert " ".join(line.split()) in actors
    tour = _visible(_page(result, "01-tour"))
    assert f"words {analysis.words}" in " ".join(tour.split())
    # one article: the comparison of coverage is left out, and the index says why
    assert "04-comparing-coverage" not in [r.notebook for r in result.reports]
    assert "compares two or more articles" in result.index.read_text(encoding="utf-8")


def _page(result, name: str) -> str:
    return (result.out / f"{name}.html").read_text(encoding="utf-8")
