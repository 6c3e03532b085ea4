"""Corpus scoring: rows, order, bad input, output files, the CLI and executors."""
from __future__ import annotations

import json
import math
import multiprocessing
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biaslab import analyze, load_article
from biaslab.batch import (
    ACTOR_COLUMNS, IN_FLIGHT_PER_WORKER, MAX_TOKEN_CHARS, actor_rows, article_columns, article_row, iter_scores,
    score_corpus, scores_frame, write_rows,
)
from biaslab.cli import main
from biaslab.corpus import Article, ArticleError, iter_articles
from biaslab.frames import FRAME_IDS
from biaslab.lexicon import CATEGORIES, density, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_PATH = ROOT / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(ARTICLE_PATH)


@pytest.fixture(scope="module")
def variants(article) -> list[Article]:
    """Ten distinct articles made from the bundled one: each drops a different
    paragraph of the body, so every row differs (order mistakes would show)."""
    paras = article.text.split("\n\n")
    out = []
    for k in range(2, 12):
        text = "\n\n".join(p for i, p in enumerate(paras) if i != k % len(paras))
        out.append(Article(id=f"v{k:02d}", text=text, title=f"variant {k}", outlet=f"outlet {k % 3}",
                           date="2017-12-11", actors=article.actors))
    return out


def _jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _plain(value):
    """One comparable form for values read back from CSV, JSONL, Parquet or pandas."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(float(value), 9)
    return str(value)


def _records(df: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in df.to_dict("records")]


# --------------------------------------------------------------------------- rows


def test_row_equals_analyze_on_bundled_article(article):
    row = next(iter_scores([article], workers=1))
    a = analyze(article)
    loaded = density(a.loaded_terms, a.words)
    assert list(row) == list(article_columns())
    assert (row["id"], row["title"], row["date"], row["source"]) == (
        "putin-syria-withdrawal-2017-12-11", "Putin Orders Russian Troops Home During Surprise Syria Visit",
        "2017-12-11", str(ARTICLE_PATH))
    assert row["error"] == ""
    assert (row["words"], row["sentences"]) == (a.sentiment.words, a.sentiment.sentences)
    for key in ("vader_mean", "vader_weighted", "share_positive", "share_negative", "polarity_mean",
                "subjectivity_mean"):
        assert row[key] == getattr(a.sentiment, key)
    q = a.summary["quotes"]
    assert (row["quotes_direct"], row["quotes_partial"], row["quotes_scare"], row["quoted_words"]) == (
        q["direct"], q["partial"], q["scare"], q["quoted_words"])
    assert row["dominant_frame"] == a.frames.dominant
    assert {f: row[f"frame_{f}"] for f in FRAME_IDS if f != "other"} == {
        f: s for f, s in a.frames.article.items() if f != "other"}
    assert row["loaded"] == len(a.loaded_terms) == loaded.count()
    for category in CATEGORIES:
        for voice in ("author", "quoted"):
            name = f"loaded_{voice}_{category}"
            assert row[name] == loaded.count(category=category, voice=voice)
            assert row[f"{name}_per_1k"] == pytest.approx(1000 * row[name] / row["words"])


def test_row_facts_of_bundled_article(article):
    """What the article is known to contain (see its provenance note)."""
    row = next(iter_scores([article], workers=1))
    assert row["quotes_direct"] >= 2  # Putin's order, Mattis's two-paragraph answer
    assert row["quotes_scare"] >= 1  # the scare-quoted “civil war”
    assert row["loaded_author_editorializing"] >= 3  # Basically, ASAP, most importantly
    assert row["loaded"] == row["loaded_author"] + row["loaded_quoted"]
    assert row["loaded"] == sum(row[f"loaded_{c}"] for c in CATEGORIES)
    assert sum(row[f"frame_{f}"] for f in FRAME_IDS if f != "other") == pytest.approx(1.0)
    assert row[f"frame_{row['dominant_frame']}"] == max(row[f"frame_{f}"] for f in FRAME_IDS if f != "other")


def test_per_actor_rows(article):
    articles, actors = score_corpus([article], workers=1, per_actor=True)
    assert list(actors.columns) == list(ACTOR_COLUMNS)
    assert len(articles) == 1
    a = analyze(article)
    assert list(actors["actor"]) == [p.name for p in a.actors]
    putin = actors.set_index("actor").loc["Vladimir Putin"]
    assert putin["id"] == article.id
    assert putin["mentions"] == len(a.actor("Putin").mentions) > 0
    assert putin["quotes"] >= 2


def test_article_row_and_actor_rows_are_the_rows_of_score_corpus(article):
    a = analyze(article)
    row, per_actor = next(iter_scores([article], workers=1, per_actor=True))
    assert article_row(a) == row
    assert actor_rows(a) == per_actor
    assert list(article_row(a)) == list(article_columns())
    assert [list(r) for r in actor_rows(a)] == [list(ACTOR_COLUMNS)] * len(a.actors)
    assert [r["actor"] for r in actor_rows(a)] == [p.name for p in a.actors]
    assert {r["id"] for r in actor_rows(a)} == {"putin-syria-withdrawal-2017-12-11"}


def test_scores_frame_analyses_nothing_again(article, variants, monkeypatch):
    texts = [article, *variants[:2]]
    analyses = [analyze(x) for x in texts]
    expected, expected_actors = score_corpus(texts, workers=1, per_actor=True)

    def refuse(*args, **kwargs):
        raise AssertionError("scores_frame must not analyse again")

    monkeypatch.setattr("biaslab.batch.analyze", refuse)
    pd.testing.assert_frame_equal(scores_frame(analyses), expected)
    got, got_actors = scores_frame(analyses, per_actor=True)
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(got_actors, expected_actors)
    one = scores_frame(analyses[0])  # a single analysis is a table of one row
    assert list(one["id"]) == ["putin-syria-withdrawal-2017-12-11"]
    assert one.loc[0, "loaded"] == len(analyses[0].loaded_terms)
    empty = scores_frame([])
    assert empty.empty and list(empty.columns) == list(article_columns())


def test_article_row_takes_the_lexicon_for_its_category_columns(tmp_path, article):
    path = tmp_path / "extra.csv"
    path.write_text("term,category,rationale\nwithdrawal,retreat_talk,test category\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    a = analyze(article, lexicons=lexicon)
    row = article_row(a, lexicon=lexicon)
    assert list(row) == list(article_columns(lexicon))
    assert row["loaded_retreat_talk"] == article.text.lower().count("withdrawal") > 0
    assert row == next(iter_scores([article], workers=1, lexicons=lexicon))
    bundled = article_row(a)  # without the lexicon: no column for its category, the totals still count it
    assert "loaded_retreat_talk" not in bundled and bundled["loaded"] == row["loaded"]
    pd.testing.assert_frame_equal(scores_frame([a], lexicon=lexicon),
                                  score_corpus([article], workers=1, lexicons=lexicon))


def test_columns_follow_user_lexicon(tmp_path, article):
    lexicon = tmp_path / "extra.csv"
    lexicon.write_text("term,category,rationale\nwithdrawal,retreat_talk,test category\n", encoding="utf-8")
    df = score_corpus([article], workers=1, lexicons=[lexicon])
    assert "loaded_retreat_talk" in df.columns and "loaded_author_retreat_talk_per_1k" in df.columns
    assert df.loc[0, "loaded_retreat_talk"] == article.text.lower().count("withdrawal")
    assert "loaded_retreat_talk" not in article_columns()
    lexicon.write_text("term,category,rationale\nwithdrawal,retreat_talk,test\ntroops,retreat_talk,test\n",
                       encoding="utf-8")
    edited = score_corpus([article], workers=1, lexicons=[lexicon])  # an edited file is read again
    assert edited.loc[0, "loaded_retreat_talk"] > df.loc[0, "loaded_retreat_talk"]
    in_pool = score_corpus([article, article], workers=2, chunksize=1, lexicons=[lexicon])  # workers read it
    assert list(in_pool["loaded_retreat_talk"]) == [edited.loc[0, "loaded_retreat_talk"]] * 2


# --------------------------------------------------------------------------- order, workers, streaming


def test_workers_1_and_2_give_identical_rows(variants):
    one = score_corpus(variants, workers=1)
    two = score_corpus(variants, workers=2, chunksize=2)  # five chunks over two processes
    assert list(one["id"]) == [v.id for v in variants]
    pd.testing.assert_frame_equal(one, two)
    assert one["words"].nunique() > 1  # the variants really differ


def test_iter_scores_reads_the_source_lazily(variants):
    pulled = []

    def source():
        for v in variants:
            pulled.append(v.id)
            yield v

    rows = iter_scores(source(), workers=1, chunksize=2)
    assert pulled == []  # nothing is read before the first row is asked for
    first = next(rows)
    assert first["id"] == variants[0].id and len(pulled) == 2
    rows.close()

    pulled.clear()
    rows = iter_scores(source(), workers=2, chunksize=1)
    next(rows)
    assert len(pulled) <= IN_FLIGHT_PER_WORKER * 2 + 1  # bounded in-flight window
    assert multiprocessing.active_children()
    rows.close()
    assert multiprocessing.active_children() == []  # closing early ends the pool's workers at once


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=60), max_size=4))
def test_any_texts_give_one_row_each_in_order(texts):
    rows = list(iter_scores(texts, workers=1))
    assert [r["id"] for r in rows] == [f"article-{i + 1}" for i in range(len(texts))]
    for text, row in zip(texts, rows):
        assert list(row) == list(article_columns())
        assert "\n" not in row["error"]
        if not text.strip():
            assert "empty" in row["error"]
        elif text.split("\n", 1)[0].strip() != "+++":  # "+++" opens front matter, which may be bad
            assert row["error"] == "" and row["words"] >= 0


# --------------------------------------------------------------------------- bad input


@pytest.fixture
def bad_folder(tmp_path, article):
    folder = tmp_path / "corpus"
    folder.mkdir()
    good = ARTICLE_PATH.read_text(encoding="utf-8")
    (folder / "a_good.txt").write_text(good, encoding="utf-8")
    (folder / "b_undecodable.txt").write_bytes("Caf\u00e9 cr\u00e8me".encode("latin-1"))
    (folder / "c_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "d_pathological.txt").write_text("x" * 1_000_000, encoding="utf-8")
    (folder / "e_good.md").write_text(article.text, encoding="utf-8")
    return folder


def test_bad_entries_become_error_rows(bad_folder):
    df = score_corpus(bad_folder, workers=1)
    assert list(df["id"]) == ["putin-syria-withdrawal-2017-12-11", "b_undecodable", "c_empty",
                              "d_pathological", "e_good"]
    errors = dict(zip(df["id"], df["error"]))
    assert "not valid UTF-8" in errors["b_undecodable"]
    assert "empty" in errors["c_empty"]
    assert "too long" in errors["d_pathological"]
    assert errors["e_good"] == "" and errors["putin-syria-withdrawal-2017-12-11"] == ""
    failed = df[df["error"] != ""]
    assert failed["words"].isna().all() and failed["vader_mean"].isna().all()
    assert df.loc[df["id"] == "e_good", "words"].item() == df["words"].iloc[0]


def test_malformed_jsonl_line_is_an_error_row(tmp_path, article):
    corpus = _jsonl(tmp_path / "c.jsonl", [
        {"id": "ok", "text": article.text}, '{"id": "broken", "text": ', {"id": "no-text"}, {"text": "Short one."},
    ])
    rows = list(iter_scores(corpus, workers=1))
    assert [r["id"] for r in rows] == ["ok", "c:2", "c:3", "c:4"]
    assert [bool(r["error"]) for r in rows] == [False, True, True, False]
    assert "line 2: malformed JSON" in rows[1]["error"] and "no 'text' field" in rows[2]["error"]
    assert rows[1]["source"].endswith("line 2")


def test_exception_inside_analysis_is_an_error_row(monkeypatch, article):
    import biaslab.batch as batch

    real = batch.analyze

    def flaky(item, **kwargs):
        if "BOOM" in item.text:
            raise RuntimeError("tagger exploded\non two lines")
        return real(item, **kwargs)

    monkeypatch.setattr(batch, "analyze", flaky)
    items = [article, Article(id="bomb", text="BOOM goes the article.", title="t"), "A plain text, fine."]
    rows = list(iter_scores(items, workers=1))
    assert [r["id"] for r in rows] == [article.id, "bomb", "article-3"]
    assert rows[1]["error"] == "RuntimeError: tagger exploded on two lines"
    assert rows[1]["title"] == "t"
    assert rows[0]["error"] == rows[2]["error"] == ""


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched analysis reaches the workers only by fork")
def test_a_worker_that_dies_fails_only_its_article(monkeypatch):
    import os

    import biaslab.batch as batch

    real = batch.analyze

    def crash(item, **kwargs):
        if "CRASH" in item.text:
            os._exit(3)  # what the kernel's out-of-memory killer looks like to the pool
        return real(item, **kwargs)

    monkeypatch.setattr(batch, "analyze", crash)
    texts = [f"Troops crossed the border on day {i}." for i in range(12)]
    texts[5] = "CRASH here."
    df = score_corpus(texts, workers=2, chunksize=2)
    assert list(df["id"]) == [f"article-{i + 1}" for i in range(12)]
    assert list(df.index[df["error"] != ""]) == [5]
    assert "worker process died" in df.loc[5, "error"]
    assert (df.drop(index=5)["words"] == 7).all()


@pytest.mark.parametrize("item, message", [
    (ArticleError("x", "somewhere", "somewhere: not valid UTF-8"), "somewhere: not valid UTF-8"),
    (42, "expected an Article or a text, got int"),
    ("word " * 10 + "y" * (MAX_TOKEN_CHARS + 1), "without a space"),
    ("", "empty"),
])
def test_error_messages(item, message):
    row = next(iter_scores([item], workers=1))
    assert message in row["error"]


def test_cli_with_bad_entries_exits_2(bad_folder, tmp_path, capsys):
    out = tmp_path / "rows.csv"
    status = main(["score", str(bad_folder), "--out", str(out), "--workers", "2", "--quiet"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.strip().splitlines()[-1].startswith("biaslab: scored 2 articles, 3 failed")
    assert "b_undecodable: " in err
    df = pd.read_csv(out, keep_default_na=False)
    assert len(df) == 5 and (df["error"] != "").sum() == 3


# --------------------------------------------------------------------------- output files and CLI


@pytest.mark.parametrize("suffix, reader", [
    (".csv", pd.read_csv),
    (".jsonl", lambda p: pd.DataFrame([json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()])),
    (".parquet", pd.read_parquet),
])
def test_outputs_read_back_with_the_same_rows(tmp_path, bad_folder, suffix, reader, capsys):
    expected = score_corpus(bad_folder, workers=1, per_actor=True)
    out, actors_out = tmp_path / f"rows{suffix}", tmp_path / f"actors{suffix}"
    status = main(["score", str(bad_folder), "--out", str(out), "--actors-out", str(actors_out),
                   "--workers", "1", "--quiet"])
    assert status == 2
    got, got_actors = reader(out), reader(actors_out)
    assert list(got.columns) == list(expected[0].columns)
    assert _records(got) == _records(expected[0])
    assert _records(got_actors) == _records(expected[1])


def test_write_rows_streams_iter_scores(tmp_path, variants):
    out = tmp_path / "rows.jsonl"
    assert write_rows(iter_scores(variants[:3], workers=1), out, article_columns()) == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [v.id for v in variants[:3]]
    assert list(rows[0]) == list(article_columns())


def test_a_dataframe_source_is_refused_with_advice():
    with pytest.raises(TypeError, match=r"df\['text'\]"):
        score_corpus(pd.DataFrame({"text": ["One.", "Two."]}), workers=1)


def test_cli_end_to_end(tmp_path, capsys):
    out = tmp_path / "scores.jsonl"
    status = main(["score", str(ARTICLE_PATH), "--out", str(out), "--workers", "1", "--quiet",
                   "--actor", "Khmeimim=Khmeimim air base"])
    captured = capsys.readouterr()
    assert status == 0 and captured.out == ""
    assert captured.err == ""  # --quiet: nothing on success
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "putin-syria-withdrawal-2017-12-11" and row["error"] == ""


@pytest.mark.parametrize("argv, message", [
    (["--out", "rows.xlsx"], "unknown output format '.xlsx'"),
    (["--out", "rows"], "unknown output format '(no extension)'"),
    (["--out", "rows.csv", "--actors-out", "a.txt"], "unknown output format '.txt'"),
    (["--out", "no/such/dir/rows.csv"], "cannot write"),
    (["--out", "rows.csv", "--workers", "0"], "workers must be at least 1"),
])
def test_cli_usage_errors_are_one_line(tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(tmp_path)
    status = main(["score", str(ARTICLE_PATH), *argv, "--quiet"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_cli_missing_corpus_writes_nothing(tmp_path, capsys):
    out = tmp_path / "rows.csv"
    assert main(["score", str(tmp_path / "nope.jsonl"), "--out", str(out), "--quiet"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not out.exists()


def test_parquet_without_pyarrow_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert main(["score", str(ARTICLE_PATH), "--out", str(tmp_path / "r.parquet"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "pip install pyarrow" in err and err.count("\n") == 1


# --------------------------------------------------------------------------- Dask


def test_dask_executor_gives_the_same_rows(variants):
    distributed = pytest.importorskip("distributed")
    expected = score_corpus(variants[:6], workers=1)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        got = score_corpus(variants[:6], executor=client.get_executor(), workers=2, chunksize=2)
    pd.testing.assert_frame_equal(expected, got)


def test_corpus_reader_and_texts_agree(tmp_path, article):
    """The same article given as a path, an Article or its raw text scores the same."""
    from_path = next(iter_scores(ARTICLE_PATH, workers=1))
    raw = ARTICLE_PATH.read_text(encoding="utf-8")
    from_text = next(iter_scores([raw], workers=1))
    assert next(iter(iter_articles(ARTICLE_PATH))).id == from_path["id"] == from_text["id"]
    skip = {"source"}
    assert {k: v for k, v in from_path.items() if k not in skip} == {
        k: v for k, v in from_text.items() if k not in skip}


def test_actor_rows_agree_with_compare_on_loaded_descriptors():
    import biaslab
    from biaslab.batch import actor_rows
    from biaslab.comparison import compare

    a = biaslab.analyze(biaslab.load_article(ROOT / "corpus" / "khmeimim-washington-slant-2017-12-11.txt"))
    rows = {r["actor"]: r["loaded_descriptors"] for r in actor_rows(a)}
    table = compare(a)
    measured = table[table["measure"] == "loaded_descriptors"].set_index("actor")["value"].to_dict()
    assert rows == {k: int(v) for k, v in measured.items()}
    assert rows["Vladimir Putin"] == 2
