"""A run is planned (every check, roles, tasks), then executed; Ray shards the plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SHARED_DATA
from lrmsafe._errors import UserError
from lrmsafe.runner import RunOptions, plan

SRC = Path(__file__).resolve().parents[1] / "src" / "lrmsafe"
needs_data = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")


@needs_data
def test_plan_builds_the_tasks_and_writes_nothing(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    the_plan = plan(
        RunOptions(
            model="openai-api/stub/r1", benchmark="smoke,xstest", sample=3,
            data_dir=str(SHARED_DATA), log_dir=str(logs),
        )
    )  # fmt: skip
    assert the_plan.names == ["smoke", "xstest"]
    assert the_plan.judge == "refusal" and the_plan.roles == {}
    assert the_plan.tasks is not None
    assert [len(t.dataset) for t in the_plan.tasks][1] == 3
    assert the_plan.task_options["xstest"].sample == 3
    assert not logs.exists()


@needs_data
def test_a_benchmark_names_the_roles_it_needs(tmp_path: Path) -> None:
    """phishing needs a victim: the spec says so; the runner names no benchmark."""
    with pytest.raises(UserError) as err:
        plan(
            RunOptions(
                model="openai-api/stub/r1", benchmark="phishing", data_dir=str(SHARED_DATA),
                log_dir=str(tmp_path / "logs"),
            )
        )  # fmt: skip
    assert str(err.value) == (
        "benchmark 'phishing' needs a victim model: add --victim-model MODEL "
        "(or --judge-model MODEL, which also plays the victim)"
    )
    assert "phishing" not in (SRC / "runner.py").read_text()


def test_ray_shards_a_plan_without_the_runner() -> None:
    source = (SRC / "scale" / "ray_run.py").read_text()
    assert "lrmsafe.runner" not in source.replace("``lrmsafe.runner.execute``", "")
    assert "run_plan import RunPlan" in source
