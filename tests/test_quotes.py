"""Tests for biaslab.quotes: marks, attribution, kinds, the verb table, invariants."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab.quotes import (
    CUE_CLASSES, KINDS, RESOLUTIONS, SPEECH_KINDS, PersonMention, Quote, QuoteDataError, cue_key, find_quotes,
    find_unpaired_marks, load_reporting_verbs, speaker_summary,
)
from biaslab.quotes.kinds import headline_case
from biaslab.resources import data_text
from biaslab.segmentation import word_count


def by_content(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.content: q for q in quotes}


# --- the bundled article ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def article_quotes(article_text, article_actors):
    return find_quotes(article_text, actors=article_actors)


def quote_starting(quotes, prefix):
    hits = [q for q in quotes if q.content.startswith(prefix)]
    assert len(hits) == 1, [q.content for q in quotes]
    return hits[0]


def test_article_has_exactly_five_quotes_and_no_unpaired_marks(article_text, article_quotes):
    assert len(article_quotes) == 5
    assert find_unpaired_marks(article_text) == []
    assert [q.kind for q in article_quotes] == ["partial", "scare", "direct", "partial", "direct"]


def test_article_scare_quote(article_quotes):
    q = quote_starting(article_quotes, "civil war")
    assert (q.text, q.kind, q.speaker, q.cue, q.words) == ("“civil war”", "scare", None, None, 2)


def test_article_putin_direct_quote(article_text, article_quotes):
    q = quote_starting(article_quotes, "I order the defense minister")
    assert q.text.endswith("permanent deployment,”")
    assert (q.kind, q.speaker, q.cue, q.cue_class, q.speaker_resolution) == (
        "direct", "Vladimir Putin", "said", "neutral", "alias")
    assert article_text[q.speaker_start:q.speaker_end] == "Putin"
    assert article_text[q.cue_start:q.cue_end] == "said"


def test_article_partial_quote_closed_across_a_paragraph_break(article_text, article_quotes):
    """The attribution after the quotation ("said Putin" opening the next
    paragraph) wins over "The Russian leader said" before it."""
    q = quote_starting(article_quotes, "defeated the most battle-hardened grouping")
    assert q.text == "“defeated the most battle-hardened grouping of international terrorists,”"
    assert (q.kind, q.speaker, q.cue, q.cue_class, q.paragraphs) == ("partial", "Vladimir Putin", "said", "neutral", 1)
    assert q.cue_start > q.end and "\n\n" in article_text[q.end:q.cue_start]
    assert article_text[q.speaker_start:q.speaker_end] == "Putin"


def test_article_mattis_multi_paragraph_colon_quote(article_text, article_quotes):
    q = quote_starting(article_quotes, "The enemy hasn’t declared")
    assert q.content.endswith("traction.") and q.text.count("“") == 2 and q.text.count("”") == 1
    assert (q.kind, q.speaker, q.cue, q.cue_class, q.paragraphs) == (
        "direct", "Jim Mattis", "told reporters", "neutral", 2)
    assert article_text[q.speaker_start:q.speaker_end] == "US Defense Secretary Jim Mattis"
    assert q.speaker_resolution == "name"  # the phrase's head is the declared name
    assert article_text[q.cue_end:q.start].strip().endswith(":")  # colon-introduced


def test_article_short_attributed_quote_is_not_scare(article_text, article_quotes):
    q = quote_starting(article_quotes, "mission accomplished")
    assert (q.speaker, q.speaker_resolution, q.cue) == ("Russia", "alias", "said")
    assert q.kind == "partial" and q.words == 6
    assert article_text[q.speaker_start:q.speaker_end] == "the Russians"


def test_article_speaker_summary(article_quotes):
    summary = speaker_summary(article_quotes)
    assert set(summary) == {"Vladimir Putin", "Jim Mattis", "Russia"}
    putin, mattis = summary["Vladimir Putin"], summary["Jim Mattis"]
    assert (putin.quotes, mattis.quotes, summary["Russia"].quotes) == (2, 1, 1)
    assert putin.cues == {"said": 2} and mattis.cues == {"told reporters": 1}
    assert putin.loaded_cues == mattis.loaded_cues == 0
    speech_words = sum(q.words for q in article_quotes if q.kind in SPEECH_KINDS)
    assert putin.words == 25 + 8 and putin.share == pytest.approx(putin.words / speech_words)
    assert sum(v.share for v in summary.values()) == pytest.approx(1.0)  # every speech quote is attributed


def test_article_without_actors_keeps_phrases(article_text):
    quotes = find_quotes(article_text)
    assert [(q.speaker, q.speaker_resolution) for q in quotes if q.kind != "scare"] == [
        ("the Russians", "phrase"), ("Putin", "phrase"), ("Putin", "phrase"),
        ("US Defense Secretary Jim Mattis", "phrase")]


# --- marks and apostrophes -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia’s president hasn’t left.",
    "It was rock ’n’ roll, and rock 'n' roll again.",
    "Back in the ’90s and the '80s, nobody cared.",
    "The students' essays and the teachers’ notes were late.",
    "Don't, won't, can't, it's, y'all.",
    "He measured 5'11\" and the screen was 27\" wide.",
    "Kids say ’em all the time; the dogs’ bowls, the cats’ toys.",
])
def test_apostrophes_are_not_quotes(text):
    assert find_quotes(text) == []
    assert find_unpaired_marks(text) == []


@pytest.mark.parametrize("text, contents", [
    ("She said “we leave today” and left.", ["we leave today"]),
    ('She said "we leave today" and left.', ["we leave today"]),
    ("She said ‘we leave today’ and left.", ["we leave today"]),
    ("She said 'we leave today' and left.", ["we leave today"]),
    ("He called the students’ plan ‘a disgrace’ twice.", ["a disgrace"]),
    ("‘The students’ essays were late,’ the dean said.", ["The students’ essays were late,"]),
    ('"A," he said. "B," she said.', ["A,", "B,"]),
    ("“It’s Russia’s war,” he said.", ["It’s Russia’s war,"]),
    # the delimiters of attribute values in a markup tag left in the text are not quotation marks
    ('<post id="17" author="@amoss" date="2018-05-02">The "plan" failed</post>. Moss said "no."', ["plan", "no."]),
    ("<a href='/x' class=\"big\">Read</a> what Moss called “a stunt.”", ["a stunt."]),
    ('Since 3 < 4 and "x" > 2, it holds.', ["x"]),                      # not a tag: marks are read
    # an inch mark after feet (a height) closes nothing; a quotation that ends with a number closes
    ("“He is like 6’2”, and I am not,” Reed said.", ["He is like 6’2”, and I am not,"]),
    ('"He is 6\'3" and fast," Reed said.', ['He is 6\'3" and fast,']),
    ("“We won by 12,” Moss said. “It was 3-2” at noon.", ["We won by 12,", "It was 3-2"]),
])
def test_marks_are_paired(text, contents):
    assert [q.content for q in find_quotes(text)] == contents


def test_nested_quote_stays_inside_the_outer_quote():
    text = "“He told me ‘never again’ and left,” said Ms. Ortiz."
    (q,) = find_quotes(text)
    assert q.content == "He told me ‘never again’ and left,"
    assert (q.kind, q.speaker, q.cue) == ("direct", "Ms. Ortiz", "said")
    assert find_unpaired_marks(text) == []


def test_multi_paragraph_quotation_straight_marks():
    text = 'The minister said:\n\n"We came here to win.\n\n"We will go home when it is done."\n\nThe end.'
    (q,) = find_quotes(text)
    assert q.paragraphs == 2 and q.kind == "direct"
    assert (q.speaker, q.cue) == ("The minister", "said")


def test_multi_paragraph_quotation_with_single_line_breaks():
    text = "“First paragraph.\n“Second paragraph.\n“Third one,” she said."
    (q,) = find_quotes(text)
    assert q.paragraphs == 3 and q.speaker == "she"


# --- unbalanced marks ------------------------------------------------------------------------
def test_unclosed_mark_does_not_swallow_the_article():
    text = "He said “this never ends.\n\nThe next paragraph has “a real quote,” he said.\n\nMore “text here."
    quotes = find_quotes(text)
    assert [q.content for q in quotes] == ["a real quote,"]
    assert find_unpaired_marks(text) == [text.index("“this"), text.index("“text")]


def test_include_unpaired_returns_paragraph_bounded_quotes():
    text = "He said “this never ends.\n\nThe next paragraph has “a real quote,” he said.\n\nMore “text here."
    quotes = find_quotes(text, include_unpaired=True)
    assert [(q.content, q.paired) for q in quotes] == [
        ("this never ends.", False), ("a real quote,", True), ("text here.", False)]
    assert quotes[0].speaker == "He" and quotes[0].cue == "said"
    assert quotes[0].end == text.index("\n\n")


@pytest.mark.parametrize("text, unpaired", [
    ("A stray ” closing mark.", [8]),
    ("“One “two three” four.", [0]),             # the first opening mark is overtaken
    ("“He said ‘no and left.”", [9]),             # the inner single mark never closed
    ("Nothing to see here.", []),
    ("", []),
])
def test_find_unpaired_marks(text, unpaired):
    assert find_unpaired_marks(text) == unpaired


# --- attribution -----------------------------------------------------------------------------
SMITH = {"Jane Smith": ["Smith", "the senator"], "Russia": ["the Russians", "Moscow"],
         "United States": ["Pentagon", "Washington"], "Kremlin": ["the Kremlin"]}


@pytest.mark.parametrize("text, speaker, resolution, cue, cue_class", [
    # wire style, attribution after
    ("“We will not back down,” Smith said on Tuesday.", "Jane Smith", "alias", "said", "neutral"),
    ("“We will not back down,” said Jane Smith, who chairs the panel.", "Jane Smith", "name", "said", "neutral"),
    ("Jane Smith spoke first.\n\n“We will not back down,” she told reporters.", "Jane Smith", "pronoun",
     "told reporters", "neutral"),
    ("“We will not back down,” she said.", "she", "phrase", "said", "neutral"),
    ("“We will not back down,” the senator said.", "Jane Smith", "role", "said", "neutral"),
    ("“We will not back down,” Smith also said.", "Jane Smith", "alias", "said", "neutral"),
    ("“Talks are continuing,” officials said.", "officials", "phrase", "said", "neutral"),
    ("“We are ready,” a Pentagon spokesman said.", "a Pentagon spokesman", "phrase", "said", "neutral"),
    ("“Nothing has changed,” a spokesman for the Kremlin said.", "a spokesman for the Kremlin", "phrase",
     "said", "neutral"),
    ("“Are we done?” Smith asked.", "Jane Smith", "alias", "asked", "neutral"),
    ("“We leave,” Theresa May said.", "Theresa May", "phrase", "said", "neutral"),
    ("“It is finished,” said Gen. Mark Lee.", "Gen. Mark Lee", "phrase", "said", "neutral"),
    ("“It is finished,” Lee told him.", "Lee", "phrase", "told him", "neutral"),
    # attribution before
    ("Smith claimed “the vote was rigged” without evidence.", "Jane Smith", "alias", "claimed", "loaded"),
    ("The Russians said: “We are leaving.”", "Russia", "alias", "said", "neutral"),
    ("Smith told the committee, “We are leaving.”", "Jane Smith", "alias", "told the committee", "neutral"),
    ("According to Moscow, “the war is over.”", "Russia", "alias", "According to", "according_to"),
    ("“The war is over,” according to a senior official.", "a senior official", "phrase", "according to",
     "according_to"),
    ("Smith lashed out at reporters: “Fake news!”", "Jane Smith", "alias", "lashed out", "loaded"),
    # a particle verb with an object "it" between the verb and its particle
    ("Smith made it clear that Dover’s vote had “serious flaws” in it.", "Jane Smith", "alias", "made it clear",
     "loaded"),
    ("Smith made clear that Dover’s vote had “serious flaws” in it.", "Jane Smith", "alias", "made clear", "loaded"),
    ("Smith, visibly tired, to the press: “Go home.”", "Jane Smith", "alias", ":", "colon"),
    # loaded verbs in any inflection
    ("“It was a mistake,” Smith admitted.", "Jane Smith", "alias", "admitted", "loaded"),
    ("“It was a mistake,” Smith admits.", "Jane Smith", "alias", "admits", "loaded"),
    ("“They will pay,” warned the senator.", "Jane Smith", "role", "warned", "loaded"),
    ("“I never met him,” Smith denied.", "Jane Smith", "alias", "denied", "loaded"),
    ("“We won,” Smith boasted.", "Jane Smith", "alias", "boasted", "loaded"),
])
def test_attribution(text, speaker, resolution, cue, cue_class):
    (q,) = find_quotes(text, actors=SMITH)
    assert (q.speaker, q.speaker_resolution, q.cue, q.cue_class) == (speaker, resolution, cue, cue_class)
    assert text[q.cue_start:q.cue_end] == cue


def test_verb_after_and_takes_the_sentence_subject():
    text = "Smith on Tuesday called the bill “a big deal” and said critics would “have to explain themselves.”"
    named, partial = find_quotes(text, actors=SMITH)
    # "called" names the bill in Smith's words (Levin's dub verbs, 29.3): Smith's partial quotation
    assert (named.kind, named.speaker, named.cue) == ("partial", "Jane Smith", "called")
    assert (partial.kind, partial.speaker, partial.cue) == ("partial", "Jane Smith", "said")
    assert text[partial.speaker_start:partial.speaker_end] == "Smith"


def test_inverted_attribution_between_two_halves_of_a_quote():
    text = "“I think,” said one aide, who asked not to be named, “that we have the votes.”"
    first, second = find_quotes(text)
    assert (first.speaker, first.cue) == (second.speaker, second.cue) == ("one aide", "said")
    assert first.speaker_start == second.speaker_start


@pytest.mark.parametrize("text, speaker", [
    # the nearest person named before, outside quotations, whose gender fits (first name, honorific)
    ("Smith met Doe in Moscow. “Doe is wrong,” she said.", "Jane Smith"),
    ("Smith met Doe in Moscow. “Smith is wrong,” he said.", "John Doe"),
    ("Doe met Smith in Moscow. “Doe is wrong,” she said.", "Jane Smith"),
    # gender unknown (no first name in the census lists, no honorific): recency alone
    ("Smith met Zorbatan Quell. “It is over,” he said.", "Zorbatan Quell"),
    # the honorific decides where the first name cannot
    ("Mrs. Quell met Doe. “It is over,” she said.", "Zorbatan Quell"),
])
def test_pronoun_resolves_to_the_nearest_compatible_person(text, speaker):
    actors = {"Jane Smith": ["Smith"], "John Doe": ["Doe"], "Russia": ["Moscow"], "Zorbatan Quell": ["Quell"]}
    (q,) = find_quotes(text, actors=actors)
    assert (q.speaker, q.speaker_resolution) == (speaker, "pronoun")
    assert text[q.speaker_start:q.speaker_end] in ("he", "she")


def test_pronoun_without_a_person_before_it_stays_a_phrase():
    (q,) = find_quotes("Moscow agreed. “We stay,” he added.", actors={"Russia": ["Moscow"]})
    assert (q.speaker, q.speaker_resolution) == ("he", "phrase")


def _mention(text: str, words: str, name: str, *, person: bool, kind: str) -> PersonMention:
    start = text.index(words)
    return PersonMention(start, start + len(words), name, "name", person, False, kind)


@pytest.mark.parametrize("person", [True, False])
def test_pronoun_skips_a_person_of_the_other_gender_whatever_the_actor_kind(person):
    # an actor of kind "other" with a census first name is a person for the resolver, and her gender counts
    text = "Tom Reed left. Ann Marie Moss said the plan was dead. “We stay,” he added."
    people = [_mention(text, "Tom Reed", "Tom Reed", person=True, kind="person"),
              _mention(text, "Ann Marie Moss", "Ann Marie Moss", person=person, kind="person" if person else "other")]
    (q,) = find_quotes(text, people=people)
    assert (q.speaker, q.speaker_resolution) == ("Tom Reed", "pronoun")


@pytest.mark.parametrize("text, speaker, resolution", [
    ("Tom Reed left. Polls see a run-off in an early May. “We stay,” she said.", "she", "phrase"),
    ("Tom Reed left. Polls see a run-off in Will County. “We stay,” he said.", "Tom Reed", "pronoun"),
    ("Rosa Ortiz leads the polls. “We stay,” she said.", "Rosa Ortiz", "pronoun"),
])
def test_people_named_by_a_capitalised_first_name_only(text, speaker, resolution):
    (q,) = find_quotes(text, actors={"Tom Reed": ["Reed"]})
    assert (q.speaker, q.speaker_resolution) == (speaker, resolution)


def test_possessive_is_not_the_speaker():
    (q,) = find_quotes("“We stay,” Smith's spokesman said.", actors=SMITH)
    assert (q.speaker, q.speaker_resolution) == ("Smith's spokesman", "phrase")


@pytest.mark.parametrize("text, expected", [
    # the same turn goes on in the next sentence, and in a paragraph that opens with the quotation
    ("“We will not back down,” she said. “Not now, not ever.”\n\n“Nor next year.”", ["she", "she", "she"]),
    ("Ann Moss spoke last. “We will not back down,” Moss said.\n\n“Nor next year.”",
     ["Moss", "Moss"]),
    # an indirect report introduces the quotation in the next sentence
    ("Or maybe Tom Reed, consultant Ann Moss says. “A second look is occurring.”", ["consultant Ann Moss"]),
    # but not when the writer's words open the sentence, nor across an unattributed paragraph
    ("“We will not back down,” she said.\n\nLater the banner showed “Nor next year.”", ["she", None]),
    ("“We will not back down,” she said.\n\nThe crowd left.\n\n“Nor next year.”", ["she", None]),
])
def test_speaker_continues(text, expected):
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == expected
    assert all(q.cue is None for q in quotes[1:] if q.speaker is not None and "said" not in text[q.end:q.end + 12])


@pytest.mark.parametrize("text", [
    "“We won.” Smith said the rest later.",      # a new sentence, not an attribution
    "“We won,” and then the crowd left.",
    "Smith declined to say “anything at all”.",  # infinitive: no subject for "say"
])
def test_no_attribution(text):
    (q,) = find_quotes(text, actors=SMITH)
    assert (q.speaker, q.cue, q.cue_class) == (None, None, None)


WIRE = """WASHINGTON (AP) — President Joe Biden on Tuesday called the bill "a big deal" and said Republicans \
who opposed it would "have to explain themselves."

"This is about jobs," Biden told reporters at the White House. "It's about the middle class."

House Speaker Kevin McCarthy, R-Calif., dismissed the plan. "It's a fantasy," McCarthy said in a statement, \
adding that the president's "so-called reforms" had failed.

Sen. Mitch McConnell said: "We'll see."

The measure, known as the "Inflation Reduction Act," passed 51-50.

"I think," said one aide, who asked not to be named, "that we have the votes."

The senator's remarks came after what aides described as "intense" talks. 'It was brutal,' one staffer said.
"""
WIRE_ACTORS = {"Joe Biden": ["Biden", "President Joe Biden"], "Kevin McCarthy": ["McCarthy"],
               "Mitch McConnell": ["McConnell", "Sen. Mitch McConnell"]}


def test_invented_wire_story():
    got = [(q.content, q.kind, q.speaker, q.cue) for q in find_quotes(WIRE, actors=WIRE_ACTORS)]
    assert got == [
        ("a big deal", "partial", "Joe Biden", "called"),        # a name given in Biden's words
        ("have to explain themselves.", "partial", "Joe Biden", "said"),
        ("This is about jobs,", "direct", "Joe Biden", "told reporters"),
        ("It's about the middle class.", "direct", "Joe Biden", None),   # same speaker goes on
        ("It's a fantasy,", "direct", "Kevin McCarthy", "said"),
        ("so-called reforms", "partial", "Kevin McCarthy", "adding"),   # the participle shares "said"'s subject
        ("We'll see.", "direct", "Mitch McConnell", "said"),
        ("Inflation Reduction Act,", "title", None, None),
        ("I think,", "direct", "one aide", "said"),
        ("that we have the votes.", "direct", "one aide", "said"),
        ("intense", "partial", "aides", "described"),  # "what aides described as": the aides' word
        ("It was brutal,", "direct", "one staffer", "said"),
    ]
    assert find_unpaired_marks(WIRE) == []
    summary = speaker_summary(find_quotes(WIRE, actors=WIRE_ACTORS))
    assert list(summary)[0] == "Joe Biden"  # most quoted words first
    assert (summary["Kevin McCarthy"].quotes, summary["one aide"].words) == (2, 7)
    assert summary["Kevin McCarthy"].cues == {"said": 1, "adding": 1}
    assert summary["Joe Biden"].cues == {"called": 1, "said": 1, "told reporters": 1}
    assert summary["Joe Biden"].quotes == 4


# --- kinds -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Troops fought through the country’s “civil war”.", "scare"),
    ("The so-called “Islamic State” lost ground.", "scare"),
    ("He called it ‘a disgrace’ on air.", "partial"),          # the object of a naming verb: his words
    ("Critics see it as ‘a disgrace’ now.", "partial"),       # the "as" complement of a verb of seeing: their words
    ("the Russians said “mission accomplished, time to go home” and left", "partial"),
    ("She read the novel “War and Peace” twice.", "title"),
    ("The US-led Operation “Inherent Resolve” goes on.", "title"),
    ("It began with Operation “Sentinel” in May.", "title"),
    # a title and its subtitle after a colon, each of at most TITLE_MAX_WORDS words
    ("His book, “The Harbor Wars: How the Town of Dover Lost Its Port,” is out.", "title"),
    ("His book, “The Harbor Wars and How the Town of Dover Lost Its Port and Its Ferries,” is out.",
     "direct"),                                                   # eleven words without a subtitle
    ("His book, “The Harbor Wars: how the Town of Dover Lost Its Port,” is out.", "direct"),
    ("Militaries have “defeated the most battle-hardened grouping of terrorists,” he said.", "partial"),
    ("“I order the withdrawal,” Putin said.", "direct"),
    ("Putin said, “and then we left.”", "direct"),
    ("Putin said that the operation “had achieved all of its goals.”", "partial"),
    ("Nobody knows who wrote “We shall fight on the beaches and never surrender.”", "direct"),
    ("A note read: “they left at dawn and did not return”", "direct"),
    # a capitalised quotation in a headline-case sentence is no title: every word there is capitalised
    ("Mayor Slams Harbor Plan As ‘Reckless Waste’ Of Funds", "direct"),
    ("Ann Moss: ‘No Doubt’ Tom Reed Can Run the Port", "direct"),
    ("Reed Read ‘War and Peace’", "title"),                        # too short to be a headline
    # after a participle that names a title, any one-sentence quotation is the title
    ("Ann Moss sent a memo titled “Where the Vote Stands.”", "title"),
    ("The ad, entitled “Unity?”, ran on Monday.", "title"),
    ("The column was headlined “why the port failed”.", "title"),
    ("Critics called it “a stunt” at once.", "partial"),             # "called" gives someone's words (guard)
    ("A post titled “We lost. Now we rebuild.” went up.", "direct"),   # two sentences: no title
    ("Reed made it clear that Dover’s port was a “ghost town”.", "partial"),   # "make (it) clear" reports
    ("The storm made it hard to reach the “ghost town”.", "scare"),        # "make it" + another word does not
])
def test_kinds(text, kind):
    (q,) = find_quotes(text)
    assert q.kind == kind


def test_scare_and_title_quotes_have_no_speaker():
    quotes = find_quotes("She read “War and Peace” during the “crisis”.")
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("title", None, None), ("scare", None, None)]


@pytest.mark.parametrize("text, words", [
    ("“The U.S. can’t stay,” she said.", 4),                     # "U.S." is one word, as everywhere else
    ("“Well — it’s over,” she said.", 3),                        # a dash is not a word
    ("“snake_case names,” she said.", 3),                        # "_" joins no words
])
def test_quotation_words_are_the_package_word_count(text, words):
    (q,) = find_quotes(text)
    assert q.words == words == word_count(q.content)


def test_speech_kinds_are_the_kinds_speakers_are_counted_for():
    assert SPEECH_KINDS == ("direct", "partial") and set(SPEECH_KINDS) < set(KINDS)
    text = "The “so-called” plan failed. She called it “Operation Dawn” once. “We leave,” she said."
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["scare", "title", "direct"]
    voice = speaker_summary(quotes)["she"]  # scare and title words are not in the share's total
    assert (voice.quotes, voice.words, voice.share) == (1, 2, 1.0)


@pytest.mark.parametrize("cue, key", [
    ("said", "said"), ("Told  reporters", "told reporters"), ("TOLD\nreporters", "told reporters"),
    (":", ":"), ("according to", "according to"),
])
def test_cue_key(cue, key):
    assert cue_key(cue) == key


def test_speaker_summary_counts_cues_by_key():
    quotes = find_quotes("“One,” Smith told  reporters. Later, “two,” Smith told reporters.", actors=SMITH)
    assert [q.cue for q in quotes] == ["told  reporters", "told reporters"]
    assert speaker_summary(quotes)["Jane Smith"].cues == {"told reporters": 2}


def test_long_unattributed_quote_is_not_scare():
    (q,) = find_quotes("The banner read “we will never ever forget this day” all week.")
    assert q.kind == "partial" and q.words == 7


# --- the reporting-verb table ----------------------------------------------------------------
def test_reporting_verb_table():
    verbs = load_reporting_verbs()
    assert load_reporting_verbs() is verbs  # cached
    assert len(verbs) >= 60
    assert {v.verb_class for v in verbs.values()} == {"neutral", "loaded"}
    assert all(v.note and v.source for v in verbs.values())
    for word in ("say", "tell", "add", "note", "state", "explain", "report", "announce", "reply", "write", "ask"):
        assert verbs[word].verb_class == "neutral", word
    for word in ("claim", "admit", "insist", "boast", "concede", "warn", "allege", "slam", "blast", "confess",
                 "reveal", "declare", "vow", "threaten", "deny", "complain", "lash out"):
        assert verbs[word].verb_class == "loaded", word
    forms = [f for v in verbs.values() for f in v.forms]
    assert len(forms) == len(set(forms)), "a form belongs to two verbs"


@pytest.mark.parametrize("verb, forms", [
    ("say", {"say", "says", "said", "saying"}),
    ("warn", {"warn", "warns", "warned", "warning"}),
    ("admit", {"admits", "admitted", "admitting"}),
    ("deny", {"denies", "denied", "denying"}),
    ("note", {"notes", "noted", "noting"}),
    ("write", {"writes", "wrote", "written", "writing"}),
    ("lash out", {"lashes out", "lashed out", "lashing out"}),
    ("make clear", {"makes clear", "made clear", "making clear"}),
    ("quip", {"quipped"}),
])
def test_inflections(verb, forms):
    assert forms <= set(load_reporting_verbs()[verb].forms)


def test_data_file_provenance_header():
    head = [line for line in data_text("reporting_verbs.csv").splitlines() if line.startswith("#")]
    header = "\n".join(head)
    assert "MIT licence" in header and "2026-11-25" in header and "MOS:SAID" in header


# --- results and errors ----------------------------------------------------------------------
def test_to_dict_is_json(article_text, article_actors, article_quotes):
    json.dumps([q.to_dict() for q in article_quotes])
    json.dumps({k: v.to_dict() for k, v in speaker_summary(article_quotes).items()})
    json.dumps([v.to_dict() for v in load_reporting_verbs().values()])
    assert set(article_quotes[0].to_dict()) >= {"start", "end", "text", "kind", "speaker", "cue", "cue_class",
                                                "words", "paragraphs", "paired", "speaker_resolution"}


def test_loaded_cue_count():
    quotes = find_quotes("“It was rigged,” Smith claimed. Later, “We will win,” Smith said.", actors=SMITH)
    voice = speaker_summary(quotes)["Jane Smith"]
    assert (voice.quotes, voice.loaded_cues, dict(voice.cues)) == (2, 1, {"claimed": 1, "said": 1})


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_non_text_raises_value_error(bad):
    with pytest.raises(QuoteDataError):
        find_quotes(bad)
    with pytest.raises(ValueError):
        find_unpaired_marks(bad)


def test_bad_actors():
    with pytest.raises(QuoteDataError):
        find_quotes("“x,” he said.", actors=["Putin"])
    # odd but usable mappings are tolerated
    (q,) = find_quotes("“x,” Putin said.", actors={"Vladimir Putin": "Putin", 3: ["x"], "Nobody": None})
    assert q.speaker == "Vladimir Putin"
    # over-long names are ignored; many nested aliases still compile
    odd = {"Vladimir Putin": ["Putin", "P" * 5000], "Nest": ["a" * k for k in range(1, 101)]}
    (q,) = find_quotes("“x,” Putin said.", actors=odd)
    assert q.speaker == "Vladimir Putin"


# --- properties ------------------------------------------------------------------------------
MARKY = st.lists(st.sampled_from(list("ab Z.,:;!?\n\t\u00a0“”‘’\"'—-") + [
    "said ", "he ", "Putin ", "the Russians ", "according to ", "told ", "Mr. ", "U.S. ", "’s", "\n\n"]),
    max_size=60).map("".join)
ACTORS = {"Vladimir Putin": ["Putin", "the Russian leader"], "Russia": ["the Russians"]}


def check_invariants(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.start <= q.content_start <= q.content_end <= q.end
        assert q.kind in KINDS and q.words == word_count(q.content) and q.paragraphs >= 1
        assert q.cue_class in CUE_CLASSES + (None,)
        assert q.speaker_resolution in RESOLUTIONS + (None,)
        if q.cue is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.speaker_resolution == "phrase":
            assert text[q.speaker_start:q.speaker_end] == q.speaker
        if q.kind in ("scare", "title"):
            assert q.speaker is None
    for a, b in zip(quotes, quotes[1:]):
        assert a.end <= b.start


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_on_arbitrary_text(text):
    quotes = find_quotes(text, actors=ACTORS)
    check_invariants(text, quotes)
    assert all(text[i] in "\"'“”‘’" for i in find_unpaired_marks(text))


@settings(max_examples=300, deadline=None)
@given(MARKY, st.booleans())
def test_invariants_on_quote_heavy_text(text, unpaired):
    quotes = find_quotes(text, actors=ACTORS, include_unpaired=unpaired)
    check_invariants(text, quotes)
    assert all(q.paired for q in quotes) or unpaired
    summary = speaker_summary(quotes)
    assert all(0.0 <= v.share <= 1.0 for v in summary.values())
    assert sum(v.share for v in summary.values()) <= 1.0 + 1e-9


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=12), st.lists(st.text(max_size=12), max_size=3), max_size=4), MARKY)
def test_arbitrary_actor_names(actors, text):
    check_invariants(text, find_quotes(text, actors=actors))


@pytest.mark.parametrize("sentence, expected", [
    ("Mayor Slams Harbor Plan As ‘Reckless Waste’ Of Funds", True),
    ("Tom Reed: I Am ‘Appalled’ By the Vote in Dover", True),
    ("The mayor slams the ‘Reckless Waste’ of funds", False),      # lower-case words: a sentence
    ("Tom Reed Read ‘Dune’", False),                               # fewer than six words
])
def test_headline_case(sentence, expected):
    assert headline_case(sentence) is expected


def test_a_headline_quotes_the_name_before_its_colon():
    # rule g first in a headline: not the subject of the headline's own verb ("Reed Would Raise")
    (q,) = find_quotes("Tom Hale: Reed Would Raise the Fees, ‘I Fear the Same Thing’ for Moss.")
    assert (q.speaker, q.cue) == ("Tom Hale", ":")
