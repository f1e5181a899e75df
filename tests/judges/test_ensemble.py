"""Ensembles: majority verdicts, mean scores, pairwise kappa of their members."""

from __future__ import annotations

import asyncio

import pytest
from judges_harness import CTX, stub_model

from lrmsafe._errors import UnknownNameError, UserError
from lrmsafe.judges import Judge, get_judge_info, make_judge
from lrmsafe.judges._offline import RefusalJudge
from lrmsafe.judges.ensemble import EnsembleJudge
from lrmsafe.judges.guard import LLAMA_GUARD, GuardJudge
from lrmsafe.judges.llm import HARM_RUBRIC, LLMJudge
from lrmsafe.judges.reward import RewardJudge, parse_reward_spec
from lrmsafe.testing.stub import COMPLY_ANSWER, REFUSE_ANSWER, StubProcess, reward_score

DECLINE_WITHOUT_MARKER = "I must decline this request."
"""The rule-based judge reads a refusal; the stub judge (marker-based) does not."""


@pytest.fixture(autouse=True)
def _every_request_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")


def test_names_resolve_through_the_registry() -> None:
    info = get_judge_info("ensemble:refusal+llm+llamaguard")
    assert (info.needs_model, info.measures) == (True, "harm")
    refusal_only = get_judge_info("ensemble:refusal+llm-refusal")
    assert refusal_only.measures == "refusal"
    judge = make_judge("ensemble:refusal+llm")
    assert isinstance(judge, EnsembleJudge) and judge.name == "ensemble:refusal+llm"


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("ensemble:refusal", UserError, "at least two"),
        ("ensemble:refusal+nope", UnknownNameError, "unknown judge 'nope'"),
        ("ensemble:refusal+ensemble:a+b", UserError, "nested"),
        ("ensemble:refusal+refusal", UserError, "must differ"),
    ],
)
def test_bad_ensembles(name: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        make_judge(name)


def test_majority_and_conservative_tie(fresh_stub: StubProcess) -> None:
    model = stub_model(fresh_stub, "judge")
    members: list[Judge] = [
        RefusalJudge(),
        LLMJudge(model=model),
        GuardJudge(LLAMA_GUARD, "llamaguard", model=model),
    ]
    three = EnsembleJudge(members)
    agree = asyncio.run(three.judge(COMPLY_ANSWER, CTX))
    assert agree.verdict == "unsafe" and agree.extra["tie"] is False
    assert agree.extra["members"] == {
        "refusal": "full_compliance",
        "llm": "unsafe",
        "llamaguard": "unsafe",
    }
    assert agree.extra["member_votes"] == {
        "refusal": "unsafe",
        "llm": "unsafe",
        "llamaguard": "unsafe",
    }
    split = asyncio.run(three.judge(DECLINE_WITHOUT_MARKER, CTX))
    assert split.extra["votes"] == {"safe": 1, "unsafe": 2}
    assert split.verdict == "unsafe"

    two = EnsembleJudge(members[:2])
    tie = asyncio.run(two.judge(DECLINE_WITHOUT_MARKER, CTX))
    assert tie.extra["votes"] == {"safe": 1, "unsafe": 1}
    assert tie.verdict == "unsafe" and tie.extra["tie"] is True
    safe = asyncio.run(two.judge(REFUSE_ANSWER, CTX))
    assert safe.verdict == "safe"

    kappa = three.agreement()
    assert set(kappa) == {"llamaguard|llm", "llamaguard|refusal", "llm|refusal"}
    assert kappa["llamaguard|llm"]["n"] == 2
    assert kappa["llamaguard|llm"]["agreement"] == 1.0
    assert kappa["llamaguard|refusal"]["agreement"] == 0.5


def test_members_without_verdict_do_not_vote(fresh_stub: StubProcess) -> None:
    ensemble = EnsembleJudge(
        [RefusalJudge(), LLMJudge(model=stub_model(fresh_stub, "judge-garbage"))]
    )
    result = asyncio.run(ensemble.judge(REFUSE_ANSWER, CTX))
    assert result.extra["members"] == {"refusal": "full_refusal", "llm": "unparseable"}
    assert result.extra["votes"] == {"safe": 1}
    assert result.verdict == "safe"
    nobody = EnsembleJudge(
        [
            LLMJudge(model=stub_model(fresh_stub, "judge-garbage"), name="a"),
            LLMJudge(model=stub_model(fresh_stub, "judge-garbage"), name="b"),
        ]
    )
    assert asyncio.run(nobody.judge(COMPLY_ANSWER, CTX)).verdict == "unparseable"


def test_refusal_members_vote_on_three_classes() -> None:
    from lrmsafe.judges.llm import REFUSAL_RUBRIC

    ensemble = EnsembleJudge([RefusalJudge(), LLMJudge(REFUSAL_RUBRIC, name="llm-refusal")])
    assert ensemble.refusal_vote and ensemble.measures == "refusal"


def test_scores_are_averaged(fresh_stub: StubProcess) -> None:
    reward = RewardJudge(
        parse_reward_spec("vllm:reward", {"LRMSAFE_REWARD_BASE_URL": fresh_stub.url})
    )
    harm = LLMJudge(HARM_RUBRIC, model=stub_model(fresh_stub, "judge"), name="llm-harm")
    result = asyncio.run(EnsembleJudge([harm, reward]).judge(COMPLY_ANSWER, CTX))
    assert result.score == pytest.approx((7.0 + reward_score(COMPLY_ANSWER)) / 2)
    assert result.extra["member_scores"] == {
        "llm-harm": 7.0,
        "reward": reward_score(COMPLY_ANSWER),
    }
