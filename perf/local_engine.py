"""Tokens/s of lrmsafe's local engine path vs llama-cpp-python called directly.

Path A is what ``lrmsafe run`` does with no ``--model``: the llama.cpp server
started by :func:`lrmsafe.engines.llamacpp.local_server`, reached through
Inspect's ``openai-api`` provider with the runner's settings (LOCAL_CONNECTIONS,
temperature 0). Path B calls ``llama_cpp.Llama`` in this process on the same
GGUF with the same thread count. Both generate the same prompts; tokens/s is
completion tokens over generation wall time (model loading excluded). Rounds
alternate A and B so background load hits both alike; the best round counts.

    python perf/local_engine.py [--max-tokens 128] [--rounds 3] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from typing import Any

from lrmsafe.runner import LOCAL_CONNECTIONS as RUNNER_CONNECTIONS

PROMPTS = (
    "Write a short story about a lighthouse keeper.",
    "Explain how a bicycle gear works.",
    "Describe a walk through a forest in autumn.",
    "List some ideas for a rainy afternoon.",
    "Write a letter to a friend about a new hobby.",
    "Explain why the sky looks blue.",
)
"""Our own neutral prompts."""


async def _via_lrmsafe(inspect_model: str, prompts: tuple[str, ...], max_tokens: int) -> int:
    from inspect_ai.model import GenerateConfig, get_model

    config = GenerateConfig(
        max_tokens=max_tokens, temperature=0.0, max_connections=RUNNER_CONNECTIONS
    )
    model = get_model(inspect_model, config=config)
    slots = asyncio.Semaphore(RUNNER_CONNECTIONS)

    async def one(prompt: str) -> int:
        async with slots:
            out = await model.generate(prompt)
            return out.usage.output_tokens if out.usage else 0

    return sum(await asyncio.gather(*(one(p) for p in prompts)))


def bench_lrmsafe(threads: int, prompts: tuple[str, ...], max_tokens: int, rounds: int) -> Any:
    """Tokens/s per round through the local server (path A), and its settings."""
    from lrmsafe.engines.llamacpp import local_server

    rates: list[float] = []
    with local_server(None, n_threads=threads) as server:
        asyncio.run(_via_lrmsafe(server.inspect_model, prompts[:1], 8))  # warm-up
        for _ in range(rounds):
            start = time.perf_counter()
            tokens = asyncio.run(_via_lrmsafe(server.inspect_model, prompts, max_tokens))
            rates.append(tokens / (time.perf_counter() - start))
            yield rates[-1], tokens


def bench_direct(threads: int, prompts: tuple[str, ...], max_tokens: int, rounds: int) -> Any:
    """Tokens/s per round of llama_cpp.Llama in-process (path B)."""
    import llama_cpp

    from lrmsafe.engines.llamacpp import resolve_local

    gguf, _alias, chat_format = resolve_local(None)
    llm = llama_cpp.Llama(
        model_path=str(gguf), n_threads=threads, n_ctx=4096, chat_format=chat_format, verbose=False
    )
    msgs = [{"role": "user", "content": prompts[0]}]
    llm.create_chat_completion(messages=msgs, max_tokens=8, temperature=0.0)  # type: ignore[arg-type]
    for _ in range(rounds):
        tokens = 0
        start = time.perf_counter()
        for prompt in prompts:
            out: Any = llm.create_chat_completion(
                messages=[{"role": "user", "content": prompt}],
                max_tokens=max_tokens,
                temperature=0.0,
            )
            tokens += int(out["usage"]["completion_tokens"])
        yield tokens / (time.perf_counter() - start), tokens


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="3 prompts, 64 tokens, 2 rounds")
    args = parser.parse_args(argv)
    prompts = PROMPTS[:3] if args.quick else PROMPTS
    max_tokens = 64 if args.quick else args.max_tokens
    rounds = 2 if args.quick else args.rounds
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    print(
        f"{len(prompts)} prompts x {max_tokens} max tokens, {args.threads} threads, "
        f"{rounds} alternating rounds (the default local model's GGUF)"
    )
    a_rates: list[float] = []
    b_rates: list[float] = []
    a_iter = bench_lrmsafe(args.threads, prompts, max_tokens, rounds)
    b_iter = bench_direct(args.threads, prompts, max_tokens, rounds)
    for i in range(rounds):
        rate, tokens = next(a_iter)
        a_rates.append(rate)
        print(f"  round {i + 1}: lrmsafe local server {rate:6.1f} tok/s ({tokens} tokens)")
        rate, tokens = next(b_iter)
        b_rates.append(rate)
        print(f"  round {i + 1}: llama_cpp.Llama      {rate:6.1f} tok/s ({tokens} tokens)")
    for it in (a_iter, b_iter):
        it.close()
    best_a, best_b = max(a_rates), max(b_rates)
    print(
        f"best: lrmsafe {best_a:.1f} tok/s, direct {best_b:.1f} tok/s, ratio {best_a / best_b:.2f} "
        f"(median ratio {statistics.median(a_rates) / statistics.median(b_rates):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
