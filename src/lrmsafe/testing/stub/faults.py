"""The stub's run-time settings: latency per model pattern, jitter and injected faults.

Validated strictly (an unknown key is an error): a typo must not silently
turn a fault test into a test without faults.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import Any, Final

JSONDict = dict[str, Any]

FAULT_KINDS: Final[tuple[str, ...]] = (
    "429",
    "5xx",
    "timeout",
    "drop",
    "malformed",
    "empty_choices",
)
"""Injected faults, in the order they are drawn (the first hit wins)."""


def default_config() -> JSONDict:
    """The configuration used when none (or a partial one) is given."""
    return {
        "latency": {"judge*": 0.0, "*": 0.0},
        "jitter": 0.0,
        "faults": {
            "rate_429": 0.0,
            "retry_after": 1,
            "rate_5xx": 0.0,
            "rate_timeout": 0.0,
            "timeout_s": 30,
            "rate_drop": 0.0,
            "rate_malformed": 0.0,
            "rate_empty_choices": 0.0,
        },
        "fault_models": "*",
    }


class ConfigError(ValueError):
    """A config that would silently do something else than intended (e.g. a typo)."""


def _number(value: object, where: str, *, lo: float = 0.0, hi: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where} must be a number, got {value!r}")
    if value < lo or (hi is not None and value > hi):
        raise ConfigError(f"{where} must be in [{lo}, {hi if hi is not None else 'inf'}]")
    return float(value)


@dataclass(frozen=True)
class StubConfig:
    """Validated run-time settings: latency per model pattern, jitter and fault rates."""

    latency: tuple[tuple[str, float], ...]
    jitter: float
    rates: dict[str, float]
    retry_after: float
    timeout_s: float
    fault_models: tuple[str, ...]
    raw: JSONDict

    @classmethod
    def from_dict(cls, data: JSONDict | None) -> StubConfig:
        """Merge ``data`` over the defaults; unknown keys are errors (typos hide faults)."""
        merged = default_config()
        data = data or {}
        if not isinstance(data, dict):
            raise ConfigError("config must be a JSON object")
        for key, value in data.items():
            if key not in merged:
                raise ConfigError(f"unknown config key {key!r}")
            if key == "faults":
                if not isinstance(value, dict):
                    raise ConfigError("faults must be an object")
                for fkey, fval in value.items():
                    if fkey not in merged["faults"]:
                        raise ConfigError(f"unknown faults key {fkey!r}")
                    merged["faults"][fkey] = fval
            elif key == "latency":
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    value = {"*": value}
                if not isinstance(value, dict):
                    raise ConfigError("latency must be an object of pattern -> seconds")
                merged["latency"] = dict(value)
            else:
                merged[key] = value
        latency = tuple(
            (str(pat), _number(sec, f"latency[{pat!r}]")) for pat, sec in merged["latency"].items()
        )
        faults = merged["faults"]
        rates = {
            kind: _number(faults[f"rate_{kind}"], f"faults.rate_{kind}", hi=1.0)
            for kind in FAULT_KINDS
        }
        fm = merged["fault_models"]
        if isinstance(fm, str):
            fault_models: tuple[str, ...] = (fm,)
        elif isinstance(fm, list) and all(isinstance(p, str) for p in fm):
            fault_models = tuple(fm)
        else:
            raise ConfigError("fault_models must be a pattern or a list of patterns")
        return cls(
            latency=latency,
            jitter=_number(merged["jitter"], "jitter", hi=1.0),
            rates=rates,
            retry_after=_number(faults["retry_after"], "faults.retry_after"),
            timeout_s=_number(faults["timeout_s"], "faults.timeout_s"),
            fault_models=fault_models,
            raw=merged,
        )

    def latency_for(self, model: str) -> float:
        """Latency of the most specific matching pattern (most literal characters)."""
        best: tuple[int, float] | None = None
        for pattern, seconds in self.latency:
            if fnmatch.fnmatchcase(model, pattern):
                literal = len(re.sub(r"[*?\[\]]", "", pattern))
                if best is None or literal > best[0]:
                    best = (literal, seconds)
        return best[1] if best else 0.0

    def faults_apply(self, model: str) -> bool:
        """Whether faults may hit requests for ``model``."""
        return any(fnmatch.fnmatchcase(model, p) for p in self.fault_models)
