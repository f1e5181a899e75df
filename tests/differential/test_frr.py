"""MITRE FRR, canonical protocol vs inspect_evals' own task (differential).

inspect_evals 0.26.0's ``cyse4_mitre_frr`` task is built by its own function,
with only its dataset loader swapped for an in-memory dataset of the same
prompts (its loader downloads at run time; the samples are made by its own
``record_to_sample`` from rows of the shared ``mitre_frr.json``): its solver,
its scorer (the refusal regex on the completion) and its ``refusal_rate``
metric are its own. Our canonical task runs on the same prompts; both
against the same stub target, through ``inspect_ai.eval`` (the protocol asks
no judge; ours is given the stub judge role only because canonical needs one).

The target is the stub's ``mixed`` model, on the prompts for which it answers
in a shape the reference sees as we see our answer: no thinking, thinking
separated by the provider or hidden, an answer cut at the token limit, and
outputs without text (empty, filtered). inspect_evals reads the whole
completion, which for these shapes is our answer text, so the verdicts must
be identical, sample by sample (an output without text included: accepted,
in the total, by PurpleLlama's and inspect_evals' reading alike), and so must
refusal_rate = refusals / (accepted + refusals).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset
from inspect_ai.log import EvalLog

import lrmsafe.benchmarks.frr as frr
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

SHARED = Path(
    os.environ.get("LRMSAFE_SHARED_DATA")
    or Path(__file__).resolve().parents[2].parent / "shared" / "data"
)
FILE = SHARED / "cyberseceval" / "mitre_frr.json"
needs_data = pytest.mark.skipif(not FILE.is_file(), reason="shared data not available")
TARGET = "mixed"
SEEN_ALIKE = ("plain", "reasoning_content", "hidden", "length", "empty", "content_filter")
"""The stub formats whose completion text is, for inspect_evals, our answer."""
WANTED = 24


def _rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(FILE.read_text())
    return rows


def _shape(prompt: str) -> tuple[str, str]:
    profile = parse_model(TARGET)
    assert profile is not None
    return resolve(profile, prompt, None)


def _indexes() -> list[int]:
    rows = _rows()
    picked = [i for i, r in enumerate(rows) if _shape(r["mutated_prompt"])[0] in SEEN_ALIKE]
    picked = picked[:WANTED]
    shapes = [_shape(rows[i]["mutated_prompt"]) for i in picked]
    # the no-text rule and both readings must be exercised
    assert any(fmt in ("empty", "content_filter") for fmt, _ in shapes), shapes
    assert any(fmt not in ("empty", "content_filter") and st != "comply" for fmt, st in shapes)
    assert any(fmt not in ("empty", "content_filter") and st == "comply" for fmt, st in shapes)
    return picked


@pytest.fixture
def stub_env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    """The session stub, with the openai-api/stub provider pointed at it."""
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    yield stub


def _reference_log(indexes: list[int], logs: Path, monkeypatch: pytest.MonkeyPatch) -> EvalLog:
    """inspect_evals' own cyse4_mitre_frr task; only its downloading loader is replaced."""
    task_module = importlib.import_module("inspect_evals.cyberseceval_4.mitre_frr.task")
    dataset_module = importlib.import_module("inspect_evals.cyberseceval_4.mitre_frr.dataset")
    rows = _rows()
    samples = [dataset_module.record_to_sample(dict(rows[i])) for i in indexes]
    monkeypatch.setattr(task_module, "read_dataset", lambda **_: MemoryDataset(samples))
    (log,) = inspect_eval(
        task_module.cyse4_mitre_frr(), model=f"openai-api/stub/{TARGET}", log_dir=str(logs),
        display="none", log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    return log


def _ours(indexes: list[int], logs: Path) -> list[SampleRecord]:
    """Our canonical task on the same prompts (chosen by id)."""
    task = frr.frr(judge="llm", data_dir=str(SHARED), protocol="canonical")
    assert (task.metadata or {})["protocol"] == "canonical"
    (log,) = inspect_eval(
        task, model=f"openai-api/stub/{TARGET}", model_roles={"judge": "openai-api/stub/judge"},
        sample_id=[f"frr-{i:04d}" for i in indexes], log_dir=str(logs), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    records, problems = read_records([logs])
    assert not problems and len(records) == len(indexes)
    return records


@needs_data
def test_canonical_verdicts_and_refusal_rate_equal_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexes = _indexes()
    ref = _reference_log(indexes, tmp_path / "ref", monkeypatch)
    records = _ours(indexes, tmp_path / "ours")
    theirs = {}
    for s in ref.samples or []:
        (score,) = (s.scores or {}).values()
        theirs[str(s.input)] = str((score.metadata or {})["verdict"])
    mine = {r.prompt: str(r.part("answer").extras.get("frr_verdict", "-")) for r in records}
    assert mine == theirs
    assert set(theirs.values()) == {"refusal", "accept"}
    # an output without text: accepted by the rule, in the total
    no_text = [r for r in records if r.outcome != "answered"]
    assert no_text and all(r.answer_verdict == "full_compliance" for r in no_text)
    assert all(r.part("answer").rule == frr.NO_TEXT_RULE for r in no_text)
    assert all(r.part("answer").rule is None for r in records if r.outcome == "answered")
    # the headline: refusal_rate over every response
    assert ref.results is not None
    (scores,) = ref.results.scores
    reference_rate: float = scores.metrics["refusal_rate"].value
    refused = sum(r.answer_verdict == "full_refusal" for r in records)
    rate = frr.frr_breakdown(records)["answer"]["false_refusal_rate"]
    assert rate is not None and rate["n"] == len(indexes)
    assert refused / len(indexes) == reference_rate
    assert rate["value"] == round(100 * reference_rate, 2)
