"""Cold start: the first analysis in a fresh process, and ``biaslab analyze one.txt`` end to end.

Issue 16 asks for the first analysis in a fresh process (loading the
lexicons, VADER, the tagger) under 0.5 s and for the wall time of
``biaslab analyze one.txt``. Each round starts a new Python subprocess that
reports, for the bundled article (``corpus/putin-syria-withdrawal-2017-12-11.txt``):

* ``import_seconds`` — ``import biaslab`` (light: resources load on first use);
* ``first_seconds`` / ``first_cpu_seconds`` — the first ``biaslab.analyze``
  (imports NLTK, TextBlob's Pattern tagger, the lexicons, the name lists);
* ``second_seconds`` — the same analysis again, everything loaded;
* ``imported`` — the heavy packages the first analysis brought in.

Then ``biaslab analyze ARTICLE --format json`` runs as a command
(``cli_seconds``: wall time of the whole process). Best of ``--repeat``
rounds; the 1-minute load average is recorded, because on a shared machine
it sets these times more than the code does.

Usage::

    python benchmarks/bench_startup.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parent / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"

_CHILD = r"""
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
import biaslab
t1, c1 = time.perf_counter(), time.process_time()
article = biaslab.load_article(sys.argv[1])
biaslab.analyze(article)
t2, c2 = time.perf_counter(), time.process_time()
biaslab.analyze(article)
t3 = time.perf_counter()
print(json.dumps({"import_seconds": t1 - t0, "first_seconds": t2 - t1, "first_cpu_seconds": c2 - c1,
                  "second_seconds": t3 - t2,
                  "imported": sorted(m for m in ("nltk", "scipy", "numpy", "pandas", "textblob", "matplotlib")
                                     if m in sys.modules)}))
"""


def _round(values: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in values.items()}


def measure(repeat: int) -> dict:
    """Best of ``repeat`` fresh-process rounds (module docstring)."""
    rounds = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", _CHILD, str(ARTICLE)], capture_output=True, text=True,
                              check=True)
        child = json.loads(done.stdout.strip().splitlines()[-1])
        t0 = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "biaslab"), "analyze", str(ARTICLE), "--format", "json"],
                       capture_output=True, check=True)
        child["cli_seconds"] = time.perf_counter() - t0
        rounds.append(child)
    best = {k: min(r[k] for r in rounds) for k in rounds[0] if k != "imported"}
    return _round({**best, "imported": rounds[0]["imported"], "rounds": repeat,
                   "load_average_1min": os.getloadavg()[0], "article": ARTICLE.name})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--out", type=Path, default=HERE / "results.json")
    args = p.parse_args(argv)
    result = measure(args.repeat)
    print(json.dumps(result, indent=2))
    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    previous["startup"] = result
    args.out.write_text(json.dumps(previous, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
