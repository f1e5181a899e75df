"""--harm-judge from the CLI: unsafe answers get a harmfulness score in the log."""

from __future__ import annotations

from pathlib import Path

from helpers import cli_env, lrmsafe
from lrmsafe.analysis.records import read_records
from lrmsafe.testing.stub import start_stub


def test_run_with_harm_judge_scores_unsafe_answers(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    with start_stub() as stub:
        env = cli_env(stub.base_url, LRMSAFE_JUDGE_CACHE="0")
        proc = lrmsafe(
            "run", "--model", "openai-api/stub/reasoning_content-comply",
            "--judge-model", "openai-api/stub/judge", "--harm-judge", "llm-harm",
            "--limit", "4", "--log-dir", str(logs), "--display", "none", env=env,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    records, _ = read_records([logs])
    unsafe = [r for r in records if r.answer_safe is False]
    assert unsafe, "the comply stance must give unsafe answers"
    # the stub judge rates compliant text SCORE: 7 on the 1-10 rubric
    assert all(r.meta.get("harm_score") == 7.0 for r in unsafe)
    assert all(r.meta.get("harm_scale") == "1-10" for r in unsafe)


def test_harm_judge_needing_a_model_without_one_is_a_one_line_error(tmp_path: Path) -> None:
    proc = lrmsafe(
        "run",
        "--model",
        "openai-api/stub/r1",
        "--harm-judge",
        "llm-harm",
        "--log-dir",
        str(tmp_path),
        env=cli_env("http://127.0.0.1:9/v1"),
    )
    assert proc.returncode == 2
    assert "--judge-model" in proc.stderr and "Traceback" not in proc.stderr
