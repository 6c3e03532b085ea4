"""Subject, object and agent links, built on the chunks with a few documented rules.

Pattern's relation finder is not bundled with TextBlob, so the links are read
off the noun phrases and verb groups of :mod:`.chunks`, verb group by verb
group from left to right. Quotation marks, colons, semicolons and brackets
are hard boundaries: no link crosses one, so a phrase inside a quotation is
never the subject of a verb outside it.

Subject of a verb group, first rule that applies (``Link.rule``):

* ``"left"`` — the phrase that ends right before the group, past adverbs
  ("Putin also said"). Past one comma- or dash-delimited insertion when the
  insertion is an appositive phrase (with prepositional phrases but no
  verb: ", a Republican from the Concord area,"), a number (an age: ",
  65,"), adverbs,
  or a relative clause opening with who/which/whose/whom ("Putin, who flew
  in, said" → Putin). A phrase that is the object of a preposition after a
  noun is passed over for the phrase before the preposition ("the spokesman
  in Moscow said", "Putin on Monday said"); after a verb, a comma or a
  subordinator ("that", "because", "after" …) the phrase is the subject
  ("said the party establishment had erred": "the party establishment" is the
  subject of "had erred", and "X" of "said").
* ``"relative"`` — the group opens a relative clause (who/which/that right
  before it) after a phrase: that phrase ("Putin, who flew in"); or a
  restrictive relative clause without commas (who/which/that …) or a
  participle clause ("stationed in Syria") lies between the group and a
  phrase ("The man who flew in from Moscow said" → the man; "the troops
  stationed in Syria would leave" → the troops).
* ``"coordinated"`` — "and"/"but" right before the group: the subject of the
  nearest earlier group of the sentence that has one, across a quotation but
  not across a colon, semicolon or bracket ("Biden called it a deal and
  said"; "Smith called the bill “a big deal” and said").
* ``"controlled"`` — a participle after a comma or after the finite
  group's object, or an infinitive right after the finite group, takes that
  group's subject ("Trump ratcheted up his attacks, saying …"; "Obama
  released a statement condemning …"; "Trump was prompted to say").
* ``"inverted"`` — no subject on the left, the group is one finite verb
  right after a quotation mark, a comma or the sentence start, and a phrase
  follows it: that phrase ("…,” said Putin"; "…, said the daily"; a base
  form only right after a quotation and a comma: "“…,” read the email").


Object (``"after"``): the phrase right after an active group (past a verb
particle), unless the group is a form of *be*, the phrase is its inverted
subject, or the phrase is the subject of a later verb group (a complement
clause without "that": in "X said the party establishment had erred" the
phrase is the subject of "had erred", not the object of "said"). Agent (``"by"``): "by" + a phrase right after a passive group or a
past participle ("was criticized by Democrats", "joined by Shoigu").
Coordinated phrases ("Trump and Cruz said") each get the link.

Limits: no parse tree, so long insertions (more than :data:`MAX_INSERTION`
tokens), subjects after a fronted clause that is not comma-delimited, and
objects after a prepositional phrase are missed; a reduced relative clause
that Pattern tags as a past tense can take a subject.
"""
from __future__ import annotations

from .model import Link, NounPhrase, Token, VerbGroup

__all__ = ["find_links", "MAX_INSERTION", "BOUNDARY_KEYS"]

#: Longest comma- or dash-delimited insertion skipped between a subject and its verb, in tokens
#: (", the committee's spokeswoman," has 5; a relative clause of a dozen words is common in news).
MAX_INSERTION = 16
#: Longest restrictive relative clause skipped ("The man who flew in from Moscow said": 5 tokens).
MAX_RELATIVE = 10
#: Token keys no link crosses: quotation marks, colon, semicolon, brackets.
BOUNDARY_KEYS = frozenset({'"', "''", "'", "“", "”", "``", ":", ";", "(", ")", "[", "]"})
_COMMA_LIKE = frozenset({",", "—", "–", "--"})
#: What ends the reach of a shared subject: a quotation between two coordinated verbs does not
#: ("Smith called the bill “a big deal” and said …"), a colon, semicolon or bracket does.
_CLAUSE_BREAKS = frozenset({":", ";", "(", ")", "[", "]"})
_RELATIVE = frozenset({"who", "which", "whose", "whom", "that"})
#: Prepositions that, after a noun, open a phrase attached to it rather than a clause.
_SUBORDINATORS = frozenset("that because although though while whereas if unless whether since as after before "
                           "until once when so than".split())
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
_ADVERBS = frozenset({"RB", "RBR", "RBS"})


def find_links(toks: list[Token], phrases: list[NounPhrase], verbs: list[VerbGroup]) -> list[Link]:
    """All links of one sentence, as the module docstring describes."""
    end_at: dict[int, int] = {}    # token index after a phrase's last token -> outermost phrase ending there
    start_at: dict[int, int] = {}  # first token -> outermost phrase starting there
    for k, p in enumerate(phrases):
        if p.outer is None:
            end_at[p.last] = k
            start_at.setdefault(p.first, k)
    links: list[Link] = []
    subject_of: dict[int, list[int]] = {}
    controlled = _controllers(toks, verbs)
    for v, vg in enumerate(verbs):
        k, rule, group = None, None, None
        if vg.finite:
            k, rule = _left(toks, phrases, vg, end_at)
            if k is None:
                group, rule = _coordinated(toks, vg, verbs, v, subject_of)
            if k is None and group is None:
                k, rule = _inverted(toks, vg, start_at, phrases)
        else:
            k, rule = _relative_before(toks, vg.first, end_at)
            if k is None and v in controlled:
                group, rule = subject_of.get(controlled[v]), "controlled"
            if k is None and group is None:
                k, rule = _inverted(toks, vg, start_at, phrases)  # “…,” read the email
        if k is not None:
            group = list(phrases[k].conjuncts or (k,))
        if group:
            subject_of[v] = group
            links.extend(Link("subject", v, p, rule) for p in group)
        after = vg.last if vg.particle is None else vg.particle + 1
        if after < len(toks):
            if vg.lemma != "be" and rule != "inverted":
                obj = start_at.get(after)
                if obj is not None and not vg.passive:
                    for p in phrases[obj].conjuncts or (obj,):
                        links.append(Link("object", v, p, "after"))
            if (vg.passive or toks[vg.main].tag == "VBN") and toks[after].key.lower() == "by":
                agent = start_at.get(after + 1)
                if agent is not None:
                    for p in phrases[agent].conjuncts or (agent,):
                        links.append(Link("agent", v, p, "by"))
    # complement clauses: a phrase after a verb that is the subject of a later verb is not its object
    subjects = {k.phrase for k in links if k.role == "subject" and k.rule in ("left", "relative")}
    return [k for k in links if not (k.role == "object" and k.phrase in subjects)]


def _left(toks: list[Token], phrases: list[NounPhrase], vg: VerbGroup, end_at: dict[int, int]):
    i = vg.first - 1
    while i >= 0 and toks[i].tag in _ADVERBS:
        i -= 1
    if i < 0:
        return None, None
    t = toks[i]
    if t.key in _COMMA_LIKE:
        p = i - 1
        while p >= 0 and i - p <= MAX_INSERTION + 1 and toks[p].key not in _COMMA_LIKE and toks[p].key not in BOUNDARY_KEYS:
            p -= 1
        if p < 1 or toks[p].key not in _COMMA_LIKE or p + 1 >= i:
            return None, None
        first = toks[p + 1]
        inside = range(p + 1, i)
        skippable = (first.key.lower() in _RELATIVE - {"that"}
                     or all(toks[k].tag in _ADVERBS for k in inside)
                     or (i - p == 2 and first.tag == "CD")
                     or _appositive(toks, p + 1, i, end_at))
        if skippable and end_at.get(p) is not None:
            return end_at[p], "left"
        return None, None
    k = end_at.get(i + 1)
    if k is not None:
        f = phrases[k].first
        if not (f >= 1 and toks[f - 1].tag == "IN" and toks[f - 1].key.lower() not in _SUBORDINATORS):
            return k, "left"
        # the object of a preposition: attached to the noun before it, or inside a relative clause
        if f >= 2 and toks[f - 2].tag in _NOUNISH and end_at.get(f - 1) is not None:
            return end_at[f - 1], "left"
        i = f - 2
    if i >= 0 and (toks[i].tag in ("WP", "WDT") or (toks[i].key.lower() == "that" and toks[i].tag in ("IN", "WDT"))):
        found = _relative_before(toks, vg.first, end_at)
        if found[0] is not None:
            return found
    # a restrictive or reduced relative clause: "The man who flew in from Moscow said",
    # "the troops stationed in Syria would leave"
    p = i
    while p > 0 and i - p <= MAX_RELATIVE and toks[p].key not in _COMMA_LIKE and toks[p].key not in BOUNDARY_KEYS:
        tag = toks[p].tag
        if tag in ("WP", "WDT") or (tag in ("VBN", "VBG") and toks[p].chunk == "B-VP"):
            k = end_at.get(p)
            return (k, "relative") if k is not None else (None, None)
        if tag in ("VBD", "VBZ", "VBP", "MD") or toks[p].chunk.endswith("NP"):
            if toks[p].chunk == "B-VP":
                return _relative_before(toks, p, end_at)
            break
        p -= 1
    return None, None


def _controllers(toks: list[Token], verbs: list[VerbGroup]) -> dict[int, int]:
    """Non-finite groups whose subject is that of the finite group before them: a participle
    after a comma ("…, saying …", "…, calling them …"), a preposition ("upon saying") or right
    after the object of that group ("released a statement condemning …"), and an infinitive after a finite group
    ("was prompted to say"). Maps the group to that finite group."""
    out: dict[int, int] = {}
    last_finite = None
    for v, vg in enumerate(verbs):
        if vg.finite:
            last_finite = v
            continue
        if last_finite is None:
            continue
        between = range(verbs[last_finite].last, vg.first)
        if any(toks[k].key in _CLAUSE_BREAKS or toks[k].key in BOUNDARY_KEYS for k in between):
            continue
        first = toks[vg.first]
        before = toks[vg.first - 1] if vg.first else None
        if first.tag == "VBG" and before is not None and (before.key == "," or before.chunk.endswith("NP")
                                                          or before.tag == "IN"):
            out[v] = last_finite
        elif before is not None and before.key.lower() == "to" and vg.first - 1 == verbs[last_finite].last:
            out[v] = last_finite
    return out


def _relative_before(toks: list[Token], first: int, end_at: dict[int, int]):
    """who/which/that right before token ``first``, after a phrase (or a phrase and a comma)."""
    r = first - 1
    if r < 1 or not (toks[r].tag in ("WP", "WDT") or (toks[r].key.lower() == "that" and toks[r].tag == "IN")):
        return None, None
    if toks[r].key.lower() not in _RELATIVE:
        return None, None
    k = end_at.get(r)
    if k is None and toks[r - 1].key == "," and r >= 2:
        k = end_at.get(r - 1)
    return (k, "relative") if k is not None else (None, None)


def _appositive(toks: list[Token], first: int, last: int, end_at: dict[int, int]) -> bool:
    """Is ``toks[first:last]`` a noun phrase, possibly with prepositional phrases after it and no
    verb (", the committee's spokeswoman,", ", a Republican from the Concord area,")?"""
    if not toks[first].chunk.endswith("NP") and toks[first].tag not in ("DT", "PRP$", "JJ", "CD"):
        return False
    if end_at.get(last) is None:
        return False
    return not any(toks[k].tag[:2] == "VB" or toks[k].tag in ("MD", "WP", "WDT") or toks[k].key in BOUNDARY_KEYS
                   for k in range(first, last))


def _coordinated(toks: list[Token], vg: VerbGroup, verbs: list[VerbGroup], v: int, subject_of: dict):
    i = vg.first - 1
    if i >= 0 and toks[i].tag in _ADVERBS:
        i -= 1
    if i < 0 or toks[i].key.lower() not in ("and", "but", "or"):
        return None, None
    for w in range(v - 1, -1, -1):
        if w in subject_of:
            if any(toks[k].key in _CLAUSE_BREAKS for k in range(verbs[w].last, vg.first)):
                return None, None
            return subject_of[w], "coordinated"
    return None, None


def _inverted(toks: list[Token], vg: VerbGroup, start_at: dict[int, int], phrases: list[NounPhrase]):
    if vg.last - vg.first != 1 or toks[vg.main].tag not in ("VBD", "VBZ", "VBP", "VBN", "VB"):
        return None, None
    if not vg.finite and not (vg.first and toks[vg.first - 1].key in BOUNDARY_KEYS - {":", ";"}):
        return None, None  # a base form inverts only right after a quotation (“…,” read the email)
    i = vg.first - 1
    if i >= 0 and not (toks[i].key in _COMMA_LIKE or toks[i].key in BOUNDARY_KEYS):
        return None, None
    k = start_at.get(vg.last if vg.particle is None else vg.particle + 1)
    if k is None or phrases[k].kind == "pronoun" and toks[phrases[k].head].key.lower() in ("it", "you"):
        return None, None
    return k, "inverted"
