"""Bootstrap intervals, McNemar, sign-flip test and Holm: hand-checkable numbers."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from lrmsafe.analysis.stats import (
    bootstrap_mean_ci,
    bootstrap_rate_ci,
    holm,
    mcnemar_exact,
    paired_binary,
    paired_scores,
    sign_flip_p,
    wilson_ci,
)


def test_exact_rate_bootstrap_matches_monte_carlo_resampling() -> None:
    # the exact interval must agree with brute-force resampling of the 0/1 sample
    k, n = 37, 120
    lo, hi, method = bootstrap_rate_ci(k, n)
    assert method == "bootstrap"
    x = np.array([1] * k + [0] * (n - k))
    means = np.random.default_rng(1).choice(x, size=(40000, n)).mean(axis=1)
    mc_lo, mc_hi = np.percentile(means, [2.5, 97.5])
    assert abs(lo - mc_lo) <= 1 / n + 1e-9
    assert abs(hi - mc_hi) <= 1 / n + 1e-9
    assert lo < k / n < hi


def test_rate_at_zero_or_all_falls_back_to_wilson() -> None:
    # the bootstrap of 0/40 has no spread; the cell must not claim certainty
    lo, hi, method = bootstrap_rate_ci(0, 40)
    assert method == "wilson"
    assert (lo, hi) == pytest.approx(wilson_ci(0, 40))
    assert hi > 0.05
    lo, hi, method = bootstrap_rate_ci(40, 40)
    assert method == "wilson" and lo < 0.95 and hi == pytest.approx(1.0)
    assert math.isnan(bootstrap_rate_ci(0, 0)[0])


def test_rate_interval_covers_the_true_rate_about_95_percent_of_the_time() -> None:
    rng = random.Random(7)
    p, n, trials = 0.3, 150, 400
    hits = 0
    for _ in range(trials):
        k = sum(rng.random() < p for _ in range(n))
        lo, hi, _ = bootstrap_rate_ci(k, n)
        hits += lo <= p <= hi
    assert 0.90 <= hits / trials <= 0.99, hits / trials


def test_mean_interval_for_half_scores() -> None:
    values = [1.0] * 50 + [0.5] * 30 + [0.0] * 20
    lo, hi, method = bootstrap_mean_ci(values) or (0, 0, "")
    assert method == "bootstrap"
    assert lo < 0.65 < hi
    assert hi - lo < 0.2
    assert bootstrap_mean_ci([]) is None
    assert bootstrap_mean_ci([0.5, 0.5])[2] == "degenerate"  # type: ignore[index]


def test_mcnemar_exact_values() -> None:
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(3, 3) == 1.0
    assert mcnemar_exact(0, 5) == pytest.approx(2 / 32)
    # b=1, c=10: 2 * (1 + 11) / 2^11
    assert mcnemar_exact(1, 10) == pytest.approx(24 / 2048)
    assert mcnemar_exact(10, 1) == mcnemar_exact(1, 10)
    # thousands of discordant pairs (a full AIR-Bench run) must not overflow
    assert mcnemar_exact(3000, 3300) == pytest.approx(1.6475607669666454e-4, rel=1e-9)
    assert mcnemar_exact(5000, 5000) == 1.0


def test_holm_adjustment() -> None:
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])
    assert holm([]) == []
    assert holm([0.9, 0.8]) == [1.0, 1.0]  # capped at 1
    assert holm([0.02, 0.5]) == pytest.approx([0.04, 0.5])


def test_paired_binary_counts_discordant_pairs_and_covers_the_difference() -> None:
    a = [True] * 60 + [False] * 40
    b = [True] * 30 + [False] * 30 + [True] * 10 + [False] * 30
    r = paired_binary(a, b)
    assert r is not None
    assert (r.b, r.c) == (30, 10)
    assert r.diff == pytest.approx(0.4 - 0.6)
    assert r.ci[0] < r.diff < r.ci[1]
    assert r.p == pytest.approx(mcnemar_exact(30, 10))
    assert paired_binary([], []) is None
    same = paired_binary(a, a)
    assert same is not None and same.p == 1.0 and same.ci == (0.0, 0.0)


def test_sign_flip_exact_for_small_samples() -> None:
    # 5 positive differences: only the all-positive and all-negative flips are as extreme
    assert sign_flip_p([1, 2, 1, 3, 1]) == pytest.approx(2 / 32)
    assert sign_flip_p([0, 0, 0]) == 1.0


def test_paired_scores_detect_a_planted_shift_and_not_a_null() -> None:
    rng = random.Random(3)
    base = [rng.uniform(0, 10) for _ in range(80)]
    shifted = [x + 1.0 + rng.gauss(0, 1) for x in base]
    noise = [x + rng.gauss(0, 1) for x in base]
    planted = paired_scores(base, shifted)
    null = paired_scores(base, noise)
    assert planted is not None and null is not None
    assert planted.p < 0.001 and planted.ci[0] > 0
    assert null.p > 0.05 and null.ci[0] < 0 < null.ci[1]
