"""Files and paths: reports written atomically, input logs never overwritten.

Real processes on real files: a report write cut off by a full disk (a file
size limit, ``RLIMIT_FSIZE``, makes the write fail mid-file the way ENOSPC
does) must leave the previous report whole.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe

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
