"""The run's records, collected as its samples end: the summary needs no second read.

Why: ``lrmsafe run`` prints a summary of the logs it wrote. Reading them back
(every sample with all its events: decompress, parse, validate) cost seconds
after the last sample at N=2,000, as much again as writing them. An Inspect
hook sees each sample as it is logged; it is turned into its record at once
(what :func:`~lrmsafe.analysis.records.read_records` would make of it), so
only records are held, not samples.

The collected records stand in for a read only when they are provably the
same: every log in the folder is one this run wrote, each finished
successfully with exactly the samples collected for it, under the spec the
records were made with. Otherwise (a resumed run reuses samples it did not
run; a run with nothing left to do; an interrupted one)
:meth:`RunRecords.result` answers None and the caller reads the logs as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from inspect_ai.hooks import Hooks, SampleEnd, TaskStart, hooks
from inspect_ai.log import EvalLog, EvalSpec

from lrmsafe.analysis.records import SampleRecord, _better, log_paths, records_from_log

if TYPE_CHECKING:
    from collections.abc import Iterable


class RunRecords:
    """Records of the samples one run logged, by task execution (eval id)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.logs: dict[str, EvalLog] = {}
        """Per task: a header holding a copy of the spec as the task started."""
        self.samples: dict[str, set[tuple[str, int]]] = {}
        self.records: dict[str, dict[tuple[str, int], SampleRecord]] = {}

    def task_started(self, eval_id: str, spec: EvalSpec) -> None:
        header = EvalLog(eval=spec.model_copy(deep=True))
        with self._lock:
            self.logs[eval_id] = header
            self.samples[eval_id] = set()
            self.records[eval_id] = {}

    def sample_ended(self, eval_id: str, sample_end: SampleEnd) -> None:
        sample = sample_end.sample
        with self._lock:
            header = self.logs.get(eval_id)
        if header is None:
            return  # a task that started before collection did: never trusted (no spec)
        key = (str(sample.id), sample.epoch)
        recs = list(records_from_log(header, [sample]))
        with self._lock:
            self.samples[eval_id].add(key)
            if recs:
                self.records[eval_id][key] = recs[0]
            else:  # not finished (no score, no error): read_records skips it too
                self.records[eval_id].pop(key, None)

    def result(self, log_dir: str, logs: Sequence[EvalLog]) -> list[SampleRecord] | None:
        """The records a read of ``log_dir`` would give, or None where unsure.

        ``logs``: the log headers the run returned (Inspect's eval_set).
        """
        written = {_norm(log.location) for log in logs}
        try:
            present = {_norm(p) for p in log_paths([log_dir])}
        except Exception:  # unlistable: let the read report it
            return None
        if not logs or present != written:
            return None
        found: list[SampleRecord] = []
        with self._lock:
            for log in logs:
                eval_id = log.eval.eval_id
                header = self.logs.get(eval_id)
                if (
                    header is None
                    or log.status != "success"
                    or log.results is None
                    or _spec_view(header.eval) != _spec_view(log.eval)
                    or len(self.samples[eval_id]) != log.results.total_samples
                ):
                    return None
                found.extend(self.records[eval_id].values())
        return dedupe(found)


def dedupe(records: Iterable[SampleRecord]) -> list[SampleRecord]:
    """One record per (model, benchmark, variant, sample, epoch), as read_records keeps."""
    best: dict[tuple[str, str, str, str, int], SampleRecord] = {}
    for rec in records:
        key = (rec.model, rec.benchmark, rec.variant, rec.sample_id, rec.epoch)
        old = best.get(key)
        if old is None or _better(rec, old):
            best[key] = rec
    return list(best.values())


_SET_LATER = frozenset({"solver_args_passed"})
"""Spec fields Inspect fills in after the task started (records never use them)."""


def _spec_view(spec: EvalSpec) -> dict[str, object]:
    return spec.model_dump(exclude=set(_SET_LATER))


def _norm(location: str) -> str:
    path = location.removeprefix("file://")
    return str(Path(path).resolve()) if "://" not in path else path


_ACTIVE: RunRecords | None = None


class _Collect(Hooks):
    """Forwards task starts and sample ends to the active :class:`RunRecords`."""

    def enabled(self) -> bool:
        return _ACTIVE is not None

    async def on_task_start(self, data: TaskStart) -> None:
        active = _ACTIVE
        if active is not None:
            active.task_started(data.eval_id, data.spec)

    async def on_sample_end(self, data: SampleEnd) -> None:
        active = _ACTIVE
        if active is not None:
            active.sample_ended(data.eval_id, data)


_REGISTERED = False


def _register() -> None:
    """Register the hook once per process, after Inspect has loaded its hooks.

    Inspect prints a banner naming the registered hooks when it first loads
    them (once per process); loading them first keeps lrmsafe's own
    bookkeeping hook off the user's stdout (other hooks are announced as usual).
    """
    global _REGISTERED
    if _REGISTERED:
        return
    from inspect_ai.hooks._startup import init_hooks  # no public name (Inspect 0.3.285)

    from lrmsafe._plugins import load_plugins

    load_plugins()
    init_hooks()
    hooks(name="lrmsafe_run_records", description="lrmsafe: the run's records for its summary")(
        _Collect
    )
    _REGISTERED = True


@contextmanager
def collecting() -> Iterator[RunRecords]:
    """Collect the records of the samples logged inside the block."""
    global _ACTIVE
    _register()
    collector = RunRecords()
    previous, _ACTIVE = _ACTIVE, collector
    try:
        yield collector
    finally:
        _ACTIVE = previous
