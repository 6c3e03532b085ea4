"""The command line: output formats and the bad-input table (one line, exit 2)."""
import json
import subprocess
import sys

import pytest

from biaslab.cli import main
from conftest import ARTICLE_PATH


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json_is_analysis_to_dict(capsys):
    import biaslab

    code, out, err = run(capsys, "analyze", str(ARTICLE_PATH))
    assert code == 0 and err == ""
    expected = biaslab.analyze(biaslab.load_article(ARTICLE_PATH)).to_dict()
    assert json.loads(out) == json.loads(json.dumps(expected))


def test_analyze_json_has_every_documented_key(capsys):
    _, out, _ = run(capsys, "analyze", str(ARTICLE_PATH))
    data = json.loads(out)
    for key in ("id", "title", "sentences", "summary", "quotes", "loaded_terms", "actors", "frames"):
        assert key in data
    s = data["sentences"][0]
    assert set(s["vader"]) == {"compound", "pos", "neu", "neg"}
    assert set(s["textblob"]) == {"polarity", "subjectivity"}


def test_analyze_folder_defaults_to_jsonl(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("First article. Fine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second article, also fine.", encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(tmp_path))
    lines = out.strip().splitlines()
    assert code == 0 and [json.loads(l)["id"] for l in lines] == ["a", "b"]


def test_analyze_table_and_html(capsys):
    code, out, _ = run(capsys, "analyze", str(ARTICLE_PATH), "--format", "table")
    assert code == 0 and "Putin Orders Russian Troops Home" in out and "dominant frame" in out
    code, out, _ = run(capsys, "analyze", str(ARTICLE_PATH), "--format", "html")
    assert code == 0 and out.lstrip().lower().startswith("<!doctype html>")


def test_actor_option_adds_an_actor(capsys, tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("The spokesman, Ivanov, said the talks failed. Ivanov left early.", encoding="utf-8")
    _, out, _ = run(capsys, "analyze", str(p), "--actor", "Dmitry Ivanov=Ivanov|the spokesman")
    names = [a["name"] for a in json.loads(out)["actors"]]
    assert "Dmitry Ivanov" in names


def _bad(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("space.txt", b" \n \n", "empty"),
        ("bin.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        ("cp1252.txt", "Na\u00efve caf\u00e9 \u201cquote\u201d".encode("cp1252"), "not valid UTF-8"),
        ("notext.csv", b"id,body\n1,hello\n", "no 'text' column"),
        ("bad.jsonl", b'{"text": "ok"}\n{oops\n', "line 2: malformed JSON"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(capsys, tmp_path, name, data, fragment):
    path = str(tmp_path / name) if data is None else _bad(tmp_path, name, data)
    code, out, err = run(capsys, "analyze", path)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_broken_installation_gives_one_line_and_exit_3(capsys, monkeypatch):
    from biaslab import cli
    from biaslab.resources import ResourceError

    def broken(args):
        raise ResourceError("data/tone_model.json is not valid JSON (line 1)")

    monkeypatch.setattr(cli, "_cmd_analyze", broken)
    code, out, err = run(capsys, "analyze", str(ARTICLE_PATH))
    assert (code, out, err) == (3, "", "biaslab: error: data/tone_model.json is not valid JSON (line 1)\n")


def test_malformed_user_lexicon_names_the_line(capsys, tmp_path):
    lex = tmp_path / "lex.csv"
    lex.write_text("term,category,strength,rationale,source\nfoo,labeling,high,why,me\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(ARTICLE_PATH), "--lexicon", str(lex))
    assert code == 2 and "line 2" in err and "Traceback" not in err


def test_unknown_actor_in_compare(capsys):
    code, _, err = run(capsys, "compare", str(ARTICLE_PATH), "--actors", "Putin", "Nobody")
    assert code == 2 and "Nobody" in err


def test_console_script_runs_offline(tmp_path):
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "biaslab.cli", "analyze", str(ARTICLE_PATH), "--format", "table"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Putin" in proc.stdout


@pytest.mark.parametrize("actors", [["Putin", "the Russian leader"], ["Putin", "Putin"]])
def test_compare_an_actor_with_itself_is_a_clear_error(capsys, actors):
    code, _, err = run(capsys, "compare", str(ARTICLE_PATH), "--actors", *actors)
    assert code == 2 and "itself" in err and "Traceback" not in err


def test_compare_table_is_side_by_side(capsys):
    code, out, _ = run(capsys, "compare", str(ARTICLE_PATH), "--actors", "Putin", "Mattis")
    assert code == 0
    header, _, *rows = out.splitlines()
    assert header.split()[:5] == ["actor", "Vladimir", "Putin", "Jim", "Mattis"] and header.split()[-1] == "unit"
    mentions = next(r for r in rows if r.startswith("mentions "))
    assert mentions.split()[:3] == ["mentions", "11", "2"] and mentions.split()[-1] == "count"
    table = out.split("\n\n")[0]  # the contrast lines after it may say "0.0 per 1,000"
    assert ".0 " not in table and "NaN" not in out
    assert "- Vladimir Putin is mentioned" in out  # the contrast lines follow, wrapped between words


def test_compare_json_is_indented_without_escaped_slashes(capsys):
    code, out, _ = run(capsys, "compare", str(ARTICLE_PATH), "--actors", "Putin", "Mattis", "--format", "json")
    assert code == 0 and "\\/" not in out and out.startswith("[\n  {\n")
    rows = json.loads(out)
    assert {r["actor"] for r in rows} == {"Vladimir Putin", "Jim Mattis"}
    assert next(r for r in rows if r["measure"] == "mentions" and r["actor"] == "Jim Mattis")["value"] == 2


def test_table_lists_only_actors_the_text_mentions(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('+++\n[actors]\n"Nobody Here" = ["Nobody"]\n+++\nMayor Ana Ruiz spoke. Ruiz left.\n',
                    encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--format", "table")
    assert code == 0 and "Nobody Here" not in out and "(0)" not in out and "Ana Ruiz (2)" in out


def test_misspelt_lexicon_category_is_a_clear_error(capsys, tmp_path):
    lexicon = tmp_path / "mine.csv"
    lexicon.write_text("term,category,rationale\nfoo,emotiv,because\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(ARTICLE_PATH), "--lexicon", str(lexicon))
    assert code == 2 and "Traceback" not in err
    assert err.strip() == (f"biaslab: error: {lexicon} line 2: unknown category 'emotiv': did you mean 'emotive'? "
                           "The categories are labeling, emotive, exaggeration, euphemism, editorializing, doubt, "
                           "hedge, booster, flag_waving, fear, factive; a new category needs a name unlike these")


def test_xlsx_output(capsys, tmp_path):
    import pandas as pd

    path = tmp_path / "tables.xlsx"
    assert run(capsys, "analyze", str(ARTICLE_PATH), "--xlsx", str(path))[0] == 0
    assert pd.read_excel(path, sheet_name="articles")["id"].tolist() == ["putin-syria-withdrawal-2017-12-11"]
