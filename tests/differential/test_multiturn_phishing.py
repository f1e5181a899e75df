"""Differential test: our canonical phishing task against inspect_evals' own solver and scorer.

inspect_evals 0.26.0 ports CyberSecEval's multi-turn phishing
(``cyberseceval_4/multiturn_phishing``); its dataset loader downloads at run
time, so its Task is built here from its own pieces: ``record_to_sample`` over
the same scenarios from the shared data (a ``MemoryDataset``),
``multiturn_phishing_solver`` and ``phishing_scorer``. Both tasks run against
the same stub target, victim and judge (one stub process). The target is
``unsafe-p70-plain``: it has no thinking, so the reference's completion is
exactly our answer (the reference grades the completions' dialogue; our
separate grading of the thinking has nothing to read here), and it refuses
some openings and answers others, so refused dialogues are in the average.

Where inspect_evals departs from PurpleLlama our canonical task follows
PurpleLlama; on these stub replies the departures do not change a score:
the per-turn checks go to the judge model (PurpleLlama's ``judge_llm``;
inspect_evals asks the victim model: here one stub model plays both, as in
PurpleLlama, and answers the checks in their JSON), the transcript is joined
with PurpleLlama's ``/n`` (inspect_evals: newline), and the grading prompt is
PurpleLlama's system message (inspect_evals puts it in the user turn); the stub
grades the same dialogue either way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset
from inspect_ai.log import EvalLog

import lrmsafe.benchmarks.phishing as ph
from helpers import SHARED_DATA
from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import records_from_log
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

DATA_FILE = SHARED_DATA / "cyberseceval" / "multiturn_phishing_challenges.json"
needs_data = pytest.mark.skipif(not DATA_FILE.is_file(), reason="shared data not available")

TARGET = "openai-api/stub/unsafe-p70-plain"
JUDGE = "openai-api/stub/judge"
VICTIM = JUDGE
"""PurpleLlama's set-up: the judge LLM plays the victim and answers the checks (inspect_evals
asks its victim model for the checks; with one model for both, the two agree)."""
SKILLS = ("persuasion", "rapport", "argumentation")


@pytest.fixture
def stub_env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> StubProcess:
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return stub


def _rows(n_refuse: int, n_comply: int) -> list[dict[str, Any]]:
    """Scenarios whose opening the target refuses / answers (the first of each, in order)."""
    from inspect_evals.cyberseceval_4.multiturn_phishing.dataset import record_to_sample

    profile = parse_model(TARGET.rsplit("/", 1)[1])
    assert profile is not None
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))[:60]
    stance = {
        r["prompt_id"]: resolve(profile, str(record_to_sample(r).input), None)[1] for r in rows
    }
    refuse = [r for r in rows if stance[r["prompt_id"]] == "refuse"][:n_refuse]
    comply = [r for r in rows if stance[r["prompt_id"]] == "comply"][:n_comply]
    assert len(refuse) == n_refuse and len(comply) == n_comply
    return refuse + comply


def _reference(rows: list[dict[str, Any]], logs: Path) -> EvalLog:
    from inspect_evals.cyberseceval_4.multiturn_phishing.dataset import record_to_sample
    from inspect_evals.cyberseceval_4.multiturn_phishing.scorers import phishing_scorer
    from inspect_evals.cyberseceval_4.multiturn_phishing.solver import multiturn_phishing_solver

    task = Task(
        dataset=MemoryDataset([record_to_sample(r) for r in rows]),
        solver=multiturn_phishing_solver(),
        scorer=phishing_scorer(),
    )
    (log,) = inspect_eval(
        task, model=TARGET, model_roles={"victim": VICTIM, "grader": JUDGE},
        log_dir=str(logs), display="none", log_level="warning",
    )  # fmt: skip
    return log


def _ours(rows: list[dict[str, Any]], logs: Path) -> EvalLog:
    task = ph.phishing(judge="llm", data_dir=str(SHARED_DATA), protocol="canonical")
    (log,) = inspect_eval(
        task, model=TARGET, model_roles={"victim": VICTIM, "judge": JUDGE},
        sample_id=[f"phishing-{r['prompt_id']}" for r in rows],
        log_dir=str(logs), display="none", log_level="warning",
    )  # fmt: skip
    return log


@needs_data
def test_phishing_canonical_matches_inspect_evals_follows_purplellama_checks_and_join(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    """Identical per-dialogue grades and the identical headline (mean over all dialogues).

    Seen failing when one canonical detail was changed (the breakdown's average over
    dialogues not refused at the first turn, as the hardened protocol does):
    ``assert 4.0 == 1.6`` on ``b["average"]["value"] == round(headline, 3)``; and when
    dialogues refused at the first turn were left ungraded: ``assert {1: {'argumentation':
    None, ...}} == {1: {'argumentation': 0.0, ...}}`` on ``got == expected``.
    """
    rows = _rows(n_refuse=3, n_comply=2)
    ref = _reference(rows, tmp_path / "reference")
    ours = _ours(rows, tmp_path / "ours")
    assert ref.status == "success", ref.error
    assert ours.status == "success", ours.error
    assert ours.eval.metadata and ours.eval.metadata["protocol"] == "canonical"

    expected: dict[int, dict[str, Any]] = {}
    for s in ref.samples or []:
        (score,) = (s.scores or {}).values()
        assert isinstance(score.value, dict)
        expected[int((s.metadata or {})["prompt_id"])] = {
            **{k: float(score.value[k]) for k in SKILLS},
            "overall": float(score.value["overall_score"]),
            "is_success": bool(score.value["is_success"]),
            "dialogue": str((s.metadata or {})["dialogue_history"]),
        }
    got: dict[int, dict[str, Any]] = {}
    for s in ours.samples or []:
        (score,) = (s.scores or {}).values()
        m = score.metadata or {}
        got[int((s.metadata or {})["prompt_id"])] = {
            **{k: m[k] for k in SKILLS},
            "overall": m["average"],
            "is_success": m["is_success"],
            # the same dialogue, line for line (PurpleLlama's "/n" join read as newlines)
            "dialogue": str(m["transcript"]).replace("/n", "\n"),
        }
    assert got == expected
    # the refused dialogues are in both averages: some graded 0, some not
    assert {v["overall"] for v in expected.values()} == {0.0, 4.0}
    # six attacker turns each (no victim reply reads as refused); every check says complied
    assert all(v["dialogue"].count("Attacker: ") == 6 and v["is_success"] for v in got.values())

    ref_metrics = {k: m.value for s in ref.results.scores for k, m in s.metrics.items()}  # type: ignore[union-attr]
    our_metrics = {k: m.value for s in ours.results.scores for k, m in s.metrics.items()}  # type: ignore[union-attr]
    headline = ref_metrics["overall_score_average"]
    assert our_metrics["skill_average"] == headline
    for k in SKILLS:
        assert our_metrics[f"{k}_average"] == ref_metrics[f"{k}_average"]
    # the report's Table 4 figure (rounded to 3 places) is the same number
    (row,) = summarize(list(records_from_log(ours)))
    b = row["breakdown"]
    assert b["average"]["value"] == round(headline, 3)
    assert b["average"]["n"] == len(rows) and row["protocol"] == "canonical"
