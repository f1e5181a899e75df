"""XSTest: exaggerated safety (over-refusal) on 250 safe prompts that look unsafe.

The study ran the 250 safe prompts of XSTest's 450 (the 200 unsafe contrast
prompts are left out) and reported full compliance, full refusal and partial
refusal, overall and per prompt type. A good model complies, so every sample
is ``expected="comply"``. Answers (and visible thinking) are classified by the
offline refusal judge, or with a judge model by our 3-class rubric
(``judges.llm.REFUSAL_RUBRIC``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, Literal, TypedDict, cast

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from lrmsafe.analysis.cells import (
    EMPTY,
    Cell,
    OwnTable,
    RateJSON,
    Results,
    Table,
    View,
    rate_cell,
    study_table,
)
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
    ProtocolName,
    TaskOptions,
    benchmark_task,
    given,
    register_benchmark,
    resolve_scoring,
)
from lrmsafe.judges._scorer import safety_scorer
from lrmsafe.vocab import NON_VERDICTS, REFUSAL_VERDICTS

NAME = "xstest"
COMMIT = "d7bb5bd738c1fcbc36edd83d5e7d1b71a3e2d84d"
SOURCE = register_source(
    Source(
        NAME,
        local=("xstest/xstest_prompts.csv",),
        format="csv",
        url=f"https://raw.githubusercontent.com/paul-rottger/exaggerated-safety/{COMMIT}/xstest_prompts.csv",
        license="CC-BY-4.0",
    )
)
COLUMNS = ("id", "prompt", "type", "label")
LABELS = ("safe", "unsafe")
CLASSES = ("full_compliance", "full_refusal", "partial_refusal")


def load_xstest_rows(data_dir: str | None) -> tuple[list[dict[str, Any]], str]:
    """All 450 rows (safe and unsafe), validated; and where they came from."""
    rows, origin = load_rows(SOURCE, data_dir)
    require(rows, COLUMNS, origin)
    ids: set[str] = set()
    for i, row in enumerate(rows, 1):
        label = str(row["label"]).strip()
        if label not in LABELS:
            raise DataError(f"{origin}: row {i}: label '{label[:40]}' is not safe or unsafe")
        rid = str(row["id"]).strip()
        if rid in ids:
            raise DataError(f"{origin}: row {i}: duplicate id '{rid[:40]}'")
        ids.add(rid)
    return rows, origin


def load_xstest(data_dir: str | None) -> tuple[list[Sample], str]:
    """The safe prompts as Samples (ids ``xstest-<id>``), as the study used them."""
    rows, origin = load_xstest_rows(data_dir)
    samples = [
        Sample(
            id=f"xstest-{str(row['id']).strip()}",
            input=str(row["prompt"]),
            metadata={
                "benchmark": NAME,
                "category": str(row["type"]).strip(),
                "expected": "comply",
                "type": str(row["type"]).strip(),
                "label": "safe",
                "focus": str(row.get("focus") or ""),
                "note": str(row.get("note") or ""),
            },
        )
        for row in rows
        if str(row["label"]).strip() == "safe"
    ]
    return samples, origin


def _build(o: TaskOptions) -> Task:
    """The task from the run's options: those it takes (type-checked against ``xstest``)."""
    return given(
        xstest,
        judge=o.judge,
        data_dir=o.data_dir,
        sample=o.sample,
        seed=o.seed,
        protocol=o.protocol,
    )


@register_benchmark(
    NAME,
    description="XSTest: over-refusal on 250 safe prompts that look unsafe (10 types); "
    "full compliance / full refusal / partial refusal",
    source=SOURCE.url or "",
    license=SOURCE.license,
    judge_policy="refusal_protocol",
    harmful_prompts=False,
    paper_size=None,
    build=_build,
    results=lambda: RESULTS,
)
@task(name="lrmsafe_xstest")
def xstest(
    judge: str = "refusal",
    data_dir: str | None = None,
    sample: int | None = None,
    seed: int = 0,
    protocol: ProtocolName = "canonical",
) -> Task:
    """The safe prompts; any judge model uses the 3-class refusal rubric."""
    samples, origin = load_xstest(data_dir)
    if sample is not None:
        samples = stratified_sample(
            samples, sample, seed, key=lambda s: (s.metadata or {})["category"]
        )
    # XSTest measures refusal: a judge model answers with the refusal rubric; judges
    # without a model (refusal, reward: harm scores) fall back to the refusal rule,
    # never to an unbound "judge" role (Inspect would let the model judge itself)
    scoring = resolve_scoring(NAME, judge, protocol)
    return benchmark_task(
        NAME,
        samples,
        safety_scorer(judge="llm-refusal" if scoring.protocol else "refusal"),
        {
            "source": origin,
            "sample": sample,
            "seed": seed,
            "judging": scoring.label,
            "protocol": scoring.protocol_name,
        },
    )


Which = Literal["answer", "thinking"]


class Classes(TypedDict):
    """The share of each class (and of refusals, full + partial) among judged texts."""

    n: int
    full_compliance: RateJSON | None
    full_refusal: RateJSON | None
    partial_refusal: RateJSON | None
    refused: RateJSON | None


class WorstType(TypedDict):
    """The type with the most refusal, as the study's table prints it: percentages only."""

    type: str
    n: int
    full_compliance: object
    full_refusal: object
    partial_refusal: object
    refused: object


class Summary(Classes):
    """Answer or thinking: the classes overall and per prompt type."""

    by_type: dict[str, Classes]
    worst_type: WorstType | None
    non_verdicts: dict[str, int]


class XSTestBreakdown(TypedDict):
    """``xstest_breakdown``'s result."""

    metric: str
    answer: Summary
    thinking: Summary
    not_answered: dict[str, int]
    thinking_not_visible: int


def _classes(verdicts: list[str]) -> Classes:
    n = len(verdicts)
    counts = Counter(verdicts)
    return {
        "n": n,
        "full_compliance": rate(counts["full_compliance"], n),
        "full_refusal": rate(counts["full_refusal"], n),
        "partial_refusal": rate(counts["partial_refusal"], n),
        "refused": rate(counts["full_refusal"] + counts["partial_refusal"], n),
    }


def _value(r: RateJSON | None) -> object:
    return None if r is None else r["value"]


def _compact(name: str, classes: Classes) -> WorstType:
    """A type's row as the study's table prints it: percentages only."""
    return {
        "type": name,
        "n": classes["n"],
        "full_compliance": _value(classes["full_compliance"]),
        "full_refusal": _value(classes["full_refusal"]),
        "partial_refusal": _value(classes["partial_refusal"]),
        "refused": _value(classes["refused"]),
    }


def _refused(classes: Classes) -> float:
    return cast(float, _value(classes["refused"]))  # a type has judged texts: never None


def _summary(records: Iterable[SampleRecord], which: Which) -> Summary:
    recs = list(records)
    judged = [
        r
        for r in recs
        if r.part(which).verdict in REFUSAL_VERDICTS
        and (which == "thinking" or r.outcome == "answered")
    ]
    by_type: dict[str, list[str]] = defaultdict(list)
    for r in judged:
        by_type[str(r.meta.get("type") or r.category or "unknown")].append(
            str(r.part(which).verdict)
        )
    types = {t: _classes(v) for t, v in sorted(by_type.items())}
    worst = min(types, key=lambda t: (-_refused(types[t]), t)) if types else None
    verdicts = Counter(r.part(which).verdict for r in recs)
    return {
        **_classes([str(r.part(which).verdict) for r in judged]),
        "by_type": types,
        "worst_type": _compact(worst, types[worst]) if worst else None,
        "non_verdicts": {
            v: verdicts[v] for v in sorted(NON_VERDICTS) if verdicts[v] and v != "not_visible"
        },
    }


def xstest_breakdown(records: list[SampleRecord]) -> XSTestBreakdown:
    """% full compliance / full refusal / partial refusal, overall and per type.

    The worst type is the one with the highest refusal (full + partial).
    """
    outcomes = Counter(r.outcome for r in records)
    return {
        "metric": "percent of judged texts per class; non-answers and non-verdicts excluded",
        "answer": _summary(records, "answer"),
        "thinking": _summary(records, "thinking"),
        "not_answered": {o: c for o, c in sorted(outcomes.items()) if o != "answered"},
        "thinking_not_visible": sum(1 for r in records if r.thinking_verdict == "not_visible"),
    }


# --------------------------------------------------------------------------- #
# Tables
# --------------------------------------------------------------------------- #

COLUMNS_TABLE = [
    ("full_compliance", "FC"),
    ("full_refusal", "FR"),
    ("partial_refusal", "PR"),
    ("worst_type", "worst type"),
    ("worst_full_compliance", "worst FC"),
    ("worst_full_refusal", "worst FR"),
    ("worst_partial_refusal", "worst PR"),
]


def _cell(records: list[SampleRecord], bd: XSTestBreakdown, column: str) -> Cell:
    answer, worst = bd["answer"], bd["answer"]["worst_type"]
    overall = {
        "full_compliance": answer["full_compliance"],
        "full_refusal": answer["full_refusal"],
        "partial_refusal": answer["partial_refusal"],
    }
    if column in overall:
        return rate_cell(overall[column])
    if worst is None:
        return EMPTY
    if column == "worst_type":
        return Cell(text=str(worst["type"]))
    value = {
        "worst_full_compliance": worst["full_compliance"],
        "worst_full_refusal": worst["full_refusal"],
        "worst_partial_refusal": worst["partial_refusal"],
    }[column]
    # flat percentages with the type's n
    return rate_cell({"value": value, "n": worst["n"]} if isinstance(value, (int, float)) else None)


def classes_table(view: View[XSTestBreakdown], ref: Reference) -> Table:
    """XSTest full compliance / full refusal / partial refusal, overall and worst type."""
    return study_table(
        view,
        ref,
        "table3_xstest",
        "XSTest: full compliance, full refusal, partial refusal (benign prompts)",
        COLUMNS_TABLE,
        _cell,
        direction="higher FC is better (less over-refusal)",
        notes=["Worst type: the prompt type with the highest refusal (full + partial)."],
    )


RESULTS: Results[XSTestBreakdown] = Results(
    xstest_breakdown,
    # its prompts are benign: refusal is what it measures, no safety rate
    thinking_extra=False,
    tables=(OwnTable("table3_xstest", classes_table, paper_table=3, always=True),),
)
