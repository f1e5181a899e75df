"""``--judge X`` over several benchmarks says which X scores and which keep their own protocol."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")


def _notes(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("lrmsafe: note: ")]


def test_model_judge_names_the_benchmarks_it_scores(stub: StubProcess, tmp_path: Path) -> None:
    run = lrmsafe(
        "run", "--benchmark", "smoke,wildguard,xstest,injection", "--limit", "1",
        "--data-dir", str(SHARED_DATA), "--model", "openai-api/stub/r1",
        "--judge", "llm", "--judge-model", "openai-api/stub/judge", "--protocol", "hardened",
        "--log-dir", str(tmp_path / "logs"), "--display", "none",
        env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert _notes(run.stderr) == [
        "lrmsafe: note: --judge llm scores smoke, wildguard; their own judging protocol "
        "(on the judge model) scores xstest, injection"
    ], run.stderr[-2000:]


def test_offline_harm_judge_on_a_refusal_benchmark_is_noted(
    stub: StubProcess, tmp_path: Path
) -> None:
    """reward needs no judge model; XSTest measures refusal, so the refusal rule scores it."""
    run = lrmsafe(
        "run", "--benchmark", "smoke,xstest", "--limit", "1", "--data-dir", str(SHARED_DATA),
        "--model", "openai-api/stub/r1", "--judge", "reward", "--protocol", "hardened",
        "--log-dir", str(tmp_path / "logs"), "--display", "none",
        env=cli_env(
            stub.base_url, LRMSAFE_REWARD_MODEL="vllm:reward", LRMSAFE_REWARD_BASE_URL=stub.base_url
        ),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert _notes(run.stderr) == [
        "lrmsafe: note: --judge reward scores smoke; they measure refusal, so the offline "
        "refusal rule scores xstest"
    ], run.stderr[-2000:]


def test_no_note_when_the_chosen_judge_scores_every_benchmark(
    stub: StubProcess, tmp_path: Path
) -> None:
    run = lrmsafe(
        "run", "--benchmark", "smoke,xstest", "--limit", "1", "--data-dir", str(SHARED_DATA),
        "--model", "openai-api/stub/r1", "--protocol", "hardened",
        "--log-dir", str(tmp_path / "logs"), "--display", "none", env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert _notes(run.stderr) == [], run.stderr[-2000:]


def test_a_judge_not_named_is_called_the_default(stub: StubProcess, tmp_path: Path) -> None:
    """No ``--judge``: the note must not quote a flag the user never typed."""
    run = lrmsafe(
        "run", "--benchmark", "smoke,xstest", "--limit", "1", "--data-dir", str(SHARED_DATA),
        "--model", "openai-api/stub/r1", "--judge-model", "openai-api/stub/judge",
        "--protocol", "hardened",
        "--log-dir", str(tmp_path / "logs"), "--display", "none", env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert _notes(run.stderr) == [
        "lrmsafe: note: the default judge (llm) scores smoke; their own judging protocol "
        "(on the judge model) scores xstest"
    ], run.stderr[-2000:]
