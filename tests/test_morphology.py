"""English inflection by rule: plurals, verb forms, lemmas, and the modules that use them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslab import agency, morphology
from biaslab.frames import frame_cues
from biaslab.lexicon import find_loaded_terms
from biaslab.morphology import VERB_KINDS, agent_noun, lemma, plural, plurals, verb_forms, verb_inflections
from biaslab.quotes.verbs import load_reporting_verbs
from biaslab.resources import data_rows


# --- plurals -----------------------------------------------------------------------------
@pytest.mark.parametrize(("noun", "expected"), [
    # -s, and -es after a sibilant spelling
    ("regime", ("regimes",)), ("troop", ("troops",)), ("tax", ("taxes",)), ("church", ("churches",)),
    ("bush", ("bushes",)), ("process", ("processes",)), ("blitz", ("blitzes",)),
    # y: -ies after a consonant, -s after a vowel
    ("army", ("armies",)), ("militia", ("militias",)), ("day", ("days",)), ("envoy", ("envoys",)),
    # o: -oes and -os after a consonant, -os after a vowel
    ("hero", ("heroes", "heros")), ("embargo", ("embargoes", "embargos")), ("radio", ("radios",)),
    # -f/-fe: -ves and -s, the usual one first; -ff only -s
    ("wolf", ("wolves", "wolfs")), ("knife", ("knives", "knifes")), ("life", ("lives", "lifes")),
    ("leaf", ("leaves", "leafs")), ("chief", ("chiefs", "chieves")), ("belief", ("beliefs", "believes")),
    ("staff", ("staffs",)), ("tariff", ("tariffs",)),
    # -man compounds, but not human
    ("strongman", ("strongmen",)), ("policeman", ("policemen",)), ("woman", ("women",)),
    ("human", ("humans",)), ("subhuman", ("subhumans",)),
    # Greek -is: -es first for -sis and -xis, the regular -ises first otherwise
    ("crisis", ("crises", "crisises")), ("analysis", ("analyses", "analysises")), ("axis", ("axes", "axises")),
    ("iris", ("irises", "ires")),
    # case is folded
    ("Regime", ("regimes",)),
])
def test_plurals(noun, expected):
    assert plurals(noun) == expected
    assert plural(noun) == expected[0]


@pytest.mark.parametrize("noun", ["", " ", "9/11", "covid-19", "strong man", "don't", "G7"])
def test_a_non_word_has_no_plural(noun):
    assert plurals(noun) == ()
    assert plural(noun) == noun


@pytest.mark.parametrize(("noun", "wrong"), [
    ("staff", "stafves"), ("radio", "radioes"), ("human", "humen"), ("day", "daies"), ("tax", "taxs"),
    ("strongman", "strongmans"), ("process", "processs"),
])
def test_plurals_do_not_include_misspellings(noun, wrong):
    assert wrong not in plurals(noun)


# --- verb inflections --------------------------------------------------------------------
@pytest.mark.parametrize(("verb", "s", "ed", "ing"), [
    ("warn", ("warns",), ("warned",), ("warning",)),
    # silent e dropped, kept before -ing after ee, ye, oe; -ie becomes -ying
    ("liberate", ("liberates",), ("liberated",), ("liberating",)),
    ("massacre", ("massacres",), ("massacred",), ("massacring",)),
    ("agree", ("agrees",), ("agreed",), ("agreeing",)),
    ("dye", ("dyes",), ("dyed",), ("dyeing",)),
    ("die", ("dies",), ("died",), ("dying",)),
    # consonant + y -> ied/ies, but -ing keeps the y; vowel + y is regular
    ("try", ("tries",), ("tried",), ("trying",)),
    ("pacify", ("pacifies",), ("pacified",), ("pacifying",)),
    ("obey", ("obeys",), ("obeyed",), ("obeying",)),
    # -es after a sibilant and after consonant + o
    ("match", ("matches",), ("matched",), ("matching",)),
    ("push", ("pushes",), ("pushed",), ("pushing",)),
    ("veto", ("vetoes", "vetos"), ("vetoed",), ("vetoing",)),
    # -ic takes k
    ("panic", ("panics",), ("panicked",), ("panicking",)),
    # a one-syllable consonant-vowel-consonant verb doubles; qu is a consonant
    ("stop", ("stops",), ("stopped",), ("stopping",)),
    ("thug", ("thugs",), ("thugged",), ("thugging",)),
    ("quip", ("quips",), ("quipped",), ("quipping",)),
    ("slam", ("slams",), ("slammed",), ("slamming",)),
    ("up", ("ups",), ("upped",), ("upping",)),
    # a longer one gets both spellings, the undoubled first (stress is not in the spelling)
    ("target", ("targets",), ("targeted", "targetted"), ("targeting", "targetting")),
    ("admit", ("admits",), ("admited", "admitted"), ("admiting", "admitting")),
    ("travel", ("travels",), ("traveled", "travelled"), ("traveling", "travelling")),
    # w, x, y and two vowel letters never double; y between vowels is a consonant (kayak has two syllables)
    ("fix", ("fixes",), ("fixed",), ("fixing",)),
    ("show", ("shows",), ("showed",), ("showing",)),
    ("need", ("needs",), ("needed",), ("needing",)),
    ("kayak", ("kayaks",), ("kayaked", "kayakked"), ("kayaking", "kayakking")),
])
def test_verb_inflections(verb, s, ed, ing):
    assert (verb_inflections(verb, "s"), verb_inflections(verb, "ed"), verb_inflections(verb, "ing")) == (s, ed, ing)


@pytest.mark.parametrize(("verb", "wrong"), [
    ("stop", "stoped"), ("liberate", "liberateing"), ("try", "tryed"), ("try", "triing"), ("match", "matchs"),
    ("panic", "paniced"), ("fix", "fixxed"), ("need", "needded"), ("die", "dieing"), ("quip", "quiped"),
])
def test_verb_inflections_do_not_include_misspellings(verb, wrong):
    assert wrong not in {f for kind in VERB_KINDS for f in verb_inflections(verb, kind)}


def test_an_unknown_inflection_is_a_readable_error():
    with pytest.raises(ValueError, match=r"unknown verb inflection 'en' \(expected one of: s, ed, ing\)"):
        verb_inflections("take", "en")


# --- verb forms with irregulars --------------------------------------------------------
@pytest.mark.parametrize(("verb", "forms"), [
    ("warn", ("warn", "warns", "warned", "warning")),
    ("say", ("say", "saying", "says", "said")),
    ("be", ("be", "am", "is", "are", "was", "were", "been", "being")),
    ("have", ("have", "having", "has", "had")),
    ("see", ("see", "sees", "seeing", "saw", "seen")),
    ("withdraw", ("withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn")),
    # the table lists only "lying" for lie: its past is regular
    ("lie", ("lie", "lies", "lied", "lying")),
    ("Write", ("write", "writes", "writing", "wrote", "written")),
    ("", ()), ("lash out", ()), ("9/11", ()),
])
def test_verb_forms(verb, forms):
    assert verb_forms(verb) == forms


@pytest.mark.parametrize(("verb", "wrong"), [("say", "sayed"), ("see", "seed"), ("be", "bed"), ("be", "bing"),
                                             ("have", "haves"), ("go", "goed"), ("meet", "meeted"),
                                             ("hit", "hitted"), ("put", "putted"), ("set", "setted"),
                                             ("upset", "upseting")])  # invariant verbs: past = base
def test_an_irregular_inflection_replaces_the_regular_spelling(verb, wrong):
    assert wrong not in verb_forms(verb)


@pytest.mark.parametrize(("word", "expected"), [
    ("sent", True), ("made", True), ("told", True), ("Held", True), ("put", True),   # one form, past and participle
    ("wrote", False), ("went", False), ("was", False),   # a past with a participle of its own
    ("written", False), ("warned", False), ("table", False),   # a participle only; regular; no verb form
])
def test_irregular_participle(word, expected):
    assert morphology.irregular_participle(word) is expected


def _table_verbs() -> set[str]:
    """Every base form in the three verb tables (a reporting verb's first word)."""
    verbs = {row["base"] for _, row in data_rows("irregular_verbs.csv")}
    verbs |= {row["verb"].lower() for _, row in data_rows("agency_verbs.csv")}
    verbs |= {row["verb"].split("|")[0].split()[0].lower() for _, row in data_rows("reporting_verbs.csv")}
    return verbs


@pytest.mark.parametrize("verb", sorted(_table_verbs()))
def test_every_form_of_a_table_verb_lemmatizes_back_to_it(verb):
    """The forward rules and the lemmatizer are one rule set."""
    assert lemma(verb) == verb
    assert {form: lemma(form) for form in verb_forms(verb)} == dict.fromkeys(verb_forms(verb), verb)


# --- lemmas --------------------------------------------------------------------------------
@pytest.mark.parametrize(("form", "base"), [
    # irregular table, and doubled l
    ("said", "say"), ("met", "meet"), ("withdrew", "withdraw"), ("is", "be"), ("lying", "lie"),
    ("controlled", "control"), ("travelling", "travel"), ("putting", "put"),  # not the golfer's "putt"
    # doubling, silent e, y -> ied, -es
    ("stopped", "stop"), ("planned", "plan"), ("quipped", "quip"), ("focussed", "focus"),
    ("liberated", "liberate"), ("hoped", "hope"), ("quoted", "quote"), ("alleged", "allege"),
    ("described", "describe"), ("continuing", "continue"),
    ("battled", "battle"), ("handling", "handle"), ("settled", "settle"), ("cycled", "cycle"),  # consonant + l
    ("curled", "curl"), ("howled", "howl"), ("sailed", "sail"),  # r, w or a vowel before the l: no e
    ("underscored", "underscore"), ("explored", "explore"), ("ignoring", "ignore"),  # a cluster before -or
    ("honored", "honor"), ("monitored", "monitor"), ("sponsoring", "sponsor"),  # an unstressed -or: no e
    ("issued", "issue"), ("pursuing", "pursue"), ("valued", "value"), ("sued", "sue"),  # no verb ends in -u
    ("tried", "try"), ("died", "die"), ("carries", "carry"),
    ("matches", "match"), ("vetoes", "veto"), ("focuses", "focus"),
    # -s is stripped as such when the word without -es is a verb but not an -es form
    ("seems", "seem"), ("seeks", "seek"), ("begs", "beg"), ("complaints", "complaint"),
    # base forms and non-verbs stay
    ("need", "need"), ("press", "press"), ("bias", "bias"), ("shed", "shed"),
    ("", ""), ("2017", ""),
])
def test_lemma(form, base):
    assert lemma(form) == base


def test_agency_re_exports_the_lemmatizer():
    assert agency.lemma is morphology.lemma


# --- invariants ------------------------------------------------------------------------------
#: Lower-case ASCII words of three letters or more (shorter ones are not verbs or nouns that inflect by rule).
_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_forms_of_a_word_are_its_inflections(word):
    assert plural(word) in plurals(word)
    man_men = word.endswith("man") and not word.endswith("human")  # policeman -> policemen, by design
    assert all(p != word and (p.endswith("s") or man_men and p == word[:-3] + "men") and p[:1] == word[:1]
               for p in plurals(word))
    for kind in VERB_KINDS:
        forms = verb_inflections(word, kind)
        assert forms and all(f.endswith(kind) and f[:1] == word[:1] for f in forms)
    assert verb_forms(word)[0] == word and len(set(verb_forms(word))) == len(verb_forms(word))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=15))
def test_no_input_makes_them_fail(text):
    for result in (plurals(text), verb_forms(text), *(verb_inflections(text, k) for k in VERB_KINDS)):
        assert isinstance(result, tuple) and all(f == f.lower() and f.isalpha() for f in result)
    assert isinstance(plural(text), str)
    assert lemma(text) == lemma(text).lower()


# --- the modules that use the rules ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "cue"), [
    ("their daily lives", "daily life"), ("two strong men", "strong man"), ("policemen", "policeman"),
    ("the embargoes", "embargo"), ("armies", "army"),
])
def test_frame_cues_match_their_plurals(text, cue):
    assert [c.cue for c in frame_cues(text)] == [cue]


@pytest.mark.parametrize("text", ["two strong mans", "policemans", "a strongmans"])
def test_frame_cues_no_longer_match_man_plus_s(text):
    """Before the shared rules a cue in -man matched -mans, and not -men."""
    assert frame_cues(text) == []


def test_the_lexicon_inflects_with_the_same_rules():
    found = [(m.text, m.term) for m in find_loaded_terms("They called them subhumans and strongmen; "
                                                         "the regimes liberated nothing.")]
    assert found == [("subhumans", "subhuman"), ("strongmen", "strongman"), ("regimes", "regime"),
                     ("liberated", "liberate")]


def test_reporting_verbs_take_their_forms_from_the_rules():
    verbs = load_reporting_verbs()
    for base in ("warn", "say", "quip", "admit", "deny"):
        assert verbs[base].forms == verb_forms(base)
    assert verbs["lash out"].forms == tuple(f + " out" for f in verb_forms("lash"))


@pytest.mark.parametrize("word, expected", [
    ("anchor", True), ("psychologist", True), ("historian", True), ("consultant", True), ("student", True),
    ("engineer", True), ("spokeswoman", True), ("reporter", True),
    ("statement", False), ("document", False),       # -ment nouns name acts and results
    ("clerk", False), ("news", False), ("her", False), ("Anchor", False), ("co-author", False),
])
def test_agent_noun(word, expected):
    assert agent_noun(word) is expected
