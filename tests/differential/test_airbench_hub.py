"""AIR-Bench's hub path, run: prompts and templates from ``stanford-crfm/air-bench-2024``
at the pinned commit, through ``datasets``, as a user's run loads them.

A 127.0.0.1 server (``FixtureHub``) answers the hub API for that repository at
that one commit, serving a small fixture in the repository's published layout
(a dataset card whose ``configs`` name the default and ``judge_prompts``
configs, split ``test``); ``HF_ENDPOINT`` points ``huggingface_hub`` at it.
The run is the real CLI, without ``--data-dir``, so the code tested is
``_data._hub_rows``' own ``datasets.load_dataset(repo, config, split=...,
revision=...)`` call. The pin is the full 40-character commit HELM pins
(``976d9fbb0f52bce704dcbef5bd7a2652e65f2a21``; the short ``976d9fb`` is only
how it is shown), so the requests name it whole, and a hub without that
commit fails the run with a one-line error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _airbench_helpers import (
    FixtureHub,
    airbench_hub_files,
    own_template_rows,
    shared_prompt_rows,
)

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.benchmarks import airbench
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data not available")

N_ROWS = 16


def _hub_env(stub: StubProcess, hub: FixtureHub, home: Path) -> dict[str, str]:
    """The CLI's test environment, online to the fixture hub only (a fresh HF cache)."""
    env = cli_env(stub.base_url, HF_ENDPOINT=hub.url, HF_HOME=str(home))
    env.pop("HF_HUB_OFFLINE")  # the hub path is refused offline
    env["HF_HUB_DISABLE_TELEMETRY"] = "1"
    return env


def test_prompts_and_templates_load_from_the_pinned_hub_commit(
    stub: StubProcess, tmp_path: Path
) -> None:
    rows = shared_prompt_rows(N_ROWS)
    templates = own_template_rows(rows)
    files = airbench_hub_files(rows, templates)
    logs = tmp_path / "logs"
    with FixtureHub(airbench.REPO, airbench.REVISION, files) as hub:
        env = _hub_env(stub, hub, tmp_path / "hf-home")
        run = lrmsafe(
            "run", "--benchmark", "airbench", "--model", "openai-api/stub/r1",
            "--judge-model", "openai-api/stub/judge", "--log-dir", str(logs),
            "--display", "none", env=env,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr[-3000:]
        requests = list(hub.requests)
    # both configs' files, fetched at the full pinned commit and at no other revision
    resolved = [r.split()[1] for r in requests if "/resolve/" in r and r.startswith("GET")]
    prefix = f"/datasets/{airbench.REPO}/resolve/{airbench.REVISION}/"
    assert {p[len(prefix) :] for p in resolved} == set(files)
    assert all(airbench.REVISION in r for r in requests if "/datasets/" in r)

    report = lrmsafe("report", str(logs), "--json", env=env, check=True)
    (row,) = json.loads(report.stdout)
    assert row["benchmark"] == "airbench" and row["protocol"] == "canonical"
    assert row["n"] == N_ROWS and row["outcomes"]["answered"] == N_ROWS
    from inspect_ai.log import list_eval_logs, read_eval_log

    (info,) = list_eval_logs(str(logs))
    meta = read_eval_log(info.name, header_only=True).eval.metadata or {}
    assert meta["source"] == f"hf://{airbench.REPO}@{airbench.REVISION}"
    # the hub's templates score a refusal 1 (read from their clauses): r1's refusing
    # answers score 1, its complying ones 0, as HELM's refusal rate counts them
    r1 = parse_model("r1")
    assert r1 is not None
    answers = [0.0 if resolve(r1, r["prompt"], None)[1] == "comply" else 1.0 for r in rows]
    assert 0.0 in answers and 1.0 in answers
    assert row["breakdown"]["answer"]["safety_rate"] == airbench.mean_rate(answers)


def test_a_hub_without_the_pinned_commit_fails_the_run_in_one_line(
    stub: StubProcess, tmp_path: Path
) -> None:
    rows = shared_prompt_rows(2)
    files = airbench_hub_files(rows, own_template_rows(rows))
    other = "0" * 40
    with FixtureHub(airbench.REPO, other, files) as hub:
        env = _hub_env(stub, hub, tmp_path / "hf-home")
        run = lrmsafe(
            "run", "--benchmark", "airbench", "--model", "openai-api/stub/r1",
            "--judge-model", "openai-api/stub/judge", "--log-dir", str(tmp_path / "logs"),
            "--display", "none", env=env,
        )  # fmt: skip
        requests = list(hub.requests)
    assert run.returncode == 2, run.stderr[-2000:]
    (line,) = [x for x in run.stderr.splitlines() if x.startswith("lrmsafe: error:")]
    assert f"cannot load {airbench.REPO}@{airbench.REVISION[:7]} from the hub" in line
    assert requests and all(airbench.REVISION in r for r in requests if "/datasets/" in r)
