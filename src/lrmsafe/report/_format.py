"""Number formatting shared by the text, Markdown, CSV and HTML reports."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from lrmsafe.analysis.findings import Test
from lrmsafe.analysis.tables import Cell, Table


def decimals(unit: str) -> int:
    """One decimal for percentages, two for 0-5 ratings."""
    return 2 if unit.startswith("0-") else 1


def fmt_number(value: float | None, unit: str) -> str:
    """A value alone, or ``-`` when missing."""
    if value is None:
        return "-"
    return f"{value:.{decimals(unit)}f}"


MARK = "\u2020"
"""After a published figure its own counts contradict; the reason is a note under the table."""


def fmt_cell(cell: Cell, unit: str) -> str:
    """``76.5 [72.3, 80.5] n=400``; text cells as text; empty cells ``-``; a marked
    study figure ends in a dagger."""
    mark = MARK if cell.inconsistent is not None else ""
    if cell.text is not None:
        return cell.text + mark
    if cell.value is None:
        return "-"
    out = fmt_number(cell.value, unit) + mark
    if cell.ci is not None:
        d = decimals(unit)
        out += f" [{cell.ci[0]:.{d}f}, {cell.ci[1]:.{d}f}]"
    if cell.n is not None:
        out += f" n={cell.n}"
    return out


_TABLE_NOTE = re.compile(r"\bTable \d+\b")


def reference_notes(notes: Iterable[str]) -> list[str]:
    """The reference's notes for its own section: a note on one study table is
    shown with that table, and only where the report has it."""
    return [note for note in notes if not _TABLE_NOTE.search(note)]


def mark_notes(table: Table) -> list[str]:
    """One note per marked cell: the dagger, the row and column, and the reason
    (plain text: each renderer escapes it)."""
    labels = dict(table.columns)
    return [
        f"{MARK} {r.label}, {labels.get(k, k)}: shown as published, but inconsistent with "
        f"its own counts: {c.inconsistent}"
        for r in table.rows
        for k, _ in table.columns
        if (c := r.cells.get(k)) is not None and c.inconsistent is not None
    ]


def fmt_p(p: float) -> str:
    """p-values: 3 significant digits, ``<1e-6`` below that."""
    if math.isnan(p):
        return "-"
    if p < 1e-6:
        return "<1e-6"
    return f"{p:.3g}"


def fmt_effect(test: Test) -> str:
    """``-33.0 pp [-46.0, -20.0]`` (B minus A)."""
    r, s = test.result, test.scale
    d = 1 if test.unit == "pp" else 2
    return f"{r.diff * s:+.{d}f} {test.unit} [{r.ci[0] * s:+.{d}f}, {r.ci[1] * s:+.{d}f}]"


def fmt_means(test: Test) -> str:
    """``75.0 vs 42.0`` (A vs B)."""
    r, s = test.result, test.scale
    d = 1 if test.unit == "pp" else 2
    return f"{r.mean_a * s:.{d}f} vs {r.mean_b * s:.{d}f}"


def table_heading(table: Table) -> str:
    """Title with the paper's table number, unit and direction."""
    paper = f" (study Table {table.paper_table})" if table.paper_table else ""
    return f"{table.title}{paper} - {table.unit}, {table.direction}"


def ci_note() -> str:
    """What a cell's interval is; the graded scores are the benchmarks' own (``Results.graded``)."""
    from lrmsafe.analysis.tables import registered_results

    graded = ", ".join(g for r in registered_results().values() if (g := r.graded))
    return (
        "Cells: value [95% CI] n. A proportion's interval is Wilson's, as in the summary "
        f"table; means of graded scores{f' ({graded})' if graded else ''} get a "
        "percentile bootstrap over prompts. Rows marked 'reported by the study' are the "
        "paper's published figures (no CI published)."
    )
