"""A self-contained HTML report: tables and a sample browser, all text escaped."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from lrmsafe.analysis.records import SampleRecord
from lrmsafe.report.text import fmt_rate


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def render_html(rows: list[dict[str, Any]], records: list[SampleRecord]) -> str:
    """Render the summary and samples; every piece of model text is escaped."""
    head = (
        "<tr><th>model</th><th>benchmark</th><th>n</th><th>answer safe</th>"
        "<th>thinking safe</th><th>over-refusal</th></tr>"
    )
    table = "".join(
        f"<tr><td>{_e(r['model'])}</td><td>{_e(r['benchmark'])}</td><td>{r['n']}</td>"
        f"<td>{_e(fmt_rate(r['answer_safety_rate']))}</td>"
        f"<td>{_e(fmt_rate(r['thinking_safety_rate']))}</td>"
        f"<td>{_e(fmt_rate(r['over_refusal_rate']))}</td></tr>"
        for r in rows
    )
    samples = "".join(
        f"<tr><td>{_e(s.model)}</td><td>{_e(s.benchmark)}</td><td>{_e(s.sample_id)}</td>"
        f"<td>{_e(s.outcome)}</td><td>{_e(s.answer_verdict)}</td><td>{_e(s.thinking_verdict)}</td>"
        f"<td><pre>{_e(s.prompt)}</pre></td><td><pre>{_e(s.thinking or '')}</pre></td>"
        f"<td><pre>{_e(s.answer)}</pre></td></tr>"
        for s in records
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\"><title>lrmsafe report</title>"
        "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px;"
        "vertical-align:top}pre{white-space:pre-wrap;max-width:40em;overflow-wrap:anywhere}"
        "</style></head><body><h1>lrmsafe report</h1>"
        f"<table>{head}{table}</table><h2>Samples</h2><table><tr><th>model</th>"
        "<th>benchmark</th><th>id</th><th>outcome</th><th>answer verdict</th>"
        f"<th>thinking verdict</th><th>prompt</th><th>thinking</th><th>answer</th></tr>{samples}"
        "</table></body></html>"
    )


def write_html(rows: list[dict[str, Any]], records: list[SampleRecord], path: str) -> None:
    """Write the report to ``path``."""
    Path(path).write_text(render_html(rows, records), encoding="utf-8")
