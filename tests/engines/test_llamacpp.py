"""The embedded engine: the real llama.cpp server on the PyPI GGUFs (SmolLM2 default, Gemma)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import psutil

from helpers import Processes, cli_env, is_llama_server, lrmsafe, report_json
from lrmsafe.engines.llamacpp import local_server


def _llama_servers() -> list[psutil.Process]:
    found = []
    for p in psutil.process_iter(["cmdline"]):
        cmd = p.info.get("cmdline") or []
        if "llama_cpp.server" in cmd:
            found.append(p)
    return found


def test_local_server_answers_and_stops() -> None:
    with local_server() as server:
        url = server.base_url
        r = httpx.post(
            f"{url}/chat/completions",
            json={
                "model": server.alias,
                "messages": [{"role": "user", "content": "Hi"}],
                "max_tokens": 4,
            },
            timeout=60,
        )
        assert r.status_code == 200
        assert r.json()["choices"][0]["message"]["role"] == "assistant"
        pid = server.process.pid
    assert server.process.poll() is not None
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    try:
        httpx.get(f"{url}/models", timeout=2)
        raise AssertionError("port still open after stop")
    except httpx.ConnectError:
        pass


def test_default_run_end_to_end(tmp_path: Path) -> None:
    env = cli_env()
    logs = tmp_path / "logs"
    proc = lrmsafe(
        "run",
        "--limit",
        "3",
        "--max-tokens",
        "24",
        "--log-dir",
        str(logs),
        "--display",
        "none",
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "tiny chat model without safety tuning" in proc.stdout
    assert "not a finding" in proc.stdout
    assert "measures refusal, not harm" in proc.stdout
    (row,) = report_json(logs, env)
    assert row["model"] == "openai-api/lrmsafe-local/smollm2-135m"
    assert row["n"] == 3
    assert sum(row["outcomes"].values()) == 3
    assert not _llama_servers()


def test_gemma_stays_available_by_name_and_says_it_is_a_base_model(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    proc = lrmsafe("run", "--model", "local/gemma-3-270m", "--limit", "1", "--max-tokens", "8",
                   "--log-dir", str(logs), "--display", "none", timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Gemma 3 270M" in proc.stdout and "base model" in proc.stdout
    (row,) = report_json(logs)
    assert row["model"] == "openai-api/lrmsafe-local/gemma-3-270m"


def test_sigterm_stops_the_local_server(processes: Processes, tmp_path: Path) -> None:
    proc = processes.lrmsafe(
        "run", "--log-dir", str(tmp_path), "--display", "none", "--max-tokens", "200",
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    children: list[psutil.Process] = []
    while not children:  # an event, not a budget: pytest-timeout bounds a hang
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        children = [c for c in processes.descendants(proc) if is_llama_server(c)]
        time.sleep(0.05)
    while not list(tmp_path.glob("*.eval")):  # the eval is under way
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate()
    assert proc.returncode != 0
    psutil.wait_procs(children)  # each server exits (else pytest-timeout, then teardown kills)
    assert "Traceback" not in err, err[-2000:]
