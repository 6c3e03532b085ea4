"""The document model and loaders, including the bad-input table."""
import json

import pytest

from biaslab.corpus import Article, ArticleError, InputError, article_from_text, iter_articles, load_article, parse_actor_option
from conftest import ARTICLE_PATH


def test_bundled_article_metadata():
    a = load_article(ARTICLE_PATH)
    assert a.id == "putin-syria-withdrawal-2017-12-11"
    assert a.title == "Putin Orders Russian Troops Home During Surprise Syria Visit"
    assert a.date == "2017-12-11" and a.outlet == "unknown"
    assert "not the original text" in a.provenance
    assert set(a.actors) == {"Vladimir Putin", "Jim Mattis", "Donald Trump", "Bashar al-Assad",
                             "Sergey Shoigu", "ISIS", "Russia", "United States"}
    assert "the Russian leader" in a.actors["Vladimir Putin"]
    assert a.text.startswith("Putin Orders Russian Troops Home") and "+++" not in a.text


def test_text_without_front_matter_guesses_title():
    a = article_from_text("Big Headline Here\n\nBody sentence one. Body two.", id="x")
    assert a.title == "Big Headline Here" and a.id == "x" and a.actors == {}
    b = article_from_text("Just a sentence. Another one.")
    assert b.title is None


def test_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHello world. Text.".encode("utf-8"))
    assert load_article(p).text == "Hello world. Text."


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not valid UTF-8"),
        ("front.txt", b"+++\ntitle = 'x'\nNo closing line\n", "never closed"),
        ("badtoml.txt", b"+++\ntitle = \n+++\nBody text.", "bad front matter"),
        ("onlyfront.txt", b"+++\ntitle = 'x'\n+++\n", "empty"),
    ],
)
def test_bad_text_files(tmp_path, name, data, message):
    p = _write(tmp_path, name, data)
    with pytest.raises(InputError, match=message) as info:
        load_article(p)
    assert "\n" not in str(info.value) and str(p) in str(info.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file"):
        list(iter_articles(tmp_path / "nope"))


def test_folder_corpus_keeps_going_past_bad_files(tmp_path):
    _write(tmp_path, "a.txt", "First article. It is fine.")
    _write(tmp_path, "b.txt", b"\xff\xfe\xfa broken")
    _write(tmp_path, "c.md", "Third article.")
    _write(tmp_path, "ignored.png", b"\x00\x01")
    items = list(iter_articles(tmp_path))
    assert [type(i) for i in items] == [Article, ArticleError, Article]
    assert items[1].id == "b" and "UTF-8" in items[1].message


def test_jsonl_corpus_names_the_bad_line(tmp_path):
    lines = [json.dumps({"id": "one", "text": "Fine text.", "actors": {"Putin": ["Vladimir Putin"]}}),
             "{not json",
             json.dumps({"title": "no text"}),
             "",
             json.dumps({"text": "   "}),
             json.dumps(["a list"]),
             json.dumps({"text": "Last one."})]
    p = _write(tmp_path, "c.jsonl", "\n".join(lines))
    items = list(iter_articles(p))
    assert [getattr(i, "id") for i in items] == ["one", "c:2", "c:3", "c:5", "c:6", "c:7"]
    assert items[0].actors == {"Putin": ("Vladimir Putin",)}
    assert "line 2: malformed JSON" in items[1].message
    assert "line 3: no 'text' field" in items[2].message
    assert "empty" in items[3].message and "JSON object" in items[4].message
    assert isinstance(items[5], Article)


def test_csv_corpus(tmp_path):
    p = _write(tmp_path, "c.csv", 'id,title,text,actors\n1,T,"Hello, there. Text.",Putin=Vladimir Putin|the Russian leader\n2,U,"",\n')
    items = list(iter_articles(p))
    assert items[0].text == "Hello, there. Text." and items[0].actors == {"Putin": ("Vladimir Putin", "the Russian leader")}
    assert isinstance(items[1], ArticleError) and "row 2" in items[1].message


def test_csv_without_text_column(tmp_path):
    p = _write(tmp_path, "c.csv", "id,body\n1,hello\n")
    with pytest.raises(InputError, match="no 'text' column"):
        list(iter_articles(p))


def test_binary_jsonl_is_refused(tmp_path):
    p = _write(tmp_path, "c.jsonl", b"\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        list(iter_articles(p))


@pytest.mark.parametrize(
    "values, expected",
    [
        (["Putin=Vladimir Putin|the Russian leader"], {"Putin": ("Vladimir Putin", "the Russian leader")}),
        (["Mattis"], {"Mattis": ()}),
        (["A=x| |y", ""], {"A": ("x", "y")}),
    ],
)
def test_parse_actor_option(values, expected):
    assert parse_actor_option(values) == expected


def test_parse_actor_option_rejects_missing_name():
    with pytest.raises(InputError):
        parse_actor_option(["=alias"])
