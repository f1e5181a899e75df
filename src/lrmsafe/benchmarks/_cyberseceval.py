"""Shared plumbing for the four CyberSecEval benchmarks (mitre, frr, interpreter, injection).

They come from one repository (meta-llama/PurpleLlama, MIT) and share the same
needs: a pinned source, row checks that name file and row, a scorer that runs
a benchmark-specific judging protocol on answer and thinking separately, and
breakdowns that exclude non-answers and non-verdicts (and count them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from inspect_ai.scorer import Score, Scorer, Target
from inspect_ai.solver import TaskState

from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.stats import rate
from lrmsafe.benchmarks._data import DataError, Source, load_rows, register_source, require
from lrmsafe.benchmarks._registry import Judging
from lrmsafe.judges._base import Judge, JudgeContext
from lrmsafe.judges._scorer import harm_level, judge_split, make_harm_judge, score_from_verdicts
from lrmsafe.reasoning import split_output
from lrmsafe.vocab import NON_VERDICTS, Expected, JudgeResult, is_safe

REPO = "meta-llama/PurpleLlama"
COMMIT = "4be64c3a24442b51c76175e6ec67722cc3f5fe38"
"""The release pinned for FRR, interpreter and prompt injection."""
MITRE_COMMIT = "9c7f7c51378ba39c99727be7033c8864167c5848"
"""The first release: the original 1,000-prompt MITRE file (the study's source)."""
LICENSE = "MIT"


def purplellama_source(benchmark: str, path: str, commit: str = COMMIT) -> Source:
    """A file under ``CybersecurityBenchmarks/datasets`` at a pinned commit.

    Locally it is found in the shared/data layout (``cyberseceval/<file>``), in
    the repository's own layout, or directly in --data-dir.
    """
    name = path.rsplit("/", 1)[-1]
    return register_source(
        Source(
            benchmark=benchmark,
            local=(f"cyberseceval/{name}", path, f"CybersecurityBenchmarks/datasets/{path}"),
            format="json",
            url=f"https://raw.githubusercontent.com/{REPO}/{commit}/CybersecurityBenchmarks/datasets/{path}",
            license=LICENSE,
        )
    )


def provenance(source: Source, origin: str) -> str:
    """What the task metadata records as its source: the pinned file and where it was read."""
    return origin if origin == source.url else f"{origin} (copy of {source.url})"


def load_checked(
    source: Source, data_dir: str | None, columns: Sequence[str]
) -> tuple[list[dict[str, Any]], str]:
    """Rows with every column present and non-empty; errors name file and row."""
    rows, origin = load_rows(source, data_dir)
    return require(rows, columns, origin), origin


def text(row: dict[str, Any], column: str, origin: str, index: int) -> str:
    """A string column (``index`` is 0-based; messages count rows from 1)."""
    value = row.get(column)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{origin}: row {index + 1}: column '{column}' must be a non-empty string")
    return value


# --------------------------------------------------------------------------- #
# Scoring
# --------------------------------------------------------------------------- #


def _extra(prefix: str, result: JudgeResult | None) -> dict[str, Any]:
    if result is None:
        return {}
    return {f"{prefix}_{k}": v for k, v in result.extra.items()}


def protocol_score(judge: Judge, harm_judge: str | None = None) -> Scorer:
    """A score function running ``judge`` (a benchmark's protocol) on answer and thinking.

    The protocol's per-text details (``JudgeResult.extra``: stages, expansion
    text, the question asked) go into the score metadata prefixed with
    ``answer_`` or ``thinking_``, so the report never has to re-judge.
    ``harm_judge`` also rates each unsafe answer, as ``safety_scorer`` does.
    """
    the_harm_judge = make_harm_judge(harm_judge) if harm_judge else None

    async def score(state: TaskState, target: Target) -> Score:
        split = split_output(state.output)
        expected: Expected = state.metadata.get("expected", "refuse")
        original = state.metadata.get("original_prompt")
        context = JudgeContext(
            prompt=str(original) if original else state.input_text,
            expected=expected,
            category=state.metadata.get("category"),
            metadata=dict(state.metadata),
        )
        answer, thinking = await judge_split(judge, split, context)
        answer_safe = is_safe(answer.verdict, expected) if answer else None
        harm = await harm_level(the_harm_judge, split, answer, answer_safe, context, judge)
        extra = {**_extra("answer", answer), **_extra("thinking", thinking), **harm}
        return score_from_verdicts(split, answer, thinking, expected, judge, extra=extra)

    return score


# --------------------------------------------------------------------------- #
# Breakdowns
# --------------------------------------------------------------------------- #

Which = Literal["answer", "thinking"]
WHICH: tuple[Which, Which] = ("answer", "thinking")
Flag = Callable[[SampleRecord, Which], bool | None]
"""True/False for a judged text, None for one left out of the rate."""


def flagged_safe(record: SampleRecord, which: Which) -> bool | None:
    """The text was handled safely (None when not judged)."""
    return record.answer_safe if which == "answer" else record.thinking_safe


def flagged_unsafe(record: SampleRecord, which: Which) -> bool | None:
    """The usual flag: the text was handled unsafely (None when not judged)."""
    safe = record.answer_safe if which == "answer" else record.thinking_safe
    return None if safe is None else not safe


def flag_rate(
    records: Iterable[SampleRecord], which: Which, flag: Flag
) -> dict[str, object] | None:
    """Percent of judged texts flagged, with its 95% CI and n."""
    values = [v for v in (flag(r, which) for r in records) if v is not None]
    return rate(sum(values), len(values))


def rates_by(
    records: Iterable[SampleRecord],
    which: Which,
    flag: Flag,
    key: Callable[[SampleRecord], str],
) -> dict[str, dict[str, object] | None]:
    """``flag_rate`` per group, groups in sorted order; empty groups give None."""
    groups: dict[str, list[SampleRecord]] = defaultdict(list)
    for r in records:
        groups[key(r)].append(r)
    return {k: flag_rate(groups[k], which, flag) for k in sorted(groups)}


def meta_key(field: str) -> Callable[[SampleRecord], str]:
    """Group records by a sample-metadata field ("unknown" when absent)."""

    def key(record: SampleRecord) -> str:
        value = record.meta.get(field)
        return str(value) if value not in (None, "") else "unknown"

    return key


def excluded(records: Sequence[SampleRecord]) -> dict[str, Any]:
    """What every rate leaves out, counted: non-answers and non-verdicts.

    Answers: outcomes other than ``answered`` (budget exhausted, empty,
    filtered, error) and answered texts whose judge gave no verdict.
    Thinking: traces that are not visible, samples never scored (errors), and
    visible traces whose judge gave no verdict.
    """
    outcomes = Counter(r.outcome for r in records if r.outcome != "answered")
    answer_nv = Counter(
        str(r.answer_verdict) for r in records if r.outcome == "answered" and r.answer_safe is None
    )
    thinking_nv = Counter(
        str(r.thinking_verdict)
        for r in records
        if r.thinking_safe is None and r.thinking_verdict not in (None, "not_visible")
    )
    return {
        "answer": {
            "non_answer_outcomes": dict(sorted(outcomes.items())),
            "non_verdicts": dict(sorted(answer_nv.items())),
        },
        "thinking": {
            "not_visible": sum(1 for r in records if r.thinking_verdict == "not_visible"),
            "unscored": sum(1 for r in records if r.thinking_verdict is None),
            "non_verdicts": dict(sorted(thinking_nv.items())),
        },
    }


def judging_label(records: Iterable[SampleRecord]) -> Judging | None:
    """ "refusal-based" when the offline judge scored the records, else "model"."""
    judges = {r.judge for r in records if r.judge}
    if not judges:
        return None
    return "refusal-based" if judges == {"refusal"} else "model"


def is_non_verdict(result: JudgeResult) -> bool:
    """A result that is no verdict at all (unparseable, judge error, not visible)."""
    return result.verdict in NON_VERDICTS
