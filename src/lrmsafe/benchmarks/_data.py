"""Benchmark data: canonical sources at pinned revisions, a cache, --data-dir.

Order of lookup: ``--data-dir`` (the layout of the project's shared/data, or
the files directly in it), then the user cache, then the canonical source
(a pinned raw file of a public repository, or the Hugging Face hub through
the optional ``datasets`` package). Offline with nothing cached, the error
names ``--data-dir``. Malformed files and rows name the file and the row.
"""

from __future__ import annotations

import ast
import csv
import functools
import hashlib
import io
import json
import os
import random
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from lrmsafe._errors import UserError
from lrmsafe._files import decode_utf8, loads

Format = Literal["json", "jsonl", "csv", "tsv", "python"]
"""``python``: a reference implementation's source file, read as data (its prompt
texts are parsed out with ``ast``, never imported or executed)."""
T = TypeVar("T")
MAX_FIELD_CHARS = 200_000
"""Rows with a longer field are rejected: no benchmark prompt is that long."""


class DataError(UserError):
    """A data file that is missing, unreadable or malformed."""


@dataclass(frozen=True)
class HubSource:
    """A Hugging Face dataset at a pinned revision."""

    repo: str
    split: str
    revision: str
    config: str | None = None
    gated: bool = False


@dataclass(frozen=True)
class Source:
    """Where a benchmark file comes from and where it may sit locally."""

    benchmark: str
    local: tuple[str, ...]
    """Paths relative to --data-dir to try, in order (first = shared/data layout)."""
    format: Format
    url: str | None = None
    """Raw file of a public repository pinned to a commit."""
    hub: HubSource | None = None
    license: str = ""


SOURCES: dict[str, Source] = {}
"""Every pinned source a benchmark loads, by the path it takes under --data-dir
(what ``lrmsafe data pull`` fetches)."""
RAW_HOST = "https://raw.githubusercontent.com"
MIRROR_ENV = "LRMSAFE_RAW_MIRROR"
"""A base URL serving the same paths as RAW_HOST (an internal mirror for air-gapped
clusters); a mirror the user names is used even in offline mode."""


def register_source(source: Source) -> Source:
    """Record a pinned source for ``data pull``; returns it unchanged."""
    if source.url or source.hub:
        SOURCES.setdefault(source.local[0], source)
    return source


def mirrored(url: str) -> tuple[str, bool]:
    """The URL to fetch (through the mirror when one is set), and whether it is mirrored."""
    mirror = os.environ.get(MIRROR_ENV, "").strip().rstrip("/")
    if mirror and url.startswith(RAW_HOST + "/"):
        return mirror + url[len(RAW_HOST) :], True
    return url, False


def cache_dir() -> Path:
    """The user cache folder for downloaded benchmark files."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("LRMSAFE_CACHE_DIR") or user_cache_dir("lrmsafe")) / "data"


def parse_rows(data: bytes, fmt: Format, origin: str) -> list[dict[str, Any]]:
    """Parse a whole file into row dicts; errors name the file and position."""
    text = decode_utf8(data, origin, DataError)
    if not text.strip():
        raise DataError(f"{origin}: file is empty")
    if fmt == "python":
        try:
            ast.parse(text, filename=origin)
        except SyntaxError as ex:
            raise DataError(f"{origin}: not Python source (line {ex.lineno}: {ex.msg})") from None
        return [{"source": text}]  # one "row": the checked text (data pull counts 1)
    if fmt == "json":
        try:
            value = loads(text, origin, DataError)
        except json.JSONDecodeError as ex:
            raise DataError(f"{origin}: invalid JSON at line {ex.lineno}: {ex.msg}") from None
        if not isinstance(value, list):
            raise DataError(f"{origin}: expected a JSON list of rows")
        rows = value
    elif fmt == "jsonl":
        rows = []
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(loads(line, f"{origin}: line {i}", DataError))
                except json.JSONDecodeError as ex:
                    raise DataError(f"{origin}: invalid JSON on line {i}: {ex.msg}") from None
    else:
        try:
            csv.field_size_limit(MAX_FIELD_CHARS + 1)
            reader = csv.DictReader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ",")
            rows = list(reader)
        except csv.Error as ex:
            raise DataError(f"{origin}: malformed {fmt.upper()}: {ex}") from None
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise DataError(f"{origin}: row {i} is not an object")
        # every field, not only the ones a loader requires (CSV has its own limit above)
        for col, value in row.items():
            if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
                raise DataError(
                    f"{origin}: row {i}: column '{col}' is too long ({len(value)} chars)"
                )
    if not rows:
        raise DataError(f"{origin}: no rows (only a header?); the file is incomplete")
    return rows


def require(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], origin: str
) -> list[dict[str, Any]]:
    """Check every row has non-empty string columns of sane length."""
    for i, row in enumerate(rows, 1):
        for col in columns:
            value = row.get(col)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise DataError(f"{origin}: row {i}: missing or empty column '{col}'")
            if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
                raise DataError(
                    f"{origin}: row {i}: column '{col}' is too long ({len(value)} chars)"
                )
    return list(rows)


def _download(url: str) -> bytes:
    import httpx

    url, is_mirror = mirrored(url)
    offline = os.environ.get("HF_HUB_OFFLINE") == "1" or os.environ.get("LRMSAFE_OFFLINE") == "1"
    if offline and not is_mirror:
        raise DataError(
            "offline mode (HF_HUB_OFFLINE or LRMSAFE_OFFLINE is set; "
            "LRMSAFE_RAW_MIRROR names a mirror)"
        )
    try:
        response = httpx.get(url, timeout=60, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPStatusError as ex:
        raise DataError(f"HTTP {ex.response.status_code}") from None
    except httpx.HTTPError as ex:
        raise DataError(f"{type(ex).__name__}") from None
    return response.content


def _hub_rows(hub: HubSource) -> list[dict[str, Any]]:
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        raise DataError("offline mode (HF_HUB_OFFLINE=1)")
    try:
        import datasets  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise DataError(
            "the hub needs the 'datasets' package: pip install 'lrmsafe[hub]'"
        ) from None
    try:
        ds = datasets.load_dataset(hub.repo, hub.config, split=hub.split, revision=hub.revision)
    except Exception as ex:
        hint = " (gated: accept its terms and set HF_TOKEN)" if hub.gated else ""
        raise DataError(f"{type(ex).__name__}{hint}") from None
    return [dict(r) for r in ds]


def find_local(source: Source, data_dir: str) -> Path | None:
    """The copy of ``source`` under --data-dir that :func:`load_rows` reads (None: none)."""
    root = Path(data_dir).expanduser()
    if not root.is_dir():
        raise DataError(f"--data-dir {data_dir}: no such folder")
    candidates = [root / p for p in source.local] + [root / Path(source.local[0]).name]
    return next((path for path in candidates if path.is_file()), None)


def cached_path(source: Source) -> Path:
    """Where the user cache keeps a pinned URL's file (it may not be there yet)."""
    assert source.url is not None
    key = hashlib.sha256(source.url.encode()).hexdigest()[:16]
    return cache_dir() / f"{source.benchmark}-{key}-{Path(source.url).name}"


def cached_text(source: Source) -> tuple[str, str] | None:
    """A pinned text file from the cache only, never the network (None: not there or
    unreadable), and its path; re-read only when the file changes (the stub asks
    on every request)."""
    path = cached_path(source)
    try:
        stat = path.stat()
    except OSError:
        return None
    return _read_cached(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, str] | None:
    try:
        return Path(path).read_text(encoding="utf-8"), path
    except (OSError, UnicodeDecodeError):
        return None


def load_bytes(source: Source, data_dir: str | None) -> tuple[bytes, str, str]:
    """A benchmark file's bytes, the path they were read from, and their origin
    (the --data-dir copy, else the cached or fetched pinned URL)."""
    if data_dir:
        path = find_local(source, data_dir)
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError as ex:
                raise DataError(f"{path}: cannot read ({ex.strerror})") from None
            return data, str(path), str(path)
        raise DataError(
            f"{source.benchmark}: none of {', '.join(source.local)} "
            f"found under --data-dir {data_dir}"
        )
    if source.url:
        cached = cached_path(source)
        if not cached.is_file():
            try:
                data = _download(source.url)
            except DataError as ex:
                raise DataError(
                    f"{source.benchmark}: cannot fetch {source.url} ({ex}); "
                    f"pass --data-dir with a copy of {source.local[0]}"
                ) from None
            if source.format == "python":  # checked before it is cached
                parse_rows(data, source.format, source.url)
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".part")
            tmp.write_bytes(data)
            tmp.replace(cached)
        return cached.read_bytes(), str(cached), source.url
    raise DataError(f"{source.benchmark}: no pinned file configured; pass --data-dir")


def load_text(source: Source, data_dir: str | None) -> tuple[str, str]:
    """A pinned text file (``format="python"``: a reference's source), checked, and
    its origin; the same lookup as :func:`load_rows`."""
    data, path, origin = load_bytes(source, data_dir)
    (row,) = parse_rows(data, source.format, path)
    return str(row["source"]), origin


def reference_text(
    source: Source, data_dir: str | None, read: Callable[[str, str], T]
) -> tuple[T | None, str | None]:
    """A pinned reference file read by ``read(text, origin)``, or None and why it
    cannot be had (a canonical protocol then falls back, and says so).

    With ``--data-dir``: its copy there only (no network, as every data file).
    Without: the cache, else the pinned URL (through ``LRMSAFE_RAW_MIRROR`` when
    set). A file that is found but does not read as the pinned one is an error
    (exit 2), not a fallback.
    """
    if data_dir and find_local(source, data_dir) is None:
        return None, f"{source.local[0]} is not under --data-dir {data_dir}"
    try:
        text, origin = load_text(source, data_dir)
    except DataError as ex:
        if data_dir:
            raise
        return None, str(ex)
    return read(text, origin), None


def cached_reference(source: Source, read: Callable[[str, str], T]) -> T | None:
    """The stub's view of a pinned reference file: from the cache only (never the
    network), None when absent or not the pinned one."""
    found = cached_text(source)
    if found is None:
        return None
    try:
        return read(*found)
    except DataError:
        return None


def load_rows(source: Source, data_dir: str | None) -> tuple[list[dict[str, Any]], str]:
    """Rows of a benchmark file, and where they came from (for the log)."""
    if data_dir or source.url:
        data, path, origin = load_bytes(source, data_dir)
        return parse_rows(data, source.format, path), origin
    if source.hub:
        try:
            rows = _hub_rows(source.hub)
        except DataError as ex:
            raise DataError(
                f"{source.benchmark}: cannot load {source.hub.repo}@{source.hub.revision[:7]} "
                f"from the hub ({ex}); pass --data-dir with a copy of {source.local[0]}"
            ) from None
        return rows, f"hf://{source.hub.repo}@{source.hub.revision}"
    raise DataError(f"{source.benchmark}: no source configured; pass --data-dir")


def stratified_sample(
    rows: Sequence[T],
    n: int | None,
    seed: int,
    key: Callable[[T], Hashable],
) -> list[T]:
    """A seeded sample of ``n`` rows spread evenly over strata (all rows if n is None).

    Strata get n // k rows each (the remainder to the first strata in sorted
    order); rows keep their original order so ids stay readable.
    """
    if n is None or n >= len(rows):
        return list(rows)
    strata: dict[Hashable, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        strata[key(row)].append(i)
    rng = random.Random(seed)
    names = sorted(strata, key=str)
    chosen: list[int] = []
    quota = {s: n // len(names) for s in names}
    for s in names[: n % len(names)]:
        quota[s] += 1
    leftover = 0
    for s in names:
        take = min(quota[s], len(strata[s]))
        leftover += quota[s] - take
        chosen.extend(rng.sample(strata[s], take))
    if leftover:
        taken = set(chosen)
        rest = [i for i in range(len(rows)) if i not in taken]
        chosen.extend(rng.sample(rest, min(leftover, len(rest))))
    return [rows[i] for i in sorted(chosen)]
