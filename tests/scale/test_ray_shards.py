"""Sharding a run over Ray: plan, and a real local cluster with two stub endpoints."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import cli_env, lrmsafe, report_json
from lrmsafe.analysis import records
from lrmsafe.analysis.records import read_records
from lrmsafe.scale.shards import Shard, forwarded_env, plan_shards, shard_log_dir
from lrmsafe.testing.stub import StubProcess, start_stub


def test_plan_cuts_benchmarks_and_rotates_endpoints() -> None:
    shards = plan_shards({"a": 5, "b": 2}, 2, ["u1", "u2"])
    assert shards == [
        Shard("a", 0, 2, "u1"),
        Shard("a", 2, 4, "u2"),
        Shard("a", 4, 5, "u1"),
        Shard("b", 0, 2, "u2"),
    ]
    assert plan_shards({"a": 3}, 10, []) == [Shard("a", 0, 3, None)]
    assert (
        shard_log_dir("s3://bucket/logs/", shards[1]) == "s3://bucket/logs/shards/a-0000002-0000004"
    )
    with pytest.raises(ValueError):
        plan_shards({"a": 3}, 0, [])


def test_forwarded_env_takes_endpoints_keys_and_offline_flags() -> None:
    env = forwarded_env(
        {"STUB_BASE_URL": "u", "STUB_API_KEY": "k", "HF_HUB_OFFLINE": "1", "HOME": "/root"}
    )
    assert env == {"STUB_BASE_URL": "u", "STUB_API_KEY": "k", "HF_HUB_OFFLINE": "1"}


def test_records_are_read_in_batches(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = cli_env(fresh_stub.base_url)
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", "23",
        "--display", "none", "--log-dir", str(tmp_path), env=env, check=True,
    )  # fmt: skip
    whole, _ = read_records([tmp_path])
    monkeypatch.setattr(records, "SAMPLE_BATCH", 5)
    batched, _ = read_records([tmp_path])
    assert len(batched) == 23
    key = lambda r: r.sample_id  # noqa: E731
    assert sorted(batched, key=key) == sorted(whole, key=key)


def test_several_endpoints_need_ray(tmp_path: Path) -> None:
    proc = lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--endpoints", "http://a:1/v1,http://b:2/v1",
        "--log-dir", str(tmp_path), env=cli_env("http://127.0.0.1:9/v1"),
    )  # fmt: skip
    assert proc.returncode == 2
    assert "--ray" in proc.stderr


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[str]:
    """A local Ray cluster with 2 CPUs, started by the test; yields its address."""
    ray = pytest.importorskip("ray")
    ctx: Any = ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR)
    try:
        yield str(ctx.address_info["address"])
    finally:
        ray.shutdown()


def _strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["model"], r["benchmark"], r["variant"]))


def test_ray_shards_over_two_endpoints_merge_into_the_single_process_report(
    ray_cluster: str, tmp_path: Path
) -> None:
    n, size = 40, 15
    args = (
        "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic", "--sample", str(n),
        "--judge-model", "openai-api/stub/judge", "--display", "none",
    )  # fmt: skip
    with start_stub() as one, start_stub() as two:
        # the judge is the first stub (STUB_BASE_URL); the target is served by both
        env = cli_env(one.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache-ray"))
        sharded = tmp_path / "ray"
        ray_args = (
            *args, "--ray", ray_cluster, "--endpoints", f"{one.base_url},{two.base_url}",
            "--shard-size", str(size), "--log-dir", str(sharded),
        )  # fmt: skip
        proc = lrmsafe(*ray_args, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
        ray_summary = proc.stdout  # from the records the shards read and sent back
        first, second = one.stats()["by_model"], two.stats()["by_model"]
        # shards 0-15 and 30-40 went to the first stub, 15-30 to the second
        assert first.get("r1") == 25 and second.get("r1") == 15, (first, second)
        assert first.get("judge") == 2 * n and "judge" not in second
        assert len(list((sharded / "shards").iterdir())) == 3
        # rerun: every shard is finished, nothing is sent again
        one.reset()
        two.reset()
        proc = lrmsafe(*ray_args, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert one.stats()["by_model"] == {} and two.stats()["by_model"] == {}
        # the same samples in one process, against the first stub only
        single = tmp_path / "single"
        env1 = cli_env(one.base_url, INSPECT_CACHE_DIR=str(tmp_path / "cache-single"))
        single_summary = lrmsafe(*args, "--log-dir", str(single), env=env1, check=True).stdout
        merged_rows = report_json(sharded, env)
        single_rows = report_json(single, env1)
    assert merged_rows[0]["n"] == n
    assert f"answered={n}" in ray_summary and ray_summary == single_summary
    assert _strip(merged_rows) == _strip(single_rows)
    merged_records, _ = read_records([sharded])
    single_records, _ = read_records([single])

    def verdicts(recs: list[Any]) -> dict[str, tuple[Any, ...]]:
        return {
            r.sample_id: (r.outcome, r.answer_verdict, r.thinking_verdict, r.answer, r.thinking)
            for r in recs
        }

    assert verdicts(merged_records) == verdicts(single_records)
