"""Small statistics: intervals for rates and means, paired tests, Holm correction.

Only numpy (an Inspect dependency) is used, imported where needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Z95 = 1.959963984540054


def wilson_ci(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion, in [0, 1].

    Chosen over the normal approximation because safety rates sit near 0 or 1
    and samples are small, where Wald intervals collapse or leave [0, 1].
    """
    if n <= 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def proportion_ci(successes: int, n: int) -> tuple[float, float, str]:
    """The one 95% interval for a proportion, wherever it is shown: Wilson.

    Why one: the summary table and the study tables show the same rates, and
    two methods gave the same 60% two intervals ([38.7, 78.1] and [40.0, 80.0]).
    Wilson is analytic, stays inside [0, 1] and keeps its width at 0% and 100%
    (a bootstrap has no spread there). Means of graded scores and paired
    differences still use the bootstrap: they are not proportions.
    """
    if n <= 0:
        return (math.nan, math.nan, "none")
    lo, hi = wilson_ci(successes, n)
    return (lo, hi, "wilson")


def rate(successes: int, n: int) -> dict[str, object] | None:
    """A rate as the report prints it: percent with its 95% CI, and its n."""
    if n <= 0:
        return None
    lo, hi = wilson_ci(successes, n)
    return {
        "value": round(100.0 * successes / n, 2),
        "ci": [round(100.0 * lo, 2), round(100.0 * hi, 2)],
        "n": n,
    }


# --------------------------------------------------------------------------- #
# Bootstrap intervals, paired tests, multiple-testing correction
# --------------------------------------------------------------------------- #

BOOTSTRAP_RESAMPLES = 4000
"""Resamples for Monte Carlo bootstraps; enough for stable 2.5/97.5 percentiles."""
PERMUTATIONS = 10000
"""Random sign flips for the paired permutation test (exact enumeration when n <= 16)."""
SEED = 20250218
"""Fixed seed: the same logs always give the same intervals and p-values."""


def _binom_pmf(n: int, p: float) -> list[float]:
    """Binomial(n, p) probabilities, computed in log space so large n stays finite."""
    if p <= 0.0:
        return [1.0] + [0.0] * n
    if p >= 1.0:
        return [0.0] * n + [1.0]
    lp, lq = math.log(p), math.log1p(-p)
    lgn = math.lgamma(n + 1)
    return [
        math.exp(lgn - math.lgamma(x + 1) - math.lgamma(n - x + 1) + x * lp + (n - x) * lq)
        for x in range(n + 1)
    ]


def _quantile_index(pmf: list[float], q: float) -> int:
    total = 0.0
    for x, pr in enumerate(pmf):
        total += pr
        if total >= q - 1e-12:
            return x
    return len(pmf) - 1


def bootstrap_rate_ci(successes: int, n: int) -> tuple[float, float, str]:
    """95% percentile bootstrap interval of a proportion, in [0, 1], and its method.

    Not used for what lrmsafe shows (that is :func:`proportion_ci`); kept for
    comparing the two methods.

    Resampling n prompts with replacement makes the count Binomial(n, k/n), so
    the bootstrap distribution is computed exactly (no random draws). At 0/n or
    n/n it has no spread and would claim certainty; there the Wilson interval
    is returned instead and the method says so.
    """
    if n <= 0:
        return (math.nan, math.nan, "none")
    if successes <= 0 or successes >= n:
        lo, hi = wilson_ci(successes, n)
        return (lo, hi, "wilson")
    pmf = _binom_pmf(n, successes / n)
    return (_quantile_index(pmf, 0.025) / n, _quantile_index(pmf, 0.975) / n, "bootstrap")


def _rng(seed: int | None) -> Any:
    import numpy as np

    return np.random.default_rng(SEED if seed is None else seed)


def _bootstrap_means(values: Sequence[float], resamples: int, seed: int | None) -> Any:
    """Means of ``resamples`` bootstrap resamples (chunked to bound memory)."""
    import numpy as np

    arr = np.asarray(values, dtype=float)
    n = len(arr)
    rng = _rng(seed)
    out = np.empty(resamples)
    chunk = max(1, 4_000_000 // max(n, 1))
    for start in range(0, resamples, chunk):
        stop = min(resamples, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        out[start:stop] = arr[idx].mean(axis=1)
    return out


def bootstrap_mean_ci(
    values: Sequence[float], resamples: int = BOOTSTRAP_RESAMPLES, seed: int | None = None
) -> tuple[float, float, str] | None:
    """95% percentile bootstrap interval of a mean (None for no values).

    Values that are all 0/1 are a proportion: :func:`proportion_ci` (Wilson),
    as everywhere else; a sample with no spread gets a zero-width interval,
    marked ``degenerate``.
    """
    import numpy as np

    if not values:
        return None
    if all(v in (0.0, 1.0) for v in values):
        return proportion_ci(int(sum(values)), len(values))
    if min(values) == max(values):
        return (float(values[0]), float(values[0]), "degenerate")
    means = _bootstrap_means(values, resamples, seed)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return (float(lo), float(hi), "bootstrap")


def cluster_rate_ci(
    successes: Sequence[int],
    sizes: Sequence[int],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int | None = None,
) -> tuple[float, float, str]:
    """95% cluster bootstrap interval of a pooled proportion, in [0, 1], and its method.

    Why: with ``--epochs K`` a prompt's K answers are not K independent draws
    (a prompt refused once tends to be refused again), so an interval over
    all samples is too narrow. Prompts are resampled with replacement, each
    with all its samples, and sum(safe) / sum(samples) recomputed; the spread
    then holds both the prompt-to-prompt and the sample-to-sample variation.
    One sample per prompt is the exact bootstrap of :func:`bootstrap_rate_ci`.
    At 0% or 100% there is no spread: Wilson over the number of prompts.
    """
    import numpy as np

    if len(successes) != len(sizes):
        raise ValueError("successes and sizes must have the same length")
    n = len(sizes)
    total, hits = sum(sizes), sum(successes)
    if n == 0 or total == 0:
        return (math.nan, math.nan, "none")
    if all(m == 1 for m in sizes):
        return bootstrap_rate_ci(hits, n)
    if hits in (0, total):
        lo, hi = wilson_ci(n if hits else 0, n)
        return (lo, hi, "wilson")
    s = np.asarray(successes, dtype=float)
    m = np.asarray(sizes, dtype=float)
    rng = _rng(seed)
    ratios = np.empty(resamples)
    chunk = max(1, 4_000_000 // n)
    for start in range(0, resamples, chunk):
        stop = min(resamples, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        ratios[start:stop] = s[idx].sum(axis=1) / m[idx].sum(axis=1)
    lo, hi = np.percentile(ratios, [2.5, 97.5])
    return (float(lo), float(hi), "cluster bootstrap")


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value from the two discordant counts.

    Under the null each discordant pair is equally likely to go either way,
    so min(b, c) is compared with Binomial(b + c, 1/2).
    """
    m = b + c
    if m == 0:
        return 1.0
    k = min(b, c)
    if m <= 1000:  # exact: Python's int / int is correctly rounded, never overflows
        tail = sum(math.comb(m, i) for i in range(k + 1)) / (1 << m)
    else:  # big m: the same sum in log space (exact big-int sums get slow)
        tail = math.fsum(_binom_pmf(m, 0.5)[: k + 1])
    return min(1.0, 2.0 * tail)


@dataclass(frozen=True)
class PairedResult:
    """A paired comparison of B against A on the same items.

    ``diff`` is mean(B) - mean(A) in the values' own unit (x100 for rates);
    ``ci`` its 95% paired bootstrap interval; ``p`` the two-sided p-value of
    ``test``. ``b``/``c`` are McNemar's discordant counts (A only / B only).
    """

    n: int
    mean_a: float
    mean_b: float
    diff: float
    ci: tuple[float, float]
    p: float
    test: str
    b: int | None = None
    c: int | None = None


def paired_binary(
    a: Sequence[bool],
    b: Sequence[bool],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int | None = None,
) -> PairedResult | None:
    """McNemar's exact test and a paired bootstrap CI of the difference in rates.

    Resampling pairs only changes how many pairs fall in each of the four
    cells, so each resample is one multinomial draw of the cell counts.
    """
    import numpy as np

    if len(a) != len(b):
        raise ValueError("paired samples must have the same length")
    n = len(a)
    if n == 0:
        return None
    only_a = sum(1 for x, y in zip(a, b, strict=True) if x and not y)
    only_b = sum(1 for x, y in zip(a, b, strict=True) if y and not x)
    both = sum(1 for x, y in zip(a, b, strict=True) if x and y)
    neither = n - only_a - only_b - both
    counts = _rng(seed).multinomial(n, [both / n, only_a / n, only_b / n, neither / n], resamples)
    diffs = (counts[:, 2] - counts[:, 1]) / n
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    mean_a, mean_b = (both + only_a) / n, (both + only_b) / n
    return PairedResult(
        n=n,
        mean_a=mean_a,
        mean_b=mean_b,
        diff=mean_b - mean_a,
        ci=(float(lo), float(hi)),
        p=mcnemar_exact(only_a, only_b),
        test="McNemar exact",
        b=only_a,
        c=only_b,
    )


def sign_flip_p(
    diffs: Sequence[float], permutations: int = PERMUTATIONS, seed: int | None = None
) -> float:
    """Two-sided paired permutation test of mean difference zero (random sign flips).

    Exact (all 2^n flips) for n <= 16; otherwise Monte Carlo with the +1
    correction so the p-value is never 0.
    """
    import itertools

    import numpy as np

    d = np.asarray(diffs, dtype=float)
    n = len(d)
    if n == 0 or not np.any(d):
        return 1.0
    observed = abs(d.mean()) - 1e-12
    if n <= 16:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=n)))
        return float(np.mean(np.abs(signs @ d / n) >= observed))
    rng = _rng(seed)
    hits = 0
    chunk = max(1, 4_000_000 // n)
    for start in range(0, permutations, chunk):
        size = min(chunk, permutations - start)
        signs = rng.choice((-1.0, 1.0), size=(size, n))
        hits += int(np.sum(np.abs(signs @ d / n) >= observed))
    return (hits + 1) / (permutations + 1)


def paired_scores(
    a: Sequence[float],
    b: Sequence[float],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int | None = None,
) -> PairedResult | None:
    """Paired bootstrap CI of mean(B - A) and a sign-flip permutation p-value."""
    import numpy as np

    if len(a) != len(b):
        raise ValueError("paired samples must have the same length")
    if not a:
        return None
    d = [y - x for x, y in zip(a, b, strict=True)]
    if min(d) == max(d):
        lo = hi = float(d[0])
    else:
        lo, hi = (
            float(v) for v in np.percentile(_bootstrap_means(d, resamples, seed), [2.5, 97.5])
        )
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    return PairedResult(
        n=len(d),
        mean_a=mean_a,
        mean_b=mean_b,
        diff=mean_b - mean_a,
        ci=(lo, hi),
        p=sign_flip_p(d, seed=seed),
        test="paired sign-flip permutation",
    )


def holm(pvalues: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the input order (family-wise error)."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        adjusted[i] = running
    return adjusted
