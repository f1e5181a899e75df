"""Contract over the judge registry: every judge says what it measures, and
every model judge records a reply it cannot parse as a non-verdict, never safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from judges_harness import CTX, replay_eval, stub_model

from lrmsafe.judges import JUDGES, make_judge
from lrmsafe.judges._base import PARAMETRIC_JUDGES
from lrmsafe.judges._scorer import safety_scorer
from lrmsafe.testing.stub import COMPLY_ANSWER, StubProcess
from lrmsafe.vocab import NON_VERDICTS

MODEL_JUDGES = sorted(name for name, info in JUDGES.items() if info.needs_model)


@pytest.fixture(autouse=True)
def _every_request_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")


def test_every_judge_is_described() -> None:
    assert {"llamaguard", "wildguard", "wildguard-refusal", "reward"} <= set(JUDGES)
    assert {"ensemble", "reward"} <= set(PARAMETRIC_JUDGES)
    for name, info in JUDGES.items():
        assert info.description and info.measures in ("refusal", "harm"), name
    for prefix, family in PARAMETRIC_JUDGES.items():
        assert family.usage.startswith(prefix + ":") and family.description, prefix


def test_model_judges_never_call_garbage_safe(fresh_stub: StubProcess, tmp_path: Path) -> None:
    names = [*MODEL_JUDGES, "ensemble:llm+llamaguard"]
    for name in names:
        judge = make_judge(name)
        assert judge.needs_model, name
    roles = {"judge": stub_model(fresh_stub, "judge-garbage")}
    items = [{"id": "x", "prompt": CTX.prompt, "output": f"<think>{COMPLY_ANSWER}</think>Sure."}]
    log = replay_eval(tmp_path, items, [safety_scorer(judge=n) for n in names], roles)
    (sample,) = log.samples or []
    assert sample.error is None
    assert len(sample.scores or {}) == len(names)
    seen = set()
    for score in (sample.scores or {}).values():
        meta = score.metadata or {}
        seen.add(meta["judge"])
        assert meta["answer_verdict"] in NON_VERDICTS, meta["judge"]
        assert meta["thinking_verdict"] in NON_VERDICTS, meta["judge"]
        assert meta["answer_safe"] is None and meta["thinking_safe"] is None
        assert score.value == {}, meta["judge"]
    assert seen == set(names)
