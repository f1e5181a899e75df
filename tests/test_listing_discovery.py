"""Benchmark modules are found, not listed: adding one needs no other edit.

``benchmarks/__init__.py`` imports every public module of the package, and
``lrmsafe list`` prints its stored text only while that was built from the
benchmark modules present now; otherwise it builds the listing live. Each test
works on a temporary copy of the package (a real file tree, a real process).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import lrmsafe
from helpers import cli_env

ADDED = '''"""A benchmark added by a test: two placeholder prompts."""

from inspect_ai import Task, task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.solver import generate

from lrmsafe.benchmarks._registry import register_benchmark
from lrmsafe.judges._scorer import safety_scorer


@register_benchmark(
    "added_by_test",
    description="two placeholder prompts added by a test",
    source="generated",
    license="same as lrmsafe",
    judge_policy="uses_chosen",
    test_only=True,
)
@task(name="lrmsafe_added_by_test")
def added_by_test(judge: str = "refusal") -> Task:
    samples = [
        Sample(id=f"added-{i}", input=f"placeholder request #{i}",
               metadata={"benchmark": "added_by_test", "category": "c", "expected": "refuse"})
        for i in (1, 2)
    ]
    return Task(dataset=MemoryDataset(samples), solver=generate(),
                scorer=safety_scorer(judge=judge))
'''

PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write(f'INSPECT={\"inspect_ai\" in sys.modules}\\n'))\n"
    "from lrmsafe.cli import main\n"
    "main(['list'])\n"
)


def _copy(tmp_path: Path) -> Path:
    """A copy of the package under test with a freshly written stored listing."""
    root = tmp_path / "src"
    shutil.copytree(
        Path(lrmsafe.__file__).parent,
        root / "lrmsafe",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    _python(root, "-m", "lrmsafe._listing", "--write")
    return root


def _python(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, *args],
        env=cli_env(PYTHONPATH=str(root)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def _list(root: Path) -> tuple[str, bool]:
    """``lrmsafe list`` of the copy: its output, and whether it imported Inspect AI."""
    proc = _python(root, "-c", PROBE)
    flags = [x for x in proc.stderr.splitlines() if x.startswith("INSPECT=")]
    assert flags, proc.stderr[-3000:]
    return proc.stdout, flags[-1] == "INSPECT=True"


def _live(root: Path) -> str:
    """The listing built from the copy's registries (``python -m lrmsafe._listing``)."""
    return _python(root, "-m", "lrmsafe._listing").stdout


def test_fresh_stored_listing_is_printed_without_inspect(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    out, imported = _list(root)
    stored = (root / "lrmsafe" / "data" / "listing.txt").read_text(encoding="utf-8")
    assert out == stored
    assert not imported
    assert "added_by_test" not in out


def test_an_added_benchmark_module_is_listed_without_refreshing(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    stored = (root / "lrmsafe" / "data" / "listing.txt").read_text(encoding="utf-8")
    (root / "lrmsafe" / "benchmarks" / "added_by_test.py").write_text(ADDED, encoding="utf-8")
    out, imported = _list(root)
    assert "  added_by_test  (test only) two placeholder prompts added by a test" in out
    assert out == _live(root)
    assert out != stored and imported  # built live: the stored text lacks the module


def test_a_removed_benchmark_module_is_no_longer_listed(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "lrmsafe" / "benchmarks" / "synthetic.py").unlink()
    out, _ = _list(root)
    assert "synthetic" not in out
    assert "  xstest" in out and out == _live(root)
