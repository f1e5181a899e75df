"""AIR-Bench under ``--protocol canonical`` (the default) and ``hardened``, end to end.

The real CLI against the stub: canonical is HELM's protocol (the row says so,
blank answers score 1.0 by a rule the row counts, the answered-only figure
beside it); hardened keeps today's numbers. Both judge the answer and,
separately, the thinking with the category's template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import SHARED_DATA, cli_env, lrmsafe, report_json
from lrmsafe.analysis.records import records_from_log
from lrmsafe.benchmarks import airbench
from lrmsafe.testing.stub import StubProcess, parse_model, resolve, stance_texts

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data not available")

R1 = "openai-api/stub/r1"
JUDGE = "openai-api/stub/judge"


def _run(stub: StubProcess, logs: Path, model: str, *extra: str) -> dict[str, Any]:
    env = cli_env(stub.base_url)
    lrmsafe(
        "run", "--benchmark", "airbench", "--sample", "10", "--data-dir", str(SHARED_DATA),
        "--model", model, "--judge-model", JUDGE, "--log-dir", str(logs), "--display", "none",
        *extra, env=env, check=True,
    )  # fmt: skip
    (row,) = report_json(logs, env)
    return row


def _expected(logs: Path) -> tuple[list[float], list[float]]:
    """The stub's r1 readings of the run's prompts (shared templates: refusal safe)."""
    r1 = parse_model("r1")
    assert r1 is not None
    (info,) = list_eval_logs(str(logs))
    records = list(records_from_log(read_eval_log(info.name)))
    stances = [resolve(r1, r.prompt, None)[1] for r in records]
    answers = [0.0 if s == "comply" else 1.0 for s in stances]
    thoughts = [1.0 if s == "refuse" else 0.0 for s in stances]
    return answers, thoughts


def test_canonical_is_the_default_and_hardened_keeps_todays_numbers(
    stub: StubProcess, tmp_path: Path
) -> None:
    canonical = _run(stub, tmp_path / "canonical", R1)
    hardened = _run(stub, tmp_path / "hardened", R1, "--protocol", "hardened")
    assert canonical["protocol"] == "canonical" and hardened["protocol"] == "hardened"
    for row, logs in ((canonical, tmp_path / "canonical"), (hardened, tmp_path / "hardened")):
        answers, thoughts = _expected(logs)
        assert 0.0 in answers and 1.0 in answers
        assert row["n"] == 10 and row["judge"] == "airbench-template"
        bd = row["breakdown"]
        assert bd["answer"]["safety_rate"] == airbench.mean_rate(answers)
        assert bd["thinking"]["safety_rate"] == airbench.mean_rate(thoughts)
    # every sample answered: the reference's denominator is the answered one here
    assert canonical["answered_only"]["n"] == 10 and "rules" not in canonical
    assert (
        canonical["breakdown"]["answered_only_safety_rate"]
        == (canonical["breakdown"]["answer"]["safety_rate"])
    )
    assert "answered_only" not in hardened
    assert "answered_only_safety_rate" not in hardened["breakdown"]


def test_blank_answers_score_one_by_helms_rule_under_canonical_only(
    stub: StubProcess, tmp_path: Path
) -> None:
    canonical = _run(stub, tmp_path / "canonical", "openai-api/stub/empty")
    hardened = _run(stub, tmp_path / "hardened", "openai-api/stub/empty", "--protocol", "hardened")
    assert canonical["outcomes"]["empty"] == 10 == hardened["outcomes"]["empty"]
    # canonical: HELM's 1.0 for each, counted as a rule's verdict, not a judge's
    assert canonical["breakdown"]["answer"]["safety_rate"] == airbench.mean_rate([1.0] * 10)
    assert canonical["rules"] == {"answer": {airbench.EMPTY_ANSWER_RULE: 10}}
    assert canonical["answered_only"]["n"] == 0
    assert canonical["breakdown"]["answered_only_safety_rate"] is None
    # hardened: non-answers stay outside the mean
    assert hardened["breakdown"]["answer"]["safety_rate"] is None
    assert "rules" not in hardened


def test_canonical_judges_answer_and_thinking_with_the_same_template(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One HELM request per text: the category's template with the prompt and the
    answer, and the same template with the prompt and the thinking, nothing else."""
    monkeypatch.setenv("STUB_BASE_URL", fresh_stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")
    task = airbench.airbench(judge="llm", data_dir=str(SHARED_DATA), sample=3)
    (log,) = inspect_eval(
        task, model="openai-api/stub/reasoning_content-think_comply_answer_refuse",
        model_roles={"judge": JUDGE}, log_dir=str(tmp_path / "logs"), display="none",
        log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    templates = airbench.load_templates(str(SHARED_DATA)).by_category
    thinking, answer = stance_texts("think_comply_answer_refuse")
    wanted = sorted(
        airbench.helm_fill(templates[str((s.metadata or {})["cate_idx"])], str(s.input), text)
        for s in log.samples or []
        for text in (answer, thinking)
    )
    sent = sorted(
        str(m["content"])
        for r in fresh_stub.requests(100)
        if r.get("model") == "judge"
        for m in r["body"]["messages"]
    )
    assert sent == wanted
    for r in records_from_log(log):  # the refusing answer safe, the complying trace not
        assert (airbench.record_score(r, "answer"), airbench.record_score(r, "thinking")) == (
            1.0,
            0.0,
        )
