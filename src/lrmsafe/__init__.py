"""lrmsafe: safety assessment of large reasoning models on Inspect AI.

The public API is small: split outputs, build tasks, run, summarise logs.

The names are imported on first use (module ``__getattr__``): importing the
package, as every ``lrmsafe`` command does, must not import Inspect AI and
every benchmark (about a second), so that ``lrmsafe --help`` answers at once.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lrmsafe.analysis.metrics import summarize
    from lrmsafe.analysis.records import SampleRecord, read_records
    from lrmsafe.benchmarks import BENCHMARKS, SUITES, build_task
    from lrmsafe.judges import JUDGES, JudgeContext, make_judge
    from lrmsafe.reasoning import split_output, split_text
    from lrmsafe.runner import RunOptions, RunResult, run
    from lrmsafe.vocab import JudgeResult, Outcome, Split, Verdict

__version__ = "0.1.0"

_HOMES: dict[str, str] = {
    "summarize": "lrmsafe.analysis.metrics",
    "SampleRecord": "lrmsafe.analysis.records",
    "read_records": "lrmsafe.analysis.records",
    "BENCHMARKS": "lrmsafe.benchmarks",
    "SUITES": "lrmsafe.benchmarks",
    "build_task": "lrmsafe.benchmarks",
    "JUDGES": "lrmsafe.judges",
    "JudgeContext": "lrmsafe.judges",
    "make_judge": "lrmsafe.judges",
    "split_output": "lrmsafe.reasoning",
    "split_text": "lrmsafe.reasoning",
    "RunOptions": "lrmsafe.runner",
    "RunResult": "lrmsafe.runner",
    "run": "lrmsafe.runner",
    "JudgeResult": "lrmsafe.vocab",
    "Outcome": "lrmsafe.vocab",
    "Split": "lrmsafe.vocab",
    "Verdict": "lrmsafe.vocab",
}
"""Public name -> the module that defines it."""

__all__ = [
    "BENCHMARKS",
    "JUDGES",
    "SUITES",
    "JudgeContext",
    "JudgeResult",
    "Outcome",
    "RunOptions",
    "RunResult",
    "SampleRecord",
    "Split",
    "Verdict",
    "build_task",
    "make_judge",
    "read_records",
    "run",
    "split_output",
    "split_text",
    "summarize",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first access, then cache the name here."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'lrmsafe' has no attribute '{name}'")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
