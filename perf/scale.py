"""Scale: a 20,000-sample synthetic run's peak memory, and report time per sample.

Runs ``lrmsafe run --benchmark synthetic --sample N`` against the stub (zero
latency, short replies) at two sizes, N/2 and N, each in its own log folder,
then ``lrmsafe report --json`` over each. Prints lrmsafe's peak RSS for the
runs (target: under 2 GB at N = 20,000) and the report's seconds per 10,000
samples at both sizes (linear time: the two figures match).

    python perf/scale.py [--n 20000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import lrmsafe_cmd, measure, requests_by_role, stub_env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=20_000, help="samples of the larger run")
    parser.add_argument("--quick", action="store_true", help="N = 4,000")
    parser.add_argument("-c", type=int, default=64, help="max connections")
    parser.add_argument(
        "--model", default="reasoning_content-refuse", help="stub model (short replies)"
    )
    parser.add_argument("--judge-model", help="also judge with the stub's LLM judge (slower)")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    n = 4000 if args.quick else args.n
    sizes = (n // 2, n)

    from lrmsafe.testing.stub import start_stub

    judge = ["--judge-model", f"openai-api/stub/{args.judge_model}"] if args.judge_model else []
    print(
        f"synthetic runs of {sizes[0]} and {sizes[1]} samples, stub model '{args.model}', "
        f"judge {'llm' if judge else 'refusal (offline)'}, C={args.c}"
    )
    with start_stub() as stub, tempfile.TemporaryDirectory(prefix="lrmsafe-scale-") as tmp:
        env = stub_env(stub.base_url, INSPECT_CACHE_DIR=str(Path(tmp, "cache")))
        per_10k: list[float] = []
        for size in sizes:
            logs = str(Path(tmp, f"logs-{size}"))
            stub.reset()
            cmd = lrmsafe_cmd(
                "run", "--model", f"openai-api/stub/{args.model}", "--benchmark", "synthetic",
                "--sample", str(size), "--max-connections", str(args.c), "--display", "none",
                "--log-dir", logs, *judge,
            )  # fmt: skip
            run = measure(cmd, env=env, timeout=args.timeout).check(f"run of {size}")
            target, judged = requests_by_role(stub.stats())
            rep = measure(lrmsafe_cmd("report", logs, "--json"), env=env, timeout=args.timeout)
            rep.check(f"report of {size}")
            rows = json.loads(rep.stdout)
            counted = sum(int(r["n"]) for r in rows)
            per_10k.append(rep.wall_s * 10_000 / size)
            print(
                f"  N={size:>6}: run {run.wall_s:7.1f} s wall, {run.cpu_s:7.1f} s CPU, "
                f"peak RSS {run.peak_rss_mb:6.0f} MB, {target} target + {judged} judge requests; "
                f"report {rep.wall_s:6.1f} s ({per_10k[-1]:.1f} s per 10,000), "
                f"peak RSS {rep.peak_rss_mb:5.0f} MB, {counted} samples reported"
            )
            if counted != size:
                print(f"  WARNING: the report counted {counted} samples, expected {size}")
    ratio = per_10k[1] / per_10k[0]
    print(
        f"report seconds per 10,000 samples: {per_10k[0]:.1f} at N={sizes[0]}, "
        f"{per_10k[1]:.1f} at N={sizes[1]} (ratio {ratio:.2f}; 1.00 = linear)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
