"""XSTest, canonical protocol vs inspect_evals' own task (differential).

inspect_evals 0.26.0's ``xstest`` task is built by its own function, with
only its dataset loader swapped for an in-memory dataset of the same safe
prompts (its loader downloads at run time): its solver, scorer
(``preset_score_on_no_response(model_graded_qa(...))``), metric
(``refusal_rate``) and generate config are its own. Our canonical task runs
on the same prompts; both against the same stub target and the same stub
judge model, through ``inspect_ai.eval``.

The target is the stub's ``mixed`` model, on the prompts for which it
answers in a shape the reference sees as we do: no thinking, thinking
separated by the provider (``reasoning_content``) or hidden, an empty
answer, a filtered one, a truncated one. inspect_evals grades the whole
completion; these shapes give it the same text as our answer (thinking
inline in the content would reach its grader with the answer; we judge the
thinking apart, by the study's design), so the answer verdicts must be
identical, sample by sample, and so must the refusal rate.
"""

from __future__ import annotations

import csv
import importlib
import math
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.log import EvalLog

import lrmsafe.benchmarks.xstest as xs
from helpers import XSTEST_SCRIPT
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SHARED = Path(
    os.environ.get("LRMSAFE_SHARED_DATA")
    or Path(__file__).resolve().parents[2].parent / "shared" / "data"
)
PROMPTS = SHARED / "xstest" / "xstest_prompts.csv"
needs_data = pytest.mark.skipif(not PROMPTS.is_file(), reason="shared data not available")

TARGET = "mixed"
SEEN_ALIKE = ("plain", "reasoning_content", "hidden", "empty", "content_filter", "length")
"""The stub formats whose completion text is, for inspect_evals, our answer."""
WANTED = 14
LETTERS = {"C": "full_compliance", "P": "partial_refusal", "I": "full_refusal"}


def _rows() -> list[dict[str, str]]:
    with PROMPTS.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _shape(prompt: str) -> tuple[str, str]:
    profile = parse_model(TARGET)
    assert profile is not None
    return resolve(profile, prompt, None)


def _chosen() -> list[dict[str, str]]:
    """Safe prompts the target answers in a shape both read alike, empty ones included."""
    safe = [r for r in _rows() if r["label"] == "safe"]
    picked: list[dict[str, str]] = []
    for row in safe:
        if _shape(row["prompt"])[0] in SEEN_ALIKE:
            picked.append(row)
        if len(picked) >= WANTED and any(_shape(r["prompt"])[0] == "empty" for r in picked):
            break
    shapes = [_shape(r["prompt"]) for r in picked]
    # the denominator rule (an empty and a filtered answer) and both readings are exercised
    assert {"empty", "content_filter"} <= {fmt for fmt, _ in shapes}, shapes
    assert any(fmt not in ("empty", "content_filter") and st != "comply" for fmt, st in shapes)
    assert any(fmt not in ("empty", "content_filter") and st == "comply" for fmt, st in shapes)
    return picked


def _reference_module() -> Any:
    """inspect_evals' xstest module (the package's ``xstest`` name is its task function)."""
    return importlib.import_module("inspect_evals.xstest.xstest")


@pytest.fixture
def stub_env(fresh_stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    """The session stub (stats zeroed), with the openai-api/stub provider pointed at it."""
    monkeypatch.setenv("STUB_BASE_URL", fresh_stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    yield fresh_stub


def _reference_log(rows: list[dict[str, str]], judge: str, logs: Path,
                   monkeypatch: pytest.MonkeyPatch) -> EvalLog:  # fmt: skip
    """inspect_evals' own xstest task; only its hub loader is replaced."""
    ref = _reference_module()
    # all rows (safe and unsafe) as its loader would give them: its own filter keeps the safe
    records = [*rows, *[r for r in _rows() if r["label"] == "unsafe"][:3]]
    samples = [ref.record_to_sample(dict(r)) for r in records]
    monkeypatch.setattr(ref, "hf_dataset", lambda **_: MemoryDataset(samples))
    task = ref.xstest(subset="safe", scorer_model=f"openai-api/stub/{judge}")
    (log,) = inspect_eval(
        task, model=f"openai-api/stub/{TARGET}", log_dir=str(logs), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    return log


def _ours_log(rows: list[dict[str, str]], judge: str, logs: Path, data_dir: Path) -> EvalLog:
    """Our canonical task on the same prompts (chosen by id), from ``data_dir``: with
    the original script there it grades with the original prompt, else inspect_evals'."""
    task = xs.xstest(judge="llm", data_dir=str(data_dir), protocol="canonical")
    assert (task.metadata or {})["protocol"] == "canonical"
    (log,) = inspect_eval(
        task, model=f"openai-api/stub/{TARGET}", model_roles={"judge": f"openai-api/stub/{judge}"},
        sample_id=[f"xstest-{r['id']}" for r in rows], log_dir=str(logs), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    return log


def _reference_verdicts(log: EvalLog) -> dict[str, str]:
    """Per prompt: inspect_evals' grade as a class; ``unparseable`` where it left it unscored."""
    out: dict[str, str] = {}
    for s in log.samples or []:
        (score,) = (s.scores or {}).values()
        value = score.value
        if isinstance(value, float) and math.isnan(value):
            out[str(s.input)] = "unparseable"
        else:
            out[str(s.input)] = LETTERS[str(value)]
    return out


def _reference_rate(log: EvalLog) -> float:
    assert log.results is not None
    (scores,) = log.results.scores
    return scores.metrics["refusal_rate"].value


class Compared(NamedTuple):
    theirs: dict[str, str]
    mine: dict[str, str]
    ref: EvalLog
    records: list[SampleRecord]
    ref_stats: dict[str, Any]
    our_stats: dict[str, Any]


def _with_original(tmp_path: Path) -> Path:
    """A --data-dir with the prompts and the original script (copied at test time)."""
    if not XSTEST_SCRIPT.is_file():
        pytest.skip("the XSTest reference copy is not available")
    root = tmp_path / "data-original"
    (root / "xstest").mkdir(parents=True)
    shutil.copyfile(PROMPTS, root / "xstest" / PROMPTS.name)
    shutil.copyfile(XSTEST_SCRIPT, root / "xstest" / xs.ORIGINAL_FILE)
    return root


def _compare(stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, judge: str,
             rows: list[dict[str, str]] | None = None,
             data_dir: Path = SHARED) -> Compared:  # fmt: skip
    """Both tasks on the same prompts; the stub's counts of each run apart."""
    rows = rows if rows is not None else _chosen()
    stub.reset()
    ref = _reference_log(rows, judge, tmp_path / "ref", monkeypatch)
    ref_stats = stub.stats()
    stub.reset()
    ours = _ours_log(rows, judge, tmp_path / "ours", data_dir)
    our_stats = stub.stats()
    records, problems = read_records([tmp_path / "ours"])
    assert not problems and len(records) == len(rows)
    assert ours.samples is not None and len(ours.samples) == len(rows)
    mine = {r.prompt: str(r.answer_verdict) for r in records}
    return Compared(_reference_verdicts(ref), mine, ref, records, ref_stats, our_stats)


def _judge_sampling(stats: dict[str, Any], judge: str) -> set[str]:
    return {k for k in stats["by_sampling"] if k.split("|", 1)[0] == judge}


@needs_data
def test_canonical_verdicts_and_refusal_rate_equal_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the original script (../shared/data lacks it) canonical grades with
    inspect_evals' prompt: every part equal to inspect_evals' own task."""
    c = _compare(stub_env, tmp_path, monkeypatch, "judge")
    assert c.mine == c.theirs
    ref, records = c.ref, c.records
    # both asked the judge with the reference prompt (the stub recognised it exactly):
    # one request per non-empty answer; ours also one per visible thinking
    graded = sum(r.outcome == "answered" for r in records)
    thinking = sum(r.thinking is not None for r in records)
    assert c.ref_stats["by_judge_style"] == {"xstest_grade": graded}
    assert c.our_stats["by_judge_style"] == {"xstest_grade": graded + thinking}
    assert thinking and all(r.thinking_verdict in LETTERS.values() for r in records if r.thinking)
    # the empty answers: a full refusal by the reference's rule, the judge never asked
    empties = [r for r in records if r.outcome in ("empty", "filtered")]
    assert empties and all(r.answer_verdict == "full_refusal" for r in empties)
    assert all(r.part("answer").rule == xs.EMPTY_RULE for r in empties)
    assert all(r.part("answer").rule is None for r in records if r.outcome == "answered")
    # the headline metric: inspect_evals' refusal_rate, and ours over the same denominator
    bd = xs.xstest_breakdown(records)
    answer = bd["answer"]
    refused = sum(r.answer_verdict in ("full_refusal", "partial_refusal") for r in records)
    assert answer["n"] == len(records)
    assert _reference_rate(ref) == refused / answer["n"] * 100
    assert answer["refused"] is not None
    assert answer["refused"]["value"] == round(_reference_rate(ref), 2)
    assert bd["metric"] == xs.CANONICAL_METRIC
    assert bd["grader_prompt"] == "inspect_evals"  # the original script is not in shared data


@needs_data
def test_canonical_leaves_an_ungraded_reply_unscored_as_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A judge reply without ``GRADE:``: inspect_evals leaves the sample out of its
    metric (unscored); so do we (``unparseable``, no retry), never counting it as
    compliance. Empty answers are still full refusals (the judge is not asked)."""
    c = _compare(stub_env, tmp_path, monkeypatch, "judge-garbage")
    assert c.mine == c.theirs
    ref, records = c.ref, c.records
    graded = [r for r in records if r.answer_verdict != "unparseable"]
    assert graded and all(r.part("answer").rule == xs.EMPTY_RULE for r in graded)
    assert _reference_rate(ref) == 100.0  # only the empty answers are scored: all refusals
    answer = xs.xstest_breakdown(records)["answer"]
    assert answer["n"] == len(graded) and answer["refused"] is not None
    assert answer["refused"]["value"] == 100.0
    assert answer["non_verdicts"] == {"unparseable": len(records) - len(graded)}


@needs_data
def test_canonical_with_the_original_prompt_same_verdicts_and_rate_original_wins_on_the_prompt(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where inspect_evals departs from the original, the original wins: with the
    original script at hand, canonical asks the judge with XSTest's own prompt and
    system message (the stub answers its labels, ``xstest_label``) at its settings
    (temperature 0, 16 tokens); inspect_evals asks its own template
    (``xstest_grade``). Where inspect_evals matches the original (the classes, an
    empty answer counted as a full refusal without asking, the denominator), the
    per-sample verdicts and the refusal rate are identical."""
    c = _compare(stub_env, tmp_path, monkeypatch, "judge", data_dir=_with_original(tmp_path))
    assert c.mine == c.theirs
    records = c.records
    graded = sum(r.outcome == "answered" for r in records)
    thinking = sum(r.thinking is not None for r in records)
    assert c.ref_stats["by_judge_style"] == {"xstest_grade": graded}
    assert c.our_stats["by_judge_style"] == {"xstest_label": graded + thinking}
    # the original's settings (max_tokens 16 too: test_xstest_original.py reads the requests)
    assert _judge_sampling(c.our_stats, "judge") == {"judge|temperature=0.0|top_p=1.0"}
    empties = [r for r in records if r.outcome in ("empty", "filtered")]
    assert empties and all(r.answer_verdict == "full_refusal" for r in empties)
    assert all(r.part("answer").rule == xs.EMPTY_RULE for r in empties)
    answer = xs.xstest_breakdown(records)["answer"]
    assert answer["n"] == len(records) and answer["refused"] is not None
    assert answer["refused"]["value"] == round(_reference_rate(c.ref), 2)


@needs_data
def test_canonical_judge_at_temperature_zero_as_original_xstest_original_wins(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where inspect_evals departs from the original, the original wins: XSTest's
    classifier (classify_completions_gpt.py @ d7bb5bd) asks its judge at temperature
    0; inspect_evals' grader sends no temperature (the provider's default, 1 for
    GPT-4o). The verdicts of a deterministic judge are the same either way."""
    rows = [r for r in _chosen() if _shape(r["prompt"])[0] == "plain"][:2]
    c = _compare(stub_env, tmp_path, monkeypatch, "judge", rows)
    assert c.mine == c.theirs
    assert _judge_sampling(c.ref_stats, "judge") == {"judge"}
    assert _judge_sampling(c.our_stats, "judge") == {"judge|temperature=0.0"}


def test_reference_sample_shape_matches_ours() -> None:
    """inspect_evals' sample from a CSV row carries the prompt we send (the join key)."""
    ref = _reference_module()
    row = _rows()[0]
    sample: Sample = ref.record_to_sample(dict(row))
    assert sample.input == row["prompt"]
