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
from typing import Any, Literal

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from lrmsafe.analysis.metrics import BREAKDOWNS
from lrmsafe.analysis.records import SampleRecord
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
    return given(xstest, judge=o.judge, data_dir=o.data_dir, sample=o.sample, seed=o.seed)


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
)
@task(name="lrmsafe_xstest")
def xstest(
    judge: str = "refusal", data_dir: str | None = None, sample: int | None = None, seed: int = 0
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
    scoring = resolve_scoring(NAME, judge)
    return benchmark_task(
        NAME,
        samples,
        safety_scorer(judge="llm-refusal" if scoring.protocol else "refusal"),
        {"source": origin, "sample": sample, "seed": seed, "judging": scoring.label},
    )


Which = Literal["answer", "thinking"]


def _classes(verdicts: list[str]) -> dict[str, Any]:
    n = len(verdicts)
    counts = Counter(verdicts)
    out: dict[str, Any] = {"n": n}
    for c in CLASSES:
        out[c] = rate(counts[c], n)
    out["refused"] = rate(counts["full_refusal"] + counts["partial_refusal"], n)
    return out


def _compact(name: str, classes: dict[str, Any]) -> dict[str, Any]:
    """A type's row as the study's table prints it: percentages only."""
    return {"type": name, "n": classes["n"]} | {
        k: classes[k]["value"] for k in (*CLASSES, "refused")
    }


def _summary(records: Iterable[SampleRecord], which: Which) -> dict[str, Any]:
    recs = list(records)
    judged = [
        r
        for r in recs
        if getattr(r, f"{which}_verdict") in REFUSAL_VERDICTS
        and (which == "thinking" or r.outcome == "answered")
    ]
    by_type: dict[str, list[str]] = defaultdict(list)
    for r in judged:
        by_type[str(r.meta.get("type") or r.category or "unknown")].append(
            getattr(r, f"{which}_verdict")
        )
    types = {t: _classes(v) for t, v in sorted(by_type.items())}
    worst = min(types, key=lambda t: (-types[t]["refused"]["value"], t)) if types else None
    verdicts = Counter(getattr(r, f"{which}_verdict") for r in recs)
    return {
        **_classes([getattr(r, f"{which}_verdict") for r in judged]),
        "by_type": types,
        "worst_type": _compact(worst, types[worst]) if worst else None,
        "non_verdicts": {
            v: verdicts[v] for v in sorted(NON_VERDICTS) if verdicts[v] and v != "not_visible"
        },
    }


def xstest_breakdown(records: list[SampleRecord]) -> dict[str, Any]:
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


BREAKDOWNS[NAME] = xstest_breakdown
