"""Cold start: the first analysis in a fresh process, the bare tools' own cold start, and
``biaslab analyze one.txt`` end to end.

Issue 16 asks for the first analysis in a fresh process (loading the
lexicons, VADER, the tagger) under 0.5 s and for the wall time of
``biaslab analyze one.txt``. Each round starts new Python subprocesses that
report, for the bundled article (``corpus/putin-syria-withdrawal-2017-12-11.txt``):

* ``import_seconds`` — ``import biaslab`` (light: resources load on first use);
* ``first_seconds`` / ``first_cpu_seconds`` — the first ``biaslab.analyze``
  (imports NLTK and TextBlob, loads the Pattern tagger, the lexicons, the name lists);
* ``second_seconds`` — the same analysis again, everything loaded;
* ``imported`` — the heavy packages the first analysis brought in;
* the **floor**, what the bare tools cost any user in a fresh process, measured
  the same way (the baseline of ``bench_throughput.py``): import NLTK's VADER
  (with the ``vaderSentiment`` lexicon, as biaslab loads it) and TextBlob, then
  score each sentence of the article once with VADER ``polarity_scores`` and
  ``TextBlob(s).sentiment`` (``floor_import_seconds``, ``floor_seconds``,
  ``floor_cpu_seconds``). The sentences are cut by biaslab's segmenter in this
  parent process and handed over, so the child never imports biaslab before it
  has measured the floor;
* **biaslab's share**: in that same child, right after the floor, the first
  ``biaslab.analyze`` of the article (``added_seconds``, ``added_cpu_seconds``):
  what biaslab adds on top of tools that are already loaded (its own modules,
  the Pattern tagger lexicon, its lexicons, name lists, gazetteer and tone model);
* ``import_breakdown`` — ``python -X importtime -c "import nltk"``: cumulative
  seconds of ``nltk`` and of what it pulls in (``scipy.stats``, ``numpy``,
  ``sklearn``; null when not installed). ``-X importtime`` itself adds a little.

Then ``biaslab analyze ARTICLE --format json`` runs as a command
(``cli_seconds``: wall time of the whole process, interpreter start included),
and ``python -c "pass"`` gives the interpreter's own start (``python_seconds``).
Best of ``--repeat`` rounds for every figure; the 1-minute load average is
recorded, because on a shared machine it sets these times more than the code does.

``--instructions`` also counts the instructions each process executes
(valgrind's cachegrind, ``--cache-sim=no``; about 100 times slower, once each),
which other work on the machine does not change: ``python`` (``-c pass``),
``floor`` (the floor child stopped after the floor) and ``first`` (``import
biaslab`` and the first analysis); ``first - floor`` is biaslab's share.

Usage::

    python benchmarks/bench_startup.py [--repeat 5] [--article PATH] [--instructions]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parent / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"
HEAVY = ("nltk", "scipy", "numpy", "pandas", "textblob", "matplotlib", "sklearn")

_CHILD = r"""
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
import biaslab
t1, c1 = time.perf_counter(), time.process_time()
article = biaslab.load_article(sys.argv[1])
biaslab.analyze(article)
t2, c2 = time.perf_counter(), time.process_time()
if sys.argv[2:] == ["first-only"]:
    raise SystemExit
biaslab.analyze(article)
t3 = time.perf_counter()
print(json.dumps({"import_seconds": t1 - t0, "first_seconds": t2 - t1, "first_cpu_seconds": c2 - c1,
                  "second_seconds": t3 - t2,
                  "imported": sorted(m for m in %r if m in sys.modules)}))
""" % (HEAVY,)

# The bare tools, loaded as a user would (VADER's lexicon from the vaderSentiment
# package, as biaslab.resources.vader does), then biaslab on top of them.
_FLOOR = r"""
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
from importlib import resources
from pathlib import Path
import nltk.data
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from textblob import TextBlob
lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
nltk.data.path.insert(0, str(Path(str(lexicon)).parent))
vader = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
t1 = time.perf_counter()
sentences = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
for s in sentences:
    vader.polarity_scores(s)
    TextBlob(s).sentiment
t2, c2 = time.perf_counter(), time.process_time()
if sys.argv[3:] == ["floor-only"]:
    raise SystemExit
import biaslab
biaslab.analyze(biaslab.load_article(sys.argv[1]))
t3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"floor_import_seconds": t1 - t0, "floor_seconds": t2 - t0, "floor_cpu_seconds": c2 - c0,
                  "added_seconds": t3 - t2, "added_cpu_seconds": c3 - c2, "sentences": len(sentences)}))
"""

_IMPORTTIME = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)$")


def import_breakdown() -> dict[str, float | None]:
    """Cumulative import seconds of ``nltk`` and of the packages it pulls in (fresh process)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import nltk"], capture_output=True,
                          text=True, check=True)
    found: dict[str, float | None] = dict.fromkeys(("nltk", "scipy.stats", "numpy", "sklearn"))
    for line in done.stderr.splitlines():
        m = _IMPORTTIME.match(line.strip("\n"))
        if m and m.group(3) in found and found[m.group(3)] is None:  # the first (outermost) import
            found[m.group(3)] = int(m.group(1)) / 1e6
    # a failed import attempt (NLTK tries sklearn) is listed too: keep only installed packages
    return {k: v if importlib.util.find_spec(k.split(".")[0]) else None for k, v in found.items()}


def instructions(article: Path, sentences: Path) -> dict[str, int]:
    """Instructions executed by each fresh process (module docstring), counted by cachegrind."""
    def count(*args: str) -> int:
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                               sys.executable, *args], capture_output=True, text=True, check=True)
        return int(re.search(r"I\s+refs:\s+([\d,]+)", done.stderr).group(1).replace(",", ""))

    return {"python": count("-c", "pass"), "floor": count("-c", _FLOOR, str(article), str(sentences), "floor-only"),
            "first": count("-c", _CHILD, str(article), "first-only")}


def _round(values: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else _round(v) if isinstance(v, dict) else v
            for k, v in values.items()}


def _best(rounds: list[dict]) -> dict:
    out = {}
    for k, v in rounds[0].items():
        if isinstance(v, dict):
            out[k] = {kk: min((r[k][kk] for r in rounds if r[k][kk] is not None), default=None) for kk in v}
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out[k] = min(r[k] for r in rounds)
        else:
            out[k] = v
    return out


def measure(repeat: int, article: Path = ARTICLE, *, count_instructions: bool = False) -> dict:
    """Best of ``repeat`` fresh-process rounds (module docstring)."""
    from biaslab import load_article
    from biaslab.segmentation import sentences

    text = load_article(article).text
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        sents = Path(tmp) / "sentences.json"
        sents.write_text(json.dumps([s.text for s in sentences(text)]), encoding="utf-8")
        for _ in range(repeat):
            child = json.loads(subprocess.run([sys.executable, "-c", _CHILD, str(article)], capture_output=True,
                                              text=True, check=True).stdout.strip().splitlines()[-1])
            child.update(json.loads(subprocess.run([sys.executable, "-c", _FLOOR, str(article), str(sents)],
                                                   capture_output=True, text=True,
                                                   check=True).stdout.strip().splitlines()[-1]))
            t0 = time.perf_counter()
            subprocess.run([str(Path(sys.executable).parent / "biaslab"), "analyze", str(article), "--format",
                            "json"], capture_output=True, check=True)
            child["cli_seconds"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            child["python_seconds"] = time.perf_counter() - t0
            child["import_breakdown"] = import_breakdown()
            rounds.append(child)
        counted = {"instructions": instructions(article, sents)} if count_instructions else {}
    return _round({**_best(rounds), **counted, "rounds": repeat, "load_average_1min": os.getloadavg()[0],
                   "scikit_learn_installed": importlib.util.find_spec("sklearn") is not None,
                   "article": article.name})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--article", type=Path, default=ARTICLE, help="the article (default: the bundled one; another is stored as startup_real)")
    p.add_argument("--instructions", action="store_true", help="also count instructions with valgrind")
    p.add_argument("--out", type=Path, default=HERE / "results.json")
    args = p.parse_args(argv)
    result = measure(args.repeat, args.article, count_instructions=args.instructions)
    print(json.dumps(result, indent=2))
    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    previous["startup" if args.article == ARTICLE else "startup_real"] = result
    args.out.write_text(json.dumps(previous, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
