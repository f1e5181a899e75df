"""Running the stub as a process: the server loop, its CLI, and the client-side helper.

Tests and benchmark scripts start it the same way (:func:`start_stub`, or
``python -m lrmsafe.testing.stub``); it prints ``LISTENING http://HOST:PORT``
once ready and serves until SIGTERM/SIGINT, or until its parent is gone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from lrmsafe.testing.stub.app import create_app
from lrmsafe.testing.stub.faults import ConfigError, JSONDict, StubConfig

DESCRIPTION = "A scripted OpenAI-compatible stub server for real-HTTP tests and benchmarks."
SRC_ROOT = Path(__file__).resolve().parents[3]
"""The folder holding this ``lrmsafe`` package: the child process imports the same code."""


async def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    config: JSONDict | None = None,
    seed: int = 0,
    log_level: str = "warning",
    parent_pid: int | None = None,
) -> None:
    """Serve until SIGTERM/SIGINT; prints ``LISTENING http://HOST:PORT`` once ready.

    With ``parent_pid`` it also stops when that process is gone (even killed
    with SIGKILL), so a crashed test run never leaves a stub holding a port.
    """
    import uvicorn

    class _Server(uvicorn.Server):
        """uvicorn re-raises captured signals after shutdown; we want a clean exit 0."""

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

        def install_signal_handlers(self) -> None:  # older uvicorn
            pass

    app = create_app(config, seed)
    ucfg = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        backlog=4096,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=2,
    )
    server = _Server(ucfg)
    app.state.uvicorn_server = server

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto is TCP; with proto 0, Nagle + delayed ACK add 40 ms to every keep-alive reply.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, server.handle_exit, sig, None)

    task = asyncio.create_task(server.serve(sockets=[sock]))

    async def watch_parent() -> None:
        while parent_pid is not None and os.getppid() == parent_pid:
            await asyncio.sleep(0.5)
        server.handle_exit(signal.SIGTERM, None)

    watchdog = asyncio.create_task(watch_parent()) if parent_pid is not None else None
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started:
        shown = f"[{host}]" if family == socket.AF_INET6 else host
        print(f"LISTENING http://{shown}:{bound_port}", flush=True)
    try:
        await task
    finally:
        if watchdog is not None:
            watchdog.cancel()
        sock.close()


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point: ``python -m lrmsafe.testing.stub``."""
    parser = argparse.ArgumentParser(prog="python -m lrmsafe.testing.stub", description=DESCRIPTION)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--config", type=Path, help="JSON config file (see default_config())")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault/jitter RNG")
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone")
    args = parser.parse_args(argv)
    config = json.loads(args.config.read_text()) if args.config else None
    try:
        StubConfig.from_dict(config)
    except ConfigError as exc:
        parser.error(f"bad config: {exc}")
    asyncio.run(serve(args.host, args.port, config, args.seed, args.log_level, args.parent_pid))
    return 0


# --------------------------------------------------------------------------- #
# Client-side helper
# --------------------------------------------------------------------------- #


class StubError(RuntimeError):
    """The stub process failed to start or to answer a control request."""


class StubProcess:
    """A running stub server process, with control-endpoint helpers.

    Use as a context manager (stops on exit). ``base_url`` ends in ``/v1`` and is
    what the ``openai`` client and Inspect's ``<SERVICE>_BASE_URL`` expect.
    """

    def __init__(self, proc: subprocess.Popen[str], url: str, stderr_tail: deque[str]) -> None:
        self.proc = proc
        self.url = url
        self.base_url = f"{url}/v1"
        self.port = int(url.rsplit(":", 1)[1])
        self._stderr = stderr_tail

    def __enter__(self) -> StubProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _call(self, method: str, path: str, body: JSONDict | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            raise StubError(
                f"{method} {path}: HTTP {exc.code}: {exc.read().decode(errors='replace')}"
            ) from exc

    def stats(self) -> JSONDict:
        """``GET /stats``."""
        result: JSONDict = self._call("GET", "/stats")
        return result

    def reset(self) -> None:
        """``POST /reset``: zero the stats and per-prompt memory (config is kept)."""
        self._call("POST", "/reset")

    def requests(self, n: int = 50) -> list[JSONDict]:
        """The last ``n`` API requests, oldest first: ``{seq, endpoint, model, body}``."""
        result: list[JSONDict] = self._call("GET", f"/requests?limit={int(n)}")["requests"]
        return result

    def configure(self, config: JSONDict) -> JSONDict:
        """``POST /config``: replace the config (missing keys take defaults)."""
        result: JSONDict = self._call("POST", "/config", config)
        return result

    def stderr_tail(self) -> str:
        """The server's last stderr lines (for failure messages)."""
        return "".join(self._stderr)

    @property
    def returncode(self) -> int | None:
        return self.proc.poll()

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, wait, SIGKILL if needed; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout)
        return int(self.proc.returncode)


def _pump(stream: Any, lines: queue.Queue[str | None] | None, tail: deque[str]) -> None:
    """Drain a pipe so the child never blocks; hand lines to ``lines`` if given."""
    for line in iter(stream.readline, ""):
        tail.append(line)
        if lines is not None:
            lines.put(line)
    if lines is not None:
        lines.put(None)


def start_stub(
    config: JSONDict | None = None,
    seed: int = 0,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    startup_timeout: float = 30.0,
) -> StubProcess:
    """Start ``python -m lrmsafe.testing.stub`` and wait for its LISTENING line."""
    if config is not None:
        StubConfig.from_dict(config)  # fail here, not in the child
    # The same code as this process's, installed or not: its source root goes first on the
    # child's path (an editable install may point at another checkout), and -P keeps the
    # working directory off it.
    cmd = [sys.executable, "-P", "-m", "lrmsafe.testing.stub"]
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC_ROOT), *([path] if path else [])])}
    cmd += ["--host", host, "--port", str(port), "--seed", str(seed)]
    cmd += ["--parent-pid", str(os.getpid())]
    cfg_path: str | None = None
    if config is not None:
        fd, cfg_path = tempfile.mkstemp(prefix="lrmsafe-stub-", suffix=".json")
        with os.fdopen(fd, "w") as fh:
            json.dump(config, fh)
        cmd += ["--config", cfg_path]
    try:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, env=env
        )
        lines: queue.Queue[str | None] = queue.Queue()
        out_tail: deque[str] = deque(maxlen=50)
        err_tail: deque[str] = deque(maxlen=200)
        threading.Thread(target=_pump, args=(proc.stdout, lines, out_tail), daemon=True).start()
        threading.Thread(target=_pump, args=(proc.stderr, None, err_tail), daemon=True).start()
        deadline = time.monotonic() + startup_timeout
        while True:
            try:
                line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                line = None
                proc.kill()
                proc.wait()
                raise StubError(
                    f"stub did not start in {startup_timeout}s: {''.join(err_tail)}"
                ) from None
            if line is None:
                proc.wait()
                raise StubError(f"stub exited with {proc.returncode}: {''.join(err_tail)}")
            if line.startswith("LISTENING "):
                return StubProcess(proc, line.split(" ", 1)[1].strip(), err_tail)
    finally:
        if cfg_path:
            with contextlib.suppress(OSError):
                os.unlink(cfg_path)
