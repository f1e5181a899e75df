"""Think prefilling on a real server: the embedded llama.cpp engine's /v1/completions."""

from __future__ import annotations

from pathlib import Path

from helpers import cli_env, lrmsafe
from lrmsafe.analysis.records import read_records


def test_prefill_through_the_local_engine_completions_endpoint(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    lrmsafe("run", "--attack", "prefill", "--limit", "1", "--max-tokens", "8",
            "--log-dir", str(logs), "--display", "none", env=cli_env(), check=True)  # fmt: skip
    records, _ = read_records([logs])
    prefill = [r for r in records if r.meta.get("attack") == "prefill"]
    assert len(prefill) == 1 and len(records) == 2
    (r,) = prefill
    assert r.meta["prefill_mode"] == "completions" and r.meta["prefill_template"] == "chatml"
    assert r.outcome in ("answered", "budget_exhausted"), (r.outcome, r.error)
    assert r.model == "openai-api/lrmsafe-local/smollm2-135m"
