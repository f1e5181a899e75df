"""Inspect settings lrmsafe picks for throughput, and that they reach the logs."""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import cli_env, lrmsafe
from lrmsafe.benchmarks import TaskOptions, build_task
from lrmsafe.runner import LARGE_RUN, inspect_perf_settings, planned_samples
from lrmsafe.testing.stub import StubProcess


def test_planned_samples_follow_limit_and_shard_ranges() -> None:
    tasks = [
        build_task("synthetic", TaskOptions(sample=700)),
        build_task("synthetic", TaskOptions(sample=500)),
    ]
    assert planned_samples(tasks, None) == [700, 500]
    assert planned_samples(tasks, 100) == [100, 100]
    assert planned_samples(tasks, (450, 650)) == [200, 50]


@pytest.mark.parametrize(
    ("samples", "asked", "realtime", "buffer"),
    [
        ([LARGE_RUN - 1], None, True, None),
        ([LARGE_RUN // 2, LARGE_RUN // 2], None, False, 10),
        ([20_000, 500], None, False, 200),
        ([LARGE_RUN], True, True, None),
        ([10], False, False, 10),
    ],
)
def test_realtime_log_is_off_for_large_runs_unless_asked(
    samples: list[int], asked: bool | None, realtime: bool, buffer: int | None
) -> None:
    got = inspect_perf_settings(64, judged_by_model=True, log_realtime=asked, samples=samples)
    assert got["max_samples"] == 128 and got["score_display"] is False
    if realtime:
        assert "log_realtime" not in got and "log_buffer" not in got
    else:
        # the buffer grows with the largest task: ~100 flushes of the log at most
        assert got["log_realtime"] is False and got["log_buffer"] == buffer
    # without a model judge, samples hold no slot while judged: Inspect's default
    assert "max_samples" not in inspect_perf_settings(64, judged_by_model=False)


def _config(log_dir: Path) -> dict[str, object]:
    (info,) = list_eval_logs(str(log_dir))
    return read_eval_log(info.name, header_only=True).eval.config.model_dump()


@pytest.mark.parametrize(
    ("flags", "realtime", "buffer"),
    [((), True, None), (("--no-log-realtime",), False, 10)],
    ids=["default-small-run", "no-log-realtime"],
)
def test_the_settings_reach_inspect(
    fresh_stub: StubProcess,
    tmp_path: Path,
    flags: tuple[str, ...],
    realtime: bool | None,
    buffer: int | None,
) -> None:
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", "6",
        "--judge-model", "openai-api/stub/judge", "--max-connections", "3",
        "--display", "none", "--log-dir", str(logs), *flags,
        env=cli_env(fresh_stub.base_url), check=True,
    )  # fmt: skip
    config = _config(logs)
    assert config["max_samples"] == 6 and config["score_display"] is False
    assert config["log_realtime"] is realtime
    if buffer is not None:
        assert config["log_buffer"] == buffer


def test_control_server_is_off_unless_the_user_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inspect's live-control server (``inspect ctl``) costs start-up; on only when asked."""
    monkeypatch.delenv("INSPECT_EVAL_CTL_SERVER", raising=False)
    assert inspect_perf_settings(64)["ctl_server"] is False
    monkeypatch.setenv("INSPECT_EVAL_CTL_SERVER", "true")
    assert "ctl_server" not in inspect_perf_settings(64)  # Inspect reads the variable itself
