"""Every measured cell says which protocol made it, and the study's figures sit only
beside numbers of the canonical protocol (issue 16, item 1)."""

from __future__ import annotations

import json

from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.tables import Table, build_tables

TABLE6 = "table6_injection_asr"
TABLE2 = "table2_safety_rate"


def _records(model: str, protocol: str, benchmark: str = "injection") -> list[SampleRecord]:
    return [
        SampleRecord(
            model=model, benchmark=benchmark, variant=protocol, sample_id=f"{benchmark}{i}",
            epoch=1, outcome="answered", expected="refuse", category=None,
            answer_verdict="safe" if i % 2 else "unsafe", thinking_verdict="not_visible",
            answer_safe=bool(i % 2), thinking_safe=None, judge="llm", measures="harm",
            prompt="p", answer="a", thinking=None,
            meta={"injection_type": "direct", "risk_category": "security-violating"},
            protocol=protocol,
        )
        for i in range(6)
    ]  # fmt: skip


def _table(tables: list[Table], key: str) -> Table:
    return next(t for t in tables if t.key == key)


def _study_values(table: Table) -> list[object]:
    return [c.value for r in table.rows if r.source == "study" for c in r.cells.values()]


def test_canonical_numbers_stand_beside_the_study() -> None:
    table = _table(build_tables(_records("m/c", "canonical"))[0], TABLE6)
    measured = next(r for r in table.rows if r.model == "m/c")
    assert {c.protocol for c in measured.cells.values() if not c.empty} == {"canonical"}
    assert measured.to_json()["protocol"] == "canonical"
    assert any(v is not None for v in _study_values(table))
    assert "Protocol: canonical (every measured number)." in table.notes
    cell = json.loads(json.dumps(table.to_json()))["rows"][0]["cells"]
    assert {c.get("protocol") for c in cell.values() if c.get("value") is not None} == {"canonical"}


def test_hardened_numbers_get_no_study_rows() -> None:
    table = _table(build_tables(_records("m/h", "hardened"))[0], TABLE6)
    assert [r.source for r in table.rows] == ["measured"]
    assert any("The study's rows are not shown" in n for n in table.notes)


def test_a_mixed_table_keeps_the_study_figures_of_canonical_columns_only() -> None:
    recs = _records("m/x", "canonical", "mitre") + _records("m/x", "hardened", "phishing")
    table = _table(build_tables(recs)[0], TABLE2)
    study = [r for r in table.rows if r.source == "study"]
    assert study, "the study's rows stay: one column is canonical"
    assert all(r.cells["phishing"].empty for r in study)
    assert all(not r.cells["mitre"].empty for r in study)
    assert "Protocol: canonical for MITRE; hardened for Phishing." in table.notes
    assert any("not beside Phishing" in n for n in table.notes)


def test_summary_rows_say_their_protocol_and_canonical_ones_the_answered_only_figure() -> None:
    rows = summarize(_records("m/c", "canonical") + _records("m/h", "hardened"))
    by = {r["model"]: r for r in rows}
    assert by["m/c"]["protocol"] == "canonical"
    assert by["m/c"]["answered_only"]["answer_safety_rate"]["value"] == 50.0
    assert by["m/h"]["protocol"] == "hardened"
    assert "answered_only" not in by["m/h"]
