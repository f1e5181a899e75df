"""Run benchmarks through Inspect's eval_set: resumable, logged, concurrent.

Inspect owns concurrency, retries, logs and resume; this module only builds
the tasks, starts the local engine when needed and checks endpoints first.
A run is planned (:func:`plan`: every check, the roles, the tasks; the
one-line user errors) and then executed (:func:`execute`); ``--ray`` runs
shards of the plan instead (lrmsafe.scale.ray_run).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from lrmsafe._checks import (
    check_interrupted,
    check_log_dir,
    check_run_flags,
    inspect_errors,
    log_dir_lock,
)
from lrmsafe._errors import UserError
from lrmsafe._files import inspect_path
from lrmsafe._redact import scrub_provider_errors
from lrmsafe.analysis.run_records import collecting
from lrmsafe.benchmarks import build_task, get_benchmark, resolve_benchmarks, sample_size
from lrmsafe.benchmarks._registry import (
    TaskOptions,
    check_protocol,
    judging_note,
    parse_benchmark_options,
    protocol_note,
    resolve_scoring,
)
from lrmsafe.endpoints import check_url, model_for, preflight
from lrmsafe.engines.llamacpp import (
    is_local_model,
    local_max_tokens,
    local_model_note,
    local_server,
)
from lrmsafe.generation import (
    GenerationSettings,
    describe,
    generate_kwargs,
    generation_record,
    resolve_generation,
    run_notes,
    system_prompt_solver,
)
from lrmsafe.judges import get_judge_info
from lrmsafe.run_plan import RunOptions, RunPlan, RunResult
from lrmsafe.scale.gc_tuning import tune_gc
from lrmsafe.scale.shards import is_url

__all__ = ["RunOptions", "RunPlan", "RunResult", "execute", "plan", "run"]


@contextlib.contextmanager
def _target(model: str | None, notes: list[str], base_url: str | None = None) -> Iterator[str]:
    if is_local_model(model):
        note = local_model_note(model)
        if note:
            notes.append(note)
        with local_server(model) as server, server.watched():
            yield server.inspect_model
    else:
        assert model is not None
        preflight(model, base_url=base_url)
        yield model


def generation_settings(opts: RunOptions) -> GenerationSettings:
    """The target's generation settings from the run options (flags over preset)."""
    return resolve_generation(
        preset=opts.preset,
        temperature=opts.temperature,
        top_p=opts.top_p,
        top_k=opts.top_k,
        min_p=opts.min_p,
        seed=opts.generation_seed,
        system_prompt=opts.system_prompt,
        model_args=opts.model_args,
        epochs=opts.epochs,
    )


def with_generation(
    tasks: list[Any], gen: GenerationSettings, model: str | None, model_judge: bool
) -> list[Any]:
    """Each task with the run's system prompt first and its settings in the metadata."""
    from inspect_ai import task_with
    from inspect_ai.solver import chain

    record = generation_record(gen, model or "", model_judge)
    out = []
    for task in tasks:
        solver = task.solver
        if gen.system_prompt:
            solver = chain(system_prompt_solver(gen.system_prompt), task.solver)
        out.append(
            task_with(task, solver=solver, metadata={**(task.metadata or {}), "generation": record})
        )
    return out


ROLE_FLAGS = {
    "victim": "--victim-model MODEL (or --judge-model MODEL, which also plays the victim)",
    "attacker": "--attacker-model MODEL",
    "judge": "--judge-model MODEL",
}
"""How the user binds each model role a benchmark may need."""


def run(opts: RunOptions) -> RunResult:
    """Plan the run (every check first), say what it will do, then run it."""
    the_plan = plan(opts)
    for line in the_plan.start_notes:
        sys.stderr.write(f"lrmsafe: {line}\n")
    sys.stderr.flush()
    if opts.ray is not None:
        from lrmsafe.scale.ray_run import run_on_ray

        with log_dir_lock(opts.log_dir):  # the shards lock their own sub-folders
            return run_on_ray(the_plan, execute)
    return execute(the_plan)


def plan(opts: RunOptions) -> RunPlan:
    """Check the options and build the run's tasks; raises the one-line user errors.

    Nothing is run and nothing is written (the endpoints are asked whether they
    answer: a run that cannot start stops here).
    """
    names = resolve_benchmarks(opts.suite, opts.benchmark)
    gen = generation_settings(opts)
    start_notes = run_notes(gen, opts.model or "", bool(opts.judge_model))
    judge = _judge(opts)
    chosen = judge
    judge = thinking_judge_name(judge, opts)
    _check_numbers(opts)
    check_run_flags(opts.max_retries, opts.timeout, opts.display)
    if not is_url(opts.log_dir):  # fsspec URLs (s3://...) are checked by Inspect
        check_log_dir(opts.log_dir)
    if opts.victim_model:
        preflight(opts.victim_model, role="victim model")
    endpoints = check_endpoints(opts)
    if opts.ray is not None:
        _check_ray(opts)
    roles = _roles(opts, names)
    notes = _judge_notes(opts, names, judge)
    # what scores each benchmark (errors here: a benchmark whose protocol needs a model)
    protocol = check_protocol(opts.protocol)
    scorings = {n: resolve_scoring(n, judge, protocol) for n in names}
    note = judging_note(chosen, scorings, explicit=opts.judge is not None)
    if note:
        start_notes.append(f"note: {note}")
    bench_options = parse_benchmark_options(opts.benchmark_options, names)
    fallback = protocol_note(protocol, scorings)
    if fallback:
        start_notes.append(f"note: {fallback}")
    task_options = {
        name: TaskOptions(
            judge=judge,
            harm_judge=opts.harm_judge,
            data_dir=opts.data_dir,
            sample=opts.sample or sample_size(opts.suite if not opts.benchmark else None, name),
            seed=opts.seed,
            protocol=protocol,
            options=bench_options.get(name, ()),
        )
        for name in names
    }
    the_plan = RunPlan(opts, names, judge, gen, roles, endpoints, start_notes, notes, task_options)
    the_plan.tasks = build_tasks(the_plan, notes)
    # what a benchmark's build decided that the user must hear (e.g. a dataset fallback)
    for note in dict.fromkeys((t.metadata or {}).get("start_note") for t in the_plan.tasks):
        if note:
            start_notes.append(f"note: {note}")
    if gen.any_set:
        record = generation_record(gen, opts.model or "", bool(opts.judge_model))
        notes.append(f"generation: {describe(record)}")
    return the_plan


def _judge(opts: RunOptions) -> str:
    """The answer judge: --judge, else llm with a judge model, else the refusal rule."""
    judge = opts.judge or ("llm" if opts.judge_model else "refusal")
    if opts.judge_cascade:
        judge = cascade_name(judge)
    info = get_judge_info(judge)
    if info.needs_model and not opts.judge_model:
        raise UserError(f"judge '{judge}' needs a judge model: add --judge-model MODEL")
    if opts.judge_model:
        preflight(opts.judge_model, role="judge model")
    return judge


def _check_numbers(opts: RunOptions) -> None:
    if opts.limit is not None and opts.limit < 1:
        raise UserError("--limit must be at least 1")
    if opts.sample is not None and opts.sample < 1:
        raise UserError("--sample must be at least 1")
    if opts.max_connections is not None and opts.max_connections < 1:
        raise UserError("--max-connections must be at least 1")
    if opts.max_tokens is not None and opts.max_tokens < 1:
        raise UserError("--max-tokens must be at least 1 (tokens per generation)")


def _check_ray(opts: RunOptions) -> None:
    if is_local_model(opts.model):
        raise UserError(
            "--ray shards a run over served models: give --model (and --endpoints for replicas)"
        )
    if opts.shard_size < 1:
        raise UserError("--shard-size must be at least 1")


def _roles(opts: RunOptions, names: list[str]) -> dict[str, str]:
    """The Inspect model roles of the run; each benchmark's needed roles must be bound."""
    roles = {
        role: m
        for role, m in (
            ("judge", opts.judge_model),
            ("victim", opts.victim_model or opts.judge_model),
        )
        if m
    }
    if opts.thinking_judge_model:
        from lrmsafe.judges.perkind import THINKING_ROLE

        roles[THINKING_ROLE] = opts.thinking_judge_model
    for name in names:
        for role in get_benchmark(name).roles:
            if role not in roles:
                how = ROLE_FLAGS.get(role, f"the model role '{role}'")
                raise UserError(f"benchmark '{name}' needs a {role} model: add {how}")
    if opts.attacker_model:
        preflight(opts.attacker_model, role="attacker model")
        roles["attacker"] = opts.attacker_model
    return roles


def _judge_notes(opts: RunOptions, names: list[str], judge: str) -> list[str]:
    """Notes for the summary about the harm judge and the thinking judge."""
    notes: list[str] = []
    if opts.harm_judge:
        harm_info = get_judge_info(opts.harm_judge.split(":", 1)[0])
        if harm_info.needs_model and not opts.judge_model:
            raise UserError(f"harm judge '{opts.harm_judge}' needs --judge-model")
        takes = [n for n in names if get_benchmark(n).rates_harm]
        if not takes:
            raise UserError(
                f"--harm-judge: none of {', '.join(names)} supports harmfulness scoring"
            )
        if len(takes) < len(names):
            notes.append(f"harmfulness scored only on: {', '.join(takes)}")
    if opts.thinking_judge and judge.startswith("kinds:"):
        notes.append(
            f"answers judged by {answer_judge_of(judge)}, thinking by {opts.thinking_judge} "
            "(where a benchmark is scored by the chosen judge; one with its own judging "
            "protocol keeps it; the report names each column's judge)"
        )
    # the refusal caveat is not noted here: render_table derives it from what judged each task
    return notes


def build_tasks(the_plan: RunPlan, notes: list[str]) -> list[Any]:
    """The plan's Inspect tasks (attack variants included), with its generation settings."""
    opts = the_plan.options

    def make_task(name: str) -> Any:
        return build_task(name, the_plan.task_options[name])

    if opts.attack or opts.budgets is not None:
        from lrmsafe.attacks import AttackContext
        from lrmsafe.attacks._apply import plan_attack_tasks

        ctx = AttackContext(opts.model, the_plan.judge, opts.judge_model, opts.attacker_model)
        tasks = plan_attack_tasks(
            the_plan.names,
            make_task,
            attack=opts.attack,
            budgets=opts.budgets,
            ctx=ctx,
            notes=notes,
        )
    else:
        tasks = [make_task(name) for name in the_plan.names]
    return with_generation(tasks, the_plan.gen, opts.model, bool(opts.judge_model))


def execute(the_plan: RunPlan) -> RunResult:
    """Run a plan with Inspect's eval_set in this process."""
    from inspect_ai import eval_set

    from lrmsafe._interrupt import silence_inspect_after_interrupt

    opts, gen, roles = the_plan.options, the_plan.gen, the_plan.roles
    notes = list(the_plan.notes)
    tasks = the_plan.tasks if the_plan.tasks is not None else build_tasks(the_plan, [])
    generate_args, _ = generate_kwargs(gen, opts.model or "")
    local = is_local_model(opts.model)
    local_tokens = local_max_tokens(opts.model) if local else None
    max_connections = opts.max_connections or (LOCAL_CONNECTIONS if local else None)
    endpoints = the_plan.endpoints
    base_url = the_plan.base_url or (endpoints[0] if endpoints else None)
    limit = the_plan.shard or opts.limit
    epochs = gen.epochs if gen.epochs > 1 else None
    tune_gc()
    scrub_provider_errors()  # also for a local model, which skips the preflight
    # the folder is this run's before the first model request (after the endpoint checks,
    # so a run refused by them leaves nothing behind)
    with (
        _target(opts.model, notes, base_url) as model,
        log_dir_lock(opts.log_dir),
        inspect_errors(opts.log_dir),
        silence_inspect_after_interrupt(),
        collecting() as collected,
    ):
        # credentials in an --endpoints URL travel as a header, never into the log
        target, recorded_url = model_for(model, base_url)
        success, _logs = eval_set(
            tasks,
            log_dir=inspect_path(opts.log_dir),  # '%', '#', '?' in it: see inspect_path
            model=target,
            model_base_url=recorded_url,
            model_roles=roles or None,
            model_args=gen.model_args,
            epochs=epochs,
            limit=limit,
            max_connections=max_connections,
            **inspect_perf_settings(
                max_connections,
                "judge" in roles,
                opts.log_realtime,
                planned_samples(tasks, limit, epochs),
            ),
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
            **generate_args,
        )
        check_interrupted(len(tasks), _logs)
    # the records collected as samples ended, when they are what a read would give
    records = collected.result(opts.log_dir, _logs)
    return RunResult(
        success=success, model=model, benchmarks=the_plan.names, notes=notes, records=records
    )


def thinking_judge_name(judge: str, opts: RunOptions) -> str:
    """``--thinking-judge``: the answer judge and the thinking judge as one
    ``kinds:A|T`` judge (unchanged when thinking uses the answer judge)."""
    if opts.thinking_judge is None:
        if opts.thinking_judge_model:
            raise UserError("--thinking-judge-model needs --thinking-judge")
        return judge
    from lrmsafe.judges.perkind import THINKING_ROLE, kinds_name

    info = get_judge_info(opts.thinking_judge)
    if opts.thinking_judge_model and not info.needs_model:
        raise UserError(
            f"thinking judge '{opts.thinking_judge}' does not use a judge model; "
            "drop --thinking-judge-model"
        )
    if info.needs_model and not (opts.thinking_judge_model or opts.judge_model):
        raise UserError(
            f"thinking judge '{opts.thinking_judge}' needs a judge model: add "
            "--thinking-judge-model MODEL (or --judge-model MODEL)"
        )
    if opts.thinking_judge_model:
        preflight(opts.thinking_judge_model, role="thinking judge model")
    role = THINKING_ROLE if opts.thinking_judge_model else None
    if opts.thinking_judge == judge and role is None:
        return judge
    name = kinds_name(judge, opts.thinking_judge, role)
    get_judge_info(name)  # the pair resolves (names checked) before anything runs
    return name


def answer_judge_of(judge: str) -> str:
    """The answer judge of a ``kinds:A|T`` name (the name itself otherwise)."""
    if not judge.startswith("kinds:"):
        return judge
    from lrmsafe.judges.perkind import parse_kinds

    return parse_kinds(judge.removeprefix("kinds:"))[0]


def cascade_name(judge: str) -> str:
    """``--judge-cascade``: the model judge wrapped as ``cascade:<judge>``."""
    if judge.startswith("cascade:"):
        return judge
    if not get_judge_info(judge).needs_model:
        raise UserError(
            f"--judge-cascade puts the offline refusal rule in front of a model judge; "
            f"judge '{judge}' is offline (use --judge-model M, or --judge llm)"
        )
    return f"cascade:{judge}"


def check_endpoints(opts: RunOptions) -> list[str]:
    """Validate ``--endpoints``: http(s) URLs, reachable; several only with ``--ray``."""
    urls = [u.strip() for u in opts.endpoints or [] if u.strip()]
    if not urls:
        return []
    if opts.model is None or is_local_model(opts.model):
        raise UserError("--endpoints needs --model naming the served model (not a local GGUF)")
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise UserError(f"--endpoints: '{url}' is not an http(s) URL")
        check_url(url, "--endpoints")
    if len(urls) > 1 and opts.ray is None:
        raise UserError(
            "several --endpoints need --ray: one Inspect process talks to one endpoint, "
            "so shards are spread over them (a local cluster starts with plain --ray)"
        )
    for url in dict.fromkeys(urls):
        preflight(opts.model, base_url=url)
    return urls


LOCAL_CONNECTIONS = 1
"""Connections to the local llama.cpp server. llama-cpp-python's server decodes
one request at a time, so more connections only queue, and worse: a second
request waiting in the server slowed decoding (perf/local_engine.py,
2 threads on 2 cores: 0.83 of llama-cpp-python's direct speed with 2
connections, 0.93 with 1)."""

LARGE_RUN = 1000
"""Samples from which a run counts as large: Inspect's own high-throughput
threshold (``inspect_ai._eval.task.log._is_high_throughput``)."""


def planned_samples(
    tasks: list[Any], limit: int | tuple[int, int] | None, epochs: int | None = None
) -> list[int]:
    """Samples each task will execute: dataset size after ``limit``, times epochs
    (``epochs``: the run's ``--epochs``, over the task's own)."""
    sizes: list[int] = []
    for task in tasks:
        n = len(task.dataset)
        if isinstance(limit, tuple):
            n = max(0, min(limit[1], n) - limit[0])
        elif limit is not None:
            n = min(n, limit)
        sizes.append(n * (epochs or task.epochs or 1))
    return sizes


def inspect_perf_settings(
    max_connections: int | None = None,
    judged_by_model: bool = False,
    log_realtime: bool | None = None,
    samples: Sequence[int] = (),
) -> dict[str, Any]:
    """Inspect settings that keep the servers saturated at the least harness cost.

    ``samples``: the samples each task will run.

    * ``max_samples`` = 2 x ``max_connections`` when a model judges. With
      Inspect's default (= max_connections) a sample holds its slot while it
      is judged and while the harness processes it, so the target's
      connections idle in waves: on the server-bound profile of
      ``perf/throughput.py`` (N=1000, C=256, target 20 s, judge 2 s)
      the run took 139 s with the default and 110 s with twice the samples.
      The target still never sees more than max_connections requests.
    * ``score_display=False``: no running metrics to recompute during the run
      (lrmsafe prints its own summary at the end).
    * ``log_realtime=False`` for large runs (:data:`LARGE_RUN` samples or more
      in all, unless ``log_realtime`` says otherwise): Inspect's realtime
      sample buffer costs a fifth to a quarter of its CPU per model call.
      Without it finished samples reach the log only when the log is flushed,
      every ``log_buffer`` samples, so a crash re-runs up to that many finished
      samples per task besides those in flight (up to 2 x max_connections,
      re-run after any crash). Each flush rewrites the whole log file, so the
      buffer grows with the task: ``max(10, samples / 100)`` keeps the flushes
      at most ~100 per task (linear time; a buffer of 10 made a 20,000-sample
      run quadratic) and what a crash re-runs under 1% of the task. Small runs
      keep the realtime buffer: a crash loses no finished sample there, and
      ``inspect view`` shows samples live.
    * ``ctl_server=False`` unless ``INSPECT_EVAL_CTL_SERVER`` is set: Inspect's
      live-control HTTP server (for ``inspect ctl``) is imported and built
      before the first request (about 0.4 s of CPU; seconds on a loaded
      machine), and lrmsafe does not use it. The variable turns it back on.
    """
    settings: dict[str, Any] = {"score_display": False}
    if not os.environ.get("INSPECT_EVAL_CTL_SERVER"):
        settings["ctl_server"] = False
    if max_connections and judged_by_model:
        settings["max_samples"] = 2 * max_connections
    realtime = log_realtime if log_realtime is not None else sum(samples) < LARGE_RUN
    if not realtime:
        settings["log_realtime"] = False
        settings["log_buffer"] = max(10, max(samples, default=0) // 100)
    return settings
