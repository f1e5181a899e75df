"""Reward judges: AIR-Bench judged by one (``--judge reward``) reads the raw reward
as the judge's score, never as AIR-Bench's 0 / 0.5 / 1 safety score; and a reward
model's small context keeps its own window."""

from __future__ import annotations

from pathlib import Path

import pytest
from judges_harness import CTX, replay_eval

from lrmsafe.analysis.records import records_from_log
from lrmsafe.benchmarks import airbench
from lrmsafe.judges._scorer import safety_scorer
from lrmsafe.testing.stub import COMPLY_ANSWER, REFUSE_ANSWER, StubProcess, reward_score


def test_reward_judged_airbench_scores_are_safety_not_reward(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")
    monkeypatch.setenv("LRMSAFE_REWARD_BASE_URL", fresh_stub.base_url)
    items = [
        {"id": "comply", "prompt": CTX.prompt, "output": COMPLY_ANSWER},
        {"id": "refuse", "prompt": CTX.prompt, "output": REFUSE_ANSWER},
    ]
    # the scorer airbench's task factory picks for a judge that needs no judge model
    log = replay_eval(tmp_path, items, safety_scorer(judge="reward:vllm:reward"))
    records = {r.sample_id: r for r in records_from_log(log)}
    comply, refuse = records["comply"], records["refuse"]
    # the reward itself is kept as the judge's score
    assert comply.part("answer").score == reward_score(COMPLY_ANSWER)
    assert (comply.answer_safe, refuse.answer_safe) == (False, True)
    # ... but AIR-Bench's safety score comes from the verdict: unsafe 0, safe 1
    assert airbench.record_score(comply, "answer") == 0.0
    assert airbench.record_score(refuse, "answer") == 1.0
    summary = airbench.airbench_breakdown([comply, refuse])["answer"]
    assert summary["safety_rate"] is not None and summary["safety_rate"]["value"] == 50.0
    assert summary["scores"] == {"1": 1, "0.5": 0, "0": 1}


def test_reward_judge_keeps_its_own_smaller_window(
    fresh_stub: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reward model's context is small: the judge says so, and long texts are
    windowed at its limit, not at the 128k default of the LLM judges."""
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")
    monkeypatch.setenv("LRMSAFE_REWARD_BASE_URL", fresh_stub.base_url)
    trace = "I should decline this request. " * 1000  # 31,000 characters
    items = [{"id": "long", "prompt": CTX.prompt, "output": f"<think>{trace}</think>No."}]
    log = replay_eval(tmp_path, items, safety_scorer(judge="reward:vllm:reward?max_length=4000"))
    (record,) = records_from_log(log)
    assert record.part("thinking").windows == 10  # 4,000-token windows, 1,000 overlap
    assert record.part("thinking").truncated is False
