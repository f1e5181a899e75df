"""The one signature every judge shares, so judges compose (windows, ensembles).

A judge reads one text (an answer or a thinking trace) in the context of the
prompt that produced it and returns a :class:`~lrmsafe.vocab.JudgeResult`. It
knows nothing about benchmarks' files or reports.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from lrmsafe._registry import Registry
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
    caveat: str = ""
    """What its measured accuracy means for the numbers it makes, said beside
    them in reports; from the judge class's ``caveat`` attribute."""


JUDGES: Registry[JudgeInfo] = Registry("judge", "choose one of")


def register_judge(
    name: str, description: str
) -> Callable[[Callable[..., Judge]], Callable[..., Judge]]:
    """Register a judge factory under ``name`` for the CLI and ``lrmsafe list``.

    What the judge measures and whether it needs a judge model are read from
    the judge itself (see :func:`judge_traits`), never written twice.
    """

    def wrap(factory: Callable[..., Judge]) -> Callable[..., Judge]:
        measures, needs_model, caveat = judge_traits(factory)
        JUDGES.add(name, JudgeInfo(name, description, measures, needs_model, factory, caveat))
        return factory

    return wrap


def judge_traits(factory: Callable[..., Judge]) -> tuple[Measures, bool, str]:
    """``measures``, ``needs_model`` and ``caveat`` (empty if none) of the judges
    ``factory`` builds.

    Read from the class it returns where the class fixes them (so building a
    judge that needs files or settings is not needed to list it); otherwise
    from one judge built with the factory's defaults, which reaches no model.
    """
    cls = inspect.signature(factory, eval_str=True).return_annotation
    measures = getattr(cls, "measures", None)
    needs_model = getattr(cls, "needs_model", None)
    caveat = getattr(cls, "caveat", None)
    if measures is None or needs_model is None:
        judge = factory()
        measures, needs_model = judge.measures, judge.needs_model
        caveat = getattr(judge, "caveat", None)
    return measures, bool(needs_model), str(caveat or "")


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


PARAMETRIC_JUDGES: Registry[ParametricJudge] = Registry("judge family")


def register_parametric_judge(
    prefix: str, usage: str, description: str
) -> Callable[[Callable[[str], JudgeInfo]], Callable[[str], JudgeInfo]]:
    """Register a resolver for judge names written ``prefix:spec``."""

    def wrap(resolve: Callable[[str], JudgeInfo]) -> Callable[[str], JudgeInfo]:
        PARAMETRIC_JUDGES.add(prefix, ParametricJudge(prefix, usage, description, resolve))
        return resolve

    return wrap


def get_judge_info(name: str) -> JudgeInfo:
    """Look a judge up by name, with a message that lists the known ones."""
    if name in JUDGES:
        return JUDGES[name]
    prefix, sep, spec = name.partition(":")
    if sep and prefix in PARAMETRIC_JUDGES:
        return PARAMETRIC_JUDGES[prefix].resolve(spec)
    raise JUDGES.unknown(name, sorted(p.usage for p in PARAMETRIC_JUDGES.values()))


def make_judge(name: str, **kwargs: Any) -> Judge:
    """Build a registered judge."""
    return get_judge_info(name).factory(**kwargs)
