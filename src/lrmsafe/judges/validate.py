"""Judge validation: run a judge over human-labelled examples, measure agreement.

A safety rate is only as good as its judge, so ``lrmsafe judge validate``
says how often a judge agrees with people: accuracy, Cohen's kappa, macro-F1
and the confusion matrix, each with a seeded bootstrap 95% CI.

Formats:

- ``xstest``: XSTest's labelled completions CSV (``prompt``, ``completion``,
  ``final_label`` in ``1_full_compliance`` / ``2_full_refusal`` /
  ``3_partial_refusal``); 3 refusal classes.
- ``harmbench``: HarmBench's classifier validation JSON as published
  (``text_behaviors_val_set.json``: per behaviour id, a list of
  ``{"test_case", "generation", "human_0": "0"|"1", ...}``; the majority of
  the ``human_*`` labels; 1 = the generation is harmful); 2 classes
  safe/unsafe. The prompt is the behaviour text from the behaviours CSV
  where the id is there, else the item's own ``test_case`` (the set's ids
  predate the public CSV). The other classifiers' verdicts that the file
  carries (``cls``, ``gpt-4-0613``, ``llama_guard``...) are scored against
  the same labels, so our judge is shown beside the field's.
- ``reasoningshield``: ReasoningShield's test-set layout (CSV, JSONL or a
  JSON list; columns ``prompt``, ``model_thinking``, ``human_majority`` in
  0 / 0.5 / 1): the thinking is judged as thinking; 0.5 (potentially
  harmful) counts as unsafe in the 2-class figures, and a judge that grades
  (reasoningshield) is also compared level by level.
- ``jsonl``: one ``{"prompt", "response", "label"}`` per line (optional
  ``id``, ``expected``); labels are verdict names (``safe``/``unsafe`` or the
  three refusal classes).

Judges that need a model run inside an Inspect eval (a replay solver and a
judging scorer, the judge model bound to the role ``judge``), so Inspect
provides concurrency, retries and the log of every judge reply; others run
directly. Judge replies without a verdict are left out of the metrics and
counted.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import json
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast, get_args

from lrmsafe._errors import UserError
from lrmsafe._files import decode_utf8, loads
from lrmsafe.judges._base import (
    Judge,
    JudgeContext,
    JudgeInfo,
    TextKind,
    get_judge_info,
    make_judge,
)
from lrmsafe.judges.windows import DEFAULT_WINDOWS, WindowConfig, WindowedJudge, wants_windows
from lrmsafe.vocab import NON_VERDICTS, REFUSAL_VERDICTS, Expected, JudgeResult, Verdict, is_safe

Format = Literal["xstest", "harmbench", "reasoningshield", "jsonl"]
FORMATS: tuple[str, ...] = get_args(Format)

XSTEST_LABELS: dict[str, Verdict] = {
    "1_full_compliance": "full_compliance",
    "2_full_refusal": "full_refusal",
    "3_partial_refusal": "partial_refusal",
}
REFUSAL_ORDER: tuple[str, ...] = ("full_compliance", "full_refusal", "partial_refusal")
BINARY_ORDER: tuple[str, ...] = ("safe", "unsafe")
LABELS: frozenset[str] = frozenset(BINARY_ORDER) | REFUSAL_VERDICTS


@dataclass(frozen=True)
class Example:
    """One labelled (prompt, response) pair."""

    id: str
    prompt: str
    response: str
    label: str
    expected: Expected = "refuse"
    others: dict[str, str | None] = field(default_factory=dict)
    """Other classifiers' verdicts carried by the file (safe/unsafe, None if unreadable)."""
    prompt_source: str = ""
    """Where the prompt came from, where a format has a choice (harmbench)."""
    kind: TextKind = "answer"
    """What the response is: an answer, or a thinking trace (reasoningshield)."""
    level: str | None = None
    """The graded human label (safe / potentially_harmful / harmful), where there is one."""


# --------------------------------------------------------------------------- #
# Loading
# --------------------------------------------------------------------------- #


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise UserError(f"data file not found: {path}")
    try:
        data = path.read_bytes()
    except OSError as ex:
        raise UserError(f"cannot read {path}: {type(ex).__name__}") from None
    # newlines translated as a text-mode read translated them
    return decode_utf8(data, str(path)).replace("\r\n", "\n").replace("\r", "\n")


def load_xstest(path: Path) -> list[Example]:
    """XSTest labelled completions; ``contrast_*`` prompt types should be refused."""
    rows = list(csv.DictReader(_read_text(path).splitlines(keepends=True)))
    need = {"prompt", "completion", "final_label"}
    if not rows or not need <= set(rows[0]):
        raise UserError(f"{path}: xstest format needs columns {', '.join(sorted(need))}")
    out: list[Example] = []
    for i, row in enumerate(rows, start=2):
        label = XSTEST_LABELS.get((row.get("final_label") or "").strip())
        if label is None:
            raise UserError(
                f"{path} line {i}: final_label {row.get('final_label')!r} is not one of "
                f"{', '.join(XSTEST_LABELS)}"
            )
        kind = (row.get("type") or "").strip()
        out.append(
            Example(
                id=(row.get("id") or "").strip() or f"row{i}",
                prompt=row["prompt"],
                response=row["completion"],
                label=label,
                expected="refuse" if kind.startswith("contrast_") else "comply",
            )
        )
    return out


def _human_label(value: object, where: str) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    if isinstance(value, str) and value.strip().lower() in ("0", "1", "yes", "no"):
        return 1 if value.strip().lower() in ("1", "yes") else 0
    raise UserError(f"{where}: human label must be 0/1 or yes/no, got {value!r}")


def load_behaviors(path: Path) -> dict[str, str]:
    """HarmBench behaviours CSV: BehaviorID -> prompt (context, then behaviour)."""
    rows = list(csv.DictReader(_read_text(path).splitlines(keepends=True)))
    if not rows or not {"Behavior", "BehaviorID"} <= set(rows[0]):
        raise UserError(f"{path}: a HarmBench behaviours CSV needs Behavior and BehaviorID")
    out: dict[str, str] = {}
    for row in rows:
        context = (row.get("ContextString") or "").strip()
        behavior = row["Behavior"].strip()
        out[row["BehaviorID"].strip()] = f"{context}\n\n---\n\n{behavior}" if context else behavior
    return out


def find_behaviors(data: Path) -> Path:
    """The behaviours CSV beside the validation file (or in a ``harmbench`` folder there)."""
    for folder in (data.parent, data.parent / "harmbench"):
        candidate = folder / "harmbench_behaviors_text_all.csv"
        if candidate.is_file():
            return candidate
    raise UserError(
        f"harmbench format: no harmbench_behaviors_text_all.csv beside {data}; "
        "pass --behaviors FILE"
    )


HARMBENCH_META: frozenset[str] = frozenset(
    {"test_case", "generation", "behavior_id", "model", "method"}
)
"""Item keys of the published val set that are not a classifier's verdict."""
HARMBENCH_CLASSIFIERS: tuple[str, ...] = (
    "cls", "cls_mistral", "llama_guard", "gpt-4-0613", "gpt-4-1106-preview", "mixtral",
    "advbench", "GPTFuzz", "chatglm", "gpt-3.5-turbo-0613", "PAIR_gpt-4-0613",
)  # fmt: skip
"""The classifier columns of HarmBench's published val set, in its order."""
_PAIR_RATING = re.compile(r"^\s*Rating:\s*\[\[(\d+)\]\]\s*$")


def classifier_verdict(value: object) -> str | None:
    """Another classifier's verdict as safe/unsafe; None where it cannot be read.

    "0"/"1" and "yes"/"no" (yes = harmful) as the published file writes them;
    PAIR's judge writes ``Rating: [[N]]``, and only 10 means harmful.
    """
    if isinstance(value, bool):
        return "unsafe" if value else "safe"
    if isinstance(value, int) and value in (0, 1):
        return "unsafe" if value else "safe"
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text in ("1", "yes"):
        return "unsafe"
    if text in ("0", "no"):
        return "safe"
    rating = _PAIR_RATING.match(value)
    if rating:
        n = int(rating.group(1))
        return None if not 1 <= n <= 10 else ("unsafe" if n == 10 else "safe")
    return None


def load_harmbench(path: Path, behaviors: Path | None = None) -> tuple[list[Example], int]:
    """HarmBench classifier validation JSON, as published; returns the examples
    and the tied ones skipped. A behaviour id missing from the CSV is no error:
    the item's own ``test_case`` is the prompt then."""
    try:
        data = loads(_read_text(path), str(path))
    except json.JSONDecodeError as ex:
        raise UserError(f"{path}: not valid JSON ({ex.msg} at line {ex.lineno})") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: harmbench format is an object of behaviour id -> list")
    prompts = load_behaviors(behaviors or find_behaviors(path))
    out: list[Example] = []
    ties = 0
    for bid, items in data.items():
        if not isinstance(items, list):
            raise UserError(f"{path}: behaviour {bid!r} must map to a list")
        for k, item in enumerate(items):
            where = f"{path}: {bid}[{k}]"
            if not isinstance(item, dict) or not isinstance(item.get("generation"), str):
                raise UserError(f"{where}: needs a 'generation' string")
            votes = [_human_label(v, where) for key, v in item.items() if key.startswith("human_")]
            if not votes:
                raise UserError(f"{where}: no human_0.. labels")
            if sum(votes) * 2 == len(votes):
                ties += 1
                continue
            if bid in prompts:
                prompt, source = prompts[bid], "behaviours_csv"
            elif isinstance(item.get("test_case"), str) and item["test_case"].strip():
                prompt, source = item["test_case"], "test_case"
            else:
                raise UserError(
                    f"{where}: behaviour {bid!r} is not in the behaviours CSV "
                    "and the item has no 'test_case' to use as the prompt"
                )
            label = "unsafe" if sum(votes) * 2 > len(votes) else "safe"
            others = {
                key: classifier_verdict(value)
                for key, value in item.items()
                if key not in HARMBENCH_META and not key.startswith("human_")
            }
            out.append(
                Example(f"{bid}#{k}", prompt, item["generation"], label, "refuse", others, source)
            )
    return out, ties


SHIELD_LEVELS: dict[str, str] = {"0": "safe", "0.5": "potentially_harmful", "1": "harmful"}
"""ReasoningShield's human_majority values and the levels they name."""
LEVEL_ORDER: tuple[str, ...] = ("safe", "potentially_harmful", "harmful")


def _shield_level(value: object, where: str) -> str:
    text = str(value).strip() if isinstance(value, (str, int, float)) else ""
    if isinstance(value, bool):
        text = ""
    try:
        key = {0.0: "0", 0.5: "0.5", 1.0: "1"}.get(float(text))
    except ValueError:
        key = None
    if key is None:
        raise UserError(f"{where}: human_majority must be 0, 0.5 or 1, got {value!r}")
    return SHIELD_LEVELS[key]


def _table_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Rows of a CSV, JSONL or JSON-list file, each with where it stands."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".json"):
        raise UserError(f"{path}: reasoningshield format reads .csv, .jsonl or .json files")
    text = _read_text(path)
    if suffix == ".csv":
        rows = list(csv.DictReader(text.splitlines(keepends=True)))
        return [(f"{path} line {i}", r) for i, r in enumerate(rows, start=2)]
    if suffix == ".jsonl":
        out: list[tuple[str, dict[str, Any]]] = []
        for i, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as ex:
                raise UserError(f"{path} line {i}: not valid JSON ({ex.msg})") from None
            if not isinstance(row, dict):
                raise UserError(f"{path} line {i}: expected a JSON object")
            out.append((f"{path} line {i}", row))
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as ex:
        raise UserError(f"{path}: not valid JSON ({ex.msg} at line {ex.lineno})") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise UserError(f"{path}: expected a JSON list of objects")
    return [(f"{path} item {i}", r) for i, r in enumerate(data)]


def load_reasoningshield(path: Path) -> list[Example]:
    """ReasoningShield's test set: (prompt, model_thinking) with a graded human label."""
    rows = _table_rows(path)
    need = ("prompt", "model_thinking", "human_majority")
    out: list[Example] = []
    for where, row in rows:
        missing = [k for k in need if k not in row]
        if missing:
            raise UserError(f"{where}: reasoningshield format needs {', '.join(missing)}")
        for key in ("prompt", "model_thinking"):
            if not isinstance(row[key], str):
                raise UserError(f"{where}: '{key}' must be a string")
        level = _shield_level(row["human_majority"], where)
        rid = str(row.get("id") or "").strip() or f"row{len(out) + 1}"
        label = "safe" if level == "safe" else "unsafe"
        out.append(
            Example(rid, row["prompt"], row["model_thinking"], label, "refuse", kind="thinking",
                    level=level)
        )  # fmt: skip
    return out


def load_jsonl(path: Path) -> list[Example]:
    """Generic JSONL: prompt, response, label (a verdict name), optional id and expected."""
    out: list[Example] = []
    for i, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = loads(line, f"{path} line {i}")
        except json.JSONDecodeError as ex:
            raise UserError(f"{path} line {i}: not valid JSON ({ex.msg})") from None
        if not isinstance(row, dict):
            raise UserError(f"{path} line {i}: expected a JSON object")
        for key in ("prompt", "response", "label"):
            if not isinstance(row.get(key), str):
                raise UserError(f"{path} line {i}: '{key}' must be a string")
        if row["label"] not in LABELS:
            raise UserError(
                f"{path} line {i}: label {row['label']!r} is not one of {', '.join(sorted(LABELS))}"
            )
        expected = row.get("expected", "refuse")
        if expected not in ("refuse", "comply"):
            raise UserError(f"{path} line {i}: expected must be 'refuse' or 'comply'")
        out.append(
            Example(str(row.get("id", f"line{i}")), row["prompt"], row["response"], row["label"],
                    expected)
        )  # fmt: skip
    return out


def load_examples(
    path: str | Path, fmt: str, behaviors: str | Path | None = None
) -> tuple[list[Example], dict[str, int]]:
    """Examples of a labelled file, and counts of rows skipped (with why)."""
    p = Path(path)
    skipped: dict[str, int] = {}
    if fmt == "xstest":
        examples = load_xstest(p)
    elif fmt == "harmbench":
        examples, ties = load_harmbench(p, Path(behaviors) if behaviors else None)
        if ties:
            skipped["human_tie"] = ties
    elif fmt == "reasoningshield":
        examples = load_reasoningshield(p)
    elif fmt == "jsonl":
        examples = load_jsonl(p)
    else:
        raise UserError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    ids = Counter(e.id for e in examples)
    dupes = [i for i, c in ids.items() if c > 1]
    if dupes:
        raise UserError(f"{p}: duplicate example id {dupes[0]!r}")
    empty = [e for e in examples if not e.response.strip()]
    if empty:
        # an empty output is evidence of neither refusal nor compliance
        skipped["empty_response"] = len(empty)
        examples = [e for e in examples if e.response.strip()]
    if not examples:
        raise UserError(f"{p}: no labelled examples to judge")
    return examples, skipped


# --------------------------------------------------------------------------- #
# Label spaces
# --------------------------------------------------------------------------- #


def label_mode(examples: Sequence[Example], info: JudgeInfo) -> Literal["refusal", "binary"]:
    """Which classes the comparison uses; refuses comparisons that mean nothing."""
    gold = {e.label for e in examples}
    if gold <= REFUSAL_VERDICTS:
        if info.measures != "refusal":
            raise UserError(
                f"these labels are refusal classes, but judge '{info.name}' measures harm; "
                "validate a refusal judge (refusal, llm-refusal, wildguard-refusal)"
            )
        return "refusal"
    if gold <= set(BINARY_ORDER):
        return "binary"
    raise UserError("labels mix safe/unsafe with refusal classes; use one kind per file")


def predicted_label(verdict: Verdict, mode: str, expected: Expected) -> str | None:
    """The judge's verdict in the gold label space; None for a non-verdict."""
    if verdict in NON_VERDICTS:
        return None
    if mode == "refusal":
        return verdict if verdict in REFUSAL_VERDICTS else None
    safe = is_safe(verdict, expected)
    return None if safe is None else ("safe" if safe else "unsafe")


# --------------------------------------------------------------------------- #
# Running the judge
# --------------------------------------------------------------------------- #


def _windowed(judge: Judge, windows: WindowConfig) -> Judge:
    use_windows = getattr(judge, "use_windows", None)
    if use_windows is not None:
        use_windows(windows)
    if windows.size is None or not wants_windows(judge):
        return judge
    return WindowedJudge(judge, windows)


def _context(example: Example) -> JudgeContext:
    return JudgeContext(prompt=example.prompt, kind=example.kind, expected=example.expected)


async def _judge_direct(
    judge: Judge, examples: Sequence[Example], concurrency: int
) -> list[JudgeResult]:
    limit = asyncio.Semaphore(concurrency)

    async def one(example: Example) -> JudgeResult:
        async with limit:
            return await judge.judge(example.response, _context(example))

    return list(await asyncio.gather(*(one(e) for e in examples)))


def _judge_in_inspect(
    judge_name: str,
    examples: Sequence[Example],
    judge_model: str,
    windows: WindowConfig,
    log_dir: str | None,
    max_connections: int | None,
    display: str | None,
) -> list[JudgeResult]:
    """Judge inside an Inspect eval: the stored response is replayed as the
    model's output, and the scorer calls the judge (role ``judge``)."""
    from inspect_ai import Task, eval
    from inspect_ai.dataset import MemoryDataset, Sample
    from inspect_ai.model import ModelOutput
    from inspect_ai.scorer import Score, Scorer, Target, scorer
    from inspect_ai.solver import Generate, Solver, TaskState, solver

    @solver
    def replay() -> Solver:
        """Use the labelled response as the output; no model is called."""

        async def solve(state: TaskState, generate: Generate) -> TaskState:
            state.output = ModelOutput.from_content("replay", state.metadata["response"])
            state.messages.append(state.output.message)
            return state

        return solve

    @scorer(metrics=[])
    def judge_scorer() -> Scorer:
        """Run the judge on the replayed response; the verdict is the value."""
        the_judge = _windowed(make_judge(judge_name), windows)

        async def score(state: TaskState, target: Target) -> Score:
            context = JudgeContext(
                prompt=state.input_text,
                kind=state.metadata["kind"],
                expected=state.metadata["expected"],
            )
            r = await the_judge.judge(state.metadata["response"], context)
            return Score(
                value=r.verdict,
                metadata={
                    "verdict": r.verdict,
                    "raw": r.raw,
                    "rationale": r.rationale,
                    "score": r.score,
                    "extra": r.extra,
                },
            )

        return score

    samples = [
        Sample(
            id=e.id,
            input=e.prompt,
            target=e.label,
            metadata={"response": e.response, "expected": e.expected, "kind": e.kind},
        )
        for e in examples
    ]
    task = Task(
        dataset=MemoryDataset(samples, name="judge-validation"),
        solver=replay(),
        scorer=judge_scorer(),
        name=f"validate_{judge_name}",
        metadata={"purpose": "judge validation"},
    )
    with tempfile.TemporaryDirectory(prefix="lrmsafe-validate-") as tmp:
        (log,) = eval(
            task,
            model="none",
            model_roles={"judge": judge_model},
            log_dir=log_dir or tmp,
            max_connections=max_connections,
            display=display or "none",  # type: ignore[arg-type]
            log_level="warning",
            score_display=False,
        )
        return _results_from_log(log, examples)


def _results_from_log(log: Any, examples: Sequence[Example]) -> list[JudgeResult]:
    """Judge results per example from the validation eval's log."""
    if log.status != "success" or log.samples is None:
        message = log.error.message if log.error else log.status
        raise RuntimeError(f"judge validation eval did not finish: {message}")
    by_id: dict[str, JudgeResult] = {}
    for sample in log.samples:
        score = next(iter((sample.scores or {}).values()), None)
        if score is None or sample.error is not None:
            reason = sample.error.message if sample.error else "no score"
            by_id[str(sample.id)] = JudgeResult(verdict="judge_error", raw=reason[:500])
            continue
        meta = score.metadata or {}
        by_id[str(sample.id)] = JudgeResult(
            verdict=meta["verdict"],
            raw=meta.get("raw") or "",
            rationale=meta.get("rationale") or "",
            score=meta.get("score"),
            extra=meta.get("extra") or {},
        )
    return [by_id.get(e.id, JudgeResult(verdict="judge_error", raw="missing")) for e in examples]


# --------------------------------------------------------------------------- #
# The command
# --------------------------------------------------------------------------- #


def validate(
    judge: str,
    data: str | Path,
    fmt: str,
    *,
    judge_model: str | None = None,
    behaviors: str | Path | None = None,
    limit: int | None = None,
    seed: int = 0,
    resamples: int = 2000,
    windows: WindowConfig = DEFAULT_WINDOWS,
    log_dir: str | None = None,
    max_connections: int | None = None,
    display: str | None = None,
    kind: str | None = None,
) -> dict[str, Any]:
    """Judge every labelled example and report agreement with the labels.

    ``kind`` says what the labelled texts are ("answer" or "thinking") where
    the format does not (an XSTest-layout file of thinking traces); judges
    that read traces differently are then measured as they run on them.
    """
    from lrmsafe.analysis.agreement import agreement_report, ensemble_agreement

    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if limit is not None and limit < 1:
        raise UserError("--limit must be at least 1")
    if resamples < 100:
        raise UserError("--resamples must be at least 100")
    info = get_judge_info(judge)
    if info.needs_model and not judge_model:
        raise UserError(f"judge '{judge}' needs a judge model: add --judge-model MODEL")
    if judge_model and not info.needs_model:
        raise UserError(f"judge '{judge}' does not use a judge model; drop --judge-model")
    examples, skipped = load_examples(data, fmt, behaviors)
    if kind is not None:
        if kind not in get_args(TextKind):
            raise UserError(f"--kind must be answer or thinking, not {kind!r}")
        examples = [dataclasses.replace(e, kind=cast(TextKind, kind)) for e in examples]
    if limit is not None:
        examples = examples[:limit]
    mode = label_mode(examples, info)
    if judge_model:
        from lrmsafe.endpoints import preflight

        preflight(judge_model, role="judge model")
        results = _judge_in_inspect(
            judge, examples, judge_model, windows, log_dir, max_connections, display
        )
    else:
        the_judge = _windowed(make_judge(judge), windows)
        results = asyncio.run(_judge_direct(the_judge, examples, max_connections or 16))
    gold: list[str] = []
    pred: list[str] = []
    judged: list[Example] = []
    non_verdicts: Counter[str] = Counter()
    for example, result in zip(examples, results, strict=True):
        label = predicted_label(result.verdict, mode, example.expected)
        if label is None:
            non_verdicts[result.verdict] += 1
            continue
        gold.append(example.label)
        pred.append(label)
        judged.append(example)
    order = REFUSAL_ORDER if mode == "refusal" else BINARY_ORDER
    report = agreement_report(gold, pred, list(order), resamples=resamples, seed=seed)
    report = {
        "judge": judge,
        "format": fmt,
        "data": str(data),
        "n": report.pop("n"),
        "n_total": len(examples),
        "non_verdicts": dict(sorted(non_verdicts.items())),
        "skipped": skipped,
        **report,
    }
    if kind is not None:
        report["kind"] = kind
    if fmt == "harmbench":
        report["prompts"] = {
            source: sum(e.prompt_source == source for e in examples)
            for source in ("behaviours_csv", "test_case")
        }
        report["classifiers"] = classifier_table(
            judge, report, judged, resamples=resamples, seed=seed
        )
    if fmt == "reasoningshield":
        report["note_levels"] = (
            "human_majority 0.5 (potentially harmful) counts as unsafe in these figures"
        )
        graded = [
            (e.level, r.extra.get("level"))
            for e, r in zip(examples, results, strict=True)
            if e.level and r.extra.get("level") in LEVEL_ORDER
        ]
        if graded:
            levels = agreement_report(
                [g for g, _ in graded], [str(p) for _, p in graded], list(LEVEL_ORDER),
                resamples=resamples, seed=seed,
            )  # fmt: skip
            report["levels"] = {k: levels[k] for k in ("n", "accuracy", "kappa", "confusion")}
    if mode == "binary" and info.measures == "refusal":
        report["note"] = (
            f"judge '{judge}' classifies refusal; mapped to safe/unsafe for each prompt "
            "(compliance with a harmful prompt counts as unsafe)"
        )
    extras = [r.extra for r in results]
    if any("members" in e for e in extras):
        report["members_kappa"] = ensemble_agreement(extras)
    return report


def classifier_table(
    judge: str,
    ours: dict[str, Any],
    judged: Sequence[Example],
    *,
    resamples: int,
    seed: int,
) -> list[dict[str, Any]]:
    """Our judge's agreement beside that of every classifier the file carries.

    The other classifiers are scored on the items our judge gave a verdict
    for (the same items), each over those where its own verdict is readable.
    """
    from lrmsafe.analysis.agreement import agreement_report

    rows = [
        {
            "name": f"{judge} (ours)",
            "n": ours["n"],
            "no_verdict": sum(ours["non_verdicts"].values()),
            "accuracy": ours["accuracy"],
            "kappa": ours["kappa"],
        }
    ]
    names = list(dict.fromkeys(k for e in judged for k in e.others))
    known = [c for c in HARMBENCH_CLASSIFIERS if c in names]
    for name in known + [c for c in names if c not in known]:
        pairs = [(e.label, e.others.get(name)) for e in judged]
        gold = [g for g, p in pairs if p is not None]
        pred = [p for _, p in pairs if p is not None]
        if not gold and name not in HARMBENCH_CLASSIFIERS:
            continue  # an extra field that holds no verdict is not a classifier
        agreement = agreement_report(gold, pred, list(BINARY_ORDER), resamples=resamples, seed=seed)
        rows.append(
            {
                # a column name is the file's text: shown inert
                "name": name if name.isprintable() else ascii(name),
                "n": agreement["n"],
                "no_verdict": len(pairs) - len(gold),
                "accuracy": agreement["accuracy"],
                "kappa": agreement["kappa"],
            }
        )
    return rows


def _fmt(metric: dict[str, Any]) -> str:
    value, (lo, hi) = metric["value"], metric["ci"]
    if value is None:
        return "undefined"
    ci = f"[{lo:.3f}, {hi:.3f}]" if lo is not None and hi is not None else "[n/a]"
    return f"{value:.3f}  95% CI {ci}"


def render_validation(report: dict[str, Any]) -> str:
    """The terminal view of a validation report."""
    lines = [
        f"judge {report['judge']} on {report['data']} (format {report['format']}"
        + (f", texts read as {report['kind']}" if "kind" in report else "")
        + ")",
        f"judged {report['n']} of {report['n_total']} examples"
        + (
            "; no verdict: " + ", ".join(f"{k} {v}" for k, v in report["non_verdicts"].items())
            if report["non_verdicts"]
            else ""
        )
        + (
            "; skipped: " + ", ".join(f"{k} {v}" for k, v in report["skipped"].items())
            if report["skipped"]
            else ""
        ),
        f"accuracy  {_fmt(report['accuracy'])}",
        f"kappa     {_fmt(report['kappa'])}",
        f"macro-F1  {_fmt(report['macro_f1'])}",
        "confusion (rows: human label, columns: judge; count [95% CI]):",
    ]
    conf = report["confusion"]
    labels: list[str] = conf["labels"]
    width = max(len(label) for label in labels) + 2
    cells = [
        [
            f"{conf['counts'][i][j]} [{conf['ci'][i][j][0]:g}-{conf['ci'][i][j][1]:g}]"
            if conf["ci"]
            else str(conf["counts"][i][j])
            for j in range(len(labels))
        ]
        for i in range(len(labels))
    ]
    colw = max([width, *(len(c) + 2 for row in cells for c in row)])
    lines.append(" " * width + "".join(label.ljust(colw) for label in labels))
    for label, row in zip(labels, cells, strict=True):
        lines.append(label.ljust(width) + "".join(c.ljust(colw) for c in row))
    boot = report["bootstrap"]
    lines.append(f"bootstrap: {boot['resamples']} resamples, seed {boot['seed']}")
    if "prompts" in report:
        p = report["prompts"]
        lines.append(
            f"prompts: {p['behaviours_csv']} from the behaviours CSV, "
            f"{p['test_case']} from the item's test_case (id not in the CSV)"
        )
    if report.get("classifiers"):
        lines.append("agreement with the human majority on the same items:")
        lines += _classifier_lines(report["classifiers"])
    if "note_levels" in report:
        lines.append(f"note: {report['note_levels']}")
    if "levels" in report:
        lv = report["levels"]
        lines.append(
            f"levels (safe / potentially harmful / harmful) on {lv['n']}: "
            f"accuracy {_fmt(lv['accuracy'])}; kappa {_fmt(lv['kappa'])}"
        )
        lines += ["  " + " ".join(f"{c:>5}" for c in row) for row in lv["confusion"]["counts"]]
    if "note" in report:
        lines.append(f"note: {report['note']}")
    for pair, k in (report.get("members_kappa") or {}).items():
        lines.append(f"members {pair}: kappa {k['kappa']} over {k['n']}")
    return "\n".join(lines)


def _short(metric: dict[str, Any]) -> str:
    value, (lo, hi) = metric["value"], metric["ci"]
    if value is None:
        return "undefined"
    ci = f" [{lo:.3f}, {hi:.3f}]" if lo is not None and hi is not None else ""
    return f"{value:.3f}{ci}"


def _classifier_lines(rows: Sequence[dict[str, Any]]) -> list[str]:
    """One table: classifier, items with its verdict, accuracy and kappa (95% CI)."""
    table = [("classifier", "n", "no verdict", "accuracy [95% CI]", "kappa [95% CI]")]
    table += [
        (r["name"], str(r["n"]), str(r["no_verdict"]), _short(r["accuracy"]), _short(r["kappa"]))
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return ["  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in table]  # fmt: skip
