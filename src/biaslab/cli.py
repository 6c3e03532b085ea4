"""The ``biaslab`` command line.

``biaslab analyze PATH... [--format json|jsonl|table|html] [--xlsx FILE]``
``biaslab compare PATH --actors Putin Mattis [--format table|csv|json]``
``biaslab score PATH --out FILE [--workers N] [--actors-out FILE] [--quiet]``
``biaslab report [--article PATH ...] [--out DIR] [--pdf [--paper letter]] [--student]``
``biaslab evaluate polnear|ptc|newsmtsc PATH [--split …] [--out FILE.json] [--errors FILE.jsonl] [--workers N]``

``analyze``, ``compare`` and ``score`` also take ``--actor NAME=alias1|alias2``,
``--lexicon FILE`` and ``--max-chars N`` (articles longer than N characters
are refused; default :data:`biaslab.corpus.MAX_CHARS`, 0 for no limit).

Errors in the input are reported in one line on stderr with exit status 2;
no traceback is shown for input the user can fix. Ctrl-C (SIGINT) and SIGTERM
stop any command cleanly, with exit status 130 and 143 (128 + the signal
number); ``score`` then keeps the rows written so far (see :mod:`biaslab.batch`).
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import textwrap
import threading
from collections.abc import Iterator, Sequence

from .corpus import MAX_CHARS, Article, ArticleError, InputError, iter_articles, parse_actor_option

EXIT_INPUT = 2
#: Exit status when a bundled language resource is missing or unreadable (a broken installation).
EXIT_RESOURCE = 3


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread like Ctrl-C's KeyboardInterrupt so
    that the same clean-up runs; ``signum`` gives the exit status 128 + 15."""

    signum = signal.SIGTERM


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def _max_chars(value: str) -> int:
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of characters, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("expected 0 (no limit) or a positive number of characters")
    return number


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="biaslab", description="How does a news article frame the people it covers?")
    p.add_argument("--version", action="version", version=f"biaslab {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp):
        sp.add_argument("--actor", action="append", default=[], metavar="NAME=alias1|alias2",
                        help="declare an actor and its aliases (repeatable; write \\= for an = in a name)")
        sp.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                        help="extra lexicon CSV that extends or overrides the default (repeatable)")
        sp.add_argument("--max-chars", type=_max_chars, default=MAX_CHARS, metavar="N",
                        help=f"refuse longer articles (default {MAX_CHARS:,}; 0 for no limit)")

    a = sub.add_parser("analyze", help="analyse articles; print JSON, JSONL, a table or HTML")
    a.add_argument("paths", nargs="+", metavar="PATH", help="text file, folder, .jsonl or .csv")
    a.add_argument("--format", choices=("json", "jsonl", "table", "html"), default=None,
                   help="json (default for one article), jsonl (default for several), table, html")
    a.add_argument("--xlsx", metavar="FILE", help="write the tidy tables to an Excel workbook instead of printing")
    common(a)

    c = sub.add_parser("compare", help="compare actors within an article, or across articles")
    c.add_argument("path", metavar="PATH")
    c.add_argument("--actors", nargs="+", required=True, metavar="NAME")
    c.add_argument("--format", choices=("table", "csv", "json"), default="table")
    common(c)

    s = sub.add_parser("score", help="score a corpus: one tidy row per article")
    s.add_argument("path", metavar="PATH")
    s.add_argument("--out", required=True, metavar="FILE", help=".csv, .jsonl or .parquet")
    s.add_argument("--actors-out", metavar="FILE", help="also write one row per article x actor")
    s.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    s.add_argument("--quiet", action="store_true", help="no progress bar, and nothing printed on success")
    common(s)

    r = sub.add_parser("report", help="run the notebook suite and export reports")
    r.add_argument("--article", action="append", default=[], metavar="PATH",
                   help="article(s) to analyse (default: the bundled corpus)")
    r.add_argument("--out", default="reports", metavar="DIR")
    r.add_argument("--pdf", action="store_true", help="also export PDF (needs xelatex and pandoc)")
    r.add_argument("--paper", choices=("a4", "letter"), default="a4", help="PDF paper size (default a4)")
    r.add_argument("--student", action="store_true",
                   help="also write the student handout: every notebook as .ipynb and HTML, "
                        "without solutions or biaslab's answers")

    e = sub.add_parser("evaluate", help="measure biaslab against an annotated corpus (see docs/validity.md)")
    e.add_argument("corpus", choices=("polnear", "ptc", "newsmtsc"))
    e.add_argument("path", metavar="PATH", help="the corpus folder (for newsmtsc also its train.jsonl)")
    e.add_argument("--split", help="polnear: train|dev (default dev); ptc, newsmtsc: tune|report|all (default report)")
    e.add_argument("--out", metavar="FILE.json", help="also write the figures as JSON")
    e.add_argument("--errors", metavar="FILE.jsonl", help="write one JSON line per error (keep outside the repository)")
    e.add_argument("--workers", type=int, default=1, help="worker processes (default 1; figures do not depend on it)")
    return p


def _articles(paths: Sequence[str]) -> Iterator[Article | ArticleError]:
    for path in paths:
        yield from iter_articles(path)


def _cmd_analyze(args) -> int:
    from .analysis import analyze
    from .lexicon import load_lexicon

    lexicon = load_lexicon(args.lexicon)
    actors = parse_actor_option(args.actor)
    if args.xlsx:
        return _write_xlsx(args, lexicon, actors)
    items = list(_articles(args.paths)) if args.format in (None, "json", "html") else _articles(args.paths)
    fmt = args.format or ("json" if len(items) == 1 else "jsonl")
    if fmt in ("json", "html") and len(items) != 1:
        raise InputError(f"--format {fmt} takes one article; found {len(items)} (use jsonl or table)")
    failures = 0
    for item in items:
        if isinstance(item, ArticleError):
            failures += 1
            if fmt == "jsonl":  # keep the row, so nothing is lost from the output
                print(json.dumps({"id": item.id, "source": item.source, "error": item.message}))
            print(f"biaslab: error: {item.message}", file=sys.stderr)
            continue
        try:
            result = analyze(item, actors=actors, lexicons=lexicon, max_chars=args.max_chars or None)
        except InputError as exc:  # too long: one line, like an unreadable article
            failures += 1
            if fmt == "jsonl":
                print(json.dumps({"id": item.id, "source": item.source, "error": str(exc)}))
            print(f"biaslab: error: {item.source or item.id}: {exc}", file=sys.stderr)
            continue
        if fmt == "json":  # streamed: a long article's JSON is never held as one string
            json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif fmt == "jsonl":
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        elif fmt == "html":
            from .render import render_analysis

            print(render_analysis(result, standalone=True))
        else:
            print(_table(result))
    return EXIT_INPUT if failures else 0


def _write_xlsx(args, lexicon, actors) -> int:
    from .analysis import analyze
    from .spreadsheet import write_xlsx

    analyses, failures = [], 0
    for item in _articles(args.paths):
        if isinstance(item, ArticleError):
            failures += 1
            print(f"biaslab: error: {item.message}", file=sys.stderr)
            continue
        analyses.append(analyze(item, actors=actors, lexicons=lexicon))
    if not analyses:
        raise InputError("no readable article to write")
    try:
        write_xlsx(analyses, args.xlsx)
    except OSError as exc:
        raise InputError(f"{args.xlsx}: cannot write ({exc.strerror or exc})") from None
    return EXIT_INPUT if failures else 0


def _table(result) -> str:
    s = result.summary
    sent = s["sentiment"]
    mentioned = [a for a in result.actors if a.mentions]  # a declared actor the text never names is not listed
    lines = [
        f"{result.article.title or result.article.id}",
        f"  sentences {sent['sentences']}, words {sent['words']}, paragraphs {s['paragraphs']}",
        f"  VADER mean {sent['vader_mean']:+.3f} (weighted {sent['vader_weighted']:+.3f}); "
        f"positive {sent['share_positive']:.0%}, negative {sent['share_negative']:.0%}",
        f"  TextBlob polarity {sent['polarity_mean']:+.3f}, subjectivity {sent['subjectivity_mean']:.3f}",
        f"  quotes {s['quotes']['total']} (direct {s['quotes']['direct']}, partial {s['quotes']['partial']}, "
        f"scare {s['quotes']['scare']})",
        "  loaded terms: " + ", ".join(
            f"{voice} {v['count']} ({v['per_1000']:.1f} per 1,000 words)" for voice, v in s["loaded"]["by_voice"].items()),
        f"  dominant frame: {s['dominant_frame']}",
        "  actors: " + (", ".join(f"{a.name} ({len(a.mentions)})" for a in mentioned[:8]) or "none mentioned"),
    ]
    return "\n".join(lines)


def _cmd_compare(args) -> int:
    from .analysis import analyze
    from .comparison import compare_articles, contrast_lines
    from .lexicon import load_lexicon

    lexicon = load_lexicon(args.lexicon)
    actors = parse_actor_option(args.actor)
    analyses, failures = [], 0
    for item in iter_articles(args.path):
        if isinstance(item, ArticleError):
            failures += 1
            print(f"biaslab: error: {item.message}", file=sys.stderr)
            continue
        try:
            analyses.append(analyze(item, actors=actors, lexicons=lexicon, max_chars=args.max_chars or None))
        except InputError as exc:
            failures += 1
            print(f"biaslab: error: {item.source or item.id}: {exc}", file=sys.stderr)
    if not analyses:
        raise InputError(f"{args.path}: no readable article")
    try:
        df = compare_articles(analyses, args.actors)
        lines = contrast_lines(analyses[0], *args.actors) if len(analyses) == 1 and len(args.actors) == 2 else []
    except (KeyError, ValueError) as exc:
        raise InputError(str(exc).strip("'\"")) from None
    if args.format == "csv":
        sys.stdout.write(df.to_csv(index=False))
    elif args.format == "json":
        records = df.astype(object).where(df.notna(), None).to_dict(orient="records")
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2, default=_plain) + "\n")
    else:
        print(_side_by_side(df))
        if lines:
            print()
            for line in lines:
                print(textwrap.fill(line, 100, initial_indent="- ", subsequent_indent="  ", break_long_words=False))
    return EXIT_INPUT if failures else 0


def _plain(value):
    """JSON for values numpy or pandas left in a record (numbers, arrays)."""
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def _side_by_side(df) -> str:
    """The comparison table with measures as rows and actors as columns, units
    last; with several articles, one such table per article, one after the other."""
    import pandas as pd

    from .display import tidy

    blocks = []
    ids = list(dict.fromkeys(df["article_id"]))
    for article_id in ids:
        part = df[df["article_id"] == article_id]
        wide = part.pivot_table(index="measure", columns="actor", values="value", aggfunc="first", sort=False,
                                dropna=False).reindex(list(dict.fromkeys(part["measure"])))
        wide = wide[list(dict.fromkeys(part["actor"]))]
        wide["unit"] = part.drop_duplicates("measure").set_index("measure")["unit"]
        with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_colwidth", 40):
            table = tidy(wide).to_string()
        blocks.append((f"{article_id}\n" if len(ids) > 1 else "") + table)
    return "\n\n".join(blocks)


def _cmd_score(args) -> int:
    from .batch import run_score_command

    return run_score_command(args)


def _cmd_report(args) -> int:
    from .reports import run_report_command

    return run_report_command(args)


def _cmd_evaluate(args) -> int:
    from .evaluation.command import run_evaluate_command

    return run_evaluate_command(args)


def main(argv: Sequence[str] | None = None) -> int:
    from .lexicon import LexiconError
    from .resources import ResourceError

    args = _parser().parse_args(argv)
    handler = {"analyze": _cmd_analyze, "compare": _cmd_compare, "score": _cmd_score, "report": _cmd_report,
               "evaluate": _cmd_evaluate}
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if in_main_thread else None
    try:
        return handler[args.command](args)
    except (InputError, LexiconError) as exc:
        print(f"biaslab: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except ResourceError as exc:  # a broken installation: one line, not a traceback
        print(f"biaslab: error: {exc}", file=sys.stderr)
        return EXIT_RESOURCE
    except BrokenPipeError:  # e.g. `biaslab analyze ... | head`
        return 0
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated)
        signum = getattr(exc, "signum", signal.SIGINT)
        print(f"biaslab: interrupted ({signal.Signals(signum).name})", file=sys.stderr)
        return 128 + signum
    finally:
        if in_main_thread and previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
