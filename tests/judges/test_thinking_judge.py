"""``run --thinking-judge``: answers judged by one judge, thinking by another,
and the report says which judge made which column (end to end, stub server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from judges_harness import CTX, chat_requests, replay_eval, sample_meta, stub_model, user_text

from helpers import cli_env, lrmsafe, report_json
from lrmsafe._errors import UserError
from lrmsafe.judges import get_judge_info, make_judge
from lrmsafe.judges._scorer import safety_scorer
from lrmsafe.judges.perkind import PerKindJudge, parse_kinds
from lrmsafe.testing.stub import COMPLY_ANSWER, FENCE_RE, StubProcess

TARGET = "openai-api/stub/think_inline-think_comply_answer_refuse"


@pytest.fixture(autouse=True)
def _every_request_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")


def _fences(request: dict) -> set[str]:
    return {b.group(1) for b in FENCE_RE.finditer(user_text(request))} - {"PROMPT", "QUERY"}


def test_answers_and_thinking_by_different_judges(fresh_stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(fresh_stub.base_url, LRMSAFE_JUDGE_CACHE="0")
    logs = tmp_path / "logs"
    run = lrmsafe("run", "--model", TARGET, "--judge", "llm",
                  "--judge-model", "openai-api/stub/judge", "--thinking-judge", "reasoningshield",
                  "--log-dir", str(logs), "--display", "none", "--limit", "3", env=env,
                  check=True)  # fmt: skip
    assert "answers judged by llm, thinking by reasoningshield" in run.stdout
    (row,) = report_json(logs, env)
    assert row["answer_judge"] == "llm" and row["thinking_judge"] == "reasoningshield"
    assert row["judge"] == "kinds:llm|reasoningshield"
    assert row["answer_safety_rate"]["value"] == 100.0  # the answers refuse
    assert row["thinking_safety_rate"]["value"] == 0.0  # the thinking plans compliance
    assert row["levels"]["thinking"]["harmful"] == 3
    # each judge saw only its own kind of text
    requests = chat_requests(fresh_stub)
    shield = [r for r in requests if "The model's thinking:" in user_text(r)]
    rubric = [r for r in requests if "VERDICT: safe" in user_text(r)]
    assert len(shield) == 3 and len(rubric) == 3
    assert all(_fences(r) == {"THINKING"} for r in shield)
    assert all(_fences(r) == {"ANSWER"} for r in rubric)
    text = lrmsafe("report", str(logs), env=env, check=True).stdout
    assert "answer column judged by llm, thinking column by reasoningshield" in text


def test_thinking_judge_model_is_its_own_role(fresh_stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(fresh_stub.base_url, LRMSAFE_JUDGE_CACHE="0")
    logs = tmp_path / "logs"
    lrmsafe("run", "--model", TARGET, "--judge", "llm", "--judge-model", "openai-api/stub/judge",
            "--thinking-judge", "reasoningshield",
            "--thinking-judge-model", "openai-api/stub/judge-garbage",
            "--log-dir", str(logs), "--display", "none", "--limit", "2", env=env,
            check=True)  # fmt: skip
    (row,) = report_json(logs, env)
    assert row["answer_safety_rate"]["value"] == 100.0
    assert row["thinking_safety_rate"] is None
    assert row["non_verdicts"]["thinking"] == {"unparseable": 2}
    by_model = fresh_stub.stats()["by_model"]
    assert by_model["judge-garbage"] == 2 and by_model["judge"] == 2


def test_offline_answer_judge_with_a_thinking_guard(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    env = cli_env(fresh_stub.base_url, LRMSAFE_JUDGE_CACHE="0")
    logs = tmp_path / "logs"
    lrmsafe("run", "--model", TARGET, "--thinking-judge", "reasoningshield",
            "--thinking-judge-model", "openai-api/stub/judge",
            "--log-dir", str(logs), "--display", "none", "--limit", "2", env=env,
            check=True)  # fmt: skip
    (row,) = report_json(logs, env)
    assert row["answer_judge"] == "refusal" and row["thinking_judge"] == "reasoningshield"
    judged = [r for r in chat_requests(fresh_stub) if r["model"] == "judge"]
    assert len(judged) == 2 and all(_fences(r) == {"THINKING"} for r in judged)


def test_identical_thinking_and_answer_are_judged_by_each_judge(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    # a model that repeats its answer as its thinking: with one judge the
    # verdict is reused; with two, each column must be its own judge's
    output = f"<think>{COMPLY_ANSWER}</think>{COMPLY_ANSWER}"
    items = [{"id": "x", "prompt": CTX.prompt, "output": output}]
    roles = {"judge": stub_model(fresh_stub, "judge")}
    log = replay_eval(tmp_path, items, safety_scorer(judge="kinds:refusal|reasoningshield"), roles)
    meta = sample_meta(log)["x"]
    assert meta["answer_verdict"] == "full_compliance" and meta["answer_judge"] == "refusal"
    assert meta["thinking_judge"] == "reasoningshield"
    assert meta["thinking_verdict"] == "unsafe"
    assert meta["thinking_judge_extra"]["level"] == "harmful"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--thinking-judge-model", "openai-api/stub/judge"], "--thinking-judge-model needs"),
        (["--thinking-judge", "reasoningshield"], "needs a judge model: add --thinking-judge"),
        (["--thinking-judge", "nope"], "unknown judge 'nope'"),
        (["--thinking-judge", "refusal", "--thinking-judge-model", "openai-api/stub/judge"],
         "does not use a judge model"),
    ],
)  # fmt: skip
def test_bad_thinking_judge_flags(
    fresh_stub: StubProcess, tmp_path: Path, args: list[str], needle: str
) -> None:
    env = cli_env(fresh_stub.base_url)
    proc = lrmsafe("run", "--model", TARGET, "--log-dir", str(tmp_path / "l"), "--limit", "1",
                   "--display", "none", *args, env=env)  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("lrmsafe: error: ") and needle in line


def test_kinds_names() -> None:
    assert parse_kinds("ensemble:refusal+llm|reasoningshield@thinking_judge") == (
        "ensemble:refusal+llm", "reasoningshield", "thinking_judge"
    )  # fmt: skip
    with pytest.raises(UserError, match=r"kinds:ANSWER_JUDGE\|THINKING_JUDGE"):
        get_judge_info("kinds:llm")
    judge = make_judge("kinds:refusal|reasoningshield")
    assert isinstance(judge, PerKindJudge)
    assert judge.judge_for("answer").name == "refusal"
    assert judge.judge_for("thinking").name == "reasoningshield"
    assert get_judge_info("kinds:refusal|reasoningshield").needs_model is False
    proc = lrmsafe("list", check=True)
    assert "kinds:ANSWER|THINKING" in proc.stdout
