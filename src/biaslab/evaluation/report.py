"""Figures as tables: the terminal table of ``biaslab evaluate`` and ``docs/validity.md``.

Both are built from the JSON that ``biaslab evaluate --out`` writes (:func:`figure_rows`), so the
terminal, the JSON and the document always show the same numbers. ``docs/validity.md`` is the
hand-written narrative in ``validity_template.md`` (next to this module) with its placeholders filled:

* ``{{corpus:table}}`` — the corpus's table of figures, biaslab next to the baseline (Markdown);
* ``{{corpus:header}}`` — one line: split, size, versions;
* ``{{corpus:a.b.c}}`` — one value of the JSON by its dotted path (ratios with 3 decimals; an object
  as a two-column table).

A corpus whose JSON is missing renders as "not measured" so the document still builds.
Run ``python -m biaslab.evaluation.report RESULTS_DIR OUT.md`` (``make evaluate`` does).
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

__all__ = ["figure_rows", "header_line", "format_table", "markdown_table", "render_validity", "main"]

Row = tuple[str, str, str]

_CITATION = {
    "ptc": "PTC (Da San Martino et al. 2019)",
    "polnear": "PolNeAR (Newell, Margolin & Ruths 2018)",
    "newsmtsc": "NewsMTSC (Hamborg & Donnay 2021)",
}


def _r(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _prf_rows(name: str, sys_: Mapping, base: Mapping | None) -> list[Row]:
    """Precision, recall, F1 of a PRF dict (with counts) for biaslab and the baseline."""
    def cell(d, key):
        if d is None:
            return ""
        counts = {"precision": (d["tp"], d["predicted"]), "recall": (d["tp_gold"], d["gold"])}.get(key)
        return _r(d[key]) + (f" ({counts[0]}/{counts[1]})" if counts else "")
    return [(f"{name} {key.replace('f1', 'F1')}", cell(sys_, key), cell(base, key)) for key in ("precision", "recall", "f1")]


def _ptc_rows(d: Mapping) -> list[Row]:
    s, b = d["system"], d["baseline"]
    rows = _prf_rows("span", s["overlap"], b["overlap"])
    rows += [(f"SemEval char {k.replace('f1', 'F1')}", _r(s["semeval"][k]), _r(b["semeval"][k]))
             for k in ("precision", "recall", "f1")]
    a = d["all_terms"]["overlap"]
    rows.append(("all biaslab terms: span P / R / F1", f"{_r(a['precision'])} / {_r(a['recall'])} / {_r(a['f1'])}", ""))
    t = d["all_techniques"]
    rows.append(("all terms vs all 14 techniques: SemEval char F1", _r(t["f1"]), ""))
    for tech, v in d["by_technique"].items():
        rows.append((f"recall of {tech}", f"{_r(v['recall'])} ({v['tp_gold']}/{v['gold']})", ""))
    for cat, v in d["by_category"].items():
        o = v["overlap"]
        target = v["technique"] or "LL+NC (unmapped)"
        rows.append((f"category {cat} vs {target}: P / R / F1",
                     f"{_r(o['precision'])} / {_r(o['recall'])} / {_r(o['f1'])} (terms: {o['predicted']})", ""))
    return rows


def _acc(d: Mapping | None) -> str:
    return "" if d is None else f"{_r(d['value'])} ({d['correct']}/{d['total']})"


def _polnear_rows(d: Mapping) -> list[Row]:
    s, b = d["system"], d["baseline"]
    rows = _prf_rows("quotation", s["quotations"], b["quotations"])
    ss, bs = s["speakers"], b["speakers"]

    def judged(d: Mapping) -> str:  # accuracy, with the pronoun Sources left undetermined
        return _acc(d["accuracy"]) + (f"; {d['undetermined']} undetermined" if d.get("undetermined") else "")

    def split(key: str, sub: str | None = None) -> tuple[str, str]:
        x, y = (s[key], b[key]) if sub is None else (s[key][sub], b[key][sub])
        return judged(x), judged(y)

    rows += [
        ("speaker accuracy", judged(ss), judged(bs)),
        ("speaker accuracy, unresolved pronoun = wrong", _acc(ss["accuracy_resolved"]), _acc(bs["accuracy_resolved"])),
        ("speaker accuracy, nearest-source rule", *split("speakers_nearest_source")),
        *((("speaker accuracy, no hand-annotated referents (approximate pronoun referents only)",
             *split("speakers_approximate_referents")),)
          if d["gold"].get("pronoun_referents_annotated") else ()),
        ("speaker accuracy: named sources", *split("speakers_by_source", "named")),
        ("speaker accuracy: pronoun sources", *split("speakers_by_source", "pronoun")),
        ("speaker accuracy: reporting verb next to the quotation (textacy-style)", *split("speakers_adjacent")),
        ("wrong speaker: none", str(ss["no_speaker"]), str(bs["no_speaker"])),
        ("wrong speaker: other (pronoun resolved wrongly)", f"{ss['other_speaker']} ({ss['wrong_resolution']})",
         f"{bs['other_speaker']} ({bs['wrong_resolution']})"),
        ("right speaker by span / name / antecedent", f"{ss['by_span']} / {ss['by_name']} / {ss['by_antecedent']}",
         f"{bs['by_span']} / {bs['by_name']} / {bs['by_antecedent']}"),
    ]
    for style in s["recall_by_mark"]:
        name = style.replace("_", " ")
        rows += [(f"{name}-mark quotations: recall", _acc(s["recall_by_mark"][style]), _acc(b["recall_by_mark"][style])),
                 (f"{name}-mark quotations: speaker accuracy", _acc(s["speakers_by_mark"][style]["accuracy"]),
                  _acc(b["speakers_by_mark"][style]["accuracy"]))]
    rows += [
        ("found without a speaker", str(d["without_speaker"]), ""),
        ("  of which a reporting verb is in their sentence or introducing sentence (target 0)",
         str(d["verb_without_speaker"]), ""),
        ("scare quotes outside attributed content", _acc(d["scare_outside"]), ""),
    ]
    return rows


def _newsmtsc_rows(d: Mapping) -> list[Row]:
    s, b = d["system"], d["baseline"]
    rows = [("macro-F1 (3 classes)", _r(s["macro_f1"]), _r(b["macro_f1"])),
            ("accuracy", _acc(s["accuracy"]), _acc(b["accuracy"]))]
    for label in s["per_class"]:
        x, y = s["per_class"][label], b["per_class"][label]
        rows.append((f"{label}: P / R / F1", f"{_r(x['precision'])} / {_r(x['recall'])} / {_r(x['f1'])}",
                     f"{_r(y['precision'])} / {_r(y['recall'])} / {_r(y['f1'])}"))
    labels = s["confusion"]["labels"]
    short = " / ".join(x[:3] for x in labels)
    for i, label in enumerate(labels):
        rows.append((f"gold {label} -> predicted {short}", " / ".join(map(str, s["confusion"]["counts"][i])),
                     " / ".join(map(str, b["confusion"]["counts"][i]))))
    rows += [("same label as sentence VADER", _acc(d["same_as_sentence_vader"]), ""),
             ("targets without a matching actor mention (predicted neutral)", str(d["unmatched"]), ""),
             ("targets whose actor has no tone score (predicted neutral)", str(d["no_score"]), "")]
    return rows


_ROWS = {"ptc": _ptc_rows, "polnear": _polnear_rows, "newsmtsc": _newsmtsc_rows}


def figure_rows(data: Mapping) -> list[Row]:
    """``(figure, biaslab, baseline)`` rows of an evaluation's JSON (baseline ``""`` where none runs)."""
    return _ROWS[data["corpus"]](data)


def header_line(data: Mapping) -> str:
    """One line: corpus, split, size and versions."""
    size = {"ptc": lambda: f"{data['articles']} articles, {data['gold_spans']['main (distinct spans)']} gold "
                           f"Loaded_Language/Name_Calling spans",
            "polnear": lambda: f"{data['articles']} articles, {data['gold']['quotations']} gold quotations "
                               f"({data['gold']['quotations_with_source']} with a Source"
                               + (f", {data['gold']['quotations_pronoun_source']} of them a pronoun, "
                                  f"{data['gold']['pronoun_source_undetermined']} with the referent undetermined"
                                  if "quotations_pronoun_source" in data["gold"] else "")
                               + (f"; {data['gold']['pronoun_referents_annotated']} referents annotated by hand, "
                                  f"the approximation naming the same in {data['gold']['approximation_agrees']}"
                                  if data["gold"].get("pronoun_referents_annotated") else "")
                               + (f"; {data['gold']['described_referents_annotated']} named Sources' referents "
                                  "annotated by hand" if data["gold"].get("described_referents_annotated") else "")
                               + ")",
            "newsmtsc": lambda: f"{data['sentences']} sentences, {data['targets']} targets ("
                                + ", ".join(f"{n} {k}" for k, n in data["gold"].items()) + ")"}
    version = f"; biaslab {data['biaslab_version']}, lexicon {data['lexicon_version']}" if "biaslab_version" in data else ""
    return f"{_CITATION[data['corpus']]}, split {data['split']}: {size[data['corpus']]()}{version}"


def format_table(data: Mapping) -> str:
    """The terminal table: a header line, then aligned ``figure  biaslab  baseline`` rows."""
    rows = [("figure", "biaslab", "baseline"), *figure_rows(data)]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = [header_line(data)] + [f"  {a:<{w0}}  {b:<{w1}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def markdown_table(data: Mapping) -> str:
    """The figures as a Markdown table."""
    lines = ["| figure | biaslab | baseline |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in figure_rows(data)]
    return "\n".join(lines)


#: Column headings of the JSON objects a template shows as a table.
_DICT_HEADINGS = {"mapping": ("lexicon category", "PTC technique")}


def _value(data: Mapping, path: str) -> str:
    node = data
    for key in path.split("."):
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, Mapping):  # a two-column table
        a, b = _DICT_HEADINGS.get(path.rsplit(".", 1)[-1], ("key", "value"))
        return "\n".join([f"| {a} | {b} |", "|---|---|"]
                         + [f"| {k} | {'–' if v is None else v} |" for k, v in node.items()])
    return _r(node) if isinstance(node, float) else str(node)


_PLACEHOLDER = re.compile(r"\{\{(\w+):([\w.,+ -]+)\}\}")


def render_validity(results: Mapping[str, Mapping], template: str | None = None) -> str:
    """``validity_template.md`` (or ``template``) with its placeholders filled from ``results``
    (corpus -> evaluation JSON)."""
    if template is None:
        template = (resources.files(__package__) / "validity_template.md").read_text(encoding="utf-8")

    def fill(m: re.Match) -> str:
        corpus, what = m.group(1), m.group(2)
        data = results.get(corpus)
        if data is None:
            return "*(not measured: run `make evaluate`)*" if what in ("table", "header") else "–"
        if what == "table":
            return markdown_table(data)
        if what == "header":
            return header_line(data)
        try:
            return _value(data, what)
        except (KeyError, IndexError, ValueError):
            raise ValueError(f"validity template: no value {what!r} in the {corpus} results") from None

    return _PLACEHOLDER.sub(fill, template)


def main(argv: list[str] | None = None) -> int:
    """``python -m biaslab.evaluation.report RESULTS_DIR OUT.md``: render ``RESULTS_DIR/<corpus>.json``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m biaslab.evaluation.report RESULTS_DIR OUT.md", file=sys.stderr)
        return 2
    folder, out = Path(args[0]), Path(args[1])
    results = {}
    for corpus in _CITATION:
        path = folder / f"{corpus}.json"
        if path.is_file():
            results[corpus] = json.loads(path.read_text(encoding="utf-8"))
    out.write_text(render_validity(results), encoding="utf-8")
    print(f"wrote {out} from {', '.join(sorted(results)) or 'no results'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
