"""Python's cyclic garbage collector, tuned for one long Inspect run.

A run keeps tens of thousands of long-lived objects (modules, pydantic
models, logged samples); every full collection walks all of them, again and
again as samples come and go. Freezing what exists before the run moves it
out of the collector's sight, and a larger first-generation threshold makes
collections rarer. Measured with ``perf/throughput.py`` (harness
profile, C=256): about 17% less CPU per judged sample, for ~45 MB more peak
memory. Memory is still freed at once by reference counting; only cycles wait.
No full collection runs first: it cost 0.2 s of every run's start-up (2 cores,
140,000 objects) to free the little cyclic garbage that imports leave.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 50, 100)


def tune_gc() -> None:
    """Freeze the objects alive now and collect less often (idempotent)."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
