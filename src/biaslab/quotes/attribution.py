"""Attribution rules: the speaker and cue of a quotation, read off the words after or before it.

Rules a (after the quotation), b (right before it) and d (earlier in the
sentence, or a bare colon) of step 3 in the package docstring. Rule e (a
speaker that goes on) and the order of the rules are in :mod:`.core`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .context import PARAGRAPH_BREAK, Context
from .model import MAX_HEARER_WORDS, POST_WINDOW, SPEAKER_WINDOW, SUBJECT_WINDOW, ReportingVerb
from .phrases import OBJECT_PRONOUNS, SKIPPABLE, Phrase, phrase_backward, phrase_forward, subject_slot, tokens
from .verbs import verb_at

_LETTERS = re.compile(r"[A-Za-z]+")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
#: Between a quotation and an attribution after it: spaces and one comma or dash ("…,” said", "…” — said").
_POST_LEAD = re.compile(r"[^\S\r\n\u2028\u2029]*(?:,|—|–|--)?[^\S\r\n\u2028\u2029]*")
#: What may stand between a cue and the quotation it introduces for the two to be adjacent (rule b).
_ADJACENT_GAP = re.compile(r"[\s,:—–-]*\Z")
#: A quotation ending in one of these continues its sentence.
_UNFINISHED = ",;:—–-"


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_resolution: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_class: str | None


#: No speaker and no cue.
NO_ATTRIBUTION = Attribution(None, None, None, None, None, None, None, None)


def _attribution(ctx: Context, phrase: Phrase, cue: tuple[int, int] | None, cue_class: str | None) -> Attribution:
    """The attribution to ``phrase`` (resolved against the actors) with the cue at ``text[cue[0]:cue[1]]``."""
    speaker, how = ctx.resolve(phrase)
    cue_text = ctx.text[cue[0]:cue[1]] if cue else None
    return Attribution(speaker, phrase.start, phrase.end, how, cue_text, *(cue or (None, None)), cue_class)


def _line_end(text: str, pos: int, limit: int) -> int:
    m = _LINE_BREAK.search(text, pos, limit)
    return m.start() if m else limit


def _line_start(text: str, pos: int, floor: int) -> int:
    return max(floor, *(text.rfind(c, floor, pos) + 1 for c in "\n\r\u2028\u2029"))


def _cue_class(verb: ReportingVerb | None) -> str:
    return "according_to" if verb is None else verb.verb_class


def _hearer_end(text: str, verb: ReportingVerb, verb_end: int, limit: int) -> int:
    """End of the cue: after the hearer for verbs marked ``hearer`` in the table ("told reporters")."""
    if not verb.hearer:
        return verb_end
    toks = tokens(text, verb_end, _line_end(text, verb_end, min(limit, verb_end + POST_WINDOW)))
    if not toks:
        return verb_end
    if toks[0].group().lower() in OBJECT_PRONOUNS:
        return toks[0].end()
    found = phrase_forward(text, toks, 0, limit=limit, max_words=MAX_HEARER_WORDS)
    if found and not found[0].pronoun and found[0].end == found[0].head_end:
        return found[0].end
    return verb_end


def after(ctx: Context, start: int, end: int, content_end: int, limit: int) -> Attribution | None:
    """Attribution right after a quotation ending at ``end`` (rule a)."""
    text = ctx.text
    content = text[start + 1:content_end].rstrip()
    pos = _POST_LEAD.match(text, end, limit).end()
    paragraph = PARAGRAPH_BREAK.match(text, pos, limit)
    if paragraph:  # only an unfinished sentence ("…terrorists,”) goes on in the next paragraph
        if not content or content[-1] not in _UNFINISHED:
            return None
        pos = paragraph.end()
    while pos < limit and text[pos].isspace():  # a line break inside a paragraph is a space
        pos += 1
    if pos >= limit or (content.endswith(".") and not text[pos].islower()):
        return None
    toks = tokens(text, pos, _line_end(text, pos, min(limit, pos + POST_WINDOW)))
    if not toks:
        return None
    verb = verb_at(text, toks[0], limit)
    if verb:  # "said Putin", "according to Putin"
        k = next((x for x, t in enumerate(toks) if t.start() >= verb[0]), len(toks))
        found = phrase_forward(text, toks, k, limit=limit)
        return _attribution(ctx, found[0], (toks[0].start(), verb[0]), _cue_class(verb[1])) if found else None
    found = phrase_forward(text, toks, 0, limit=limit)
    if not found:
        return None
    phrase, k = found
    skipped = 0
    while k < len(toks) and skipped < 3 and toks[k].group().lower() in SKIPPABLE:
        k += 1
        skipped += 1
    verb = verb_at(text, toks[k], limit) if k < len(toks) else None
    if not verb or verb[1] is None:
        return None
    return _attribution(ctx, phrase, (toks[k].start(), _hearer_end(text, verb[1], verb[0], limit)),
                        verb[1].verb_class)


def before(ctx: Context, region: int, start: int) -> tuple[Attribution, bool] | None:
    """The nearest attribution in ``text[region:start]``, before a quotation
    opening at ``start`` (rules b and d): (attribution, adjacent?)."""
    text = ctx.text
    words = list(_LETTERS.finditer(text, region, start))
    for w in reversed(words):
        if w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-’'_"):
            continue
        verb = verb_at(text, w, start)
        if not verb:
            continue
        verb_end, rv = verb
        if rv is None:  # "According to X, “…”"
            toks = tokens(text, verb_end, _line_end(text, verb_end, min(start, verb_end + POST_WINDOW)))
            found = phrase_forward(text, toks, 0, limit=start)
            if not found:
                continue
            attr = _attribution(ctx, found[0], (w.start(), verb_end), "according_to")
            return attr, bool(_ADJACENT_GAP.match(text, found[0].end, start))
        floor = _line_start(text, w.start(), max(region, w.start() - SPEAKER_WINDOW))
        toks = tokens(text, floor, w.start())
        phrase = phrase_backward(toks)
        if phrase is not None:
            cue_end = _hearer_end(text, rv, verb_end, start)
            attr = _attribution(ctx, phrase, (w.start(), cue_end), rv.verb_class)
            return attr, bool(_ADJACENT_GAP.match(text, cue_end, start))
        k = subject_slot(toks)
        if k < 0 or not toks[k].group()[0].isalnum():  # "“I think,” said one aide, …, “that …”"
            after_verb = tokens(text, verb_end, _line_end(text, verb_end, min(start, verb_end + POST_WINDOW)))
            found = phrase_forward(text, after_verb, 0, limit=start)
            if found:
                attr = _attribution(ctx, found[0], (w.start(), verb_end), rv.verb_class)
                return attr, bool(_ADJACENT_GAP.match(text, found[0].end, start))
        elif toks[k].group().lower() in ("and", "but"):  # "Biden … called it X and said “…”"
            floor = max(ctx.sentence_start(start), toks[k].start() - SUBJECT_WINDOW)
            mentions = ctx.actor_mentions(floor, toks[k].start())
            if mentions:
                s, e, name, how = mentions[0]  # the sentence's first actor: usually its subject
                cue = (w.start(), verb_end)
                attr = Attribution(name, s, e, how, text[cue[0]:cue[1]], *cue, rv.verb_class)
                return attr, bool(_ADJACENT_GAP.match(text, verb_end, start))
    return None


def colon(ctx: Context, region: int, start: int) -> Attribution | None:
    """A quotation introduced by a bare colon (rule d, no verb)."""
    text = ctx.text
    lead = text[region:start].rstrip()
    if not lead.endswith(":"):
        return None
    at = region + len(lead) - 1
    mentions = ctx.actor_mentions(region, at)
    if not mentions:
        return Attribution(None, None, None, None, ":", at, at + 1, "colon")
    s, e, name, how = mentions[-1]
    return Attribution(name, s, e, how, ":", at, at + 1, "colon")
