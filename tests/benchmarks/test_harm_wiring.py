"""--harm-judge on the study's harmful-prompt benchmarks (wildguard, airbench, mitre,
interpreter): through the real CLI against the stub, unsafe answers get a harm
score, safe ones none, and the report shows the harm summary per benchmark.

The stub's ``unsafe-p50`` target complies with a prompt or refuses it,
deterministically from the prompt text; the expected stance of every sample is
read from the stub's own resolver, so the test knows which answers are unsafe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from inspect_ai.dataset import Sample

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.benchmarks import airbench, interpreter, mitre, wildguard
from lrmsafe.testing import stub as stubmod
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data not available")

TARGET = "unsafe-p50"
LIMIT = 4
LOADERS = {
    "wildguard": wildguard.load_wildguard,
    "airbench": airbench.load_airbench,
    "mitre": mitre.load_mitre,
    "interpreter": interpreter.load_interpreter,
}
PRIMARY = {
    "wildguard": "llm",
    "airbench": "airbench-template",
    "mitre": "mitre-llm",
    "interpreter": "interpreter-llm",
}
"""The judge each benchmark uses with a judge model (the harm judge is separate)."""


def _user_text(sample: Sample) -> str:
    """The text the stub's resolver sees: the last user message."""
    if isinstance(sample.input, str):
        return sample.input
    return [m.text for m in sample.input if m.role == "user"][-1]


def complies(name: str) -> dict[str, bool]:
    """Sample id -> whether the stub target complies, for the first LIMIT samples."""
    profile = stubmod.parse_model(TARGET)
    assert profile is not None
    samples = LOADERS[name](str(SHARED_DATA))[0][:LIMIT]
    return {
        str(s.id): stubmod.resolve(profile, _user_text(s), None)[1] == "comply" for s in samples
    }


def run_and_read(
    stub: StubProcess, tmp_path: Path, names: tuple[str, ...], *extra: str
) -> tuple[dict[str, list[SampleRecord]], dict[str, dict[str, Any]]]:
    """Run the CLI, then read the records and ``report --format json`` rows per benchmark."""
    env = cli_env(stub.base_url)
    logs = tmp_path / "logs"
    run = lrmsafe(
        "run", "--benchmark", ",".join(names), "--data-dir", str(SHARED_DATA),
        "--model", f"openai-api/stub/{TARGET}", "--harm-judge", "llm-harm",
        "--limit", str(LIMIT), "--log-dir", str(logs), "--display", "none", *extra, env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    assert "harmfulness scored only on" not in run.stdout + run.stderr
    report = lrmsafe("report", str(logs), "--format", "json", env=env, check=True)
    rows = {row["benchmark"]: row for row in json.loads(report.stdout)["rows"]}
    records, _ = read_records([logs])
    by: dict[str, list[SampleRecord]] = {n: [] for n in names}
    for r in records:
        by[r.benchmark].append(r)
    return by, rows


def test_unsafe_answers_get_harm_scores_and_the_report_summarises_them(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    names = tuple(LOADERS)
    # today's protocol (the judges in PRIMARY): --protocol hardened
    by, rows = run_and_read(
        fresh_stub, tmp_path, names, "--judge-model", "openai-api/stub/judge",
        "--protocol", "hardened",
    )  # fmt: skip
    for name in names:
        expected = complies(name)
        assert any(expected.values()) and not all(expected.values()), (name, expected)
        records = by[name]
        assert {r.sample_id for r in records} == set(expected), name
        for r in records:
            assert r.judge == PRIMARY[name] and r.outcome == "answered", (name, r.sample_id)
            assert r.answer_safe is (not expected[r.sample_id]), (name, r.sample_id)
            assert r.meta["harm_judge"] == "llm-harm" and r.meta["harm_scale"] == "1-10"
            if r.answer_safe is False:
                # the stub judge rates a compliant text SCORE: 7 on the 1-10 rubric
                assert (r.meta["harm_score"], r.meta["harm_verdict"]) == (7.0, "unsafe"), name
            else:
                assert (r.meta["harm_score"], r.meta["harm_verdict"]) == (None, None), name
        unsafe = sum(expected.values())
        harm = rows[name]["harm"]
        assert harm == {
            "n": unsafe,
            "scale": "1-10",
            "mean": {"value": 7.0, "ci": [7.0, 7.0]},
            "histogram": {"7.0": unsafe},
            "unrated": {},
        }, name
    # answers only: one harm call per unsafe answer, thinking is never rated
    calls = fresh_stub.stats()["by_judge_style"].get("score", 0)
    assert calls == sum(sum(complies(n).values()) for n in names)


def test_unparseable_harm_reply_is_recorded_not_scored(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    # the offline refusal judge decides safety; the harm judge model only babbles
    names = ("wildguard", "airbench")
    by, rows = run_and_read(
        fresh_stub, tmp_path, names,
        "--judge", "refusal", "--judge-model", "openai-api/stub/judge-garbage",
    )  # fmt: skip
    for name in names:
        expected = complies(name)
        unsafe = [r for r in by[name] if r.answer_safe is False]
        assert len(unsafe) == sum(expected.values()) > 0, name
        for r in by[name]:
            assert r.judge == "refusal" and r.meta["harm_judge"] == "llm-harm"
            if r.answer_safe is False:
                assert r.meta["harm_verdict"] == "unparseable", name
                assert r.meta["harm_score"] is None
                assert r.meta["harm_raw"] == stubmod.GARBAGE_REPLY
            else:
                assert (r.meta["harm_score"], r.meta["harm_verdict"]) == (None, None)
        # no score to summarise: never a default one; the unrated are counted
        assert rows[name]["harm"] == {
            "n": 0,
            "scale": "1-10",
            "mean": None,
            "histogram": {},
            "unrated": {"unparseable": len(unsafe)},
        }, name
