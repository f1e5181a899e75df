"""CSV report: one line per table cell and per finding test, for spreadsheets.

Long format (``table, row, column, value, ci_low, ci_high, n, ...``) so any
set of models and columns fits one header; a study figure that its own counts
contradict has the reason in ``status``. Cells that a spreadsheet would
read as a formula are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io

from lrmsafe.generation import describe
from lrmsafe.report.build import ReportData, runs
from lrmsafe.report.text import sanitize

HEADER = [
    "kind",
    "table",
    "row",
    "column",
    "value",
    "ci_low",
    "ci_high",
    "n",
    "unit",
    "source",
    "text",
    "p",
    "p_holm",
    "status",
    "protocol",
]


def _safe(value: object) -> str:
    """A cell as shown (sanitised: CSV often goes to a terminal), never read as a formula."""
    text = "" if value is None else sanitize(str(value))
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _status(inconsistent: str | None) -> str | None:
    """A marked study figure's status: its value stays as published, the reason here."""
    return None if inconsistent is None else f"inconsistent with its own counts: {inconsistent}"


def render_csv(data: ReportData) -> str:
    """Every table cell and every findings test as CSV text."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for t in data.tables:
        for r in t.rows:
            source = "reported by the study" if r.source == "study" else "measured"
            for key, _ in t.columns:
                c = r.cells.get(key)
                if c is None or c.empty:
                    continue
                lo, hi = c.ci if c.ci else (None, None)
                w.writerow([_safe(v) for v in (
                    "table", t.key, r.label, key,
                    None if c.value is None else round(c.value, 3),
                    None if lo is None else round(lo, 2), None if hi is None else round(hi, 2),
                    c.n, t.unit, source, c.text, None, None, _status(c.inconsistent),
                    c.protocol,
                )])  # fmt: skip
    for f in data.findings:
        for test in f.tests:
            res, s = test.result, test.scale
            w.writerow([_safe(v) for v in (
                "finding", f"finding{f.number}", test.claim, test.comparison.metric,
                round(res.diff * s, 3), round(res.ci[0] * s, 3), round(res.ci[1] * s, 3),
                res.n, test.unit, "measured", res.test, res.p, test.p_holm, test.status, None,
            )])  # fmt: skip
    for run in runs(data.rows):  # the generation settings of every run read
        w.writerow([_safe(v) for v in (
            "generation", None, run["model"], run["benchmark"], None, None, None, None, None,
            "measured", describe(run["generation"]), None, None, None, run.get("protocol"),
        )])  # fmt: skip
    return buf.getvalue()
