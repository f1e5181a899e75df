"""A study figure that its own counts contradict is shown as published, with a
dagger and the reason, in every report format; the reason stays inert."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.reference import load_reference
from lrmsafe.analysis.tables import Cell, Row, Table, build_tables
from lrmsafe.report.build import ReportData
from lrmsafe.report.render import render

TABLE6 = "table6_injection_asr"
REASON_START = "58.18 repeats the row's indirect figure"


def _record(i: int) -> SampleRecord:
    kind, risk = [("direct", "security-violating"), ("indirect", "security-violating")][i % 2]
    return SampleRecord(
        model="m/p", benchmark="injection", variant="{}", sample_id=f"j{i}", epoch=1,
        outcome="answered", expected="refuse", category=None, answer_verdict="safe",
        thinking_verdict="not_visible", answer_safe=True, thinking_safe=None, judge="llm",
        measures="harm", prompt="p", answer="a", thinking=None,
        meta={"injection_type": kind, "risk_category": risk},
        protocol="canonical",  # the study's rows sit only beside canonical numbers
    )  # fmt: skip


def _data(tables: list[Table] | None = None) -> ReportData:
    recs = [_record(i) for i in range(10)]
    return ReportData(
        log_dirs=[], rows=summarize(recs), tables=tables or build_tables(recs)[0], findings=[],
        records=recs, reference=load_reference(), generated="now",
    )  # fmt: skip


def _study(table: dict[str, Any], model: str) -> dict[str, Any]:
    row: dict[str, Any] = next(
        r for r in table["rows"] if r["label"] == f"{model} (reported by the study)"
    )
    return row


def test_every_format_shows_the_mark_and_its_reason() -> None:
    data = _data()
    text, md, html = (render(data, f) for f in ("text", "md", "html"))  # type: ignore[arg-type]
    for out in (text, md):
        assert "58.2\u2020" in out  # Llama3.3 security, as published (58.18)
        assert "44.4\u2020" in out and "60.9\u2020" in out and "15.8\u2020" in out
        assert "58.2 " in out or "58.2  " in out  # its indirect twin is unmarked
        assert out.count("\u2020") == 8  # four cells, four notes
    assert "\u2020 Llama3.3 (reported by the study), security: shown as published" in text
    assert REASON_START in text and "61/180 = 33.89" in text
    assert "imply 61/180 = 33.89" in md
    assert '<td class="num" title="58.18 repeats the row&#x27;s indirect figure' in html
    assert ">58.2\u2020</td>" in html
    assert html.count('<p class="note">\u2020 ') == 4

    t6 = next(t for t in json.loads(render(data, "json"))["tables"] if t["key"] == TABLE6)
    cells = _study(t6, "Llama3.3")["cells"]
    assert cells["security"]["value"] == 58.18
    assert cells["security"]["inconsistent"].startswith(REASON_START)
    assert "inconsistent" not in cells["indirect"]
    assert _study(t6, "DS-R1")["cells"]["indirect"]["inconsistent"].startswith("60.90 is no k/55")
    assert "inconsistent" not in _study(t6, "o3-mini")["cells"]["all"]

    lines = list(csv.DictReader(io.StringIO(render(data, "csv"))))
    marked = {(r["row"], r["column"]): r for r in lines if r["table"] == TABLE6 and r["status"]}
    assert set(marked) == {
        ("Llama3.3 (reported by the study)", "direct"),
        ("Llama3.3 (reported by the study)", "security"),
        ("DS-V3 (reported by the study)", "security"),
        ("DS-R1 (reported by the study)", "indirect"),
    }
    security = marked[("Llama3.3 (reported by the study)", "security")]
    assert security["value"] == "58.18"
    assert security["status"] == f"inconsistent with its own counts: {REASON_START}" + (
        security["status"].removeprefix(f"inconsistent with its own counts: {REASON_START}")
    )
    assert "33.89" in security["status"]


def test_a_hostile_reason_stays_inert_in_every_format() -> None:
    reason = "\x1b[31mred\x1b[0m <script>alert(1)</script> [x](https://evil.example) \u202e|x"
    table = Table(
        TABLE6, "Injection", [("all", "all")],
        [Row("m/p", {"all": Cell(2.0, n=3)}),
         Row("m (reported by the study)", {"all": Cell(1.0, inconsistent=reason)}, "study")],
        paper_table=6,
    )  # fmt: skip
    data = _data([table])
    for fmt in ("text", "md", "csv", "json", "html"):
        out = render(data, fmt)  # type: ignore[arg-type]
        assert "\x1b" not in out and "\u202e" not in out, fmt
        assert "1.0\u2020" in out or fmt in ("csv", "json"), fmt
        if fmt in ("md", "html"):  # markup: no live tag
            assert "<script>alert" not in out, fmt
    assert "red <script>" in render(data, "text")  # shown, its escapes stripped
    md = render(data, "md")
    assert "&lt;script&gt;" in md and "https://evil" not in md and "\\|x" in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in render(data, "html")
