"""End to end: the real CLI against the real stub server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import Processes, cli_env, lrmsafe, report_json
from lrmsafe.testing.stub import start_stub


def test_run_then_report_judges_thinking_and_answer_separately(tmp_path: Path) -> None:
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        logs = tmp_path / "logs"
        run = lrmsafe(
            "run", "--model", "openai-api/stub/think_inline-think_comply_answer_refuse",
            "--log-dir", str(logs), "--display", "none", "--limit", "10", env=env,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "measures refusal, not harm" in run.stdout
        rows = report_json(logs, env)
    assert len(rows) == 1
    row = rows[0]
    assert row["model"] == "openai-api/stub/think_inline-think_comply_answer_refuse"
    assert row["benchmark"] == "smoke"
    assert row["n"] == 10
    assert row["outcomes"]["answered"] == 10
    # the stub's answers refuse while its thinking complies: judged separately
    harmful = row["answer_safety_rate"]["n"]
    assert harmful >= 1
    assert row["answer_safety_rate"]["value"] == 100.0
    assert row["thinking_safety_rate"]["value"] == 0.0
    assert row["thinking_safety_rate"]["n"] == harmful
    lo, hi = row["thinking_safety_rate"]["ci"]
    assert lo == 0.0 and 0 < hi < 100


def test_every_outcome_appears_for_matching_stub_replies(tmp_path: Path) -> None:
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        logs = tmp_path / "logs"
        run = lrmsafe(
            "run", "--model", "openai-api/stub/mixed", "--log-dir", str(logs),
            "--display", "none", "--max-retries", "0", "--max-connections", "8", env=env,
        )  # fmt: skip
        assert run.returncode in (0, 1), run.stderr
        rows = report_json(logs, env)
    (row,) = rows
    assert row["n"] == 60, row
    for outcome in ("answered", "budget_exhausted", "empty", "filtered", "error"):
        assert row["outcomes"][outcome] > 0, (outcome, row["outcomes"])
    assert sum(row["outcomes"].values()) == 60
    # thinking was visible for some (reasoning_content/inline/close-only/multi) and judged
    assert row["thinking_visible"] > 0
    assert row["thinking_safety_rate"] is not None


def test_hidden_reasoning_reports_thinking_as_not_visible(tmp_path: Path) -> None:
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        logs = tmp_path / "logs"
        lrmsafe(
            "run",
            "--model",
            "openai-api/stub/hidden-refuse",
            "--log-dir",
            str(logs),
            "--display",
            "none",
            "--limit",
            "4",
            env=env,
            check=True,
        )
        (row,) = report_json(logs, env)
    assert row["thinking_safety_rate"] is None
    assert row["thinking_visible"] == 0
    assert row["answer_safety_rate"]["value"] == 100.0


def _count_done(log_dir: Path) -> int:
    from lrmsafe.analysis.records import read_records

    try:
        records, _ = read_records([log_dir])
    except Exception:
        return 0
    return len(records)


def test_sigkill_midway_then_rerun_finishes_without_redoing(
    processes: Processes, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    with start_stub({"latency": {"*": 0.15}}) as stub:
        env = cli_env(stub.base_url)
        args = [
            sys.executable, "-m", "lrmsafe.cli", "run", "--model", "openai-api/stub/r1",
            "--log-dir", str(logs), "--display", "none", "--max-connections", "2",
        ]  # fmt: skip
        proc = processes.start(args, env=env, stdout=subprocess.DEVNULL)
        while stub.stats()["total"] < 25:  # an event; pytest-timeout bounds a hang
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        before = stub.stats()["total"]
        assert 25 <= before < 60
        rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        second = stub.stats()["total"] - before
        rows = report_json(logs, env)
    (row,) = rows
    assert row["n"] == 60
    assert sum(row["outcomes"].values()) == 60
    # finished samples were not redone: only the missing ones (plus those in flight) ran again
    assert second <= 60 - before + 4, (before, second)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["run", "--suite", "nope"], "unknown suite 'nope'"),
        (["run", "--benchmark", "nope"], "unknown benchmark 'nope'"),
        (["run", "--judge", "nope", "--model", "openai-api/stub/r1"], "unknown judge 'nope'"),
        (["run", "--judge", "llm", "--model", "openai-api/stub/r1"], "--judge-model"),
        (["run", "--model", "openai-api/dead/m"], "cannot reach"),
        (["run", "--model", "openai-api/nokey/m"], "NOKEY_API_KEY"),
        (["run", "--model", "openai-api/stub/r1", "--limit", "0"], "--limit"),
        (["run", "--model", "local/nope"], "unknown local model"),
        (["report", "/nonexistent/dir"], "log directory not found"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(args: list[str], needle: str, tmp_path: Path) -> None:
    env = cli_env(
        "http://127.0.0.1:9/v1",
        DEAD_BASE_URL="http://127.0.0.1:9/v1",
        DEAD_API_KEY="x",
        NOKEY_BASE_URL="http://127.0.0.1:9/v1",
    )
    proc = (
        lrmsafe(*args, "--log-dir", str(tmp_path), env=env)
        if args[0] == "run"
        else lrmsafe(*args, env=env)
    )
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0]
    assert "Traceback" not in proc.stderr


def test_debug_shows_traceback(tmp_path: Path) -> None:
    proc = lrmsafe("run", "--suite", "nope", "--debug", "--log-dir", str(tmp_path))
    assert proc.returncode == 2
    assert "Traceback" in proc.stderr


def test_list_names_everything() -> None:
    proc = lrmsafe("list", check=True)
    for word in ("smoke", "refusal", "llm", "Suites:", "Benchmarks:", "Judges:"):
        assert word in proc.stdout
    assert json.dumps  # keep import used
