"""Judge calls are paid once per (judge model, prompt, text).

Two layers, both keyed by the exact request (model, base URL, messages,
generation config):

* Inspect's model cache (``cache=`` in ``generate``) keeps replies on disk
  (``INSPECT_CACHE_DIR``), so re-runs, resumed runs and re-judging reuse them.
  The LLM judge's prompts are deterministic (the fence nonce is derived from
  the text), which is what makes them cacheable.
* Identical requests in flight at the same moment (thinking identical to the
  answer, judged concurrently; the same text in two samples) are coalesced:
  the second waits for the first instead of sending its own request, because
  Inspect's cache only sees a reply once it has arrived.
"""

from __future__ import annotations

import asyncio
import hashlib
import os

from inspect_ai.model import CachePolicy, ChatMessage, GenerateConfig, Model, ModelOutput

JUDGE_CACHE = CachePolicy(expiry=None, per_epoch=False)
"""Judge replies do not depend on the epoch of the sample and never expire
(clear them with ``inspect cache clear``)."""

CACHE_ENV = "LRMSAFE_JUDGE_CACHE"
"""Set to ``0`` to send every judge request (e.g. to measure a judge's variance)."""

_INFLIGHT: dict[tuple[int, str], asyncio.Future[ModelOutput]] = {}


def cache_enabled() -> bool:
    """Whether judge replies are cached (default yes)."""
    return os.environ.get(CACHE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def request_key(model: Model, messages: list[ChatMessage], config: GenerateConfig) -> str:
    """A digest of everything that decides the judge's reply."""
    h = hashlib.sha256()
    base_url = getattr(getattr(model, "api", None), "base_url", None) or ""
    for part in (str(model), str(base_url)):
        h.update(part.encode() + b"\x1f")
    for m in messages:
        h.update(m.role.encode() + b"\x1e" + m.text.encode("utf-8", "replace") + b"\x1f")
    h.update(config.model_dump_json(exclude_none=True).encode())
    return h.hexdigest()


async def judge_generate(
    model: Model, messages: list[ChatMessage], config: GenerateConfig
) -> ModelOutput:
    """``model.generate`` through Inspect's cache, with identical in-flight calls coalesced."""
    if not cache_enabled():
        return await model.generate(messages, config=config)
    try:
        digest = request_key(model, messages, config)
    except AttributeError:  # a Model without a provider behind it (scripted): nothing to key
        return await model.generate(messages, config=config)
    key = (id(asyncio.get_running_loop()), digest)
    pending = _INFLIGHT.get(key)
    if pending is not None:
        return await asyncio.shield(pending)
    task = asyncio.ensure_future(model.generate(messages, config=config, cache=JUDGE_CACHE))
    _INFLIGHT[key] = task
    try:
        return await asyncio.shield(task)
    finally:
        if task.done():
            _INFLIGHT.pop(key, None)
        else:  # we were cancelled: waiters keep the request; forget it when it ends
            task.add_done_callback(lambda t: _forget(key, t))


def _forget(key: tuple[int, str], task: asyncio.Future[ModelOutput]) -> None:
    _INFLIGHT.pop(key, None)
    if not task.cancelled():
        task.exception()  # retrieved: no 'exception was never retrieved' warning
