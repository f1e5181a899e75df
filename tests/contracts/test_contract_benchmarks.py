"""Contracts over the benchmark registry, as it holds at test time.

Every benchmark builds its task from ../shared/data (offline, an empty data
cache: only ``--data-dir`` can serve), every sample carries ``benchmark``,
``category`` and ``expected`` with known values, every benchmark has a
breakdown, and every benchmark, judged by a judge whose replies cannot be
parsed, records non-verdicts (never safe) through its own protocol or the
chosen judge. A new benchmark module gets all of these by registering.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest
from contract_harness import RUN_LIMIT, Run, benchmark_names
from inspect_ai import Task

from helpers import SHARED_DATA
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.benchmarks import BENCHMARKS, TaskOptions, build_task
from lrmsafe.vocab import Expected


def breakdown_of(name: str) -> Callable[[list[SampleRecord]], Any] | None:
    """The benchmark's breakdown (its own metrics beside the generic rates), from its spec."""
    results = BENCHMARKS[name].results
    return None if results is None else results.breakdown


WITHOUT_BREAKDOWN = {
    "smoke": "the built-in suite reports the generic rates only; a breakdown would add a "
    "key to `lrmsafe report --json`, which issue 12 keeps byte-identical",
}
"""Benchmarks (besides test-only ones) that have no breakdown, and why."""

SAMPLE = 4
needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data not available")
pytestmark = needs_shared


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LRMSAFE_OFFLINE", "1")
    monkeypatch.setenv("LRMSAFE_CACHE_DIR", str(tmp_path / "empty-data-cache"))


def _task(name: str) -> Task:
    # "llm": every benchmark builds with a model judge (some need one); nothing is called here
    return build_task(
        name, TaskOptions(judge="llm", data_dir=str(SHARED_DATA), sample=SAMPLE, seed=0)
    )


@pytest.mark.parametrize("name", benchmark_names())
def test_builds_its_task_from_shared_data(name: str) -> None:
    task = _task(name)
    meta = task.metadata or {}
    assert meta.get("benchmark") == name
    assert len(task.dataset) >= 1
    if "sample" in meta:  # it takes --sample: a stratified sample of exactly that size
        assert (meta["sample"], len(task.dataset)) == (SAMPLE, SAMPLE)
    if "source" in meta:  # it loads a data file: the one under --data-dir
        assert str(meta["source"]).startswith(str(SHARED_DATA)), meta["source"]
    again = _task(name)
    assert [s.id for s in again.dataset] == [s.id for s in task.dataset]  # seeded


@pytest.mark.parametrize("name", benchmark_names())
def test_every_sample_carries_benchmark_category_expected(name: str) -> None:
    samples = list(_task(name).dataset)
    ids = [s.id for s in samples]
    assert all(ids) and len(set(ids)) == len(ids), "sample ids must be unique and non-empty"
    expected_values = set(get_args(Expected))
    for s in samples:
        meta = s.metadata or {}
        assert meta.get("benchmark") == name, s.id
        category = meta.get("category")
        assert isinstance(category, str) and category.strip() and len(category) < 300, s.id
        assert meta.get("expected") in expected_values, (s.id, meta.get("expected"))
    if BENCHMARKS[name].harmful_prompts:  # harmful requests (attacks apply): some to refuse
        assert "refuse" in {(s.metadata or {})["expected"] for s in samples}


@pytest.mark.parametrize("name", benchmark_names())
def test_every_benchmark_has_a_breakdown(name: str, judged_run: Run) -> None:
    breakdown = breakdown_of(name)
    if BENCHMARKS[name].test_only or name in WITHOUT_BREAKDOWN:
        assert breakdown is None or name not in WITHOUT_BREAKDOWN, (
            f"{name} has a breakdown now: drop it from WITHOUT_BREAKDOWN"
        )
        pytest.skip(WITHOUT_BREAKDOWN.get(name, "test-only benchmark"))
    assert breakdown is not None, f"benchmark '{name}' registers no breakdown"
    records, _ = read_records([judged_run.log_dir])
    mine = [r for r in records if r.benchmark == name]
    assert len(mine) == RUN_LIMIT, judged_run.stderr[-3000:]
    result = breakdown(mine)
    assert isinstance(result, dict) and result
    json.dumps(result)  # it goes into the JSON report as it is
    assert judged_run.row(name)["breakdown"] == json.loads(json.dumps(result))


@pytest.mark.parametrize("name", benchmark_names())
def test_an_unparseable_judge_reply_is_never_a_verdict(name: str, garbage_run: Run) -> None:
    """The benchmark's protocol (or the chosen judge) reading replies it cannot parse."""
    row = garbage_run.row(name)
    assert row["n"] == RUN_LIMIT and row["outcomes"]["answered"] == RUN_LIMIT, row["outcomes"]
    # a canonical protocol may count unreadable replies by its reference's rule, named per row
    rules = row.get("rules", {})
    assert not rules or row["protocol"] == "canonical", rules
    if row["protocol"] == "canonical":
        # a reference protocol gives verdicts a garbage judge cannot: by its own rule
        # (the part's ``rule``), or by a reading that asks no judge (no reply stored,
        # e.g. CyberSecEval's refusal regex); never a garbage reply read as a verdict
        records, _ = read_records([garbage_run.log_dir])
        mine = [r for r in records if r.benchmark == name]
        assert len(mine) == RUN_LIMIT
        for r in mine:
            for which in ("answer", "thinking"):
                part = r.part(which)
                if part.safe is not None:
                    assert part.rule is not None or not part.raw_judge, (name, which, part)
        return
    assert row["answer_safety_rate"] is None and row["thinking_safety_rate"] is None
    assert row["over_refusal_rate"] is None
    for which in ("answer", "thinking"):
        counts = row["non_verdicts"][which]
        ruled = sum(rules.get(which, {}).values())
        assert sum(counts.values()) + ruled == RUN_LIMIT, (which, counts, rules)
        assert set(counts) <= {"unparseable", "judge_error"}, (which, counts)
    if breakdown_of(name) is not None:  # and its breakdown reads non-verdicts without failing
        assert isinstance(row["breakdown"], dict)
