"""``lrmsafe run --ray``: the same run, sharded over a Ray cluster.

One Inspect process drives one core, so past a core (or a machine) the run is
split: each shard (one benchmark, one sample range, one endpoint from
``--endpoints``, round-robin) is a Ray task that executes a shard of the
run's plan (the ordinary single-process executor, on its range) and logs to
its own folder under the shared log location. ``lrmsafe report LOGDIR``
reads the shard folders as one run: records are keyed by (model, benchmark,
variant, sample id, epoch), and every shard uses the same model string
whatever endpoint it talked to (the endpoint is Inspect's ``model_base_url``,
not part of the name).

Rerunning the same command resumes: finished shards are found complete by
Inspect and send nothing; unfinished ones continue where they stopped.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lrmsafe._errors import UserError
from lrmsafe.run_plan import RunPlan, RunResult
from lrmsafe.scale.shards import (
    Shard,
    forwarded_env,
    plan_shards,
    shard_log_dir,
    shared_log_dir,
)

if TYPE_CHECKING:
    from lrmsafe.analysis.records import SampleRecord

Execute = Callable[[RunPlan], RunResult]
"""The single-process executor (``lrmsafe.runner.execute``), passed in: this
module shards a plan and never imports the runner."""


def benchmark_sizes(the_plan: RunPlan) -> dict[str, int]:
    """Samples each benchmark will run (after --sample and --limit), from its task."""
    from lrmsafe.benchmarks import build_task

    limit = the_plan.options.limit
    sizes: dict[str, int] = {}
    for name in the_plan.names:
        task = build_task(name, the_plan.task_options[name])
        n = len(task.dataset)
        sizes[name] = min(n, limit) if limit is not None else n
        del task
    return sizes


def shard_of(the_plan: RunPlan, shard: Shard, log_dir: str) -> RunPlan:
    """The plan of one shard: one benchmark, one sample range, one endpoint, its own folder."""
    import dataclasses

    opts = dataclasses.replace(
        the_plan.options,
        limit=None,
        endpoints=None,
        ray=None,
        log_dir=shard_log_dir(log_dir, shard),
        display="none",
    )
    return dataclasses.replace(
        the_plan,
        options=opts,
        names=[shard.benchmark],
        task_options={shard.benchmark: the_plan.task_options[shard.benchmark]},
        start_notes=[],
        notes=[],
        shard=(shard.start, shard.stop),
        base_url=shard.endpoint,
        tasks=None,  # Inspect tasks do not travel: the worker builds its own
    )


def run_shard(the_plan: RunPlan, execute: Execute, env: dict[str, str]) -> dict[str, Any]:
    """Body of one Ray task: execute the shard's plan in this worker with the driver's env."""
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    started = time.monotonic()
    log_dir = the_plan.options.log_dir
    try:
        result = execute(the_plan)
        # read here, in parallel with the other shards, rather than all at the end
        # in the driver (a serial tail that capped the speed-up of more workers);
        # none to read where the run collected its records as its samples ended
        if result.records is not None:
            records, warnings = result.records, result.record_warnings
        else:
            records, warnings = shard_records(log_dir)
        return {
            "success": result.success,
            "notes": result.notes,
            "model": result.model,
            "seconds": time.monotonic() - started,
            "error": None,
            "records": records,
            "record_warnings": warnings,
        }
    except Exception as ex:  # reported per shard by the driver; others go on
        from lrmsafe._redact import redact

        first = str(ex).strip().splitlines()[0] if str(ex).strip() else ""
        return {
            "success": False,
            "notes": [],
            "model": the_plan.options.model,
            "seconds": time.monotonic() - started,
            "error": redact(f"{type(ex).__name__}: {first}")[:500],
        }
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def shard_records(log_dir: str) -> tuple[list[SampleRecord], list[str]]:
    """A shard's records, read from its own log folder (none yet: empty)."""
    from lrmsafe.analysis.records import LogReadError, read_records

    try:
        return read_records([log_dir])
    except LogReadError:
        return [], []


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UserError(
            "--ray needs Ray: pip install 'lrmsafe[ray]' (on every node of the cluster)"
        ) from None
    return ray


def run_on_ray(the_plan: RunPlan, execute: Execute) -> RunResult:
    """Cut the plan into shards, execute them as Ray tasks, gather what they did."""
    opts, names, endpoints = the_plan.options, the_plan.names, the_plan.endpoints
    assert opts.model is not None  # a served model: the plan refused a local one
    if not endpoints:
        from lrmsafe.endpoints import preflight

        preflight(opts.model)
    ray = _import_ray()
    log_dir = shared_log_dir(opts.log_dir)
    shards = plan_shards(benchmark_sizes(the_plan), opts.shard_size, endpoints)
    env = forwarded_env()
    quiet = opts.display == "none"
    address = opts.ray or None
    try:
        ray.init(
            address=address,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
            ignore_reinit_error=True,
        )
    except Exception as ex:
        raise UserError(f"--ray: cannot reach a Ray cluster at {address or 'auto'}: {ex}") from None
    try:
        task = ray.remote(num_cpus=1, max_retries=2)(run_shard)
        pending = {
            task.remote(shard_of(the_plan, s, log_dir), execute, env): s for s in shards
        }  # fmt: skip
        if not quiet:
            cpus = int(ray.cluster_resources().get("CPU", 0))
            print(
                f"lrmsafe: {len(shards)} shards over {cpus} Ray CPUs -> {log_dir}",
                file=sys.stderr,
            )
        results: list[dict[str, Any]] = []
        failed: list[str] = []
        records: list[SampleRecord] = []
        warnings: list[str] = []
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                shard = pending.pop(ref)
                try:
                    out: dict[str, Any] = ray.get(ref)
                except Exception as ex:  # the worker died (its retries used up)
                    out = {"success": False, "notes": [], "error": type(ex).__name__}
                results.append(out)
                if out.get("error") or not out.get("success"):
                    failed.append(f"{shard.name}: {out.get('error') or 'not finished'}")
                if "records" in out:
                    records.extend(out["records"])
                    warnings.extend(out["record_warnings"])
                else:  # the shard raised or its worker died: read what it logged
                    got, warned = shard_records(shard_log_dir(log_dir, shard))
                    records.extend(got)
                    warnings.extend(warned)
                if not quiet:
                    print(
                        f"lrmsafe: shard {shard.name} "
                        f"{'done' if out.get('success') else 'FAILED'} "
                        f"({len(results)}/{len(shards)})",
                        file=sys.stderr,
                    )
    finally:
        ray.shutdown()
    if failed and len(failed) == len(shards):
        raise UserError(f"all {len(shards)} shards failed; first: {failed[0]}")
    shard_notes = [n for r in results for n in r.get("notes") or []]
    notes = list(dict.fromkeys([*the_plan.notes, *shard_notes]))
    notes += [f"shard {f}" for f in failed]
    return RunResult(
        success=not failed,
        model=opts.model,
        benchmarks=names,
        notes=notes,
        records=records,
        record_warnings=warnings,
    )
