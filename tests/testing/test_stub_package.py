"""The stub package stays light: starting it imports no Inspect AI and no judge.

The judge-prompt registry (which imports Inspect AI and every benchmark) is
loaded on the first judge request only, so a stub serving target models
starts in a fraction of a second.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("inspect_ai", "lrmsafe.judges", "lrmsafe.benchmarks", "starlette", "uvicorn")


def test_importing_the_stub_imports_nothing_heavy() -> None:
    code = (
        "import sys, lrmsafe.testing.stub as s\n"
        "assert s.start_stub and s.COMPLY_ANSWER and s.parse_model('r1')\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_module_entry_point_answers_help() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "lrmsafe.testing.stub", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("usage: python -m lrmsafe.testing.stub")
    assert "--parent-pid" in out.stdout
