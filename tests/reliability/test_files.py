"""Files and paths: reports written atomically, input logs never overwritten.

Real processes on real files: a report write cut off by a full disk (a file
size limit, ``RLIMIT_FSIZE``, makes the write fail mid-file the way ENOSPC
does) must leave the previous report whole.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

OLD_REPORT = "previous report: must survive a failed write\n"


@pytest.fixture(scope="module")
def small_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log folder of 40 judged (offline) imported responses."""
    d = tmp_path_factory.mktemp("files")
    data = d / "responses.jsonl"
    lines = [
        {"prompt": f"placeholder request {i}", "response": "Sure. [placeholder] " * 40,
         "model": "lab/m", "benchmark": "planted", "id": i}
        for i in range(40)
    ]  # fmt: skip
    data.write_text("".join(json.dumps(x) + "\n" for x in lines))
    logs = d / "logs"
    lrmsafe("judge", "run", str(data), "--log-dir", str(logs), "--display", "none", check=True)
    return logs


def _limited(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes (writes fail with EFBIG)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("option", ["--out", "--html"])
def test_failed_report_write_keeps_the_previous_report(
    small_logs: Path, tmp_path: Path, option: str
) -> None:
    target = tmp_path / "report.html"
    target.write_text(OLD_REPORT)
    args = ["report", str(small_logs), "--format", "html", option, str(target)]
    if option == "--html":
        args = ["report", str(small_logs), "--html", str(target)]
    full = lrmsafe(*args[:-1], str(tmp_path / "full.html"), check=True)
    assert full.returncode == 0
    size = (tmp_path / "full.html").stat().st_size
    assert size > 8192, size
    env = cli_env(XDG_DATA_HOME=str(tmp_path / "xdg"))
    proc = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=lambda: _limited(size // 2),
    )
    assert proc.returncode != 0, "the write was meant to fail"
    assert target.read_text() == OLD_REPORT, "the previous report was lost"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []
    assert proc.stderr.strip().splitlines()[-1].startswith("lrmsafe: error: "), proc.stderr


def test_successful_report_write_replaces_the_file(small_logs: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text(OLD_REPORT)
    lrmsafe("report", str(small_logs), "--format", "md", "--out", str(target), check=True)
    assert target.read_text() != OLD_REPORT and "lab/m" in target.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_out_onto_an_input_log_is_refused(small_logs: Path) -> None:
    (log,) = small_logs.glob("*.eval")
    before = log.read_bytes()
    for out, fmt in ((log, "md"), (small_logs, "md"), (small_logs / "new.eval", "json")):
        proc = lrmsafe("report", str(small_logs), "--format", fmt, "--out", str(out))
        assert proc.returncode == 2, (out, proc.returncode, proc.stderr)
        (line,) = proc.stderr.strip().splitlines()
        assert line.startswith("lrmsafe: error: ") and "input log" in line, line
    proc = lrmsafe("report", str(small_logs), "--html", str(log))
    assert proc.returncode == 2 and "input log" in proc.stderr, proc.stderr
    assert log.read_bytes() == before
    assert not (small_logs / "new.eval").exists()


def _run_args(log_dir: Path, sample: int) -> list[str]:
    return [
        sys.executable, "-m", "lrmsafe.cli", "run", "--model", "openai-api/stub/r1",
        "--benchmark", "synthetic", "--sample", str(sample), "--log-dir", str(log_dir),
        "--display", "none",
    ]  # fmt: skip


def test_two_runs_at_once_on_an_empty_folder_do_not_both_succeed(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """Two different runs started together on one empty --log-dir: one has it, the other
    is refused in one line (exit 2); the winner's command then resumes as usual."""
    fresh_stub.configure({"latency": {"r1": 0.5}})  # the runs overlap: each takes seconds
    logs = tmp_path / "logs"
    env = cli_env(fresh_stub.base_url)
    procs = [
        subprocess.Popen(_run_args(logs, n), env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for n in (3, 4)
    ]  # fmt: skip
    try:
        results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], [(c, err[-800:]) for c, _, err in results]
    loser = next(err for code, _, err in results if code == 2)
    (line,) = loser.strip().splitlines()
    assert line.startswith("lrmsafe: error: --log-dir") and (
        "in use" in line or "different run" in line
    ), line
    winner = next(n for (code, _, _), n in zip(results, (3, 4), strict=True) if code == 0)
    fresh_stub.reset()
    again = subprocess.run(_run_args(logs, winner), env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-1500:]
    assert fresh_stub.stats()["by_model"].get("r1", 0) == 0, "the resumed run paid again"


def test_a_run_holding_the_folder_refuses_a_second_one(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """While a run holds --log-dir, another (even the same command) is refused before its
    first request; after a kill -9 of the holder the same command resumes."""
    fresh_stub.configure({"latency": {"r1": 120.0}})  # held until killed
    logs = tmp_path / "logs"
    env = cli_env(fresh_stub.base_url)
    first = subprocess.Popen(_run_args(logs, 4), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
    try:
        while fresh_stub.stats()["by_model"].get("r1", 0) == 0:  # it is running
            assert first.poll() is None, first.communicate()[1][-1500:]
            time.sleep(0.05)
        seen = fresh_stub.stats()["by_model"]["r1"]
        second = subprocess.run(_run_args(logs, 4), env=env, capture_output=True, text=True)
        assert second.returncode == 2, second.stderr[-1500:]
        (line,) = second.stderr.strip().splitlines()
        assert "in use by another lrmsafe run" in line and f"pid {first.pid}" in line, line
        assert fresh_stub.stats()["by_model"]["r1"] <= seen + 4, "the second run sent requests"
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    fresh_stub.configure({"latency": {"r1": 0.0}})
    again = subprocess.run(_run_args(logs, 4), env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-1500:]


@pytest.mark.parametrize("name", ["a%41b #c?d%", "100%", "q?x=1", "#frag"])
def test_log_dir_with_url_characters_works_end_to_end(
    fresh_stub: StubProcess, tmp_path: Path, name: str
) -> None:
    """``%``, ``#`` and ``?`` in a --log-dir: the run writes its logs there, the report
    reads them all, and the same command resumes (Inspect once read such a path as a URL:
    ``%41`` became ``A``, ``#...``/``?...`` were cut off)."""
    logs = tmp_path / "parent %2F#?" / name
    env = cli_env(fresh_stub.base_url)
    proc = subprocess.run(_run_args(logs, 2), env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert list(logs.glob("*.eval")), sorted(str(p) for p in tmp_path.rglob("*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parent %2F#?"], "written elsewhere"
    proc = lrmsafe("report", str(logs), "--json", env=env)
    assert proc.returncode == 0, proc.stderr[-1500:]
    (row,) = json.loads(proc.stdout)
    assert row["n"] == 2 and not proc.stderr.strip(), proc.stderr
    fresh_stub.reset()
    again = subprocess.run(_run_args(logs, 2), env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-1500:]
    assert fresh_stub.stats()["by_model"].get("r1", 0) == 0, "the resumed run paid again"
