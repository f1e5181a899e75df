"""Table cells, rows and tables, and what a benchmark declares about its results.

Why one module: each benchmark module owns its metric definitions, so it
builds its own cells and tables, and the generic builder (``analysis.tables``)
only asks what the benchmarks declared. Both import this module; it imports
no benchmark, so there is no import cycle.

Intervals: a proportion gets the Wilson interval, as in the summary table
(``stats.proportion_ci``, one method everywhere); the cell says so
(``ci_method``). Means of graded scores use a seeded Monte Carlo bootstrap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from lrmsafe.analysis.metrics import clustered_rate, epochs_of, per_prompt, safe_rate
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.reference import Reference
from lrmsafe.analysis.stats import bootstrap_mean_ci, proportion_ci

Source = Literal["measured", "study"]
Which = Literal["answer", "thinking"]
RateJSON = dict[str, object]
"""A rate as breakdowns write it (``stats.rate``): ``{"value", "ci", "n"}``, percent."""
B = TypeVar("B")
"""A benchmark's breakdown result (a TypedDict of that benchmark)."""


@dataclass(frozen=True)
class Cell:
    """One table cell: a number with its interval and n, or a text label."""

    value: float | None = None
    ci: tuple[float, float] | None = None
    n: int | None = None
    text: str | None = None
    ci_method: str | None = None
    inconsistent: str | None = None
    """A published figure kept as published that its own counts contradict: why."""
    protocol: str | None = None
    """The protocol that made a measured number (``canonical``/``hardened``)."""

    @property
    def empty(self) -> bool:
        """No number and no text: the benchmark or group is missing."""
        return self.value is None and self.text is None

    def to_json(self) -> dict[str, Any]:
        """The cell as JSON; intervals rounded to 2 decimals like the rows."""
        out: dict[str, Any] = {"value": None if self.value is None else round(self.value, 3)}
        if self.ci is not None:
            out["ci"] = [round(self.ci[0], 2), round(self.ci[1], 2)]
            out["ci_method"] = self.ci_method
        if self.n is not None:
            out["n"] = self.n
        if self.text is not None:
            out["text"] = self.text
        if self.inconsistent is not None:
            out["inconsistent"] = self.inconsistent
        if self.protocol is not None:
            out["protocol"] = self.protocol
        return out


EMPTY = Cell()


@dataclass
class Row:
    """A table row: a model (or category) and its cells by column key."""

    label: str
    cells: dict[str, Cell]
    source: Source = "measured"
    model: str | None = None
    part: Which | None = None

    @property
    def protocol(self) -> str | None:
        """The protocols of its measured cells (``canonical``, ``hardened`` or both,
        comma-joined); None for the study's rows and rows without numbers."""
        found = sorted({c.protocol for c in self.cells.values() if c.protocol})
        return ",".join(found) or None

    def to_json(self) -> dict[str, Any]:
        """The row as JSON, saying where its numbers come from (and by which protocol)."""
        out = {
            "label": self.label,
            "source": "reported by the study" if self.source == "study" else "measured",
            "model": self.model,
            "part": self.part,
            "cells": {k: c.to_json() for k, c in self.cells.items()},
        }
        if self.protocol is not None:
            out["protocol"] = self.protocol
        return out


@dataclass
class Table:
    """One study-style table: columns, rows, unit, direction and notes."""

    key: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[Row]
    unit: str = "%"
    direction: str = "higher is safer"
    paper_table: int | None = None
    notes: list[str] = field(default_factory=list)
    transposed: bool = False
    """Rows are categories and columns are models (a per-category table)."""

    @property
    def has_measured(self) -> bool:
        """At least one measured cell has a number."""
        return any(
            not c.empty for r in self.rows if r.source == "measured" for c in r.cells.values()
        )

    def to_json(self) -> dict[str, Any]:
        """The table as JSON."""
        return {
            "key": self.key,
            "title": self.title,
            "paper_table": self.paper_table,
            "unit": self.unit,
            "direction": self.direction,
            "columns": [{"key": k, "label": v} for k, v in self.columns],
            "rows": [r.to_json() for r in self.rows],
            "notes": list(self.notes),
        }


# --------------------------------------------------------------------------- #
# Cells
# --------------------------------------------------------------------------- #


def rate_cell(rate: Mapping[str, object] | None, complement: bool = False) -> Cell:
    """A cell from a breakdown's rate dict ``{"value", "n"}`` (percent).

    The count is recovered from value and n (exact for n < 10,000), so the
    interval is that proportion's Wilson interval. ``complement`` turns
    an unsafe share into a safe share (100 - x) and vice versa.
    """
    if not isinstance(rate, Mapping) or not rate.get("n"):
        return EMPTY
    r: Mapping[str, Any] = rate
    n = int(r["n"])
    k = round(float(r["value"]) * n / 100.0)
    if complement:
        k = n - k
    lo, hi, method = proportion_ci(k, n)
    return Cell(100.0 * k / n, (100.0 * lo, 100.0 * hi), n, ci_method=method)


def rate_dict_cell(rate: Mapping[str, Any] | None) -> Cell:
    """A cell from a rate already carrying its interval (value, ci, n, ci_method)."""
    if not rate:
        return EMPTY
    lo, hi = rate["ci"]
    return Cell(float(rate["value"]), (float(lo), float(hi)), int(rate["n"]),
                ci_method=rate.get("ci_method"))  # fmt: skip


def safety_cell(records: list[SampleRecord], which: Which) -> Cell:
    """Safety rate with the common definition; with K samples per prompt its
    interval is the cluster bootstrap over prompts (see stats.cluster_rate_ci)."""
    if epochs_of(records) <= 1:
        return rate_cell(safe_rate(records, which))
    return rate_dict_cell(clustered_rate(per_prompt(records, which, "refuse")))


def mean_cell(values: Sequence[float], scale: float = 100.0) -> Cell:
    """A cell for the mean of per-sample values (scaled), with a bootstrap CI
    (Wilson when the values are all 0/1: a proportion)."""
    if not values:
        return EMPTY
    ci = bootstrap_mean_ci(values)
    assert ci is not None
    lo, hi, method = ci
    return Cell(
        scale * sum(values) / len(values), (scale * lo, scale * hi), len(values), ci_method=method
    )


def reference_cell(value: Any, inconsistent: str | None = None) -> Cell:
    """A study figure as a cell: a number (no interval) or a text label, with the
    reference's mark when its counts contradict it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Cell(float(value), inconsistent=inconsistent)
    if isinstance(value, str):
        return Cell(text=value, inconsistent=inconsistent)
    return EMPTY


# --------------------------------------------------------------------------- #
# What a benchmark's own tables read
# --------------------------------------------------------------------------- #


@dataclass
class View(Generic[B]):
    """One benchmark's baseline records per model (one run condition each) and
    its breakdown of them: what the benchmark's own tables are built from."""

    name: str
    models: list[str]
    _records: Callable[[str], list[SampleRecord]]
    _breakdown: Callable[[str], B | None]

    def records(self, model: str) -> list[SampleRecord]:
        """The model's records on this benchmark (empty when it did not run it)."""
        return self._records(model)

    def breakdown(self, model: str) -> B | None:
        """The benchmark's breakdown of the model's records (None when not run)."""
        return self._breakdown(model)

    @property
    def run(self) -> bool:
        """Some model ran this benchmark."""
        return any(self.records(m) for m in self.models)


TableCell = Callable[[list[SampleRecord], B, str], Cell]
"""A cell of a benchmark's own table: (its records, its breakdown, column key)."""


def model_rows(view: View[B], columns: Sequence[str], cell: TableCell[B]) -> list[Row]:
    """One row per model; a model that did not run the benchmark gets empty cells."""
    rows = []
    for m in view.models:
        recs, bd = view.records(m), view.breakdown(m)
        cells = {c: EMPTY if not recs or bd is None else cell(recs, bd, c) for c in columns}
        rows.append(Row(m, cells, model=m))
    return rows


def reference_rows(ref: Reference, key: str, columns: Sequence[str]) -> list[Row]:
    """The study's rows of a table ("reported by the study"; no intervals)."""
    return [
        Row(
            f"{name} ({ref.label})",
            {c: reference_cell(vals.get(c), ref.mark(key, name, c)) for c in columns},
            "study",
        )
        for name, vals in ref.values(key).items()
    ]


def study_table(
    view: View[B],
    ref: Reference,
    key: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    cell: TableCell[B],
    **options: Any,
) -> Table:
    """A table with a row per model and the study's rows under it (the study's
    tables 3-10 all look like this)."""
    cols = [k for k, _ in columns]
    return Table(
        key,
        title,
        list(columns),
        model_rows(view, cols, cell) + reference_rows(ref, key, cols),
        paper_table=ref.paper_table(key),
        **options,
    )


# --------------------------------------------------------------------------- #
# What a benchmark declares (benchmarks._registry.Benchmark.results)
# --------------------------------------------------------------------------- #

ColumnCell = Callable[[list[SampleRecord], B, Which], Cell]
"""A cell of a shared table: (the records, their breakdown, answer or thinking)."""


@dataclass(frozen=True)
class Column(Generic[B]):
    """A benchmark's column in a shared table (the safety-rate table, or the
    answer-vs-thinking table); its key is the benchmark's name."""

    label: str
    cell: ColumnCell[B]
    order: int
    """Place among the table's columns (the study's order)."""
    note: str | None = None
    """What the number is, for the table's note (``"X: % benign"``)."""


@dataclass(frozen=True)
class OwnTable(Generic[B]):
    """A table of one benchmark's own metric."""

    key: str
    build: Callable[[View[B], Reference], Table]
    paper_table: int | None = None
    """Its place among the study's tables (the study's table number)."""
    always: bool = False
    """A study table: shown, with the study's rows, even when no model ran the
    benchmark; else only when some model did (after the study's tables)."""


@dataclass(frozen=True)
class HarmMeasure:
    """A benchmark's own rating of how harmful unsafe help was, beside the judge's
    ``harm_score``: compared between declared pairs (finding 3) and plotted."""

    metric: str
    """Its name in findings (``"... average (0-5)"``); capitalised, the plot's title."""
    unit: str
    """The unit of a difference (``"skill points"``)."""
    absent: str
    """What the logs lack when it cannot be tested (``"... ratings"``)."""
    scale: tuple[float, float]
    """The rating's range, for the plot."""
    value: Callable[[SampleRecord], float | None]
    """A record's rating (None: not rated)."""


@dataclass(frozen=True)
class Results(Generic[B]):
    """Everything the analysis and the reports need to know about one benchmark's
    results: its breakdown, its columns in the shared tables, its own tables
    and its harm measures."""

    breakdown: Callable[[list[SampleRecord]], B]
    """The benchmark-specific metrics of a (model, benchmark) group of records."""
    safety: Column[B] | None = None
    """Its column in the safety-rate table (the study's Table 2)."""
    thinking: Column[B] | None = None
    """Its column in the answer-vs-thinking table (the study's Table 7)."""
    thinking_extra: bool = True
    """Without a declared ``thinking`` column, a run with judged thinking gets one
    with the common safety definition; False: never (the metric is no safety rate
    of harmful-prompt texts)."""
    tables: tuple[OwnTable[B], ...] = ()
    harm: tuple[HarmMeasure, ...] = ()
    graded: str | None = None
    """Its graded score, for the report's note on intervals (``"X 0/0.5/1"``)."""
