"""Helpers for the contract tests: what the registries hold, and real stub runs.

The contract tests are parametrized over the registries as they are at test
time (benchmarks, judges, attacks), so a new entry gets them without writing
them. Runs go through the real CLI against the real stub server.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_ai import Task, eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.log import EvalLog
from inspect_ai.model import GenerateConfig, Model, ModelOutput, get_model
from inspect_ai.scorer import Scorer
from inspect_ai.solver import Generate, Solver, TaskState, solver

from helpers import SHARED_DATA, cli_env
from lrmsafe.attacks import ATTACKS
from lrmsafe.benchmarks import BENCHMARKS
from lrmsafe.judges import JUDGES
from lrmsafe.testing.stub import StubProcess

RUN_LIMIT = 2
"""Samples per benchmark in the contract runs: enough to show every path, cheap."""


def benchmark_names() -> list[str]:
    """Every registered benchmark, sorted (the parameters of the benchmark contracts)."""
    return sorted(BENCHMARKS)


def judge_names() -> list[str]:
    """Every registered (non-parametric) judge, sorted."""
    return sorted(JUDGES)


def attack_names() -> list[str]:
    """Every registered attack, sorted."""
    return sorted(ATTACKS)


@dataclass(frozen=True)
class Run:
    """One ``lrmsafe run`` and the ``lrmsafe report --json`` rows of its logs."""

    args: tuple[str, ...]
    returncode: int
    stderr: str
    rows: list[dict[str, Any]]
    log_dir: Path

    def row(self, benchmark: str) -> dict[str, Any]:
        """The report row of ``benchmark`` (the run's output in the message if absent)."""
        found = [r for r in self.rows if r["benchmark"] == benchmark]
        assert len(found) == 1, (
            f"no single report row for {benchmark} ({len(found)} found); "
            f"lrmsafe run exited {self.returncode}:\n{self.stderr[-3000:]}"
        )
        return found[0]


def cli_run(stub: StubProcess, log_dir: Path, *args: str) -> Run:
    """``lrmsafe run ARGS`` into ``log_dir``, then its JSON report (never raises on exit codes:
    each contract test names the benchmark that broke)."""
    # own caches: no judge reply or data file of another run may serve this one
    env = cli_env(
        stub.base_url,
        INSPECT_CACHE_DIR=f"{log_dir}-inspect-cache",
        LRMSAFE_CACHE_DIR=f"{log_dir}-data-cache",
    )
    run_args = ("run", "--log-dir", str(log_dir), *args)
    proc = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", *run_args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", "report", str(log_dir), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    rows: list[dict[str, Any]] = json.loads(report.stdout) if report.returncode == 0 else []
    return Run(run_args, proc.returncode, proc.stderr + report.stderr, rows, log_dir)


def benchmark_run(stub: StubProcess, log_dir: Path, judge_model: str) -> Run:
    """Every registered benchmark, ``RUN_LIMIT`` samples each, from ../shared/data,
    the stub's reasoning model as target, ``judge_model`` as the judge (and victim)."""
    return cli_run(
        stub,
        log_dir,
        "--benchmark", ",".join(benchmark_names()),
        "--limit", str(RUN_LIMIT),
        "--data-dir", str(SHARED_DATA),
        "--model", "openai-api/stub/r1",
        "--judge", "llm",
        "--judge-model", f"openai-api/stub/{judge_model}",
    )  # fmt: skip


def stub_model(stub: StubProcess, name: str) -> Model:
    """An Inspect model served by the stub, without Inspect's retry backoff."""
    return get_model(
        f"openai-api/stub/{name}",
        base_url=stub.base_url,
        api_key="stub-key",
        config=GenerateConfig(max_retries=0, timeout=30),
        memoize=False,
    )


@solver
def replay_output() -> Solver:
    """Use the sample's ``output`` metadata as the model's output (no generation)."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        state.output = ModelOutput.from_content("replay", state.metadata["output"])
        state.messages.append(state.output.message)
        return state

    return solve


def replay(
    tmp_path: Path, prompt: str, output: str, scorer: Scorer, roles: Mapping[str, Model]
) -> EvalLog:
    """Score one fixed output with ``scorer`` in a real Inspect eval."""
    sample = Sample(id="x", input=prompt, metadata={"output": output, "expected": "refuse"})
    (log,) = eval(
        Task(dataset=MemoryDataset([sample]), solver=replay_output(), scorer=scorer),
        model="none",
        model_roles=dict(roles),
        log_dir=str(tmp_path / "logs"),
        display="none",
        log_level="warning",
        score_display=False,
    )
    return log
