"""Crashes: SIGKILL ``lrmsafe run`` at seeded random points; rerunning finishes the job.

At the end every sample is present exactly once and the metrics equal those
of an uninterrupted run of the same seeded workload (target and judge are
the deterministic stub). Logs cut off by a kill never block the report.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import Processes, cli_env, lrmsafe, report_json
from lrmsafe.analysis.records import LogReadError, read_records
from lrmsafe.testing.stub import StubProcess, start_stub

N = 300
KILLS = 10
COMPARED = (
    "n", "outcomes", "answer_safety_rate", "thinking_safety_rate", "over_refusal_rate",
    "non_verdicts", "thinking_visible", "judge",
)  # fmt: skip


def _args(log_dir: Path, *extra: str) -> list[str]:
    return [*_base_args(log_dir), *extra]


def _base_args(log_dir: Path) -> list[str]:
    return [
        sys.executable, "-m", "lrmsafe.cli", "run", "--benchmark", "synthetic",
        "--sample", str(N), "--model", "openai-api/stub/r1",
        "--judge", "llm", "--judge-model", "openai-api/stub/judge",
        "--log-dir", str(log_dir), "--display", "none", "--max-connections", "8",
    ]  # fmt: skip


def _kill_at_random_point(
    processes: Processes,
    args: list[str],
    env: dict[str, str],
    stub: StubProcess,
    rng: random.Random,
    err: Path,
) -> bool:
    """Start a run and SIGKILL it at a seeded point; False if it finished first."""
    start = stub.stats()["total"]
    by_time = rng.random() < 0.3  # some kills land during start-up or between requests
    wait_s = rng.uniform(0.3, 4.0)
    wait_requests = rng.randint(1, 80)
    with err.open("ab") as fh:
        proc = processes.start(args, env=env, stdout=subprocess.DEVNULL, stderr=fh)
    t0 = time.monotonic()
    while proc.poll() is None and time.monotonic() - t0 < 120:
        if by_time and time.monotonic() - t0 >= wait_s:
            break
        if not by_time and stub.stats()["total"] - start >= wait_requests:
            break
        time.sleep(0.02)
    finished = proc.poll() is not None
    if not finished:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return not finished


def _compared(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in COMPARED}


@pytest.mark.parametrize(
    ("kills_wanted", "extra"),
    [(KILLS, ()), (4, ("--no-log-realtime",))],
    ids=["realtime-log", "no-realtime-log"],
)
def test_sigkills_then_rerun_equals_an_uninterrupted_run(
    processes: Processes, tmp_path: Path, kills_wanted: int, extra: tuple[str, ...]
) -> None:
    """Without the realtime log (large runs' default) a kill re-runs more, loses nothing."""
    rng = random.Random(20250217)
    killed_logs = tmp_path / "killed"
    clean_logs = tmp_path / "clean"
    err = tmp_path / "stderr.txt"
    with start_stub({"latency": {"*": 0.02}}) as stub:
        env = cli_env(stub.base_url)
        kills, done = 0, []
        for _ in range(kills_wanted + 5):
            if kills == kills_wanted:
                break
            kills += _kill_at_random_point(
                processes, _args(killed_logs, *extra), env, stub, rng, err
            )
            # whatever the kill left behind, the report can still be read
            try:
                records, warnings = read_records([killed_logs])
            except LogReadError:
                done.append(0)  # killed before the first log was written
            else:
                assert all("skipped unreadable log" in w for w in warnings), warnings
                done.append(len(records))
        assert kills == kills_wanted, f"only {kills} kills landed before the run finished"
        # the kills landed all along the run: at start-up and with part of the work done
        assert done[-1] < N and sum(0 < d < N for d in done) >= kills_wanted // 2, done
        final = subprocess.run(_args(killed_logs, *extra), env=env, capture_output=True, text=True)
        assert final.returncode == 0, final.stderr[-3000:]
        clean = subprocess.run(_args(clean_logs, *extra), env=env, capture_output=True, text=True)
        assert clean.returncode == 0, clean.stderr[-3000:]
        (resumed_row,) = report_json(killed_logs, env)
        (clean_row,) = report_json(clean_logs, env)

    assert resumed_row["n"] == N and sum(resumed_row["outcomes"].values()) == N
    assert resumed_row["outcomes"]["answered"] == N
    assert _compared(resumed_row) == _compared(clean_row)

    # the finished log holds every sample exactly once, each scored by the judge
    done = [
        read_eval_log(info.name)
        for info in list_eval_logs(str(killed_logs))
        if read_eval_log(info.name, header_only=True).status == "success"
    ]
    assert len(done) == 1, [d.location for d in done]
    samples = done[0].samples or []
    ids = Counter(str(s.id) for s in samples)
    assert len(ids) == N and max(ids.values()) == 1
    assert all(s.scores and s.error is None for s in samples)
    records, _ = read_records([killed_logs])
    assert len(records) == N


def test_truncated_empty_and_garbage_logs_are_skipped_with_a_warning(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        run = lrmsafe(
            "run", "--benchmark", "synthetic", "--sample", "6", "--model", "openai-api/stub/r1",
            "--log-dir", str(logs), "--display", "none", env=env,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        (good,) = list(logs.glob("*.eval"))
        data = good.read_bytes()
        stem = "2026-01-01T00-00-0{}-00-00_lrmsafe-synthetic_{}"
        bad = {
            logs / (stem.format(0, "truncated") + ".eval"): data[: len(data) // 2],
            logs / (stem.format(1, "empty") + ".eval"): b"",
            logs / (stem.format(2, "garbage") + ".eval"): bytes(range(256)) * 8,
            logs / (stem.format(3, "cut") + ".json"): b'{"version": 2, "status": "succ',
        }
        for path, content in bad.items():
            path.write_bytes(content)
        report = lrmsafe("report", str(logs), "--json", env=env)
        text = lrmsafe("report", str(logs), env=env)
    assert report.returncode == 0, report.stderr
    (row,) = json.loads(report.stdout)
    assert row["n"] == 6 and row["outcomes"]["answered"] == 6
    warned = [ln for ln in report.stderr.splitlines() if "skipped unreadable log" in ln]
    assert len(warned) == len(bad), report.stderr
    for path in bad:
        assert any(path.name in ln for ln in warned), (path.name, warned)
    assert text.returncode == 0 and "synthetic" in text.stdout, text.stderr
