"""One definition, one name and one interval per figure, wherever it is shown.

Inspect's own summary (its metrics, also stored in the log) used to print
``answer_safety 73.333`` over every prompt, harmful and benign, right above
lrmsafe's ``answer safe 75.0%`` over harmful prompts only; and the same
proportion got a Wilson interval in the summary and a bootstrap one in the
study tables.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

LRMSAFE_NAMES = {
    "answer_safe": "answer_safety_rate",
    "thinking_safe": "thinking_safety_rate",
    "over_refusal": "over_refusal_rate",
}
"""Inspect metric name -> the report row's rate (the table's answer safe, ...)."""


@pytest.fixture(scope="module")
def smoke_run(
    stub: StubProcess, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str, dict[str, Any]]:
    """smoke (harmful and benign prompts) on the stub's r1, Inspect's plain display."""
    logs = tmp_path_factory.mktemp("onedef") / "logs"
    proc = lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "smoke", "--log-dir", str(logs),
        "--display", "plain", env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    report = json.loads(lrmsafe("report", str(logs), "--format", "json", check=True).stdout)
    return logs, proc.stdout, report


def _row(report: dict[str, Any]) -> dict[str, Any]:
    (row,) = [r for r in report["rows"] if r["benchmark"] == "smoke"]
    return row


def test_inspect_metrics_in_the_log_are_the_tables_figures(
    smoke_run: tuple[Path, str, dict[str, Any]],
) -> None:
    logs, _, report = smoke_run
    row = _row(report)
    (info,) = list_eval_logs(str(logs))
    log = read_eval_log(info.name, header_only=True)
    assert log.results is not None
    metrics = {name: m.value for s in log.results.scores for name, m in s.metrics.items()}
    shown = {k: v for k, v in metrics.items() if k in LRMSAFE_NAMES}
    assert set(metrics) == set(shown), f"metrics lrmsafe's table does not show: {metrics}"
    assert set(shown) == set(LRMSAFE_NAMES)  # smoke has harmful and benign prompts
    for name, value in shown.items():
        assert value == pytest.approx(row[LRMSAFE_NAMES[name]]["value"], abs=0.01), name


def test_inspect_summary_on_screen_matches_the_table(
    smoke_run: tuple[Path, str, dict[str, Any]],
) -> None:
    _, out, report = smoke_run
    row = _row(report)
    printed = dict(re.findall(r"^(\w+)\s+(\d+\.\d+)\s*$", out, flags=re.M))
    assert printed, out[-3000:]
    for name, value in printed.items():
        assert name in LRMSAFE_NAMES, f"Inspect prints '{name}', a figure the table lacks"
        assert float(value) == pytest.approx(row[LRMSAFE_NAMES[name]]["value"], abs=0.01)


def test_one_interval_for_a_proportion_in_summary_and_tables(
    smoke_run: tuple[Path, str, dict[str, Any]],
) -> None:
    _, _, report = smoke_run
    row = _row(report)
    (table7,) = [t for t in report["tables"] if t["key"] == "table7_answer_vs_thinking"]
    for part, rate in (("answer", "answer_safety_rate"), ("thinking", "thinking_safety_rate")):
        (measured,) = [r for r in table7["rows"] if r["source"] == "measured" and r["part"] == part]
        cell = measured["cells"]["smoke"]
        assert cell["value"] == pytest.approx(row[rate]["value"], abs=0.01)
        assert cell["ci_method"] == "wilson"
        assert cell["ci"] == pytest.approx(row[rate]["ci"], abs=0.01), (part, cell, row[rate])
