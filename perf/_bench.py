"""Shared helpers for the benchmark scripts: measured child processes, stub env.

Every figure comes from a real child process (``os.wait4`` gives that child's
own CPU time and peak RSS), so the harness being measured never shares a
process, an event loop or a core budget with the measuring script.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Measured:
    """One child process run: wall time, its CPU seconds and peak RSS."""

    returncode: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str
    stderr: str

    def check(self, what: str) -> Measured:
        """Raise with the child's stderr tail when it failed."""
        if self.returncode != 0:
            raise SystemExit(f"{what} failed ({self.returncode}):\n{self.stderr[-3000:]}")
        return self


def measure(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 3600) -> Measured:
    """Run ``cmd`` to completion and return its own resource usage.

    ``os.wait4`` reports the child's user+system CPU and its peak resident set
    (Linux: KiB), excluding unrelated processes such as the stub server.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err, text=True)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
            time.sleep(0.05)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            returncode=proc.returncode,
            wall_s=wall,
            cpu_s=usage.ru_utime + usage.ru_stime,
            peak_rss_mb=usage.ru_maxrss / 1024,
            stdout=out.read(),
            stderr=err.read(),
        )


def stub_env(base_url: str, **extra: str) -> dict[str, str]:
    """Environment for an lrmsafe/Inspect child pointed at the stub, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECT_")}
    env.update(
        HF_HUB_OFFLINE="1",
        LRMSAFE_OFFLINE="1",
        PYTHONUNBUFFERED="1",
        STUB_BASE_URL=base_url,
        STUB_API_KEY="stub-key",
    )
    env.update(extra)
    return env


def lrmsafe_cmd(*args: str) -> list[str]:
    """``python -m lrmsafe.cli ARGS``: the installed CLI, as a user runs it."""
    return [sys.executable, "-m", "lrmsafe.cli", *args]


def requests_by_role(stats: dict[str, object]) -> tuple[int, int]:
    """(target, judge) chat requests counted by the stub."""
    by_model = stats.get("by_model") or {}
    assert isinstance(by_model, dict)
    judge = sum(int(v) for k, v in by_model.items() if str(k).startswith("judge"))
    target = sum(int(v) for k, v in by_model.items() if not str(k).startswith("judge"))
    return target, judge


def fmt_row(label: str, *cells: object, width: int = 30) -> str:
    """One aligned line of a printed table."""
    return f"  {label:<{width}}" + "".join(f"{c!s:>14}" for c in cells)
