"""``lrmsafe data pull DIR``: every pinned benchmark file, in the --data-dir layout.

For air-gapped clusters and for the tests: fetch once where the network is,
copy the folder, run anywhere with ``--data-dir``. Each file is checked with
the same parser a run uses before it is written (atomically), and a manifest
records where each came from and its SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from lrmsafe.benchmarks._data import (
    SOURCES,
    DataError,
    Source,
    _download,
    _hub_rows,
    mirrored,
    parse_rows,
)

MANIFEST = "lrmsafe-data.json"


@dataclass(frozen=True)
class Pulled:
    """One file's fate: where it went, from where, and its checksum or the reason it failed."""

    path: str
    origin: str
    benchmark: str
    license: str
    status: str
    """``fetched``, ``skipped`` (hub left out on request) or ``failed``."""
    sha256: str = ""
    bytes: int = 0
    rows: int = 0
    reason: str = ""


def _hub_bytes(source: Source) -> tuple[bytes, str]:
    assert source.hub is not None
    rows = _hub_rows(source.hub)
    origin = f"hf://{source.hub.repo}@{source.hub.revision}"
    if source.format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    elif source.format in ("csv", "tsv"):
        buf = io.StringIO()
        columns = list(rows[0]) if rows else []
        writer = csv.DictWriter(
            buf, columns, delimiter="\t" if source.format == "tsv" else ",", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
        text = buf.getvalue()
    else:
        text = json.dumps(rows, ensure_ascii=False, default=str)
    return text.encode("utf-8"), origin


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def pull(dest: str | Path, *, hub: bool = True) -> list[Pulled]:
    """Fetch every registered source into ``dest``; never stops at the first failure."""
    import lrmsafe.benchmarks  # noqa: F401  (registers every benchmark's sources)

    root = Path(dest).expanduser()
    if root.exists() and not root.is_dir():
        raise DataError(f"{dest}: exists and is not a folder")
    results: list[Pulled] = []
    for local, source in sorted(SOURCES.items()):
        base = Pulled(local, "", source.benchmark, source.license, "")
        try:
            if source.url:
                origin = mirrored(source.url)[0]
                data = _download(source.url)
            elif not hub:
                results.append(replace(base, origin="hub", status="skipped", reason="--no-hub"))
                continue
            else:
                data, origin = _hub_bytes(source)
            rows = parse_rows(data, source.format, origin)
        except DataError as ex:
            where = source.url or (f"hf://{source.hub.repo}" if source.hub else "")
            results.append(replace(base, origin=where, status="failed", reason=str(ex)))
            continue
        _write_atomic(root / local, data)
        results.append(
            replace(
                base,
                origin=origin,
                status="fetched",
                sha256=hashlib.sha256(data).hexdigest(),
                bytes=len(data),
                rows=len(rows),
            )
        )
    if any(r.status == "fetched" for r in results):
        manifest: list[dict[str, Any]] = [asdict(r) for r in results if r.status == "fetched"]
        _write_atomic(root / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode())
    return results
