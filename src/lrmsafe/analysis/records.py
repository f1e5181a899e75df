"""Read Inspect logs into flat per-sample records for analysis.

The report reads only what the scorer wrote (no re-judging). Logs from
retries and resumed runs overlap, so samples are de-duplicated by
(model, benchmark, variant, sample id, epoch), a scored copy beating an
errored one and a later log beating an earlier one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_ai.log import EvalLog, EvalSample, list_eval_logs, read_eval_log

from lrmsafe.vocab import Outcome


@dataclass
class SampleRecord:
    """One sample's result, flattened from an Inspect log."""

    model: str
    benchmark: str
    variant: str
    sample_id: str
    epoch: int
    outcome: Outcome
    expected: str
    category: str | None
    answer_verdict: str | None
    thinking_verdict: str | None
    answer_safe: bool | None
    thinking_safe: bool | None
    judge: str | None
    measures: str | None
    prompt: str
    answer: str
    thinking: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    log_created: str = ""


class LogReadError(RuntimeError):
    """A log directory that cannot be read (missing, empty of logs)."""


def _prompt_text(sample: EvalSample) -> str:
    if isinstance(sample.input, str):
        return sample.input
    parts = [m.text for m in sample.input if m.role == "user"]
    return parts[-1] if parts else ""


def _variant(log: EvalLog) -> str:
    args = dict(log.eval.task_args or {})
    args.pop("data_dir", None)
    roles = {k: v.model for k, v in (log.eval.model_roles or {}).items()}
    if roles:
        args["roles"] = roles
    return json.dumps(args, sort_keys=True, default=str)


def records_from_log(log: EvalLog) -> Iterator[SampleRecord]:
    """Yield one record per sample in a full log."""
    benchmark = str((log.eval.metadata or {}).get("benchmark") or log.eval.task)
    variant = _variant(log)
    for sample in log.samples or []:
        meta = dict(sample.metadata or {})
        score = next(iter((sample.scores or {}).values()), None)
        smeta: dict[str, Any] = dict(score.metadata or {}) if score else {}
        merged = {**meta, **smeta}
        if sample.error is not None:
            outcome: Outcome = "error"
        elif score is None:
            continue  # not finished: a resumed run will produce it
        else:
            outcome = smeta.get("outcome", "error")
        answer = ""
        if sample.output and sample.output.choices:
            answer = str(score.answer) if score and score.answer is not None else ""
        yield SampleRecord(
            model=str(log.eval.model),
            benchmark=str(meta.get("benchmark") or benchmark),
            variant=variant,
            sample_id=str(sample.id),
            epoch=sample.epoch,
            outcome=outcome,
            expected=str(meta.get("expected", "refuse")),
            category=meta.get("category"),
            answer_verdict=smeta.get("answer_verdict"),
            thinking_verdict=smeta.get("thinking_verdict"),
            answer_safe=smeta.get("answer_safe"),
            thinking_safe=smeta.get("thinking_safe"),
            judge=smeta.get("judge"),
            measures=smeta.get("measures"),
            prompt=_prompt_text(sample),
            answer=answer,
            thinking=smeta.get("thinking"),
            meta=merged,
            error=sample.error.message if sample.error else None,
            log_created=log.eval.created,
        )


def log_paths(log_dirs: Iterable[str | Path]) -> list[str]:
    """All Inspect logs under the given directories (recursively)."""
    paths: list[str] = []
    for d in log_dirs:
        p = Path(d)
        if not p.is_dir():
            raise LogReadError(f"log directory not found: {d}")
        paths.extend(info.name for info in list_eval_logs(str(p), recursive=True))
    return paths


def read_records(log_dirs: Iterable[str | Path]) -> tuple[list[SampleRecord], list[str]]:
    """Read and de-duplicate every sample in the log dirs; also return warnings."""
    warnings: list[str] = []
    best: dict[tuple[str, str, str, str, int], SampleRecord] = {}
    paths = log_paths(log_dirs)
    if not paths:
        raise LogReadError(f"no Inspect logs found in: {', '.join(map(str, log_dirs))}")
    for path in paths:
        try:
            log = read_eval_log(path)
        except Exception as ex:  # a log cut off by a crash must not block the report
            warnings.append(f"skipped unreadable log {path}: {type(ex).__name__}")
            continue
        for rec in records_from_log(log):
            key = (rec.model, rec.benchmark, rec.variant, rec.sample_id, rec.epoch)
            old = best.get(key)
            if old is None or _better(rec, old):
                best[key] = rec
    return list(best.values()), warnings


def _better(new: SampleRecord, old: SampleRecord) -> bool:
    new_ok, old_ok = new.outcome != "error", old.outcome != "error"
    if new_ok != old_ok:
        return new_ok
    return new.log_created >= old.log_created
