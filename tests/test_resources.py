"""Shared resources: checked CSV data tables and the quotation-mark classes."""
from __future__ import annotations

import csv
import unicodedata
from importlib import resources as importlib_resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import agency, frames, lexicon, morphology, resources
from biaslab.actors import titles
from biaslab.quotes import verbs
from biaslab.quotes.model import QuoteDataError
from biaslab.resources import ResourceError, csv_table, data_table
from biaslab.segmentation import APOSTROPHES, DOUBLE_QUOTES, ENGLISH_QUOTES, SINGLE_QUOTES, fold_quotes

SHIPPED = ("loaded_terms.csv", "reporting_verbs.csv", "frame_cues.csv", "agency_verbs.csv",
           "actor_titles.csv", "nationalities.csv", "abbreviations.csv", "irregular_verbs.csv",
           "actor_aliases.csv", "actor_heads.csv", "connotation_frames.csv", "tone_words.csv",
           "polnear_referents.csv", "person_nouns.csv")


class TableError(ValueError):
    """Stands for a module's own error class."""


@pytest.fixture
def csv_file(monkeypatch):
    """Serve ``text`` as the data file ``t.csv`` (through the real reading path)."""
    def serve(text: str) -> None:
        monkeypatch.setattr(resources, "data_text", lambda name: text)
    return serve


# --- data_table: malformed files -----------------------------------------------------------------
#: (CSV text, data_table options, exact message)
MALFORMED = [
    ("name,kind\nx,a\n", {}, "t.csv line 1: missing column(s) source (the header has name, kind)"),
    ("# provenance\n#\nname,source\nx,s\n", {"optional": ("note",)},
     "t.csv line 3: missing column(s) note (the header has name, source)"),
    ("name,source\nx,s\n", {"choices": {"kind": ("a",)}},
     "t.csv line 1: missing column(s) kind (the header has name, source)"),
    ("name,kind,source\nx,a,s\ny,b,\n", {}, "t.csv line 3: empty source"),
    ("name,kind,source\nx,a,s\n  ,b,s\n", {}, "t.csv line 3: empty name"),  # blank = empty
    ("name,kind,source\nx,a,s\ny,c,s\n", {"choices": {"kind": ("b", "a")}},
     "t.csv line 3: unknown kind 'c' (expected one of: a, b)"),
    ("name,kind,source\nx,A,s\n", {"choices": {"kind": {"a"}}},
     "t.csv line 2: unknown kind 'A' (expected one of: a)"),  # choices are case-sensitive
    ("name,kind,source\nx,a,s\ny,a,s\nx,b,s\n", {"unique": "name"},
     "t.csv line 4: duplicate name 'x' (first at line 2)"),
    ("name,kind,source\nWar  Crime,a,s\n# between\nwar crime,b,s\n",
     {"unique": "name", "key": lambda v: " ".join(v.lower().split())},
     "t.csv line 4: duplicate name 'war crime' (first at line 2)"),
    ("name,kind,source\nx,a,s\nx,b,s\nx,a,s\n", {"unique": ("name", "kind")},
     "t.csv line 4: duplicate name/kind 'x/a' (first at line 2)"),
    ("name,kind,source\nx,a,s\ny,\"b,c\",d,s\n", {}, "t.csv line 3: expected 3 fields (name, kind, source), found 4"),
    ("name,kind,source\nx,a\n", {}, "t.csv line 2: expected 3 fields (name, kind, source), found 2"),
    ("# only provenance\n\n# nothing else\n", {}, "t.csv: no header line"),
    ("", {}, "t.csv: no header line"),
]


@pytest.mark.parametrize(("text", "options", "message"), MALFORMED)
def test_malformed_tables_name_the_file_and_line(csv_file, text, options, message):
    csv_file(text)
    with pytest.raises(TableError) as info:
        data_table("t.csv", required=("name", "source"), error=TableError, **options)
    assert str(info.value) == message


def test_the_default_error_is_a_resource_error(csv_file):
    csv_file("name\nx\n")
    with pytest.raises(ResourceError, match=r"^t\.csv line 1: missing column\(s\) source"):
        data_table("t.csv", required=("name", "source"))


# --- data_table: well-formed files ---------------------------------------------------------------
WELL_FORMED = [
    # comment lines (also indented) and blank lines are skipped; line numbers are the file's
    ("# what: test\n  # indented comment\n\nname,source\n\nx,s1\n# between rows\ny,s2\n",
     [(6, {"name": "x", "source": "s1"}), (8, {"name": "y", "source": "s2"})]),
    # quoted commas stay in one field; values and column names are stripped
    ('name , source\n"Quirk, Greenbaum & Leech","Quirk et al. 1985, §3.11"  \n',
     [(2, {"name": "Quirk, Greenbaum & Leech", "source": "Quirk et al. 1985, §3.11"})]),
    # a # inside a value or after the first column is data, not a comment
    ("name,source\nC#,AP Stylebook #3\n", [(2, {"name": "C#", "source": "AP Stylebook #3"})]),
    # a header alone is an empty table
    ("# c\nname,source\n", []),
]


@pytest.mark.parametrize(("text", "rows"), WELL_FORMED)
def test_well_formed_tables(csv_file, text, rows):
    csv_file(text)
    assert data_table("t.csv", required=("name", "source"), unique="name", error=TableError) == rows


def test_optional_columns_may_be_empty_and_choices_pass(csv_file):
    csv_file("name,kind,note,source\nx,a,,s\ny,b,why,s\n")
    rows = data_table("t.csv", required=("name", "source"), optional=("note",),
                      choices={"kind": {"a", "b"}}, error=TableError)
    assert [(line, row["note"]) for line, row in rows] == [(2, ""), (3, "why")]


def test_csv_table_checks_the_header_before_any_row():
    header_line, columns, rows = csv_table("# c\nname,source\nx\n", name="t.csv", error=TableError)
    assert (header_line, columns) == (2, ["name", "source"])
    with pytest.raises(TableError, match=r"^t\.csv line 3: expected 2 fields"):
        list(rows)


# --- the shipped files ---------------------------------------------------------------------------
def test_the_shipped_data_files_are_the_known_ones():
    shipped = {p.name for p in (importlib_resources.files("biaslab") / "data").iterdir() if p.name.endswith(".csv")}
    assert shipped == set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_file_has_a_source_per_row(name):
    rows = data_table(name, required=("source",))
    assert len(rows) >= 50  # the smallest file, nationalities.csv, lists 55 countries
    assert all(row["source"].strip() for _, row in rows)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_file_is_strict_csv(name):
    """A quotation mark inside a quoted field is doubled (RFC 4180): Python's lenient reader would
    otherwise keep the field but mangle its text."""
    text = (importlib_resources.files("biaslab") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(list(csv.reader(lines, strict=True))) == len(lines)


#: (loader, cache to clear, file, its header without the source column, expected error class)
LOADERS = [
    (frames._lexicon, frames._lexicon, "frame_cues.csv", "frame,cue,weight", frames.FrameLexiconError),
    (agency.load_agency_verbs, agency.load_agency_verbs, "agency_verbs.csv", "verb,power,agency,note",
     agency.AgencyLexiconError),
    (morphology._irregular, morphology._irregular, "irregular_verbs.csv", "base,forms",
     morphology.MorphologyDataError),
    (verbs.load_reporting_verbs, verbs.load_reporting_verbs, "reporting_verbs.csv", "verb,class,hearer,note",
     QuoteDataError),
    (titles._titles, titles._titles, "actor_titles.csv", "title,category", ResourceError),
    (titles._nationality_rows, titles._nationality_rows, "nationalities.csv", "country,names,adjective",
     ResourceError),
    (lexicon.Lexicon.default, lexicon._default_lexicon, "loaded_terms.csv",
     "term,category,strength,neutral,guard,rationale", lexicon.LexiconError),
]


@pytest.mark.parametrize(("load", "cache", "name", "header", "error"), LOADERS,
                         ids=[row[2] for row in LOADERS])
def test_each_loader_requires_a_source_column_and_raises_its_own_error(monkeypatch, load, cache, name, header,
                                                                       error):
    text = f"# provenance\n{header}\n"
    monkeypatch.setattr(resources, "data_text", lambda requested: text)
    cache.cache_clear()
    try:
        with pytest.raises(error) as info:
            load()
    finally:
        monkeypatch.undo()
        cache.cache_clear()
    assert str(info.value) == (f"{name} line 2: missing column(s) source "
                               f"(the header has {header.replace(',', ', ')})")


@pytest.mark.parametrize(("load", "text", "error", "message"), [
    # a mistyped title category is an error, not a title that silently refers to no one
    (titles._titles, "title,category,source\nPresident,head_of_state,AP\nDoge,ruler,AP\n", ResourceError,
     "actor_titles.csv line 3: unknown category 'ruler' (expected one of: courtesy, head_of_government, "
     "head_of_state, judicial, leader, legislator, military, minister, official, religious, royal)"),
    # a reporting verb is a duplicate by its base form, whatever its case and irregular forms
    (verbs.load_reporting_verbs, "verb,class,hearer,note,source\nsay,neutral,no,,x\nSay|said,neutral,no,,x\n",
     QuoteDataError, "reporting_verbs.csv line 3: duplicate verb 'Say|said' (first at line 2)"),
    (verbs.load_reporting_verbs, "verb,class,hearer,note,source\nsay,neutral,maybe,,x\n",
     QuoteDataError, "reporting_verbs.csv line 2: unknown hearer 'maybe' (expected one of: no, yes)"),
    # an irregular verb listed twice
    (morphology._irregular, "base,forms,source\nsay,said,Q\nsay,says,Q\n", morphology.MorphologyDataError,
     "irregular_verbs.csv line 3: duplicate base 'say' (first at line 2)"),
])
def test_loader_checks_values(monkeypatch, load, text, error, message):
    monkeypatch.setattr(resources, "data_text", lambda requested: text)
    load.cache_clear()
    try:
        with pytest.raises(error) as info:
            load()
    finally:
        monkeypatch.undo()
        load.cache_clear()
    assert str(info.value) == message


# --- the Pattern tagger lexicon -------------------------------------------------------------------
def test_the_tagger_uses_a_copy_of_patterns_own_lexicon():
    """biaslab reads en-lexicon.txt in one pass: the same entries in the same order as
    TextBlob's lexicon, in a parser of its own (TextBlob's objects stay untouched)."""
    import textblob.en

    parser, _ = resources._pattern()
    shipped = textblob.en.lexicon
    len(shipped)  # Pattern's own load
    assert parser is not textblob.en.parser and parser.lexicon is not shipped
    assert list(dict.items(parser.lexicon)) == list(dict.items(shipped))
    assert (parser.default, parser.language) == (textblob.en.parser.default, textblob.en.parser.language)
    for rules in ("morphology", "context", "entities"):
        assert list(getattr(parser.lexicon, rules)) == list(getattr(shipped, rules))


#: Lexicon files that exercise Pattern's parse: comments, blank and indented lines,
#: extra fields, CRLF and CR line ends, non-ASCII words, a later duplicate.
LEXICON_FILES = [
    ";;; comment\nThe DT\n\n  cat NN  \n;;;another\ncat NNS\n",
    "word TAG extra fields\r\nnaïve JJ\r\n\t tab\tNN x\rlast VB",
    "a  DT\n ;;; indented comment\nb NN\n",
]


@pytest.mark.parametrize("text", LEXICON_FILES)
def test_the_one_pass_lexicon_parses_like_pattern(tmp_path, text):
    from textblob._text import Lexicon

    path = tmp_path / "lexicon.txt"
    path.write_bytes(text.encode("utf-8"))
    pattern = Lexicon(path=str(path), language="en")
    ours = resources._one_pass_copy(pattern)
    assert type(ours) is not Lexicon and len(ours) == len(pattern) > 0  # each loaded by its own load()
    assert list(dict.items(ours)) == list(dict.items(pattern))


@pytest.mark.parametrize("word", ["the", "The", "minister", "said", "Putin", "unknownword", "", "co-host", "’s"])
def test_the_tagger_lexicon_copy_answers_lookups_like_patterns(word):
    """The copy's lookups skip Pattern's lazy wrapper: the same answers as TextBlob's lexicon."""
    import textblob.en

    ours, shipped = resources._pattern()[0].lexicon, textblob.en.lexicon
    assert (word in ours, ours.get(word), ours.get(word, "x")) == (word in shipped, shipped.get(word),
                                                                    shipped.get(word, "x"))
    if word in shipped:
        assert ours[word] == shipped[word]


#: Sentences written for this test: adjectives and their -ly adverbs, negation, intensifiers,
#: exclamations, words in capitals, an emoticon, contractions, curly marks, nothing to score.
SENTIMENT_TEXTS = [
    "The talks were a great success.", "It was not a terrible idea, just a bad one!",
    "The very happy minister spoke terribly slowly.", "An AWFUL, awful decision :(",
    "They didn’t say it’s “wonderful”.", "", "12 34 ...", "Never good, hardly bad, extremely poor.",
]


@pytest.mark.parametrize("text", SENTIMENT_TEXTS)
def test_the_sentiment_copy_scores_like_textblob(text):
    import textblob.en

    ours = resources.pattern_sentiment()
    assert ours is not textblob.en.sentiment
    assert ours(text) == textblob.en.sentiment(text)


def test_the_sentiment_copy_holds_textblobs_table():
    import textblob.en

    ours, shipped = resources.pattern_sentiment(), textblob.en.sentiment
    len(shipped)  # TextBlob's own load
    assert list(dict.items(ours)) == list(dict.items(shipped)) and ours.labeler == shipped.labeler
    assert (ours.negations, ours.modifiers, ours.language) == (shipped.negations, shipped.modifiers,
                                                                shipped.language)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "not", "very", "terribly", "GREAT", "!", "?", ",", "’s", "n't",
                                 "the", "minister", "awful", ":)", " "]), max_size=15).map(" ".join))
def test_the_sentiment_copy_scores_like_textblob_on_generated_text(text):
    import textblob.en

    assert resources.pattern_sentiment()(text) == textblob.en.sentiment(text)


# --- quotation marks and apostrophes -------------------------------------------------------------
def test_mark_classes_are_what_unicode_says():
    for c in DOUBLE_QUOTES + SINGLE_QUOTES:
        name = unicodedata.name(c)
        assert "QUOTATION MARK" in name or name == "APOSTROPHE", name
    for c in APOSTROPHES:
        assert "APOSTROPHE" in unicodedata.name(c) or c == "\u2019", unicodedata.name(c)
    assert set(ENGLISH_QUOTES) < set(DOUBLE_QUOTES) | set(SINGLE_QUOTES)
    assert "\u02bc".isalpha()  # why modules that split words leave ʼ alone


@pytest.mark.parametrize(("text", "marks", "expected"), [
    ("„Russia’s «war»“ ‚x‘ ‹y› “z” ʼ", None, "\"Russia's \"war\"\" 'x' 'y' \"z\" '"),
    ("„Russia’s «war»“ ‚x‘ “z” ʼ", ENGLISH_QUOTES, "„Russia's «war»\" ‚x' \"z\" ʼ"),
    ("don’t ‘say’ ʼem", APOSTROPHES, "don't ‘say' 'em"),
    ("no marks at all", None, "no marks at all"),
    ("", None, ""),
])
def test_fold_quotes(text, marks, expected):
    folded = fold_quotes(text) if marks is None else fold_quotes(text, marks=marks)
    assert folded == expected


def test_fold_quotes_rejects_a_character_that_is_no_mark():
    with pytest.raises(ValueError, match="not a quotation mark or apostrophe: 'x'"):
        fold_quotes("text", marks="x\u201c")


MARK_TEXT = st.text(alphabet=st.sampled_from(DOUBLE_QUOTES + SINGLE_QUOTES + APOSTROPHES + "ab \n\u00a0é"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARK_TEXT), st.sampled_from([DOUBLE_QUOTES + SINGLE_QUOTES + APOSTROPHES,
                                                         ENGLISH_QUOTES, APOSTROPHES, "\u2018\u2019"]))
def test_fold_quotes_maps_one_character_to_one(text, marks):
    folded = fold_quotes(text, marks=marks)
    assert len(folded) == len(text)
    for before, after in zip(text, folded):
        if before in marks:
            assert after == ('"' if before in DOUBLE_QUOTES else "'")
        else:
            assert after == before
    assert fold_quotes(folded, marks=marks) == folded
