"""English inflection by spelling rule: noun plurals, verb forms and verb lemmas.

One rule set serves all of biaslab: the loaded-language lexicon inflects its
terms and their neutral alternatives ("regime" → "regimes" → "governments"),
the quotation finder generates the forms of its reporting verbs ("warn" →
"warns", "warned", "warning"), the frame cues match their plurals
("policeman" → "policemen") and the agency layer maps a verb in the text back to its lemma
("ordered" → "order"). Everything works on one lower-cased word of letters;
which word of a phrase inflects is the caller's business.

Method
------
**-s** (noun plurals and the third person singular of verbs spell their -s
alike; Quirk, Greenbaum, Leech & Svartvik 1985, *A Comprehensive Grammar of
the English Language*, §§3.5-3.9 and §§5.80-5.87):

* -es after a sibilant spelling s, x, z, ch, sh: taxes, pushes;
* consonant + y → -ies: armies, tries (vowel + y takes -s: days, says);
* consonant + o → -oes, also -os, both generated (heroes, vetoes; photos);
  vowel + o → -os: radios;
* otherwise -s.

Nouns alone take three irregular patterns (Quirk et al. 1985, ch. 5 on
irregular and foreign plurals; Collins COBUILD English Grammar 1990, the
reference section on plurals): -man → -men ("strongmen"; "human" is not a
compound of *man*: humans); -f/-fe → -ves beside the regular -s (wolves,
knives, chiefs; -ff only -s: staffs), -ves first after l and for -ife and
-eaf; Greek -is → -es beside the regular -ises (crises, axes; -es first for
-sis and -xis).

**-ed and -ing** (Quirk et al. 1985, §§3.5-3.9):

* a silent e is dropped: liberate → liberated, liberating; it stays before
  -ing after ee, ye, oe (agreeing, dyeing, hoeing); -ie → -ying (dying);
* consonant + y → -ied, and -ing keeps the y: tried, trying;
* -ic → -icked, -icking: panicked;
* a final consonant after a single vowel letter doubles when its syllable
  is stressed (stop → stopped, admit → admitted, quip → quipped: the u of qu
  is not a vowel); w, x and y never double. Stress is not in the spelling,
  so a one-syllable verb doubles and a longer one gets both spellings
  (targeted and targetted; American traveled, British travelled).

**Irregular verbs** come from ``data/irregular_verbs.csv`` (Quirk et al.
1985, §§3.11-3.19): "said", "met", "withdrew". :func:`verb_forms` takes
from the table each inflection it lists, told by its ending: the past and
participle (no "sayed", "seed" or "bed"), the -s form (is, has) and the -ing
form (being); the other inflections are regular (tells, telling; lied,
whose table row lists only "lying").

**Agent nouns** (:func:`agent_noun`) are told by their derivational suffix
(Quirk et al. 1985, App. I.32 on agential suffixes): -er/-or, -ist, -ian,
-ant/-ent, -eer, and the -man/-woman compounds (anchor, psychologist,
historian, consultant, spokeswoman). Many other nouns end so too (water,
paper, moment); callers ask only where grammar already expects a person's
description, right before a name.

**Lemmas** follow WordNet's *morphy*: the irregular-form table first, then
suffix-stripping whose candidate stems are checked against the verbs whose
base form is certain (the verb tables ``agency_verbs.csv`` and
``reporting_verbs.csv`` and the irregular bases), then the reverse spelling
rules for verbs that are not: undoubling (stopp → stop), restoring a silent
e (decid → decide, and hop → hope because a stressed one-syllable verb would
have doubled).

Limits
------
Spelling rules over-generate, on purpose: a form that is not a word
("sayed", "crisises", "targetted") never occurs in text, so matching is not
harmed, and the usual spelling comes first where callers need one (the
lexicon's neutral alternatives, :func:`plural`). Without a word list the
rules cannot know which -o nouns take -es, which -f nouns take -ves, where
stress falls or whether a word ending in s is already plural; they treat
-man as the noun *man* (German → Germen). Doubled z (quizzes) and Latin
plurals (cacti, data) are not generated, nor the regular past of an
irregular verb that has both (burned beside burnt, hanged beside hung)
unless the table lists it. :func:`lemma` knows verbs only ("meeting" → meet
even for the noun), reads one word (the last of "was briefed"), and guesses
wrong on some verbs outside its tables ("completed" → complet).
"""
from __future__ import annotations

import re

from .resources import data_rows, data_table, once
from .segmentation import ENGLISH_QUOTES, fold_quotes

__all__ = ["VERB_KINDS", "AGENT_SUFFIXES", "MorphologyDataError", "plurals", "plural", "verb_inflections", "verb_forms",
           "lemma", "agent_noun", "person_noun", "person_nouns", "irregular_participle"]

#: The regular inflections of a verb: third person singular -s, past and past
#: participle -ed, present participle -ing.
VERB_KINDS = ("s", "ed", "ing")
_VOWELS = "aeiou"
#: Endings after which -s is spelled -es (Quirk et al. 1985, §3.5).
_SIBILANTS = ("s", "x", "z", "ch", "sh")
#: -f/-fe nouns whose usual plural is -ves (wolf, half, self; knife, life,
#: wife; leaf, sheaf); the others usually take -s (chief, belief, roof, safe).
_VES_FIRST = ("lf", "ife", "eaf")
#: Greek -is nouns whose usual plural is -es (crisis, analysis, axis); other
#: -is nouns are regular (iris, tennis).
_GREEK_IS = ("sis", "xis")


class MorphologyDataError(ValueError):
    """A row of ``irregular_verbs.csv`` is malformed."""


def _letters(word: str) -> str:
    """``word`` lower-cased if it is one word of letters, else ""."""
    low = str(word).lower()
    return low if low.isalpha() else ""


# --- -s -------------------------------------------------------------------------------
def _s_forms(word: str) -> tuple[str, ...]:
    """The regular -s spellings shared by plurals and third persons, usual first."""
    if word[-1] == "y" and word[-2:-1] not in ("", *_VOWELS):
        return (word[:-1] + "ies",)
    if word.endswith(_SIBILANTS):
        return (word + "es",)
    if word[-1] == "o" and word[-2:-1] not in ("", *_VOWELS):
        return (word + "es", word + "s")
    return (word + "s",)


def plurals(noun: str) -> tuple[str, ...]:
    """Every plural spelling the rules allow for ``noun``, the usual one
    first: ``"regime"`` → ``("regimes",)``, ``"wolf"`` → ``("wolves",
    "wolfs")``, ``"crisis"`` → ``("crises", "crisises")``. Empty when
    ``noun`` is not one word of letters."""
    word = _letters(noun)
    if not word:
        return ()
    if word.endswith("man") and not word.endswith("human"):
        return (word[:-3] + "men",)
    if word.endswith("is"):
        greek, regular = word[:-2] + "es", word + "es"
        return (greek, regular) if word.endswith(_GREEK_IS) else (regular, greek)
    if word.endswith(("f", "fe")) and not word.endswith("ff"):
        ves, regular = word.removesuffix("e")[:-1] + "ves", word + "s"
        return (ves, regular) if word.endswith(_VES_FIRST) else (regular, ves)
    return _s_forms(word)


def plural(noun: str) -> str:
    """The usual plural of ``noun`` (``"army"`` → ``"armies"``, ``"strongman"``
    → ``"strongmen"``); ``noun`` unchanged when it is not one word of letters."""
    found = plurals(noun)
    return found[0] if found else noun


# --- -ed and -ing ----------------------------------------------------------------------
def _doubles(word: str) -> bool:
    """Ends (consonant-)vowel-consonant, the shape whose last letter doubles when
    stressed (up, stop, admit, quip: qu counts as a consonant); w, x, y never double."""
    return (len(word) >= 2 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
            and (len(word) == 2 or word[-3] not in _VOWELS or word[-4:-2] == "qu"))


#: A syllable's vowel: a run of vowel letters, or a y that no vowel letter
#: touches (syrup, gym; the y of yap, kayak and mayor is a consonant).
_SYLLABLE = re.compile(r"[aeiou]+|(?<![aeiou])y(?![aeiou])")


def _one_syllable(word: str) -> bool:
    """One syllable: its only syllable is stressed, so a final consonant doubles."""
    return len(_SYLLABLE.findall(word)) == 1


def _stressed_cvc(word: str) -> bool:
    """A one-syllable consonant-vowel-consonant word: its final consonant
    always doubles (stop → stopped), so an undoubled -ed form comes from a
    base with a silent e (hoped → hope)."""
    return _doubles(word) and _one_syllable(word)


def _ed_ing(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The regular -ed and -ing spellings of ``word``, usual first."""
    if word.endswith("ie"):
        return (word + "d",), (word[:-2] + "ying",)
    if word.endswith("e"):
        return (word + "d",), (word + "ing",) if word.endswith(("ee", "ye", "oe")) else (word[:-1] + "ing",)
    if word[-1] == "y" and word[-2:-1] not in ("", *_VOWELS):
        return (word[:-1] + "ied",), (word + "ing",)
    if word.endswith("ic"):
        return (word + "ked",), (word + "king",)
    if _stressed_cvc(word):
        return (word + word[-1] + "ed",), (word + word[-1] + "ing",)
    if _doubles(word):  # stress unknown: "targeted" and "regretted" are both right somewhere
        return (word + "ed", word + word[-1] + "ed"), (word + "ing", word + word[-1] + "ing")
    return (word + "ed",), (word + "ing",)


def verb_inflections(verb: str, kind: str) -> tuple[str, ...]:
    """The regular spellings of one inflection of ``verb``, the usual one
    first: ``kind`` is ``"s"`` (third person singular: tries), ``"ed"`` (past
    and past participle: tried, admitted) or ``"ing"`` (trying); see
    :data:`VERB_KINDS`. Empty when ``verb`` is not one word of letters.
    Irregular forms are not included (see :func:`verb_forms`)."""
    if kind not in VERB_KINDS:
        raise ValueError(f"unknown verb inflection {kind!r} (expected one of: {', '.join(VERB_KINDS)})")
    word = _letters(verb)
    if not word:
        return ()
    if kind == "s":
        return _s_forms(word)
    ed, ing = _ed_ing(word)
    return ed if kind == "ed" else ing


# --- irregular verbs -------------------------------------------------------------------
#: Irregular verbs are data, with their source: ``data/irregular_verbs.csv``
#: (Quirk et al. 1985, §§3.11-3.19).
_IRREGULAR_FILE = "irregular_verbs.csv"


@once
def _irregular() -> dict[str, tuple[str, ...]]:
    """The irregular forms of each base in ``irregular_verbs.csv`` (loaded once)."""
    rows = data_table(_IRREGULAR_FILE, required=("base", "forms", "source"), unique="base",
                      error=MorphologyDataError)
    return {row["base"]: tuple(row["forms"].split()) for _, row in rows}


def _form_kind(form: str) -> str:
    """The inflection an irregular form gives, told by its ending: -ing (being, lying), -s (is, has,
    goes) or else ``"ed"``, a past or participle (said, met). The one past in -s, "was", comes with
    the other forms of "be", which include its -s form "is"."""
    return "ing" if form.endswith("ing") else "s" if form.endswith("s") else "ed"


def _listed(kind: str, irregular: tuple[str, ...]) -> bool:
    """Whether a verb's irregular forms give its ``kind`` of inflection (:func:`_form_kind`)."""
    return any(_form_kind(f) == kind for f in irregular)


def verb_forms(verb: str) -> tuple[str, ...]:
    """Every form ``verb`` may take in text, without duplicates: the base,
    the regular -s, -ed and -ing spellings, then the irregular forms of
    ``data/irregular_verbs.csv``, which replace the regular spellings of the
    inflections they give, told by their endings (``"warn"`` → warn, warns,
    warned, warning; ``"say"`` → say, saying, says, said; ``"be"`` → be, am,
    is, are, was, were, been, being). Empty when ``verb`` is not one word of
    letters."""
    word = _letters(verb)
    if not word:
        return ()
    irregular = _irregular().get(word, ())
    regular = [f for kind in VERB_KINDS if not _listed(kind, irregular) for f in verb_inflections(word, kind)]
    return tuple(dict.fromkeys([word, *regular, *irregular]))


@once
def _one_form_pasts() -> frozenset[str]:
    """The irregular pasts that are their verb's past participle too: the verb lists one form that is
    neither -s nor -ing ("sent", "made", "told", "held"; not "wrote", whose participle is "written")."""
    out = set()
    for forms in _irregular().values():
        pasts = [f for f in forms if _form_kind(f) == "ed"]
        if len(pasts) == 1:
            out.add(pasts[0])
    return frozenset(out)


def irregular_participle(word: str) -> bool:
    """Can ``word``, an irregular past ("sent", "made"), be its verb's past participle as well (one form
    for both, Quirk et al. 1985 §3.14: "the letter, sent to Reed,")? False for regular -ed forms, for
    pasts with a participle of their own ("wrote") and for words that are no irregular verb form."""
    return word.lower() in _one_form_pasts()


# --- lemmas ----------------------------------------------------------------------------
#: Verbs ending in one *l* that double it before -ed/-ing (British spelling
#: everywhere, American for stressed final syllables), which the general
#: rule (keep "ll": called, killed) would get wrong.
_SINGLE_L = """compel expel repel propel dispel excel rebel control patrol enrol cancel travel label
model signal fuel level channel total quarrel counsel marshal"""

#: Base forms that end in a doubled consonant, which undoubling must keep.
_DOUBLED_BASES = frozenset("add err ebb egg butt putt purr boycott".split())

#: Stems that the spelling rules would wrongly extend with -e or strip of -s.
_AS_IS = frozenset("focus bias".split())

#: The shipped verb tables whose ``verb`` column holds base forms (a
#: reporting verb's cell is "say|said" or "lash out": its first word is the base).
_VERB_TABLES = ("agency_verbs.csv", "reporting_verbs.csv")

#: Stripped from around the word :func:`lemma` reads: punctuation and the English
#: marks ' " “ ” (’ is folded to ' first). The actor layer calls lemma with word
#: tokens, which hold no quotation marks; ‘ « » „ ‚ ‹ › are left alone for direct
#: callers (as they always were), and ʼ is a letter.
_STRIPPED = ".,;:!?()[]{}" + "".join(c for c in ENGLISH_QUOTES if c not in "\u2018\u2019")

#: Endings whose -es is the -s of a sibilant or consonant + o (pushes, vetoes);
#: -ses and -zes are left out because a silent e may come before the s (causes, seizes).
_ES_ENDINGS = ("sses", "shes", "ches", "xes", "zzes", "oes")

#: Stems that need a silent -e restored (decid-ed → decide), one pattern per
#: English spelling pattern; see _restore_e.
_NEEDS_E = re.compile(
    r"(?:[cv]|dg|[rl]g|(?:ch|r)ang|eng|s|[iu]at|[^aeiou]at|[^aeiou][aeiou][dkm]"
    r"|[^aeiou]ut|[^aeiou][iou]l|[^aeiou]in|[^aeiou]ot|[^aeiou][aiu]r|(?:pl|sc|gn|st)or|[aiy]z|eez|[bcdfgkptz]l"
    r"|[^aeiou]u)$"
)


@once
def _lemma_of_form() -> dict[str, str]:
    """Irregular form → base, with the doubled-l forms of :data:`_SINGLE_L`."""
    forms: dict[str, str] = {}
    for base, irregular in _irregular().items():
        for form in (base, *irregular):
            forms.setdefault(form, base)
    for base in _SINGLE_L.split():
        forms[base + "led"] = forms[base + "ling"] = base  # controlled, controlling
    return forms


@once
def _known() -> frozenset[str]:
    """Verbs whose base form is certain: those of the verb tables, the irregular bases
    and the exception constants. The tables are read as plain rows (their own
    modules check them), so this module depends on no analysis module."""
    tables = {row["verb"].split("|")[0].split()[0].lower()
              for name in _VERB_TABLES for _, row in data_rows(name) if row["verb"].strip()}
    return frozenset(tables) | frozenset(_irregular()) | _DOUBLED_BASES | _AS_IS


def _has_vowel(stem: str) -> bool:
    """Whether a stripped stem could be a verb (bring, shed, red have none left)."""
    return any(ch in "aeiouy" for ch in stem)


def _restore_e(stem: str) -> str:
    """Add the silent -e that -ed/-ing removed, by spelling pattern: one-syllable
    consonant-vowel-consonant stems, which would have doubled (:func:`_stressed_cvc`:
    hop → hope, vot → vote), and the endings in
    :data:`_NEEDS_E` (announc, resolv, judg, caus, decid, execut, compil,
    determin, secur, negotiat, organiz..., a consonant before l: battl, handl, settl, a cluster
    before a stressed -or: explor, ignor, restor, underscor; not honor, monitor, sponsor; and a
    consonant before u, since no English verb ends in -u: issu, pursu, valu, su). Stems ending
    in "ss" keep none."""
    if stem in _AS_IS or stem.endswith("ss"):
        return stem
    plain = stem.replace("qu", "q")  # the u of qu is not a vowel here (quot → quote)
    if _stressed_cvc(stem) or _NEEDS_E.search(plain):
        return stem + "e"
    return stem


def _undouble(stem: str) -> str | None:
    """stopp → stop; None when the stem does not end in a doubled consonant
    that inflection added (ll, ss, ff and zz are part of the base)."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS + "lsfz" and stem not in _DOUBLED_BASES:
        return stem[:-1]
    return None


def _from_stem(stem: str) -> str:
    """The base form for what is left after removing -ed or -ing."""
    known = _known()
    single = _undouble(stem)
    doubled = len(stem) > 2 and stem[-1] == stem[-2]  # a known verb may double any consonant: focussed
    for candidate in (stem, stem + "e", stem[:-1] if doubled else None):
        if candidate and candidate in known:
            return candidate
    if single:
        return single
    return _restore_e(stem)


def lemma(word: str) -> str:
    """The base form of an English verb: ``"ordered"`` → ``"order"``,
    ``"said"`` → ``"say"``, ``"tried"`` → ``"try"``, ``"was briefed"`` →
    ``"brief"`` (the last word of a phrase is lemmatized).

    Input is lower-cased and stripped of surrounding punctuation; an input
    with no letters gives ``""``.
    """
    parts = fold_quotes(str(word).lower(), marks="\u2019").split()
    word = parts[-1].strip(_STRIPPED) if parts else ""
    if not any(ch.isalpha() for ch in word):
        return ""
    irregular = _lemma_of_form()
    if word in irregular:
        return irregular[word]
    if word in _known():
        return word
    if word.endswith(("ied", "ies")) and len(word) > 3:
        return word[:-1] if len(word) == 4 else word[:-3] + "y"  # died → die, tried → try
    if word.endswith("eed"):
        # agreed → agree, guaranteed → guarantee; need, proceed, speed stay
        long_past = len(word) > 6 and not word.endswith("ceed")
        return word[:-1] if word[:-1] in _known() or long_past else word
    if word.endswith("ed") and _has_vowel(word[:-2]):
        stem = word[:-2]
        return stem if stem.endswith("y") else _from_stem(stem)
    if word.endswith("ing") and _has_vowel(word[:-3]):
        stem = word[:-3]
        return stem if stem.endswith(("y", "e")) else _from_stem(stem)
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) and len(word) > 2:
        if word.endswith(_ES_ENDINGS) or (
                word.endswith("es") and word[:-2] in _known()):
            return word[:-2]  # pushes → push, vetoes → veto, focuses → focus
        return word[:-1]  # orders → order, causes → cause
    return word


#: Endings of agent nouns (module docstring): "anchor", "psychologist", "historian", "consultant";
#: "man" covers the -woman compounds too ("spokeswoman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer", "man")


def agent_noun(word: str) -> bool:
    """Is ``word`` (lower case, letters only) shaped like an agent noun by its suffix (module docstring)?"""
    return word.isalpha() and word.islower() and len(word) > 3 and word.endswith(AGENT_SUFFIXES) \
        and not word.endswith("ment")  # -ment makes nouns of results and acts: statement, document


@once
def person_nouns() -> frozenset[str]:
    """The nouns of ``data/person_nouns.csv``: nouns naming a person that no agent suffix marks
    ("candidate", "nominee")."""
    return frozenset(r["noun"] for _, r in data_table("person_nouns.csv", required=("noun", "source"), unique="noun"))


def person_noun(word: str) -> bool:
    """Does ``word`` (lower case) name a person: an agent noun by its suffix ("banker", :func:`agent_noun`)
    or a word of ``data/person_nouns.csv`` ("nominee")?"""
    return agent_noun(word) or word in person_nouns()
