"""``lrmsafe judge rescore``: judge stored responses again with another judge.

Changing only the judge must not pay for the target again: the responses are
in the logs. Each log is re-scored with Inspect's ``score_async`` using the
log's own scorer with the new judge, and written to a new folder with the
judge recorded in its task arguments (so ``lrmsafe report`` shows it as its
own variant next to the original). The target model is replaced by Inspect's
``mockllm``: the scorer never needs it, and this way it cannot be called.
Judge replies go through the judge cache, so re-judging with a judge already
used costs nothing, and a log already re-scored in the output folder with the
same verdict identity (:func:`verdict_identity`: judge, judge model and its
endpoint, rubric texts, scorer options, :data:`REJUDGE_PROTOCOL`) is skipped.
The identity is part of the written file's name, so results of different
judges sit side by side and one is never served for another. A result with
failed judge calls is not done: the next run asks again (the cache serves the
calls that worked), and a judge that failed on every call writes nothing and
ends the command with a one-line error.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from lrmsafe._errors import UserError
from lrmsafe.scale.shards import is_url, join

if TYPE_CHECKING:
    from inspect_ai.log import EvalLog
    from inspect_ai.model import Model
    from inspect_ai.scorer import Scorer

    from lrmsafe.score_metadata import ScorePart

NO_TARGET_MODEL = "mockllm/model"

REJUDGE_PROTOCOL = 3
"""Version of how lrmsafe turns judge replies into verdicts (parsers, verdict
rules). Bump it with any change that can change a verdict outside the rubric
texts (those are in the identity already): results re-judged before are then
judged again instead of being served as done. 2: the first verdict line outside
quotations wins, conflicting ones are unparseable. 3: a text is judged whole
when it fits the judge's context (tokens), windowed only beyond it (2 and
before: 12,000-character windows); the window in effect is in the identity."""


@dataclass
class RescoreResult:
    """What was re-judged, skipped or written where."""

    out_dir: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    """Written logs with failed judge calls: not done, a rerun asks again."""


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
        header = read_eval_log(path, header_only=True)
        scorers = _scorers_with_judge(header, judge)
        if scorers is None:
            result.warnings.append(f"{rel}: not scored by lrmsafe's judges; left out")
            continue
        identity = verdict_identity(judge, judge_model, header)
        key = identity_key(identity)
        dest = join(out, keyed_name(rel, key))
        if _done(dest, key):
            result.skipped.append(rel)
            continue
        log = read_eval_log(path)
        if not log.samples:
            result.warnings.append(f"{rel}: no samples; left out")
            continue
        new = anyio.run(_score, log, scorers, target, roles)
        judged, failed = _judge_errors(new)
        if judged and failed == judged:
            raise UserError(_all_failed_message(judge, judge_model, new, judged))
        new.eval.task_args = {**new.eval.task_args, "judge": judge}
        new.eval.task_args_passed = {**new.eval.task_args_passed, "judge": judge}
        model_roles = dict(new.eval.model_roles or {})
        if judge_model:
            model_roles["judge"] = ModelConfig(model=judge_model)
        new.eval.model_roles = model_roles or None
        new.eval.metadata = {
            **(new.eval.metadata or {}),
            "rejudged_from": path,
            "rejudge_identity": identity,
            "rejudge_key": key,
            "rejudge_judge_errors": failed,
        }
        write_eval_log(new, dest)
        _drop_superseded(out, rel, dest, identity)
        result.written.append(rel)
        if failed:
            result.incomplete.append(rel)
            result.warnings.append(
                f"{rel}: {failed} of {judged} judged texts got no verdict (judge_error); "
                "run the same command again to ask the judge again"
            )
    return result


def verdict_identity(judge: str, judge_model: str | None, log: EvalLog) -> dict[str, Any]:
    """Everything that can change a re-judged verdict, as plain JSON.

    The judge name and its model, the model's endpoint (a digest: the same name
    at another server is another judge), the texts of the rubrics the judge
    sends, the log's scorer options, the window settings in effect (named even
    when the options leave them at their defaults, so a new default is a new
    condition) and :data:`REJUDGE_PROTOCOL`.
    """
    from lrmsafe.endpoints import endpoint_for
    from lrmsafe.judges import make_judge

    endpoint = ""
    if judge_model:
        try:
            endpoint = endpoint_for(judge_model)[0] or ""
        except UserError:  # preflight already accepted the model; no URL to add
            endpoint = ""
    scorers: list[dict[str, Any]] = []
    for spec in log.eval.scorers or []:
        options: dict[str, Any] = dict(spec.options or {})
        if "judge" in options:
            options["judge"] = judge
        scorers.append(
            {"name": spec.name, "options": options, "windows": _windows_in_effect(options)}
        )
    return {
        "protocol": REJUDGE_PROTOCOL,
        "judge": judge,
        "judge_model": judge_model or "",
        "judge_endpoint": _digest(endpoint) if endpoint else "",
        "rubrics": _digest(json.dumps(_rubric_texts(make_judge(judge)), sort_keys=True)),
        "scorers": json.loads(json.dumps(scorers, sort_keys=True, default=str)),
    }


def _windows_in_effect(options: dict[str, Any]) -> dict[str, Any]:
    """The window settings a scorer with these options judges with, as plain JSON."""
    from lrmsafe.judges.windows import DEFAULT_WINDOWS, WindowConfig

    try:
        config = WindowConfig(
            options.get("window_tokens", DEFAULT_WINDOWS.size),
            options.get("window_overlap", DEFAULT_WINDOWS.overlap),
            options.get("max_windows", DEFAULT_WINDOWS.max_windows),
        )
    except (TypeError, ValueError):  # the scorer itself will refuse them; keep them as given
        return {
            k: options[k]
            for k in ("window_tokens", "window_overlap", "max_windows")
            if k in options
        }
    return config.identity()


def identity_key(identity: dict[str, Any]) -> str:
    """A short digest of an identity, for file names."""
    return _digest(json.dumps(identity, sort_keys=True))[:12]


def keyed_name(rel: str, key: str) -> str:
    """``a/b.eval`` -> ``a/b-rj<key>.eval``: one file per verdict identity."""
    root, ext = os.path.splitext(rel)
    return f"{root}-rj{key}{ext}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def _rubric_texts(judge: object, depth: int = 0) -> list[list[str]]:
    """The prompt texts of every rubric a judge (or the judges it wraps) sends."""
    from lrmsafe.judges.llm import Rubric

    if depth > 4:
        return []
    found: list[list[str]] = []
    values = list(vars(judge).values()) if hasattr(judge, "__dict__") else []
    for value in values:
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            if isinstance(item, Rubric):
                found.append([item.name, item.system, item.template, item.reminder])
            elif hasattr(item, "judge") and hasattr(item, "__dict__"):
                found.extend(_rubric_texts(item, depth + 1))
    return found


def _parts(log: EvalLog) -> list[ScorePart]:
    """Every judged text's part (answer, thinking) over a scored log.

    A score whose metadata is not lrmsafe's (another scorer of the log) judged
    nothing of ours and adds no part.
    """
    from lrmsafe.score_metadata import COLUMNS, ScoreMetadata, UnreadableMetadata

    parts: list[ScorePart] = []
    for sample in log.samples or []:
        for score in (sample.scores or {}).values():
            try:
                meta = ScoreMetadata.parse(score.metadata)
            except UnreadableMetadata:
                continue
            parts.extend(p for column in COLUMNS if (p := meta.part(column)).verdict is not None)
    return parts


def _judge_errors(log: EvalLog) -> tuple[int, int]:
    """(texts judged, texts whose judge call failed) over a scored log."""
    parts = _parts(log)
    return len(parts), sum(1 for p in parts if p.verdict == "judge_error")


def _all_failed_message(judge: str, judge_model: str | None, log: EvalLog, n: int) -> str:
    """Like ``run``'s: name the bad setting (404: model name, 401/403: key), not the text."""
    from lrmsafe._checks import _SETTING_ERRORS
    from lrmsafe.analysis.faults import error_kind

    kinds = {error_kind(p.raw_judge or "") for p in _parts(log) if p.verdict == "judge_error"}
    kind = kinds.pop() if len(kinds) == 1 else ""
    who = f"judge model '{judge_model}' (--judge-model)" if judge_model else f"judge '{judge}'"
    why = _SETTING_ERRORS.get(kind, f"errors of kind {kind or 'mixed'}")
    return f"{who}: all {n} judge calls failed with {why}; nothing was written"


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
    from inspect_ai._util.registry import registry_find  # no public name (Inspect 0.3.285)
    from inspect_ai.util import RegistryInfo, registry_info

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


def _drop_superseded(out: str, rel: str, dest: str, identity: dict[str, Any]) -> None:
    """Remove older results of ``rel`` that a report would show as the same variant.

    Same judge and judge model, another identity (an endpoint, rubric or
    protocol change): the report de-duplicates by variant and could pick the
    stale one. Results of other judges or judge models are kept beside it.
    """
    from inspect_ai.log import read_eval_log

    if is_url(out):
        return  # remote folders keep every result; local ones are tidied
    root, ext = os.path.splitext(rel)
    for sibling in Path(out).glob(f"{glob.escape(root)}-rj*{glob.escape(ext)}"):
        if str(sibling) == dest or not sibling.is_file():
            continue
        try:
            old = (read_eval_log(str(sibling), header_only=True).eval.metadata or {}).get(
                "rejudge_identity"
            ) or {}
        except Exception:  # unreadable: leave it to the report's warning
            continue
        if (old.get("judge"), old.get("judge_model")) == (
            identity["judge"],
            identity["judge_model"],
        ):
            sibling.unlink()


def _done(dest: str, key: str) -> bool:
    """Whether ``dest`` holds a finished result of this identity with every call answered."""
    from inspect_ai.log import read_eval_log

    if is_url(dest):
        from inspect_ai._util.file import filesystem  # no public name (Inspect 0.3.285)

        if not filesystem(dest).exists(dest):
            return False
    elif not Path(dest).exists():
        return False
    try:
        meta = read_eval_log(dest, header_only=True).eval.metadata or {}
    except Exception:  # a result cut off mid-write is not done
        return False
    return meta.get("rejudge_key") == key and not meta.get("rejudge_judge_errors")
