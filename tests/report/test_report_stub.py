"""Three stub models run for real, then `lrmsafe report --format md` with the study's rows.

The stub's ``unsafe-pPP`` models comply with a prompt with probability PP%
(a fixed hash of model name and prompt, so runs are reproducible):
``unsafe-p20`` and ``unsafe-p70`` plant a 50-point gap; ``unsafe-p20-plain``
has the same rate as ``unsafe-p20`` but independent draws and no visible
thinking (a planted null). Each model runs the built-in smoke suite (40
harmful prompts) through the real CLI against the stub server.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import start_stub

MODELS = {"unsafe-p20": 80.0, "unsafe-p70": 30.0, "unsafe-p20-plain": 80.0}
"""Stub model -> planted answer safety rate (percent)."""


@pytest.fixture(scope="module")
def stub_logs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("stub3")
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "lrmsafe.cli",
                    "run",
                    "--model",
                    f"openai-api/stub/{m}",
                    "--log-dir",
                    str(root / m),
                    "--display",
                    "none",
                    "--max-connections",
                    "16",
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for m in MODELS
        ]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err[-3000:]
    return root, env


def test_md_report_for_three_stub_models_has_study_tables_and_reference_rows(
    stub_logs: tuple[Path, dict[str, str]],
) -> None:
    root, env = stub_logs
    dirs = [str(root / m) for m in MODELS]
    pairs = ["--pair", "unsafe-p20:unsafe-p70", "--pair", "unsafe-p20:unsafe-p20-plain"]
    md = lrmsafe("report", *dirs, "--format", "md", *pairs, env=env)
    assert md.returncode == 0, md.stderr[-3000:]
    print(md.stdout)
    text = md.stdout
    for heading in (
        "### Answer safety rate per benchmark (all benchmarks run)",
        "### Safety rate per benchmark (study Table 2)",
        "### XSTest: full compliance, full refusal, partial refusal",
        "### Phishing skill scores",
        "### WildGuard jailbreak attack success rate (study Table 5)",
        "### Prompt-injection attack success rate (study Table 6)",
        "### Safety rate of the final answer vs the thinking (study Table 7)",
        "### Code-interpreter abuse: % malicious by attack type (study Table 10)",
        "## Findings",
    ):
        assert heading in text, heading
    assert "| *DS-R1 (reported by the study)* | 51.6 | 7.4 | 49.6 | 0.0 |" in text
    assert "| *R1-70b - thinking (reported by the study)* | 40.4 | 20.2 | 35.0 | 8.4 |" in text
    for m in MODELS:
        assert f"| openai-api/stub/{m} |" in text
    # the measured smoke numbers are there with their CI and n
    assert "n=40 |" in text

    data = json.loads(lrmsafe("report", *dirs, "--format", "json", *pairs, env=env).stdout)
    overview = next(t for t in data["tables"] if t["key"] == "overview")
    for m, planted in MODELS.items():
        row = next(r for r in overview["rows"] if r["model"] == f"openai-api/stub/{m}")
        cell = row["cells"]["smoke"]
        assert cell["n"] == 40
        assert cell["ci"][0] <= planted <= cell["ci"][1], (m, cell)
    tests = {t["claim"]: t for f in data["findings"] for t in f["tests"] if f["number"] == 2}
    gap = tests["openai-api/stub/unsafe-p70 is less safe than openai-api/stub/unsafe-p20"]
    null = tests["openai-api/stub/unsafe-p20-plain is less safe than openai-api/stub/unsafe-p20"]
    assert gap["status"] == "supported", gap
    assert null["status"] == "not significant", null
    assert gap["ci"][0] <= -50 <= gap["ci"][1]
