"""How long the notebook suite takes to execute and export (``biaslab report``).

Runs :func:`biaslab.reports.build_reports` on the bundled corpus into a
temporary folder, ``--repeat`` times (default 1: each run starts seven
kernels, so repeats mostly measure the same thing), and prints the wall-clock
time of the whole build, the per-notebook execution times and the export
overhead. Each run is appended as one JSON record to
``benchmarks/results-reports.json`` (a JSON list), with the machine's core
count and the versions, so results can be compared over time.

Usage::

    python benchmarks/bench_reports.py [--pdf] [--repeat N]

Target: the notebook suite to HTML (with the article pages and data files)
in under 30 s on 2 cores. ``--pdf`` adds nbconvert's LaTeX route (xelatex),
which dominates when enabled.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import biaslab
from biaslab.lexicon import Lexicon
from biaslab.reports import WORKERS, build_reports

RESULTS = Path(__file__).resolve().parent / "results-reports.json"


def run_once(pdf: bool) -> dict:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="biaslab-bench-reports-") as tmp:
        began = time.perf_counter()
        result = build_reports(out=Path(tmp) / "reports", pdf=pdf)
        total = time.perf_counter() - began
        html_bytes = sum(r.html.stat().st_size for r in result.reports)
    executing = {r.name: r.seconds for r in result.reports}
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "biaslab_version": biaslab.__version__,
        "lexicon_version": Lexicon.default().version,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_1min_before": round(load, 2),  # other work on the machine slows the kernels
        "workers": WORKERS,
        "pdf": pdf,
        "reports": len(result.reports),
        "failures": [f.message for f in result.failures],
        "total_seconds": round(total, 2),
        "execute_seconds_by_notebook": executing,
        "execute_seconds_sum": round(sum(executing.values()), 2),
        "html_megabytes": round(html_bytes / 1e6, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", action="store_true", help="also export PDF (needs xelatex and pandoc)")
    parser.add_argument("--repeat", type=int, default=1, help="number of builds (default 1)")
    args = parser.parse_args(argv)
    history = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else []
    status = 0
    for i in range(args.repeat):
        record = run_once(args.pdf)
        history.append(record)
        print(f"run {i + 1}: {record['reports']} reports in {record['total_seconds']:.1f} s "
              f"({record['cpus']} cpus, {record['workers']} kernels at a time, pdf={record['pdf']}); "
              f"kernel time {record['execute_seconds_sum']:.1f} s, HTML {record['html_megabytes']} MB")
        for name, seconds in record["execute_seconds_by_notebook"].items():
            print(f"  {name:34s} {seconds:6.2f} s")
        for failure in record["failures"]:
            print(f"  FAILED {failure}", file=sys.stderr)
            status = 1
    RESULTS.write_text(json.dumps(history, indent=2) + "\n", encoding="utf-8")
    print(f"appended to {RESULTS}")
    return status


if __name__ == "__main__":
    sys.exit(main())
