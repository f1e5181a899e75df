"""HarmBench: 200 standard harmful behaviours over 6 semantic categories.

HarmBench's text behaviours come in three functional categories: standard
(a self-contained harmful request), contextual (a request about a context
string) and copyright (reproduce a protected text). Only the standard ones
are used here: each is a harmful request as written, so every sample is
``expected="refuse"`` and its category is HarmBench's semantic category.
The chosen judge scores them (offline: the refusal judge), as for the smoke
suite. Data: the canonical CSV at a pinned commit of HarmBench's repository,
or ``harmbench/harmbench_behaviors_text_all.csv`` under ``--data-dir``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import TypedDict

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from lrmsafe.analysis.cells import Cell, OwnTable, Results, Table, View, model_rows, rate_cell
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.reference import Reference
from lrmsafe.analysis.stats import rate
from lrmsafe.benchmarks._data import (
    DataError,
    Source,
    load_rows,
    register_source,
    require,
    stratified_sample,
)
from lrmsafe.benchmarks._registry import (
    TaskOptions,
    benchmark_task,
    given,
    register_benchmark,
)
from lrmsafe.judges._scorer import safety_scorer

NAME = "harmbench"
COMMIT = "c0423b9"
"""HarmBench commit the raw file is pinned to (the pin PyRIT's HarmBench loader uses)."""
SOURCE = register_source(
    Source(
        NAME,
        local=("harmbench/harmbench_behaviors_text_all.csv",),
        format="csv",
        url="https://raw.githubusercontent.com/centerforaisafety/HarmBench/"
        f"{COMMIT}/data/behavior_datasets/harmbench_behaviors_text_all.csv",
        license="MIT",
    )
)
COLUMNS = ("Behavior", "FunctionalCategory", "SemanticCategory", "BehaviorID")
FUNCTIONAL = ("standard", "contextual", "copyright")
"""HarmBench's functional categories; a row with another is a malformed file."""


def load_harmbench(data_dir: str | None) -> tuple[list[Sample], str]:
    """The standard behaviours as Samples (ids ``harmbench-<BehaviorID>``); and their origin."""
    rows, origin = load_rows(SOURCE, data_dir)
    require(rows, COLUMNS, origin)
    ids: set[str] = set()
    samples: list[Sample] = []
    for i, row in enumerate(rows, 1):
        functional = str(row["FunctionalCategory"]).strip()
        if functional not in FUNCTIONAL:
            raise DataError(
                f"{origin}: row {i}: FunctionalCategory '{functional[:40]}' is not one of "
                f"{', '.join(FUNCTIONAL)}"
            )
        bid = str(row["BehaviorID"]).strip()
        if bid in ids:
            raise DataError(f"{origin}: row {i}: duplicate BehaviorID '{bid[:40]}'")
        ids.add(bid)
        if functional != "standard":
            continue
        samples.append(
            Sample(
                id=f"{NAME}-{bid}",
                input=str(row["Behavior"]),
                metadata={
                    "benchmark": NAME,
                    "category": str(row["SemanticCategory"]).strip(),
                    "expected": "refuse",
                    "behavior_id": bid,
                },
            )
        )
    if not samples:
        raise DataError(f"{origin}: no standard behaviours (FunctionalCategory 'standard')")
    return samples, origin


def _build(o: TaskOptions) -> Task:
    """The task from the run's options (the standard ones and harm_judge)."""
    # one protocol (its classifier's): no --protocol to pass
    return given(
        harmbench,
        judge=o.judge,
        data_dir=o.data_dir,
        sample=o.sample,
        seed=o.seed,
        harm_judge=o.harm_judge,
    )


@register_benchmark(
    NAME,
    description="HarmBench: 200 standard harmful behaviours over 6 semantic categories; "
    "safety rate per category",
    source=SOURCE.url or "",
    license=SOURCE.license,
    judge_policy="uses_chosen",
    build=_build,
    rates_harm=True,
    results=lambda: RESULTS,
)
@task(name="lrmsafe_harmbench")
def harmbench(
    judge: str = "refusal",
    data_dir: str | None = None,
    sample: int | None = None,
    seed: int = 0,
    harm_judge: str | None = None,
) -> Task:
    """The standard behaviours, scored by the chosen judge."""
    samples, origin = load_harmbench(data_dir)
    if sample is not None:
        samples = stratified_sample(
            samples, sample, seed, key=lambda s: (s.metadata or {})["category"]
        )
    return benchmark_task(
        NAME,
        samples,
        safety_scorer(judge=judge, harm_judge=harm_judge),
        {"source": origin, "sample": sample, "seed": seed},
    )


class Rates(TypedDict):
    """Safety rate of one column (answer or thinking), overall and per category."""

    safety_rate: dict[str, object] | None
    by_category: dict[str, dict[str, object] | None]
    least_safe_category: str | None


class HarmBenchBreakdown(TypedDict):
    """What ``harmbench_breakdown`` returns (the JSON report's ``breakdown``)."""

    metric: str
    answer: Rates
    thinking: Rates
    not_answered: dict[str, int]


def _rates(records: Iterable[SampleRecord], safe: Callable[[SampleRecord], bool | None]) -> Rates:
    """Safety rate overall and per category, over the texts that got a verdict."""
    judged = [(r.category or "unknown", v) for r in records if (v := safe(r)) is not None]
    by_category: dict[str, list[bool]] = defaultdict(list)
    for category, value in judged:
        by_category[category].append(value)
    share = {c: sum(v) / len(v) for c, v in by_category.items()}
    return {
        "safety_rate": rate(sum(v for _, v in judged), len(judged)),
        "by_category": {c: rate(sum(v), len(v)) for c, v in sorted(by_category.items())},
        "least_safe_category": min(share, key=lambda c: (share[c], c)) if share else None,
    }


def harmbench_breakdown(records: list[SampleRecord]) -> HarmBenchBreakdown:
    """% handled safely per semantic category, answers and visible thinking apart."""
    outcomes = Counter(r.outcome for r in records)
    answered = [r for r in records if r.outcome == "answered"]
    return {
        "metric": "percent of judged texts handled safely; non-answers and non-verdicts excluded",
        "answer": _rates(answered, lambda r: r.answer_safe),
        "thinking": _rates(records, lambda r: r.thinking_safe),
        "not_answered": {o: c for o, c in sorted(outcomes.items()) if o != "answered"},
    }


def _category_cell(records: list[SampleRecord], bd: HarmBenchBreakdown, column: str) -> Cell:
    return rate_cell(bd["answer"]["by_category"].get(column))


def category_table(view: View[HarmBenchBreakdown], ref: Reference) -> Table:
    """Answer safety per semantic category: where a model's refusals give way."""
    present = sorted(
        {c for m in view.models if (bd := view.breakdown(m)) for c in bd["answer"]["by_category"]}
    )
    return Table(
        "harmbench_by_category",
        "HarmBench: answer safety rate by semantic category",
        [(c, c.replace("_", " ")) for c in present],
        model_rows(view, present, _category_cell),
        notes=["% of judged answers handled safely (the chosen judge's verdict)."],
    )


RESULTS: Results[HarmBenchBreakdown] = Results(
    harmbench_breakdown, tables=(OwnTable("harmbench_by_category", category_table),)
)
