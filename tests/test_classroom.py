"""Marks files, answer keys, checks on request and a class pooled (biaslab.classroom)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import biaslab
from biaslab.classroom import (
    Marks, _fleiss, answer_key, check, class_marks, load_marks, marks_text, pool_class, reveal, save_marks,
    student_marks,
)
from biaslab.workbook import MarkError
from conftest import ARTICLE_PATH

TEXT = ("The regime's brutal crackdown continued. Officials said the “reforms” were working.\n\n"
        "Critics called it a disaster. Basically, nothing changed.")


@pytest.fixture(scope="module")
def analysis():
    return biaslab.analyze(f'+++\nid = "toy"\n+++\n{TEXT}')


@pytest.fixture(scope="module")
def bundled():
    return biaslab.analyze(biaslab.load_article(ARTICLE_PATH))


def test_fleiss_kappa_by_hand():
    # four words, three raters: P̄ = (1 + 1 + 1/3 + 1) / 4 = 5/6, P_e = (7/12)² + (5/12)² = 74/144,
    # kappa = (5/6 − 74/144) / (1 − 74/144) = 46/70 (Fleiss 1971, eq. 1-5)
    assert _fleiss([[3, 0], [0, 3], [1, 2], [3, 0]]) == round(46 / 70, 4)
    assert _fleiss([[3, 0], [3, 0]]) is None  # nobody marked anything: kappa undefined
    assert _fleiss([[0, 2], [2, 0]]) == 1.0  # both marked the first word, neither the second
    assert _fleiss([[1, 1], [1, 1]]) == -1.0  # two raters who split on every word


def test_marks_file_round_trip(tmp_path):
    path = save_marks(tmp_path / "ana.toml", loaded=["brutal", "a \"so-called\" win\\"], scare=["reforms"],
                      speakers={"the “reforms” were": "Officials"}, student="Ana", article="toy")
    marks = load_marks(path)
    assert marks == Marks("Ana", ("brutal", "a \"so-called\" win\\"), ("reforms",),
                          {"the “reforms” were": "Officials"}, "toy", str(path))
    assert "\\/" not in path.read_text(encoding="utf-8")
    assert load_marks(path) == load_marks(tmp_path / "ana.toml")
    assert marks_text(marks).startswith("# marks for biaslab")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=20), max_size=4), st.dictionaries(st.text(max_size=10), st.text(max_size=10),
                                                                    max_size=3))
def test_any_marks_survive_the_file(tmp_path_factory, loaded, speakers):
    path = save_marks(tmp_path_factory.mktemp("m") / "x.toml", loaded=loaded, speakers=speakers)
    marks = load_marks(path)
    assert list(marks.loaded) == loaded and dict(marks.speakers) == speakers


@pytest.mark.parametrize("content, message", [
    ("loaded = 'one phrase'", "must be a list of phrases"),
    ("loaded = [1, 2]", "must be a list of phrases"),
    ("colour = 'red'", "unknown field(s) colour"),
    ("[speakers]\n'a' = 3", "must map the first words"),
    ("loaded = [", "not a marks file"),
])
def test_bad_marks_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MarkError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_marks(path)


def test_answer_key_only_for_its_article(tmp_path, analysis, monkeypatch):
    assert answer_key(analysis, folder=tmp_path) is None  # no key for this article
    save_marks(tmp_path / "toy.toml", loaded=["brutal"], article="toy")
    assert answer_key(analysis, folder=tmp_path).loaded == ("brutal",)
    other = save_marks(tmp_path / "other.toml", loaded=["brutal"], article="another-article")
    with pytest.raises(MarkError, match="for article 'another-article', not for 'toy'"):
        answer_key(analysis, other)


def test_the_bundled_key_is_found_from_the_notebooks_folder(bundled, monkeypatch):
    from biaslab.reports import NOTEBOOK_DIR

    monkeypatch.chdir(NOTEBOOK_DIR)
    key = answer_key(bundled)
    assert key is not None and "civil war" in key.scare
    assert len(class_marks(bundled)) >= 3  # the example class


def test_checks_compare_only_when_asked(analysis):
    key = Marks("key", loaded=("brutal crackdown", "Basically"), article="toy")
    quiet = check("loaded", ["brutal"], analysis, key=key, when=False)
    assert "Not checked yet" in repr(quiet) and "answer key" in repr(quiet) and quiet.tool is None
    assert "brutal" not in quiet._repr_html_()
    asked = check("loaded", ["brutal"], analysis, key=key, when=True)
    assert asked.tool.matched and asked.key.recall == 0.3333  # 1 of the key's 3 words
    assert "Compared with the answer key" in repr(asked)
    assert "no answer key" in repr(check("loaded", None, analysis, when=True))
    mine = check("quoted", {"the “reforms” were": "Officials"}, analysis, when=True)
    assert mine.tool.checks and all(c.student == "Officials" for c in mine.tool.checks if c.student)


def test_student_marks_come_from_the_file_or_the_lists(tmp_path):
    assert student_marks(loaded=["a"]).loaded == ("a",)
    path = save_marks(tmp_path / "s.toml", loaded=["b"])
    assert student_marks(path, loaded=["a"]).loaded == ("b",)
    with pytest.raises(MarkError):
        student_marks(loaded="not a list")


def test_pool_a_class(analysis):
    students = [Marks("A", loaded=("brutal", "disaster")), Marks("B", loaded=("brutal",)),
                Marks("C", loaded=("brutal", "Basically")), Marks("D", loaded=("brutal", "disaster"))]
    pooled = pool_class(students, analysis, task="loaded")
    assert pooled.students == ("A", "B", "C", "D") and -1 <= pooled.fleiss_kappa <= 1
    contested = pooled.contested.to_dict(orient="records")
    assert contested[0]["text"] == "disaster" and contested[0]["marked_by"] == "2 of 4" and contested[0]["split"] == 0.5
    assert [r["text"] for r in contested] == ["disaster", "Basically"]  # "brutal": everyone agrees
    assert analysis.text[contested[0]["start"]:contested[0]["end"]] == "disaster"
    assert list(pooled.per_student["student"]) == ["A", "B", "C", "D"]
    assert "Fleiss' kappa" in pooled.summary() and "disaster" in pooled.summary()
    assert "two or more students" in pool_class(students[:1], analysis).summary()
    with pytest.raises(ValueError):
        pool_class(students, analysis, task="quoted")


def test_reveal_only_when_asked(analysis):
    assert "CHECK = True" in repr(reveal(analysis, when=False))
    shown = reveal(analysis, when=True)
    assert "bl-loaded" in shown._repr_html_() and shown._repr_png_().startswith(b"\x89PNG")
