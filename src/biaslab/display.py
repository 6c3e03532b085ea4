"""How the notebooks show tables and text, on screen, in HTML and in PDF.

:func:`use_report_style` (called once at the top of each notebook) makes
every pandas table display *tidily*, in every export:

* counts as integers ("17", not "17.0000" or "392.0"), other numbers with
  three decimals, offsets as integers;
* no "NaN", "None" or "<NA>": a missing value is shown as an en dash;
* text on one line: a quotation spanning two paragraphs shows " ¶ " where
  the break was, never a literal ``\\n\\n``; lists are joined with "; ";
* besides HTML, a Markdown pipe table (``text/markdown``), which nbconvert's
  LaTeX route turns into a real table with wrapped columns (pandoc), instead
  of plain text cut with backslashes.

:class:`Lines` shows a list of sentences (generated findings) as a bulleted
list — HTML, Markdown for PDF, and plain text wrapped at word boundaries —
so printed text never breaks in the middle of a word.

Only the display changes: the DataFrames themselves keep their dtypes and
values for computation.
"""
from __future__ import annotations

import html
import math
import numbers
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["use_report_style", "tidy", "markdown_table", "md_escape", "Lines", "lines", "text_block",
           "numbered_paragraphs", "WRAP", "MISSING"]

#: Width of wrapped plain text: fits a PDF page of A4 or Letter in the notebook
#: export's monospaced font with room to spare, so LaTeX never breaks a word.
WRAP = 78
#: Shown for a missing value.
MISSING = "–"
#: Marks where a paragraph break was inside a table cell.
PARAGRAPH = " ¶ "
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$])")


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, dict, set)) else False
    except (TypeError, ValueError):
        return False


def _cell(value) -> str:
    """One value as display text."""
    if _missing(value):
        return MISSING
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isfinite(number) and number.is_integer() and abs(number) < 1e15:
            return f"{int(number)}"
        return f"{number:.3f}".rstrip("0").rstrip(".") if math.isfinite(number) else str(number)
    paragraphs = re.split(r"\n[^\S\n]*\n\s*", str(value).strip())
    return PARAGRAPH.join(" ".join(p.split()) for p in paragraphs)


def tidy(df):
    """A display copy of ``df``: every cell as text (see the module docstring), index and columns too."""
    import pandas as pd

    out = df.copy()
    if isinstance(out, pd.Series):
        out = out.to_frame()
    out = out.map(_cell) if hasattr(out, "map") else out.applymap(_cell)
    out.index = out.index.map(lambda v: _cell(v) if not isinstance(v, tuple) else tuple(_cell(x) for x in v))
    return out


def md_escape(text: str) -> str:
    """``text`` as literal Markdown: every character Markdown, pandoc's raw
    HTML/LaTeX or its maths would read is backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


_md = md_escape


def markdown_table(df, *, max_rows: int = 200) -> str:
    """``df`` as a Markdown pipe table (index included when it is not a plain range)."""
    import pandas as pd

    shown = tidy(df.head(max_rows))
    keep_index = not isinstance(df.index, pd.RangeIndex)
    header = ([" / ".join(map(str, n)) if isinstance(n, tuple) else str(n or "") for n in [df.index.name]]
              if keep_index else [])
    header += [" / ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in shown.columns]
    rows = []
    for idx, row in zip(shown.index, shown.itertuples(index=False)):
        cells = ([" / ".join(idx) if isinstance(idx, tuple) else str(idx)] if keep_index else []) + list(row)
        rows.append("| " + " | ".join(_md(c) for c in cells) + " |")
    # pandoc gives each column a share of the page in proportion to its dashes: the length of its longest
    # cell, within limits, so a column of quotations gets room and a column of counts does not
    cells = [[str(i) for i in shown.index]] if keep_index else []
    cells += [list(map(str, shown[c])) for c in shown.columns]
    widths = [min(max([len(h), *map(len, col)], default=3), 40) for h, col in zip(header, cells)]
    rule = "|" + "|".join("-" * max(w, 3) for w in widths) + "|"
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", rule, *rows]
    if len(df) > max_rows:
        lines.append(f"\n*{len(df) - max_rows} more rows not shown.*")
    return "\n".join(lines)


_NUMBER = re.compile(r"[−+-]?[\d.,]+%?|–|True|False")
_CELL = re.compile(r"<td>(.*?)</td>", re.S)


def _html_table(df) -> str:
    """pandas' HTML of the tidy table, with text cells marked ``bl-text`` (left-aligned; numbers stay right)."""
    page = tidy(df)._repr_html_()
    page = _CELL.sub(lambda m: m.group(0) if _NUMBER.fullmatch(m.group(1).strip()) else
                     f'<td class="bl-text">{m.group(1)}</td>', page)
    return "<style>.jp-RenderedHTMLCommon td.bl-text,td.bl-text{text-align:left}</style>" + page


def use_report_style() -> None:
    """Make pandas tables display tidily in this notebook (HTML and PDF); see the module docstring."""
    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.precision", 3)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    formatters = shell.display_formatter.formatters
    for frame_type in (pd.DataFrame, pd.Series):
        formatters["text/html"].for_type(frame_type, _html_table)
        formatters["text/markdown"].for_type(frame_type, markdown_table)


@dataclass(frozen=True)
class Lines:
    """Sentences shown as a bulleted list: HTML, Markdown, or plain text
    wrapped at :data:`WRAP` characters between words."""

    items: tuple[str, ...]
    bullet: str = "- "

    def _repr_html_(self) -> str:
        if self.bullet:
            return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in self.items) + "</ul>"
        return "".join(f"<p>{html.escape(i)}</p>" for i in self.items)

    def _repr_markdown_(self) -> str:
        if self.bullet:
            return "\n".join(f"- {_md(i)}" for i in self.items)
        return "\n\n".join(_md(i) for i in self.items)

    def __repr__(self) -> str:
        return "\n".join(textwrap.fill(i, WRAP, initial_indent=self.bullet, subsequent_indent=" " * len(self.bullet),
                                       break_long_words=False, break_on_hyphens=False) for i in self.items)

    def to_dict(self) -> dict:
        return {"items": list(self.items)}


def lines(items: Iterable[str]) -> Lines:
    """Show ``items`` (sentences) as a list (see :class:`Lines`)."""
    return Lines(tuple(items))


def numbered_paragraphs(analysis) -> Lines:
    """The article's paragraphs, numbered ("[1] ..."), each on one line of
    plain text wrapped between words: the unmarked text a student reads."""
    return Lines(tuple(f"[{n}] {' '.join(p.text.split())}" for n, p in enumerate(analysis.paragraphs, 1)), bullet="")


def text_block(text: str, *, heading: str | None = None) -> Lines:
    """A text shown paragraph by paragraph (blank lines separate them), each
    wrapped between words, after an optional ``heading`` line."""
    import re as _re

    paragraphs = [" ".join(p.split()) for p in _re.split(r"\n\s*\n", text) if p.strip()]
    return Lines(tuple(([heading] if heading else []) + paragraphs), bullet="")
