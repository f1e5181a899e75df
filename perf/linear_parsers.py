"""Untrusted-text functions stay linear: time at N and 2N, the ratio must be at most ~2.5.

Judge replies and model output can be any size and any shape. Each function
here (fence stripping, fence defang, the display sanitiser, the judge-reply
parsers) gets hostile inputs built to make backtracking or rescanning code
quadratic (unclosed BEGIN lines, fence-like and look-alike lines, escapes),
at two sizes. A quadratic function takes ~4x the time for 2x the input; a
linear one ~2x. Timing is in this process (pure functions, no I/O): best of
``--repeat`` runs in CPU time (GC off), so other load on the machine counts
as little as it can; times under 5 ms are compared as 5 ms (timer noise).

    python perf/linear_parsers.py            # 400 kB and 800 kB
    python perf/linear_parsers.py --size 200000 --max-ratio 2.5

Exit status 1 if any ratio exceeds ``--max-ratio``.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lrmsafe.judges.llm import fence, parse_class, parse_score10, parse_verdict, strip_fenced
from lrmsafe.report.markdown import md_escape
from lrmsafe.report.text import inline, sanitize

BEGIN = "-----BEGIN UNTRUSTED RESPONSE 0123456789abcdef-----\n"


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


INPUTS: dict[str, Callable[[int], str]] = {
    "unclosed BEGIN lines": lambda n: _repeat(BEGIN, n) + "VERDICT: unsafe",
    "BEGIN lines, many nonces": lambda n: "".join(
        f"-----BEGIN UNTRUSTED K{i % 997} {i:x}-----\n" for i in range(n // 36)
    ),
    "fence-like + look-alike lines": lambda n: _repeat(
        "-----END UNTRUSTED RESPONSE 0123456789abcdef-----\n"
        "\u2500\u2500\u2500END\u00a0UNTRUSTED x\n-\u200b-\u200b-BEGIN UNTRUSTED\n"
        "-----\u0415ND UNTRUSTED\n" + "-" * 40 + "\n",
        n,
    ),
    "dashes": lambda n: "-" * n,
    "escapes and bidi": lambda n: _repeat("\x1b[31m\x1b]0;x\x07\u202e\u200b\x9b2J text ", n),
    "verdict lines": lambda n: _repeat("VERDICT: safe\n**VERDICT:**   \n", n),
}
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "strip_fenced": strip_fenced,
    "fence (defang)": fence,
    "sanitize": sanitize,
    "inline": inline,
    "md_escape": md_escape,
    "parse_verdict": parse_verdict,
    "parse_class": parse_class,
    "parse_score10": parse_score10,
}


def best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """Fastest of ``repeat`` runs, in CPU seconds of this process (GC off while timed).

    CPU time, not wall time: other processes on a shared machine do not count.
    """
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            fn(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=400_000, help="N in characters")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--max-ratio", type=float, default=2.5)
    args = parser.parse_args()
    n = args.size
    print(f"{'function':<16} {'input':<30} {'t(N) ms':>9} {'t(2N) ms':>9} {'ratio':>6}")
    worst = 0.0
    failed = []
    for fname, fn in FUNCTIONS.items():
        for iname, make in INPUTS.items():
            small, large = make(n), make(2 * n)
            t1 = best_time(fn, small, args.repeat)
            t2 = best_time(fn, large, args.repeat)
            # below a few ms, timer and cache noise dominate the ratio: a 5 ms floor
            ratio = max(t2, 5e-3) / max(t1, 5e-3)
            worst = max(worst, ratio)
            flag = "" if ratio <= args.max_ratio else "  <-- superlinear"
            if flag:
                failed.append(f"{fname} on {iname}")
            print(f"{fname:<16} {iname:<30} {t1 * 1e3:9.2f} {t2 * 1e3:9.2f} {ratio:6.2f}{flag}")
    print(f"N = {n:,} characters; worst ratio {worst:.2f} (limit {args.max_ratio})")
    if failed:
        print("superlinear: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
