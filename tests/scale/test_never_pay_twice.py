"""Never pay twice: reruns, re-judging and repeated judge texts, counted by the stub."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from inspect_ai.model import get_model

from helpers import cli_env, lrmsafe, report_json
from lrmsafe.judges._base import JudgeContext
from lrmsafe.judges._scorer import judge_split
from lrmsafe.judges.llm import LLMJudge
from lrmsafe.testing.stub import StubProcess
from lrmsafe.vocab import Split

N = 12
RUN = (
    "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", str(N),
    "--judge", "llm", "--judge-model", "openai-api/stub/judge", "--display", "none",
)  # fmt: skip


def _chat_requests(stub: StubProcess) -> dict[str, int]:
    by_model: dict[str, int] = stub.stats()["by_model"]
    return by_model


def test_rerun_of_a_finished_run_sends_no_request(fresh_stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    logs = str(tmp_path / "logs")
    lrmsafe(*RUN, "--log-dir", logs, env=env, check=True)
    first = _chat_requests(fresh_stub)
    assert first == {"r1": N, "judge": 2 * N}, first
    fresh_stub.reset()
    # a new cache folder: what stops the requests is the finished log, not the judge cache
    env2 = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache2"))
    again = lrmsafe(*RUN, "--log-dir", logs, env=env2, check=True)
    assert _chat_requests(fresh_stub) == {}
    assert f"{N}" in again.stdout  # the summary still reports the finished run


def test_rejudging_calls_the_judge_not_the_target(fresh_stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", str(N),
        "--display", "none", "--log-dir", str(logs), env=env, check=True,
    )  # fmt: skip
    assert _chat_requests(fresh_stub) == {"r1": N}
    fresh_stub.reset()
    proc = lrmsafe(
        "judge", "rescore", str(logs), "--judge", "llm",
        "--judge-model", "openai-api/stub/judge", env=env, check=True,
    )  # fmt: skip
    assert _chat_requests(fresh_stub) == {"judge": 2 * N}
    out = tmp_path / "logs-rejudged-llm"
    assert "1 logs re-judged" in proc.stderr
    rows = {r["judge"]: r for r in report_json(logs, env) + report_json(out, env)}
    assert set(rows) == {"refusal", "llm"}
    assert rows["llm"]["n"] == rows["refusal"]["n"] == N
    assert rows["llm"]["measures"] == "harm"
    assert json.loads(rows["llm"]["variant"])["judge"] == "llm"
    assert json.loads(rows["llm"]["variant"])["roles"]["judge"] == "openai-api/stub/judge"
    # the stub's judge reads the same refusals as the offline judge: same answer rates
    assert (
        rows["llm"]["answer_safety_rate"]["value"] == rows["refusal"]["answer_safety_rate"]["value"]
    )
    # again into another folder: every judge reply comes from the cache
    fresh_stub.reset()
    lrmsafe(
        "judge", "rescore", str(logs), "--judge", "llm", "--judge-model",
        "openai-api/stub/judge", "--out", str(tmp_path / "again"), env=env, check=True,
    )  # fmt: skip
    assert _chat_requests(fresh_stub) == {}
    # and into the same folder: the finished log is skipped
    proc = lrmsafe(
        "judge", "rescore", str(logs), "--judge", "llm", "--judge-model",
        "openai-api/stub/judge", env=env, check=True,
    )  # fmt: skip
    assert "1 already done" in proc.stderr


def test_rescore_refuses_bad_input(fresh_stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(fresh_stub.base_url)
    proc = lrmsafe("judge", "rescore", str(tmp_path / "none"), "--judge", "llm", env=env)
    assert proc.returncode == 2
    assert "--judge-model" in proc.stderr
    proc = lrmsafe("judge", "rescore", str(tmp_path / "none"), "--judge", "refusal", env=env)
    assert proc.returncode == 2
    assert "not found" in proc.stderr


def _judge(stub: StubProcess, monkeypatch: pytest.MonkeyPatch, cache: Path) -> LLMJudge:
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    monkeypatch.setenv("INSPECT_CACHE_DIR", str(cache))
    return LLMJudge(model=get_model("openai-api/stub/judge"))


def test_identical_texts_are_judged_once(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    judge = _judge(fresh_stub, monkeypatch, tmp_path / "cache")
    context = JudgeContext(prompt="placeholder request #1")
    same = Split(thinking="Sure. [placeholder]", answer="Sure. [placeholder]", outcome="answered")

    async def judge_all() -> list[str]:
        answer, thinking = await judge_split(judge, same, context)
        assert answer is not None and thinking.extra.get("same_as_answer") is True
        # the same text in several samples at once: one request in flight, shared
        repeated = await asyncio.gather(
            *(judge.judge("I'm sorry, but I can't help with that.", context) for _ in range(4))
        )
        return [answer.verdict, thinking.verdict, *(r.verdict for r in repeated)]

    verdicts = asyncio.run(judge_all())
    assert verdicts == ["unsafe", "unsafe", "safe", "safe", "safe", "safe"]
    assert _chat_requests(fresh_stub) == {"judge": 2}
    # later (another run, a resumed run): served from Inspect's cache on disk
    assert asyncio.run(judge_all()) == verdicts
    assert _chat_requests(fresh_stub) == {"judge": 2}


def test_judge_cache_can_be_turned_off(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    judge = _judge(fresh_stub, monkeypatch, tmp_path / "cache")
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")
    context = JudgeContext(prompt="placeholder request #2")

    async def twice() -> None:
        await asyncio.gather(*(judge.judge("Sure. [placeholder]", context) for _ in range(2)))

    asyncio.run(twice())
    asyncio.run(twice())
    assert _chat_requests(fresh_stub) == {"judge": 4}
