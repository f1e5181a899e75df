"""``lrmsafe judge rescore``: judge stored responses again with another judge.

Changing only the judge must not pay for the target again: the responses are
in the logs. Each log is re-scored with Inspect's ``score_async`` using the
log's own scorer with the new judge, and written to a new folder with the
judge recorded in its task arguments (so ``lrmsafe report`` shows it as its
own variant next to the original). The target model is replaced by Inspect's
``mockllm``: the scorer never needs it, and this way it cannot be called.
Judge replies go through the judge cache, so re-judging with a judge already
used costs nothing, and a log already re-scored in the output folder is
skipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lrmsafe._errors import UserError
from lrmsafe.scale.shards import is_url, join

if TYPE_CHECKING:
    from inspect_ai.log import EvalLog
    from inspect_ai.model import Model
    from inspect_ai.scorer import Scorer

NO_TARGET_MODEL = "mockllm/model"


@dataclass
class RescoreResult:
    """What was re-judged, skipped or written where."""

    out_dir: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def default_out_dir(log_dir: str, judge: str) -> str:
    """``<log dir>-rejudged-<judge>``, beside the original (never inside it)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in judge)
    return f"{log_dir.rstrip('/')}-rejudged-{safe}"


def rescore(
    log_dir: str,
    judge: str,
    judge_model: str | None = None,
    out_dir: str | None = None,
    max_connections: int | None = None,
) -> RescoreResult:
    """Re-judge every finished sample under ``log_dir`` with ``judge``."""
    import anyio
    from inspect_ai.log import read_eval_log, write_eval_log
    from inspect_ai.model import GenerateConfig, ModelConfig, get_model

    import lrmsafe.benchmarks  # noqa: F401  (registers the scorers the logs name)
    from lrmsafe.analysis.records import log_paths
    from lrmsafe.endpoints import preflight
    from lrmsafe.judges import get_judge_info

    info = get_judge_info(judge)
    if info.needs_model and not judge_model:
        raise UserError(f"judge '{judge}' needs a judge model: add --judge-model MODEL")
    if max_connections is not None and max_connections < 1:
        raise UserError("--max-connections must be at least 1")
    if judge_model:
        preflight(judge_model, role="judge model")
    paths = log_paths([log_dir])
    if not paths:
        raise UserError(f"no Inspect logs found in {log_dir}")
    out = out_dir or default_out_dir(log_dir, judge)
    if not is_url(out) and Path(out).resolve().is_relative_to(Path(log_dir).resolve()):
        raise UserError("--out must not be inside the log folder (the report would read both)")
    result = RescoreResult(out_dir=out)
    config = GenerateConfig(max_connections=max_connections)
    roles: dict[str, Model] = (
        {"judge": get_model(judge_model, config=config)} if judge_model else {}
    )
    target = get_model(NO_TARGET_MODEL)
    base = log_dir.rstrip("/")
    for path in paths:
        rel = path[len(base) :].lstrip("/") if path.startswith(base) else os.path.basename(path)
        dest = join(out, rel)
        if _exists(dest):
            result.skipped.append(rel)
            continue
        log = read_eval_log(path)
        scorers = _scorers_with_judge(log, judge)
        if scorers is None:
            result.warnings.append(f"{rel}: not scored by lrmsafe's judges; left out")
            continue
        if not log.samples:
            result.warnings.append(f"{rel}: no samples; left out")
            continue
        new = anyio.run(_score, log, scorers, target, roles)
        new.eval.task_args = {**new.eval.task_args, "judge": judge}
        new.eval.task_args_passed = {**new.eval.task_args_passed, "judge": judge}
        model_roles = dict(new.eval.model_roles or {})
        if judge_model:
            model_roles["judge"] = ModelConfig(model=judge_model)
        new.eval.model_roles = model_roles or None
        new.eval.metadata = {**(new.eval.metadata or {}), "rejudged_from": path}
        write_eval_log(new, dest)
        result.written.append(rel)
    return result


async def _score(
    log: EvalLog, scorers: list[Scorer], target: Model, roles: dict[str, Model]
) -> EvalLog:
    from inspect_ai import score_async

    return await score_async(
        log,
        scorers,
        model=target,
        model_roles=dict(roles),
        action="overwrite",
        display="none",
        copy=False,
    )


def _scorers_with_judge(log: EvalLog, judge: str) -> list[Scorer] | None:
    """The log's scorers rebuilt with ``judge``; None when none takes a judge.

    Scorers are found in Inspect's registry by the name the log recorded
    (lrmsafe's are registered as ``lrmsafe/<name>``) and created with the
    recorded options, the judge replaced.
    """
    from inspect_ai._util.registry import RegistryInfo, registry_find, registry_info

    scorers: list[Scorer] = []
    judged = False
    for spec in log.eval.scorers or []:
        options = dict(spec.options or {})
        if "judge" in options:
            options["judge"] = judge
            judged = True
        short = spec.name.split("/")[-1]

        def named(info: RegistryInfo, short: str = short) -> bool:
            return info.type == "scorer" and info.name.split("/")[-1] == short

        found = registry_find(named)
        found = [f for f in found if registry_info(f).name.startswith("lrmsafe/")] or found
        if not found:
            return None
        factory = cast("Callable[..., Scorer]", found[0])
        scorers.append(factory(**options))
    return scorers if judged else None


def _exists(dest: str) -> bool:
    if is_url(dest):
        from inspect_ai._util.file import filesystem

        return bool(filesystem(dest).exists(dest))
    return Path(dest).exists()
