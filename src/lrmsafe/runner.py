"""Run benchmarks through Inspect's eval_set: resumable, logged, concurrent.

Inspect owns concurrency, retries, logs and resume; this module only builds
the tasks, starts the local engine when needed and checks endpoints first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lrmsafe._errors import UserError
from lrmsafe.benchmarks import build_task, resolve_benchmarks, sample_size
from lrmsafe.endpoints import preflight
from lrmsafe.engines.llamacpp import (
    BASE_MODEL_NOTE,
    DEFAULT_LOCAL_MODEL,
    is_local_model,
    local_server,
)
from lrmsafe.judges import get_judge_info


@dataclass
class RunOptions:
    """Everything ``lrmsafe run`` accepts, with the CLI's defaults."""

    model: str | None = None
    suite: str | None = None
    benchmark: str | None = None
    judge: str | None = None
    judge_model: str | None = None
    victim_model: str | None = None
    sample: int | None = None
    limit: int | None = None
    log_dir: str = "./lrmsafe-logs"
    data_dir: str | None = None
    max_connections: int | None = None
    max_tokens: int | None = None
    max_retries: int = 3
    timeout: int = 600
    display: str | None = None
    seed: int = 0
    task_args: dict[str, Any] = field(default_factory=dict)
    attack: str | None = None
    attacker_model: str | None = None
    budgets: str | None = None


@dataclass
class RunResult:
    """What the run did: the model string Inspect saw, notes for the user."""

    success: bool
    model: str
    benchmarks: list[str]
    notes: list[str]


@contextlib.contextmanager
def _target(model: str | None, notes: list[str]) -> Iterator[str]:
    if is_local_model(model):
        if model is None or model == DEFAULT_LOCAL_MODEL:
            notes.append(BASE_MODEL_NOTE)
        with local_server(model) as server:
            yield server.inspect_model
    else:
        assert model is not None
        preflight(model)
        yield model


def run(opts: RunOptions) -> RunResult:
    """Validate options, then run the benchmarks with Inspect's eval_set."""
    from inspect_ai import eval_set

    names = resolve_benchmarks(opts.suite, opts.benchmark)
    judge = opts.judge or ("llm" if opts.judge_model else "refusal")
    info = get_judge_info(judge)
    if info.needs_model and not opts.judge_model:
        raise UserError(f"judge '{judge}' needs a judge model: add --judge-model MODEL")
    if opts.judge_model:
        preflight(opts.judge_model, role="judge model")
    if opts.limit is not None and opts.limit < 1:
        raise UserError("--limit must be at least 1")
    if opts.sample is not None and opts.sample < 1:
        raise UserError("--sample must be at least 1")
    if opts.max_connections is not None and opts.max_connections < 1:
        raise UserError("--max-connections must be at least 1")
    if opts.victim_model:
        preflight(opts.victim_model, role="victim model")
    roles = {
        role: m
        for role, m in (
            ("judge", opts.judge_model),
            ("victim", opts.victim_model or opts.judge_model),
        )
        if m
    }
    if "phishing" in names and "victim" not in roles:
        raise UserError(
            "benchmark 'phishing' needs a victim model: add --victim-model MODEL "
            "(or --judge-model MODEL, which also plays the victim)"
        )
    if opts.attacker_model:
        preflight(opts.attacker_model, role="attacker model")
        roles["attacker"] = opts.attacker_model
    notes: list[str] = []
    if info.measures == "refusal":
        notes.append(
            f"judge '{judge}' measures refusal, not harm: a compliant answer counts as unsafe"
        )

    def make_task(name: str) -> Any:
        return build_task(
            name,
            judge=judge,
            data_dir=opts.data_dir,
            sample=opts.sample or sample_size(opts.suite if not opts.benchmark else None, name),
            seed=opts.seed,
            **opts.task_args,
        )

    if opts.attack or opts.budgets is not None:
        from lrmsafe.attacks import AttackContext
        from lrmsafe.attacks._apply import plan_attack_tasks

        ctx = AttackContext(opts.model, judge, opts.judge_model, opts.attacker_model)
        tasks = plan_attack_tasks(
            names, make_task, attack=opts.attack, budgets=opts.budgets, ctx=ctx, notes=notes
        )
    else:
        tasks = [make_task(name) for name in names]
    local = is_local_model(opts.model)
    # llama-cpp-python's server decodes one request at a time: more connections
    # only queue (and can hit the timeout), so keep the local engine fed, not flooded.
    local_tokens = 256 if local else None
    max_connections = opts.max_connections or (2 if local else None)
    with _target(opts.model, notes) as model:
        success, _logs = eval_set(
            tasks,
            log_dir=opts.log_dir,
            model=model,
            model_roles=roles or None,
            limit=opts.limit,
            max_connections=max_connections,
            max_tokens=opts.max_tokens or local_tokens,
            max_retries=opts.max_retries,
            # per attempt: a hung request is abandoned and retried (max_retries bounds it);
            # Inspect's `timeout` would instead cap the whole call including its retries
            attempt_timeout=opts.timeout,
            fail_on_error=False,
            # a sample whose call failed after its retries (e.g. a malformed reply) runs once more
            retry_on_error=1,
            retry_attempts=2,
            retry_wait=1,
            display=opts.display,  # type: ignore[arg-type]
            log_level="warning",
        )
    return RunResult(success=success, model=model, benchmarks=names, notes=notes)
