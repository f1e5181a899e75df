"""``--benchmark-option NAME:KEY=VALUE``: a benchmark's own options, checked before a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("smoke", "write NAME:KEY=VALUE"),
        ("smoke:size", "write NAME:KEY=VALUE"),
        ("xstest:size=2", "benchmark 'xstest' is not in this run (smoke)"),
        ("smoke:size=2", "'smoke' has no option 'size' (none)"),
    ],
)
def test_bad_benchmark_options_are_one_line_errors(
    stub: StubProcess, tmp_path: Path, option: str, message: str
) -> None:
    run = lrmsafe(
        "run", "--benchmark", "smoke", "--benchmark-option", option,
        "--model", "openai-api/stub/r1", "--log-dir", str(tmp_path / "logs"),
        "--display", "none", env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 2, run.stderr[-2000:]
    lines = run.stderr.strip().splitlines()
    assert lines[-1].startswith("lrmsafe: error: --benchmark-option"), lines
    assert message in lines[-1]
    assert not (tmp_path / "logs").exists() or not any((tmp_path / "logs").rglob("*.eval"))


def test_unknown_protocol_is_a_one_line_error(stub: StubProcess, tmp_path: Path) -> None:
    run = lrmsafe(
        "run", "--benchmark", "smoke", "--protocol", "strict",
        "--model", "openai-api/stub/r1", "--log-dir", str(tmp_path / "logs"),
        "--display", "none", env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.strip().splitlines()[-1] == (
        "lrmsafe: error: --protocol 'strict': choose canonical or hardened"
    )
