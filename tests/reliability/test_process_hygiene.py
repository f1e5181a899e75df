"""Resource hygiene: no helper process or open port outlives lrmsafe, however it ends.

tests/engines/test_llamacpp.py covers the local llama.cpp server stopping on
success and on SIGTERM; here: Ctrl-C (SIGINT to the process group, as a
terminal sends it), also to a run started with SIGINT ignored (``cmd &`` in a
script, ``nohup``) and at the first moment lrmsafe can take it, SIGKILL (the
server must not be orphaned), a run that fails after the server started, a
server that fails to start, and the stub server on exit, on error and when its
parent is killed.

Every wait here is for an event (a process appears, a port opens, a log file
is written, a process exits), never a wall-clock budget that a loaded machine
can break; pytest-timeout bounds a hang, and the ``processes`` fixture ends
whatever a failing test started.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

from helpers import Processes, cli_env, is_llama_server, lrmsafe
from lrmsafe.testing.stub import StubProcess, start_stub

POLL = 0.05
"""Seconds between two looks at a condition (not a budget)."""

INTERRUPTED = "lrmsafe: interrupted; run the same command again to resume"


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def gone(proc: psutil.Process) -> bool:
    try:
        return not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_gone(procs: list[psutil.Process], ports: list[int]) -> None:
    """Wait until the processes are gone and the ports closed.

    lrmsafe has exited when this is called, so a process still alive is
    waited for by pid (psutil.wait_procs); only a port can linger a moment.
    A process that never goes fails the test through pytest-timeout, and the
    ``processes`` fixture kills it.
    """
    alive = [p for p in procs if not gone(p)]
    psutil.wait_procs(alive)
    while any(port_open(p) for p in ports):
        time.sleep(POLL)


def _server_port(proc: psutil.Process) -> int:
    cmd = proc.cmdline()
    return int(cmd[cmd.index("--port") + 1])


def _servers(processes: Processes, proc: subprocess.Popen[str]) -> list[psutil.Process]:
    return [c for c in processes.descendants(proc) if is_llama_server(c)]


def _exited(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate()
    return f"lrmsafe exited ({proc.returncode}) first: {err[-2000:]} {out[-500:]}"


def wait_for_server(
    processes: Processes, proc: subprocess.Popen[str], *, ready: bool = True
) -> psutil.Process:
    """The run's llama.cpp server once it exists (``ready``: once its port accepts)."""
    while True:
        assert proc.poll() is None, _exited(proc)
        servers = _servers(processes, proc)
        if servers and (not ready or port_open(_server_port(servers[0]))):
            return servers[0]
        time.sleep(POLL)


def wait_for_log(proc: subprocess.Popen[str], log_dir: Path) -> None:
    """Until Inspect has written the task's log: the eval is under way."""
    while not list(log_dir.glob("*.eval")):
        assert proc.poll() is None, _exited(proc)
        time.sleep(POLL)


def catches(pid: int, sig: int) -> bool:
    """Whether the process has a handler installed for ``sig`` (/proc SigCgt)."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("SigCgt:"):
                return bool(int(line.split()[1], 16) >> (sig - 1) & 1)
    return False


def start_local_run(
    processes: Processes, args: list[str], log_dir: Path, **kwargs: Any
) -> subprocess.Popen[str]:
    """``lrmsafe run`` on the embedded llama.cpp model, in its own session."""
    return processes.lrmsafe("run", "--log-dir", str(log_dir), *args, **kwargs)


def family(proc: subprocess.Popen[str], server: psutil.Process) -> list[psutil.Process]:
    procs = [server]
    with contextlib.suppress(psutil.NoSuchProcess):
        root = psutil.Process(proc.pid)
        procs += [root, *root.children(recursive=True)]
    return procs


# --------------------------------------------------------------------------- #
# llama.cpp (each test starts the real server: ~10 s)
# --------------------------------------------------------------------------- #


def test_ctrl_c_stops_the_local_server(processes: Processes, tmp_path: Path) -> None:
    logs, stdout = tmp_path / "logs", tmp_path / "stdout.txt"
    with stdout.open("w") as fh:  # a file: an unread pipe would fill and stall the run
        proc = start_local_run(
            processes, ["--max-tokens", "200", "--display", "plain"], logs, stdout=fh
        )
    server = wait_for_server(processes, proc)
    procs, port = family(proc, server), _server_port(server)
    wait_for_log(proc, logs)  # the eval has started: requests are being served
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    _, err = proc.communicate()
    out = stdout.read_text()
    assert proc.returncode == 130, (proc.returncode, out[-1000:], err[-2000:])
    assert err.strip() == INTERRUPTED, err[-2000:]
    # Inspect's own "Completed all tasks ... successfully" would contradict it
    assert "successfully" not in out, out[-1000:]
    wait_gone(procs, [port])


def test_ctrl_c_stops_a_run_started_with_sigint_ignored(
    processes: Processes, tmp_path: Path
) -> None:
    """``lrmsafe run &`` from a script starts with SIGINT ignored; Ctrl-C (or
    ``kill -INT``) must still stop it, here early: while its server starts.

    A short run: where the signal is lost the run finishes (exit 0) and fails
    the test instead of running on for minutes.
    """
    proc = start_local_run(
        processes, ["--limit", "1", "--max-tokens", "8", "--display", "none"],
        tmp_path / "logs", ignore_sigint=True,
    )  # fmt: skip
    server = wait_for_server(processes, proc, ready=False)
    procs = family(proc, server)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate()
    assert proc.returncode == 130, (proc.returncode, out[-1000:], err[-2000:])
    assert err.strip() == INTERRUPTED, err[-2000:]
    wait_gone(procs, [])


def test_sigint_at_the_first_moment_lrmsafe_handles_it(
    processes: Processes, stub: StubProcess, tmp_path: Path
) -> None:
    """SIGINT the instant lrmsafe has its handler (SIGINT ignored at start):
    one line and exit 130, wherever it lands (imports, option parsing, the run)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/PID/status")
    proc = processes.lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--limit", "2", "--log-dir",
        str(tmp_path / "logs"), "--display", "none",
        env=cli_env(stub.base_url), ignore_sigint=True,
    )  # fmt: skip
    while not catches(proc.pid, signal.SIGINT):
        assert proc.poll() is None, "lrmsafe never installed a SIGINT handler: " + _exited(proc)
        time.sleep(0.001)
    os.kill(proc.pid, signal.SIGINT)
    out, err = proc.communicate()
    assert proc.returncode == 130, (proc.returncode, out[-1000:], err[-2000:])
    assert err.strip() in ("lrmsafe: interrupted", INTERRUPTED), err[-2000:]


def test_sigkill_of_lrmsafe_does_not_orphan_the_local_server(
    processes: Processes, tmp_path: Path
) -> None:
    proc = start_local_run(processes, ["--max-tokens", "200", "--display", "none"],
                           tmp_path / "logs")  # fmt: skip
    server = wait_for_server(processes, proc)
    port = _server_port(server)
    os.kill(proc.pid, signal.SIGKILL)  # lrmsafe only: the server is in its own session
    proc.communicate()
    wait_gone([server], [port])


@pytest.fixture
def other_runs_logs(stub: StubProcess, tmp_path: Path) -> Path:
    """A log folder of another run: the local run fails there once its server is up."""
    logs = tmp_path / "other"
    lrmsafe(
        "run", "--benchmark", "synthetic", "--sample", "1", "--model", "openai-api/stub/r1",
        "--log-dir", str(logs), "--display", "none", env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    return logs


def test_a_run_that_fails_after_start_stops_the_local_server(
    processes: Processes, other_runs_logs: Path
) -> None:
    before = {p.pid for p in psutil.process_iter() if is_llama_server(p)}
    proc = start_local_run(processes, ["--limit", "1", "--display", "none"], other_runs_logs)
    while proc.poll() is None:  # remember every child it had (the server, when it starts)
        processes.descendants(proc)
        time.sleep(POLL)
    _, err = proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    assert "holds logs of a different run" in err
    servers = [p for p in processes.seen.values() if p.pid not in before]
    assert servers, "the local server was never started (the failure came too early to test)"
    wait_gone(servers, [])


def test_a_server_that_cannot_start_leaves_nothing(processes: Processes, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(range(256)) * 16)
    proc = start_local_run(processes, ["--model", str(bad), "--display", "none"],
                           tmp_path / "logs")  # fmt: skip
    while proc.poll() is None:
        processes.descendants(proc)
        time.sleep(POLL)
    _, err = proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    assert "llama.cpp server exited" in err
    assert processes.seen, "no server was started (the failure came too early to test)"
    wait_gone(list(processes.seen.values()), [])


# --------------------------------------------------------------------------- #
# The stub server
# --------------------------------------------------------------------------- #


def test_stub_stops_on_exit_and_on_error() -> None:
    with start_stub() as stub:
        pid, port = stub.proc.pid, stub.port
        assert port_open(port)
    wait_gone([psutil.Process(pid)] if psutil.pid_exists(pid) else [], [port])
    with pytest.raises(RuntimeError), start_stub() as stub:
        pid, port = stub.proc.pid, stub.port
        raise RuntimeError("a failing test body")
    assert stub.returncode == 0
    assert not port_open(port)


def test_stub_exits_when_its_parent_is_killed(processes: Processes) -> None:
    script = (
        "import os, signal\n"
        "from lrmsafe.testing.stub import start_stub\n"
        "s = start_stub()\n"
        "print(s.proc.pid, s.port, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    parent = processes.start([sys.executable, "-c", script])
    out, _ = parent.communicate()
    pid, port = (int(x) for x in out.split())
    with contextlib.suppress(psutil.NoSuchProcess):
        processes.seen[pid] = psutil.Process(pid)  # killed at teardown if it outlives the test
    wait_gone(list(processes.seen.values()), [port])
