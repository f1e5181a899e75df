"""Everything a report shows, computed once and handed to each renderer.

Why: md, csv, json, html and the terminal show the same numbers; computing
them in one place keeps the formats from drifting apart. Renderers only
format; they never compute or judge.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lrmsafe.analysis.findings import Finding, build_findings
from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.analysis.reference import Reference, load_reference
from lrmsafe.analysis.tables import Table, build_tables


@dataclass
class ReportData:
    """Rows (the ``--json`` list), study tables, findings and the records behind them."""

    log_dirs: list[str]
    rows: list[dict[str, Any]]
    tables: list[Table]
    findings: list[Finding]
    records: list[SampleRecord]
    reference: Reference
    warnings: list[str] = field(default_factory=list)
    generated: str = ""

    def to_json(self) -> dict[str, Any]:
        """``--format json``: rows, tables, findings, the reference's citation and warnings."""
        return {
            "rows": self.rows,
            "tables": [t.to_json() for t in self.tables],
            "findings": [f.to_json() for f in self.findings],
            "reference": {
                "label": self.reference.label,
                "citation": self.reference.citation,
                "url": self.reference.url,
                "notes": list(self.reference.notes),
            },
            "runs": runs(self.rows),
            "warnings": list(self.warnings),
            "generated": self.generated,
        }


def runs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each run condition the report read (model, benchmark, variant) with its
    generation settings: the target's sampling, system prompt, epochs and the judges'."""
    return [
        {
            "model": r["model"],
            "benchmark": r["benchmark"],
            "variant": r["variant"],
            "protocol": r.get("protocol") or "hardened",
            "generation": r.get("generation") or {},
        }
        for r in rows
    ]


def generation_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Report-header lines: per model, each distinct set of generation settings and
    the benchmarks run under it (plain text; renderers escape it)."""
    from lrmsafe.generation import describe

    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        key = (str(r["model"]), describe(r.get("generation")))
        groups.setdefault(key, [])
        if r["benchmark"] not in groups[key]:
            groups[key].append(str(r["benchmark"]))
    return [f"{m} ({', '.join(b)}): {d}" for (m, d), b in sorted(groups.items())]


def annotate(rows: list[dict[str, Any]], records: list[SampleRecord]) -> list[str]:
    """Attack columns on the summary rows when the attacks module is present."""
    try:
        from lrmsafe.attacks.metrics import annotate_rows, attack_notes
    except ImportError:  # the attacks package is optional for reports
        return []
    annotate_rows(rows, records)
    notes: list[str] = attack_notes(rows)
    return notes


def judge_notes(rows: list[dict[str, Any]]) -> list[str]:
    """Which judge made which column, where they differ, and graded levels."""
    notes: list[str] = []
    for r in rows:
        where = f"{r['model']} / {r['benchmark']}"
        answer, thinking = r.get("answer_judge"), r.get("thinking_judge")
        if answer and thinking and answer != thinking:
            notes.append(
                f"{where}: answer column judged by {answer}, thinking column by {thinking}"
            )
        for which, counts in (r.get("levels") or {}).items():
            if any(counts.values()):
                judge = r.get(f"{which}_judge") or r.get("judge")
                shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items())
                notes.append(
                    f"{where}: {judge} levels ({which}): {shown}; "
                    "potentially harmful (0.5) counts as unsafe in the rates"
                )
    return notes


def build_report(log_dirs: Sequence[str], pairs: Sequence[str] = ()) -> ReportData:
    """Read the logs and compute rows, tables and findings."""
    records, warnings = read_records(log_dirs)
    rows = summarize(records)
    notes = annotate(rows, records)
    tables, table_warnings = build_tables(records)
    findings = build_findings(records, pairs)
    return ReportData(
        log_dirs=list(log_dirs),
        rows=rows,
        tables=tables,
        findings=findings,
        records=records,
        reference=load_reference(),
        warnings=warnings + table_warnings + notes + judge_notes(rows),
        generated=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
