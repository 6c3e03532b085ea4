"""Tests for the loaded-language layer: data, matching, guards, voice, rewrite, density."""
from __future__ import annotations

import json
import pickle
from collections import Counter
from dataclasses import FrozenInstanceError, dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import lexicon as lx
from biaslab.lexicon import guards, inflection
from biaslab.lexicon import (
    CATEGORIES, Lexicon, LexiconError, LoadedTerm, attach_voice, density, find_loaded_terms,
    load_lexicon, neutralize,
)
from biaslab.resources import data_rows, data_text


@dataclass(frozen=True)
class StandInQuote:
    """The fields of biaslab.quotes.Quote that attach_voice reads (no ``text``)."""

    start: int
    end: int
    content_start: int
    content_end: int
    kind: str
    speaker: str | None


def _quote(text: str, quoted: str, kind: str, speaker: str | None) -> StandInQuote:
    start = text.index(quoted)
    end = start + len(quoted)
    return StandInQuote(start, end, start + 1, end - 1, kind, speaker)


def _spans(text: str, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.category) for t in find_loaded_terms(text, **kw)]


# --- the bundled data ------------------------------------------------------------------------
ROWS = data_rows("loaded_terms.csv")


def test_header_states_provenance():
    header = [line for line in data_text("loaded_terms.csv").splitlines() if line.startswith("#")]
    text = "\n".join(header).lower()
    for needed in ("sources:", "licence: written for biaslab; mit licence", "date: 2026-11-25, extended 2026-11-29",
                   "version: 2026.11.29", "strength scale"):
        assert needed in text
    assert Lexicon.default().version == "2026.11.29"


def test_every_row_is_complete_and_categorised():
    problems = []
    for line, row in ROWS:
        for column in ("term", "category", "strength", "rationale", "source"):
            if not row[column]:
                problems.append(f"line {line}: empty {column}")
        if row["category"] not in CATEGORIES:
            problems.append(f"line {line}: unknown category {row['category']!r}")
        if not 0.0 <= float(row["strength"]) <= 1.0:
            problems.append(f"line {line}: strength out of range")
        if row["term"] != row["term"].lower() or row["neutral"].lower() == row["term"]:
            problems.append(f"line {line}: term not lower case or neutral equals term")
    assert problems == []


def test_no_term_is_duplicated():
    within = Counter((row["category"], row["term"]) for _, row in ROWS)
    overall = Counter(row["term"] for _, row in ROWS)
    assert [k for k, n in within.items() if n > 1] == []
    assert [k for k, n in overall.items() if n > 1] == []  # the matcher keys entries by term


def test_breadth_across_categories():
    counts = Counter(row["category"] for _, row in ROWS)
    assert len(ROWS) >= 400
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 15
    assert len(Lexicon.default()) == len(ROWS)
    assert Lexicon.default().categories == CATEGORIES


def test_no_row_only_repeats_a_generated_inflection():
    """A row for an inflected form must earn its place with a category or a
    neutral other than what the rule would give it ("massacred" -> "killed")."""
    entries = {e.term: e for e in Lexicon.default()}
    redundant = []
    for e in entries.values():
        if e.term.endswith("*"):
            continue
        words, _ = inflection._term_words(e.term)
        for form, kind in inflection._variants(words):
            other = entries.get(" ".join(form))
            if other and other.category == e.category and other.neutral == inflection._inflect_phrase(e.neutral, kind):
                redundant.append(other.term)
    assert redundant == []


def test_default_is_cached_and_picklable():
    lexicon = Lexicon.default()
    assert Lexicon.default() is lexicon
    copy = pickle.loads(pickle.dumps(lexicon))
    text = "The regime's thugs liberated nothing, basically."
    assert find_loaded_terms(text, lexicon=copy) == find_loaded_terms(text, lexicon=lexicon)


# --- the bundled article -------------------------------------------------------------------------
ARTICLE_TERMS = [
    ("Basically", "basically", "editorializing"),
    ("liberated", "liberate", "euphemism"),
    ("strong man", "strong man", "labeling"),
    ("bloody", "bloody", "emotive"),
    ("battle-hardened", "battle-hardened", "emotive"),
    ("terrorists", "terrorist", "labeling"),
    ("noting", "noting", "factive"),
    ("ASAP", "asap", "editorializing"),
    ("swift and strong", "swift and strong", "exaggeration"),
    ("like never seen before", "like never seen before", "exaggeration"),
    ("most importantly", "most importantly", "editorializing"),
]


def test_article_matches_exactly(article_text):
    terms = find_loaded_terms(article_text)
    assert [(t.text, t.term, t.category) for t in terms] == ARTICLE_TERMS
    for t in terms:
        assert article_text[t.start:t.end] == t.text
        assert t.voice == "author" and t.speaker is None
    strong = next(t for t in terms if t.term == "strong man")
    assert strong.start == article_text.index("strong man")
    assert strong.neutral == "leader" and "Name Calling" in strong.source
    assert next(t for t in terms if t.term == "terrorist").neutral == "fighters"  # inflected like the match
    assert next(t for t in terms if t.term == "liberate").neutral == "recaptured"


@pytest.fixture()
def article_quotes(article_text):
    return [
        _quote(article_text, "“defeated the most battle-hardened grouping of international terrorists,”",
               "partial", "Vladimir Putin"),
        _quote(article_text, "“civil war”", "scare", None),
    ]


def test_article_voice(article_text, article_quotes):
    terms = attach_voice(find_loaded_terms(article_text), article_quotes, text=article_text)
    assert [t.start for t in terms] == sorted(t.start for t in terms)
    by_text = {t.text: t for t in terms}
    for word in ("battle-hardened", "terrorists"):
        assert by_text[word].in_quote is True
        assert by_text[word].speaker == "Vladimir Putin"
        assert by_text[word].voice == "quoted"
    assert by_text["strong man"].voice == "author"
    scare = by_text["“civil war”"]
    start = article_text.index("“civil war”")
    assert (scare.start, scare.end) == (start, start + len("“civil war”"))
    assert (scare.term, scare.category, scare.voice, scare.neutral) == ("scare quotes", "doubt", "author", "civil war")
    assert "Predelli 2003" in scare.source
    assert len(terms) == len(ARTICLE_TERMS) + 1
    for t in terms:
        assert article_text[t.start:t.end] == t.text


def test_attach_voice_uses_quote_text_and_is_idempotent(article_text):
    @dataclass(frozen=True)
    class QuoteWithText(StandInQuote):
        text: str = ""

    q = _quote(article_text, "“civil war”", "scare", None)
    full = QuoteWithText(*q.__dict__.values(), text=article_text[q.start:q.end])
    once = attach_voice(find_loaded_terms(article_text), [full])
    assert sum(t.term == "scare quotes" for t in once) == 1
    assert attach_voice(once, [full]) == once
    with pytest.raises(ValueError, match="text="):
        attach_voice([], [q])


def test_terms_inside_a_scare_quote_stay_author_voice():
    text = "Officials praised the “liberation” of the city, which “the regime” denied."
    quotes = [_quote(text, "“liberation”", "scare", None), _quote(text, "“the regime”", "direct", "Assad")]
    terms = attach_voice(find_loaded_terms(text), quotes, text=text)
    assert [(t.text, t.voice, t.speaker) for t in terms] == [
        ("“liberation”", "author", None), ("liberation", "author", None), ("regime", "quoted", "Assad"),
    ]


def test_neutral_control_sentence_yields_nothing():
    assert find_loaded_terms("The minister met the delegation on Monday.") == []
    assert find_loaded_terms("") == []


# --- matching table ----------------------------------------------------------------------------------
CASES = [
    ("The regime fell.", [("regime", "labeling")]),
    ("Regimes across the region wobbled.", [("Regimes", "labeling")]),
    ("The regimented life of cadets.", []),
    ("The sanctions regime was tightened.", []),
    ("A visa regime and a tax regime.", []),
    ("Bloody Sunday is remembered every year.", []),
    ("It was a bloody battle.", [("bloody", "emotive")]),
    ("The troops liberated the town.", [("liberated", "euphemism")]),
    ("They are liberating the north.", [("liberating", "euphemism")]),
    ("Villagers were massacred.", [("massacred", "emotive")]),
    ("He met the strong men of the region.", [("strong men", "labeling")]),
    ("The battle hardened units advanced.", [("battle hardened", "emotive")]),
    ("The so\u00a0called experts left.", [("so\u00a0called", "doubt")]),
    ("Let’s face it, the plan failed.", [("Let’s face it", "editorializing")]),
    ("Basically, nothing changed.", [("Basically", "editorializing")]),
    ("The response will be swift and strong.", [("swift and strong", "exaggeration")]),
    ("A strong wind blew.", []),
    ("The result was clearly rigged.", [("clearly", "booster"), ("rigged", "doubt")]),
    ("The cause was not clearly identified.", []),
    ("Perhaps the talks will resume.", [("Perhaps", "hedge")]),
    ("The minister reportedly resigned.", [("reportedly", "hedge")]),
    ("Our brave troops are coming home.", [("Our brave troops", "flag_waving")]),
    ("Patriot missiles were deployed.", []),
    ("Fans of the Patriots cheered.", []),
    ("Patriots gathered at the rally.", [("Patriots", "flag_waving")]),
    ("True patriots stood firm.", [("True patriots", "flag_waving")]),
    ("They defended the homeland.", [("homeland", "flag_waving")]),
    ("The Department of Homeland Security said so.", []),
    ("A flood of migrants arrived.", [("flood of", "fear")]),
    ("Floods of refugees arrived.", [("Floods of", "fear")]),
    ("The flooding of the river was severe.", []),
    ("It is an existential threat.", [("existential threat", "fear")]),
    ("He was supposed to attend.", []),
    ("The supposed plot unravelled.", [("supposed", "doubt")]),
    ("The group claimed responsibility for the attack.", []),
    ("He claimed that the vote was fair.", [("claimed that", "doubt")]),
    ("The official admitted that errors were made.", [("admitted", "factive")]),
    ("She was admitted to hospital.", []),
    ("Police stated that two people died.", []),
    ("It was a new kind of weapon.", []),
    ("It was kind of strange.", [("kind of", "hedge")]),
    ("All kinds of people came.", []),
    ("Warmongering rhetoric and warmongers.", [("Warmongering", "labeling"), ("warmongers", "labeling")]),
    ("They launched a preemptive strike.", [("preemptive strike", "euphemism")]),
    ("He lashed out at critics.", [("lashed out at", "emotive")]),
    ("A walk through the historic district.", []),
    ("A historic agreement was signed.", [("historic", "exaggeration")]),
    ("A landmark building.", []),
    ("A landmark ruling.", [("landmark", "exaggeration")]),
    ("Those thugs ran.", [("thugs", "labeling")]),
    ("A tsunami of complaints.", [("tsunami", "fear")]),
    ("The tsunami struck the coast.", []),
    ("THE COLLATERAL DAMAGE WAS HEAVY.", [("COLLATERAL DAMAGE", "euphemism")]),
    ("The Titanic sank.", []),
    ("A titanic struggle.", [("titanic", "exaggeration")]),
    ("Homes were needed ASAP.", [("ASAP", "editorializing")]),
    ("It was not obviously wrong.", []),
    ("He obviously lied.", [("obviously", "editorializing")]),
    ("The plan would wipe the city off the map.", []),
    ("They vowed to wipe Israel off the map, and wiped out the village.", [("wiped out", "emotive")]),
    ("Costs were spiralling out of control.", [("spiralling out of control", "fear")]),
    ("The army of Egypt.", []),
    ("An army of volunteers.", [("army of", "exaggeration")]),
    ("Strong\u2011man politics", [("Strong\u2011man", "labeling")]),
    ("the strong, man", []),
    # context guards for literal uses (not_in_sentence) and hyphenated compounds
    ("The reform was a disaster.", [("disaster", "emotive")]),
    ("The disaster killed twelve people.", []),
    ("Floods caused a disaster in the valley.", []),
    ("The storm will devastate the coast.", []),
    ("The cuts devastate rural schools.", [("devastate", "emotive")]),
    ("Floods hit; the cuts devastated schools.", [("devastated", "emotive")]),
    ("A would-be assassin was arrested.", [("would-be", "doubt")]),
    ("The wouldbe king left.", [("wouldbe", "doubt")]),
    ("It would be wrong.", []),
    # reporting 'claim' as a verb, not the noun
    ("Critics claim the plan failed.", [("claim", "doubt")]),
    ("She claims the vote was rigged.", [("claims", "doubt"), ("rigged", "doubt")]),
    ("The insurance claim was paid.", []),
    ("His claim of victory was premature.", []),
    # loyalty judgements need an object owed loyalty
    ("He is abandoning our allies.", [("abandoning", "emotive")]),
    ("They abandoned the car.", []),
    ("Voters felt betrayed.", [("betrayed", "emotive")]),
    ("The party caved in to pressure and flip-flopped.", [("caved in", "emotive"), ("flip-flopped", "emotive")]),
    # Appraisal judgements and name-calling
    ("A lecherous and pathetic display.", [("lecherous", "emotive"), ("pathetic", "emotive")]),
    ("The clueless, incompetent authorities.", [("clueless", "emotive"), ("incompetent", "emotive")]),
    ("Leftists and globalist elites.", [("Leftists", "labeling"), ("globalist", "labeling"), ("elites", "labeling")]),
    ("A brute force attack.", []),
    ("A freak accident.", []),
    ("The predator species hunts.", []),
    ("He is a sexual predator.", [("sexual predator", "labeling")]),
    ("Toxic waste leaked.", []),
    ("A toxic debate.", [("toxic", "emotive")]),
    ("Mock trials and mock elections.", []),
    ("They mock the victims.", [("mock", "emotive")]),
    ("The establishment of diplomatic relations.", []),
    ("He ran against the establishment.", [("the establishment", "labeling")]),
    ("Sick people need care.", []),
    ("They were sick of lies.", [("sick", "emotive"), ("lies", "emotive")]),
    ("The problem lies in the budget.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_matching_table(text, expected):
    assert _spans(text) == expected


def test_longest_match_wins():
    terms = find_loaded_terms("It was like never seen before.")
    assert [(t.text, t.term) for t in terms] == [("like never seen before", "like never seen before")]
    # a prefix entry and a listed phrase: the longer one
    assert _spans("quite frankly, no") == [("quite frankly", "editorializing")]


def test_context_guard_parsing():
    guard = guards._parse_guard("not_before:of|the sun*; not_capitalized ;exact")
    assert guard.not_before == (("of",), ("the", "sun*"))
    assert guard.not_capitalized and guard.exact
    assert guards._parse_guard("  ") is None
    guard = guards._parse_guard("not_in_sentence:flood*|Killed; hyphenated")
    assert guard.not_in_sentence == ("flood*", "killed") and guard.hyphenated
    for bad in ("not_near:of", "not_before:", "not_before:a||b", "not_before:o,f", "not_in_sentence:two words",
                "not_in_sentence:", "hyphenated:x"):
        with pytest.raises(ValueError):
            guards._parse_guard(bad)


@pytest.mark.parametrize(("text", "found"), [
    ("The dam failure was a catastrophe.", ["catastrophe"]),
    ("The dam failure was a catastrophe that drowned nine.", []),
    ("Flooding. The plan is a catastrophe.", ["catastrophe"]),          # the flood is in another sentence
    ("Flooding; the plan is a catastrophe.", ["catastrophe"]),
    ("Flooding\nthe plan is a catastrophe", ["catastrophe"]),
    ("A catastrophe, say officials, after floodwaters rose.", []),       # prefix flood*
])
def test_not_in_sentence_looks_at_the_whole_sentence_only(text, found):
    lexicon = Lexicon([lx.LexiconEntry("catastrophe", "emotive", 0.5, "", "not_in_sentence:flood*|drowned", "r", "s")])
    assert [t.text for t in find_loaded_terms(text, lexicon=lexicon)] == found


def test_guards_on_a_user_entry(tmp_path):
    path = tmp_path / "guards.csv"
    path.write_text(
        "term,category,guard,rationale\n"
        "wave,fear,requires_before:of migrants|of refugees,wave metaphor\n"
        "crisis,fear,not_after:midlife|identity,crisis frame\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon([path], include_default=False)
    assert _spans("a wave of migrants", lexicon=lexicon) == [("wave", "fear")]
    assert _spans("a wave of nostalgia", lexicon=lexicon) == []
    assert _spans("a “wave” of refugees", lexicon=lexicon) == [("wave", "fear")]  # quote marks are crossed
    assert _spans("a wave. Of refugees", lexicon=lexicon) == []  # punctuation is not
    assert _spans("a midlife crisis; a border crisis", lexicon=lexicon) == [("crisis", "fear")]


@pytest.mark.parametrize(("word", "expected"), [
    ("regime", {"regimes", "regimed", "regiming"}),
    ("liberate", {"liberates", "liberated", "liberating"}),
    ("thug", {"thugs", "thugged", "thugging"}),
    ("pacify", {"pacifies", "pacified", "pacifying"}),
    ("hero", {"heroes", "heros", "heroed", "heroing"}),
    ("panic", {"panics", "panicked", "panicking"}),
    ("crisis", {"crisises", "crises", "crisised", "crisissed", "crisising", "crisissing"}),
    ("wolf", {"wolves", "wolfs", "wolfed", "wolfing"}),
    ("henchman", {"henchmen", "henchmaned", "henchmanned", "henchmaning", "henchmanning"}),
    ("target", {"targets", "targeted", "targetted", "targeting", "targetting"}),
])
def test_inflection_rules(word, expected):
    assert {form for form, _ in inflection._inflections(word)} == expected


# --- property-based invariants ---------------------------------------------------------------------------
_SAMPLE_TERMS = [e.term.rstrip("*") for e in list(Lexicon.default())[::7]]
_PIECES = st.one_of(
    st.sampled_from(_SAMPLE_TERMS),
    st.sampled_from(["regimes", "Basically", "so-called", "strong\u00a0men", "of", "the", "not", "Sunday"]),
    st.text(max_size=6),
)
_SEPARATORS = st.sampled_from([" ", "  ", "\u00a0", "-", ", ", ". ", "\n", "’", "“", "”", ""])


def _check_invariants(text: str) -> None:
    terms = find_loaded_terms(text)
    for t in terms:
        assert text[t.start:t.end] == t.text
        assert t.text.strip() == t.text and t.text
    for a, b in zip(terms, terms[1:]):
        assert a.end <= b.start


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_invariants_on_arbitrary_unicode(text):
    _check_invariants(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=12))
def test_invariants_on_text_dense_with_terms(parts):
    _check_invariants("".join(a + b for a, b in parts))


def test_every_entry_matches_its_own_spelling():
    """Each listed term is found in a plain sentence, its words joined by a
    non-breaking space, unless its guard needs a particular neighbour."""
    missed = []
    for e in Lexicon.default():
        guard = guards._parse_guard(e.guard)
        if guard is not None and (guard.requires_before or guard.requires_after):
            continue
        text = "Then " + "\u00a0".join(e.term.rstrip("*").split(" ")) + " here."
        if [t.term for t in find_loaded_terms(text)] != [e.term]:
            missed.append(e.term)
    assert missed == []


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_SAMPLE_TERMS), st.text(alphabet=" \u00a0\u2009\u202f\n", min_size=1, max_size=3))
def test_terms_match_across_any_unicode_spaces(term, space):
    text = "Then " + space.join(term.split(" ")) + " here"
    plain = find_loaded_terms("Then " + term + " here")
    assert [t.term for t in find_loaded_terms(text)] == [t.term for t in plain]


# --- user lexicons ---------------------------------------------------------------------------------------
def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_lexicon_extends_and_overrides(tmp_path):
    path = _write(tmp_path, "mine.csv",
                  "# version: lab-1\n"
                  "term,category,strength,neutral,rationale,source\n"
                  "special operation,euphemism,0.8,war,official euphemism,our codebook\n"
                  "regime,my_category,,,we code it separately,\n")
    base = Lexicon.default()
    merged = load_lexicon([path])
    assert len(merged) == len(base) + 1
    assert merged.version == "2026.11.29+lab-1"
    assert merged["regime"].category == "my_category"
    assert merged["regime"].strength == lx.DEFAULT_USER_STRENGTH
    assert merged["regime"].origin == str(path)
    assert merged["regime"].source == "user lexicon mine.csv"
    assert "my_category" in merged.categories
    assert _spans("The regime began a special operation.", lexicon=merged) == [
        ("regime", "my_category"), ("special operation", "euphemism")]
    assert base["regime"].category == "labeling"  # the default is untouched
    only = load_lexicon(str(path), include_default=False)
    assert len(only) == 2 and only.version == "lab-1"


def test_extend_later_wins():
    a = Lexicon([lx.LexiconEntry("foe", "labeling", 0.5, "", "", "r", "s")], version="a")
    b = Lexicon([lx.LexiconEntry("foe", "fear", 0.9, "", "", "r", "s")], version="b")
    assert a.extend(b)["foe"].category == "fear"
    assert b.extend(a)["foe"].category == "labeling"
    assert a.extend(b).version == "a+b"


def test_toml_lexicon(tmp_path):
    path = _write(tmp_path, "mine.toml",
                  'version = "t1"\n[[term]]\nterm = "zombie policy"\ncategory = "emotive"\nstrength = 0.6\n'
                  'rationale = "undead metaphor"\n')
    lexicon = Lexicon.from_file(path)
    assert lexicon["zombie policy"].strength == 0.6 and lexicon.version == "t1"
    assert _spans("two zombie policies", lexicon=lexicon) == [("zombie policies", "emotive")]
    bad = _write(tmp_path, "bad.toml", '[[term]]\nterm = "x"\ncategory = "emotive"\n')
    with pytest.raises(LexiconError, match=r"bad\.toml \[\[term\]\] #1: missing rationale"):
        Lexicon.from_file(bad)


@pytest.mark.parametrize(("body", "message"), [
    ("term,category\nfoe,labeling\n", r"line 1: missing column\(s\) rationale"),
    ("# c\nterm,category,strength,rationale\nfoe,labeling,high,r\n", r"line 3: bad strength 'high'"),
    ("term,category,strength,rationale\nfoe,labeling,1.5,r\n", r"line 2: bad strength '1.5'"),
    ("term,category,rationale\nfoe,labeling,r\nfiend,,r\n", r"line 3: missing category"),
    ("term,category,rationale\nfoe,labeling,\n", r"line 2: missing rationale"),
    ("term,category,rationale\nfoe,Bad Category,r\n", r"line 2: bad category"),
    ("term,category,rationale\nfoe.bar,labeling,r\n", r"line 2: bad term"),
    ("term,category,rationale\nfo*e,labeling,r\n", r"line 2: bad term"),
    ("term,category,guard,rationale\nfoe,labeling,not_near:x,r\n", r"line 2: bad guard clause"),
    ("term,category,rationale\nfoe,labeling,r\nFoe,fear,r\n", r"line 3: duplicate term 'foe' \(first at line 2\)"),
    ("term,category,rationale\nfoe,labeling\n", r"line 2: expected 3 fields"),
    ("# only a comment\n", r"no header line"),
])
def test_malformed_user_file(tmp_path, body, message):
    path = _write(tmp_path, "my.csv", body)
    with pytest.raises(LexiconError, match=message) as info:
        Lexicon.from_file(path)
    assert str(info.value).startswith(str(path))
    assert isinstance(info.value, ValueError)


def test_missing_user_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon([tmp_path / "nope.csv"])


# --- neutral rewrite -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Basically, the Russians left.", "The Russians left."),
    ("The regime fell.", "The government fell."),
    ("Regimes fell.", "Governments fell."),
    ("He said, most importantly, that refugees can return.", "He said that refugees can return."),
    ("They must come home ASAP.", "They must come home as soon as possible."),
    ("It was, frankly, a disaster.", "It was a failure."),
    ("He obviously lied.", "He lied."),
    ("The war will end, of course.", "The war will end."),
    ("Of course, nobody came. Basically nothing.", "Nobody came. Nothing."),
    ("Strong men ruled.", "Leaders ruled."),
    ("THE SO-CALLED REGIME", "THE SO-CALLED GOVERNMENT"),
    ("Troops liberated the town and massacred villagers.", "Troops recaptured the town and killed villagers."),
    ("Nothing loaded here.", "Nothing loaded here."),
])
def test_neutralize(text, expected):
    assert neutralize(text, find_loaded_terms(text)) == expected


def test_neutralize_article_sentences(article_text, article_quotes):
    terms = attach_voice(find_loaded_terms(article_text), article_quotes, text=article_text)

    def rewrite(first: str, last: str) -> str:
        start = article_text.index(first)
        end = article_text.index(last, start) + len(last)
        return neutralize(article_text[start:end], terms, start=start)

    assert rewrite("Basically", "liberated.") == (
        "The Russians said “mission accomplished, time to go home” now that the third of Syria "
        "once held by the Islamic State has been recaptured.")
    assert rewrite("Putin was joined", "war”.") == (
        "Putin was joined by Defense Minister Sergey Shoigu as he met Syria’s leader\u00a0 Bashar al-Assad "
        "at the base, where Russian troops had served beside Syrian forces through the country’s "
        "long and deadly civil war.")
    quoted = rewrite("The Russian leader said that", "terrorists,”")
    assert "battle-hardened" in quoted and "terrorists" in quoted  # Putin's words are his own
    assert rewrite("He also said", "return home.") == (
        "He also said that Syria is now ready for a political settlement led by the United Nations "
        "and that millions of refugees can safely return home.")
    with pytest.raises(ValueError, match="offset"):
        neutralize(article_text[10:400], terms, start=11)


# --- density ---------------------------------------------------------------------------------------------
def test_density(article_text, article_quotes):
    terms = attach_voice(find_loaded_terms(article_text), article_quotes, text=article_text)
    summary = density(terms, 400)
    assert summary.count() == 12
    assert summary.count(voice="quoted") == 2
    assert summary.count(category="editorializing", voice="author") == 3
    assert summary.count(category="doubt") == 1
    assert summary.per_1000() == pytest.approx(30.0)
    assert summary.per_1000(category="editorializing") == pytest.approx(7.5)
    data = json.loads(json.dumps(summary.to_dict()))
    # Putin's "battle-hardened" (0.5) and "terrorists" (0.1: "terrorist" calibrated on the PTC tune part,
    # where annotators marked it in 1 of 18 uses)
    assert data["by_voice"]["quoted"] == {
        "count": 2, "per_1000": 5.0, "strength_per_1000": pytest.approx(1000 * (0.5 + 0.1) / 400)}
    assert list(data["by_category"])[:len(CATEGORIES)] == list(CATEGORIES)
    assert data["by_category"]["labeling"] == {"count": 2, "per_1000": 5.0, "author": 1, "quoted": 1}
    assert density([], 0).to_dict()["per_1000"] == 0.0
    for bad in (-1, 2.5, True):
        with pytest.raises(ValueError):
            density([], bad)


def test_loaded_term_is_frozen_plain_data():
    term = find_loaded_terms("The regime fell.")[0]
    with pytest.raises(FrozenInstanceError):
        term.start = 0
    data = json.loads(json.dumps(term.to_dict()))
    assert data["voice"] == "author" and data["in_quote"] is False and data["text"] == "regime"
    assert LoadedTerm(0, 1, "x", "x", "fear", 0.1, "", "r", "s", True, "Ann").voice == "quoted"
    with pytest.raises(TypeError):
        find_loaded_terms(None)


def test_user_lexicon_is_cached_until_the_file_changes(tmp_path):
    import os

    from biaslab.lexicon import load_lexicon

    path = tmp_path / "mine.csv"
    path.write_text("term,category,rationale\nfrobnicate,labeling,test term\n", encoding="utf-8")
    first = load_lexicon([path])
    assert load_lexicon([str(path)]) is first
    path.write_text("term,category,rationale\nfrobnicate,emotive,changed\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock resolution
    second = load_lexicon([path])
    assert second is not first and second["frobnicate"].category == "emotive"
