"""The notebook suite: committed clean, parameterised, and executing top to bottom.

The suite is executed once per test session (``built_suite``), on fresh
kernels, by :func:`biaslab.reports.build_reports`; ``tests/test_reports.py``
reuses the same run for its checks of the exported reports.
"""
from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import nbformat
import pytest

from biaslab.reports import INJECTED_TAG, NOTEBOOK_DIR, build_reports

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
EXPECTED = ["01-tour", "02-two-actors", "03-loaded-language", "04-comparing-coverage",
            "05-classroom-workbook", "06-method-and-limits"]
#: Placeholders of the workbook: valid code that a student overwrites.
PLACEHOLDERS = {"my_loaded_terms": "[]", "my_scare_quotes": "[]", "my_speakers": "{}"}

_BUILT: dict = {}


def built_suite(tmp_path_factory):
    """Execute and export the whole suite once per session; shared with test_reports."""
    if "suite" not in _BUILT:
        _BUILT["suite"] = build_reports(out=tmp_path_factory.mktemp("reports"), student=True)
    return _BUILT["suite"]


@pytest.fixture(scope="session")
def suite(tmp_path_factory):
    return built_suite(tmp_path_factory)


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def test_the_suite_is_complete():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = _read(path)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; clear them before committing"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_structure(path):
    nb = _read(path)
    first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    intro = "\n".join(c.source for c in nb.cells[:first_code])
    assert nb.cells[0].source.startswith("# "), f"{path.name}: no title"
    for heading in ("Learning goals", "The data", "What is measured", "What it cannot measure"):
        assert heading in intro, f"{path.name}: {heading!r} must come before the first code cell"
    assert nb.cells[first_code].source.startswith("%matplotlib inline")
    last_md = [c for c in nb.cells if c.cell_type == "markdown"][-1]
    assert re.search(r"^## Your turn", last_md.source, re.M), f"{path.name}: no 'Your turn' section at the end"
    assert re.search(r"^1\. ", last_md.source, re.M), f"{path.name}: 'Your turn' has no numbered questions"
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "matplotlib.use" not in source and "Agg" not in source
    assert "nltk.download" not in source
    assert "biaslab.plots" in source or "from biaslab import plots" in source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell_names_existing_articles(path):
    nb = _read(path)
    cells = [c for c in nb.cells if "parameters" in _tags(c)]
    assert len(cells) == 1 and cells[0].cell_type == "code", f"{path.name}: needs one code cell tagged parameters"
    values = {}
    for node in ast.parse(cells[0].source).body:
        assert isinstance(node, ast.Assign), f"{path.name}: the parameters cell holds only assignments"
        values[node.targets[0].id] = ast.literal_eval(node.value)
    assert "ARTICLE" in values
    for article in [values["ARTICLE"], *values.get("COMPARISON", [])]:
        assert not Path(article).is_absolute()
        assert (path.parent / article).is_file(), f"{path.name}: {article} does not exist"
    assert not any(INJECTED_TAG in _tags(c) for c in nb.cells)


#: Statements a code cell may hold besides imports and assignments of literals (the data a reader edits).
MAX_STATEMENTS = 4
_LOOPS = (ast.For, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _code(cell) -> str:
    """A cell's Python, without IPython magics (``%matplotlib inline``)."""
    return "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))


def _logic(tree: ast.AST) -> list[str]:
    """What makes a cell hold logic rather than calls: definitions, branches, nested loops, rows built by hand."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            found.append(f"a definition ({type(node).__name__}) at line {node.lineno}")
        if isinstance(node, (ast.If, ast.IfExp, ast.Try, ast.Match)):
            found.append(f"a branch ({type(node).__name__}) at line {node.lineno}")
        if isinstance(node, _LOOPS):
            inner = [n for n in ast.walk(node) if n is not node and isinstance(n, _LOOPS)]
            generators = len(getattr(node, "generators", ())) > 1
            if inner or generators:
                found.append(f"nested loops at line {node.lineno}")
        if isinstance(node, (ast.For, ast.While)) and any(
                isinstance(n, ast.Attribute) and n.attr in ("append", "extend") for n in ast.walk(node)):
            found.append(f"a loop building rows at line {node.lineno}")
    statements = [n for n in tree.body if not isinstance(n, (ast.Import, ast.ImportFrom))
                  and not (isinstance(n, ast.Assign) and _literal(n.value))]
    if len(statements) > MAX_STATEMENTS:
        found.append(f"{len(statements)} statements (at most {MAX_STATEMENTS})")
    return found


def _literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_hold_calls_not_logic(path):
    """Computations live in the package (tested there); a cell calls them and shows the result."""
    problems = [f"cell {i} ({c.get('id')}): {problem}" for i, c in enumerate(_read(path).cells)
                if c.cell_type == "code" for problem in _logic(ast.parse(_code(c)))]
    assert not problems, f"{path.name}: move this into biaslab:\n" + "\n".join(problems)


def test_the_logic_check_catches_logic():
    loop = "rows = []\nfor x in analyses:\n    for d in x.actors:\n        rows.append(d)\npd.DataFrame(rows)"
    assert len(_logic(ast.parse(loop))) == 3  # nested loops, and rows built by hand in each of the two loops
    assert _logic(ast.parse("def f(x):\n    return x"))
    assert _logic(ast.parse("[(a, b) for a in x for b in y]"))
    assert _logic(ast.parse("if len(check):\n    print(check)\nelse:\n    print('none')"))
    assert _logic(ast.parse("a = f()\nb = g(a)\nc = h(b)\nd = k(c)\ne = m(d)"))
    assert not _logic(ast.parse("terms = analysis.terms_frame()\n[t.text for t in terms]\npairs = [(1, 2), (3, 4)]"))
    assert not _logic(ast.parse("for number, p in enumerate(paragraphs, 1):\n    print(number, p.text)"))


def test_workbook_placeholders_are_never_overwritten():
    """Run All never replaces a student's marks: only the placeholder cell assigns each list."""
    nb = _read(NOTEBOOK_DIR / "05-classroom-workbook.ipynb")
    code = [(c.source, _tags(c)) for c in nb.cells if c.cell_type == "code"]
    for name, empty in PLACEHOLDERS.items():
        assigning = [(src, tags) for src, tags in code if re.search(rf"^\s*{name}\s*=", src, re.M)]
        assert len(assigning) == 1, f"{name} is assigned in {len(assigning)} cells"
        src, tags = assigning[0]
        assert re.search(rf"^{name} = {re.escape(empty)}$", src, re.M) and "solution" not in tags
    solutions = [src for src, tags in code if "solution" in tags]
    assert len(solutions) >= 4 and all("my_" not in src.split("#")[0] for src in solutions)
    checks = [src for src, tags in code if "answer" in tags]
    assert checks and all("when=CHECK" in src for src in checks)  # compared only when asked


# -- execution on fresh kernels ---------------------------------------------------------------
def _variants(stem: str) -> list[str]:
    return [f"{stem}-teacher", f"{stem}-student"] if stem == "05-classroom-workbook" else [stem]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, suite):
    failures = [f.message for f in suite.failures if f.notebook == path.stem]
    assert not failures, "\n".join(failures)
    for name in _variants(path.stem):
        nb = suite.executed[name]
        errors = [i for i, c in enumerate(nb.cells) for o in c.get("outputs", []) if o.output_type == "error"]
        assert not errors, f"{name}: error output in cells {errors}"
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.execution_count is not None for c in code), f"{name}: not every cell ran"
        pngs = sum("image/png" in o.get("data", {}) for c in code for o in c.outputs)
        assert pngs >= 1, f"{name}: no figure was drawn"


def _printed(nb, needle):
    """The text and HTML outputs of the cells whose source contains ``needle``."""
    return ["".join(str(o.get(k, "")) for k in ("text",)) + str(o.get("data", {}).get("text/plain", ""))
            + str(o.get("data", {}).get("text/html", ""))
            for c in nb.cells if c.cell_type == "code" and needle in c.source for o in c.get("outputs", [])]


def test_student_copy_checks_only_when_asked(suite):
    student = suite.executed["05-classroom-workbook-student"]
    teacher = suite.executed["05-classroom-workbook-teacher"]
    assert not any("solution" in _tags(c) for c in student.cells)
    assert any("solution" in _tags(c) for c in teacher.cells)
    # the student's copy runs with CHECK = False: every check is a reminder, nothing is compared
    printed = _printed(student, 'check("loaded", student_marks')
    assert printed and all("Not checked yet" in t for t in printed)
    assert not any("kappa" in t for t in _printed(student, "check("))
    # the teacher's copy checks (CHECK = True): empty placeholders say so; the key is compared with biaslab
    assert any("You have not marked anything yet" in t for t in _printed(teacher, 'check("loaded", student_marks'))
    assert any(re.search(r"You found [1-9]\d* of the", t) for t in _printed(teacher, 'check("loaded", key'))
    assert any("Fleiss" in t for t in _printed(teacher, "pool_class("))


# -- failures name the notebook, the cell and its source; parameters are injected -----------------
def _notebook(title, *cells):
    """A notebook with a markdown title and code cells given as ``(source, tags)``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {title}"))
    for source, tags in cells:
        nb.cells.append(nbformat.v4.new_code_cell(source, metadata={"tags": list(tags)}))
    return nb


@pytest.fixture(scope="module")
def tiny_suite(tmp_path_factory):
    """Three small notebooks: one that prints its parameters, one that fails,
    and a workbook with a solution cell; run once with ``student=True`` and
    an article path relative to the working directory."""
    folder = tmp_path_factory.mktemp("notebooks")
    nbformat.write(_notebook("Parameters demo", ('ARTICLE = "nowhere.txt"\nCOMPARISON = []', ("parameters",)),
                             ("print('ARTICLE =', ARTICLE)\nprint('COMPARISON =', COMPARISON)", ())),
                   folder / "01-params.ipynb")
    nbformat.write(_notebook("Broken", ("x = 1", ()), ("y = x + 1\n1 / 0", ()), ("z = 3", ())),
                   folder / "02-broken.ipynb")
    nbformat.write(_notebook("Workbook", ('ARTICLE = "a.txt"', ("parameters",)), ("answer = []", ()),
                             ("answer = ['secret']", ("solution",)), ("print('answer:', answer)", ())),
                   folder / "05-classroom-workbook.ipynb")
    root = NOTEBOOK_DIR.parent
    cwd = Path.cwd()
    try:
        os.chdir(root)  # the article path below is relative to this directory
        result = build_reports(articles=["corpus/putin-syria-withdrawal-2017-12-11.txt", "corpus"],
                               out=tmp_path_factory.mktemp("tiny-reports"), student=True, notebooks=folder)
    finally:
        os.chdir(cwd)
    return result


def test_failure_names_notebook_cell_and_source(tiny_suite):
    assert [f.notebook for f in tiny_suite.failures] == ["02-broken"]
    failure = tiny_suite.failures[0]
    assert failure.cell == 2 and failure.source_head == "y = x + 1"
    assert failure.message == "02-broken: cell 2 ('y = x + 1'): ZeroDivisionError: division by zero"
    assert not tiny_suite.ok
    assert "02-broken" in tiny_suite.index.read_text(encoding="utf-8")


def test_relative_article_paths_are_injected_as_absolute(tiny_suite):
    nb = tiny_suite.executed["01-params"]
    injected = [c for c in nb.cells if INJECTED_TAG in _tags(c)]
    assert len(injected) == 1 and "parameters" in _tags(nb.cells[nb.cells.index(injected[0]) - 1])
    printed = "".join(o.text for c in nb.cells for o in c.get("outputs", []) if o.output_type == "stream")
    article = (NOTEBOOK_DIR.parent / "corpus" / "putin-syria-withdrawal-2017-12-11.txt").resolve()
    assert f"ARTICLE = {article}" in printed
    # the folder expands to its articles, sorted; the first article is repeated as a comparison too
    assert str(NOTEBOOK_DIR.parent / "corpus" / "khmeimim-wire-neutral-2017-12-11.txt") in printed


def test_student_flag_writes_the_handout(tiny_suite):
    names = [r.name for r in tiny_suite.reports]
    assert names == ["01-params", "05-classroom-workbook-teacher"]
    nb = tiny_suite.executed["05-classroom-workbook-student"]
    printed = "".join(o.text for c in nb.cells for o in c.get("outputs", []) if o.output_type == "stream")
    assert "answer: []" in printed
    handout = tiny_suite.out / "student"
    assert sorted(p.name for p in handout.iterdir() if p.is_file()) == [
        "01-params.html", "01-params.ipynb", "05-classroom-workbook.html", "05-classroom-workbook.ipynb"]
    assert "secret" not in (handout / "05-classroom-workbook.html").read_text(encoding="utf-8")
    copy = nbformat.read(handout / "05-classroom-workbook.ipynb", as_version=4)
    params = [c for c in copy.cells if "parameters" in _tags(c)]
    assert len(params) == 1 and 'ARTICLE = "articles/putin-syria-withdrawal-2017-12-11.txt"' in params[0].source
    assert (handout / "articles" / "putin-syria-withdrawal-2017-12-11.txt").is_file()  # runnable where it lies
