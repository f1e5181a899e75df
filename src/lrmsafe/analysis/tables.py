"""The study's tables for any set of models, with the study's own rows beside them.

Why: a user wants the paper's Tables 2-7 and 10 for their models. Every
measured cell carries its value, a 95% interval and its n; the numbers come
from each benchmark's registered results (its breakdown and the cells and
tables it declares, see ``analysis.cells``), never from a second definition
here: this module names no benchmark. Reference rows ("reported by the
study") have no interval: the paper published none.

A benchmark a model did not run gives an empty cell ("-").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from lrmsafe.analysis.cells import (
    EMPTY,
    Cell,
    Column,
    OwnTable,
    Results,
    Row,
    Source,
    Table,
    View,
    Which,
    mean_cell,
    rate_cell,
    rate_dict_cell,
    reference_cell,
    reference_rows,
    safety_cell,
)
from lrmsafe.analysis.metrics import epochs_of, repeated_sampling, safe_rate
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.reference import Reference, load_reference

__all__ = [
    "EMPTY",
    "Cell",
    "Grouped",
    "Row",
    "Source",
    "Table",
    "Which",
    "attack_of",
    "budget_of",
    "build_tables",
    "group_records",
    "mean_cell",
    "one_condition",
    "rate_cell",
    "registered_results",
    "safety_cell",
]

BASELINE_ATTACKS = (None, "", "none")
EFFORT_ORDER = ("none", "minimal", "low", "medium", "high", "xhigh", "max")
SAFETY_TABLE = 2
THINKING_TABLE = 7
"""The study's numbers of the two tables every benchmark may add a column to."""


def registered_results() -> dict[str, Results[Any]]:
    """Each registered benchmark's declared results, by name (sorted)."""
    # the benchmarks register on import; the package does not import them eagerly
    # (start-up), so a report alone loads them here
    from lrmsafe.benchmarks import BENCHMARKS

    return {n: r for n, b in sorted(BENCHMARKS.items()) if (r := b.results) is not None}


# --------------------------------------------------------------------------- #
# Grouping
# --------------------------------------------------------------------------- #


def attack_of(record: SampleRecord) -> str | None:
    """The attack variant applied to the prompt (``attack_label``, else ``attack``
    in the sample metadata); None for the prompts as written (``none``)."""
    value = record.meta.get("attack_label") or record.meta.get("attack")
    return None if value in BASELINE_ATTACKS else str(value)


def budget_of(record: SampleRecord) -> str | None:
    """The reasoning effort or token budget the sample ran under, when recorded
    (the budget attack's ``budget``, or the run's generate config)."""
    for key in ("budget", "reasoning_effort", "reasoning_budget"):
        value = record.meta.get(key)
        if value not in (None, ""):
            return str(value)
    return None


def _budget_sort(label: str) -> tuple[int, float, str]:
    if label in EFFORT_ORDER:
        return (0, EFFORT_ORDER.index(label), label)
    try:
        return (1, float(label), label)
    except ValueError:
        return (2, 0.0, label)


@dataclass
class Grouped:
    """Records of one condition per (model, benchmark), with their breakdowns."""

    records: dict[str, dict[str, list[SampleRecord]]]
    all_records: list[SampleRecord]
    warnings: list[str]
    results: dict[str, Results[Any]] = field(default_factory=dict)
    """The registered benchmarks' declared results (what the tables ask)."""
    _breakdowns: dict[tuple[str, str], Any] = field(default_factory=dict)

    @property
    def models(self) -> list[str]:
        """Models in sorted order."""
        return sorted(self.records)

    def recs(self, model: str, benchmark: str) -> list[SampleRecord]:
        """Baseline records of a model on a benchmark (empty when not run)."""
        return self.records.get(model, {}).get(benchmark, [])

    def breakdown(self, model: str, benchmark: str) -> Any:
        """The benchmark's registered breakdown of these records (cached; None when
        not run or the benchmark declares none)."""
        recs = self.recs(model, benchmark)
        spec = self.results.get(benchmark)
        if not recs or spec is None:
            return None
        key = (model, benchmark)
        if key not in self._breakdowns:
            self._breakdowns[key] = spec.breakdown(recs)
        return self._breakdowns[key]

    def view(self, benchmark: str) -> View[Any]:
        """One benchmark's records and breakdowns per model (its own tables read it)."""
        return View(
            benchmark,
            self.models,
            lambda m: self.recs(m, benchmark),
            lambda m: self.breakdown(m, benchmark),
        )

    def cell(self, model: str, benchmark: str, column: Column[Any], which: Which) -> Cell:
        """A benchmark's declared cell for a model (empty when it did not run it)."""
        recs = self.recs(model, benchmark)
        return column.cell(recs, self.breakdown(model, benchmark), which) if recs else EMPTY

    def benchmarks(self) -> list[str]:
        """Every benchmark some model ran."""
        return sorted({b for per in self.records.values() for b in per})


def one_condition(
    records: Iterable[SampleRecord], key: Callable[[SampleRecord], tuple[Any, ...]]
) -> list[SampleRecord]:
    """Per ``key`` group, the records of one run condition (variant) only.

    A model run under several conditions (judges, reasoning budgets, repeated
    runs with other options) would count a prompt more than once; the variant
    with the most samples is kept (ties: the latest).
    """
    groups: dict[tuple[Any, ...], dict[str, list[SampleRecord]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for r in records:
        groups[key(r)][r.variant].append(r)
    out: list[SampleRecord] = []
    for variants in groups.values():
        best: list[SampleRecord] = max(variants.values(), key=_rank)
        out += best
    return out


def _rank(records: list[SampleRecord]) -> tuple[int, str]:
    """Most samples first, then the latest log."""
    return (len(records), max(r.log_created for r in records))


def group_records(
    records: Iterable[SampleRecord], results: dict[str, Results[Any]] | None = None
) -> Grouped:
    """Baseline (no attack) records per model and benchmark, one condition each.

    A model run on one benchmark under several conditions (judges, reasoning
    budgets) would mix them; the condition with the most samples is used
    (ties: the latest) and a warning names the others.
    """
    all_records = list(records)
    by: dict[tuple[str, str], dict[str, list[SampleRecord]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for r in all_records:
        if attack_of(r) is None:
            by[(r.model, r.benchmark)][r.variant].append(r)
    out: dict[str, dict[str, list[SampleRecord]]] = defaultdict(dict)
    warnings: list[str] = []
    for (model, benchmark), variants in sorted(by.items()):
        ranked = sorted(variants.items(), key=lambda kv: _rank(kv[1]), reverse=True)
        out[model][benchmark] = ranked[0][1]
        if len(ranked) > 1:
            warnings.append(
                f"{model} on {benchmark}: {len(ranked)} run conditions; tables use "
                f"{ranked[0][0]} ({len(ranked[0][1])} samples)"
            )
    return Grouped(dict(out), all_records, warnings, results or {})


def _model_rows(g: Grouped, columns: list[str], cell: Callable[[str, str], Cell]) -> list[Row]:
    return [Row(m, {c: cell(m, c) for c in columns}, model=m) for m in g.models]


def _declared(g: Grouped, part: Literal["safety", "thinking"]) -> dict[str, Column[Any]]:
    """The benchmarks' columns in a shared table (``safety`` or ``thinking``), in the
    order they declare."""
    cols = [(b, c) for b, r in g.results.items() if (c := getattr(r, part)) is not None]
    return dict(sorted(cols, key=lambda bc: (bc[1].order, bc[0])))


def _note(lead: str | None, columns: Iterable[Column[Any]]) -> list[str]:
    parts = [lead] if lead else []
    parts += [c.note for c in columns if c.note]
    return ["; ".join(parts) + "."] if parts else []


# --------------------------------------------------------------------------- #
# The shared tables
# --------------------------------------------------------------------------- #


def overview_table(g: Grouped) -> Table:
    """Answer safety per benchmark with the common definition (all benchmarks run)."""
    benches = g.benchmarks()
    rows = _model_rows(g, benches, lambda m, b: safety_cell(g.recs(m, b), "answer"))
    return Table(
        "overview",
        "Answer safety rate per benchmark (all benchmarks run)",
        [(b, b) for b in benches],
        rows,
        notes=[
            "Common definition: % of judged answers to harmful prompts (expected refuse) judged "
            "safe; benchmark-specific metrics follow in the study's tables."
        ],
    )


def table2(g: Grouped, ref: Reference) -> Table:
    """Safety rate per benchmark, each with its own metric (the paper's Table 2)."""
    declared = _declared(g, "safety")
    cols = list(declared)
    key = "table2_safety_rate"
    return Table(
        key,
        "Safety rate per benchmark",
        [(b, c.label) for b, c in declared.items()],
        _model_rows(g, cols, lambda m, b: g.cell(m, b, declared[b], "answer"))
        + reference_rows(ref, key, cols),
        paper_table=ref.paper_table(key),
        notes=_note(None, declared.values()),
    )


def _has_thinking(g: Grouped, m: str) -> bool:
    return any(r.thinking_safe is not None for recs in g.records.get(m, {}).values() for r in recs)


def table7(g: Grouped, ref: Reference) -> Table:
    """Answer vs thinking safety per benchmark, for models with visible thinking."""
    declared = _declared(g, "thinking")
    extra = [
        b
        for b in g.benchmarks()
        if b not in declared
        and (b not in g.results or g.results[b].thinking_extra)
        and any(r.thinking_safe is not None for m in g.models for r in g.recs(m, b))
    ]
    cols = [*declared, *extra]

    def cell(m: str, b: str, which: Which) -> Cell:
        if b in declared:
            return g.cell(m, b, declared[b], which)
        return safety_cell(g.recs(m, b), which)

    rows: list[Row] = []
    for m in g.models:
        if not _has_thinking(g, m):
            continue
        for which in ("answer", "thinking"):
            w: Which = "answer" if which == "answer" else "thinking"
            rows.append(Row(f"{m} - {which}", {b: cell(m, b, w) for b in cols}, model=m, part=w))
    key = "table7_answer_vs_thinking"
    values = ref.values(key)
    for name in values.get("answer", {}):
        for which in ("answer", "thinking"):
            vals = values[which][name]
            rows.append(
                Row(
                    f"{name} - {which} ({ref.label})",
                    {b: reference_cell(vals.get(b), ref.mark(key, name, b, which)) for b in cols},
                    "study",
                    part="answer" if which == "answer" else "thinking",
                )
            )
    return Table(
        key,
        "Safety rate of the final answer vs the thinking",
        [(b, declared[b].label if b in declared else b) for b in cols],
        rows,
        paper_table=ref.paper_table(key),
        notes=_note("Only models whose thinking was visible", declared.values()),
    )


def attack_table(g: Grouped) -> Table:
    """Attack success (% unsafe answers to harmful prompts) per attack and model."""
    by: dict[str, dict[str, list[SampleRecord]]] = defaultdict(lambda: defaultdict(list))
    for r in one_condition(g.all_records, lambda r: (r.model, r.benchmark, attack_of(r))):
        by[r.model][attack_of(r) or "none"].append(r)
    attacks = sorted({a for per in by.values() for a in per}, key=lambda a: (a != "none", a))
    rows = [
        Row(
            m,
            {a: rate_cell(safe_rate(per.get(a, []), "answer"), complement=True) for a in attacks},
            model=m,
        )
        for m, per in sorted(by.items())
    ]
    return Table(
        "asr_by_attack",
        "Attack success rate per attack (% unsafe answers to harmful prompts)",
        [(a, a) for a in attacks],
        rows,
        direction="lower is safer",
        notes=["'none': the prompts as written; pooled over the benchmarks each attack ran on."],
    )


def budget_table(g: Grouped) -> Table:
    """Answer and thinking safety per reasoning effort or budget."""
    by: dict[str, dict[str, list[SampleRecord]]] = defaultdict(lambda: defaultdict(list))
    budgeted = [
        r
        for r in g.all_records
        if budget_of(r) is not None and (attack_of(r) is None or r.meta.get("attack") == "budget")
    ]
    for r in one_condition(budgeted, lambda r: (r.model, r.benchmark, budget_of(r))):
        by[r.model][str(budget_of(r))].append(r)
    budgets = sorted({b for per in by.values() for b in per}, key=_budget_sort)
    rows: list[Row] = []
    for m, per in sorted(by.items()):
        for which in ("answer", "thinking"):
            w: Which = "answer" if which == "answer" else "thinking"
            cells = {b: rate_cell(safe_rate(per.get(b, []), w)) for b in budgets}
            if which == "thinking" and all(c.empty for c in cells.values()):
                continue
            rows.append(Row(f"{m} - {which}", cells, model=m, part=w))
    return Table(
        "safety_by_budget",
        "Safety rate by reasoning effort / budget",
        [(b, b) for b in budgets],
        rows,
        notes=["Common definition: % of judged harmful-prompt texts judged safe."],
    )


def repeated_table(g: Grouped) -> Table:
    """``--epochs K``: mean and worst-of-K safety per benchmark, answer and thinking."""
    benches = [b for b in g.benchmarks() if any(epochs_of(g.recs(m, b)) > 1 for m in g.models)]
    ks = sorted({epochs_of(g.recs(m, b)) for m in g.models for b in benches} - {1})
    k_label = "K" if len(ks) != 1 else str(ks[0])
    cols: list[tuple[str, str]] = []
    for b in benches:
        cols += [(f"{b}:mean", f"{b} mean"), (f"{b}:worst", f"{b} worst-of-{k_label}")]
    rows: list[Row] = []
    for m in g.models:
        for which in ("answer", "thinking"):
            w: Which = "answer" if which == "answer" else "thinking"
            cells: dict[str, Cell] = {}
            for b in benches:
                rep = repeated_sampling(g.recs(m, b), w)
                if rep is None:
                    continue
                cells[f"{b}:mean"] = rate_dict_cell(rep["mean_safety_rate"])
                cells[f"{b}:worst"] = rate_dict_cell(rep["worst_of_k_safety_rate"])
            if which == "thinking" and not cells:
                continue
            rows.append(Row(f"{m} - {which}", cells, model=m, part=w))
    return Table(
        "repeated_sampling",
        f"Repeated sampling (--epochs {k_label}): mean and worst-of-{k_label} safety rate",
        cols,
        rows,
        notes=[
            "mean: % of the K judged samples of each harmful prompt judged safe, pooled; "
            "95% CI: cluster bootstrap over prompts (accounts for prompts and samples).",
            f"worst-of-{k_label}: % of prompts safe in all K samples (a prompt counts as "
            "unsafe if any of its K answers is unsafe); prompts with fewer than K verdicts "
            "are left out of it.",
            "The study's benchmark-specific tables pool the K samples of a prompt; "
            "their intervals treat samples as independent.",
        ],
    )


def build_tables(records: Iterable[SampleRecord]) -> tuple[list[Table], list[str]]:
    """Every table, in the paper's order, and the grouping warnings.

    Study tables always appear (with the reference rows) so a reader sees the
    study's figures even for benchmarks not run; a benchmark's other tables,
    attacks, budgets and repeated sampling only when their data exist.
    """
    g = group_records(records, registered_results())
    ref = load_reference()
    own = [(b, t) for b, r in g.results.items() for t in r.tables]
    own_benchmark = {t.key: b for b, t in own}
    study: list[tuple[float, Callable[[], Table]]] = [
        (0, lambda: overview_table(g)),
        (SAFETY_TABLE, lambda: table2(g, ref)),
        (THINKING_TABLE, lambda: table7(g, ref)),
    ]
    study += [(_place(t), _builder(g, b, t, ref)) for b, t in own if t.always]
    tables = [build() for _, build in sorted(study, key=lambda pb: pb[0])]
    tables += [_builder(g, b, t, ref)() for b, t in own if not t.always and g.view(b).run]
    attacked = sum(1 for r in g.all_records if attack_of(r) is not None)
    for t in tables:  # the shared tables' columns are benchmarks; an own table has one
        stamp_protocols(t, g, own_benchmark.get(t.key))
        if attacked:
            t.notes.append(
                f"Unattacked samples only: the {attacked} attacked samples (--attack) "
                "have their own tables below."
            )
    if any(attack_of(r) is not None for r in g.all_records):
        tables.append(attack_table(g))
    if any(budget_of(r) is not None for r in g.all_records):
        tables.append(budget_table(g))
    if any(epochs_of(g.recs(m, b)) > 1 for m in g.models for b in g.benchmarks()):
        tables.append(repeated_table(g))
    return tables, g.warnings


def protocol_of(records: Iterable[SampleRecord]) -> str | None:
    """The protocol(s) that made these records' verdicts, comma-joined (None: none)."""
    return ",".join(sorted({r.protocol for r in records})) or None


def stamp_protocols(table: Table, g: Grouped, benchmark: str | None) -> None:
    """Say which protocol made each measured cell, and keep the study's figures only
    beside numbers of the canonical protocol (the one the study's numbers were made
    by): a column whose measured numbers are all hardened shows no study figure.

    ``benchmark``: the benchmark of an own table; None for a shared table, whose
    column keys are benchmarks (``bench:...`` for repeated sampling).
    """
    if table.transposed:  # rows are categories, columns models
        for row in table.rows:
            for m, cell in row.cells.items():
                if not cell.empty and benchmark is not None:
                    row.cells[m] = replace(cell, protocol=protocol_of(g.recs(m, benchmark)))
        return
    for row in table.rows:
        if row.source != "measured" or row.model is None:
            continue
        for key, cell in row.cells.items():
            bench = benchmark or key.split(":", 1)[0]
            if not cell.empty and bench in g.benchmarks():
                row.cells[key] = replace(cell, protocol=protocol_of(g.recs(row.model, bench)))
    measured = [r for r in table.rows if r.source == "measured"]
    studied = [r for r in table.rows if r.source == "study"]
    # columns holding a study figure (a column of ours alone, e.g. smoke, has none)
    figures = [
        (k, lbl)
        for k, lbl in table.columns
        if any(not r.cells.get(k, EMPTY).empty for r in studied)
    ]
    made = {key: _protocols(measured, key) for key, _ in figures}
    hidden = [lbl for key, lbl in figures if made[key] and "canonical" not in made[key]]
    # no canonical number beside any study figure: the study's rows go; else only
    # the columns whose numbers are all hardened lose theirs
    gone = bool(hidden) and not any("canonical" in m for m in made.values())
    for key, _ in figures:
        if made[key] and "canonical" not in made[key]:
            for r in studied:
                r.cells[key] = EMPTY
    note = protocol_note(table, by_model=benchmark is not None)
    if note and not gone:  # the note that the study's rows are gone says it
        table.notes.append(note)
    if gone:
        table.rows = measured
        table.notes.append(
            "The study's rows are not shown: these numbers were made by the hardened "
            "protocol (lrmsafe's own, a different measurement); run with --protocol "
            "canonical and a judge model to see them beside the study's."
        )
    elif hidden:
        table.notes.append(
            "The study's figures are shown only beside numbers made by the canonical "
            f"protocol; not beside {', '.join(hidden)} (hardened: lrmsafe's own "
            "protocol, a different measurement)."
        )


def _protocols(rows: Iterable[Row], key: str) -> set[str]:
    """The protocols of the cells of one column."""
    return {
        p for r in rows if (c := r.cells.get(key)) and c.protocol for p in c.protocol.split(",")
    }


def protocol_note(table: Table, by_model: bool) -> str | None:
    """``Protocol: canonical (every measured number).``, or which models (an own
    table, ``by_model``) or which columns (a shared table) used which protocol."""
    by: dict[str, list[str]] = defaultdict(list)
    labels = dict(table.columns)
    for r in table.rows:
        if r.source != "measured":
            continue
        for key, cell in r.cells.items():
            if cell.protocol:
                by[cell.protocol].append((r.model or r.label) if by_model else labels.get(key, key))
    if not by:
        return None
    if len(by) == 1:
        return f"Protocol: {next(iter(by))} (every measured number)."
    parts = [f"{p} for {', '.join(dict.fromkeys(w))}" for p, w in sorted(by.items())]
    return "Protocol: " + "; ".join(parts) + "."


def _place(t: OwnTable[Any]) -> float:
    return float("inf") if t.paper_table is None else t.paper_table


def _builder(g: Grouped, benchmark: str, t: OwnTable[Any], ref: Reference) -> Callable[[], Table]:
    return lambda: t.build(g.view(benchmark), ref)
