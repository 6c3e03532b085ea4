"""The entry points: :func:`find_quotes` (marks, then attribution, then kind) and :func:`speaker_summary`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import re
from dataclasses import replace

from ..clauses import Parse, ParsedSentence, parse
from ..segmentation import word_count
from . import attribution, kinds
from .attribution import NO_ATTRIBUTION, Attribution
from .context import Context
from .marks import MARKS, mark_width, pair_marks
from .model import SPEECH_KINDS, Quote, QuoteDataError, SpeakerVoice, cue_key
from .names import actor_index, actor_key
from .people import PersonMention

#: A paragraph break: a blank line (spaces allowed on it) or U+2029.
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|[\n\r\u2028])[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028])|\u2029")
#: What may stand before a quotation that still opens its sentence for rule e: a conjunctive
#: adjunct, which links the sentence to the one before without naming anyone (Halliday & Hasan
#: 1976, ch. 5: additive, adversative, temporal; Quirk et al. 1985, 8.137: listing, appositive,
#: "specifically", "for example", and transitional, "after all"), and its comma ("Now, “…”", "But
#: “…”", "Specifically, “…”").
_CONNECTIVE = re.compile(r"\s*(?i:and|but|yet|so|still|now|then|also|however|instead|later|again|meanwhile|indeed"
                         r"|specifically|namely|moreover|furthermore|besides|plus|finally|in fact|of course"
                         r"|for example|for instance|in other words|after all)"
                         r"\s*,?\s*")

#: How many sentences about the speaker may stand between two quotations of one turn (rule e). News
#: writers insert a sentence or two of background about a speaker mid-turn ("… said Ann Moss, 52. She
#: has run the depot since 2001. “…”"); a longer stretch is a new topic.
MAX_ASIDE_SENTENCES = 2


def find_quotes(text: str, *, actors: Mapping[str, Sequence[str]] | None = None,
                include_unpaired: bool = False, parsed: Parse | None = None,
                people: Sequence[PersonMention] | None = None) -> list[Quote]:
    """Quotations in ``text`` with their kind, speaker and cue, in text order.

    ``actors`` maps a canonical name to its aliases (``{"Vladimir Putin":
    ["Putin", "the Russian leader"]}``); speakers that match one are given by
    the canonical name. ``parsed``: the :func:`biaslab.clauses.parse` of
    ``text`` when the caller has it (else it is parsed here, if the text has
    a quotation mark at all). ``people``: where the article names each actor
    (:class:`~biaslab.quotes.people.PersonMention`, as
    :func:`biaslab.actors.speaker_candidates` gives them), so speakers
    resolve to detected actors too and pronouns to the people named before
    them; without it, the declared ``actors`` are matched in the text.
    Only outermost quotations are returned (a quotation inside another is
    part of it). Unbalanced marks are never returned as quotations: see
    :func:`find_unpaired_marks`; with ``include_unpaired=True`` an opening
    mark left open at the end of its paragraph is returned up to that end
    with ``paired=False``. Raises :class:`QuoteDataError` (a ValueError) if
    ``text`` is not a str or ``actors`` is not a mapping; any string is
    accepted.
    """
    if not isinstance(text, str):
        raise QuoteDataError(f"find_quotes() needs a str, not {type(text).__name__}")
    index = actor_index(actor_key(actors))
    if not any(c in text for c in MARKS):
        return []
    closed, unclosed, _ = pair_marks(text)
    spans = sorted([(o, c + 1, o + mark_width(text, o), c + 1 - mark_width(text, c - 1 if c else c), p, True)
                    for o, c, p in closed]
                   + ([(o, e, o + mark_width(text, o), e, p, False) for o, e, p in unclosed] if include_unpaired else []))
    if not spans:
        return []
    if parsed is None:
        parsed = parse(text)
    ctx = Context(text, parsed, index, [(s[0], s[1]) for s in spans], people)
    quotes: list[Quote] = []
    headlines: dict[int, bool] = {}  # sentence index -> in headline case (:func:`.kinds.headline_case`)
    for n, (start, end, c_start, c_end, paragraphs, paired) in enumerate(spans):
        content = text[c_start:c_end]
        words = word_count(content)
        sentence = ctx.sentence_at(start)
        prev_end = _floor(quotes, sentence)
        region = max(sentence.start if sentence is not None else start, prev_end)
        # rules a, b, c (title), d in that order: see the package docstring
        titled = paired and kinds.after_title_participle(text, start, content, region)  # "a memo titled “…”"
        attr = attribution.after(ctx, start, end, content) if paired and not titled else None
        kind = "title" if titled else None
        if sentence is not None and sentence.index not in headlines:  # once per sentence, not per quotation
            headlines[sentence.index] = kinds.headline_case(text[sentence.start:sentence.end])
        headline = sentence is not None and headlines[sentence.index]
        if attr is None and headline and not titled:
            attr = attribution.headline(ctx, start)
        if attr is None and not titled:
            attr = attribution.labelled(ctx, prev_end, start)  # rule d': "… – Ann Moss: “…”"
        if attr is None and not titled:
            found = attribution.before(ctx, prev_end, start)
            if found and found[1]:
                attr = found[0]
            elif paired and not headline and kinds.title_shaped(text, start, content, region):
                kind = "title"
            else:
                intro = attribution.introduced(ctx, prev_end, start, content)
                if intro is not None and (found is None or found[2] < intro[1]):
                    attr = intro[0]  # the main clause introduces it: "When Reed spoke, Moss fired back: “…”"
                else:
                    attr = found[0] if found else attribution.colon(ctx, prev_end, start)
        if (attr is None or attr.speaker is None) and kind is None and sentence is not None \
                and (region == sentence.start or _quotations_open(text, spans, n - 1, sentence.start)) \
                and (not text[region:start].strip() or _CONNECTIVE.fullmatch(text, region, start)
                     or (region == sentence.start and not text[end:sentence.end].strip(" .!?")
                         and attribution.fronted_adjunct(ctx, sentence, start))):
            goes_on = _continued(ctx, quotes, sentence)  # rule e: the same speaker goes on
            if goes_on is not None:
                attr = goes_on if attr is None else replace(attr, speaker=goes_on.speaker,
                                                            speaker_start=goes_on.speaker_start,
                                                            speaker_end=goes_on.speaker_end,
                                                            speaker_resolution=goes_on.speaker_resolution)
        if (attr is None or attr.speaker is None) and paired and not titled:
            signed = attribution.signature(ctx, start, end)  # rule e': "“…” — Ann Moss"
            if signed is not None:
                attr, kind = signed, None
        if kind is None:
            embedded = kinds.is_embedded(text, start)
            if (attr is None or attr.speaker is None) and paired \
                    and kinds.scare_shaped(content, words, paragraphs, embedded):
                kind = "scare"
                attr = None
            else:
                kind = kinds.direct_or_partial(content, embedded)
        attr = attr or NO_ATTRIBUTION
        quotes.append(Quote(
            start, end, text[start:end], c_start, c_end, kind,
            attr.speaker, attr.speaker_start, attr.speaker_end, attr.speaker_resolution,
            attr.cue, attr.cue_start, attr.cue_end, attr.cue_class,
            words, paragraphs, paired))
    return _last_resort(ctx, _clause_voice(ctx, _turn_goes_on(ctx, _late(ctx, _share_in_sentence(ctx, quotes)))))


def _quotations_open(text: str, spans: list[tuple], m: int, lo: int) -> bool:
    """Do quotation ``m`` and those before it in its sentence (from offset ``lo``) open that sentence,
    with nothing but white space between them ("“Yes.” “No.”"; not "… the “ultra-liberal” “wing”": a
    quotation after another inside the writer's sentence does not open it, rule e)?"""
    if m < 0:
        return True
    pos = spans[m][0]
    while m > 0 and spans[m - 1][1] > lo:
        if text[spans[m - 1][1]:pos].strip():
            return False
        m -= 1
        pos = spans[m][0]
    return not text[lo:pos].strip()


def _speaker_only(q: Quote) -> Attribution:
    """Quotation ``q``'s speaker as an attribution without a cue (a turn that goes on)."""
    return Attribution(q.speaker, q.speaker_start, q.speaker_end, q.speaker_resolution, None, None, None, None)


def _credited(ctx: Context, q: Quote, who: Attribution | Quote, *, with_cue: bool = False) -> Quote:
    """``q`` as the speech quotation (direct or partial, step 5) of ``who``'s speaker, with
    ``who``'s cue too when ``with_cue`` (else its own, None for the late rules)."""
    cue = dict(cue=who.cue, cue_start=who.cue_start, cue_end=who.cue_end, cue_class=who.cue_class) if with_cue else {}
    return replace(q, kind=kinds.direct_or_partial(q.content, kinds.is_embedded(ctx.text, q.start)),
                   speaker=who.speaker, speaker_start=who.speaker_start, speaker_end=who.speaker_end,
                   speaker_resolution=who.speaker_resolution, **cue)


def _late(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Rules g–i (:func:`.attribution.late`) for the quotations still without a speaker."""
    out = []
    for q in quotes:
        if q.speaker is None and q.kind != "title" and q.paired:
            attr = attribution.late(ctx, q.start, q.end)
            if attr is not None and attr.speaker is not None:
                q = _credited(ctx, q, attr, with_cue=True)
        out.append(q)
    return out


def _turn_goes_on(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Rule k: a scare-shaped or partial quotation left without a speaker in a sentence right after a
    sentence attributed to a speaker, in the same paragraph, is that speaker's words when its own sentence
    names no other speaker and asks nothing (no reporting verb outside quotations, no question mark
    of its own at its end: the writer's question, no quotation with a speaker of
    its own, no person or actor named other than the speaker, a main subject that is a third-person
    pronoun or the speaker, a speaker who is not the writer or the reader: "I", "we", "us", "you", or
    any subject when the sentence before ends with its attribution after a comma and so is reported
    speech as a whole: "…, Moss said. Good sense wins when “…”",
    :func:`.attribution.closing_attribution`): the writer goes on reporting the speaker's turn ("Moss
    said the levy was unfair. It would hit “working families” hardest." — the second sentence is still
    Moss's account, as attribution annotation reads it; Pareti 2016 marks such content spans across
    sentences). The
    previous sentence is attributed when a speech quotation in it has a speaker, or when a
    reporting verb in it has a subject (:func:`.attribution.last_reporting_subject`).
    ``cue=None``."""
    by_sentence: dict[int, list[int]] = {}
    for n, q in enumerate(quotes):
        s = ctx.sentence_at(q.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(n)
    out = list(quotes)
    for n, q in enumerate(quotes):
        if q.kind not in ("scare", "partial") or q.speaker is not None:
            continue
        s = ctx.sentence_at(q.start)
        if s is None or s.index == 0 or ctx.sentence_at(q.end - 1) is not s:
            continue
        prev = ctx.parsed.sentences[s.index - 1]
        if prev.paragraph != s.paragraph or any(quotes[m].speaker is not None for m in by_sentence.get(s.index, ())):
            continue
        if attribution.has_reporting_verb(ctx, s) \
                or (s.tokens[-1].key == "?" and not ctx.inside_quote(s.tokens[-1].start)):
            continue  # a question of the writer's ("And where did this “levy” idea come from?")
        donor = next((quotes[m] for m in reversed(by_sentence.get(prev.index, ()))
                      if quotes[m].speaker is not None and quotes[m].kind in SPEECH_KINDS), None)
        attr = _speaker_only(donor) if donor is not None else attribution.last_reporting_subject(ctx, prev)
        if attr is None or attr.speaker is None or attr.speaker.lower() in attribution.WRITER_PRONOUNS \
                or any(m.name != attr.speaker for m in ctx.mentions_in(s.start, s.end) if not m.quoted):
            continue  # the sentence names someone else: it may be theirs
        if not attribution.subject_may_be(ctx, s, attr.speaker) and not attribution.closing_attribution(ctx, prev):
            continue  # "The non-profit is seeking “…”": a subject of its own (unless the sentence before
            #           was reported speech as a whole: "…, Moss said. Good data still wins when “…”")
        out[n] = _credited(ctx, q, attr)
    return out


def _clause_voice(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Rule l (:func:`.attribution.clause_voice`) for the scare and partial quotations still without a speaker."""
    out = []
    for q in quotes:
        s = ctx.sentence_at(q.start)
        if q.kind in ("scare", "partial") and q.speaker is None and s is not None and ctx.sentence_at(q.end - 1) is s:
            attr = attribution.clause_voice(ctx, s, ctx.token_at(s, q.start), ctx.token_at(s, q.end - 1) + 1)
            if attr is not None:
                q = _credited(ctx, q, attr)
        out.append(q)
    return out


def _last_resort(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Rule m (:func:`.attribution.last_resort`) for the speech quotations still without a speaker."""
    out = []
    for q in quotes:
        if q.kind in SPEECH_KINDS and q.speaker is None and q.paired:
            attr = attribution.last_resort(ctx, q.start, q.end)
            if attr is not None:
                q = replace(q, speaker=attr.speaker, speaker_start=attr.speaker_start, speaker_end=attr.speaker_end,
                            speaker_resolution=attr.speaker_resolution, cue=attr.cue, cue_start=attr.cue_start,
                            cue_end=attr.cue_end, cue_class=attr.cue_class)
        out.append(q)
    return out


def _floor(quotes: list[Quote], sentence: ParsedSentence | None) -> int:
    """Where the words that may introduce the next quotation start: the end of the last quotation
    before it, passing over short phrases quoted inside the writer's clause of the same sentence with
    no speaker (a scare-shaped, partial or title quotation: "… the robbers – armed with “assault
    rifles” – were able to hurt: “…”" is introduced by the whole clause)."""
    for q in reversed(quotes):
        if q.speaker is None and q.kind in ("scare", "partial", "title") and sentence is not None \
                and sentence.start < q.start:
            continue
        return q.end
    return 0


def _continued(ctx: Context, quotes: list[Quote], sentence) -> Attribution | None:
    """Rule e, for a quotation that opens its sentence (after a conjunctive adjunct at most, "Now,
    “…”": :data:`_CONNECTIVE`) without an attribution: the speaker of the
    previous speech quotation when it stands in the previous sentence or in this one ("“…,” he
    said. “…”"), else the subject of a reporting verb in the previous sentence ("Ana Ruiz
    says. “…”"). Across a paragraph break only when the quotation opens its paragraph, which
    the previous paragraph's last sentence then introduces. A clause coordinated after the previous
    quotation's attribution with a subject of its own ends that turn: its subject speaks when its
    verb reports ("“…,” Moss said, and Reed replied. “…”"), else nobody is credited ("…, and the
    crowd cheered. “…”"). Past the previous sentence, the turn goes on across at most
    :data:`MAX_ASIDE_SENTENCES` sentences of the same paragraph that are only about the speaker or the
    topic (their subjects name the speaker, a he/she resolved to the speaker included, or no person; no
    reporting verb: :func:`.attribution.about_speaker`): "“…,” said Ann Moss. She has run the depot for
    years. “…”", "“…,” Tom Reed said. The towns have no hospital. “…”" (the writer's aside inside a
    turn, which attribution annotation gives to the speaker); when they name the speaker, such
    sentences may also stand in a paragraph of their own between the two quotations' or close the
    first quotation's paragraph (:func:`_aside_paragraph`). Without a previous quotation in the
    previous sentence nor a reporting verb there, a name or actor that is the subject of that
    sentence's first main verb (active, same paragraph: :func:`.attribution.person_subject`) speaks:
    "Tom Reed is unapologetic about his aim. “…”"."""
    if sentence.index == 0:
        return None
    prev = ctx.parsed.sentences[sentence.index - 1]
    last = quotes[-1] if quotes else None
    turn = _speaker_only(last) if last is not None and last.speaker is not None and last.kind in SPEECH_KINDS \
        else None
    if last is not None and last.end > prev.start:
        if turn is not None:
            after = max(last.end, last.speaker_end or 0, last.cue_end or 0)
            other = attribution.coordinated_clause(ctx, prev, after)
            if other is not None:  # "“…,” Moss said, and the crowd cheered. “…”": not Moss's turn
                return other if other.speaker is not None else None
            return turn
    elif turn is not None:
        first = ctx.sentence_at(last.end - 1)
        between = ctx.parsed.sentences[first.index + 1:sentence.index] if first is not None else ()
        aside = 0 < len(between) <= MAX_ASIDE_SENTENCES \
            and all(attribution.about_speaker(ctx, b, last.speaker) for b in between)
        if aside and (first.paragraph == sentence.paragraph
                      or _aside_paragraph(ctx, first, between, sentence, last.speaker)):
            return turn  # "“…,” said Ann Moss. She has run the depot for years. “…”": an aside about the speaker
    found = attribution.last_reporting_subject(ctx, prev)
    if found is None and prev.paragraph == sentence.paragraph:
        found = attribution.person_subject(ctx, prev)
    return found


def _aside_paragraph(ctx: Context, first: ParsedSentence, between: Sequence[ParsedSentence],
                     sentence: ParsedSentence, speaker: str) -> bool:
    """Do ``between`` (the sentences after the one that ends the previous quotation) stand in one
    paragraph, that quotation's own or the next, right before ``sentence``'s, and their subjects name
    the speaker at least once ("“…,” Moss notes.¶ Moss is upbeat about the vote.¶ “…”"; "“…,” Moss
    added. She turned next to the mayor.¶ “…?”": the writer's aside inside a turn, as in one paragraph)?"""
    paragraph = between[0].paragraph
    return all(b.paragraph == paragraph for b in between) \
        and first.paragraph <= paragraph == sentence.paragraph - 1 <= first.paragraph + 1 \
        and any(attribution.names_speaker(ctx, b, speaker) for b in between)


def _share_in_sentence(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """A quotation left without a speaker (a scare quote included) in a sentence where another
    quotation has a speaker from a reporting verb is that speaker's too ("Guns are “a crisis” and
    “stunt growth,” Dean proclaimed"), or, when none has, where the quotation opening the sentence goes
    on with a turn (:func:`_opens_turn`), unless it stands in a clause whose subject names someone
    else (:func:`_voiced_by_other`); it gets no cue of its own (the cue is counted once)."""
    by_sentence: dict[int, list[int]] = {}
    for n, q in enumerate(quotes):
        s = ctx.sentence_at(q.start)
        if s is not None and ctx.sentence_at(q.end - 1) is s:
            by_sentence.setdefault(s.index, []).append(n)
    out = list(quotes)
    for members in by_sentence.values():
        donors = [quotes[n] for n in members if quotes[n].speaker is not None and quotes[n].cue_class
                  not in (None, "colon")] or [quotes[n] for n in members[:1] if _opens_turn(ctx, quotes[n])]
        if not donors:
            continue
        d = donors[0]
        for n in members:
            q = quotes[n]
            if q.speaker is None and q.kind != "title" and not _voiced_by_other(ctx, q, d.speaker):
                out[n] = _credited(ctx, q, d)
    return out


def _opens_turn(ctx: Context, q: Quote) -> bool:
    """Does speech quotation ``q`` open its sentence with a speaker and no cue (rule e: the turn goes
    on, "“…,” said Reed. “This was Diaz's idea” and his aides' “…”")?"""
    s = ctx.sentence_at(q.start)
    return q.speaker is not None and q.cue is None and q.kind in SPEECH_KINDS and s is not None and s.start == q.start


def _voiced_by_other(ctx: Context, q: Quote, speaker: str) -> bool:
    """Does rule l give quotation ``q`` to someone other than ``speaker``: it stands in a clause of its
    own whose subject names another person ("While Reed calls it a “fine plan,” Moss harps on the
    “harbor” clause": the second is Moss's)?"""
    s = ctx.sentence_at(q.start)
    attr = attribution.clause_voice(ctx, s, ctx.token_at(s, q.start), ctx.token_at(s, q.end - 1) + 1)
    return attr is not None and attr.speaker is not None and attr.speaker != speaker


def speaker_summary(quotes: Sequence[Quote]) -> dict[str, SpeakerVoice]:
    """Per-speaker counts over the direct and partial quotations, keyed by
    speaker (quotations without a speaker are left out), most quoted first."""
    speech = [q for q in quotes if q.kind in SPEECH_KINDS]
    total = sum(q.words for q in speech)
    grouped: dict[str, list[Quote]] = {}
    for q in speech:
        if q.speaker is not None:
            grouped.setdefault(q.speaker, []).append(q)
    out = {}
    for speaker, qs in sorted(grouped.items(), key=lambda kv: (-sum(q.words for q in kv[1]), kv[0])):
        words = sum(q.words for q in qs)
        cues = Counter(cue_key(q.cue) for q in qs if q.cue)
        out[speaker] = SpeakerVoice(speaker, len(qs), words, words / total if total else 0.0, cues,
                                    sum(q.cue_class == "loaded" for q in qs))
    return out
