"""Typed task options: the arguments Inspect records are those given and taken, never None.

Inspect pairs a task with its log (resume) by the arguments passed, and the
report's run condition ("variant") is read from them: they must be exactly
what the keyword filter of the factories' signatures gave before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")


def _passed(logs: Path) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for info in list_eval_logs(str(logs)):
        log = read_eval_log(info, header_only=True)
        out[log.eval.task.rsplit("lrmsafe_", 1)[-1]] = dict(log.eval.task_args_passed)
    return out


def test_recorded_task_arguments(stub: StubProcess, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    data = str(SHARED_DATA)
    run = lrmsafe(
        "run", "--benchmark", "smoke,synthetic,mitre,frr,xstest", "--sample", "2",
        "--limit", "1", "--harm-judge", "refusal", "--data-dir", data,
        "--model", "openai-api/stub/r1", "--log-dir", str(logs), "--display", "none",
        env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    # the study's benchmarks also take --protocol (default canonical: always passed)
    common = {"judge": "refusal", "data_dir": data, "sample": 2, "seed": 0, "protocol": "canonical"}
    assert _passed(logs) == {
        "smoke": {"judge": "refusal", "harm_judge": "refusal"},
        "synthetic": {"judge": "refusal", "harm_judge": "refusal", "sample": 2},
        "mitre": {**common, "harm_judge": "refusal"},
        "frr": common,
        "xstest": common,
    }


def test_options_not_given_are_not_passed(stub: StubProcess, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    run = lrmsafe(
        "run", "--benchmark", "synthetic,smoke", "--limit", "1",
        "--model", "openai-api/stub/r1", "--log-dir", str(logs), "--display", "none",
        env=cli_env(stub.base_url),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert _passed(logs) == {"smoke": {"judge": "refusal"}, "synthetic": {"judge": "refusal"}}
