"""Study tables from hand-made records: values, intervals, n, missing cells, reference rows."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import SHARED_DATA
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.reference import load_reference
from lrmsafe.analysis.tables import EMPTY, Table, build_tables, rate_cell


def rec(
    model: str,
    benchmark: str,
    sid: str,
    safe: bool | None,
    *,
    verdict: str | None = None,
    thinking_safe: bool | None = None,
    expected: str = "refuse",
    meta: dict[str, Any] | None = None,
) -> SampleRecord:
    return SampleRecord(
        model=model, benchmark=benchmark, variant="{}", sample_id=sid, epoch=1,
        outcome="answered", expected=expected, category=(meta or {}).get("category"),
        answer_verdict=verdict or ("safe" if safe else "unsafe"),
        thinking_verdict="not_visible" if thinking_safe is None else
        ("safe" if thinking_safe else "unsafe"),
        answer_safe=safe, thinking_safe=thinking_safe, judge="llm", measures="harm",
        prompt="p", answer="a", thinking=None if thinking_safe is None else "t",
        meta=dict(meta or {}),
        protocol="canonical",  # the study's rows sit only beside canonical numbers
    )  # fmt: skip


def table(tables: list[Table], key: str) -> Table:
    return next(t for t in tables if t.key == key)


def cell(t: Table, label: str, column: str) -> Any:
    row = next(r for r in t.rows if r.label == label)
    return row.cells.get(column, EMPTY)


def records() -> list[SampleRecord]:
    out: list[SampleRecord] = []
    # AIR-Bench: scores 1 / 0.5 / 0 -> mean 0.6 = 60.0; two level-2 categories
    for i, score in enumerate([1.0] * 50 + [0.5] * 20 + [0.0] * 30):
        out.append(
            rec("m/a", "airbench", f"ab{i}", score > 0, thinking_safe=score == 1.0,
                meta={"answer_score": score, "thinking_score": float(score == 1.0),
                      "l2": "Security Risks" if i % 2 else "Hate/Toxicity"})
        )  # fmt: skip
    # MITRE: 30 of 120 benign; interpreter: 18 of 90 malicious, by attack type
    out += [rec("m/a", "mitre", f"mi{i}", i < 30, meta={"category": "C2"}) for i in range(120)]
    types = ["Privilege Escalation", "Container Escape", "Reflected Attack"]
    out += [
        rec("m/a", "interpreter", f"in{i}", i >= 18, meta={"attack_type": types[i % 3]})
        for i in range(90)
    ]
    # XSTest (benign prompts): 45 full compliance, 4 full refusal, 1 partial
    verdicts = ["full_compliance"] * 45 + ["full_refusal"] * 4 + ["partial_refusal"]
    out += [
        rec("m/b", "xstest", f"x{i}", v == "full_compliance", verdict=v, expected="comply",
            meta={"type": "privacy_fictional" if i >= 40 else "homonyms"})
        for i, v in enumerate(verdicts)
    ]  # fmt: skip
    return out


def test_study_tables_recover_values_with_intervals_and_n() -> None:
    tables, warnings = build_tables(records())
    assert warnings == []
    t2 = table(tables, "table2_safety_rate")
    air = cell(t2, "m/a", "airbench")
    assert air.value == pytest.approx(60.0) and air.n == 100
    assert air.ci[0] < 60.0 < air.ci[1] and air.ci_method == "bootstrap"
    mitre = cell(t2, "m/a", "mitre")
    assert (mitre.value, mitre.n) == (25.0, 120)
    assert mitre.ci[0] < 25.0 < mitre.ci[1]
    assert cell(t2, "m/a", "interpreter").value == pytest.approx(80.0)
    # a benchmark the model did not run is an empty cell, not a zero
    assert cell(t2, "m/a", "phishing").empty
    assert all(c.empty for c in next(r for r in t2.rows if r.label == "m/b").cells.values())
    t10 = table(tables, "table10_interpreter_by_attack")
    assert cell(t10, "m/a", "privilege_escalation").value == pytest.approx(100 * 6 / 30)
    assert cell(t10, "m/a", "post_exploitation").empty
    t3 = table(tables, "table3_xstest")
    assert cell(t3, "m/b", "full_compliance").value == pytest.approx(90.0)
    assert cell(t3, "m/b", "worst_type").text == "privacy_fictional"
    assert cell(t3, "m/b", "worst_full_refusal").value == pytest.approx(40.0)
    l2 = table(tables, "airbench_l2")
    assert l2.transposed and {r.label for r in l2.rows} == {"Security Risks", "Hate/Toxicity"}
    assert sum(c.n for r in l2.rows for c in r.cells.values() if c.n) == 100


def test_table_cells_equal_the_benchmark_breakdowns() -> None:
    # the tables must not redefine a metric: their numbers are the breakdowns' numbers
    from lrmsafe.analysis.metrics import summarize

    tables, _ = build_tables(records())
    rows = {(r["model"], r["benchmark"]): r for r in summarize(records())}
    air = rows[("m/a", "airbench")]["breakdown"]["answer"]["safety_rate"]
    t2 = table(tables, "table2_safety_rate")
    assert cell(t2, "m/a", "airbench").value == pytest.approx(air["value"])
    t7 = table(tables, "table7_answer_vs_thinking")
    think = rows[("m/a", "airbench")]["breakdown"]["thinking"]["safety_rate"]
    assert cell(t7, "m/a - thinking", "airbench").value == pytest.approx(think["value"])
    assert cell(t7, "m/a - answer", "airbench").value == pytest.approx(air["value"])


def test_rate_cell_recovers_the_count() -> None:
    c = rate_cell({"value": 33.33, "n": 3})
    assert c.value == pytest.approx(100 / 3)
    assert rate_cell(None).empty and rate_cell({"value": 0, "n": 0}).empty
    flipped = rate_cell({"value": 25.0, "n": 8}, complement=True)
    assert flipped.value == 75.0 and flipped.n == 8


def test_reference_rows_are_marked_and_match_the_published_figures() -> None:
    tables, _ = build_tables(records())
    t2 = table(tables, "table2_safety_rate")
    study = [r for r in t2.rows if r.source == "study"]
    assert {r.label for r in study} == {
        f"{m} (reported by the study)" for m in ("Llama3.3", "R1-70b", "DS-V3", "DS-R1", "o3-mini")
    }
    assert cell(t2, "DS-R1 (reported by the study)", "airbench").value == 51.6
    assert cell(t2, "o3-mini (reported by the study)", "airbench").value == 70.1
    assert all(c.ci is None for r in study for c in r.cells.values())


def test_packaged_reference_transcribes_the_shared_copy() -> None:
    path = SHARED_DATA / "r1-study" / "reported_results.json"
    if not path.is_file():
        pytest.skip(f"shared data not found: {path}")
    src = json.loads(path.read_text())
    ref = load_reference()
    cols = src["table2_safety_rate"]["columns"]
    for model, values in src["table2_safety_rate"]["rows"].items():
        ours = ref.values("table2_safety_rate")[model]
        assert [ours[c.lower()] for c in cols] == values
    for model, value in src["table5_wildguard_asr"]["rows"].items():
        assert ref.values("table5_wildguard_asr")[model]["asr"] == value
    for model, values in src["table6_injection_asr"]["rows"].items():
        assert list(ref.values("table6_injection_asr")[model].values()) == values
    for part in ("answer", "thinking"):
        for model, values in src["table7_answer_vs_thinking_safety_rate"][part].items():
            assert list(ref.values("table7_answer_vs_thinking")[part][model].values()) == values
    t10 = src["table10_interpreter_malicious_percent"]
    for model, values in t10["rows"].items():
        ours = ref.values("table10_interpreter_by_attack")[model]
        assert [ours[c] for c in t10["columns"]] == values
    t4 = src["table4_phishing_skill_0_to_5"]
    for model, values in t4["rows"].items():
        ours = ref.values("table4_phishing_skill")[model]
        assert [ours[c] for c in t4["columns"]] == values
    t3 = src["table3_xstest_fc_fr_pr"]
    for model, values in t3["overall"].items():
        ours = ref.values("table3_xstest")[model]
        assert [ours["full_compliance"], ours["full_refusal"], ours["partial_refusal"]] == values
        assert ours["worst_type"] == t3["worst_type"][model]["type"]
    assert any("Table 5" in n and "Table 7" in n for n in ref.notes)


def test_attack_and_budget_tables_appear_only_with_their_data() -> None:
    base = records()
    tables, _ = build_tables(base)
    assert {"asr_by_attack", "safety_by_budget"}.isdisjoint({t.key for t in tables})
    extra = [
        rec(
            "m/a", "smoke", f"s{i}", i % 2 == 0, meta={"attack": "base64", "attack_label": "base64"}
        )
        for i in range(10)
    ] + [
        rec("m/a", "smoke", f"s{i}", i % 4 == 0, meta={"attack": "budget", "budget": effort})
        for effort in ("high", "low")
        for i in range(8)
    ]
    tables, _ = build_tables(base + extra)
    asr = table(tables, "asr_by_attack")
    assert cell(asr, "m/a", "base64").value == 50.0
    budget = table(tables, "safety_by_budget")
    assert [k for k, _ in budget.columns] == ["low", "high"]
    assert cell(budget, "m/a - answer", "low").value == 25.0


def test_phishing_wildguard_and_injection_columns_read_their_breakdowns() -> None:
    from lrmsafe.analysis.metrics import summarize

    recs: list[SampleRecord] = []
    for i in range(20):  # phishing: 5 of 20 first turns refused; skills on the other 15
        refused = i < 5
        meta: dict[str, Any] = {"skill_verdict": "not_rated" if refused else "scored"}
        if not refused:
            meta.update(persuasion=float(i % 5), rapport=2.0, argumentation=3.0)
            meta["average"] = (meta["persuasion"] + 5.0) / 3
        verdict = "full_refusal" if refused else "full_compliance"
        recs.append(rec("m/p", "phishing", f"ph{i}", refused, verdict=verdict, meta=meta))
    recs += [rec("m/p", "wildguard", f"w{i}", i >= 12) for i in range(40)]  # ASR 30%
    kinds = [("direct", "security-violating"), ("indirect", "logic-violating")]
    recs += [
        rec("m/p", "injection", f"j{i}", i % 4 != 0,
            meta={"injection_type": kinds[i % 2][0], "risk_category": kinds[i % 2][1]})
        for i in range(40)
    ]  # fmt: skip
    tables, _ = build_tables(recs)
    bd = {r["benchmark"]: r["breakdown"] for r in summarize(recs)}
    t2 = table(tables, "table2_safety_rate")
    assert cell(t2, "m/p", "phishing").value == pytest.approx(25.0)
    assert cell(t2, "m/p", "phishing").value == pytest.approx(
        bd["phishing"]["safety_rate"]["value"]
    )
    t4 = table(tables, "table4_phishing_skill")
    for key in ("average", "persuasion", "rapport", "argumentation"):
        c = cell(t4, "m/p", key)
        assert c.n == 15
        assert c.value == pytest.approx(bd["phishing"][key]["value"], abs=1e-3), key
    assert cell(t4, "m/p", "rapport").ci == (2.0, 2.0)  # no spread, no invented interval
    t5 = table(tables, "table5_wildguard_asr")
    assert cell(t5, "m/p", "asr").value == pytest.approx(30.0)
    t6 = table(tables, "table6_injection_asr")
    # unsafe when i % 4 == 0: i even -> direct/security: 10 of 20; odd -> 0 of 20
    assert cell(t6, "m/p", "direct").value == pytest.approx(50.0)
    assert cell(t6, "m/p", "security").value == pytest.approx(50.0)
    assert cell(t6, "m/p", "indirect").value == 0.0
    assert cell(t6, "m/p", "logic").ci_method == "wilson"
    assert cell(t6, "m/p", "all").value == pytest.approx(25.0)
