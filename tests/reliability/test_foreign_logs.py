"""Log folders holding more than lrmsafe's own, intact logs.

A plain ``inspect eval`` log in a folder that ``lrmsafe report`` reads is
skipped with a note (its samples are not lrmsafe results, and are never shown
as ``error`` samples); a log with one damaged sample keeps every other sample,
and the report counts the one it could not read.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

N = 300

FOREIGN_TASK = """
from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import includes
from inspect_ai.solver import generate


@task
def foreign():
    return Task(
        dataset=[Sample(input=f"placeholder question {i}", target="Sure") for i in range(3)],
        solver=generate(),
        scorer=includes(),
    )
"""


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with one lrmsafe log of N imported, judged (offline) responses."""
    d = tmp_path_factory.mktemp("damaged")
    data = d / "responses.jsonl"
    lines = [
        {"prompt": f"placeholder request {i}", "response": "Sure. [placeholder]",
         "model": "lab/m", "benchmark": "planted", "id": i}
        for i in range(N)
    ]  # fmt: skip
    data.write_text("".join(json.dumps(x) + "\n" for x in lines))
    logs = d / "logs"
    lrmsafe("judge", "run", str(data), "--log-dir", str(logs), "--display", "none", check=True)
    return logs


def test_foreign_inspect_log_is_skipped_with_a_note(
    stub: StubProcess, big_log: Path, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (own,) = big_log.glob("*.eval")
    (logs / own.name).write_bytes(own.read_bytes())
    task = tmp_path / "foreign_task.py"
    task.write_text(FOREIGN_TASK)
    env = cli_env(stub.base_url)
    proc = subprocess.run(
        [sys.executable, "-m", "inspect_ai", "eval", task.name, "--model",
         "openai-api/stub/plain", "--log-dir", str(logs), "--display", "none"],
        env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert len(list(logs.glob("*.eval"))) == 2
    proc = lrmsafe("report", str(logs), "--json", env=env)
    assert proc.returncode == 0, proc.stderr[-1500:]
    rows = json.loads(proc.stdout)
    assert [(r["model"], r["n"]) for r in rows] == [("lab/m", N)], rows
    assert not any((r.get("outcomes") or {}).get("error") for r in rows), rows
    assert "not written by lrmsafe" in proc.stderr and "foreign" in proc.stderr, proc.stderr
    text = lrmsafe("report", str(logs), env=env)
    assert text.returncode == 0 and "not written by lrmsafe" in text.stdout + text.stderr


def _damage_one_sample(src: Path, dest: Path) -> str:
    """Copy the log with one sample member replaced by bytes that are not JSON."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        names = zin.namelist()
        victim = sorted(n for n in names if n.startswith("samples/"))[N // 2]
        for name in names:
            data = b'{"id": "cut off' if name == victim else zin.read(name)
            zout.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return victim


def test_one_damaged_sample_costs_only_that_sample(big_log: Path, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (own,) = big_log.glob("*.eval")
    _damage_one_sample(own, logs / own.name)
    proc = lrmsafe("report", str(logs), "--json")
    assert proc.returncode == 0, proc.stderr[-1500:]
    (row,) = json.loads(proc.stdout)
    assert row["n"] == N - 1, row["n"]
    assert "1 of 300 samples could not be read" in proc.stderr, proc.stderr
    md = lrmsafe("report", str(logs), "--format", "md")
    assert md.returncode == 0 and "1 of 300 samples could not be read" in md.stdout + md.stderr
