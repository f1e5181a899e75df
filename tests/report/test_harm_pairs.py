"""Harmfulness over stub runs: per-model distribution and a declared pair's paired difference."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli_env, lrmsafe
from lrmsafe.testing.stub import start_stub


def test_harm_distribution_and_paired_difference(tmp_path: Path) -> None:
    models = ("openai-api/stub/unsafe-p50", "openai-api/stub/reasoning_content-comply")
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        dirs = [str(tmp_path / f"logs{i}") for i in range(len(models))]
        for model, logs in zip(models, dirs, strict=True):
            proc = lrmsafe(
                "run", "--model", model, "--judge-model", "openai-api/stub/judge",
                "--harm-judge", "llm-harm", "--limit", "20", "--log-dir", logs,
                "--display", "none", env=env,
            )  # fmt: skip
            assert proc.returncode == 0, proc.stderr
        rows = {
            r["model"]: r
            for r in json.loads(lrmsafe("report", *dirs, "--json", env=env, check=True).stdout)
        }
        proc = lrmsafe(
            "report",
            *dirs,
            "--format",
            "json",
            "--pair",
            f"{models[0]}:{models[1]}",
            env=env,
            check=True,
        )
    # distribution per model: every unsafe answer rated (the stub judge says SCORE: 7)
    for model in models:
        harm = rows[model]["harm"]
        unsafe = rows[model]["answer_safety_rate"]
        assert harm["n"] == round(unsafe["n"] * (100 - unsafe["value"]) / 100)
        assert harm["histogram"] == {"7.0": harm["n"]} and harm["scale"] == "1-10"
    report = json.loads(proc.stdout)
    (f3,) = [f for f in report["findings"] if f["number"] == 3]
    assert f3["tests"], f3
    test = f3["tests"][0]
    text = json.dumps(test)
    assert "harmfulness" in text and "ci" in text
