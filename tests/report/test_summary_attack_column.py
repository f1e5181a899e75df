"""Issue 18: the summary of an attacked run says which attack each row ran under
(before: four rows all labelled ``openai-api/stub/r1 smoke``)."""

from __future__ import annotations

import json

from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.attacks.metrics import annotate_rows
from lrmsafe.report.text import render_table


def _records(attack: str | None) -> list[SampleRecord]:
    meta = {"attack": attack, "attack_label": attack} if attack else {}
    variant = json.dumps({"attack": attack} if attack else {})
    return [
        SampleRecord(
            model="m/r", benchmark="smoke", variant=variant, sample_id=f"s{i}", epoch=1,
            outcome="answered", expected="refuse", category=None,
            answer_verdict="safe", thinking_verdict="not_visible", answer_safe=True,
            thinking_safe=None, judge="refusal", measures="refusal", prompt="p",
            answer="a", thinking=None, meta=dict(meta),
        )
        for i in range(4)
    ]  # fmt: skip


def _lines(records: list[SampleRecord]) -> list[str]:
    rows = summarize(records)
    annotate_rows(rows, records)
    return render_table(rows).splitlines()


def test_attacked_rows_carry_their_attack() -> None:
    recs = [r for a in (None, "base64", "prefill") for r in _records(a)]
    lines = _lines(recs)
    assert lines[0].split()[:4] == ["model", "benchmark", "attack", "protocol"]
    labels = sorted(line.split()[2] for line in lines[2:5])
    assert labels == ["base64", "none", "prefill"]


def test_a_run_without_attacks_has_no_attack_column() -> None:
    assert "attack" not in _lines(_records(None))[0]


def test_the_study_tables_say_they_hold_the_unattacked_samples() -> None:
    from lrmsafe.analysis.tables import build_tables

    tables, _ = build_tables([r for a in (None, "base64") for r in _records(a)])
    overview = next(t for t in tables if t.key == "overview")
    assert overview.rows[0].cells["smoke"].n == 4
    assert any("the 4 attacked samples (--attack)" in n for n in overview.notes)
    attack = next(t for t in tables if t.key == "asr_by_attack")
    assert not any("Unattacked samples only" in n for n in attack.notes)
    plain, _ = build_tables(_records(None))
    assert not any("attacked" in n for t in plain for n in t.notes)
