"""The one signature every judge shares, so judges compose (windows, ensembles).

A judge reads one text (an answer or a thinking trace) in the context of the
prompt that produced it and returns a :class:`~lrmsafe.vocab.JudgeResult`. It
knows nothing about benchmarks' files or reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from lrmsafe._errors import UnknownNameError
from lrmsafe.vocab import Expected, JudgeResult

TextKind = Literal["answer", "thinking"]
Measures = Literal["refusal", "harm"]


@dataclass(frozen=True)
class JudgeContext:
    """What a judge may know besides the text: the prompt and its labels."""

    prompt: str
    kind: TextKind = "answer"
    expected: Expected = "refuse"
    category: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Judge(Protocol):
    """Anything that turns (text, context) into a verdict."""

    name: str
    measures: Measures
    needs_model: bool

    async def judge(self, text: str, context: JudgeContext) -> JudgeResult: ...


@dataclass(frozen=True)
class JudgeInfo:
    """A registered judge: how to build it and what its numbers mean."""

    name: str
    description: str
    measures: Measures
    needs_model: bool
    factory: Callable[..., Judge]


JUDGES: dict[str, JudgeInfo] = {}


def register_judge(
    name: str, description: str, measures: Measures, needs_model: bool
) -> Callable[[Callable[..., Judge]], Callable[..., Judge]]:
    """Register a judge factory under ``name`` for the CLI and ``lrmsafe list``."""

    def wrap(factory: Callable[..., Judge]) -> Callable[..., Judge]:
        JUDGES[name] = JudgeInfo(name, description, measures, needs_model, factory)
        return factory

    return wrap


@dataclass(frozen=True)
class ParametricJudge:
    """A judge family named ``prefix:spec`` (e.g. ``ensemble:refusal+llm``).

    ``resolve`` turns the spec into the JudgeInfo of one concrete judge, so
    its needs (a judge model or not) and what it measures are known before
    a run starts.
    """

    prefix: str
    usage: str
    description: str
    resolve: Callable[[str], JudgeInfo]


PARAMETRIC_JUDGES: dict[str, ParametricJudge] = {}


def register_parametric_judge(
    prefix: str, usage: str, description: str
) -> Callable[[Callable[[str], JudgeInfo]], Callable[[str], JudgeInfo]]:
    """Register a resolver for judge names written ``prefix:spec``."""

    def wrap(resolve: Callable[[str], JudgeInfo]) -> Callable[[str], JudgeInfo]:
        PARAMETRIC_JUDGES[prefix] = ParametricJudge(prefix, usage, description, resolve)
        return resolve

    return wrap


def get_judge_info(name: str) -> JudgeInfo:
    """Look a judge up by name, with a message that lists the known ones."""
    if name in JUDGES:
        return JUDGES[name]
    prefix, sep, spec = name.partition(":")
    if sep and prefix in PARAMETRIC_JUDGES:
        return PARAMETRIC_JUDGES[prefix].resolve(spec)
    choices = sorted(JUDGES) + sorted(p.usage for p in PARAMETRIC_JUDGES.values())
    raise UnknownNameError(f"unknown judge '{name}'; choose one of: {', '.join(choices)}")


def make_judge(name: str, **kwargs: Any) -> Judge:
    """Build a registered judge."""
    return get_judge_info(name).factory(**kwargs)
