"""WildGuard jailbreaks: adversarial harmful prompts, scored by attack success.

The study took the adversarial harmful prompts of WildGuardTest (810) and
reported the attack success rate (ASR, % of harmful answers), thinking apart.
WildGuardTest is gated on the Hugging Face hub, so the WildJailbreak
evaluation set (2,000 adversarial harmful prompts, public, same authors and
style) is the fallback and the offline alternative; the task metadata
"source" names the set used.

With ``--data-dir``: ``wildguard/wildguardtest.jsonl`` or ``.csv`` (fields
``prompt``, ``adversarial``, ``prompt_harm_label``; optional ``subcategory``)
if present, else ``wildjailbreak/eval.tsv`` (``adversarial, label,
data_type``). Without it: the hub (needs ``datasets`` and a token with
access), then the pinned WildJailbreak file. The hub revision is ``main``: no
commit of the gated repository could be checked here; pin one when you can.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, TypedDict

from inspect_ai import Task, task
from inspect_ai.dataset import Sample

from lrmsafe.analysis.cells import (
    Cell,
    Column,
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
    HubSource,
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
    build_rated,
    register_benchmark,
    resolve_scoring,
)
from lrmsafe.judges._scorer import safety_scorer
from lrmsafe.vocab import NON_VERDICTS

NAME = "wildguard"
WGT_REVISION = "main"
"""Unpinned: the gated repository's commits could not be listed offline."""
WILDGUARDTEST_HUB = HubSource(
    "allenai/wildguardmix", split="test", revision=WGT_REVISION, config="wildguardtest", gated=True
)
WILDGUARDTEST = register_source(
    Source(
        NAME,
        local=("wildguard/wildguardtest.jsonl",),
        format="jsonl",
        hub=WILDGUARDTEST_HUB,
        license="ODC-BY",
    )
)
WILDGUARDTEST_CSV = Source(
    NAME, local=("wildguard/wildguardtest.csv",), format="csv", license="ODC-BY"
)
WJB_COMMIT = "0897f74313db62bb55560bd9dc94c1d65e1f5456"
WJB_PATH = "data/wildjailbreak/eval.tsv"
"""Path of the eval file in allenai/wildteaming (not verified online; see the report)."""
WILDJAILBREAK = register_source(
    Source(
        NAME,
        local=("wildjailbreak/eval.tsv",),
        format="tsv",
        url=f"https://raw.githubusercontent.com/allenai/wildteaming/{WJB_COMMIT}/{WJB_PATH}",
        license="ODC-BY",
    )
)
TRUE = frozenset({"true", "1", "yes"})
FALSE = frozenset({"false", "0", "no"})
WJB_TYPES = {"adversarial_harmful": "1", "adversarial_benign": "0"}


def _flag(value: object, origin: str, row: int, column: str) -> bool:
    """A boolean column as the hub (bool), JSONL or CSV ("True", "1") writes it."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE or text in FALSE:
        return text in TRUE
    raise DataError(f"{origin}: row {row}: column '{column}' is not true/false: '{text[:40]}'")


def _sample(sid: str, prompt: str, category: str, source_set: str) -> Sample:
    return Sample(
        id=sid,
        input=prompt,
        metadata={
            "benchmark": NAME,
            "category": category,
            "expected": "refuse",
            "source_set": source_set,
            "adversarial": True,
        },
    )


def wildguardtest_samples(rows: list[dict[str, Any]], origin: str) -> list[Sample]:
    """Adversarial harmful WildGuardTest rows (ids ``wgt-<row>``, 1-based in the file)."""
    require(rows, ("prompt", "adversarial", "prompt_harm_label"), origin)
    samples = []
    for i, row in enumerate(rows, 1):
        label = str(row["prompt_harm_label"]).strip()
        if label not in ("harmful", "unharmful"):
            raise DataError(f"{origin}: row {i}: prompt_harm_label '{label[:40]}' is unknown")
        if _flag(row["adversarial"], origin, i, "adversarial") and label == "harmful":
            category = str(row.get("subcategory") or "unspecified")
            samples.append(_sample(f"wgt-{i}", str(row["prompt"]), category, "wildguardtest"))
    return samples


def wildjailbreak_samples(rows: list[dict[str, Any]], origin: str) -> list[Sample]:
    """Adversarial harmful WildJailbreak eval rows (ids ``wjb-<row>``, 1-based)."""
    require(rows, ("adversarial", "label", "data_type"), origin)
    samples = []
    for i, row in enumerate(rows, 1):
        kind, label = str(row["data_type"]).strip(), str(row["label"]).strip()
        if WJB_TYPES.get(kind) != label:
            raise DataError(
                f"{origin}: row {i}: data_type '{kind[:40]}' with label '{label[:10]}' is unknown"
            )
        if kind == "adversarial_harmful":
            samples.append(
                _sample(f"wjb-{i}", str(row["adversarial"]), "adversarial_harmful", "wildjailbreak")
            )
    return samples


def _local(source: Source, data_dir: str) -> bool:
    root = Path(data_dir).expanduser()
    return any((root / p).is_file() for p in (*source.local, Path(source.local[0]).name))


def load_wildguard(data_dir: str | None) -> tuple[list[Sample], str]:
    """WildGuardTest's adversarial harmful prompts, else WildJailbreak's; and the origin."""
    if data_dir:
        for source in (WILDGUARDTEST, WILDGUARDTEST_CSV):
            if _local(source, data_dir):
                rows, origin = load_rows(source, data_dir)
                return wildguardtest_samples(rows, origin), f"{origin} (WildGuardTest)"
        rows, origin = load_rows(WILDJAILBREAK, data_dir)
        return wildjailbreak_samples(rows, origin), (
            f"{origin} (WildJailbreak eval, adversarial harmful: no WildGuardTest file "
            "under --data-dir)"
        )
    try:
        rows, origin = load_rows(WILDGUARDTEST, None)
    except DataError as ex:
        try:
            rows, origin = load_rows(WILDJAILBREAK, None)
        except DataError as ex2:
            raise DataError(f"{ex}; fallback: {ex2}") from None
        return wildjailbreak_samples(rows, origin), (
            f"{origin} (WildJailbreak eval, adversarial harmful: fallback, "
            f"WildGuardTest unavailable: {ex})"
        )
    return wildguardtest_samples(rows, origin), f"{origin} (WildGuardTest)"


def _build(o: TaskOptions) -> Task:
    """The task from the run's options (the standard ones and harm_judge)."""
    return build_rated(wildguard, o)


@register_benchmark(
    NAME,
    description="WildGuard jailbreaks: adversarial harmful prompts (WildGuardTest, "
    "else WildJailbreak eval); attack success rate",
    source=f"hf://allenai/wildguardmix@{WGT_REVISION} (wildguardtest, gated); "
    f"fallback {WILDJAILBREAK.url}",
    license="ODC-BY",
    judge_policy="uses_chosen",
    harmful_prompts=True,
    paper_size=810,
    build=_build,
    rates_harm=True,
    results=lambda: RESULTS,
)
@task(name="lrmsafe_wildguard")
def wildguard(
    judge: str = "refusal",
    data_dir: str | None = None,
    sample: int | None = None,
    seed: int = 0,
    harm_judge: str | None = None,
    protocol: ProtocolName = "canonical",
) -> Task:
    """Judged by the chosen judge (``llm``: our binary harm rubric); offline, the refusal judge.

    ``harm_judge`` also rates how harmful each unsafe answer is (the study's
    "how much harmful help" comparison), as in ``safety_scorer``.
    """
    samples, origin = load_wildguard(data_dir)
    if sample is not None:
        samples = stratified_sample(
            samples, sample, seed, key=lambda s: (s.metadata or {})["category"]
        )
    # the chosen judge, model or offline (guard models, cascades and reward models
    # included); "refusal" is the offline default
    scoring = resolve_scoring(NAME, judge, protocol)
    return benchmark_task(
        NAME,
        samples,
        safety_scorer(judge=judge, harm_judge=harm_judge),
        {
            "source": origin,
            "sample": sample,
            "seed": seed,
            "judging": scoring.label,
            "protocol": scoring.protocol_name,
        },
    )


Which = Literal["answer", "thinking"]


class WildGuardRates(TypedDict):
    """Answer or thinking: attack success, its complement, ASR per category."""

    asr: RateJSON | None
    safety_rate: RateJSON | None
    by_category: dict[str, RateJSON | None]
    non_verdicts: dict[str, int]


class WildGuardBreakdown(TypedDict):
    """``wildguard_breakdown``'s result."""

    metric: str
    source_sets: dict[str, int]
    answer: WildGuardRates
    thinking: WildGuardRates
    not_answered: dict[str, int]
    thinking_not_visible: int


def _asr(records: Iterable[SampleRecord], which: Which) -> WildGuardRates:
    recs = list(records)
    judged = [
        r
        for r in recs
        if r.part(which).safe is not None and (which == "thinking" or r.outcome == "answered")
    ]
    harmful = sum(1 for r in judged if not r.part(which).safe)
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for r in judged:
        by_cat[r.category or "unknown"].append(not r.part(which).safe)
    verdicts = Counter(r.part(which).verdict for r in recs)
    return {
        "asr": rate(harmful, len(judged)),
        "safety_rate": rate(len(judged) - harmful, len(judged)),
        "by_category": {k: rate(sum(v), len(v)) for k, v in sorted(by_cat.items())},
        "non_verdicts": {
            v: verdicts[v] for v in sorted(NON_VERDICTS) if verdicts[v] and v != "not_visible"
        },
    }


def wildguard_breakdown(records: list[SampleRecord]) -> WildGuardBreakdown:
    """ASR = % harmful answers among judged ones; safety rate = 100 - ASR; thinking apart."""
    outcomes = Counter(r.outcome for r in records)
    sets = Counter(str(r.meta.get("source_set")) for r in records)
    return {
        "metric": "ASR = percent of judged texts that are unsafe (refusal judge: that comply); "
        "non-answers and non-verdicts excluded",
        "source_sets": dict(sorted(sets.items())),
        "answer": _asr(records, "answer"),
        "thinking": _asr(records, "thinking"),
        "not_answered": {o: c for o, c in sorted(outcomes.items()) if o != "answered"},
        "thinking_not_visible": sum(1 for r in records if r.thinking_verdict == "not_visible"),
    }


# --------------------------------------------------------------------------- #
# Tables
# --------------------------------------------------------------------------- #


def _safety(records: list[SampleRecord], bd: WildGuardBreakdown, which: Which) -> Cell:
    return rate_cell(bd[which]["safety_rate"])


def asr_table(view: View[WildGuardBreakdown], ref: Reference) -> Table:
    """WildGuard attack success rate (% unsafe answers)."""

    def cell(records: list[SampleRecord], bd: WildGuardBreakdown, c: str) -> Cell:
        return rate_cell(bd["answer"]["asr"])

    return study_table(
        view,
        ref,
        "table5_wildguard_asr",
        "WildGuard jailbreak attack success rate",
        [("asr", "ASR")],
        cell,
        direction="lower is safer",
        # the study's Table 5/7 discrepancy, said here once (not under Table 7), and only
        # when WildGuard was run
        notes=[n for n in ref.notes if "Table 5" in n] if view.run else [],
    )


RESULTS: Results[WildGuardBreakdown] = Results(
    wildguard_breakdown,
    thinking=Column("WildGuard", _safety, order=5, note="WildGuard: 100 - ASR"),
    tables=(OwnTable("table5_wildguard_asr", asr_table, paper_table=5, always=True),),
)
