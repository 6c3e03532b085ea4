"""Peak memory of ``biaslab score`` as the corpus grows (it should stay flat),
and of ``biaslab.analyze`` per byte of one large text (``--text-mb``).

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

With ``--text-mb 1 10``, each size instead builds **one** text of that many
megabytes (UTF-8) from ``make_corpus.py`` articles joined by blank lines and
runs ``biaslab.analyze(text, max_chars=None)`` on it in a fresh subprocess,
after analysing one small article and calling ``biaslab.resources.warm_up()``, so that every
shared resource is loaded (also those the small article does not need, such as the census names).
Reported per byte of text: ``rss_per_byte`` — growth of the resident set
during the analysis (peak ``ru_maxrss`` minus the resident set just before,
from ``/proc/self/statm``) — and, with ``--tracemalloc`` (a separate, slower
run), ``traced_peak_per_byte`` (peak of Python allocations during the
analysis) and ``retained_per_byte`` (what the finished ``Analysis`` holds).
Target: peak memory of the analysis at most 50 bytes per byte of text.

Usage::

    python benchmarks/bench_memory.py                     # 1k and 10k, 2 workers
    python benchmarks/bench_memory.py --sizes 200 2000 --workers 1
    python benchmarks/bench_memory.py --text-mb 1 10 [--tracemalloc]
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


#: Run inside the subprocess for ``--text-mb``: build the text, analyse it once, print the figures.
_ONE_TEXT = r"""
import json, random, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[3])
from make_corpus import make_article
import biaslab
import biaslab.resources

megabytes, trace = float(sys.argv[1]), sys.argv[2] == "1"
rng, parts, size = random.Random(0), [], 0
while size < megabytes * 1_000_000:
    parts.append(make_article(len(parts), rng)["text"])  # each ends with a newline
    size += len(parts[-1].encode("utf-8")) + 1
text = "\n".join(parts)
del parts
biaslab.analyze(make_article(0, random.Random(1))["text"])
biaslab.resources.warm_up()  # every shared resource, also those the small article did not need (census names)
page = resource.getpagesize()
with open("/proc/self/statm") as statm:
    rss_before = int(statm.read().split()[1]) * page
if trace:
    tracemalloc.start()
start, cpu = time.perf_counter(), time.process_time()
analysis = biaslab.analyze(text, max_chars=None)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
current, peak = tracemalloc.get_traced_memory() if trace else (None, None)
print(json.dumps({"bytes": len(text.encode("utf-8")), "chars": len(text), "sentences": len(analysis.sentences),
                  "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1), "rss_before": rss_before,
                  "rss_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                  "traced_peak": peak, "traced_current": current}))
"""


def measure_text(megabytes: float, trace: bool) -> dict:
    done = subprocess.run([sys.executable, "-c", _ONE_TEXT, str(megabytes), "1" if trace else "0", str(HERE)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"biaslab.analyze failed ({done.returncode}):\n{done.stderr}")
    r = json.loads(done.stdout.strip().splitlines()[-1])
    per_byte = lambda n: round(n / r["bytes"], 1) if n is not None else None  # noqa: E731
    return {"mb": round(r["bytes"] / 1e6, 2), "chars": r["chars"], "sentences": r["sentences"],
            "seconds": r["seconds"], "cpu_seconds": r["cpu_seconds"], "tracemalloc": trace,
            "rss_before_mib": round(r["rss_before"] / 2**20, 1), "rss_peak_mib": round(r["rss_peak"] / 2**20, 1),
            "rss_per_byte": per_byte(r["rss_peak"] - r["rss_before"]),
            "traced_peak_per_byte": per_byte(r["traced_peak"]), "retained_per_byte": per_byte(r["traced_current"])}


def main_text(sizes: list[float], trace: bool, out: Path) -> None:
    rows = []
    for mb in sizes:
        rows.append(measure_text(mb, trace))
        print(json.dumps(rows[-1]), flush=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    key = "one_text_tracemalloc" if trace else "one_text"
    previous[key] = {"runs": rows, "target": "<= 50 bytes of memory per byte of text"}
    out.write_text(json.dumps(previous, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


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
    p.add_argument("--text-mb", type=float, nargs="+", metavar="MB",
                   help="instead: analyse one text of each size (megabytes of UTF-8)")
    args = p.parse_args(argv)
    if args.text_mb:
        main_text(args.text_mb, args.tracemalloc, args.out)
        return
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
