"""The four findings on hand-made records with planted differences and planted nulls."""

from __future__ import annotations

import random
from typing import Any

import pytest

from lrmsafe._errors import UserError
from lrmsafe.analysis.findings import build_findings
from lrmsafe.analysis.paired import parse_pair, resolve_model
from lrmsafe.analysis.records import SampleRecord


def rec(
    model: str,
    sid: str,
    answer_safe: bool | None,
    thinking_safe: bool | None = None,
    benchmark: str = "bench",
    meta: dict[str, Any] | None = None,
) -> SampleRecord:
    return SampleRecord(
        model=model, benchmark=benchmark, variant="{}", sample_id=sid, epoch=1,
        outcome="answered", expected="refuse", category=None,
        answer_verdict=None if answer_safe is None else ("safe" if answer_safe else "unsafe"),
        thinking_verdict="not_visible" if thinking_safe is None else
        ("safe" if thinking_safe else "unsafe"),
        answer_safe=answer_safe, thinking_safe=thinking_safe, judge="test", measures="harm",
        prompt=f"prompt {sid}", answer="answer", thinking=None if thinking_safe is None else "t",
        meta=dict(meta or {}),
    )  # fmt: skip


def planted(seed: int = 11, n: int = 300) -> list[SampleRecord]:
    """base: 80% safe; distill: 45% safe, thinking 20 points below its answer;
    twin: 80% safe drawn independently (a null against base)."""
    rng = random.Random(seed)
    out: list[SampleRecord] = []
    for i in range(n):
        sid = f"p{i:04d}"
        out.append(rec("org/base", sid, rng.random() < 0.80, None))
        ans = rng.random() < 0.45
        think = ans and rng.random() > 0.45  # thinking unsafe whenever the answer is, and more
        out.append(rec("org/distill", sid, ans, think))
        t = rng.random() < 0.80
        out.append(rec("org/twin", sid, t, t))  # thinking == answer: a null for finding 4
    return out


def by_status(findings: Any, number: int) -> dict[str, str]:
    f = next(f for f in findings if f.number == number)
    return {t.claim: t.status for t in f.tests}


def test_planted_difference_is_significant_and_planted_null_is_not() -> None:
    findings = build_findings(planted(), ["base:distill", "base:twin"])
    f2 = by_status(findings, 2)
    assert f2["org/distill is less safe than org/base"] == "supported"
    assert f2["org/twin is less safe than org/base"] == "not significant"
    f4 = by_status(findings, 4)
    assert f4["org/distill: the thinking is less safe than the answer"] == "supported"
    assert f4["org/twin: the thinking is less safe than the answer"] == "not significant"
    f1 = next(f for f in findings if f.number == 1)
    assert any("safest model here: org/base" in n or "safest model here: org/twin" in n
               for n in f1.notes)  # fmt: skip
    distill = next(t for t in f1.tests if "org/distill" in t.claim)
    assert distill.status == "supported"
    # the effect is about the planted -35 points, with a CI that covers it
    assert -45 < distill.to_json()["effect"] < -25
    lo, hi = distill.to_json()["ci"]
    assert lo < -35 < hi
    # Holm: every corrected p is at least the raw p
    for f in findings:
        for t in f.tests:
            assert t.p_holm >= t.result.p
    assert next(f for f in findings if f.number == 2).status.startswith("partly supported")


def test_finding3_uses_harm_scores_and_says_when_there_are_none() -> None:
    rng = random.Random(5)
    recs = []
    for i in range(120):
        sid = f"h{i}"
        recs.append(rec("chat", sid, False, meta={"harm_score": rng.uniform(1, 5)}))
        recs.append(rec("reasoner", sid, False, meta={"harm_score": rng.uniform(3, 8)}))
        recs.append(rec("plain", sid, True))
    findings = build_findings(recs, ["chat:reasoner", "chat:plain"])
    f3 = next(f for f in findings if f.number == 3)
    assert by_status(findings, 3) == {"reasoner gives more harmful help than chat": "supported"}
    assert any("chat:plain" in n and "no prompt scored for both" in n for n in f3.notes)
    none = build_findings([rec("a", "1", False), rec("b", "1", True)], ["a:b"])
    f3 = next(f for f in none if f.number == 3)
    assert f3.status == "not tested"
    assert any("no harmfulness scores" in n for n in f3.notes)


def test_findings_without_pairs_or_thinking_explain_why() -> None:
    findings = build_findings([rec("only", "1", True)])
    assert [f.status for f in findings] == ["not tested"] * 4
    assert any("--pair" in n for n in findings[1].notes)


def test_model_names_resolve_by_suffix_and_errors_are_clear() -> None:
    models = ["openai-api/stub/unsafe-p20", "openai-api/stub/unsafe-p60", "ollama/llama3:8b"]
    assert resolve_model("unsafe-p20", models) == "openai-api/stub/unsafe-p20"
    assert parse_pair("unsafe-p20:llama3:8b", models) == (
        "openai-api/stub/unsafe-p20",
        "ollama/llama3:8b",
    )
    with pytest.raises(UserError, match="ambiguous"):
        resolve_model("0", ["a/x10", "a/y20"])
    with pytest.raises(UserError, match="not in the logs"):
        parse_pair("unsafe-p20:nope", models)
    with pytest.raises(UserError, match="A:B"):
        parse_pair("unsafe-p20", models)
    with pytest.raises(UserError, match="itself"):
        parse_pair("unsafe-p20:openai-api/stub/unsafe-p20", models)


def test_findings_use_the_unattacked_samples_and_say_so() -> None:
    """Issue 18: finding 4 pooled attacked samples with the plain ones (n=48 for 12
    prompts x 4 conditions); the study's findings are about the prompts as written."""
    plain = [rec("m/r", f"s{i}", i % 2 == 0, i % 4 == 0) for i in range(12)]
    attacked = [
        rec("m/r", f"s{i}", False, False, meta={"attack_label": a})
        for a in ("base64", "prefill", "thought_injection")
        for i in range(12)
    ]
    findings = build_findings(plain + attacked)
    f4 = next(f for f in findings if f.number == 4)
    (test,) = f4.tests
    assert test.result.n == 12
    assert any("the 36 attacked samples (--attack) are left out" in n for n in f4.notes)
    alone = next(f for f in build_findings(plain) if f.number == 4)
    assert alone.tests[0].result.n == 12
    assert not any("attacked" in n for n in alone.notes)
