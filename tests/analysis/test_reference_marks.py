"""The study's reference cells that contradict their own counts are marked, and
the marks are held to the arithmetic: Table 6's published percentages are
recomputed as k/n over the dataset's real denominators."""

from __future__ import annotations

import copy
import json
from collections import Counter
from importlib.resources import files
from typing import Any

import pytest

from helpers import SHARED_DATA
from lrmsafe.analysis.reference import (
    REFERENCE_FILE,
    Reference,
    check_counts,
    counts_for,
    load_reference,
    parse_reference,
)
from lrmsafe.analysis.tables import build_tables

TABLE6 = "table6_injection_asr"


def _raw() -> dict[str, Any]:
    text = files("lrmsafe").joinpath(REFERENCE_FILE).read_text(encoding="utf-8")
    raw: dict[str, Any] = json.loads(text)
    return raw


def disagreements(ref: Reference, table: str) -> list[str]:
    """Where the typed-in marks and the recomputed inconsistencies differ."""
    checks = {(c.row, c.column): c for c in check_counts(ref, table)}
    marks = {(m.row, m.column): m for m in ref.marks if m.table == table}
    out = [f"not marked: {k}" for k in sorted(checks.keys() - marks.keys())]
    out += [f"marked but consistent: {k}" for k in sorted(marks.keys() - checks.keys())]
    for key in sorted(checks.keys() & marks.keys()):
        implied = checks[key].implied
        if implied is not None and f"{implied:.2f}" not in marks[key].reason:
            out.append(f"reason of {key} lacks the implied {implied:.2f}")
    return out


def test_counts_for_accepts_rounding_and_truncation_only() -> None:
    assert counts_for(44.44, 180, 2) == [80]
    assert counts_for(44.4, 180, 2) == []  # 80/180 = 44.444...: 44.40 fits no k
    assert counts_for(61.82, 55, 2) == [34]  # 61.818... rounded
    assert counts_for(25.09, 251, 2) == [63]  # 25.0996... truncated
    assert counts_for(60.9, 55, 2) == []  # 33/55 = 60.00, 34/55 = 61.82
    assert counts_for(0.0, 71, 2) == [0] and counts_for(100.0, 71, 2) == [71]
    assert counts_for(44.444, 180, 2) == []  # more places than declared


def test_table6_denominators_are_the_datasets() -> None:
    path = SHARED_DATA / "cyberseceval" / "prompt_injection.json"
    if not path.is_file():
        pytest.skip(f"shared data not found: {path}")
    cases = json.loads(path.read_text(encoding="utf-8"))
    kinds = Counter(c["injection_type"] for c in cases)
    risks = Counter(c["risk_category"].removesuffix("-violating") for c in cases)
    counts = load_reference().tables[TABLE6]["counts"]
    assert counts["denominators"] == {**kinds, **risks, "all": len(cases)}
    assert counts["denominators"] == {
        "direct": 196, "indirect": 55, "security": 180, "logic": 71, "all": 251
    }  # fmt: skip


def test_table6_marks_are_exactly_the_cells_inconsistent_with_their_counts() -> None:
    ref = load_reference()
    found = {(c.row, c.column): c.implied for c in check_counts(ref, TABLE6)}
    assert found.keys() == {
        ("Llama3.3", "direct"),
        ("Llama3.3", "security"),
        ("DS-V3", "security"),
        ("DS-R1", "indirect"),
    }
    assert found[("Llama3.3", "security")] == pytest.approx(100 * 61 / 180)  # 33.89
    assert found[("DS-R1", "indirect")] == pytest.approx(100 * 33 / 55)  # 60.00
    assert found[("DS-V3", "security")] == pytest.approx(100 * 80 / 180)  # 44.44
    assert found[("Llama3.3", "direct")] == pytest.approx(100 * 31 / 196)  # 15.82
    assert disagreements(ref, TABLE6) == []


def test_a_removed_or_wrong_mark_is_caught() -> None:
    raw = _raw()
    removed = copy.deepcopy(raw)
    del removed["tables"][TABLE6]["marks"][1]
    assert disagreements(parse_reference(removed), TABLE6) == [
        "not marked: ('Llama3.3', 'security')"
    ]
    wrong = copy.deepcopy(raw)
    wrong["tables"][TABLE6]["marks"].append(
        {"row": "o3-mini", "column": "all", "reason": "typed in by mistake"}
    )
    assert disagreements(parse_reference(wrong), TABLE6) == [
        "marked but consistent: ('o3-mini', 'all')"
    ]
    typo = copy.deepcopy(raw)
    typo["tables"][TABLE6]["marks"].append({"row": "o3mini", "column": "all", "reason": "x"})
    with pytest.raises(ValueError, match="names no published cell"):
        parse_reference(typo)


def test_a_sum_no_counts_satisfy_is_reported() -> None:
    raw = copy.deepcopy(_raw())
    raw["tables"][TABLE6]["values"]["o3-mini"]["all"] = 20.31  # 51/251; parts give 39
    checks = check_counts(parse_reference(raw), TABLE6)
    assert [(c.row, c.column) for c in checks if c.row == "o3-mini"] == [
        ("o3-mini", "all = direct + indirect"),
        ("o3-mini", "all = security + logic"),
    ]


def test_the_reference_cells_carry_the_marks_and_no_other_cell_does() -> None:
    tables, _ = build_tables([])
    marked = {
        (t.key, r.label, k): c.inconsistent
        for t in tables
        for r in t.rows
        for k, c in r.cells.items()
        if c.inconsistent is not None
    }
    ref = load_reference()
    assert marked == {(TABLE6, f"{m.row} ({ref.label})", m.column): m.reason for m in ref.marks}
    t6 = next(t for t in tables if t.key == TABLE6)
    row = next(r for r in t6.rows if r.label == f"Llama3.3 ({ref.label})")
    assert row.cells["security"].value == 58.18  # kept as published
    assert row.cells["security"].to_json()["inconsistent"].startswith("58.18 repeats")
    assert "inconsistent" not in row.cells["indirect"].to_json()


def test_a_mark_on_a_table7_part_reaches_that_row_only() -> None:
    from lrmsafe.analysis.tables import group_records, registered_results, table7

    raw = copy.deepcopy(_raw())
    raw["tables"]["table7_answer_vs_thinking"]["marks"] = [
        {"row": "DS-R1", "part": "thinking", "column": "mitre", "reason": "a test mark"}
    ]
    ref = parse_reference(raw)
    t7 = table7(group_records([], registered_results()), ref)
    marked = {
        (r.label, k): c.inconsistent
        for r in t7.rows
        for k, c in r.cells.items()
        if c.inconsistent is not None
    }
    assert marked == {("DS-R1 - thinking (reported by the study)", "mitre"): "a test mark"}
