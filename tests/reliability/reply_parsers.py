"""Every judge-reply parser in lrmsafe, found by signature (so new ones are covered).

A parser is a module-level function whose first parameter is ``reply`` and
whose return annotation is ``JudgeResult | None`` (None = unparseable). Extra
float parameters (e.g. AIR-Bench's ``safe_score``) get both 0.0 and 1.0.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from types import ModuleType

import lrmsafe
from lrmsafe.vocab import JudgeResult

Parser = Callable[[str], JudgeResult | None]

CARRIERS = frozenset({"lrmsafe.benchmarks.mitre._free_text"})
"""Not verdict parsers: they accept any prose (their 'verdict' is never read)."""


def _modules() -> list[ModuleType]:
    found: list[ModuleType] = []
    for info in pkgutil.walk_packages(lrmsafe.__path__, "lrmsafe."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # an optional extra (ray, torch, ...) that is not installed
            continue
    return found


@functools.cache
def judge_parsers() -> dict[str, Parser]:
    """name -> parser of one reply string."""
    out: dict[str, Parser] = {}
    for module in _modules():
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != getattr(module, "__name__", None):
                continue
            sig = inspect.signature(fn)
            params = list(sig.parameters.values())
            if not params or params[0].name != "reply":
                continue
            if str(sig.return_annotation).replace(" ", "") not in ("JudgeResult|None",):
                continue
            qual = f"{fn.__module__}.{name}"
            extra = [p for p in params[1:] if p.default is inspect.Parameter.empty]
            if not extra:
                out[qual] = fn
            elif all(p.annotation in ("float", float) for p in extra):
                for value in (0.0, 1.0):
                    kwargs = {p.name: value for p in extra}
                    out[f"{qual}[{value}]"] = functools.partial(fn, **kwargs)
    return out
