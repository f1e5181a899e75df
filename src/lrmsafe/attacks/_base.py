"""The attack registry: what each attack is, what it needs, how to build it.

An attack turns a benchmark's solver into an attacked solver (an Inspect
solver chain): it rewrites the input (recording the original prompt), may
replace or wrap the generation, and may post-process the output (decoding,
translating back) before the scorer judges it. ``--attack a,b`` runs one task
per (benchmark, attack), always with ``none`` as the paired baseline.

Attacks take options inline: ``prefill:template=chatml``,
``crescendo:turns=3``; each attack lists the options it accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from inspect_ai.solver import Solver

from lrmsafe._errors import UnknownNameError, UserError

Family = Literal["baseline", "template", "encoding", "reasoning", "multiturn", "injection"]
FAMILIES: tuple[Family, ...] = (
    "baseline",
    "template",
    "encoding",
    "reasoning",
    "multiturn",
    "injection",
)
Need = Literal["attacker_model", "completions", "reasoning_effort"]
"""What an attack needs besides the target: an attacker model role, a
completions endpoint (or assistant prefill), a provider with reasoning budgets."""


@dataclass(frozen=True)
class AttackContext:
    """What an attack may know when it is built: the run's models and judge."""

    model: str | None = None
    """The target model string as the user gave it (None: the local default)."""
    judge: str = "refusal"
    judge_model: str | None = None
    attacker_model: str | None = None
    budgets: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AttackVariant:
    """One attacked configuration: its own task, its own rows in the report."""

    name: str
    label: str
    """``name`` plus options (``budget:effort=low``); unique within a run."""
    params: dict[str, Any]
    wrap: Callable[[Solver], Solver]
    """Given the benchmark's solver, return the attacked solver (chain)."""


@dataclass(frozen=True)
class AttackInfo:
    """A registered attack: one-line description, family, needs and options."""

    name: str
    description: str
    family: Family
    needs: frozenset[Need]
    options: Mapping[str, str]
    """Option name -> what it does and its default (shown by ``lrmsafe list``)."""
    factory: Callable[[AttackContext, dict[str, str]], list[AttackVariant]]


ATTACKS: dict[str, AttackInfo] = {}


def register_attack(
    name: str,
    description: str,
    family: Family,
    needs: tuple[Need, ...] = (),
    options: Mapping[str, str] | None = None,
) -> Callable[
    [Callable[[AttackContext, dict[str, str]], list[AttackVariant]]],
    Callable[[AttackContext, dict[str, str]], list[AttackVariant]],
]:
    """Register an attack factory under ``name`` for the CLI and ``lrmsafe list``."""

    def wrap(
        factory: Callable[[AttackContext, dict[str, str]], list[AttackVariant]],
    ) -> Callable[[AttackContext, dict[str, str]], list[AttackVariant]]:
        ATTACKS[name] = AttackInfo(
            name, description, family, frozenset(needs), dict(options or {}), factory
        )
        return factory

    return wrap


def get_attack_info(name: str) -> AttackInfo:
    """Look an attack up by name, with a message that lists the known ones."""
    try:
        return ATTACKS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown attack '{name}'; choose from: {', '.join(sorted(ATTACKS))}"
        ) from None


@dataclass(frozen=True)
class AttackSpec:
    """One ``--attack`` item: a registered name and its inline options."""

    name: str
    options: dict[str, str] = field(default_factory=dict)


_NAME = re.compile(r"[a-z][a-z0-9_]*")
_OPTION = re.compile(r"([a-z][a-z0-9_]*)=([^:,=]+)")


def parse_attacks(text: str) -> list[AttackSpec]:
    """Parse ``--attack NAME[:opt=value...][,NAME...]``; ``none`` always comes first.

    Unknown names and options are errors (a typo must not run something else).
    """
    specs: list[AttackSpec] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, *opts = item.split(":")
        if not _NAME.fullmatch(name):
            raise UserError(f"--attack: bad attack name '{name}'")
        info = get_attack_info(name)
        options: dict[str, str] = {}
        for opt in opts:
            m = _OPTION.fullmatch(opt.strip())
            if not m:
                raise UserError(
                    f"--attack {name}: options are written {name}:key=value, got '{opt}'"
                )
            key, value = m.group(1), m.group(2).strip()
            if key not in info.options:
                accepted = ", ".join(sorted(info.options)) or "none"
                raise UserError(f"--attack {name}: unknown option '{key}' (accepted: {accepted})")
            options[key] = value
        spec = AttackSpec(name, options)
        if spec not in specs:
            specs.append(spec)
    if not specs:
        raise UserError("--attack: name at least one attack (see `lrmsafe list`)")
    if AttackSpec("none") not in specs:
        specs.insert(0, AttackSpec("none"))
    return specs


def label_for(name: str, params: Mapping[str, Any]) -> str:
    """``name`` or ``name:k=v,...`` (options sorted): the attack's key in reports."""
    if not params:
        return name
    return name + ":" + ",".join(f"{k}={params[k]}" for k in sorted(params))


def int_option(options: Mapping[str, str], key: str, default: int, lo: int, hi: int) -> int:
    """An integer option within [lo, hi], or a one-line error."""
    raw = options.get(key)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise UserError(f"attack option {key}={raw}: not an integer") from None
    if not lo <= value <= hi:
        raise UserError(f"attack option {key}={value}: must be between {lo} and {hi}")
    return value
