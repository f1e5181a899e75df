"""Checks run before any work starts, so bad settings fail in one line, fast.

Why: a run that dies after an hour because the log folder is read-only or
full, or because ``--display`` has a typo, wastes the hour and may leave a
half-written log. Everything here raises :class:`~lrmsafe._errors.UserError`
(one line, exit 2) and writes nothing that stays behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, get_args

from lrmsafe._errors import UserError

PROBE_BYTES = 256 * 1024
"""Free space the log folder must have for a run to start (a probe file of this size)."""


def _display_types() -> tuple[str, ...]:
    from inspect_ai.util import DisplayType

    return tuple(get_args(DisplayType))


def check_run_flags(max_retries: int, timeout: int, display: str | None) -> None:
    """Reject flag values Inspect would accept silently or fail on late."""
    if max_retries < 0:
        raise UserError("--max-retries must be 0 or more")
    if timeout < 1:
        raise UserError("--timeout must be at least 1 (seconds per request attempt)")
    if display is not None and display not in _display_types():
        raise UserError(
            f"--display '{display}' is not a display; choose one of: {', '.join(_display_types())}"
        )


def check_log_dir(log_dir: str) -> None:
    """Fail if logs cannot be written under ``log_dir`` (not a folder, read-only, full).

    The folder itself is not created here (Inspect does that when the run
    starts); the probe goes into the nearest folder that exists and is
    removed again, so existing logs are never touched.
    """
    path = Path(log_dir).expanduser()
    if path.exists() and not path.is_dir():
        raise UserError(f"--log-dir {log_dir}: is a file, not a folder; choose a folder")
    probe_dir = path
    while not probe_dir.exists():
        probe_dir = probe_dir.parent
    if not probe_dir.is_dir():
        raise UserError(f"--log-dir {log_dir}: {probe_dir} is a file, not a folder")
    try:
        # an unnamed file (O_TMPFILE on Linux): even a SIGKILL here leaves nothing behind
        with tempfile.TemporaryFile(dir=probe_dir, prefix=".lrmsafe-probe-") as fh:
            fh.write(b"\0" * PROBE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as ex:
        reason = ex.strerror or type(ex).__name__
        raise UserError(
            f"--log-dir {log_dir}: cannot write logs there ({reason}); "
            "free some space, fix its permissions or choose another folder with --log-dir"
        ) from None


_MARKUP = re.compile(r"\[/?[a-z ]+\]")
_DIRTY = "not associated with a task passed to eval_set"


@contextlib.contextmanager
def inspect_errors(log_dir: str) -> Iterator[None]:
    """Turn Inspect's set-up errors into lrmsafe's one-line errors with an lrmsafe fix.

    Inspect's messages carry rich markup and name Inspect's own CLI options
    (``--log-dir-allow-dirty``), which ``lrmsafe`` does not have.
    """
    from inspect_ai._util.error import PrerequisiteError  # no public name (Inspect 0.3.285)

    try:
        yield
    except OSError as ex:
        if ex.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise UserError(
            f"--log-dir {log_dir}: {ex.strerror} while writing the logs; free some space "
            "and run the same command again to resume (finished samples are kept)"
        ) from None
    except PrerequisiteError as ex:
        message = " ".join(_MARKUP.sub("", str(ex)).split())
        if _DIRTY in message:
            raise UserError(
                f"--log-dir {log_dir} holds logs of a different run (other benchmarks, "
                "models or options); rerun that exact command to resume it, or give this "
                "run its own --log-dir (report several with: lrmsafe report DIR1 DIR2)"
            ) from None
        raise UserError(message.removeprefix("ERROR: ")) from None


_SETTING_ERRORS: dict[str, str] = {
    "not_found": "HTTP 404: check the model name (the endpoint does not serve it)",
    "auth": "HTTP 401/403: check the API key and the model's access rights",
}


def check_all_failed(rows: Iterable[Mapping[str, Any]], records: Iterable[Any] = ()) -> None:
    """A run whose every sample (or judge call) failed on 'not found' or 'not allowed'.

    That is a bad setting (a mistyped model name, a wrong key), not a result:
    the one-line error names the fix instead of printing a table of errors.
    """
    from lrmsafe.analysis.faults import error_kind

    rows = list(rows)
    for row in rows:
        n = int(row.get("n") or 0)
        errors = (row.get("faults") or {}).get("errors_by_kind") or {}
        for kind, hint in _SETTING_ERRORS.items():
            if n and errors.get(kind) == n:
                raise UserError(
                    f"model '{row.get('model')}': all {n} samples of {row.get('benchmark')} "
                    f"failed with {hint}"
                )
    keys = {(row.get("model"), row.get("benchmark")) for row in rows}
    judged = [r for r in records if (r.model, r.benchmark) in keys and r.answer_verdict is not None]
    if judged and all(r.answer_verdict == "judge_error" for r in judged):
        kinds = {error_kind(str(r.meta.get("answer_raw_judge") or "")) for r in judged}
        kind = kinds.pop() if len(kinds) == 1 else ""
        if kind in _SETTING_ERRORS:
            raise UserError(
                f"judge model (--judge-model): all {len(judged)} judge calls failed with "
                f"{_SETTING_ERRORS[kind]}"
            )


def check_interrupted(n_tasks: int, logs: Sequence[Any]) -> None:
    """Raise KeyboardInterrupt if Inspect's eval_set was cancelled (Ctrl-C).

    Inspect 0.3.285 returns no log for a task cancelled by Ctrl-C and calls
    the set a success; lrmsafe would then print a table of a half-run and exit
    0. Fewer logs than tasks, or a cancelled one, means the run was cut short:
    the CLI reports it as interrupted (exit 130) and a rerun resumes it.
    """
    if len(logs) < n_tasks or any(getattr(log, "status", None) == "cancelled" for log in logs):
        raise KeyboardInterrupt


LOCK_NAME = ".lrmsafe-run.lock"
"""The file in a log folder that a run holds (an advisory ``flock``) while it runs."""


@contextlib.contextmanager
def log_dir_lock(log_dir: str) -> Iterator[None]:
    """Hold ``log_dir`` for this run: a second run on it meanwhile is refused in one line.

    Why: two runs started together on an empty folder both saw it empty and both
    ran; afterwards the folder held two runs and neither could resume. The lock
    is the kernel's (``flock``): it is released when the process ends however it
    ends, so a run killed with ``kill -9`` leaves no stale lock and the same
    command resumes at once. The (empty) file is created once and never written
    again, so a refused or failed run leaves the folder as it was. fsspec URLs
    (``s3://``) are not locked.
    """
    if "://" in log_dir:
        yield
        return
    import fcntl

    path = Path(log_dir).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as ex:
        raise UserError(
            f"--log-dir {log_dir}: cannot write there ({ex.strerror or type(ex).__name__}); "
            "choose another folder with --log-dir"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lock_holder(fd)
            pid = f" (pid {holder})" if holder else ""
            raise UserError(
                f"--log-dir {log_dir} is in use by another lrmsafe run{pid}; wait for it to "
                "finish (then the same command resumes it), or give this run its own --log-dir"
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock_holder(fd: int) -> str:
    """The pid holding the flock on ``fd``'s file, from /proc/locks (Linux); "" if unknown."""
    st = os.fstat(fd)
    device = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return ""
    for line in lines:
        fields = line.split()
        if "FLOCK" in fields and device in fields:
            pid = fields[fields.index(device) - 1]
            if pid.isdigit():
                return pid
    return ""


def check_output_path(path: str, option: str) -> None:
    """A report file must go into a folder that exists, and not onto a folder.

    Checked before the report is built, so the mistake costs nothing.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(f"{option} {path}: is a folder; give a file name (e.g. {path}/report)")
    parent = target.parent
    if not parent.is_dir():
        what = "is a file, not a folder" if parent.exists() else "no such folder"
        raise UserError(f"{option} {path}: {parent}: {what}; create it or choose another path")
