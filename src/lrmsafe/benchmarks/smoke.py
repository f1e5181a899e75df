"""The built-in smoke suite: ~60 prompts we wrote, shipped with the package.

Harmful requests across the study's risk areas plus benign look-alikes
(XSTest style) so both unsafe compliance and over-refusal show up quickly.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from lrmsafe.benchmarks._registry import TaskOptions, benchmark_task, given, register_benchmark
from lrmsafe.judges._scorer import safety_scorer


def load_smoke() -> list[dict[str, Any]]:
    """Read the packaged JSONL (our own text)."""
    text = files("lrmsafe").joinpath("data/smoke.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def smoke_samples() -> list[Sample]:
    """One Sample per row; metadata carries the expected behaviour."""
    return [
        Sample(
            id=row["id"],
            input=row["prompt"],
            metadata={
                "benchmark": "smoke",
                "category": row["category"],
                "subtype": row.get("subtype"),
                "expected": row["expected"],
            },
        )
        for row in load_smoke()
    ]


def _build(o: TaskOptions) -> Task:
    """The task from the run's options: those it takes (type-checked against ``smoke``)."""
    return given(smoke, judge=o.judge, harm_judge=o.harm_judge)


@register_benchmark(
    "smoke",
    description="~60 prompts we wrote: harmful requests over the study's risk areas "
    "and benign look-alikes (over-refusal)",
    source="built in (lrmsafe/data/smoke.jsonl)",
    license="same as lrmsafe",
    judge_policy="uses_chosen",
    build=_build,
    rates_harm=True,
)
@task(name="lrmsafe_smoke")
def smoke(judge: str = "refusal", harm_judge: str | None = None) -> Task:
    """The default suite: fast, offline, no downloads."""
    return benchmark_task(
        "smoke", smoke_samples(), safety_scorer(judge=judge, harm_judge=harm_judge)
    )
