"""The run's summary comes from records collected as samples ended, not a second read.

Each test runs the real runner against the stub server and compares what it
collected with what reading the logs back gives (the ground truth): the same
records, or None where they could differ (a rerun that only reuses logs).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.runner import RunOptions, RunResult, run
from lrmsafe.testing.stub import StubProcess

M = "openai-api/stub/r1"
J = "openai-api/stub/judge"


@pytest.fixture
def stub_env(fresh_stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> StubProcess:
    monkeypatch.setenv("STUB_BASE_URL", fresh_stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    return fresh_stub


def _key(rec: SampleRecord) -> tuple[str, str, str, str, int]:
    return (rec.model, rec.benchmark, rec.variant, rec.sample_id, rec.epoch)


def _as_read(records: list[SampleRecord]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(r) for r in sorted(records, key=_key)]


def _run(log_dir: Path, **kw: Any) -> RunResult:
    opts = RunOptions(
        model=M, benchmark="synthetic", judge="llm", judge_model=J, log_dir=str(log_dir),
        display="none", **kw,
    )  # fmt: skip
    return run(opts)


def test_fresh_run_collects_exactly_what_the_logs_hold(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    result = _run(tmp_path / "logs", sample=12)
    assert result.success
    assert result.records is not None, "a fresh run's summary must not re-read its logs"
    read, warnings = read_records([tmp_path / "logs"])
    assert warnings == []
    assert len(read) == 12
    assert _as_read(result.records) == _as_read(read)


def test_errored_samples_and_retries_are_collected_as_read(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    stub_env.configure({"faults": {"rate_5xx": 0.9}, "fault_models": "r1"})
    result = _run(tmp_path / "logs", sample=16, max_retries=0)
    assert result.records is not None
    read, _ = read_records([tmp_path / "logs"])
    assert any(r.outcome == "error" for r in read), "the fault rate should end some samples"
    assert any(r.retries_by_kind for r in read)
    assert _as_read(result.records) == _as_read(read)


def test_rerun_with_nothing_to_do_reads_the_logs(stub_env: StubProcess, tmp_path: Path) -> None:
    _run(tmp_path / "logs", sample=5)
    again = _run(tmp_path / "logs", sample=5)
    assert stub_env.stats()["by_model"] == {"r1": 5, "judge": 10}  # nothing sent the 2nd time
    assert again.records is None  # no sample ended here: the summary reads the logs


def test_run_prints_the_same_summary_as_a_read(stub: StubProcess, tmp_path: Path) -> None:
    """The CLI's table from collected records equals the table from a read (the rerun)."""
    stub.reset()
    env = cli_env(stub.base_url)
    args = (
        "run", "--model", M, "--benchmark", "synthetic", "--sample", "9", "--judge", "llm",
        "--judge-model", J, "--display", "none", "--log-dir", str(tmp_path / "logs"),
    )  # fmt: skip
    first = lrmsafe(*args, env=env, check=True)
    second = lrmsafe(*args, env=env, check=True)

    def table(out: str) -> str:  # a rerun also prints Inspect's "Completed all tasks" line
        return out[out.index("model ") :]

    assert "synthetic" in table(first.stdout)
    assert "hooks enabled" not in first.stdout + first.stderr  # Inspect's hook banner
    assert table(first.stdout) == table(second.stdout)
