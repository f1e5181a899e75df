"""Which benchmark modules the package holds, found without importing them.

Why: adding a benchmark must be adding one module (or package) under
``lrmsafe/benchmarks/``, with no list to edit. ``benchmarks/__init__.py``
imports what this finds, and ``lrmsafe list`` compares it with the module
names its stored listing was built from (a directory scan, no Inspect AI).
"""

from __future__ import annotations

import pkgutil
from collections.abc import Iterable
from importlib.util import find_spec

BENCHMARKS_PACKAGE = "lrmsafe.benchmarks"


def module_names(paths: Iterable[str]) -> list[str]:
    """The public (non-underscore) modules and packages in ``paths``, sorted."""
    return sorted({m.name for m in pkgutil.iter_modules(list(paths)) if not m.name.startswith("_")})


def benchmark_paths() -> list[str]:
    """Where the benchmarks package lives (its ``__init__`` is not executed)."""
    spec = find_spec(BENCHMARKS_PACKAGE)
    if spec is None or spec.submodule_search_locations is None:  # pragma: no cover
        return []
    return list(spec.submodule_search_locations)


def benchmark_modules() -> list[str]:
    """The benchmark modules ``benchmarks/__init__.py`` imports, by name."""
    return module_names(benchmark_paths())
