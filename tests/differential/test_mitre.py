"""MITRE, canonical protocol vs inspect_evals' own task (differential).

inspect_evals 0.26.0's ``cyse4_mitre`` task is built by its own function, with
only its dataset loader swapped for an in-memory dataset of the same prompts
(its loader downloads at run time; the samples are made by its own
``record_to_sample`` from the rows of our fixture in the augmented file's
schema): its solver, its scorer (regex refusal check, expansion, judge) and
its ``benign_percentage`` metric are its own. Our canonical task runs on the
same fixture (variant augmented); both against the same stub target and the
same stub judge model (expansion and judge), through ``inspect_ai.eval``.

The target is the stub's ``mixed`` model, on the prompts for which it answers
in a shape the reference sees as we see our answer: no thinking, thinking
separated by the provider (``reasoning_content``) or hidden, an answer cut at
the token limit. inspect_evals judges the whole completion, which for these
shapes is our answer text (thinking inline in the content would reach its
judge with the answer; we judge the thinking apart, by the study's design),
so the answer verdicts must be identical, sample by sample, and so must
benign% = (refusal + benign) / total.

Where inspect_evals departs from PurpleLlama (``mitre_benchmark.py`` @
ce55780) we follow PurpleLlama; the test whose name says so shows the one
departure the stub can see: an empty answer.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset
from inspect_ai.log import EvalLog

import lrmsafe.benchmarks.mitre as mitre
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "mitre"
ROWS: list[dict[str, Any]] = json.loads((FIXTURE / mitre.AUGMENTED_FILE).read_text())
TARGET = "mixed"
SEEN_ALIKE = ("plain", "reasoning_content", "hidden", "length")
"""The stub formats whose completion text is, for inspect_evals, our (non-empty) answer."""
NO_TEXT = ("empty", "content_filter")


def _shape(prompt: str) -> tuple[str, str]:
    profile = parse_model(TARGET)
    assert profile is not None
    return resolve(profile, prompt, None)


def _indexes(formats: tuple[str, ...]) -> list[int]:
    return [i for i, r in enumerate(ROWS) if _shape(r["mutated_prompt"])[0] in formats]


@pytest.fixture
def stub_env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    """The session stub, with the openai-api/stub provider pointed at it."""
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    yield stub


def _reference_log(
    indexes: list[int], judge: str, logs: Path, monkeypatch: pytest.MonkeyPatch
) -> EvalLog:
    """inspect_evals' own cyse4_mitre task; only its downloading loader is replaced."""
    task_module = importlib.import_module("inspect_evals.cyberseceval_4.mitre.task")
    dataset_module = importlib.import_module("inspect_evals.cyberseceval_4.mitre.dataset")
    samples = [dataset_module.record_to_sample(dict(ROWS[i])) for i in indexes]
    monkeypatch.setattr(task_module, "read_dataset", lambda **_: MemoryDataset(samples))
    model = f"openai-api/stub/{judge}"
    task = task_module.cyse4_mitre(expansion_llm=model, judge_llm=model)
    (log,) = inspect_eval(
        task, model=f"openai-api/stub/{TARGET}", log_dir=str(logs), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    return log


def _ours(indexes: list[int], judge: str, logs: Path) -> list[SampleRecord]:
    """Our canonical task on the same prompts (the fixture, chosen by id)."""
    task = mitre.mitre(judge="llm", data_dir=str(FIXTURE), protocol="canonical")
    meta = task.metadata or {}
    assert meta["protocol"] == "canonical" and meta["variant"] == "augmented"
    (log,) = inspect_eval(
        task, model=f"openai-api/stub/{TARGET}", model_roles={"judge": f"openai-api/stub/{judge}"},
        sample_id=[f"mitre-aug-{i:04d}" for i in indexes], log_dir=str(logs), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    records, problems = read_records([logs])
    assert not problems and len(records) == len(indexes)
    return records


def _theirs(log: EvalLog) -> dict[str, str]:
    """Per prompt: inspect_evals' verdict (refusal, benign, malicious, else)."""
    out = {}
    for s in log.samples or []:
        (score,) = (s.scores or {}).values()
        out[str(s.input)] = str((score.metadata or {})["verdict"])
    return out


def _mine(records: list[SampleRecord]) -> dict[str, str]:
    """Per prompt: our answer's verdict in PurpleLlama's four words ("-": not judged)."""
    return {r.prompt: str(r.part("answer").extras.get("mitre_verdict", "-")) for r in records}


def _benign_percentage(log: EvalLog) -> float:
    assert log.results is not None
    (scores,) = log.results.scores
    value: float = scores.metrics["benign_percentage"].value
    return value


def _our_benign(records: list[SampleRecord]) -> tuple[int, int, float]:
    """(benign answers, judged answers, the breakdown's benign_rate value)."""
    judged = [r for r in records if r.answer_safe is not None]
    bd = mitre.mitre_breakdown(records)
    rate = bd["answer"]["benign_rate"]
    assert rate is not None and rate["n"] == len(judged)
    return sum(bool(r.answer_safe) for r in judged), len(judged), float(str(rate["value"]))


def test_canonical_verdicts_and_benign_percentage_equal_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexes = _indexes(SEEN_ALIKE)
    stances = {_shape(ROWS[i]["mutated_prompt"])[1] for i in indexes}
    assert len(indexes) >= 10 and {"comply", "refuse"} <= stances
    ref = _reference_log(indexes, "judge", tmp_path / "ref", monkeypatch)
    records = _ours(indexes, "judge", tmp_path / "ours")
    theirs, mine = _theirs(ref), _mine(records)
    assert mine == theirs
    assert set(theirs.values()) == {"refusal", "malicious"}  # both steps were reached
    k, n, value = _our_benign(records)
    assert n == len(indexes)
    assert k / n == _benign_percentage(ref)
    assert value == round(100 * _benign_percentage(ref), 2)
    # the refusals were the regex's: no expansion for them
    for r in records:
        stage = r.part("answer").extras["stage"]
        assert stage == ("refusal" if theirs[r.prompt] == "refusal" else "verdict")
        assert ("expansion" in r.part("answer").extras) == (stage == "verdict")


def test_canonical_counts_an_unreadable_verdict_in_the_total_as_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A judge reply naming neither word (``judge-garbage``): PurpleLlama's else_count,
    in the total and not benign; inspect_evals agrees. Ours: unsafe, with the rule."""
    indexes = _indexes(SEEN_ALIKE)
    ref = _reference_log(indexes, "judge-garbage", tmp_path / "ref", monkeypatch)
    records = _ours(indexes, "judge-garbage", tmp_path / "ours")
    theirs, mine = _theirs(ref), _mine(records)
    assert mine == theirs
    assert set(theirs.values()) == {"refusal", "else"}
    elses = [r for r in records if theirs[r.prompt] == "else"]
    assert all(r.answer_verdict == "unsafe" for r in elses)
    assert all(r.part("answer").rule == mitre.ELSE_RULE for r in elses)
    k, n, value = _our_benign(records)
    assert (k, n) == (len(records) - len(elses), len(records))
    assert k / n == _benign_percentage(ref)
    assert value == round(100 * _benign_percentage(ref), 2)


def test_empty_answer_left_out_as_purplellama_not_judged_as_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """inspect_evals departs from PurpleLlama on an output without text: it expands
    and judges the empty string (the stub judge then reads it as malicious);
    PurpleLlama's ``process_judge_prompt`` raises on an empty response and its
    query loop drops the case, so it is not in the total. We follow PurpleLlama:
    the answer is not judged (its outcome is counted), and benign% over the rest
    equals inspect_evals' own verdicts with those cases dropped."""
    alike, empty = _indexes(SEEN_ALIKE), _indexes(NO_TEXT)
    assert empty
    indexes = sorted(alike + empty)
    ref = _reference_log(indexes, "judge", tmp_path / "ref", monkeypatch)
    records = _ours(indexes, "judge", tmp_path / "ours")
    theirs, mine = _theirs(ref), _mine(records)
    no_text = {ROWS[i]["mutated_prompt"] for i in empty}
    assert {p for p, v in mine.items() if v == "-"} == no_text
    assert all(theirs[p] == "malicious" for p in no_text)  # inspect_evals judged ""
    assert {p: v for p, v in theirs.items() if p not in no_text} == {
        p: v for p, v in mine.items() if p not in no_text
    }
    assert {r.outcome for r in records if r.prompt in no_text} <= {"empty", "filtered"}
    kept = [v for p, v in theirs.items() if p not in no_text]
    purplellama = sum(v in ("refusal", "benign") for v in kept) / len(kept)
    k, n, _ = _our_benign(records)
    assert n == len(alike) and k / n == purplellama
    assert _benign_percentage(ref) != purplellama
