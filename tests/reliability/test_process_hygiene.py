"""Resource hygiene: no helper process or open port outlives lrmsafe, however it ends.

tests/engines/test_llamacpp.py covers the local llama.cpp server stopping on
success and on SIGTERM; here: Ctrl-C (SIGINT to the process group, as a
terminal sends it), SIGKILL (the server must not be orphaned), a run that
fails after the server started, a server that fails to start, and the stub
server on exit, on error and when its parent is killed.
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

import psutil
import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess, start_stub


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def gone(proc: psutil.Process) -> bool:
    try:
        return not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_gone(procs: list[psutil.Process], ports: list[int], timeout: float = 15) -> None:
    """Wait until the processes are gone and the ports closed; else kill them and fail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(gone(p) for p in procs) and not any(port_open(p) for p in ports):
            return
        time.sleep(0.2)
    alive = [p for p in procs if not gone(p)]
    described = [(p.pid, p.cmdline()[:4]) for p in alive]
    for p in alive:  # do not leave them to the rest of the suite
        with contextlib.suppress(psutil.Error):
            p.kill()
    raise AssertionError(f"left behind: processes {described}, open ports {ports}")


def _server_port(proc: psutil.Process) -> int:
    cmd = proc.cmdline()
    return int(cmd[cmd.index("--port") + 1])


def start_local_run(args: list[str], log_dir: Path) -> tuple[subprocess.Popen[str], psutil.Process]:
    """``lrmsafe run`` on the embedded llama.cpp model, in its own session; waits for the server."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "lrmsafe.cli", "run", "--log-dir", str(log_dir),
         "--display", "none", *args],
        env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        servers = [
            c for c in psutil.Process(proc.pid).children(recursive=True)
            if "llama_cpp.server" in " ".join(c.cmdline())
        ]  # fmt: skip
        if servers and port_open(_server_port(servers[0])):
            return proc, servers[0]
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the local server never started")


# --------------------------------------------------------------------------- #
# llama.cpp (each test starts the real server: ~10 s)
# --------------------------------------------------------------------------- #


def test_ctrl_c_stops_the_local_server(tmp_path: Path) -> None:
    proc, server = start_local_run(["--max-tokens", "200"], tmp_path / "logs")
    family = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    port = _server_port(server)
    time.sleep(2)  # let it serve a request or two
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, out[-1000:], err[-2000:])
    assert err.strip() == "lrmsafe: interrupted; run the same command again to resume", err[-2000:]
    wait_gone(family, [port])


def test_sigkill_of_lrmsafe_does_not_orphan_the_local_server(tmp_path: Path) -> None:
    proc, server = start_local_run(["--max-tokens", "200"], tmp_path / "logs")
    port = _server_port(server)
    os.kill(proc.pid, signal.SIGKILL)  # lrmsafe only: the server is in its own session
    proc.communicate(timeout=30)
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


def test_a_run_that_fails_after_start_stops_the_local_server(other_runs_logs: Path) -> None:
    before = {p.pid for p in psutil.process_iter() if "llama_cpp.server" in " ".join(p.cmdline())}
    proc = subprocess.Popen(
        [sys.executable, "-m", "lrmsafe.cli", "run", "--limit", "1", "--log-dir",
         str(other_runs_logs), "--display", "none"],
        env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    seen: list[psutil.Process] = []
    while proc.poll() is None:
        with contextlib.suppress(psutil.NoSuchProcess):
            children = psutil.Process(proc.pid).children(recursive=True)
            seen += [c for c in children if c.pid not in {s.pid for s in seen}]
        time.sleep(0.05)
    _, err = proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    assert "holds logs of a different run" in err
    servers = [p for p in seen if p.pid not in before]
    assert servers, "the local server was never started (the failure came too early to test)"
    wait_gone(servers, [])


def test_a_server_that_cannot_start_leaves_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(range(256)) * 16)
    before = set(psutil.Process().children(recursive=True))
    proc = lrmsafe("run", "--model", str(bad), "--log-dir", str(tmp_path / "logs"),
                   "--display", "none", env=cli_env(), timeout=180)  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "llama.cpp server exited" in proc.stderr
    leftovers = [
        p for p in psutil.process_iter() if "llama_cpp.server" in " ".join(p.cmdline())
        and str(bad) in " ".join(p.cmdline()) and not gone(p)
    ]  # fmt: skip
    assert not leftovers and set(psutil.Process().children(recursive=True)) <= before


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


def test_stub_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = (
        "import os, signal\n"
        "from lrmsafe.testing.stub import start_stub\n"
        "s = start_stub()\n"
        "print(s.proc.pid, s.port, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    pid, port = (int(x) for x in out.stdout.split())
    wait_gone([psutil.Process(pid)] if psutil.pid_exists(pid) else [], [port], timeout=10)
