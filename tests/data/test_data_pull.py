"""``lrmsafe data pull``: every pinned file through a real HTTP mirror on 127.0.0.1.

The mirror serves the shared copies under the same paths as the canonical raw
host, so the code a user runs (URL building, download, row check, atomic write,
manifest) is the code tested.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe, reference_copies
from lrmsafe.benchmarks import BENCHMARKS  # noqa: F401  (registers the sources)
from lrmsafe.benchmarks._data import RAW_HOST, SOURCES, load_rows

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")


def _raw_sources() -> dict[str, str]:
    """local path -> path on the raw host, for every URL-pinned source."""
    return {
        local: s.url[len(RAW_HOST) :]
        for local, s in SOURCES.items()
        if s.url and s.url.startswith(RAW_HOST)
    }


def _copy_of(local: str) -> Path:
    """The file the mirror serves for ``local``: the shared copy, else a reference
    source file (../shared/reference, copied at test time), else a test fixture
    in its schema (tests/data/<benchmark>/) for a pinned file ../shared/data lacks."""
    shared = SHARED_DATA / local
    if shared.is_file():
        return shared
    reference = reference_copies().get(local)
    if reference is not None:
        return reference
    found = sorted(Path(__file__).parent.glob(f"*/{Path(local).name}"))
    assert found, f"no copy of {local} in ../shared/data or tests/data"
    return found[0]


@pytest.fixture
def mirror(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A static HTTP server laid out like the raw host, filled from ../shared/data."""
    root = tmp_path / "mirror"
    for local, remote in _raw_sources().items():
        target = root / remote.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_copy_of(local), target)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a: object, **k: object) -> None:
            super().__init__(*a, directory=str(root), **k)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_pull_fetches_every_pinned_file_into_the_data_dir_layout(
    mirror: tuple[str, Path], tmp_path: Path
) -> None:
    url, _ = mirror
    dest = tmp_path / "data"
    proc = lrmsafe("data", "pull", str(dest), "--no-hub", env=cli_env(LRMSAFE_RAW_MIRROR=url))
    assert proc.returncode == 0, proc.stderr
    raw = _raw_sources()
    assert len(raw) >= 7
    manifest = {m["path"]: m for m in json.loads((dest / "lrmsafe-data.json").read_text())}
    assert set(manifest) == set(raw)
    for local in raw:
        data = (dest / local).read_bytes()
        assert data == _copy_of(local).read_bytes()
        assert manifest[local]["sha256"] == hashlib.sha256(data).hexdigest()
        assert f"sha256 {manifest[local]['sha256']}" in proc.stdout
        # a run reads the pulled folder exactly as it reads ../shared/data
        rows, origin = load_rows(SOURCES[local], str(dest))
        assert origin == str(dest / local) and len(rows) == manifest[local]["rows"] > 0
    # hub sets are named, not silently dropped
    assert "skipped  airbench/air_bench_2024.csv  --no-hub" in proc.stdout


def test_a_missing_or_malformed_file_fails_by_name_and_the_others_still_arrive(
    mirror: tuple[str, Path], tmp_path: Path
) -> None:
    url, root = mirror
    raw = _raw_sources()
    (root / raw["xstest/xstest_prompts.csv"].lstrip("/")).unlink()
    (root / raw["cyberseceval/mitre_frr.json"].lstrip("/")).write_text("[{broken")
    dest = tmp_path / "data"
    proc = lrmsafe("data", "pull", str(dest), "--no-hub", env=cli_env(LRMSAFE_RAW_MIRROR=url))
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()[-1]
    assert err.startswith("lrmsafe: error: 2 of ")
    assert "xstest/xstest_prompts.csv" in err and "cyberseceval/mitre_frr.json" in err
    assert "failed   xstest/xstest_prompts.csv  HTTP 404" in proc.stdout
    assert "invalid JSON" in proc.stdout
    assert not (dest / "xstest/xstest_prompts.csv").exists()
    assert not (dest / "cyberseceval/mitre_frr.json").exists()  # never half-written
    assert (dest / "cyberseceval/interpreter.json").is_file()


def test_offline_without_a_mirror_says_so_and_writes_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "data"
    proc = lrmsafe("data", "pull", str(dest), "--no-hub")
    assert proc.returncode == 2
    assert "offline mode" in proc.stdout
    assert not (dest / "lrmsafe-data.json").exists()
