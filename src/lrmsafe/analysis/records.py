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
from functools import cached_property
from pathlib import Path
from typing import Any

from inspect_ai.log import (
    EvalLog,
    EvalSample,
    list_eval_logs,
    read_eval_log,
    read_eval_log_sample,
    read_eval_log_sample_summaries,
    read_eval_log_samples_by_id,
)

from lrmsafe._files import inspect_path, shown_path
from lrmsafe._redact import redact
from lrmsafe.analysis.faults import sample_faults
from lrmsafe.generation import generation_of, variant_part
from lrmsafe.score_metadata import (
    SCORE_KEYS,
    Column,
    HarmRating,
    ScoreMetadata,
    ScorePart,
    UnreadableMetadata,
    part_of,
)
from lrmsafe.vocab import Outcome

UNREADABLE_SCORE = "unreadable_score"
"""The error kind of a sample whose score metadata does not read (see ScoreMetadata.parse)."""


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
    retries_by_kind: dict[str, int] = field(default_factory=dict)
    """Retries this sample needed, by kind (see analysis/faults.py)."""
    error_kind: str | None = None
    """Kind of the error that ended the sample (None unless it ended in one)."""
    generation: dict[str, Any] = field(default_factory=dict)
    """The run's generation settings (lrmsafe.generation.generation_of), shared by
    every record of a log."""
    protocol: str = "hardened"
    """The protocol that made its verdicts (task metadata ``protocol``; logs from
    before ``--protocol`` were made by today's ``hardened`` one)."""

    def part(self, column: Column) -> ScorePart:
        """How the answer or the thinking was judged: verdict, safe, judge, score,
        rationale, window facts and judge extras, typed."""
        if column == "answer":
            return self.answer_part
        if column == "thinking":
            return self.thinking_part
        raise ValueError(f"unknown column {column!r}: answer or thinking")

    # Built once per record (the report asks often; records are not changed after
    # they are read), and kept off the dataclass fields: equality, asdict and
    # replace see only what was read.
    @cached_property
    def answer_part(self) -> ScorePart:
        """How the answer was judged (``answer`` is its text)."""
        return part_of(self.meta, "answer", self.answer_verdict, self.answer_safe)

    @cached_property
    def thinking_part(self) -> ScorePart:
        """How the thinking was judged (``thinking`` is its text)."""
        return part_of(self.meta, "thinking", self.thinking_verdict, self.thinking_safe)

    @property
    def harm(self) -> HarmRating | None:
        """The harm judge's rating of the answer; None when no harm judge ran."""
        return HarmRating.read(self.meta)


class LogReadError(RuntimeError):
    """A log directory that cannot be read (missing, empty of logs)."""


def _prompt_text(sample: EvalSample) -> str:
    if isinstance(sample.input, str):
        return sample.input
    parts = [m.text for m in sample.input if m.role == "user"]
    return parts[-1] if parts else ""


IMPORT_TASK = "lrmsafe_import"
"""The task of ``lrmsafe judge run``: its samples name their own model."""


def _reasoning_config(log: EvalLog) -> dict[str, Any]:
    """Reasoning settings of the run (effort, token budget), when any were set."""
    config = log.eval.model_generate_config
    found = {
        "reasoning_effort": getattr(config, "reasoning_effort", None),
        "reasoning_budget": getattr(config, "reasoning_tokens", None),
    }
    return {k: v for k, v in found.items() if v is not None}


def protocol_of(log: EvalLog) -> str:
    """The protocol that made a log's verdicts (``hardened`` for logs from before it)."""
    return str((log.eval.metadata or {}).get("protocol") or "hardened")


def _option_keys(benchmark: str) -> tuple[str, ...]:
    """The keys of a registered benchmark's own options (``--benchmark-option``)."""
    from lrmsafe.benchmarks import BENCHMARKS  # registered on import; lazily (start-up)

    info = BENCHMARKS.get(benchmark)
    return tuple(o.key for o in info.options) if info is not None else ()


def _variant(log: EvalLog) -> str:
    args = dict(log.eval.task_args or {})
    args.pop("data_dir", None)
    # a benchmark option not given (None: its default ran) keeps the variant it had
    for key in _option_keys(str((log.eval.metadata or {}).get("benchmark") or "")):
        if key in args and args[key] is None:
            args.pop(key)
    if log.eval.task.endswith(IMPORT_TASK):
        args.pop("path", None)  # the same responses imported from another file
        args.pop("digest", None)
        args.pop("default_model", None)
    roles = {
        k: [c.model for c in v] if isinstance(v, list) else v.model
        for k, v in (log.eval.model_roles or {}).items()
    }
    if roles:
        args["roles"] = roles
    # runs at different reasoning budgets are different conditions, not retries
    args.update(_reasoning_config(log))
    # the protocol that ran, not the one asked for (canonical falls back without a
    # judge model); hardened runs keep the variant they always had
    args.pop("protocol", None)
    if protocol_of(log) == "canonical":
        args["protocol"] = "canonical"
    # each attack (lrmsafe.attacks) is its own condition, paired with "none" in the report
    attack = (log.eval.metadata or {}).get("attack_label")
    if attack:
        args["attack"] = attack
    # so are runs at other sampling settings or with another system prompt
    args.update(variant_part(generation_of(log)))
    return json.dumps(args, sort_keys=True, default=str)


def records_from_log(
    log: EvalLog, samples: Iterable[EvalSample] | None = None
) -> Iterator[SampleRecord]:
    """Yield one record per sample in a full log (or in ``samples``, read apart)."""
    benchmark = str((log.eval.metadata or {}).get("benchmark") or log.eval.task)
    variant = _variant(log)
    protocol = protocol_of(log)
    reasoning = _reasoning_config(log)
    generation = generation_of(log)
    for sample in (log.samples or []) if samples is None else samples:
        meta = dict(sample.metadata or {})
        score = next(iter((sample.scores or {}).values()), None)
        smeta: dict[str, Any] = dict(score.metadata or {}) if score else {}
        # imported responses (``lrmsafe judge run``) carry their model and id
        model = str(meta.get("model") or log.eval.model)
        sample_id = str(meta.get("source_id") or sample.id)
        if sample.error is None and score is None:
            continue  # not finished: a resumed run will produce it
        parsed, problem = _read_score(smeta) if score is not None else (None, None)
        if problem is not None:  # garbled: only the keys the model does not type are kept
            smeta = {k: v for k, v in smeta.items() if k not in SCORE_KEYS}
        typed = parsed or ScoreMetadata.model_construct(outcome="error")
        outcome: Outcome = "error" if sample.error is not None else typed.outcome
        answer = ""
        if sample.output and sample.output.choices:
            answer = str(score.answer) if score and score.answer is not None else ""
        faults = sample_faults(sample)
        error = redact(sample.error.message) if sample.error else problem
        error_kind = faults.error_kind if sample.error or problem is None else UNREADABLE_SCORE
        yield SampleRecord(
            model=model,
            benchmark=str(meta.get("benchmark") or benchmark),
            variant=variant,
            sample_id=sample_id,
            epoch=sample.epoch,
            outcome=outcome,
            expected=str(meta.get("expected", "refuse")),
            category=meta.get("category"),
            answer_verdict=typed.answer_verdict,
            thinking_verdict=typed.thinking_verdict,
            answer_safe=typed.answer_safe,
            thinking_safe=typed.thinking_safe,
            judge=typed.judge,
            measures=typed.measures,
            prompt=_prompt_text(sample),
            answer=answer,
            thinking=typed.thinking,
            meta={**reasoning, **meta, **smeta},
            # masked again here: logs written before the SDK errors were scrubbed
            error=error,
            log_created=log.eval.created,
            retries_by_kind=faults.retries_by_kind,
            error_kind=error_kind,
            generation=generation,
            protocol=protocol,
        )


def _read_score(smeta: dict[str, Any]) -> tuple[ScoreMetadata | None, str | None]:
    """The score metadata typed, or None and why it does not read.

    Why: a missing outcome or a garbled verdict used to become a silent
    ``error`` (or a truthy "safe"); now the record says what is wrong.
    """
    try:
        return ScoreMetadata.parse(smeta), None
    except UnreadableMetadata as ex:
        return None, f"score metadata unreadable: {ex}"


def log_paths(log_dirs: Iterable[str | Path]) -> list[str]:
    """All Inspect logs under the given directories (recursively)."""
    paths: list[str] = []
    for d in log_dirs:
        if "://" in str(d):  # an fsspec URL (s3://...): Inspect lists it
            paths.extend(info.name for info in list_eval_logs(str(d), recursive=True))
            continue
        p = Path(d)
        if not p.is_dir():
            raise LogReadError(f"log directory not found: {d}")
        # '%', '#', '?' in the path: listed through a link (see lrmsafe._files.inspect_path)
        paths.extend(info.name for info in list_eval_logs(inspect_path(p), recursive=True))
    return paths


def read_records(log_dirs: Iterable[str | Path]) -> tuple[list[SampleRecord], list[str]]:
    """Read and de-duplicate every sample in the log dirs; also return warnings."""
    warnings: list[str] = []
    best: dict[tuple[str, str, str, str, int], SampleRecord] = {}
    paths = log_paths(log_dirs)
    if not paths:
        raise LogReadError(f"no Inspect logs found in: {', '.join(map(str, log_dirs))}")
    foreign: list[str] = []
    for path in paths:
        try:
            log = read_eval_log(path, header_only=True)
            if not is_lrmsafe_log(log):
                foreign.append(shown_path(path))
                continue
            damaged: list[int] = []
            for rec in records_from_log(log, iter_log_samples(path, damaged)):
                key = (rec.model, rec.benchmark, rec.variant, rec.sample_id, rec.epoch)
                old = best.get(key)
                if old is None or _better(rec, old):
                    best[key] = rec
            if damaged:
                warnings.append(
                    f"log {shown_path(path)}: {damaged[0]} of {damaged[1]} samples could not "
                    "be read (damaged) and are left out; the others are counted"
                )
        except Exception as ex:  # a log cut off by a crash must not block the report
            warnings.append(f"skipped unreadable log {shown_path(path)}: {type(ex).__name__}")
            continue
    if foreign:
        more = " ..." if len(foreign) > 3 else ""
        warnings.append(
            f"skipped {len(foreign)} log(s) not written by lrmsafe (foreign Inspect logs, e.g. "
            f"of a plain `inspect eval`): {', '.join(foreign[:3])}{more}"
        )
    return list(best.values()), warnings


def is_lrmsafe_log(log: EvalLog) -> bool:
    """Whether lrmsafe wrote the log: its task or a metric of its scorer is lrmsafe's.

    Why: a plain ``inspect eval`` log in the same folder has no lrmsafe scores,
    so its samples would otherwise show as ``error`` outcomes.
    """
    spec = log.eval
    names = [spec.task or "", spec.task_registry_name or ""]
    for s in spec.scorers or []:
        metrics = s.metrics or []
        names += [m if isinstance(m, str) else str(getattr(m, "name", "")) for m in metrics]
    return any(n.startswith(("lrmsafe/", "lrmsafe_")) or n.endswith(IMPORT_TASK) for n in names)


SAMPLE_BATCH = 1000
"""Samples held in memory at once while reading a log (see iter_log_samples)."""


def iter_log_samples(path: str, damaged: list[int] | None = None) -> Iterator[EvalSample]:
    """A log's samples, a batch at a time: memory bounded by the batch, time linear.

    ``damaged``, when given, is set to [samples that could not be read, samples]
    if any could not (a damaged member costs only its own sample).

    A whole-log read holds every sample with all its events (tens of KB
    each) at once; Inspect's one-at-a-time reader re-reads the zip
    directory per sample (quadratic). Batches by (id, epoch) from the
    sample summaries do neither.
    """
    if not path.endswith(".eval"):
        yield from read_eval_log(path).samples or []
        return
    keys = [(s.id, s.epoch) for s in read_eval_log_sample_summaries(path)]
    lost = 0
    for i in range(0, len(keys), SAMPLE_BATCH):
        batch = keys[i : i + SAMPLE_BATCH]
        try:
            samples = list(read_eval_log_samples_by_id(path, batch))
        except Exception:  # a damaged sample: read this batch one by one, keep the rest
            samples = []
            for sample_id, epoch in batch:
                try:
                    samples.append(read_eval_log_sample(path, sample_id, epoch))
                except Exception:
                    lost += 1
        yield from samples
    if damaged is not None and lost:
        damaged[:] = [lost, len(keys)]


def _better(new: SampleRecord, old: SampleRecord) -> bool:
    new_ok, old_ok = new.outcome != "error", old.outcome != "error"
    if new_ok != old_ok:
        return new_ok
    return new.log_created >= old.log_created
