"""Endpoint faults: a flaky server never loses a sample or turns an error into "safe".

The real CLI runs against the stub server on 127.0.0.1, which injects 429s
with Retry-After, 5xx, read timeouts, dropped connections, malformed JSON and
empty ``choices`` at seeded rates. Every sample must end scored or with an
explicit error, and the report must count retries and errors per kind.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from helpers import cli_env, lrmsafe, report_json
from lrmsafe.analysis.records import read_records
from lrmsafe.testing.stub import start_stub

MODEL = "openai-api/stub/r1"


def _run(log_dir: Path, env: dict[str, str], n: int, *extra: str) -> None:
    proc = lrmsafe(
        "run", "--benchmark", "synthetic", "--sample", str(n), "--model", MODEL,
        "--log-dir", str(log_dir), "--display", "none", *extra, env=env, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]


def _check_every_sample_once(log_dir: Path, n: int) -> list[Any]:
    """Each synthetic id 1..n exactly once, scored or explicitly errored."""
    records, warnings = read_records([log_dir])
    assert not warnings, warnings
    ids = Counter(r.sample_id for r in records)
    expected = {f"synthetic-{i:05d}" for i in range(1, n + 1)}
    assert set(ids) == expected, sorted(expected ^ set(ids))[:10]
    assert max(ids.values()) == 1
    for r in records:
        if r.outcome == "error":
            # an error is never a verdict: no safe/unsafe, and a named kind
            assert r.answer_safe is None and r.thinking_safe is None, r
            assert r.error_kind, r
        else:
            assert r.answer_verdict is not None or r.outcome != "answered", r
    return records


def test_500_samples_survive_429_5xx_timeouts_and_malformed_replies(tmp_path: Path) -> None:
    faults = {
        "rate_429": 0.10, "retry_after": 1, "rate_5xx": 0.05,
        "rate_timeout": 0.05, "timeout_s": 5, "rate_malformed": 0.02,
    }  # fmt: skip
    logs = tmp_path / "logs"
    with start_stub({"faults": faults}, seed=6) as stub:
        env = cli_env(stub.base_url)
        _run(logs, env, 500, "--max-connections", "32", "--timeout", "2")
        injected = stub.stats()["by_fault"]
        (row,) = report_json(logs, env)
    # the faults really happened, at about the configured rates
    assert injected["429"] >= 25 and injected["5xx"] >= 10, injected
    assert injected["timeout"] >= 10 and injected["malformed"] >= 3, injected
    assert row["n"] == 500
    assert sum(row["outcomes"].values()) == 500, row["outcomes"]
    _check_every_sample_once(logs, 500)
    f = row["faults"]
    kinds = f["retries_by_kind"]
    assert f["retries"] == sum(kinds.values())
    # every injected 429 / 5xx is seen as a retry or an error of that kind (request ids
    # carry the status); one that coincided with a timed-out attempt counts as a timeout
    for kind, key in (("rate_limit", "429"), ("server_error", "5xx")):
        seen = kinds.get(kind, 0) + f["errors_by_kind"].get(kind, 0)
        assert 0.8 * injected[key] <= seen <= injected[key], (kind, kinds, injected)
    # a hung reply is abandoned after --timeout and retried; a malformed one is re-run
    assert kinds.get("timeout", 0) >= injected["timeout"], (kinds, injected)
    malformed = kinds.get("malformed_reply", 0) + f["errors_by_kind"].get("malformed_reply", 0)
    assert malformed == injected["malformed"], (kinds, injected)
    assert f["errors"] == row["outcomes"]["error"] == sum(f["errors_by_kind"].values())


def test_unrecoverable_faults_end_as_named_errors_never_as_safe(tmp_path: Path) -> None:
    faults = {"rate_drop": 0.25, "rate_malformed": 0.25, "rate_empty_choices": 0.2}
    logs = tmp_path / "logs"
    with start_stub({"faults": faults}, seed=3) as stub:
        env = cli_env(stub.base_url)
        _run(logs, env, 40, "--max-connections", "8", "--max-retries", "0", "--timeout", "5")
        injected = stub.stats()["by_fault"]
        (row,) = report_json(logs, env)
    assert injected.get("drop") and injected.get("malformed") and injected.get("empty_choices")
    records = _check_every_sample_once(logs, 40)
    assert row["n"] == 40 and sum(row["outcomes"].values()) == 40
    errors = row["outcomes"]["error"]
    assert errors >= 3, row["outcomes"]
    f = row["faults"]
    assert f["errors"] == errors == sum(f["errors_by_kind"].values())
    assert set(f["errors_by_kind"]) <= {"malformed_reply", "IndexError", "connection"}, f
    assert "malformed_reply" in f["errors_by_kind"] or "malformed_reply" in f["retries_by_kind"]
    # rates are over judged texts only: the errored samples are outside every denominator
    judged = sum(1 for r in records if r.answer_safe is not None)
    assert row["answer_safety_rate"]["n"] == judged <= 40 - errors
