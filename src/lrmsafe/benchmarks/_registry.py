"""The benchmark and suite registries that the CLI, suites and report discover.

Adding a benchmark is adding one module (or package) under ``benchmarks/``
that calls :func:`register_benchmark`; ``benchmarks/__init__.py`` imports it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from inspect_ai import Task

from lrmsafe._errors import UnknownNameError, UserError

if TYPE_CHECKING:
    from lrmsafe.analysis.cells import Results
    from lrmsafe.analysis.records import SampleRecord

Judging = Literal["refusal-or-model", "model-required", "no-judge"]


@dataclass(frozen=True)
class Benchmark:
    """A registered benchmark: its task factory and what a reader must know."""

    name: str
    description: str
    source: str
    license: str
    judging: Judging
    task: Callable[..., Task]
    harmful_prompts: bool = True
    """True when its prompts are harmful requests (attacks apply to them)."""
    paper_size: int | None = None
    """How many prompts the study used (None: all of them)."""
    test_only: bool = False
    """For testing lrmsafe itself (scale, faults), not a safety benchmark."""
    results_of: Callable[[], Results[Any]] | None = None
    """Its results' declaration; a thunk because the module defines it below the
    task factory it decorates (None: the common metrics only)."""

    @property
    def results(self) -> Results[Any] | None:
        """Breakdown, table columns, own tables and harm measures (analysis.cells)."""
        return None if self.results_of is None else self.results_of()


BenchmarkInfo = Benchmark
"""The former name."""
BENCHMARKS: dict[str, Benchmark] = {}
SuiteSample = int | Literal["paper"] | None


@dataclass(frozen=True)
class SuiteInfo:
    """A named list of benchmarks and how many prompts of each to run."""

    name: str
    benchmarks: tuple[str, ...]
    description: str
    sample: SuiteSample = None
    """An int: a seeded stratified sample of that size; "paper": the study's size."""


SUITES: dict[str, SuiteInfo] = {}


def register_benchmark(
    name: str,
    *,
    description: str,
    source: str,
    license: str,
    judging: Judging,
    harmful_prompts: bool = True,
    paper_size: int | None = None,
    test_only: bool = False,
    results: Callable[[], Results[Any]] | None = None,
) -> Callable[[Callable[..., Task]], Callable[..., Task]]:
    """Register a task factory as a benchmark under ``name``.

    ``results`` returns what the analysis and reports need to know about its
    results (``analysis.cells.Results``: breakdown, table columns, own tables,
    harm measures); without it only the common metrics are reported.
    """

    def wrap(task: Callable[..., Task]) -> Callable[..., Task]:
        BENCHMARKS[name] = Benchmark(
            name,
            description,
            source,
            license,
            judging,
            task,
            harmful_prompts,
            paper_size,
            test_only,
            results,
        )
        return task

    return wrap


class _Breakdowns(Mapping[str, "Callable[[list[SampleRecord]], Any]"]):
    """Each registered benchmark's breakdown by name: a view of ``BENCHMARKS``."""

    def _items(self) -> dict[str, Callable[[list[SampleRecord]], Any]]:
        return {n: r.breakdown for n, b in BENCHMARKS.items() if (r := b.results) is not None}

    def __getitem__(self, name: str) -> Callable[[list[SampleRecord]], Any]:
        return self._items()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())


BREAKDOWNS: Mapping[str, Callable[[list[SampleRecord]], Any]] = _Breakdowns()


def register_suite(
    name: str, benchmarks: tuple[str, ...], description: str, sample: SuiteSample = None
) -> None:
    """Declare a named list of benchmarks."""
    SUITES[name] = SuiteInfo(name, benchmarks, description, sample)


def sample_size(suite: str | None, benchmark: str) -> int | None:
    """Prompts to draw from ``benchmark`` under ``suite`` (None: all)."""
    info = SUITES.get(suite or "")
    if info is None or info.sample is None:
        return None
    if info.sample == "paper":
        return get_benchmark(benchmark).paper_size
    return info.sample


def get_benchmark(name: str) -> Benchmark:
    """Look a benchmark up, with a message that lists the known ones."""
    try:
        return BENCHMARKS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown benchmark '{name}'; choose from: {', '.join(sorted(BENCHMARKS))}"
        ) from None


def resolve_benchmarks(suite: str | None, benchmarks: str | None) -> list[str]:
    """Turn ``--suite``/``--benchmark`` into benchmark names, checking each."""
    if benchmarks is not None:  # "" is a mistake, not "the default suite"
        names = [b.strip() for b in benchmarks.split(",") if b.strip()]
        if not names:
            raise UnknownNameError(
                f"--benchmark '{benchmarks}' names no benchmark; give one or more, "
                "comma-separated (see: lrmsafe list)"
            )
    else:
        key = "smoke" if suite is None else suite
        if key not in SUITES:
            raise UnknownNameError(
                f"unknown suite '{key}'; choose from: {', '.join(sorted(SUITES))}"
            )
        names = list(SUITES[key].benchmarks)
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
    task = factory(**{k: v for k, v in kwargs.items() if k in accepted and v is not None})
    if len(task.dataset) == 0:  # Inspect would fail later, with a traceback
        raise UserError(f"benchmark '{name}': no samples to run; check its data (--data-dir)")
    return task
