"""Generation settings of the target: sampling, presets, system prompt, provider args.

Why: reasoning models are sampled, not decoded greedily (DeepSeek's R1 card
warns that greedy decoding makes them loop), and a safety rate means little
without the decoding it was measured under. Every setting here is sent to
the target only (judges keep their own protocol, :data:`JUDGE_GENERATION`),
written into each log (Inspect's generate config plus the task metadata key
``generation``) and read back by the report (:func:`generation_of`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lrmsafe._errors import UserError

if TYPE_CHECKING:
    from inspect_ai.log import EvalLog
    from inspect_ai.solver import Solver


@dataclass(frozen=True)
class Preset:
    """Recommended sampling of a model family, with where it comes from."""

    name: str
    temperature: float
    top_p: float
    top_k: int | None = None
    min_p: float | None = None
    source: str = ""


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "deepseek-r1",
            0.6,
            0.95,
            source="DeepSeek-R1 model card (R1 and its distills): temperature 0.5-0.7, 0.6 "
            "recommended, top-p 0.95; greedy decoding can make the model loop",
        ),
        Preset(
            "qwq",
            0.6,
            0.95,
            top_k=40,
            source="QwQ-32B model card: temperature 0.6, top-p 0.95, top-k 20-40 (40 taken)",
        ),
        Preset(
            "qwen3-thinking",
            0.6,
            0.95,
            top_k=20,
            min_p=0.0,
            source="Qwen3 model card, thinking mode: temperature 0.6, top-p 0.95, top-k 20, "
            "min-p 0; no greedy decoding",
        ),
        Preset(
            "gpt-oss",
            1.0,
            1.0,
            source="gpt-oss model card: temperature 1.0, top-p 1.0",
        ),
    )
}

JUDGE_GENERATION: dict[str, Any] = {
    "temperature": 0.0,
    "max_tokens": 512,
    "source": "lrmsafe judge protocol: temperature 0, short replies (at most 512 tokens); "
    "the target's sampling settings are never applied to judges",
}
"""What every model judge is called with (judges/llm.py, judges/guard.py): recorded
beside the target's settings so a report says both."""
JUDGE_GENERATION_KEY = "judge_generation"
"""Task metadata: the judge settings a canonical task sends instead (its reference's:
``temperature``, ``max_tokens`` when it sends one, ``reference`` naming whose)."""


def judge_settings(protocol: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """A task's metadata entry for its judges' settings: ``settings`` (its reference's)
    under ``canonical``, nothing under ``hardened`` (lrmsafe's :data:`JUDGE_GENERATION`)."""
    return {JUDGE_GENERATION_KEY: dict(settings)} if protocol == "canonical" else {}


NATIVE_TOP_K = ("anthropic", "google", "hf", "together", "bedrock", "sagemaker", "vertex")
"""Providers whose Inspect client sends GenerateConfig.top_k itself."""
EXTRA_BODY = ("openai-api", "vllm", "sglang", "llama-cpp-python", "ollama")
"""OpenAI-compatible servers (vLLM, SGLang, llama.cpp) that read ``top_k`` and
``min_p`` from the request body; Inspect's OpenAI client does not send them,
so they go in ``extra_body``."""

_SECRET_ARG = re.compile(r"key|token|secret|password|passwd|credential|auth", re.I)
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "seed")


@dataclass
class GenerationSettings:
    """The target's generation settings as the user asked for them (flags over preset)."""

    preset: str | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    seed: int | None = None
    system_prompt: str | None = None
    model_args: dict[str, Any] = field(default_factory=dict)
    epochs: int = 1

    @property
    def any_set(self) -> bool:
        """Whether anything differs from the provider's defaults and one epoch."""
        return bool(
            self.preset
            or any(getattr(self, k) is not None for k in SAMPLING_KEYS)
            or self.system_prompt
            or self.model_args
            or self.epochs > 1
        )


def read_system_prompt(value: str | None) -> str | None:
    """``--system-prompt``: the text itself, or ``@PATH`` to read it from a UTF-8 file."""
    if value is None:
        return None
    if value.startswith("@"):
        path = Path(value[1:]).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"--system-prompt {value}: file not found") from None
        except (OSError, UnicodeDecodeError) as ex:
            why = ex.strerror if isinstance(ex, OSError) else "not UTF-8 text"
            raise UserError(f"--system-prompt {value}: cannot read it ({why})") from None
    else:
        text = value
    if not text.strip():
        raise UserError("--system-prompt is empty (use @PATH to read it from a file)")
    return text


def parse_model_args(items: Sequence[str] | None) -> dict[str, Any]:
    """``-M key=value`` (repeatable) to provider arguments; values read as YAML, as Inspect does."""
    import yaml

    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UserError(f"-M {item}: expected key=value")
        if _SECRET_ARG.search(key) and key != "api_key" and not key.startswith("aws_"):
            # Inspect writes model args into every log (all but api_key and aws_*)
            raise UserError(
                f"-M {key}=...: Inspect would write this secret into the logs; pass it "
                "through the environment instead (only -M api_key=... is kept out of logs)"
            )
        try:
            value = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError:
            value = raw
        out[key] = value
    return out


def _check_range(name: str, value: float | None, lo: float, hi: float, lo_open: bool) -> None:
    if value is None:
        return
    bad = value < lo or value > hi or (lo_open and value == lo)
    if bad:
        opener = "(" if lo_open else "["
        raise UserError(f"--{name} must be in {opener}{lo:g}, {hi:g}], got {value:g}")


def resolve_generation(
    *,
    preset: str | None = None,
    temperature: float | None = None,
    top_p: float | None = None,
    top_k: int | None = None,
    min_p: float | None = None,
    seed: int | None = None,
    system_prompt: str | None = None,
    model_args: Sequence[str] | None = None,
    epochs: int | None = None,
) -> GenerationSettings:
    """Validate the flags and apply them over the preset (an explicit flag wins)."""
    chosen: Preset | None = None
    if preset is not None:
        chosen = PRESETS.get(preset)
        if chosen is None:
            raise UserError(
                f"unknown --preset '{preset}'; choose one of: {', '.join(sorted(PRESETS))}"
            )
    _check_range("temperature", temperature, 0.0, 2.0, False)
    _check_range("top-p", top_p, 0.0, 1.0, True)
    _check_range("min-p", min_p, 0.0, 1.0, False)
    if top_k is not None and top_k < 1:
        raise UserError(f"--top-k must be at least 1, got {top_k}")
    if seed is not None and seed < 0:
        raise UserError(f"--generation-seed must be 0 or more, got {seed}")
    if epochs is not None and epochs < 1:
        raise UserError(f"--epochs must be at least 1, got {epochs}")

    def pick(flag: Any, name: str) -> Any:
        return flag if flag is not None else getattr(chosen, name, None)

    return GenerationSettings(
        preset=preset,
        temperature=pick(temperature, "temperature"),
        top_p=pick(top_p, "top_p"),
        top_k=pick(top_k, "top_k"),
        min_p=pick(min_p, "min_p"),
        seed=seed,
        system_prompt=read_system_prompt(system_prompt),
        model_args=parse_model_args(model_args),
        epochs=epochs or 1,
    )


def provider_of(model: str) -> str:
    """The Inspect provider of a model string (``openai-api`` for the local engine)."""
    return model.split("/", 1)[0] if "/" in model else "openai-api"


def generate_kwargs(gen: GenerationSettings, model: str) -> tuple[dict[str, Any], list[str]]:
    """Inspect generate-config arguments for the target, and the settings not sent.

    ``top_k``/``min_p`` travel in the request body for OpenAI-compatible
    servers; a provider that takes neither gets them listed as not sent
    (the run prints a note and the log records it), never dropped silently.
    """
    provider = provider_of(model)
    kwargs: dict[str, Any] = {
        k: getattr(gen, k) for k in ("temperature", "top_p", "seed") if getattr(gen, k) is not None
    }
    extra: dict[str, Any] = {}
    not_sent: list[str] = []
    if gen.top_k is not None:
        if provider in EXTRA_BODY:
            extra["top_k"] = gen.top_k
        elif provider in NATIVE_TOP_K:
            kwargs["top_k"] = gen.top_k
        else:
            not_sent.append("top_k")
    if gen.min_p is not None:
        if provider in EXTRA_BODY:
            extra["min_p"] = gen.min_p
        else:
            not_sent.append("min_p")
    if extra:
        kwargs["extra_body"] = extra
    return kwargs, not_sent


def digest(text: str) -> str:
    """Short SHA-256 of a system prompt: what the report shows and the variant compares."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def mask_args(args: dict[str, Any]) -> dict[str, Any]:
    """Provider arguments fit for a log or report: secret-looking values masked."""
    return {k: ("[redacted]" if _SECRET_ARG.search(k) else v) for k, v in args.items()}


def generation_record(
    gen: GenerationSettings, model: str, model_judge: bool = True
) -> dict[str, Any]:
    """The ``generation`` task metadata: what the run asked for and what was sent.

    ``model_judge``: a judge model is called (its protocol is recorded too);
    False for the offline judges, which call no model."""
    _, not_sent = generate_kwargs(gen, model)
    out: dict[str, Any] = {k: getattr(gen, k) for k in SAMPLING_KEYS if getattr(gen, k) is not None}
    if gen.preset:
        out["preset"] = gen.preset
        out["preset_source"] = PRESETS[gen.preset].source
    if gen.system_prompt:
        out["system_prompt"] = gen.system_prompt
        out["system_prompt_sha256"] = digest(gen.system_prompt)
    if gen.model_args:
        out["model_args"] = mask_args(gen.model_args)
    if not_sent:
        out["not_sent"] = not_sent
    out["epochs"] = gen.epochs
    out["judge"] = dict(JUDGE_GENERATION) if model_judge else None
    return out


def run_notes(gen: GenerationSettings, model: str, model_judge: bool = True) -> list[str]:
    """Lines printed at the start of a run: the preset, what is sent, what cannot be."""
    notes: list[str] = []
    if gen.preset:
        notes.append(f"preset {gen.preset}: {PRESETS[gen.preset].source}")
    if gen.any_set:
        notes.append(f"generation: {describe(generation_record(gen, model, model_judge))}")
    _, not_sent = generate_kwargs(gen, model)
    for key in not_sent:
        notes.append(
            f"{key.replace('_', '-')} {getattr(gen, key):g} is not sent: provider "
            f"'{provider_of(model)}' has no such parameter"
        )
    if gen.seed is not None and gen.epochs > 1:
        notes.append(
            "--generation-seed with --epochs: a provider that honours the seed returns the "
            "same answer in every epoch, so worst-of-K equals the single-sample rate"
        )
    return notes


def describe(gen: dict[str, Any] | None) -> str:
    """One line for report headers: sampling, system prompt, args, epochs, judges."""
    gen = gen or {}
    parts: list[str] = []
    labels = {"temperature": "temperature", "top_p": "top-p", "top_k": "top-k",
              "min_p": "min-p", "seed": "seed"}  # fmt: skip
    for key, label in labels.items():
        if gen.get(key) is not None:
            parts.append(f"{label} {gen[key]:g}" if key != "seed" else f"seed {gen[key]}")
    if not parts:
        parts.append("provider default sampling")
    for key in ("max_tokens", "reasoning_effort", "reasoning_tokens"):
        if gen.get(key) is not None:
            parts.append(f"{key.replace('_', ' ')} {gen[key]}")
    if gen.get("system_prompt_sha256"):
        text = " ".join(str(gen.get("system_prompt") or "").split())
        head = text[:60] + ("..." if len(text) > 60 else "")
        parts.append(
            f"system prompt '{head}' (sha256 {gen['system_prompt_sha256']}, {len(text)} chars)"
        )
    if gen.get("model_args"):
        args = ", ".join(f"{k}={v}" for k, v in sorted(gen["model_args"].items()))
        parts.append(f"model args {args}")
    if gen.get("not_sent"):
        parts.append(f"not sent: {', '.join(gen['not_sent'])}")
    parts.append(f"epochs {gen.get('epochs') or 1}")
    if gen.get("preset"):
        parts.append(f"preset {gen['preset']}")
    judge = gen.get("judge")
    if judge:
        temperature = judge.get("temperature")
        limit = judge.get("max_tokens")
        parts.append(
            "judges: "
            + (f"temperature {temperature:g}" if temperature is not None else "default temperature")
            + (f", at most {limit} tokens" if limit is not None else ", no token limit sent")
            + (f" ({judge['reference']})" if judge.get("reference") else " (protocol)")
        )
    else:
        parts.append("judge: offline (no model called)")
    return "; ".join(parts)


def generation_of(log: EvalLog) -> dict[str, Any]:
    """A log's generation settings: what Inspect used (its generate config, epochs,
    model args) over what lrmsafe recorded (preset, system prompt, judges).

    Logs not written by ``lrmsafe run`` (Inspect directly, older versions) still
    get their sampling from the generate config.
    """
    recorded = dict((log.eval.metadata or {}).get("generation") or {})
    config = log.eval.model_generate_config
    out: dict[str, Any] = {k: v for k, v in recorded.items() if k not in SAMPLING_KEYS}
    for key in ("temperature", "top_p", "top_k", "seed", "max_tokens", "reasoning_effort"):
        value = getattr(config, key, None)
        if value is not None:
            out[key] = value
    if getattr(config, "reasoning_tokens", None) is not None:
        out["reasoning_tokens"] = config.reasoning_tokens
    extra = getattr(config, "extra_body", None) or {}
    for key in ("top_k", "min_p"):
        if key in extra and out.get(key) is None:
            out[key] = extra[key]
    for key in recorded.get("not_sent") or []:
        out.pop(key, None)
    epochs = getattr(log.eval.config, "epochs", None)
    out["epochs"] = int(epochs or recorded.get("epochs") or 1)
    if log.eval.model_args:
        out["model_args"] = mask_args(dict(log.eval.model_args))
    if "judge" not in recorded:  # not recorded: lrmsafe's model judges always ran at the protocol
        out["judge"] = dict(JUDGE_GENERATION) if "judge" in (log.eval.model_roles or {}) else None
    # a canonical task's judges use their reference's settings (XSTest 16 tokens, HELM 64,
    # ...): the task records them (metadata "judge_generation"), and they replace ours
    task_judge = (log.eval.metadata or {}).get(JUDGE_GENERATION_KEY)
    if isinstance(task_judge, dict) and out.get("judge") is not None:
        out["judge"] = dict(task_judge)
    return out


def variant_part(gen: dict[str, Any]) -> dict[str, Any]:
    """The settings that make a run another condition (not a retry) in the report."""
    out = {k: gen[k] for k in SAMPLING_KEYS if gen.get(k) is not None}
    if gen.get("system_prompt_sha256"):
        out["system_prompt"] = gen["system_prompt_sha256"]
    if gen.get("model_args"):
        out["model_args"] = gen["model_args"]
    return out


def system_prompt_solver(text: str) -> Solver:
    """A solver step that puts the run's system prompt first in the target's conversation.

    A benchmark's own system message is kept, after ours in the same message
    (several system messages break some chat templates). The text is used as
    is: no ``{placeholder}`` substitution, unlike Inspect's ``system_message``.
    """
    return _system_prompt_factory()(text)


@functools.cache
def _system_prompt_factory() -> Callable[[str], Solver]:
    """The registered solver, defined once on first use (Inspect stays unimported
    for the CLI's option parsing and the report's formatting)."""
    from inspect_ai.model import ChatMessageSystem
    from inspect_ai.solver import Generate, TaskState, solver

    @solver(name="lrmsafe_system_prompt")
    def lrmsafe_system_prompt(text: str) -> Solver:
        async def solve(state: TaskState, generate: Generate) -> TaskState:
            first = state.messages[0] if state.messages else None
            if isinstance(first, ChatMessageSystem):
                state.messages[0] = ChatMessageSystem(content=f"{text}\n\n{first.text}")
            else:
                state.messages.insert(0, ChatMessageSystem(content=text))
            return state

        return solve

    return lrmsafe_system_prompt
