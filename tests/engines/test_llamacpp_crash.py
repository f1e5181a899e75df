"""A local llama.cpp server that dies mid-run: one line naming it, at once, results kept.

Before, a run whose server was killed (or crashed: a segfault, an instruction
the CPU lacks) went on for minutes of Inspect retries (6 samples: 6.5 min) and
ended with exit 0 and a table of connection errors. Each test starts the real
server and kills it; every wait is for an event (a process, a log line, an
exit), and ``timeout`` only bounds a hang (the fix missing: the run goes on).
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
import time
from pathlib import Path

import psutil
import pytest

from helpers import Processes, is_llama_server, lrmsafe, report_json
from lrmsafe.engines.llamacpp import ServerDiedError, local_server

pytestmark = pytest.mark.timeout(180)

ANSWERED = '"POST /v1/chat/completions HTTP/1.1" 200'
"""The server log's line for a request it answered."""


def test_a_server_killed_during_the_block_interrupts_it_with_one_line_naming_it() -> None:
    with local_server() as server:
        pid = server.process.pid
        with pytest.raises(ServerDiedError) as ex, server.watched():
            os.kill(pid, signal.SIGKILL)
            threading.Event().wait()  # until the watch interrupts it (the run's wait)
    message = str(ex.value)
    assert "\n" not in message
    assert message.startswith(
        f"the local llama.cpp server (pid {pid}, model smollm2-135m) was killed by SIGKILL "
        f"during the run; see its log at {server.log_path} (last line: "
    ), message
    assert message.endswith("run the same command again to resume (finished samples are kept)")


def test_a_server_that_exits_by_itself_during_the_block_is_named_with_its_exit_code() -> None:
    # SIGINT is uvicorn's graceful stop: the server exits 0, not by the signal,
    # which is the "exited with code C" branch (a crash a server turns into exit 1 reads alike)
    with local_server() as server:
        pid = server.process.pid
        with pytest.raises(ServerDiedError) as ex, server.watched():
            os.kill(pid, signal.SIGINT)
            threading.Event().wait()
    message = str(ex.value)
    assert "\n" not in message
    assert f"(pid {pid}, model smollm2-135m) exited with code 0 during the run; see its log" in (
        message
    ), message


def test_a_server_gone_before_the_run_fails_it_before_it_starts() -> None:
    ran = False
    with local_server() as server:
        server.process.terminate()  # someone else's stop: uvicorn ends by the signal
        server.process.wait()
        with pytest.raises(ServerDiedError) as ex, server.watched():
            ran = True
    assert not ran
    assert "was killed by SIGTERM right after it started; see its log" in str(ex.value)


def test_a_run_whose_server_is_killed_stops_at_once_in_one_line_and_resumes(
    processes: Processes, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    args = ["run", "--limit", "6", "--max-tokens", "128", "--log-dir", str(logs),
            "--display", "none"]  # fmt: skip
    proc = processes.lrmsafe(*args)
    server = None
    while server is None:  # an event, not a budget: pytest-timeout bounds a hang
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        server = next((c for c in processes.descendants(proc) if is_llama_server(c)), None)
        time.sleep(0.05)
    cmd = server.cmdline()
    log = Path(tempfile.gettempdir()) / f"lrmsafe-llamacpp-{cmd[cmd.index('--port') + 1]}.log"
    # two answers: the first sample is judged and logged while the second is generated
    while not (log.is_file() and log.read_text(errors="replace").count(ANSWERED) >= 2):
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        time.sleep(0.05)
    server.kill()
    _, err = proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[-3000:]
    assert lines[0].startswith(
        f"lrmsafe: error: the local llama.cpp server (pid {server.pid}, model smollm2-135m) "
        f"was killed by SIGKILL during the run; see its log at {log}"
    ), lines[0]
    psutil.wait_procs([server])
    (row,) = report_json(logs)  # what was answered before the kill is in the log
    assert row["outcomes"]["answered"] >= 1, row
    rerun = lrmsafe(*args, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    (row,) = report_json(logs)
    assert row["n"] == 6 and row["outcomes"]["answered"] == 6, row
