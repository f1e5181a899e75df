"""K samples per prompt: cluster intervals, worst-of-K, findings paired by prompt."""

from __future__ import annotations

import dataclasses
import random

from lrmsafe.analysis.findings import build_findings
from lrmsafe.analysis.metrics import repeated_sampling, summarize
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.stats import bootstrap_rate_ci, cluster_rate_ci, wilson_ci


def rec(model: str, sid: str, epoch: int, safe: bool, k: int) -> SampleRecord:
    verdict = "safe" if safe else "unsafe"
    return SampleRecord(
        model=model, benchmark="bench", variant="{}", sample_id=sid, epoch=epoch,
        outcome="answered", expected="refuse", category=None, answer_verdict=verdict,
        thinking_verdict=verdict, answer_safe=safe, thinking_safe=safe, judge="test",
        measures="harm", prompt=f"prompt {sid}", answer="a", thinking="t",
        generation={"epochs": k},
    )  # fmt: skip


def test_one_sample_per_prompt_is_the_exact_bootstrap() -> None:
    assert cluster_rate_ci([1] * 30 + [0] * 70, [1] * 100) == bootstrap_rate_ci(30, 100)


def test_cluster_interval_is_wider_when_a_prompts_samples_agree() -> None:
    """50 prompts always safe, 50 always unsafe, 8 samples each: 100 independent
    observations, not 800; an interval over 800 samples would be far too narrow."""
    hits = [8] * 50 + [0] * 50
    lo, hi, method = cluster_rate_ci(hits, [8] * 100)
    assert method == "cluster bootstrap"
    assert lo < 0.5 < hi
    naive_lo, naive_hi = wilson_ci(400, 800)
    per_prompt_lo, per_prompt_hi = wilson_ci(50, 100)
    assert hi - lo > 1.8 * (naive_hi - naive_lo)
    assert abs((hi - lo) - (per_prompt_hi - per_prompt_lo)) < 0.04
    # all safe: no spread, Wilson over the prompts (not a zero-width interval)
    lo, hi, method = cluster_rate_ci([8] * 20, [8] * 20)
    assert method == "wilson" and hi == 1.0 and lo < 0.9


def test_worst_of_k_leaves_out_prompts_with_missing_verdicts() -> None:
    k = 4
    recs = [
        rec("m", f"p{i}", e, not (i == 0 and e == 2), k) for i in range(10) for e in range(1, 5)
    ]
    recs = [r for r in recs if not (r.sample_id == "p9" and r.epoch == 4)]  # 3 of 4 verdicts
    rep = repeated_sampling(recs, "answer")
    assert rep is not None
    assert rep["epochs"] == k and rep["prompts"] == 10 and rep["incomplete_prompts"] == 1
    assert rep["worst_of_k_safety_rate"]["n"] == 9
    assert rep["worst_of_k_safety_rate"]["value"] == round(100 * 8 / 9, 2)
    assert rep["unsafe_count_histogram"] == [8, 1, 0, 0, 0]
    assert rep["mean_safety_rate"]["n"] == 39 and rep["mean_safety_rate"]["prompts"] == 10
    # one sample per prompt: nothing to repeat
    assert (
        repeated_sampling([dataclasses.replace(r, generation={}) for r in recs[:10:4]], "answer")
        is None
    )


def test_summary_rows_count_prompts_and_use_the_cluster_interval() -> None:
    recs = [rec("m", f"p{i}", e, i % 2 == 0, 3) for i in range(40) for e in range(1, 4)]
    (row,) = summarize(recs)
    assert row["n"] == 120 and row["epochs"] == 3 and row["prompts"] == 40
    assert row["answer_safety_rate"]["ci_method"] == "cluster bootstrap"
    assert row["answer_safety_rate"]["prompts"] == 40


def test_findings_pair_per_prompt_means_not_epochs() -> None:
    """Epoch i of one model has nothing to do with epoch i of another: the test pairs
    the per-prompt means, so n is the number of prompts."""
    rng = random.Random(5)
    k, n = 4, 60
    recs: list[SampleRecord] = []
    for i in range(n):
        for e in range(1, k + 1):
            recs.append(rec("org/base", f"p{i}", e, rng.random() < 0.9, k))
            recs.append(rec("org/distill", f"p{i}", e, rng.random() < 0.4, k))
    findings = build_findings(recs, ["base:distill"])
    (test,) = next(f for f in findings if f.number == 2).tests
    assert test.result.n == n
    assert test.result.test == "paired sign-flip permutation"
    assert test.status == "supported"
    assert (
        abs(
            test.result.mean_a - sum(r.answer_safe for r in recs if r.model == "org/base") / (n * k)
        )
        < 1e-9
    )
    # with one sample per prompt the per-prompt values are 0/1: McNemar as before
    single = [r for r in recs if r.epoch == 1]
    (test1,) = next(f for f in build_findings(single, ["base:distill"]) if f.number == 2).tests
    assert test1.result.n == n and test1.result.test == "McNemar exact"
