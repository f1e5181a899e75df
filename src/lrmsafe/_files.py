"""User files: written so a failure never costs what was there, read so bad bytes are named.

Why: ``report --out F`` used to write F in place; a kill or a full disk left it
empty or cut off, and the previous report was gone. And ``--out`` naming one of
the logs being read overwrote the run's results with its own summary.

Reading: ``UnicodeDecodeError``, ``RecursionError`` and ``ValueError`` are also
what real bugs raise, so only the code that decodes a user's bytes or parses a
user's JSON turns them into a one-line :class:`~lrmsafe._errors.UserError` that
names the file and the fix.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


_URL_SPECIAL = re.compile(r"[%#?]")
"""Characters that Inspect's log handling reads as URL syntax in a local path."""


def inspect_path(path: str | Path) -> str:
    """A name for the local folder ``path`` that Inspect's URL handling keeps intact.

    Why: Inspect lists a log folder as ``file://`` names built from the raw path
    (fsspec's ``unstrip_protocol``) and later parses them back as URLs
    (``urlparse`` + ``url2pathname`` in ``inspect_ai._util.file.local_path``):
    ``%41`` decodes to ``A`` and everything from ``#`` or ``?`` is cut off, so a
    run paid for every sample and then could not find its own log. A path with
    those characters is given to Inspect as a symlink without them (one per
    folder, named by a hash of its real path, under the temp folder); the files
    still land in, and are read from, the real folder. Other paths (and URLs)
    are returned unchanged.
    """
    text = str(path)
    if "://" in text:
        return text
    real = Path(text).expanduser().absolute()
    if not _URL_SPECIAL.search(str(real)):
        return text
    base = Path(tempfile.gettempdir()) / f"lrmsafe-paths-{os.getuid()}"
    if _URL_SPECIAL.search(str(base)):
        raise UserError(f"{text}: '%', '#' and '?' in paths need a temp folder without them")
    try:
        base.mkdir(mode=0o700, exist_ok=True)
        alias = base / hashlib.sha256(str(real).encode("utf-8", "surrogateescape")).hexdigest()[:20]
        if not (alias.is_symlink() and os.readlink(alias) == str(real)):
            tmp = base / f".{alias.name}.{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            os.symlink(real, tmp)
            os.replace(tmp, alias)  # atomic: concurrent runs agree on the one link
    except OSError as ex:
        raise UserError(f"{text}: cannot make a link for it ({ex.strerror}) in {base}") from None
    _REAL[str(alias)] = text
    return str(alias)


_REAL: dict[str, str] = {}
"""Links made by :func:`inspect_path` -> the path the user gave."""


def shown_path(name: str) -> str:
    """A name Inspect gave (a log under a link of :func:`inspect_path`) as the user's path."""
    for alias, real in _REAL.items():
        for prefix in (f"file://{alias}", alias):
            if name.startswith(prefix):
                return real + name[len(prefix) :]
    return name


_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16: its BOM starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
MAX_DEPTH = 100
"""Nesting allowed in imported metadata. Past Python's recursion limit the JSON
does not parse; from a few hundred levels (400 tested) it parses, and the run
then fails in Inspect's serialiser ("Circular reference detected (depth
exceeded)"), after the work."""


def decode_utf8(data: bytes, origin: str, error: type[UserError] = UserError) -> str:
    """The file's text (UTF-8, with or without a BOM); other encodings are named.

    UTF-16/32 are recognised by their byte-order mark, or (without one) by NUL
    bytes, which UTF-8 text does not contain; anything else that does not
    decode is reported with its line, as probably Latin-1/Windows-1252.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise error(f"{origin}: not UTF-8 text but {name} (it starts with a {name} "
                        f"byte-order mark); convert it: iconv -f {name} -t UTF-8")  # fmt: skip
    head = data[:4096]
    if head and head.count(0) * 4 >= len(head):
        raise error(
            f"{origin}: not UTF-8 text: a quarter or more of its bytes are NUL, so it is "
            "probably UTF-16 (or UTF-32); convert it: iconv -f UTF-16 -t UTF-8"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        raise error(
            f"{origin}: not UTF-8 text (line {line}, byte {ex.start}: 0x{data[ex.start]:02x}); "
            "probably Latin-1 or Windows-1252: convert it: iconv -f WINDOWS-1252 -t UTF-8"
        ) from None


def loads(text: str, where: str, error: type[UserError] = UserError) -> Any:
    """``json.loads``; JSON nested or numbered past Python's limits is an error naming ``where``.

    ``json.JSONDecodeError`` (bad syntax) is raised as it is: callers word it.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise error(f"{where}: JSON nested too deeply (past Python's recursion limit)") from None
    except ValueError:  # an integer longer than Python converts (int_max_str_digits)
        raise error(
            f"{where}: a number in the JSON has more than {sys.get_int_max_str_digits()} digits"
        ) from None


def nesting_depth(value: object) -> int:
    """How deeply lists and objects nest in a decoded JSON value (iterative: any depth)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack += [(child, depth + 1) for child in children]
    return deepest
