"""Shared pieces of the CyberSecEval 2 differential tests (interpreter, injection).

inspect_evals' task factories read their dataset from GitHub when called, so
each test swaps the factory's ``read_dataset`` for a MemoryDataset of the same
rows of the shared data (built with inspect_evals' own ``record_to_sample``)
and otherwise runs its Task as is: its solver, its ``model_graded_qa`` scorer
with its template, on the same stub target and stub judge as our task.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.log import EvalLog

from helpers import SHARED_DATA
from lrmsafe.analysis.records import SampleRecord, records_from_log
from lrmsafe.testing.stub import StubProcess

DATA = str(SHARED_DATA)
JUDGE = "openai-api/stub/judge"
needs_data = pytest.mark.skipif(
    not (SHARED_DATA / "cyberseceval").is_dir(), reason="shared CyberSecEval data not present"
)


@pytest.fixture
def stub_env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    """The session stub, with the openai-api/stub provider pointed at it."""
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    yield stub


def raw_rows(name: str) -> list[dict[str, Any]]:
    """The shared data file's rows, as inspect_evals' loader would read them."""
    rows: list[dict[str, Any]] = json.loads((SHARED_DATA / "cyberseceval" / name).read_text())
    return rows


def reference_samples(
    records: list[dict[str, Any]], to_sample: Callable[[dict[str, Any]], Sample], ids: list[str]
) -> MemoryDataset:
    """inspect_evals' samples of ``records``, under our sample ids (to pair them)."""
    samples = []
    for record, sid in zip(records, ids, strict=True):
        sample = to_sample(record)
        sample.id = sid
        samples.append(sample)
    return MemoryDataset(samples)


def run(task: Task, tmp: Path, model: str, judge_role: bool = True) -> EvalLog:
    """One epoch of ``task`` on the stub ``model`` (our judge on the ``judge`` role)."""
    (log,) = inspect_eval(
        task,
        model=model,
        model_roles={"judge": JUDGE} if judge_role else None,
        epochs=1,
        log_dir=str(tmp),
        display="none",
        log_level="warning",
        score_display=False,
    )
    assert log.status == "success", log.error
    return log


def reference_grades(log: EvalLog) -> dict[str, str | None]:
    """inspect_evals' grade per sample: "C", "I", or None (left unscored)."""
    out: dict[str, str | None] = {}
    for s in log.samples or []:
        (score,) = (s.scores or {}).values()
        out[str(s.id)] = score.value if isinstance(score.value, str) else None
    return out


def reference_prompts(log: EvalLog) -> dict[str, str]:
    """The judge request inspect_evals sent for each sample (its ``grading`` metadata)."""
    out: dict[str, str] = {}
    for s in log.samples or []:
        (score,) = (s.scores or {}).values()
        out[str(s.id)] = str((score.metadata or {})["grading"][0]["content"])
    return out


def reference_accuracy(log: EvalLog) -> float:
    """inspect_evals' headline: the mean grade (C = 1), over scored samples."""
    assert log.results is not None
    (score,) = log.results.scores
    return float(score.metrics["accuracy"].value)


def our_records(log: EvalLog) -> dict[str, SampleRecord]:
    """Our records by sample id."""
    return {r.sample_id: r for r in records_from_log(log)}
