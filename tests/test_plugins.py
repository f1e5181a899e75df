"""Inspect's entry-point plugins at run start: every one loads, but inspect_evals' catalogue.

inspect_evals registers its whole catalogue of tasks as an ``inspect_ai``
entry point; importing it (datasets, pandas, pyarrow) cost each run about a
second of start-up (issue 17). These runs are real: the CLI against the stub,
in a fresh interpreter, with a plugin of our own installed on ``sys.path``
the way any package installs one (a ``.dist-info`` with ``entry_points.txt``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import SHARED_DATA, cli_env
from lrmsafe.testing.stub import StubProcess

PROBE = """
import atexit, sys
def report():
    sys.stderr.write("CATALOGUE=" + str("inspect_evals._registry" in sys.modules) + "\\n")
    sys.stderr.write("PLUGIN=" + str("lrmsafe_probe_plugin" in sys.modules) + "\\n")
atexit.register(report)
from lrmsafe.cli import main
main(sys.argv[1:])
"""


def _install_plugin(site: Path) -> None:
    """A minimal installed distribution with an ``inspect_ai`` entry point."""
    (site / "lrmsafe_probe_plugin.py").write_text("REGISTERED = True\n")
    dist = site / "lrmsafe_probe_plugin-0.1.dist-info"
    dist.mkdir()
    meta = "Metadata-Version: 2.1\nName: lrmsafe-probe-plugin\nVersion: 0.1\n"
    (dist / "METADATA").write_text(meta)
    (dist / "entry_points.txt").write_text("[inspect_ai]\nlrmsafe_probe = lrmsafe_probe_plugin\n")


def test_a_run_loads_plugins_but_not_the_inspect_evals_catalogue(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    _install_plugin(site)
    env = cli_env(fresh_stub.base_url)
    env["PYTHONPATH"] = str(site) + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    argv = [
        "run", "--benchmark", "xstest", "--data-dir", str(SHARED_DATA), "--sample", "2",
        "--model", "openai-api/stub/r1", "--judge-model", "openai-api/stub/judge",
        "--display", "none", "--log-dir", str(tmp_path / "logs"),
    ]  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "PLUGIN=True" in proc.stderr, proc.stderr[-3000:]
    assert "CATALOGUE=False" in proc.stderr, proc.stderr[-3000:]
    assert fresh_stub.stats()["by_model"], "the run reached the stub"
