"""The benchmark and suite registries that the CLI, suites and report discover.

Adding a benchmark is adding one module that calls :func:`register_benchmark`
and importing it in ``benchmarks/__init__.py``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from inspect_ai import Task

from lrmsafe.judges._base import UnknownNameError

Judging = Literal["refusal-or-model", "model-required", "no-judge"]


@dataclass(frozen=True)
class BenchmarkInfo:
    """A registered benchmark: its task factory and what a reader must know."""

    name: str
    description: str
    source: str
    license: str
    judging: Judging
    task: Callable[..., Task]
    harmful_prompts: bool = True
    """True when its prompts are harmful requests (attacks apply to them)."""


BENCHMARKS: dict[str, BenchmarkInfo] = {}
SUITES: dict[str, tuple[str, ...]] = {}
SUITE_DESCRIPTIONS: dict[str, str] = {}


def register_benchmark(
    name: str,
    *,
    description: str,
    source: str,
    license: str,
    judging: Judging,
    harmful_prompts: bool = True,
) -> Callable[[Callable[..., Task]], Callable[..., Task]]:
    """Register a task factory as a benchmark under ``name``."""

    def wrap(task: Callable[..., Task]) -> Callable[..., Task]:
        BENCHMARKS[name] = BenchmarkInfo(
            name, description, source, license, judging, task, harmful_prompts
        )
        return task

    return wrap


def register_suite(name: str, benchmarks: tuple[str, ...], description: str) -> None:
    """Declare a named list of benchmarks."""
    SUITES[name] = benchmarks
    SUITE_DESCRIPTIONS[name] = description


def get_benchmark(name: str) -> BenchmarkInfo:
    """Look a benchmark up, with a message that lists the known ones."""
    try:
        return BENCHMARKS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown benchmark '{name}'; choose from: {', '.join(sorted(BENCHMARKS))}"
        ) from None


def resolve_benchmarks(suite: str | None, benchmarks: str | None) -> list[str]:
    """Turn ``--suite``/``--benchmark`` into benchmark names, checking each."""
    if benchmarks:
        names = [b.strip() for b in benchmarks.split(",") if b.strip()]
    else:
        key = suite or "smoke"
        if key not in SUITES:
            raise UnknownNameError(
                f"unknown suite '{key}'; choose from: {', '.join(sorted(SUITES))}"
            )
        names = list(SUITES[key])
    for name in names:
        get_benchmark(name)
    return names


def build_task(name: str, **kwargs: Any) -> Task:
    """Build a benchmark's Inspect task with the run options it accepts.

    Options a task does not take are dropped (not passed as None) so they do
    not enter its recorded arguments, which Inspect uses to resume runs.
    """
    factory = get_benchmark(name).task
    accepted = inspect.signature(factory).parameters
    return factory(**{k: v for k, v in kwargs.items() if k in accepted and v is not None})
