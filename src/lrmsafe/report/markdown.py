"""Markdown report: the study's tables with reference rows, and the four findings.

Model names and labels can contain anything, so every cell is escaped:
Markdown punctuation gets a backslash, ``<``/``>`` become entities and an
``&`` that would start an entity (``&lt;``) becomes ``&amp;`` (a lone ``&``
stays: it renders as itself), so a Markdown viewer renders no HTML or links
from them.
"""

from __future__ import annotations

import re

from lrmsafe.analysis.findings import Finding
from lrmsafe.analysis.tables import EMPTY, Cell, Table
from lrmsafe.report._format import (
    ci_note,
    fmt_cell,
    fmt_effect,
    fmt_means,
    fmt_p,
    mark_notes,
    reference_notes,
    table_heading,
)
from lrmsafe.report.build import ReportData, generation_lines
from lrmsafe.report.text import refusal_notes, sanitize

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_MD_LINKISH = re.compile(r"([\\`*_\[\]|@]|:(?=/)|/(?=/)|\.(?=[^\W\d_]))")
"""Also what makes a URL, a domain or an e-mail address (``://``, ``//``, a dot
before a letter, ``@``): escaped, each is a text of its own, so no autolink or
linkify rule sees ``https://x``, ``www.x``, ``evil.com`` or ``a@b.c``; a
backslash escape renders as the character."""
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_escape(text: str, terminal: bool = False) -> str:
    """Inert Markdown for one table cell or line (no HTML, links or breaks).

    Also breaks what a viewer would turn into a link; ``terminal=True`` keeps
    ``:``, ``/``, ``@`` and ``.`` as they are, for the terminal, where
    nothing is linked.
    """
    text = sanitize(text).replace("\r", " ").replace("\n", " ")
    # an "&" is escaped only where it would start an entity: "Violence & Extremism" stays
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return (_MD_SPECIAL if terminal else _MD_LINKISH).sub(r"\\\1", text)


def _md_cell(cell: Cell, unit: str, terminal: bool = False) -> str:
    """Numbers as formatted (our own text); text cells (data) escaped."""
    text = fmt_cell(cell, unit)
    return md_escape(text, terminal) if cell.text is not None else text


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_table_md(table: Table, terminal: bool = False) -> str:
    """One table as Markdown, reference rows in italics after the measured ones.

    ``terminal``: for the text report, where no link needs breaking.
    """
    header = ["model" if not table.transposed else "category"]
    header += [md_escape(label, terminal) for _, label in table.columns]
    lines = [f"### {md_escape(table_heading(table), terminal)}", "", _row(header)]
    lines.append(_row(["---"] * len(header)))
    for r in table.rows:
        cells = [_md_cell(r.cells.get(k, EMPTY), table.unit, terminal) for k, _ in table.columns]
        label = md_escape(r.label, terminal)
        if r.source == "study":
            label = f"*{label}*"
        lines.append(_row([label, *cells]))
    if not any(r.source == "measured" for r in table.rows) or not table.has_measured:
        lines.append("")
        lines.append("No measured data for this table in these logs.")
    for note in table.notes:
        lines.append("")
        lines.append(f"Note: {md_escape(note, terminal)}")
    for note in mark_notes(table):
        lines.append("")
        lines.append(md_escape(note, terminal))
    return "\n".join(lines)


def render_findings_md(findings: list[Finding]) -> str:
    """The four findings: status, the study's statement, one row per test."""
    out = [
        "## Findings",
        "",
        "Effect = B minus A (pp: percentage points); 95% paired bootstrap CI; two-sided "
        "p-values, Holm-corrected across all tests below; a test supports its claim when "
        "the corrected p < 0.05 and the effect has the claimed sign.",
    ]
    for f in findings:
        out += ["", f"### Finding {f.number}: {md_escape(f.title)} - **{md_escape(f.status)}**"]
        out += ["", f"The study: {md_escape(f.study)}"]
        if f.tests:
            out += ["", _row(["claim", "n", "A vs B", "effect [95% CI]", "test", "p", "p (Holm)",
                              "result"])]  # fmt: skip
            out.append(_row(["---"] * 8))
            for t in f.tests:
                out.append(
                    _row(
                        [
                            md_escape(t.claim),
                            str(t.result.n),
                            fmt_means(t),
                            fmt_effect(t),
                            md_escape(t.result.test),
                            fmt_p(t.result.p),
                            fmt_p(t.p_holm),
                            md_escape(t.status),
                        ]
                    )
                )
        for note in f.notes:
            out += ["", f"Note: {md_escape(note)}"]
    return "\n".join(out)


def render_markdown(data: ReportData) -> str:
    """The whole report as Markdown."""
    models = sorted({r.model for r in data.records})
    out = [
        "# lrmsafe report",
        "",
        f"Models: {', '.join(md_escape(m) for m in models) or 'none'}. "
        f"Samples: {len(data.records)}. Generated {data.generated}.",
        "",
        md_escape(ci_note()),
        "",
        *[line for note in refusal_notes(data.rows) for line in (md_escape(note), "")],
        "## Generation settings",
        "",
        *[f"- {md_escape(g)}" for g in generation_lines(data.rows)],
        "",
        "## Tables",
    ]
    for table in data.tables:
        out += ["", render_table_md(table)]
    out += ["", render_findings_md(data.findings), "", "## Reference"]
    out += [
        "",
        f"Rows marked *{md_escape(data.reference.label)}*: {md_escape(data.reference.citation)}",
    ]
    for note in reference_notes(data.reference.notes):
        out += ["", f"- {md_escape(note)}"]
    if data.warnings:
        out += ["", "## Warnings", ""]
        out += [f"- {md_escape(w)}" for w in data.warnings]
    return "\n".join(out) + "\n"
