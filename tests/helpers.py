"""Test helpers: run the real CLI as a subprocess, against real servers."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED_DATA = Path(
    os.environ.get("LRMSAFE_SHARED_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
SHARED_REFERENCE = SHARED_DATA.parent / "reference"
"""The reference implementations at pinned commits (read-only; copied at test time
only, into tmp folders, never into the repository)."""
XSTEST_SCRIPT = SHARED_REFERENCE / "xstest-d7bb5bd" / "classify_completions_gpt.py"
PHISHING_SCRIPT = SHARED_REFERENCE / "purplellama-ce55780" / "multiturn_phishing_benchmark.py"


def reference_copies() -> dict[str, Path]:
    """The pinned reference source files canonical protocols read prompt texts from,
    by their ``--data-dir`` path (those present here)."""
    from lrmsafe.benchmarks.phishing.original import SOURCE as PHISHING
    from lrmsafe.benchmarks.xstest import PROMPT_SOURCE as XSTEST

    pairs = {XSTEST.local[0]: XSTEST_SCRIPT, PHISHING.local[0]: PHISHING_SCRIPT}
    return {local: path for local, path in pairs.items() if path.is_file()}


def fill_cache(cache: Path) -> None:
    """Put the reference source files where the user cache keeps their pinned URLs
    (``LRMSAFE_CACHE_DIR=cache``), as a run that fetched them would have."""
    import shutil

    from lrmsafe.benchmarks._data import SOURCES, cached_path

    old = os.environ.get("LRMSAFE_CACHE_DIR")
    os.environ["LRMSAFE_CACHE_DIR"] = str(cache)
    try:
        for local, path in reference_copies().items():
            target = cached_path(SOURCES[local])
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    finally:
        if old is None:
            os.environ.pop("LRMSAFE_CACHE_DIR", None)
        else:
            os.environ["LRMSAFE_CACHE_DIR"] = old


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


def is_llama_server(proc: Any) -> bool:
    """Whether a process (a ``psutil.Process``) is a llama.cpp server.

    A process that exits while we look (a zombie, or gone) or is not ours to
    read is not one, and must not fail the search: it did once, under load.
    """
    import psutil

    try:
        return "llama_cpp.server" in " ".join(proc.cmdline())
    except psutil.Error:
        return False


def report_json(log_dir: str | Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """``lrmsafe report DIR --json`` parsed."""
    proc = lrmsafe("report", str(log_dir), "--json", env=env, check=True)
    rows: list[dict[str, Any]] = json.loads(proc.stdout)
    return rows


class Processes:
    """Processes a test starts, each in its own session, all ended at teardown.

    Why: a test that fails (an assertion, pytest-timeout) must not leave an
    ``lrmsafe run`` or its llama.cpp server (which lives in a session of its
    own) burning CPU for the rest of the suite. Teardown SIGKILLs each
    process group and every descendant seen while the test ran.
    """

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[str]] = []
        self.seen: dict[int, Any] = {}

    def start(
        self,
        args: list[str],
        *,
        env: dict[str, str] | None = None,
        ignore_sigint: bool = False,
        stdout: Any = subprocess.PIPE,
        stderr: Any = subprocess.PIPE,
    ) -> subprocess.Popen[str]:
        """Popen in a new session; ``ignore_sigint``: start it with SIGINT ignored,
        as ``cmd &`` in a non-interactive script or ``nohup`` does."""
        import signal

        def ignore() -> None:
            signal.signal(signal.SIGINT, signal.SIG_IGN)

        proc = subprocess.Popen(
            args,
            env=env or cli_env(),
            stdout=stdout,
            stderr=stderr,
            text=True,
            start_new_session=True,
            preexec_fn=ignore if ignore_sigint else None,
        )
        self.started.append(proc)
        return proc

    def lrmsafe(self, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
        """``python -m lrmsafe.cli ARGS`` started with :meth:`start`."""
        return self.start([sys.executable, "-m", "lrmsafe.cli", *args], **kwargs)

    def descendants(self, proc: subprocess.Popen[str]) -> list[Any]:
        """The live descendants of ``proc``; each is remembered for teardown."""
        import psutil

        try:
            found = psutil.Process(proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        for p in found:
            self.seen.setdefault(p.pid, p)
        return found

    def cleanup(self) -> None:
        """Kill every group started and every descendant seen; reap the children."""
        import contextlib
        import signal

        import psutil

        for proc in self.started:
            self.descendants(proc)
        for proc in self.started:
            if proc.poll() is None:  # not reaped, so its pid (= group id) is still its own
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
        for p in self.seen.values():
            with contextlib.suppress(psutil.Error):
                p.kill()
        for proc in self.started:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.communicate(timeout=30)


@contextlib.contextmanager
def mounted(where: Path, options: str) -> Iterator[bool]:
    """A tmpfs at ``where`` (root only); yields False when it cannot be mounted."""
    where.mkdir(parents=True, exist_ok=True)
    ok = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)
