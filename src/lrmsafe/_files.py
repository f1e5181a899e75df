"""Writing output files so that a failure never costs what was there before.

Why: ``report --out F`` used to write F in place; a kill or a full disk left it
empty or cut off, and the previous report was gone. And ``--out`` naming one of
the logs being read overwrote the run's results with its own summary.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lrmsafe._errors import UserError

LOG_SUFFIXES = (".eval", ".json")
"""Files Inspect reads as logs in a log folder (``logs.json`` included)."""


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``.

    The rename is atomic on one file system: readers see the old file or the
    new one, never a part. On any failure the temporary file is removed and a
    one-line :class:`UserError` names the file and the reason.
    """
    target = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, target)
        tmp = None
    except OSError as ex:
        raise UserError(
            f"cannot write {path}: {ex.strerror or type(ex).__name__}; the previous file "
            "(if any) is unchanged"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def check_not_input(out: str, log_dirs: Iterable[str], option: str = "--out") -> None:
    """Refuse an output path that is an input log folder, or a log file in one."""
    if "://" in out:
        return
    dest = Path(out).expanduser().resolve()
    for d in log_dirs:
        if "://" in str(d):
            continue
        folder = Path(d).expanduser().resolve()
        inside = folder == dest or folder in dest.parents
        if folder == dest or (inside and dest.suffix.lower() in LOG_SUFFIXES):
            raise UserError(
                f"{option} {out}: that is an input log (or its folder) of this report; "
                "write the report somewhere else"
            )
