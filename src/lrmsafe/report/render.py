"""One entry point for every report format (text, md, csv, json, html)."""

from __future__ import annotations

import json
from typing import Literal, get_args

from lrmsafe._errors import UserError
from lrmsafe.analysis.metrics import epoch_notes
from lrmsafe.analysis.tables import EMPTY, Table
from lrmsafe.report.build import ReportData, generation_lines
from lrmsafe.report.text import inline, render_table

Format = Literal["text", "md", "csv", "json", "html"]
FORMATS: tuple[str, ...] = get_args(Format)


def check_format(fmt: str) -> Format:
    """The format, or a one-line error naming the choices."""
    if fmt not in FORMATS:
        raise UserError(f"unknown report format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    return fmt  # type: ignore[return-value]


def render_table_text(table: Table) -> str:
    """One study table as plain text: title, aligned columns, a dashed rule, notes.

    No Markdown syntax and no HTML entities: a terminal shows them literally.
    """
    from lrmsafe.report._format import fmt_cell, mark_notes, table_heading

    header = ["model" if not table.transposed else "category"]
    header += [inline(label) for _, label in table.columns]
    body = [
        [inline(r.label), *(inline(fmt_cell(r.cells.get(k, EMPTY), table.unit))
                            for k, _ in table.columns)]
        for r in table.rows
    ]  # fmt: skip
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [inline(table_heading(table)), line(header), "  ".join("-" * w for w in widths)]
    out += [line(cells) for cells in body]
    out += [f"Note: {inline(note)}" for note in table.notes]
    out += [inline(note) for note in mark_notes(table)]
    return "\n".join(out)


def render_text(data: ReportData) -> str:
    """Terminal output: the summary table, the study tables that have data, the findings."""
    from lrmsafe.report._format import fmt_effect, fmt_p

    out = ["Generation settings:"] + [f"  {inline(g)}" for g in generation_lines(data.rows)]
    out += ["", render_table(data.rows, notes=data.warnings + epoch_notes(data.rows))]
    for t in data.tables:
        if t.has_measured and t.key != "overview":
            out += ["", render_table_text(t)]
    out += ["", "Findings (Holm-corrected p; effect = B minus A):"]
    for f in data.findings:
        out.append(f"  {f.number}. {f.title}: {f.status}")
        for test in f.tests:
            out.append(
                f"     - {inline(test.claim)}: {fmt_effect(test)}, n={test.result.n}, "
                f"p={fmt_p(test.p_holm)} -> {test.status}"
            )
        out += [f"     ({inline(n)})" for n in f.notes]
    out.append(
        "More: lrmsafe report DIR --format md|csv|json|html (with the study's reference rows)."
    )
    return "\n".join(out)


def render(
    data: ReportData, fmt: Format, redact: bool = False, max_samples: int | None = None
) -> str:
    """The report in one format, as text."""
    if fmt == "json":
        return json.dumps(data.to_json(), indent=2) + "\n"
    if fmt == "md":
        from lrmsafe.report.markdown import render_markdown

        return render_markdown(data)
    if fmt == "csv":
        from lrmsafe.report.csv_report import render_csv

        return render_csv(data)
    if fmt == "html":
        from lrmsafe.report.html import DEFAULT_MAX_SAMPLES, render_html

        return render_html(
            data, redact, DEFAULT_MAX_SAMPLES if max_samples is None else max_samples
        )
    return render_text(data) + "\n"
