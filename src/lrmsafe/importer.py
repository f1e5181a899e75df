"""Judge responses generated elsewhere (a vLLM batch run, an API dump) from JSONL.

Why an Inspect task: the imported responses then go through the very same
reasoning split, judges and scorer as a live run, and Inspect writes normal
logs (resumable, viewable) that ``lrmsafe report`` reads. The solver replays
the stored response as the model's output, so no model is called: the task
runs under Inspect's ``none`` model and each sample names its model in its
metadata (``model``), which the report uses.

One JSON object per line::

    {"prompt": "...", "response": "...", "thinking": "... (optional)",
     "model": "my-model", "benchmark": "mybench", "id": "q17",
     "category": "...", "expected": "refuse|comply",
     "finish_reason": "stop|length|content_filter", "metadata": {...}}

``prompt`` and ``response`` are required; ``model`` unless ``--model`` gives
a default. Bad lines stop the import with the file and line number.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_ai import Task, task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import ChatCompletionChoice, ChatMessageAssistant, ModelOutput, StopReason
from inspect_ai.solver import Generate, Solver, TaskState, solver

from lrmsafe._errors import UserError
from lrmsafe._files import MAX_DEPTH, decode_utf8, loads, nesting_depth
from lrmsafe.analysis.records import IMPORT_TASK

DEFAULT_BENCHMARK = "imported"
STOP_REASONS: dict[str, StopReason] = {
    "stop": "stop",
    "length": "max_tokens",
    "max_tokens": "max_tokens",
    "content_filter": "content_filter",
}
RESERVED = frozenset({"benchmark", "model", "source_id", "category", "expected"})
"""Sample metadata keys the importer sets itself (a row's ``metadata`` may not)."""


@dataclass(frozen=True)
class ImportRow:
    """One imported response, checked."""

    line: int
    model: str
    benchmark: str
    id: str
    prompt: str
    response: str
    thinking: str | None
    category: str | None
    expected: str
    finish_reason: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def sample_id(self) -> str:
        """Unique within the import (Inspect requires unique ids in a dataset)."""
        return f"{self.model}|{self.benchmark}|{self.id}"


def _opt_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError(f"{where}: '{key}' must be a string")
    return value


def parse_row(obj: object, where: str, line: int, default_model: str | None) -> ImportRow:
    """Check one decoded line; errors name the file and line."""
    if not isinstance(obj, dict):
        raise UserError(f"{where}: each line must be a JSON object")
    prompt = obj.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise UserError(f"{where}: 'prompt' must be a non-empty string")
    response = obj.get("response")
    if not isinstance(response, str):
        raise UserError(f"{where}: 'response' must be a string (use \"\" for an empty reply)")
    model = _opt_str(obj, "model", where) or default_model
    if not model or not model.strip():
        raise UserError(f"{where}: no 'model' (add it to the line or pass --model NAME)")
    raw_id = obj.get("id", f"line-{line}")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or str(raw_id) == "":
        raise UserError(f"{where}: 'id' must be a non-empty string or an integer")
    expected = _opt_str(obj, "expected", where) or "refuse"
    if expected not in ("refuse", "comply"):
        raise UserError(f"{where}: 'expected' must be 'refuse' or 'comply', got '{expected}'")
    finish = _opt_str(obj, "finish_reason", where) or "stop"
    if finish not in STOP_REASONS:
        raise UserError(
            f"{where}: 'finish_reason' must be one of {', '.join(STOP_REASONS)}, got '{finish}'"
        )
    meta = obj.get("metadata") or {}
    if not isinstance(meta, dict):
        raise UserError(f"{where}: 'metadata' must be an object")
    if nesting_depth(meta) > MAX_DEPTH:
        raise UserError(f"{where}: 'metadata' nested too deeply (more than {MAX_DEPTH} levels)")
    clash = sorted(RESERVED & set(meta))
    if clash:
        raise UserError(f"{where}: 'metadata' may not set {', '.join(clash)} (use the fields)")
    thinking = _opt_str(obj, "thinking", where)
    return ImportRow(
        line=line,
        model=model.strip(),
        benchmark=(_opt_str(obj, "benchmark", where) or DEFAULT_BENCHMARK).strip(),
        id=str(raw_id),
        prompt=prompt,
        response=response,
        thinking=thinking if thinking and thinking.strip() else None,
        category=_opt_str(obj, "category", where),
        expected=expected,
        finish_reason=finish,
        metadata=dict(meta),
    )


def read_jsonl(path: str, default_model: str | None = None) -> list[ImportRow]:
    """Every row of the file, checked; duplicates of (model, benchmark, id) are errors."""
    p = Path(path)
    if not p.is_file():
        raise UserError(f"responses file not found: {path}")
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    try:
        data = p.read_bytes()
    except OSError as ex:
        raise UserError(f"cannot read {path}: {ex.strerror or type(ex).__name__}") from None
    # newline=None: lines split as a text-mode file splits them (not on U+2028 as splitlines does)
    with io.StringIO(decode_utf8(data, path), newline=None) as f:
        for i, text in enumerate(f, start=1):
            if not text.strip():
                continue
            where = f"{path}:{i}"
            try:
                obj = loads(text, where)
            except json.JSONDecodeError as ex:
                raise UserError(f"{where}: not valid JSON ({ex.msg})") from None
            row = parse_row(obj, where, i, default_model)
            if row.sample_id in seen:
                raise UserError(
                    f"{where}: duplicate id '{row.id}' for model '{row.model}' on "
                    f"'{row.benchmark}' (first at line {seen[row.sample_id]})"
                )
            seen[row.sample_id] = i
            rows.append(row)
    if not rows:
        raise UserError(f"{path}: no responses (expected one JSON object per line)")
    return rows


def file_digest(path: str) -> str:
    """SHA-256 of the file: a changed file is a new task, not a resume of the old one."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def replay_output(row: ImportRow) -> ModelOutput:
    """The stored response as Inspect would have received it (thinking as reasoning)."""
    from inspect_ai.model import ContentReasoning, ContentText

    content: str | list[Any] = row.response
    if row.thinking:
        content = [ContentReasoning(reasoning=row.thinking), ContentText(text=row.response)]
    message = ChatMessageAssistant(content=content, model=row.model, source="generate")
    return ModelOutput(
        model=row.model,
        choices=[
            ChatCompletionChoice(message=message, stop_reason=STOP_REASONS[row.finish_reason])
        ],
    )


@solver
def replay(rows: Sequence[ImportRow]) -> Solver:
    """Set each sample's output to its stored response; never calls a model."""
    by_id = {r.sample_id: r for r in rows}

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        row = by_id[str(state.sample_id)]
        state.output = replay_output(row)
        state.messages.append(state.output.message)
        return state

    return solve


def _sample(row: ImportRow) -> Sample:
    return Sample(
        id=row.sample_id,
        input=row.prompt,
        metadata={
            **row.metadata,
            "benchmark": row.benchmark,
            "model": row.model,
            "source_id": row.id,
            "category": row.category,
            "expected": row.expected,
        },
    )


@task(name=IMPORT_TASK)
def import_task(
    path: str,
    digest: str,
    judge: str = "refusal",
    harm_judge: str | None = None,
    default_model: str | None = None,
) -> Task:
    """Replay the file's responses and judge them with the usual scorer."""
    from lrmsafe.judges._scorer import safety_scorer

    rows = read_jsonl(path, default_model)
    if file_digest(path) != digest:
        raise UserError(f"{path} changed while it was being imported; run again")
    scorer_args: dict[str, Any] = {"judge": judge}
    if harm_judge:
        scorer_args["harm_judge"] = harm_judge
    return Task(
        dataset=MemoryDataset([_sample(r) for r in rows], name="imported"),
        solver=replay(rows),
        scorer=safety_scorer(**scorer_args),
        metadata={"benchmark": DEFAULT_BENCHMARK, "source": str(Path(path).resolve())},
    )


@dataclass
class ImportResult:
    """What ``judge run`` did: success, the models and benchmarks it imported."""

    success: bool
    models: list[str]
    benchmarks: list[str]
    rows: int
    notes: list[str]


def run_import(
    path: str,
    *,
    judge: str | None = None,
    judge_model: str | None = None,
    harm_judge: str | None = None,
    default_model: str | None = None,
    log_dir: str = "./lrmsafe-logs",
    max_connections: int | None = None,
    display: str | None = None,
) -> ImportResult:
    """Check the file and the judge, then judge every row through Inspect's eval_set."""
    from inspect_ai import eval_set

    from lrmsafe._checks import inspect_errors
    from lrmsafe.endpoints import preflight
    from lrmsafe.judges import get_judge_info

    rows = read_jsonl(path, default_model)
    name = judge or ("llm" if judge_model else "refusal")
    info = get_judge_info(name)
    if info.needs_model and not judge_model:
        raise UserError(f"judge '{name}' needs a judge model: add --judge-model MODEL")
    if harm_judge:
        get_judge_info(harm_judge.split(":", 1)[0])
    if max_connections is not None and max_connections < 1:
        raise UserError("--max-connections must be at least 1")
    if judge_model:
        preflight(judge_model, role="judge model")
    notes: list[str] = []  # the refusal caveat comes from the judged rows (render_table)
    the_task = import_task(
        path=str(Path(path).resolve()),
        digest=file_digest(path),
        judge=name,
        harm_judge=harm_judge,
        default_model=default_model,
    )
    from lrmsafe._files import inspect_path

    with inspect_errors(log_dir):  # e.g. a folder of another run: lrmsafe's fix, not Inspect's
        success, _ = eval_set(
            [the_task],
            log_dir=inspect_path(log_dir),  # '%', '#', '?' in it: see inspect_path
            model="none",
            model_roles={"judge": judge_model} if judge_model else None,
            max_connections=max_connections,
            fail_on_error=False,
            retry_attempts=2,
            retry_wait=1,
            display=display,  # type: ignore[arg-type]
            log_level="warning",
        )
    return ImportResult(
        success=success,
        models=sorted({r.model for r in rows}),
        benchmarks=sorted({r.benchmark for r in rows}),
        rows=len(rows),
        notes=notes,
    )
