"""Where the memory of ``biaslab.analyze`` on one large text goes: tracemalloc by pipeline step and by holder.

Builds the text of ``bench_memory.py --text-mb`` (``make_corpus.py`` articles
joined by blank lines, default 1 MB), analyses one small article first so
every shared resource is loaded, then traces the analysis of the large text
with :mod:`tracemalloc` and prints, in bytes per byte of text (UTF-8):

* **by step**: for each function :func:`biaslab.analyze` calls (and the
  parts of :func:`biaslab.actors.profile_actors`), the traced memory held
  when it starts, the peak above that during it, and what it adds to what is
  held;
* **by holder**: what is held right after the quotation finder (at the
  start of ``attach_voice``: where the peak is, the whole parse, the names
  and the quotations held; from the actor layer on, parses are released),
  the allocation sites (``filename:lineno``) grouped into the holders of
  ``benchmarks/README.md``.

``score_frames`` runs inside ``profile_actors`` (``biaslab.analyze`` passes
it as a function, called once the mentions' parses are read), so it is
listed among the actor layer's steps.

The figures are of traced Python allocations, not of the resident set
(``bench_memory.py`` measures that); several times slower than an untraced
run. Usage::

    python benchmarks/trace_memory.py [--text-mb 1] [--top 0]
"""
from __future__ import annotations

import argparse
import collections
import functools
import linecache
import random
import sys
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_article  # noqa: E402

#: The steps traced: functions of biaslab.analysis, then parts of profile_actors (indented).
STEPS = ["paragraphs", "sentences", "parse", "resolve_names", "find_quotes", "find_loaded_terms", "attach_voice",
         "score_frames", "profile_actors", "credit_speakers", "score_sentences", "summarize"]
ACTOR_STEPS = ["_tag", "_resolve", "_mentions", "_read_mentions", "actor_tone", "_descriptors", "_agency"]
#: The step at whose start the "by holder" snapshot is taken: where the peak is (before 2026-11-29
#: evening, when the frames were scored before the parse was released: "_read_mentions").
SNAPSHOT_AT = "attach_voice"
#: Allocation sites → holder: (path ending, text of the source line or None for any line, holder).
HOLDERS = [
    ("actors/tone.py", "evidence.append", "tone evidence items (ToneEvidence)"),
    ("actors/tone.py", "add =", "tone evidence logits (a 3-float tuple per item)"),  # before commit dd505a0
    ("actors/tone.py", "MentionTone(", "per-mention tones (MentionTone, probabilities)"),
    ("actors/tone_model.py", None, "per-mention tones (MentionTone, probabilities)"),
    ("actors/tone_features.py", None, "tone feature names, values and offsets held by evidence"),
    ("clauses/chunks.py", "Token(", "parse: Token objects"),
    ("clauses/tokens.py", None, "parse: token start offsets (int objects)"),
    ("clauses/model.py", "self.start + len", "token end offsets kept (int objects)"),
    ("clauses/model.py", "return cls(tuple(refs)", "parse: token columns (TokenColumns)"),
    ("clauses/model.py", "tuple(map(Token", "parse: Token objects (built from the columns, kept by the cache)"),
    ("clauses/model.py", "phrases.append(NounPhrase(", "parse: noun phrases"),
    ("clauses/model.py", "verbs.append(VerbGroup(", "parse: verb groups"),
    ("clauses/model.py", "toks[f].text if j - f == 1 else", "parse: noun phrases and verb groups' texts"),
    ("clauses/model.py", "return bytes(values) if top < 256", "parse: packed noun phrases and verb groups (chunks)"),
    ("census.py", None, "census name tables (once per process)"),
    ("clauses/chunks.py", "NounPhrase(", "parse: noun phrases"),
    ("clauses/chunks.py", "phrases.append", "parse: noun phrases"),
    ("clauses/chunks.py", "toks[i].text if", "parse: noun phrases and verb groups' texts"),
    ("clauses/chunks.py", "VerbGroup(", "parse: verb groups"),
    ("clauses/links.py", None, "parse: links"),
    ("clauses/__init__.py", None, "parse: per-sentence tuples, token-to-phrase/verb maps"),
    ("segmentation.py", None, "sentences and paragraphs (texts, spans)"),
    ("analysis.py", None, "sentences and paragraphs (texts, spans)"),
    ("sentiment.py", None, "sentence VADER/TextBlob scores"),
    ("vader.py", None, "sentence VADER/TextBlob scores"),
    ("frames.py", None, "frames (cues, per-sentence scores)"),
    ("biaslab/actors/", None, "names and mentions (actor layer)"),
    ("biaslab/quotes/", None, "quotations"),
    ("biaslab/lexicon/", None, "loaded terms"),
]


def build_text(megabytes: float) -> str:
    """The text of ``bench_memory.py --text-mb`` (same seed, same bytes)."""
    rng, parts, size = random.Random(0), [], 0
    while size < megabytes * 1_000_000:
        parts.append(make_article(len(parts), rng)["text"])
        size += len(parts[-1].encode("utf-8")) + 1
    return "\n".join(parts)


def _holder(frame) -> str:
    line = linecache.getline(frame.filename, frame.lineno)
    for suffix, needle, holder in HOLDERS:
        if (frame.filename.endswith(suffix) or (suffix.endswith("/") and suffix in frame.filename)) \
                and (needle is None or needle in line):
            return holder
    return "other"


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--text-mb", type=float, default=1.0)
    p.add_argument("--top", type=int, default=0, help="also list the N largest allocation sites at the peak")
    p.add_argument("--at", default=SNAPSHOT_AT, choices=STEPS + ACTOR_STEPS,
                   help=f"the step at whose first call the 'by holder' snapshot is taken (default {SNAPSHOT_AT})")
    args = p.parse_args(argv)
    import biaslab
    import biaslab.actors.profile as profile
    import biaslab.analysis as analysis
    import biaslab.resources

    text = build_text(args.text_mb)
    size = len(text.encode("utf-8"))
    biaslab.analyze(make_article(0, random.Random(1))["text"])
    biaslab.resources.warm_up()  # also the resources the small article did not need (census names: 11.5 MB)
    steps: dict[str, list[float]] = {}
    snapshot = {}

    def wrap(module, name, label):
        f = getattr(module, name)

        @functools.wraps(f)
        def traced(*a, **k):
            if name == args.at and "peak" not in snapshot:  # its first call
                snapshot["peak"] = tracemalloc.take_snapshot()
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            out = f(*a, **k)
            if hasattr(out, "__next__"):
                out = list(out)
            current, peak = tracemalloc.get_traced_memory()
            row = steps.setdefault(label, [before, 0, 0])
            row[1] = max(row[1], peak - before)
            row[2] += current - before
            return out
        setattr(module, name, traced)

    for name in STEPS:
        wrap(analysis, name, "  " + name if name == "score_frames" else name)
    for name in ACTOR_STEPS:
        wrap(profile, name, "  " + name)

    tracemalloc.start(1)
    result = biaslab.analyze(text, max_chars=None)
    retained = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"{size:,} bytes, {len(result.sentences):,} sentences; retained by the Analysis "
          f"{retained / size:.1f} bytes per byte")
    print(f"\n{'step':24}{'held before':>12}{'peak above':>12}{'adds':>8}")
    for label, (before, above, adds) in steps.items():
        print(f"{label:24}{before / size:12.1f}{above / size:12.1f}{adds / size:8.1f}")
    top = max(before + above for before, above, _ in steps.values())
    print(f"peak of the steps: {top / size:.1f} bytes per byte")
    held = snapshot["peak"].filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)]).statistics("lineno")
    by_holder = collections.Counter()
    for stat in held:
        by_holder[_holder(stat.traceback[0])] += stat.size
    print(f"\nheld at the start of {args.at}: {sum(by_holder.values()) / size:.1f} bytes per byte")
    for holder, n in by_holder.most_common():
        print(f"{n / size:6.1f}  {holder}")
    for stat in held[:args.top]:
        frame = stat.traceback[0]
        print(f"{stat.size / size:6.2f} {stat.count:9,}  {frame.filename}:{frame.lineno}  "
              f"{linecache.getline(frame.filename, frame.lineno).strip()[:80]}")


if __name__ == "__main__":
    main()
