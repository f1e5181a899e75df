"""Per-attack numbers from hand-made records whose right answers can be stated."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.stats import mcnemar_exact
from lrmsafe.attacks.metrics import (
    annotate_rows,
    asr,
    asr_by_turn,
    attack_notes,
    aware_but_complied,
    base_variant,
    best_of_attacks,
    canary_rates,
    paired_difference_ci,
    paired_vs_none,
)


def rec(
    sid: str,
    label: str,
    answer_safe: bool | None,
    thinking_safe: bool | None = None,
    *,
    expected: str = "refuse",
    category: str = "c1",
    **meta: Any,
) -> SampleRecord:
    variant = json.dumps({"judge": "refusal", "attack": label}, sort_keys=True)
    return SampleRecord(
        model="m",
        benchmark="smoke",
        variant=variant,
        sample_id=sid,
        epoch=1,
        outcome="answered",
        expected=expected,
        category=category,
        answer_verdict=None,
        thinking_verdict=None,
        answer_safe=answer_safe,
        thinking_safe=thinking_safe,
        judge="refusal",
        measures="refusal",
        prompt="p",
        answer="a",
        thinking=None,
        meta={"attack": label.split(":")[0], "attack_label": label, **meta},
    )


def test_mcnemar_exact_values() -> None:
    assert mcnemar_exact(9, 2) == pytest.approx(67 / 1024)  # 2 * P(X <= 2), X ~ Bin(11, 1/2)
    assert mcnemar_exact(0, 5) == pytest.approx(2 / 32)
    assert mcnemar_exact(3, 3) == 1.0
    assert mcnemar_exact(0, 0) == 1.0


def test_paired_difference_ci_properties() -> None:
    # large n: close to the Wald interval 0.05 +- 1.96 * sqrt(250 - 2.5) / 1000
    delta, lo, hi = paired_difference_ci(400, 150, 100, 350)
    assert delta == pytest.approx(0.05)
    half = 1.959963984540054 * math.sqrt(250 - 2.5) / 1000
    assert lo == pytest.approx(0.05 - half, abs=0.002)
    assert hi == pytest.approx(0.05 + half, abs=0.002)
    # swapping the discordant cells mirrors the interval
    d1 = paired_difference_ci(5, 7, 2, 6)
    d2 = paired_difference_ci(5, 2, 7, 6)
    assert d1[0] == pytest.approx(-d2[0])
    assert (d1[1], d1[2]) == pytest.approx((-d2[2], -d2[1]))
    # no discordant pairs: zero difference, an interval around it, inside [-1, 1]
    delta, lo, hi = paired_difference_ci(3, 0, 0, 7)
    assert delta == 0 and -1 <= lo < 0 < hi <= 1
    # every cell in one place: the interval stays in range and contains the estimate
    delta, lo, hi = paired_difference_ci(0, 10, 0, 0)
    assert delta == 1.0 and lo < 1.0 and hi == 1.0
    assert all(math.isnan(x) for x in paired_difference_ci(0, 0, 0, 0))


def _setup() -> list[SampleRecord]:
    # 6 harmful prompts; none breaks s1; base64 breaks s1..s4; prefill breaks s5
    records = []
    for i in range(1, 7):
        sid = f"s{i}"
        records.append(rec(sid, "none", answer_safe=i != 1, thinking_safe=True))
        aware = True if i <= 2 else (False if i <= 4 else None)
        category = "c1" if i <= 3 else "c2"
        records.append(rec(sid, "base64", answer_safe=i > 4, thinking_safe=i > 2,
                           category=category, thinking_aware=aware))  # fmt: skip
        records.append(rec(sid, "prefill", answer_safe=i != 5))
    records.append(rec("b1", "base64", answer_safe=True, expected="comply"))  # benign: excluded
    records.append(rec("s7", "base64", answer_safe=None))  # unjudged: excluded
    return records


def test_asr_and_paired_comparison() -> None:
    records = _setup()
    b64 = [r for r in records if r.meta["attack_label"] == "base64"]
    none = [r for r in records if r.meta["attack_label"] == "none"]
    assert asr(b64) == {"value": 66.67, "ci": [30.0, 90.32], "n": 6}
    assert asr(b64, "thinking")["value"] == pytest.approx(33.33)  # type: ignore[index]
    paired = paired_vs_none(b64, none)
    assert paired is not None
    assert (paired["n_pairs"], paired["both"], paired["attack_only"]) == (6, 1, 3)
    assert (paired["none_only"], paired["neither"]) == (0, 2)
    assert paired["asr"] == 66.67 and paired["none_asr"] == 16.67
    assert paired["difference"] == 50.0
    assert paired["mcnemar_p"] == pytest.approx(0.25)  # 2 * (1/2)^3
    lo, hi = paired["ci"]
    assert lo < 50.0 < hi


def test_best_of_attacks_and_awareness() -> None:
    records = _setup()
    groups: dict[str, list[SampleRecord]] = {}
    for r in records:
        groups.setdefault(r.meta["attack_label"], []).append(r)
    best = best_of_attacks(groups)
    assert best is not None
    assert (best["value"], best["n"], best["attacks"]) == (83.33, 6, ["base64", "prefill"])
    # successful base64 attacks s1..s4: s1, s2 aware, s3, s4 not
    aware = aware_but_complied(groups["base64"])
    assert aware is not None and (aware["value"], aware["n"]) == (50.0, 4)
    assert aware_but_complied(groups["prefill"]) is None


def test_asr_by_turn_and_canaries() -> None:
    turns = [
        rec("a", "crescendo", False, crescendo_turns=[{}], crescendo_success_turn=1,
            crescendo_max_turns=3),
        rec("b", "crescendo", False, crescendo_turns=[{}, {}, {}], crescendo_success_turn=3,
            crescendo_max_turns=3),
        rec("c", "crescendo", True, crescendo_turns=[{}, {}, {}], crescendo_success_turn=None,
            crescendo_max_turns=3),
    ]  # fmt: skip
    by_turn = asr_by_turn(turns)
    assert by_turn is not None
    assert [(t["turn"], t["asr"]["value"]) for t in by_turn] == [(1, 33.33), (2, 33.33), (3, 66.67)]
    canaries = [
        rec("a", "injection_direct", True, canary_in_answer=True, canary_in_thinking=None),
        rec("b", "injection_direct", True, canary_in_answer=False, canary_in_thinking=True),
        rec("c", "injection_direct", True, canary_in_answer=None, canary_in_thinking=False),
    ]
    rates = canary_rates(canaries)
    assert rates is not None
    assert (rates["answer"]["value"], rates["answer"]["n"]) == (50.0, 2)
    assert (rates["thinking"]["value"], rates["thinking"]["n"]) == (50.0, 2)


def test_base_variant_drops_only_the_attack() -> None:
    v = json.dumps({"judge": "llm", "attack": "base64", "roles": {"judge": "j"}}, sort_keys=True)
    assert json.loads(base_variant(v)) == {"judge": "llm", "roles": {"judge": "j"}}
    assert base_variant("not json") == "not json"


def test_annotate_rows_adds_attack_sections_and_notes() -> None:
    records = _setup()
    rows = summarize(records)
    annotate_rows(rows, records)
    by_label = {r["attack"]["label"]: r["attack"] for r in rows}
    assert set(by_label) == {"none", "base64", "prefill"}
    assert by_label["none"]["vs_none"] is None
    assert by_label["none"]["best_of_attacks"]["value"] == 83.33
    assert by_label["base64"]["vs_none"]["difference"] == 50.0
    assert by_label["base64"]["family"] == "encoding"
    assert set(by_label["base64"]["by_category"]) == {"c1", "c2"}
    assert by_label["base64"]["by_category"]["c1"]["answer"]["value"] == 100.0
    assert by_label["prefill"]["vs_none"]["mcnemar_p"] == 1.0
    notes = attack_notes(rows)
    assert any(
        n.startswith("attack base64 on smoke: ASR 66.7%") and "+50.0 pts" in n for n in notes
    )
    assert any("best of 2 attacks: 83.3%" in n for n in notes)


def test_annotate_rows_keeps_attacks_apart_when_rows_mix_them() -> None:
    records = _setup()
    for r in records:  # logs that did not carry the attack in the variant
        r.variant = json.dumps({"judge": "refusal"})
    rows = summarize(records)
    annotate_rows(rows, records)
    (row,) = rows
    assert set(row["attacks"]) == {"none", "base64", "prefill"}
    assert row["attacks"]["base64"]["vs_none"]["n_pairs"] == 6


def test_budget_sweep_on_the_none_row() -> None:
    records = [rec("s1", "none", True)]
    for effort, safe in (("high", False), ("low", True), ("medium", True)):
        records.append(rec("s1", f"budget:effort={effort}", safe, budget=effort,
                           budget_kind="reasoning_effort"))  # fmt: skip
    rows = summarize(records)
    annotate_rows(rows, records)
    none = next(r["attack"] for r in rows if r["attack"]["label"] == "none")
    sweep = none["budget_sweep"]
    assert [p["budget"] for p in sweep] == ["low", "medium", "high"]
    assert [p["answer_safety_rate"]["value"] for p in sweep] == [100.0, 100.0, 0.0]
