"""Time and peak memory of ``biaslab.analyze`` on one very large text.

The bundled article is repeated (with blank lines between copies) until the
text reaches each target size; each size runs in a fresh subprocess that
reports its own peak RSS. Run: ``python benchmarks/bench_large.py [MB ...]``
(default: 1 and 10). Results are appended to ``benchmarks/results-large.json``.
"""
from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parent / "corpus" / "putin-syria-withdrawal-2017-12-11.txt"

CHILD = """
import resource, sys, time
import biaslab
body = biaslab.load_article(sys.argv[1]).text + "\\n\\n"
target = float(sys.argv[2]) * 1_000_000
text = body * max(1, int(target // len(body)))
t = time.perf_counter()
a = biaslab.analyze(text, max_chars=None)
seconds = time.perf_counter() - t
print(len(text), len(a.sentences), seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def main(sizes: list[float]) -> None:
    results = []
    for mb in sizes:
        out = subprocess.run([sys.executable, "-c", CHILD, str(ARTICLE), str(mb)],
                             capture_output=True, text=True, check=True).stdout.split()
        chars, sentences, seconds, peak = int(out[0]), int(out[1]), float(out[2]), float(out[3])
        row = {"mb": round(chars / 1e6, 2), "sentences": sentences, "seconds": round(seconds, 1),
               "peak_rss_mib": round(peak, 1), "mib_per_mb": round(peak / (chars / 1e6), 1)}
        print(row)
        results.append(row)
    path = HERE / "results-large.json"
    history = json.loads(path.read_text()) if path.exists() else []
    history.append({"machine": platform.machine(), "python": platform.python_version(), "runs": results})
    path.write_text(json.dumps(history, indent=2) + "\n")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1.0, 10.0])
