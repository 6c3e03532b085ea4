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
    _write(tmp_path, "b.txt", b"\xfa\xff broken")  # (FF FE would open UTF-16)
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


# --------------------------------------------------------------------------- reliability of the loaders (issue 15)


def test_crlf_front_matter_loads_like_lf(tmp_path):
    lf = "+++\ntitle = \"T\"\ndate = \"2017-12-11\"\n[actors]\n\"Jim Mattis\" = [\"Mattis\"]\n+++\nHead line\n\nMattis spoke.\n"
    a = load_article(_write(tmp_path, "lf.txt", lf))
    b = load_article(_write(tmp_path, "crlf.txt", lf.replace("\n", "\r\n")))
    assert (b.title, b.date, b.actors) == (a.title, a.date, a.actors) == ("T", "2017-12-11", {"Jim Mattis": ("Mattis",)})
    assert b.text == a.text.replace("\n", "\r\n")  # the body keeps its line ends: offsets are into it as loaded


@pytest.mark.parametrize("text, message", [
    ("+++\r\ntitle = 'x'\r\nno closing line\r\n", "never closed"),
    ("+++\r\ntitle = 'x'\r\n+++\r\n", "empty"),
    ("+++\ntitle = {a = 1}\n+++\nBody.", "'title' must be a string, not a table"),
    ("+++\noutlet = 5\n+++\nBody.", "'outlet' must be a string, not a number"),
    ("+++\nurl = [\"a\"]\n+++\nBody.", "'url' must be a string, not a list"),
    ("+++\nprovenance = true\n+++\nBody.", "'provenance' must be a string, not true/false"),
    ("+++\nid = 1.5\n+++\nBody.", "'id' must be a string or an integer, not a number"),
    ("+++\ndate = 12:30:00\n+++\nBody.", None),  # a TOML time is a date value: accepted, as ISO text
    ("+++\nactors = \"Putin\"\n+++\nBody.", None),  # an actor string is NAME=aliases
    ("+++\nactors = 3\n+++\nBody.", "'actors' must map names to lists of aliases, not a number"),
    ("+++\n[actors]\nPutin = [1]\n+++\nBody.", "aliases of actor 'Putin' must be strings"),
])
def test_front_matter_values_are_checked(text, message):
    if message is None:
        article_from_text(text)
    else:
        with pytest.raises(InputError, match=message):
            article_from_text(text)


def test_front_matter_dates_and_integer_ids_become_text():
    a = article_from_text("+++\nid = 42\ndate = 2017-12-11\n+++\nBody text.")
    assert (a.id, a.date) == ("42", "2017-12-11")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32", b""),  # Python's utf-16/32 write a BOM
])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path, encoding, bom):
    text = "Putin’s “victory” — Mattis disagreed."
    assert load_article(_write(tmp_path, "wide.txt", bom + text.encode(encoding))).text == text


def test_broken_utf16_is_named(tmp_path):
    with pytest.raises(InputError, match="not valid UTF-16"):
        load_article(_write(tmp_path, "odd.txt", b"\xff\xfeA\x00B"))  # an odd number of bytes


def test_utf16_jsonl_and_csv(tmp_path):
    j = _write(tmp_path, "w.jsonl", ('{"text": "First one."}\n{"text": "Second one."}\n').encode("utf-16"))
    c = _write(tmp_path, "w.csv", "id,text\n1,First one.\n2,Second one.\n".encode("utf-16"))
    assert [a.text for a in iter_articles(j)] == [a.text for a in iter_articles(c)] == ["First one.", "Second one."]


def test_fifo_is_refused_without_waiting(tmp_path):
    os = pytest.importorskip("os")
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        load_article(fifo)
    with pytest.raises(InputError, match="FIFO"):
        list(iter_articles(fifo))
    (tmp_path / "ok.txt").write_text("A fine article.", encoding="utf-8")
    items = list(iter_articles(tmp_path))
    assert [type(i) for i in items] == [Article, ArticleError] and "FIFO" in items[1].message


def test_folder_reports_every_entry_it_cannot_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "First article, fine.")
    (folder / "b.txt").mkdir()  # a folder named like an article
    (folder / "c.txt").symlink_to(folder / "missing.txt")  # dangling
    (folder / "d.txt").symlink_to(folder / "e.txt")  # a loop: d -> e -> d
    (folder / "e.txt").symlink_to(folder / "d.txt")
    (folder / "f.md").symlink_to(folder / "a.txt")  # a good link is read
    items = list(iter_articles(folder))
    assert [i.id for i in items] == ["a", "b", "c", "d", "e", "f"]
    assert [type(i) for i in items] == [Article, ArticleError, ArticleError, ArticleError, ArticleError, Article]
    messages = [i.message for i in items if isinstance(i, ArticleError)]
    assert "is a folder" in messages[0] and "broken symbolic link" in messages[1]
    assert "symbolic link loop" in messages[2] and "symbolic link loop" in messages[3]
    assert all("\n" not in m for m in messages)


def test_a_bad_byte_in_jsonl_spoils_only_its_line(tmp_path):
    """Issue 15's example: the second line holds a Latin-1 é."""
    p = _write(tmp_path, "u.jsonl", b'{"text":"Putin said the war is over."}\n{"text":"caf\xe9"}\n{"text":"Mattis said no."}\n')
    items = list(iter_articles(p))
    assert [type(i) for i in items] == [Article, ArticleError, Article]
    assert items[1].id == "u:2" and items[1].message == f"{p} line 2: not valid UTF-8 (byte 0xe9 at column 13)"
    assert items[2].text == "Mattis said no."


def test_a_bad_byte_in_a_long_jsonl_corpus(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": f"Article {i} is fine."}).encode() for i in range(2000)]
    lines[999] = b'{"id": "bad", "text": "caf\xe9"}'
    items = list(iter_articles(_write(tmp_path, "big.jsonl", b"\n".join(lines))))
    assert len(items) == 2000 and sum(isinstance(i, Article) for i in items) == 1999
    assert isinstance(items[999], ArticleError) and "line 1000:" in items[999].message


def test_deeply_nested_jsonl_line_is_an_error_row(tmp_path):
    p = _write(tmp_path, "deep.jsonl", "\n".join([json.dumps({"text": "Before."}), "[" * 100000 + "]" * 100000,
                                                  json.dumps({"text": "After."})]))
    items = list(iter_articles(p))
    assert [type(i) for i in items] == [Article, ArticleError, Article]
    assert "line 2: JSON nested too deeply" in items[1].message


def test_lone_surrogates_become_replacement_characters_with_a_note(tmp_path):
    p = _write(tmp_path, "s.jsonl", '{"title": "Cut \\ud83d", "text": "Emoji \\ude00 cut. Fine \\ud83d\\ude00 pair."}\n')
    (a,) = iter_articles(p)
    assert a.title == "Cut \ufffd" and a.text == "Emoji \ufffd cut. Fine \U0001F600 pair."
    assert a.notes == ("replaced 2 lone surrogates (half of a UTF-16 pair, such as an emoji cut in two) "
                       "with U+FFFD",)
    assert a.metadata()["notes"] == list(a.notes)
    assert article_from_text("No surrogates here.").notes == ()


@pytest.mark.parametrize("record, message", [
    ({"text": 5}, "'text' must be a string, not a number"),
    ({"text": ["a"]}, "'text' must be a string, not a list"),
    ({"text": "Fine.", "title": {"a": 1}}, "'title' must be a string, not a table"),
    ({"text": "Fine.", "date": 20171211}, "'date' must be a string or a date, not a number"),
    ({"text": "Fine.", "id": True}, "'id' must be a string or an integer, not true/false"),
    ({"text": "Fine.", "actors": [1, 2]}, "'actors' must map names to lists of aliases, not a list"),
    ({"text": "Fine.", "actors": {"A": {"b": 1}}}, "aliases of actor 'A' must be strings"),
])
def test_jsonl_values_of_the_wrong_type_are_error_rows(tmp_path, record, message):
    p = _write(tmp_path, "t.jsonl", json.dumps(record) + "\n" + json.dumps({"text": "Next."}))
    bad, good = iter_articles(p)
    assert isinstance(bad, ArticleError) and bad.message == f"{p} line 1: {message}"
    assert good.text == "Next."


def test_jsonl_integer_id(tmp_path):
    (a,) = iter_articles(_write(tmp_path, "i.jsonl", json.dumps({"id": 7, "text": "Fine."})))
    assert a.id == "7"


def test_binary_first_line_refuses_a_jsonl_file_but_a_later_nul_is_one_row(tmp_path):
    with pytest.raises(InputError, match="binary"):
        list(iter_articles(_write(tmp_path, "gz.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\n{}")))
    items = list(iter_articles(_write(tmp_path, "nul.jsonl", b'{"text": "Fine."}\n{"text": "a\x00b"}\n')))
    assert [type(i) for i in items] == [Article, ArticleError] and "malformed JSON" in items[1].message


def test_unterminated_csv_quote_is_reported_with_its_line(tmp_path):
    p = _write(tmp_path, "q.csv", 'id,text\n1,Fine one.\n2,"Opened here\n3,swallowed\n4,also swallowed\n')
    items = list(iter_articles(p))
    assert [type(i) for i in items] == [Article, ArticleError]
    assert items[1].message == (f"{p} row 2: a quoted field opened on line 3 is never closed, so the rest of the "
                                "file (lines 3-5) was read into it; close the quote")


def test_csv_rows_with_bad_bytes_or_quoting_are_error_rows(tmp_path):
    p = _write(tmp_path, "b.csv", b'id,text\n1,Fine one.\n2,caf\xe9\n3,"bad"quote\n4,a,extra\n5,"Multi\nline, fine."\n')
    items = list(iter_articles(p))
    assert [type(i) for i in items] == [Article, ArticleError, ArticleError, ArticleError, Article]
    assert items[1].message == f"{p} row 2: column 'text' is not valid UTF-8 (byte 0xe9)"
    assert items[2].message.startswith(f"{p} row 3 (line 4): malformed CSV")
    assert "more field(s) than the header" in items[3].message
    assert items[4].text == "Multi\nline, fine." and items[4].id == "5"


@pytest.mark.parametrize("values, expected", [
    ([r"AT\=T Inc=AT\=T|the carrier"], {"AT=T Inc": ("AT=T", "the carrier")}),
    ([r"A\|B=x\|y|z"], {"A|B": ("x|y", "z")}),
    (["Name=a=b"], {"Name": ("a=b",)}),  # after the name, a plain = belongs to the alias
    ([r"C:\path=x"], {r"C:\path": ("x",)}),  # other backslashes are kept
])
def test_actor_names_and_aliases_may_contain_separators(values, expected):
    assert parse_actor_option(values) == expected


def test_csv_actors_cell_with_escaped_separators(tmp_path):
    p = _write(tmp_path, "a.csv", 'text,actors\nFine text.,A\\;B=x;C=y\\=z\n')
    (a,) = iter_articles(p)
    assert a.actors == {"A;B": ("x",), "C": ("y=z",)}
