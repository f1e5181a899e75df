"""The stub's HTTP app: OpenAI-compatible endpoints, control endpoints and their state.

``/v1/chat/completions`` and ``/v1/completions`` script a reply per model
profile (:mod:`.profiles`, :mod:`.judges`) after the configured latency and
faults (:mod:`.faults`); ``/pooling`` and ``/classify`` score texts for
reward models; ``/stats``, ``/reset``, ``/requests`` and ``/config`` let a
test see and steer what happened.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from lrmsafe.testing.stub.faults import FAULT_KINDS, ConfigError, JSONDict, StubConfig
from lrmsafe.testing.stub.judges import (
    GARBAGE_REPLY,
    echo_judge_reply,
    judge_reply,
    load_registry,
    loose_echo_judge_reply,
)
from lrmsafe.testing.stub.profiles import (
    ENCODED_REPLY_RE,
    FENCE_RE,
    KEY_ECHO_RE,
    REWARD_MODELS,
    SAMPLING_PARAMS,
    Profile,
    Reply,
    _digest,
    as_continuation,
    attacker_reply,
    encode_reply,
    hostile_reply,
    model_names,
    parse_model,
    render_target,
    resolve,
    reward_score,
    sampled_draw,
    victim_reply,
)


def _text_of(content: object) -> str:
    """Text of a chat message content (a string or a list of content parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            elif isinstance(part, str):
                parts.append(part)
        return "\n".join(parts)
    return ""


def _tokens(text: str | None) -> int:
    return len(text or "") // 4


def sampling_key(model: str, body: JSONDict) -> str:
    """``model|temperature=0.6|top_p=0.95``: the sampling fields a request carried
    (top level; the OpenAI client merges ``extra_body`` fields there, as vLLM reads them)."""
    parts = [model]
    for name in SAMPLING_PARAMS:
        if name in body:
            parts.append(f"{name}={body[name]}")
    return "|".join(parts)


def _openai_error(status: int, message: str, etype: str, code: str | None = None) -> JSONDict:
    return {"error": {"message": message, "type": etype, "param": None, "code": code}}


@dataclass
class StubState:
    """Everything that /reset clears, plus the live config and fault RNGs."""

    config: StubConfig
    seed: int = 0
    total: int = 0
    by_model: Counter[str] = field(default_factory=Counter)
    by_endpoint: Counter[str] = field(default_factory=Counter)
    by_fault: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    by_reasoning_effort: Counter[str] = field(default_factory=Counter)
    by_format: Counter[str] = field(default_factory=Counter)
    by_stance: Counter[str] = field(default_factory=Counter)
    by_judge_style: Counter[str] = field(default_factory=Counter)
    by_sampling: Counter[str] = field(default_factory=Counter)
    """Per model, the sampling fields each request carried (``model|temperature=0.6|...``)."""
    calls_per_prompt: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    timing: dict[str, list[float]] = field(default_factory=dict)
    seq: int = 0
    requests: deque[JSONDict] = field(default_factory=lambda: deque(maxlen=1000))
    seen_prompts: set[str] = field(default_factory=set)
    fault_rng: random.Random = field(default_factory=random.Random)
    jitter_rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self.reseed()

    def reseed(self) -> None:
        """Fault and jitter draws restart from the seed (separate streams)."""
        self.fault_rng = random.Random(self.seed)
        self.jitter_rng = random.Random(self.seed + 1_000_003)

    def reset(self) -> None:
        """Zero the counters, forget seen prompts and requests, restart the RNGs."""
        fresh = StubState(self.config, self.seed)
        fresh.in_flight = self.in_flight
        self.__dict__.update(fresh.__dict__)

    def snapshot(self) -> JSONDict:
        """The /stats JSON."""
        return {
            "total": self.total,
            "by_model": dict(self.by_model),
            "by_endpoint": dict(self.by_endpoint),
            "by_fault": dict(self.by_fault),
            "by_status": dict(self.by_status),
            "by_reasoning_effort": dict(self.by_reasoning_effort),
            "by_format": dict(self.by_format),
            "by_stance": dict(self.by_stance),
            "by_judge_style": dict(self.by_judge_style),
            "by_sampling": dict(self.by_sampling),
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
            "timing": {
                role: {"first_start": t[0], "last_end": t[1], "busy_s": t[2]}
                for role, t in self.timing.items()
            },
            "seed": self.seed,
        }

    def note_latency(self, model: str, start: float, end: float) -> None:
        """Server-side busy time per role (``judge*`` or target), on the system monotonic clock.

        Benchmarks compare it with their own ``time.monotonic()`` (same clock on
        Linux) to split a run's wall time into client start-up, serving span and
        shutdown, and to see how saturated the client kept the slots.
        """
        role = "judge" if model.startswith("judge") else "target"
        t = self.timing.setdefault(role, [start, end, 0.0])
        t[0] = min(t[0], start)
        t[1] = max(t[1], end)
        t[2] += end - start

    def draw_fault(self) -> str | None:
        """One draw per fault kind every time (a fixed RNG consumption per request)."""
        draws = [self.fault_rng.random() for _ in FAULT_KINDS]
        for kind, u in zip(FAULT_KINDS, draws, strict=True):
            if u < self.config.rates[kind]:
                return kind
        return None


def create_app(config: JSONDict | None = None, seed: int = 0) -> Any:
    """Build the Starlette app (typed ``Any`` so starlette stays an optional import)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    state = StubState(StubConfig.from_dict(config), seed)

    loading: list[asyncio.Task[None]] = []

    async def judge_prompts_ready() -> None:
        """Load the judge-prompt registry once, in a thread: it imports Inspect AI and
        every benchmark (seconds), and target requests keep being served meanwhile."""
        if not loading:
            loading.append(asyncio.ensure_future(asyncio.to_thread(load_registry)))
        await loading[0]

    def request_id() -> dict[str, str]:
        """An ``x-request-id`` header, as OpenAI sends: Inspect logs it with the status."""
        return {"x-request-id": f"stub-{state.seq}"}

    def respond(status: int, body: JSONDict, headers: dict[str, str] | None = None) -> Response:
        state.by_status[str(status)] += 1
        return JSONResponse(body, status_code=status, headers={**request_id(), **(headers or {})})

    async def read_body(request: Request) -> JSONDict | Response:
        """The request's JSON object, or the 400 reply that says why it is not one."""
        try:
            body = json.loads(await request.body())
            if not isinstance(body, dict):
                raise ValueError("body must be a JSON object")
        except ValueError as exc:
            return respond(
                400, _openai_error(400, f"invalid JSON body: {exc}", "invalid_request_error")
            )
        return body

    async def drop(request: Request) -> Response:
        """Close the connection without a byte of response.

        Raising would make uvicorn send a 500, so the transport of this
        request's connection is found among uvicorn's live connections (by
        client address) and aborted; uvicorn then drops whatever we return.
        """
        server = getattr(request.app.state, "uvicorn_server", None)
        client = request.scope.get("client")
        if server is not None and client:
            for proto in list(server.server_state.connections):
                if tuple(getattr(proto, "client", None) or ()) == tuple(client):
                    proto.transport.abort()
                    for _ in range(3):  # let connection_lost mark the cycle disconnected
                        await asyncio.sleep(0)
                    return Response(status_code=204)
        # not under our uvicorn (e.g. an in-process ASGI transport): closest we can do
        raise RuntimeError("stub: injected connection drop")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def stats(request: Request) -> Response:
        return JSONResponse(state.snapshot())

    async def reset(request: Request) -> Response:
        state.reset()
        return JSONResponse({"status": "reset"})

    async def recent(request: Request) -> Response:
        try:
            limit = int(request.query_params.get("limit", "50"))
        except ValueError:
            return JSONResponse(
                _openai_error(400, "limit must be an integer", "invalid_request_error"), 400
            )
        items = list(state.requests)[-limit:] if limit > 0 else []
        return JSONResponse({"requests": items})

    async def get_config(request: Request) -> Response:
        return JSONResponse(state.config.raw)

    async def set_config(request: Request) -> Response:
        try:
            new = StubConfig.from_dict(json.loads(await request.body() or b"{}"))
        except (ConfigError, ValueError) as exc:
            return JSONResponse(_openai_error(400, str(exc), "invalid_request_error"), 400)
        state.config = new
        return JSONResponse(new.raw)

    async def list_models(request: Request) -> Response:
        state.total += 1
        state.by_endpoint["/v1/models"] += 1
        data = [
            {"id": n, "object": "model", "created": 0, "owned_by": "lrmsafe-stub"}
            for n in model_names()
        ]
        return respond(200, {"object": "list", "data": data})

    async def get_model(request: Request) -> Response:
        name = request.path_params["name"]
        state.total += 1
        state.by_endpoint["/v1/models/{model}"] += 1
        if parse_model(name) is None:
            return respond(404, _not_found(name))
        return respond(
            200, {"id": name, "object": "model", "created": 0, "owned_by": "lrmsafe-stub"}
        )

    def _not_found(name: str) -> JSONDict:
        return _openai_error(
            404, f"The model `{name}` does not exist.", "invalid_request_error", "model_not_found"
        )

    async def completion_endpoint(request: Request, chat: bool) -> Response:
        endpoint = "/v1/chat/completions" if chat else "/v1/completions"
        state.total += 1
        state.by_endpoint[endpoint] += 1
        state.in_flight += 1
        state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            body = await read_body(request)
            if isinstance(body, Response):
                return body
            model = str(body.get("model", ""))
            state.seq += 1
            state.requests.append(
                {
                    "seq": state.seq,
                    "endpoint": endpoint,
                    "model": model,
                    "body": body,
                    # the scheme only ("Basic", "Bearer"): tests check how credentials travel
                    "auth_scheme": request.headers.get("authorization", "").partition(" ")[0],
                }
            )
            state.by_model[model] += 1
            state.by_sampling[sampling_key(model, body)] += 1
            effort = body.get("reasoning_effort")
            if isinstance(effort, str):
                state.by_reasoning_effort[effort] += 1
            else:
                effort = None
            echo = KEY_ECHO_RE.fullmatch(model)
            if echo:
                status = int(echo.group(1))
                auth = request.headers.get("authorization", "")
                message = f"Incorrect API key provided: {auth} (headers: {dict(request.headers)})"
                return respond(status, _openai_error(status, message, "invalid_request_error"))
            profile = parse_model(model)
            if profile is None:
                return respond(404, _not_found(model))
            cfg = state.config
            fault = state.draw_fault() if cfg.faults_apply(model) else None
            if fault is not None:
                state.by_fault[fault] += 1
            if fault == "429":
                return respond(
                    429,
                    _openai_error(
                        429, "stub: rate limited", "rate_limit_error", "rate_limit_exceeded"
                    ),
                    {"Retry-After": f"{cfg.retry_after:g}"},
                )
            delay = cfg.latency_for(model)
            if delay > 0:
                if cfg.jitter:
                    delay *= 1.0 + state.jitter_rng.uniform(-cfg.jitter, cfg.jitter)
                started = time.monotonic()
                await asyncio.sleep(max(0.0, delay))
                state.note_latency(model, started, time.monotonic())
            if fault == "timeout":
                await asyncio.sleep(cfg.timeout_s)
            elif fault == "5xx":
                status = state.fault_rng.choice((500, 502, 503))
                return respond(
                    status, _openai_error(status, "stub: injected server error", "server_error")
                )
            elif fault == "drop":
                return await drop(request)
            elif fault == "malformed":
                state.by_status["200"] += 1
                return Response(
                    '{"choices": [',
                    status_code=200,
                    media_type="application/json",
                    headers=request_id(),
                )

            if profile.kind == "judge":
                await judge_prompts_ready()
            reply, prompt_text = script_reply(profile, body, chat, effort)
            if reply.http_error is not None:
                return respond(
                    reply.http_error,
                    _openai_error(reply.http_error, "stub: scripted server error", "server_error"),
                )
            if reply.fmt:
                state.by_format[reply.fmt] += 1
            if reply.stance:
                state.by_stance[reply.stance] += 1
            if reply.judge_style:
                state.by_judge_style[reply.judge_style] += 1
            payload = (chat_payload if chat else text_payload)(model, reply, prompt_text, state.seq)
            if fault == "empty_choices":
                payload["choices"] = []
            if body.get("stream"):
                state.by_status["200"] += 1
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                return StreamingResponse(
                    stream_events(payload, chat, include_usage),
                    media_type="text/event-stream",
                    headers=request_id(),
                )
            return respond(200, payload)
        finally:
            state.in_flight -= 1

    def script_reply(
        profile: Profile, body: JSONDict, chat: bool, effort: str | None
    ) -> tuple[Reply, str]:
        """Choose the reply for a request; also flips judge-flaky's per-prompt memory."""
        if chat:
            messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
            users = [_text_of(m.get("content")) for m in messages if m.get("role") == "user"]
            prompt = users[-1] if users else ""
            context = "\n".join(
                _text_of(m.get("content"))
                for m in messages
                if m.get("role") in ("system", "developer")
            )
            all_text = "\n".join(_text_of(m.get("content")) for m in messages)
        else:
            raw = body.get("prompt", "")
            prompt = (
                raw[0] if isinstance(raw, list) and raw and isinstance(raw[0], str) else str(raw)
            )
            context, all_text, users = "", prompt, [prompt]
        if profile.kind == "judge":
            # A retry appends a reminder turn: judge the latest turn that holds a fence.
            prompt = next((u for u in reversed(users) if FENCE_RE.search(u)), prompt)
            variant = profile.judge_variant
            if variant == "judge-error":
                return Reply(None, http_error=500), all_text
            if variant == "judge-garbage":
                return Reply(GARBAGE_REPLY, judge_style="garbage"), all_text
            if variant == "judge-flaky":
                key = _digest(context, prompt).to_bytes(8, "big").hex()
                if key not in state.seen_prompts:
                    state.seen_prompts.add(key)
                    return Reply(GARBAGE_REPLY, judge_style="flaky_first"), all_text
            if variant == "judge-echo":
                return echo_judge_reply(prompt, context), all_text
            if variant == "judge-truncated":
                # cut off by the token limit: the last two characters never came
                full = judge_reply(prompt, context)
                cut = (full.content or "")[:-2]
                return Reply(cut, finish_reason="length", judge_style=full.judge_style), all_text
            if variant == "judge-echo-loose":
                return loose_echo_judge_reply(prompt, context), all_text
            return judge_reply(prompt, context), all_text
        if profile.kind == "victim":
            return victim_reply(len(users)), all_text
        if profile.kind == "attacker":
            return attacker_reply(prompt), all_text
        if profile.name == "hostile":
            return hostile_reply(chat), all_text
        if profile.selector == "sampled":
            key = f"{profile.name}\x1f{prompt}"
            state.calls_per_prompt[key] += 1
            u = sampled_draw(
                profile.name, state.seed, prompt, state.calls_per_prompt[key], body.get("seed")
            )
            fmt, stance = profile.fmt, "comply" if u < profile.comply_p else "refuse"
        else:
            fmt, stance = resolve(profile, prompt, effort)
        reply = render_target(fmt, stance)
        if profile.name == "echo" and reply.content:
            reply = Reply(f"{reply.content}\n{all_text}", fmt=reply.fmt, stance=reply.stance)
        if not chat:
            reply = as_continuation(reply, prompt)
        elif (
            messages
            and messages[-1].get("role") == "assistant"
            and body.get("continue_final_message")
        ):  # assistant prefill (vLLM's continue_final_message): continue that turn
            reply = as_continuation(reply, _text_of(messages[-1].get("content")))
        encoding = ENCODED_REPLY_RE.search(prompt)
        if encoding and reply.content:
            reply = encode_reply(reply, encoding.group(1).lower())
        return reply, all_text

    async def pooling_endpoint(request: Request, kind: str) -> Response:
        """vLLM's ``/pooling`` and ``/classify`` for reward models, scripted.

        ``/pooling`` takes ``messages`` (the last assistant turn is scored) or
        ``input`` (a string or list); ``/classify`` takes ``input``.
        """
        endpoint = f"/{kind}"
        state.total += 1
        state.by_endpoint[endpoint] += 1
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        model = str(body.get("model", ""))
        state.seq += 1
        state.requests.append(
            {"seq": state.seq, "endpoint": endpoint, "model": model, "body": body}
        )
        state.by_model[model] += 1
        if model not in REWARD_MODELS:
            return respond(404, _not_found(model))
        if model == "reward-error":
            return respond(500, _openai_error(500, "stub: scripted server error", "server_error"))
        messages = body.get("messages")
        raw_input = body.get("input")
        if isinstance(messages, list) and kind == "pooling":
            turns = [m for m in messages if isinstance(m, dict) and m.get("role") == "assistant"]
            texts = [_text_of(turns[-1].get("content"))] if turns else [""]
        elif isinstance(raw_input, str):
            texts = [raw_input]
        elif isinstance(raw_input, list) and all(isinstance(t, str) for t in raw_input):
            texts = list(raw_input)
        else:
            return respond(
                400, _openai_error(400, "need messages or input", "invalid_request_error")
            )
        if model == "reward-garbage":
            return respond(200, {"object": "list", "data": "not a list"})
        data: list[JSONDict] = []
        for i, text in enumerate(texts):
            score = reward_score(text)
            if kind == "pooling":
                data.append({"index": i, "object": "pooling", "data": [score]})
            else:
                p = 1.0 / (1.0 + pow(2.718281828459045, -score))
                label = "harmful" if p >= 0.5 else "safe"
                probs = [round(1.0 - p, 6), round(p, 6)]
                data.append({"index": i, "label": label, "probs": probs, "num_classes": 2})
        tokens = sum(_tokens(t) for t in texts)
        return respond(
            200,
            {
                "id": f"{kind}-stub-{state.seq}",
                "object": "list",
                "created": int(time.time()),
                "model": model,
                "data": data,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )

    async def pooling(request: Request) -> Response:
        return await pooling_endpoint(request, "pooling")

    async def classify(request: Request) -> Response:
        return await pooling_endpoint(request, "classify")

    async def chat_completions(request: Request) -> Response:
        return await completion_endpoint(request, chat=True)

    async def text_completions(request: Request) -> Response:
        return await completion_endpoint(request, chat=False)

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/stats", stats, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/requests", recent, methods=["GET"]),
        Route("/config", get_config, methods=["GET"]),
        Route("/config", set_config, methods=["POST"]),
        Route("/v1/models", list_models, methods=["GET"]),
        Route("/v1/models/{name:path}", get_model, methods=["GET"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/completions", text_completions, methods=["POST"]),
        Route("/pooling", pooling, methods=["POST"]),
        Route("/classify", classify, methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.stub = state
    app.state.uvicorn_server = None
    return app


def _usage(prompt_text: str, reply: Reply) -> JSONDict:
    completion = _tokens(reply.content) + _tokens(reply.reasoning) + (reply.reasoning_tokens or 0)
    prompt_tokens = _tokens(prompt_text)
    usage: JSONDict = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": prompt_tokens + completion,
    }
    if reply.reasoning_tokens is not None:
        usage["completion_tokens_details"] = {"reasoning_tokens": reply.reasoning_tokens}
    return usage


def chat_payload(model: str, reply: Reply, prompt_text: str, seq: int) -> JSONDict:
    """A ``chat.completion`` object."""
    message: JSONDict = {"role": "assistant", "content": reply.content}
    if reply.reasoning is not None:
        message["reasoning_content"] = reply.reasoning
        message["reasoning"] = reply.reasoning
    return {
        "id": f"chatcmpl-stub-{seq}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "lrmsafe-stub",
        "choices": [
            {"index": 0, "message": message, "finish_reason": reply.finish_reason, "logprobs": None}
        ],
        "usage": _usage(prompt_text, reply),
    }


def text_payload(model: str, reply: Reply, prompt_text: str, seq: int) -> JSONDict:
    """A ``text_completion`` object (the prompt is continued)."""
    return {
        "id": f"cmpl-stub-{seq}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "text": reply.content or "",
                "finish_reason": reply.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": _usage(prompt_text, reply),
    }


async def stream_events(payload: JSONDict, chat: bool, include_usage: bool) -> AsyncIterator[str]:
    """Minimal SSE stream of a finished payload: role, reasoning, content, finish, usage."""

    def event(obj: JSONDict) -> str:
        return f"data: {json.dumps(obj)}\n\n"

    base = {k: payload[k] for k in ("id", "created", "model")}
    base["object"] = "chat.completion.chunk" if chat else "text_completion"
    for choice in payload["choices"]:
        if chat:
            msg = choice["message"]
            deltas: list[JSONDict] = [{"role": "assistant", "content": ""}]
            if msg.get("reasoning_content") is not None:
                deltas.append(
                    {"reasoning_content": msg["reasoning_content"], "reasoning": msg["reasoning"]}
                )
            if msg.get("content"):
                deltas.append({"content": msg["content"]})
            for delta in deltas:
                yield event(
                    {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                )
            final: JSONDict = {"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]}
        else:
            final = {"index": 0, "text": choice["text"], "finish_reason": choice["finish_reason"]}
        yield event({**base, "choices": [final]})
    if not payload["choices"]:
        yield event({**base, "choices": []})
    if include_usage:
        yield event({**base, "choices": [], "usage": payload["usage"]})
    yield "data: [DONE]\n\n"
