"""Never pay twice: reruns, re-judging and repeated judge texts, counted by the stub."""

from __future__ import annotations

import asyncio
import json
import subprocess
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


def _run_unjudged(stub: StubProcess, tmp_path: Path, env: dict[str, str]) -> Path:
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", str(N),
        "--display", "none", "--log-dir", str(logs), env=env, check=True,
    )  # fmt: skip
    stub.reset()
    return logs


def _rescore(logs: Path, judge_model: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return lrmsafe(
        "judge", "rescore", str(logs), "--judge", "llm", "--judge-model",
        f"openai-api/stub/{judge_model}", env=env,
    )  # fmt: skip


def test_rescore_with_another_judge_model_judges_again(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """The identity of a re-judged result holds the judge model: B after A asks B."""
    env = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    logs = _run_unjudged(fresh_stub, tmp_path, env)
    first = _rescore(logs, "judge", env)
    assert first.returncode == 0, first.stderr
    assert {r["model"] for r in fresh_stub.requests(1000)} == {"judge"}
    fresh_stub.reset()
    second = _rescore(logs, "judge-echo", env)
    assert second.returncode == 0, second.stderr
    assert "1 logs re-judged, 0 already done" in second.stderr
    models = [r["model"] for r in fresh_stub.requests(1000)]
    assert models == ["judge-echo"] * (2 * N), models
    out = tmp_path / "logs-rejudged-llm"
    roles = {json.loads(r["variant"])["roles"]["judge"] for r in report_json(out, env)}
    assert roles == {"openai-api/stub/judge", "openai-api/stub/judge-echo"}
    # each one is done now: neither is asked again
    fresh_stub.reset()
    for model in ("judge", "judge-echo"):
        again = _rescore(logs, model, env)
        assert again.returncode == 0 and "1 already done" in again.stderr, again.stderr
    assert fresh_stub.requests(1000) == []


def test_rescore_with_a_judge_that_always_fails_is_an_error_not_done(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    env = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    logs = _run_unjudged(fresh_stub, tmp_path, env)
    for _ in range(2):  # the failed result is not "done": the second try asks again
        fresh_stub.reset()
        proc = _rescore(logs, "judge-not-served", env)
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("lrmsafe: error: "), lines
        assert "404" in lines[0] and "judge" in lines[0]
        assert fresh_stub.stats()["by_model"].get("judge-not-served", 0) > 0
    # and a working judge model afterwards is not blocked by it
    fresh_stub.reset()
    ok = _rescore(logs, "judge", env)
    assert ok.returncode == 0 and "1 logs re-judged" in ok.stderr, ok.stderr


def test_rescore_at_another_endpoint_replaces_the_result(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """The same judge model name at another endpoint is another judge: judged again,
    and the older result of that variant is replaced (a report shows one)."""
    env = cli_env(fresh_stub.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    logs = _run_unjudged(fresh_stub, tmp_path, env)
    assert _rescore(logs, "judge", env).returncode == 0
    other = cli_env(fresh_stub.base_url + "/", INSPECT_CACHE_DIR=str(tmp_path / "cache"))
    fresh_stub.reset()
    proc = _rescore(logs, "judge", other)
    assert proc.returncode == 0 and "1 logs re-judged, 0 already done" in proc.stderr, proc.stderr
    assert [r["model"] for r in fresh_stub.requests(1000)] == ["judge"] * (2 * N)
    out = tmp_path / "logs-rejudged-llm"
    assert len(list(out.glob("*.eval"))) == 1
    (row,) = report_json(out, env)
    assert row["n"] == N
