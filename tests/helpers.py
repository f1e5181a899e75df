"""Test helpers: run the real CLI as a subprocess, against real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

SHARED_DATA = Path(
    os.environ.get("LRMSAFE_SHARED_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)


def cli_env(stub_url: str | None = None, **extra: str) -> dict[str, str]:
    """Environment for a CLI subprocess: offline, pointed at the stub."""
    # INSPECT_CACHE_DIR is kept: each test gets its own (conftest), so judge
    # replies cached by one test (or an earlier session) never serve another
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("INSPECT_") or k == "INSPECT_CACHE_DIR"
    }
    env["HF_HUB_OFFLINE"] = "1"
    env["LRMSAFE_OFFLINE"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    if stub_url:
        env["STUB_BASE_URL"] = stub_url
        env["STUB_API_KEY"] = "stub-key"
    env.update(extra)
    return env


def lrmsafe(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lrmsafe.cli ARGS`` and capture its output."""
    proc = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", *args],
        env=env or cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"lrmsafe {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
        )
    return proc


def report_json(log_dir: str | Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """``lrmsafe report DIR --json`` parsed."""
    proc = lrmsafe("report", str(log_dir), "--json", env=env, check=True)
    rows: list[dict[str, Any]] = json.loads(proc.stdout)
    return rows
