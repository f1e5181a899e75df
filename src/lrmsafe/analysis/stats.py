"""Small statistics: confidence intervals for rates, kept dependency-light."""

from __future__ import annotations

import math

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
