"""Peak memory of ``biaslab score`` as the corpus grows (it should stay flat).

For each corpus size (default 1,000 and 10,000 synthetic articles from
``make_corpus.py``), ``biaslab score CORPUS --out rows.csv --workers W
--quiet`` runs in a fresh Python subprocess, which then reports:

* ``main_peak_mib`` — peak resident set size of the main process (it reads
  the corpus, keeps the in-flight window and writes the rows), from
  ``resource.getrusage(RUSAGE_SELF).ru_maxrss``;
* ``worker_peak_mib`` — the largest peak RSS among its worker processes
  (``RUSAGE_CHILDREN``: the maximum over waited-for children);
* ``python_peak_mib`` — the main process's peak of Python allocations
  traced by :mod:`tracemalloc` (only with ``--tracemalloc``: it slows the run).

Target: each peak at 10k articles within 20% of its value at 1k. Linux
reports ``ru_maxrss`` in KiB.

Usage::

    python benchmarks/bench_memory.py                     # 1k and 10k, 2 workers
    python benchmarks/bench_memory.py --sizes 200 2000 --workers 1
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

#: Run inside the subprocess: score, then print the peaks as JSON on stdout.
_CHILD = r"""
import json, resource, sys, tracemalloc
trace = sys.argv[1] == "1"
if trace:
    tracemalloc.start()
from biaslab.cli import main
status = main(sys.argv[2:])
peak = tracemalloc.get_traced_memory()[1] if trace else None
print(json.dumps({
    "status": status,
    "main_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "worker_peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    "python_peak_bytes": peak,
}))
"""


def measure(corpus: Path, out: Path, workers: int, trace: bool) -> dict:
    args = ["score", str(corpus), "--out", str(out), "--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "1" if trace else "0", *args],
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"biaslab score failed ({done.returncode}):\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    mib = lambda kib: round(kib / 1024, 1)  # noqa: E731
    return {
        "status": report["status"],
        "seconds": round(seconds, 1),
        "main_peak_mib": mib(report["main_peak_kib"]),
        "worker_peak_mib": mib(report["worker_peak_kib"]) if workers > 1 else None,
        "python_peak_mib": round(report["python_peak_bytes"] / 2**20, 1) if trace else None,
        "summary": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "",
    }


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    p.add_argument("--out", type=Path, default=HERE / "results.json")
    args = p.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = write_corpus(n, Path(tmp) / f"corpus-{n}.jsonl", seed=args.seed)
            result = {"articles": n, "corpus_mib": round(corpus.stat().st_size / 2**20, 1),
                      **measure(corpus, Path(tmp) / f"rows-{n}.csv", args.workers, args.tracemalloc)}
            rows.append(result)
            print(json.dumps(result), flush=True)
    first, last = rows[0], rows[-1]
    ratios = {k: round(last[k] / first[k], 3) for k in ("main_peak_mib", "worker_peak_mib", "python_peak_mib")
              if first.get(k) and last.get(k)}
    print(f"{'articles':>9}{'corpus MiB':>12}{'seconds':>9}{'main MiB':>10}{'worker MiB':>12}")
    for r in rows:
        print(f"{r['articles']:>9,}{r['corpus_mib']:>12}{r['seconds']:>9}{r['main_peak_mib']:>10}"
              f"{r['worker_peak_mib'] if r['worker_peak_mib'] is not None else '-':>12}")
    print("peak ratio, largest / smallest corpus:", ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items()),
          "(target <= 1.2)")
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    previous["memory"] = {"workers": args.workers, "runs": rows, "ratio_largest_to_smallest": ratios,
                          "target": "<= 1.2"}
    args.out.write_text(json.dumps(previous, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
