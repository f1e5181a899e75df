"""lrmsafe: safety assessment of large reasoning models on Inspect AI.

The public API is small: split outputs, build tasks, run, summarise logs.
"""

from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.benchmarks import BENCHMARKS, SUITES, build_task
from lrmsafe.judges import JUDGES, JudgeContext, make_judge
from lrmsafe.reasoning import split_output, split_text
from lrmsafe.runner import RunOptions, RunResult, run
from lrmsafe.vocab import JudgeResult, Outcome, Split, Verdict

__version__ = "0.1.0"

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
