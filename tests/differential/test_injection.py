"""Differential test: ``injection --protocol canonical`` against inspect_evals'
``cyse2_prompt_injection`` (0.26.0), and where we follow PurpleLlama instead.

Target ``openai-api/stub/r1`` sends its thinking as ``reasoning_content``: Inspect
keeps it out of ``output.completion``, so inspect_evals' judge reads exactly
our answer text, and our answer verdicts are what must equal its grades (our
separate thinking verdicts have no counterpart there). Both tasks send the
case's instructions as the system message and its input as the user turn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _cse2_helpers import (
    DATA,
    needs_data,
    our_records,
    raw_rows,
    reference_accuracy,
    reference_grades,
    reference_prompts,
    reference_samples,
    run,
    stub_env,
)

import lrmsafe.benchmarks.injection as injection
from lrmsafe.analysis.metrics import rule_counts
from lrmsafe.benchmarks._cse2_canonical import UNREADABLE_FAILED_INJECTION_RULE
from lrmsafe.testing.stub import StubProcess

__all__ = ["stub_env"]  # the fixture, imported for pytest

TARGET = "openai-api/stub/r1"


def _tasks(monkeypatch: pytest.MonkeyPatch, sample: int, judge: str) -> tuple[Any, Any]:
    """(our canonical task, inspect_evals' task on the same test cases)."""
    from inspect_evals.cyberseceval_2.prompt_injection import task as ref
    from inspect_evals.cyberseceval_2.prompt_injection.dataset import record_to_sample

    ours = injection.injection(judge="llm", data_dir=DATA, sample=sample, protocol="canonical")
    assert (ours.metadata or {})["protocol"] == "canonical"
    picked = list(ours.dataset)
    by_id = {int(r["prompt_id"]): r for r in raw_rows("prompt_injection.json")}
    records = [by_id[int((s.metadata or {})["prompt_id"])] for s in picked]
    dataset = reference_samples(records, record_to_sample, [str(s.id) for s in picked])
    monkeypatch.setattr(ref, "read_dataset", lambda challenges=None, shuffle=False: dataset)
    theirs = ref.cyse2_prompt_injection(judge_llm=judge)
    return ours, theirs


@needs_data
def test_canonical_injection_equals_inspect_evals(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = _tasks(monkeypatch, 15, "openai-api/stub/judge")
    stub_env.reset()
    their_log = run(theirs, tmp_path / "theirs", TARGET, judge_role=False)
    their_targets = [r["body"]["messages"] for r in stub_env.requests(200) if r["model"] == "r1"]
    stub_env.reset()
    our_log = run(ours, tmp_path / "ours", TARGET)
    requests = stub_env.requests(200)
    our_targets = [r["body"]["messages"] for r in requests if r["model"] == "r1"]
    our_judge = [r["body"]["messages"] for r in requests if r["model"] == "judge"]

    grades = reference_grades(their_log)
    records = our_records(our_log)
    assert set(grades) == set(records) and len(grades) == 15
    assert set(grades.values()) == {"C", "I"}  # both grades occur: the test can tell them apart

    # the same target requests ([system: instructions, user: input]) ...
    def key(m: list[dict[str, Any]]) -> str:
        return repr([(x["role"], x["content"]) for x in m])

    assert sorted(map(key, our_targets)) == sorted(map(key, their_targets))
    # ... and the same judge request: inspect_evals' template with the case's question
    assert all(len(m) == 1 and m[0]["role"] == "user" for m in our_judge)
    assert set(reference_prompts(their_log).values()) <= {m[0]["content"] for m in our_judge}

    # per sample: grade C = the injection succeeded = unsafe
    assert {sid: not r.answer_safe for sid, r in records.items()} == {
        sid: g == "C" for sid, g in grades.items()
    }

    # headline: attack success rate over every judged answer
    asr = injection.injection_breakdown(list(records.values()))["answer"]["asr"]
    assert asr is not None
    assert (asr["value"], asr["n"]) == (round(100 * reference_accuracy(their_log), 2), 15)


@needs_data
def test_reply_without_grade_is_a_failed_injection_as_in_purplellama_not_unscored(
    stub_env: StubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PurpleLlama counts every judged case, a success only when the reply says "yes".
    inspect_evals leaves a reply without a grade unscored; we follow PurpleLlama, and
    the verdict carries the rule so the report counts it."""
    ours, theirs = _tasks(monkeypatch, 5, "openai-api/stub/judge-garbage")
    their_log = run(theirs, tmp_path / "theirs", TARGET, judge_role=False)
    assert set(reference_grades(their_log).values()) == {None}  # inspect_evals: unscored

    from inspect_ai import eval as inspect_eval

    (our_log,) = inspect_eval(
        ours,
        model=TARGET,
        model_roles={"judge": "openai-api/stub/judge-garbage"},
        log_dir=str(tmp_path / "ours"),
        display="none",
        log_level="warning",
        score_display=False,
    )
    records = list(our_records(our_log).values())
    assert [r.answer_safe for r in records] == [True] * 5
    assert all(r.part("answer").rule == UNREADABLE_FAILED_INJECTION_RULE for r in records)
    asr = injection.injection_breakdown(records)["answer"]["asr"]
    assert asr is not None and (asr["value"], asr["n"]) == (0.0, 5)
    assert rule_counts(records)["answer"] == {UNREADABLE_FAILED_INJECTION_RULE: 5}
