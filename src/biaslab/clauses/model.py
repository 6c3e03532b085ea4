"""What :mod:`biaslab.clauses` returns: tokens, noun phrases, verb groups, links, parsed sentences.

Every object is a frozen dataclass (:class:`Token`, :class:`NounPhrase` and
:class:`VerbGroup`, built by the hundred thousand, with the cheaper
``__init__`` of :func:`slot_init`). Token indices (``first``, ``last``,
``head``, ``main``) count tokens inside the sentence, ``last`` exclusive;
``start``/``end`` are character offsets into the text that was parsed, end
exclusive, so ``text[x.start:x.end] == x.text`` for tokens and phrases.

Memory (issue 15): a long text has millions of tokens and hundreds of
thousands of phrases, all held until the quotation finder is done, so each
holds only what its readers need: a phrase or verb group knows its tokens,
not its sentence (the :class:`ParsedSentence` that holds it does); strings
are interned; and an end offset is the same int object as the start of the
token right after it when the two touch (:func:`span_end`). A sentence keeps
its :class:`Token`, :class:`NounPhrase` and :class:`VerbGroup` objects while
its parse's :class:`TokenCache` has room: at most :data:`CACHED_TOKENS`
tokens per parse, the sentences read last (all of them for any article under
about 95,000 characters, so each object is built once and nothing is
packed). A sentence the cache has no room for is packed and its objects
dropped: the tokens by column (:class:`TokenColumns`: one tuple of start
offsets, texts, lemmas and the keys that differ from their texts, one byte
string of tag codes: about 30 bytes a token instead of the 88 of a
:class:`Token` object and its tuple slot), the phrases and verb groups as
small ints (:func:`pack_chunks`: about 12 bytes a phrase instead of the 190
of a :class:`NounPhrase` with its text and end offset; their offsets, texts
and a verb group's lemma follow from the tokens); the objects are built again
when the sentence is read (:func:`unpack_chunks`), with the same values. The
:class:`TokenCache` is the one object here that is not a frozen dataclass.
"""
from __future__ import annotations

import threading
import weakref
from array import array
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields

#: ``Link.role`` values: the subject of an active verb group, its direct
#: object, and the agent of a passive ("by the Pentagon").
ROLES = ("subject", "object", "agent")
#: ``NounPhrase.kind`` values: a personal pronoun, a phrase headed by a proper
#: noun (NNP/NNPS), any other noun phrase.
PHRASE_KINDS = ("pronoun", "proper", "common")


def slot_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that fills each slot through its descriptor:
    the signature, defaults and result of the one :func:`dataclasses.dataclass` writes, which calls
    ``object.__setattr__`` per field, at about half the cost (an article builds a :class:`Token` per
    word; issue 16). Assigning to a field still raises ``FrozenInstanceError``. For classes whose
    fields all take part in ``__init__`` and have no default factory (ValueError otherwise)."""
    params, env = [], {}
    for f in fields(cls):
        if not f.init or f.default_factory is not MISSING:
            raise ValueError(f"slot_init: field {f.name!r} of {cls.__name__} needs the generated __init__")
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields(cls))
    namespace: dict = {}
    exec(f"def __init__(self, {', '.join(params)}):{body}", env, namespace)  # as dataclasses itself does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(cls.__init__.__annotations__)  # the generated one's, for the signature
    cls.__init__ = init
    return cls


@slot_init
@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``key`` is the text with curly single marks made straight
    (what the tagger and the word lists see: "Russia’s" → "Russia" + "'s");
    ``tag`` its Penn Treebank tag, ``chunk`` its IOB chunk tag (``B-NP``,
    ``I-VP``, ``O`` …) after the repairs of :mod:`biaslab.clauses.chunks`;
    ``lemma`` the lower-case base form for verbs (:func:`biaslab.morphology.lemma`)
    and the lower-case key for other words. An untagged token (a name's own
    words, split for matching) has ``tag == ""``. ``end`` is ``start + len(text)``,
    computed rather than stored: a long text has millions of tokens, and their
    strings are interned (one copy of "the" per process), so a token costs
    one small object."""

    start: int
    text: str
    key: str
    tag: str = ""
    chunk: str = "O"
    lemma: str = ""

    @property
    def end(self) -> int:
        """Character offset after the token (exclusive)."""
        return self.start + len(self.text)

    @property
    def proper(self) -> bool:
        """Tagged as a proper noun (NNP, NNPS)."""
        return self.tag in ("NNP", "NNPS")


def span_end(toks: Sequence[Token], j: int) -> int:
    """The end offset of tokens ``…:j`` (``toks[j - 1].end``), as the int object of ``toks[j].start``
    when the next token touches it ("Putin" + "’s", "said" + ","), so that a phrase, verb group or
    mention ending there keeps no int of its own (28 bytes each; memory, issue 15)."""
    end = toks[j - 1].end
    if j < len(toks):
        nxt = toks[j].start
        if nxt == end:
            return nxt
    return end


#: Most tokens a parse keeps as :class:`Token` objects at once (the sentences read last; a
#: sentence's tokens are rebuilt from its columns when read again). 20,000 tokens is an article of
#: about 95,000 characters, three times the longest of the PTC and PolNeAR train articles (6,690
#: tokens), so an article's tokens are built once; a longer text holds about 2 MB of them whatever
#: its length, and rebuilds a sentence's tokens in each later pass that reads it (memory, issue 15).
CACHED_TOKENS = 20_000

#: Tag and chunk strings by code (:class:`TokenColumns` stores one byte per tag); the few dozen
#: Penn and IOB tags, added under a lock on first sight.
_CODE_NAMES: list[str] = []
_CODES: dict[str, int] = {}
_CODES_LOCK = threading.Lock()


def _code(tag: str) -> int:
    code = _CODES.get(tag)
    if code is None:
        with _CODES_LOCK:
            code = _CODES.get(tag)
            if code is None:
                code = len(_CODE_NAMES)
                _CODE_NAMES.append(tag)
                _CODES[tag] = code
    return code


@dataclass(frozen=True, slots=True)
class TokenColumns:
    """The tokens of one sentence by column (memory, issue 15). ``refs`` holds the start offsets,
    texts and lemmas of its n tokens one after the other, then, for each token whose key differs
    from its text ("Russia’s" → "Russia" + "’s": key "'s"), its index and key; ``codes`` their tag
    codes, then their chunk codes (one byte each; two past 256 distinct tags). :meth:`tokens`
    builds the :class:`Token` objects: ``TokenColumns.of(tokens).tokens() == tuple(tokens)``."""

    refs: tuple
    codes: Sequence[int]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> TokenColumns:
        """The columns of ``tokens``: the same int and str objects, no copies."""
        texts = [t.text for t in tokens]
        keys = [t.key for t in tokens]
        refs = [t.start for t in tokens] + texts + [t.lemma for t in tokens]
        if keys != texts:
            for k, (text, key) in enumerate(zip(texts, keys)):
                if key != text:
                    refs += (k, key)
        tags = [t.tag for t in tokens] + [t.chunk for t in tokens]
        codes = list(map(_CODES.get, tags))
        if None in codes:  # a tag not seen before in this process
            codes = [_code(tag) for tag in tags]
        return cls(tuple(refs), bytes(codes) if not codes or max(codes) < 256 else array("H", codes))

    def __len__(self) -> int:
        return len(self.codes) // 2

    def tokens(self) -> tuple[Token, ...]:
        """The tokens, as new :class:`Token` objects."""
        n = len(self.codes) // 2
        refs, names, codes = self.refs, _CODE_NAMES, self.codes
        texts = refs[n:2 * n]
        keys = texts
        if len(refs) > 3 * n:
            keys = list(texts)
            for k in range(3 * n, len(refs), 2):
                keys[refs[k]] = refs[k + 1]
        return tuple(map(Token, refs[:n], texts, keys, [names[c] for c in codes[:n]], [names[c] for c in codes[n:]],
                         refs[2 * n:3 * n]))


class TokenCache:
    """The sentences of one parse whose :class:`Token` objects (and the :class:`NounPhrase` and
    :class:`VerbGroup` objects built on them) are kept, oldest first, at most ``limit`` tokens in
    all (:data:`CACHED_TOKENS`); weak references, so a sentence the caller releases goes at once."""

    __slots__ = ("limit", "held", "_kept")

    def __init__(self, limit: int = CACHED_TOKENS) -> None:
        self.limit = limit
        self.held = 0
        self._kept: deque = deque()

    def keep(self, sentence: ParsedSentence, n: int) -> None:
        """Note that ``sentence`` now holds its ``n`` tokens; drop the oldest over the limit."""
        self._kept.append((weakref.ref(sentence), n))
        self.held += n
        while self.held > self.limit and len(self._kept) > 1:
            ref, m = self._kept.popleft()
            self.held -= m
            old = ref()
            if old is not None:
                old.release()


@slot_init
@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A noun phrase of one sentence.

    ``first``/``last``: its tokens (``last`` exclusive): determiner,
    premodifiers, a possessor ("the committee's spokeswoman") and an attached
    ``of``/``for`` complement ("a spokesman for the Kremlin", "secretary of
    state") are inside; an appositive is not (it is a phrase of its own, given
    by ``apposition``). ``head``: the token that names what the phrase refers
    to — the last noun before any complement ("spokesman"), the last word of a
    name ("Yellen" in "Fed Chair Janet L. Yellen"). ``base_last``: end of the
    phrase without its complement. ``kind``: ``"pronoun"``, ``"proper"`` or
    ``"common"``. ``possessor``: index of the phrase that possesses this one
    ("the committee" in "the committee's spokeswoman"), else None; a
    possessor is a phrase of its own, nested inside. ``complement``: index of
    the complement phrase ("the Kremlin"), else None; ``outer``: index of the
    phrase this one is the possessor or complement of, else None (such a
    phrase is never a subject or object itself). ``apposition``: index of the appositive phrase
    after it (", the committee's spokeswoman,"), else None; ``appositive``:
    this phrase is one. ``conjuncts``: indices of all the phrases coordinated
    with this one ("Trump and Cruz"), itself included, in order; () if none.
    """

    first: int
    last: int
    head: int
    start: int
    end: int
    text: str
    kind: str
    base_last: int
    possessor: int | None = None
    complement: int | None = None
    outer: int | None = None
    apposition: int | None = None
    appositive: bool = False
    conjuncts: tuple[int, ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A verb group (Pattern's VP chunk, repaired): auxiliaries, adverbs and
    the main verb. ``main``: index of the main verb (the last verb token);
    ``lemma``: its base form; ``finite``: it can take a subject (its first
    verb is past, present or a modal; a lone past participle right after a
    noun phrase and not followed by a preposition is read as a past tense:
    "…,” Trump implored."); ``passive``: a form of *be* or *get* followed by a
    past participle; ``negated``: "not", "n't" or "never" inside;
    ``particle``: index of a verb particle right after it ("lashed out"), else None."""

    first: int
    last: int
    main: int
    start: int
    end: int
    text: str
    lemma: str
    finite: bool
    passive: bool
    negated: bool
    particle: int | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A grammatical relation in one sentence: the noun phrase ``phrase`` is
    the ``role`` (``"subject"``, ``"object"`` or ``"agent"``) of the verb
    group ``verb`` (indices into the sentence's lists). ``rule`` names the
    rule that found it (see :mod:`biaslab.clauses.links`): ``"left"``,
    ``"relative"``, ``"inverted"``, ``"coordinated"``, ``"absolute"``, ``"controlled"``, ``"after"``,
    ``"by"``."""

    role: str
    verb: int
    phrase: int
    rule: str


#: ``NounPhrase.kind`` by code in :func:`pack_chunks` (its index in :data:`PHRASE_KINDS`).
_KIND_CODES = {kind: code for code, kind in enumerate(PHRASE_KINDS)}


def pack_ints(values: list[int]) -> bytes | array:
    """``values`` (non-negative ints) one byte each when they fit, else two, else four: a
    sentence's token-to-phrase map or packed phrases cost a byte per value instead of a tuple
    slot's 8 (memory, issue 15)."""
    top = max(values, default=0)
    return bytes(values) if top < 256 else array("H", values) if top < 65536 else array("I", values)


def pack_chunks(phrases: Sequence[NounPhrase], verbs: Sequence[VerbGroup]) -> bytes | array:
    """The noun phrases and verb groups of one sentence as small ints (memory, issue 15): what
    :func:`unpack_chunks` needs, with the sentence's tokens and text, to build them again. Offsets,
    texts and a verb group's lemma are not stored: they follow from the tokens. Layout: the number
    of phrases; per phrase ``first, last, head, base_last``, ``possessor, complement, outer,
    apposition`` (each + 1, 0 for None), ``2 * kind code + appositive``, the number of conjuncts
    and the conjuncts; then per verb group ``first, last, main, particle`` (+ 1, 0 for None) and
    ``finite + 2 * passive + 4 * negated``. About 12 bytes a phrase instead of the 190 of a
    :class:`NounPhrase`, its text and end offset."""
    vals = [len(phrases)]
    for p in phrases:
        vals += (p.first, p.last, p.head, p.base_last, _opt(p.possessor), _opt(p.complement), _opt(p.outer),
                 _opt(p.apposition), 2 * _KIND_CODES[p.kind] + p.appositive, len(p.conjuncts))
        vals += p.conjuncts
    for v in verbs:
        vals += (v.first, v.last, v.main, _opt(v.particle), v.finite + 2 * v.passive + 4 * v.negated)
    return pack_ints(vals)


def _opt(k: int | None) -> int:
    return 0 if k is None else k + 1


#: The verb a clitic stands for when it is a verb group's main verb ("There's a letter", "we're ready",
#: "I've a plan"): 's, 're and 'm are forms of *be* ('s as *has* comes before a participle, which is
#: then the main verb), 've and 'd of *have*, 'll of *will* (Quirk et al. 1985 §3.23, contracted forms).
#: The tokens keep :func:`biaslab.morphology.lemma`'s reading ("re"), which the tone model's features
#: were fitted on.
_CLITIC_VERBS = {"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "'d": "have", "'ll": "will"}


def group_lemma(main: Token) -> str:
    """The lemma of a verb group whose main verb is ``main``: the token's, or for a clitic the verb it
    stands for (:data:`_CLITIC_VERBS`)."""
    return _CLITIC_VERBS.get(main.key.lower(), main.lemma)


def unpack_chunks(codes: Sequence[int], toks: Sequence[Token],
                  text: str) -> tuple[tuple[NounPhrase, ...], tuple[VerbGroup, ...]]:
    """The noun phrases and verb groups packed by :func:`pack_chunks`, built on ``toks`` (the
    sentence's tokens) and ``text`` (the parsed text) as :mod:`biaslab.clauses.chunks` builds them:
    offsets from the tokens (an end touching the next token is its start int, :func:`span_end`),
    the text of one token its own string, a verb group's lemma its main verb's (:func:`group_lemma`)."""
    phrases, verbs = [], []
    groups: dict[tuple[int, ...], tuple[int, ...]] = {}  # one conjuncts tuple per group, as chunks builds them
    i, n = 1, len(codes)
    for _ in range(codes[0]):
        f, j, head, base, pos, comp, outer, appo, kind, nc = codes[i:i + 10]
        conj = ()
        if nc:
            conj = tuple(codes[i + 10:i + 10 + nc])
            conj = groups.setdefault(conj, conj)
        i += 10 + nc
        a, b = toks[f].start, span_end(toks, j)
        phrases.append(NounPhrase(f, j, head, a, b, toks[f].text if j - f == 1 else text[a:b], PHRASE_KINDS[kind >> 1],
                                  base, pos - 1 if pos else None, comp - 1 if comp else None,
                                  outer - 1 if outer else None, appo - 1 if appo else None, bool(kind & 1), conj))
    while i < n:
        f, j, main, particle, flags = codes[i:i + 5]
        i += 5
        a, b = toks[f].start, span_end(toks, j)
        verbs.append(VerbGroup(f, j, main, a, b, toks[f].text if j - f == 1 else text[a:b], group_lemma(toks[main]),
                               bool(flags & 1), bool(flags & 2), bool(flags & 4), particle - 1 if particle else None))
    return tuple(phrases), tuple(verbs)


@dataclass(frozen=True, slots=True, weakref_slot=True, eq=False)
class ParsedSentence:
    """One sentence, tagged, chunked and linked once.

    ``index``: position in the parse; ``paragraph``/``heading`` as given by
    the segmenter; ``source``: the sentence object that was parsed (e.g. a
    :class:`biaslab.analysis.SentenceAnalysis` with its sentiment scores);
    ``parsed_text``: the text it is a sentence of.
    ``tokens`` (also ``toks``), ``phrases`` and ``verbs`` (properties): the
    :class:`Token`, :class:`NounPhrase` and :class:`VerbGroup` objects, kept
    while the parse's :class:`TokenCache` has room (see the module
    docstring). When the cache drops them, they are packed first:
    ``columns`` (:class:`TokenColumns`) and ``chunks``
    (:func:`pack_chunks`), from which they are built again when read (both
    properties pack on first read if not packed yet). Two sentences are equal
    when their offsets, paragraph, tokens, phrases, verb groups and links are.
    ``phrase_of`` gives, for each token index, 1 + the index of the innermost
    noun phrase that has it (possessors and complements are inner to their
    phrase), else 0; ``verb_of`` 1 + the index of its verb group, else 0
    (``bytes``, or an ``array`` of unsigned ints past 255 phrases, as long as
    ``tokens``: a long text has millions of tokens. Read them with
    :meth:`phrase_at` and :meth:`verb_at`, which answer the index or None,
    also outside the sentence).
    """

    index: int
    start: int
    end: int
    paragraph: int
    heading: bool
    links: tuple[Link, ...]
    source: object = field(default=None, repr=False)
    phrase_of: Sequence[int] = field(default=b"", repr=False)
    verb_of: Sequence[int] = field(default=b"", repr=False)
    parsed_text: str = field(default="", repr=False)
    cache: TokenCache | None = field(default=None, repr=False)
    #: ``[tokens, phrases, verbs]`` while built (phrases and verbs None until read), else None.
    _built: list | None = field(default=None, repr=False)
    _columns: TokenColumns | None = field(default=None, repr=False)
    _chunks: Sequence[int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self._built is None:
            if self._columns is None or self._chunks is None:
                raise ValueError("a ParsedSentence needs its tokens, phrases and verb groups, built or packed")
        elif self.cache is not None:
            self.cache.keep(self, len(self._built[0]))

    @property
    def columns(self) -> TokenColumns:
        """The tokens by column (packed on first read if not packed yet)."""
        c = self._columns
        if c is None:
            c = TokenColumns.of(self._built[0])
            object.__setattr__(self, "_columns", c)
        return c

    @property
    def chunks(self) -> Sequence[int]:
        """The noun phrases and verb groups as :func:`pack_chunks` packs them (packed on first read if not yet)."""
        c = self._chunks
        if c is None:
            c = pack_chunks(self._built[1], self._built[2])
            object.__setattr__(self, "_chunks", c)
        return c

    def release(self) -> None:
        """Pack the tokens, phrases and verb groups (if not yet) and drop the objects; they are built
        again when read (what the :class:`TokenCache` does to the sentences it has no room for)."""
        if self._built is not None:
            _ = self.columns, self.chunks  # packed if not yet
            object.__setattr__(self, "_built", None)

    def _build(self) -> list:
        built = [self._columns.tokens(), None, None]
        object.__setattr__(self, "_built", built)
        if self.cache is not None:
            self.cache.keep(self, len(built[0]))
        return built

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParsedSentence):
            return NotImplemented
        return (self.index, self.start, self.end, self.paragraph, self.heading, self.links) == \
            (other.index, other.start, other.end, other.paragraph, other.heading, other.links) \
            and self.columns == other.columns and self.chunks == other.chunks

    def __hash__(self) -> int:
        return hash((self.index, self.start, self.end, self.links))

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens (built from :attr:`columns` if not kept)."""
        built = self._built
        return (built if built is not None else self._build())[0]

    #: The tokens, by the name :mod:`biaslab.actors` reads them (the same property).
    toks = tokens

    def _chunk_objects(self, k: int) -> tuple:
        """Item ``k`` of the built objects (1: phrases, 2: verb groups), built from :attr:`chunks` if not kept."""
        built = self._built
        if built is None:
            built = self._build()
        if built[k] is None:
            built[1], built[2] = unpack_chunks(self._chunks, built[0], self.parsed_text)
        return built[k]

    @property
    def phrases(self) -> tuple[NounPhrase, ...]:
        """The noun phrases, in order of their first token (built from :attr:`chunks` if not kept)."""
        return self._chunk_objects(1)

    @property
    def verbs(self) -> tuple[VerbGroup, ...]:
        """The verb groups, in order (built from :attr:`chunks` if not kept)."""
        return self._chunk_objects(2)

    def phrase_at(self, token: int) -> int | None:
        """Index of the innermost noun phrase that has token ``token``, else None."""
        k = self.phrase_of[token] - 1 if 0 <= token < len(self.phrase_of) else -1
        return k if k >= 0 else None

    def phrase_headed_by(self, token: int) -> int | None:
        """Index of the noun phrase that token ``token`` heads (the innermost one holding it whose
        head it is, or an outer one: "claim" heads "Reed's claim"), else None."""
        p = self.phrase_at(token)
        while p is not None and self.phrases[p].head != token:
            p = self.phrases[p].outer
        return p

    def verb_at(self, token: int) -> int | None:
        """Index of the verb group that has token ``token``, else None."""
        k = self.verb_of[token] - 1 if 0 <= token < len(self.verb_of) else -1
        return k if k >= 0 else None

    def linked(self, *, verb: int | None = None, phrase: int | None = None, role: str | None = None) -> list[Link]:
        """The links of a verb group and/or a phrase, optionally of one role."""
        return [k for k in self.links if (verb is None or k.verb == verb) and (phrase is None or k.phrase == phrase)
                and (role is None or k.role == role)]

    def subjects(self, verb: int) -> list[NounPhrase]:
        """The subject phrases of verb group ``verb`` (several when coordinated)."""
        return [self.phrases[k.phrase] for k in self.links if k.verb == verb and k.role == "subject"]

    def phrase_for(self, first: int, last: int) -> int | None:
        """Index of the phrase a mention of tokens ``first:last`` stands for:
        the largest phrase whose head lies in that range, found from the
        innermost phrase of each token outwards ("Putin" in "Putin said" →
        the phrase "Putin"; "Putin" in "Putin’s spokesman" → the possessor
        phrase "Putin", which has no links; "US Defense Secretary Jim Mattis"
        → that phrase, headed by "Mattis"). None when no head lies there."""
        best = None
        for k in range(first, last):
            p = self.phrase_at(k)
            while p is not None:
                np = self.phrases[p]
                if np.head == k:
                    if best is None or np.last - np.first > self.phrases[best].last - self.phrases[best].first:
                        best = p
                    break
                p = np.outer
        return best


@dataclass(frozen=True, slots=True)
class Parse:
    """Every sentence of a text, parsed once (:func:`biaslab.clauses.parse`)."""

    text: str
    sentences: tuple[ParsedSentence, ...]
    starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def sentence_at(self, offset: int) -> ParsedSentence | None:
        """The sentence that holds character ``offset``, else None."""
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        s = self.sentences[k]
        return s if s.start <= offset < s.end else None

    def __len__(self) -> int:
        return len(self.sentences)
