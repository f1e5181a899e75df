"""A scripted OpenAI-compatible stub server for real-HTTP tests and benchmarks.

Why: the engines and judges talk to models through Inspect AI's
``openai-api/<service>/<model>`` provider and the ``openai`` client. Testing them
against a real socket (not mocks) catches wire-format and retry bugs, and a
scripted server makes every reply, rate and fault known in advance. All reply
texts are neutral placeholders; the server never produces harmful content.

Run it as a process (tests and benchmark scripts start it the same way)::

    python -m lrmsafe.testing.stub --host 127.0.0.1 --port 0 [--config F.json] [--seed N]

With ``--port 0`` it binds a free port and prints ``LISTENING http://HOST:PORT``
on stdout, then serves until SIGTERM/SIGINT. From Python use :func:`start_stub`.

The parts: :mod:`.profiles` (what target, attacker, victim and reward models
answer: the requested model name selects a profile, see :func:`parse_model`),
:mod:`.judges` (judge models, ``judge*``, answer with the example reply of the
judge prompt that asks, see :mod:`lrmsafe.judges.replies`), :mod:`.faults`
(latency and injected faults), :mod:`.app` (the HTTP app and its state) and
:mod:`.process` (serving as a process, and the client-side helper).
"""

from __future__ import annotations

from typing import Any

from lrmsafe.testing.stub.app import (
    StubState,
    chat_payload,
    create_app,
    sampling_key,
    stream_events,
    text_payload,
)
from lrmsafe.testing.stub.faults import (
    FAULT_KINDS,
    ConfigError,
    JSONDict,
    StubConfig,
    default_config,
)
from lrmsafe.testing.stub.judges import (
    GARBAGE_REPLY,
    NO_FENCE_REPLY,
    PARTIAL_MARKER,
    JudgeStyle,
    echo_judge_reply,
    judge_reply,
    judge_styles,
    loose_echo_judge_reply,
    reply_format,
)
from lrmsafe.testing.stub.process import (
    StubError,
    StubProcess,
    main,
    serve,
    start_stub,
)
from lrmsafe.testing.stub.profiles import (
    AWARE_COMPLY_THINKING,
    BUDGET_COMPLY,
    COMPLY_ANSWER,
    COMPLY_THINKING,
    ENCODED_REPLY_RE,
    FENCE_RE,
    FIXED_ONLY_STANCES,
    FORMATS,
    HIDDEN_REASONING_TOKENS,
    HOSTILE_PAYLOADS,
    JUDGE_VARIANTS,
    KEY_ECHO_RE,
    MULTI_INTERLUDE,
    REFUSAL_MARKERS,
    REFUSE_ANSWER,
    REFUSE_THINKING,
    REWARD_MODELS,
    SAMPLING_PARAMS,
    SPECIAL_TARGETS,
    STANCES,
    STRAY_CLOSE_ANSWER,
    TRANSLATION_PREFIX,
    Profile,
    Reply,
    as_continuation,
    attacker_reply,
    encode_reply,
    find_fenced,
    hostile_reply,
    is_refusal,
    model_names,
    parse_model,
    render_target,
    resolve,
    reward_score,
    sampled_draw,
    stance_texts,
    victim_reply,
)

__all__ = [
    "AWARE_COMPLY_THINKING",
    "BUDGET_COMPLY",
    "COMPLY_ANSWER",
    "COMPLY_THINKING",
    "ENCODED_REPLY_RE",
    "FAULT_KINDS",
    "FENCE_RE",
    "FIXED_ONLY_STANCES",
    "FORMATS",
    "GARBAGE_REPLY",
    "HIDDEN_REASONING_TOKENS",
    "HOSTILE_PAYLOADS",
    "JUDGE_STYLES",
    "JUDGE_VARIANTS",
    "KEY_ECHO_RE",
    "MULTI_INTERLUDE",
    "NO_FENCE_REPLY",
    "PARTIAL_MARKER",
    "REFUSAL_MARKERS",
    "REFUSE_ANSWER",
    "REFUSE_THINKING",
    "REWARD_MODELS",
    "SAMPLING_PARAMS",
    "SPECIAL_TARGETS",
    "STANCES",
    "STRAY_CLOSE_ANSWER",
    "TRANSLATION_PREFIX",
    "ConfigError",
    "JSONDict",
    "JudgeStyle",
    "Profile",
    "Reply",
    "StubConfig",
    "StubError",
    "StubProcess",
    "StubState",
    "as_continuation",
    "attacker_reply",
    "chat_payload",
    "create_app",
    "default_config",
    "echo_judge_reply",
    "encode_reply",
    "find_fenced",
    "hostile_reply",
    "is_refusal",
    "judge_reply",
    "judge_styles",
    "loose_echo_judge_reply",
    "main",
    "model_names",
    "parse_model",
    "render_target",
    "reply_format",
    "resolve",
    "reward_score",
    "sampled_draw",
    "sampling_key",
    "serve",
    "stance_texts",
    "start_stub",
    "stream_events",
    "text_payload",
    "victim_reply",
]


def __getattr__(name: str) -> Any:
    """``JUDGE_STYLES``: the registered reply formats, built on first use (the registry
    imports Inspect AI and every benchmark, which the stub process must not at start)."""
    if name == "JUDGE_STYLES":
        styles = judge_styles()
        globals()[name] = styles
        return styles
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
