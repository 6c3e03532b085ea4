"""Throughput of biaslab against the bare sentiment baseline, and scaling over cores.

Measures, in one run on one machine, over the same synthetic corpus held in
memory (reading files is not timed):

(a) **baseline** — what a user gets with the two bare tools: biaslab's
    segmenter splits each article into sentences (so both sides score the
    same sentences), then NLTK VADER ``polarity_scores`` and TextBlob
    ``TextBlob(s).sentiment`` score each sentence; nothing else;
(b) **full** — :func:`biaslab.analyze` on each article (segmentation,
    sentiment, quotations, loaded terms, frames, actors), in-process;
(c) **scaling** — :func:`biaslab.batch.score_corpus` at ``workers=1`` and
    ``workers=2`` (process pool), rows included.

Words/second = corpus words / wall-clock seconds (``time.perf_counter``),
best of ``--repeat`` runs after a warm-up, so one-off costs (loading the
lexicons and taggers) are not counted. Targets: full ≤ 2.0× the baseline's
time (issue 16; 2.5× before); workers=2 ≥ 1.9× the throughput of workers=1 on 2 cores
(issue 16; measurable only when nothing else runs on the two cores: the script records the load).

With ``--path FOLDER`` the corpus is instead every ``*.txt`` file of a folder
of real articles (e.g. ``../shared/devdata/ptc/articles``: third-party text,
read at run time and never committed), and the result is stored under the key
``throughput_real``; (c) is skipped there.

Usage::

    python benchmarks/bench_throughput.py                 # table + benchmarks/results.json
    python benchmarks/bench_throughput.py --path ../shared/devdata/ptc/articles
    python benchmarks/bench_throughput.py --articles 100 --repeat 1
    python benchmarks/bench_throughput.py --profile       # pyinstrument profile of (b)
    python benchmarks/bench_throughput.py --profile --articles 100 --path ../shared/devdata/ptc/articles
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

#: Default corpus size: ~300 articles x ~560 words is about 170,000 words,
#: long enough (tens of seconds per measurement) for stable timings.
DEFAULT_ARTICLES = 300


def load(n: int, seed: int):
    from biaslab.corpus import Article, iter_articles

    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(n, Path(tmp) / "corpus.jsonl", seed=seed)
        articles = [a for a in iter_articles(path) if isinstance(a, Article)]
    return articles


def load_folder(folder: Path):
    """Every ``*.txt`` file of ``folder`` as an article (sorted by name; unreadable files skipped)."""
    from biaslab.corpus import Article, iter_articles

    return [a for a in iter_articles(folder) if isinstance(a, Article)]


@functools.cache
def _nltk_vader():
    """NLTK's own VADER, unchanged (biaslab's analysis scores with a cheaper subclass,
    :class:`biaslab.vader.Vader`; the baseline is what a user of the bare tool gets)."""
    from biaslab.resources import nltk_vader

    return nltk_vader()


def baseline(articles) -> int:
    """(a): sentences by biaslab's segmenter, VADER + TextBlob on each; returns the sentence count."""
    from textblob import TextBlob

    from biaslab.segmentation import sentences

    analyzer = _nltk_vader()
    n = 0
    for article in articles:
        for s in sentences(article.text):
            analyzer.polarity_scores(s.text)
            TextBlob(s.text).sentiment
            n += 1
    return n


def full(articles) -> int:
    """(b): the full analysis of each article, in-process."""
    from biaslab import analyze

    for article in articles:
        analyze(article)
    return len(articles)


def scaled(articles, workers: int) -> int:
    """(c): score_corpus with ``workers`` processes."""
    from biaslab.batch import score_corpus

    return len(score_corpus(articles, workers=workers, progress=False))


def _cpu() -> float:
    """CPU seconds used so far by this process and its reaped children (pool workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_times(measurements: dict, repeat: int) -> dict[str, tuple[float, float]]:
    """Best ``(wall seconds, CPU seconds)`` of each ``name: (fn, *args)``, by
    wall time. The rounds are interleaved so that a burst of other load does
    not hit one measurement only. CPU seconds include the pool's workers
    (reaped when the pool shuts down): unlike wall time, they barely depend
    on what else the machine is doing."""
    best = dict.fromkeys(measurements, (float("inf"), float("inf")))
    for _ in range(repeat):
        for name, (fn, *args) in measurements.items():
            wall, cpu = time.perf_counter(), _cpu()
            fn(*args)
            took = (time.perf_counter() - wall, _cpu() - cpu)
            best[name] = min(best[name], took)
    return best


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": cores, "python": platform.python_version(), "platform": platform.platform(),
            **{pkg: version(pkg) for pkg in ("biaslab", "nltk", "textblob", "vaderSentiment")}}


def load_average() -> float | None:
    """The 1-minute load average: other work on a shared machine skews the timings."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def run(n: int, seed: int, repeat: int, folder: Path | None = None) -> dict:
    load_before = load_average()
    articles = load_folder(folder) if folder else load(n, seed)
    from biaslab.segmentation import word_count

    words = sum(word_count(a.text) for a in articles)
    baseline(articles[:5])  # warm-up: VADER lexicon, Pattern lexicon, Punkt
    full(articles[:5])  # warm-up: lexicon trie, frame cues, tagger
    measurements = {"baseline": (baseline, articles), "full": (full, articles)}
    if folder is None:
        measurements.update({"workers_1": (scaled, articles, 1), "workers_2": (scaled, articles, 2)})
    t = best_times(measurements, repeat)
    wall = {k: w for k, (w, _) in t.items()}
    r = lambda x: round(x, 3)  # noqa: E731
    return {
        "machine": {**machine(), "load_average_1min_before": load_before, "load_average_1min_after": load_average()},
        "corpus": ({"articles": len(articles), "words": words, "folder": folder.name, "kind": "real articles"}
                   if folder else
                   {"articles": len(articles), "words": words, "seed": seed, "generator": "benchmarks/make_corpus.py"}),
        "repeat": repeat,
        "seconds": {k: r(v) for k, v in wall.items()},
        "cpu_seconds": {k: r(c) for k, (_, c) in t.items()},
        "words_per_second": {k: round(words / v) for k, v in wall.items()},
        "full_over_baseline_time": r(wall["full"] / wall["baseline"]),
        "full_over_baseline_cpu": r(t["full"][1] / t["baseline"][1]),  # steadier on a shared machine
        **({"speedup_2_workers": r(wall["workers_1"] / wall["workers_2"])} if "workers_2" in wall else {}),
        "targets": {"full_over_baseline_time": "<= 2.0", "speedup_2_workers": ">= 1.9"},
    }


def table(result: dict) -> str:
    wps, sec, cpu = result["words_per_second"], result["seconds"], result["cpu_seconds"]
    c, m = result["corpus"], result["machine"]
    names = {"baseline": "(a) baseline: VADER + TextBlob", "full": "(b) full analysis, in-process",
             "workers_1": "(c) score_corpus workers=1", "workers_2": "(c) score_corpus workers=2"}
    source = f"folder {c['folder']}" if "folder" in c else f"seed {c['seed']}"
    lines = [
        f"corpus: {c['articles']} articles, {c['words']:,} words ({source}); best of {result['repeat']}",
        f"machine: {m['cpu']}, {m['cores']} cores; load average before {m['load_average_1min_before']}, "
        f"after {m['load_average_1min_after']}",
        f"{'measurement':<34}{'seconds':>9}{'CPU s':>9}{'words/s':>10}",
        *(f"{label:<34}{sec[k]:>9.2f}{cpu[k]:>9.2f}{wps[k]:>10,}" for k, label in names.items() if k in sec),
        f"full / baseline time: {result['full_over_baseline_time']:.2f}x (target <= 2.0); "
        f"in CPU seconds {result['full_over_baseline_cpu']:.2f}x",
    ]
    if "speedup_2_workers" in result:
        lines.append(f"speedup with 2 workers: {result['speedup_2_workers']:.2f}x (target >= 1.9)")
    return "\n".join(lines)


def profile(n: int, seed: int, out: Path, folder: Path | None = None) -> None:
    """Profile (b) with pyinstrument; write the text report to ``out``. With ``folder``, the
    first ``n`` articles of that folder of real articles instead of ``n`` generated ones."""
    from pyinstrument import Profiler

    articles = load_folder(folder)[:n] if folder else load(n, seed)
    full(articles[:5])
    profiler = Profiler(interval=0.0005)
    profiler.start()
    full(articles)
    profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    out.write_text(text, encoding="utf-8")
    print(text)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    p.add_argument("--out", type=Path, default=HERE / "results.json")
    p.add_argument("--profile", action="store_true", help="profile the full analysis instead (pyinstrument)")
    p.add_argument("--path", type=Path, default=None,
                   help="a folder of real *.txt articles to measure instead of the generated corpus")
    args = p.parse_args(argv)
    if args.profile:
        profile(args.articles, args.seed, HERE / "profile.txt", args.path)
        return
    result = run(args.articles, args.seed, args.repeat, args.path)
    print(table(result))
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    previous["throughput_real" if args.path else "throughput"] = result
    args.out.write_text(json.dumps(previous, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
