"""Speed-up of ``lrmsafe run --ray`` with 2 workers over 1, on a harness-bound workload.

One Inspect process drives one core; past that, shards on more workers are
how a run scales. Two stub servers (short latency) serve the target
round-robin (``--endpoints``); a local Ray cluster is started with 1, then 2
CPUs, and the same run (N samples, ``--shard-size N/8``) is timed on each,
from the command's start to its summary (Ray start-up and imports included).
N defaults to 8,000, the size of a full assessment: the fixed costs (start-up,
a worker's first import of Inspect) are paid once per run, not per sample.

    python perf/ray_scaling.py [--n 8000] [--quick] [--repeat 2]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import lrmsafe_cmd, measure, requests_by_role, stub_env


def _one_run(
    args: argparse.Namespace, n: int, shard_size: int, workers: int, one: Any, two: Any, log: Path
) -> float:
    """One timed ``lrmsafe run --ray`` on a fresh local cluster of ``workers`` CPUs."""
    import ray

    ctx: Any = ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR)
    try:
        env = stub_env(one.base_url)  # after ray.init: it sets the cluster's auth mode
        one.reset()
        two.reset()
        cmd = lrmsafe_cmd(
            "run", "--model", "openai-api/stub/r1", "--benchmark", "synthetic",
            "--sample", str(n), "--max-connections", str(args.c), "--display", "none",
            "--ray", str(ctx.address_info["address"]),
            "--endpoints", f"{one.base_url},{two.base_url}",
            "--shard-size", str(shard_size), "--log-dir", str(log),
        )  # fmt: skip
        m = measure(cmd, env=env, timeout=args.timeout).check(f"run on {workers} workers")
    finally:
        ray.shutdown()
    t1, _ = requests_by_role(one.stats())
    t2, _ = requests_by_role(two.stats())
    print(
        f"  {workers} worker(s): {m.wall_s:6.1f} s wall, {n / m.wall_s:6.1f} samples/s, "
        f"target requests {t1} + {t2} (per endpoint)"
    )
    return m.wall_s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--n", type=int, default=8000, help="samples (a full assessment is about 8,000)"
    )
    parser.add_argument("--quick", action="store_true", help="N = 1,200")
    parser.add_argument("-c", type=int, default=64, help="max connections per shard")
    parser.add_argument("--latency", type=float, default=0.02, help="stub latency, seconds")
    parser.add_argument("--workers", default="1,2", help="Ray CPUs to compare")
    parser.add_argument(
        "--repeat", type=int, default=2, help="interleaved repetitions; the least wall counts"
    )
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    n = 1200 if args.quick else args.n
    shard_size = max(1, n // 8)

    from lrmsafe.testing.stub import start_stub

    config = {"latency": {"*": args.latency}}
    print(
        f"N={n} samples (synthetic, stub 'r1', offline judge), {n // shard_size} shards of "
        f"{shard_size}, C={args.c} per shard, two stub endpoints at {args.latency:g}s latency"
    )
    walls: dict[int, float] = {}
    with (
        start_stub(config) as one,
        start_stub(config) as two,
        tempfile.TemporaryDirectory(prefix="lrmsafe-ray-") as tmp,
    ):
        for k in range(args.repeat):
            for workers in (int(w) for w in args.workers.split(",")):
                log = Path(tmp, f"w{workers}-{k}")
                wall = _one_run(args, n, shard_size, workers, one, two, log)
                walls[workers] = min(wall, walls.get(workers, wall))
    ks = sorted(walls)
    if len(ks) >= 2:
        lo, hi = ks[0], ks[-1]
        print(
            f"speed-up of {hi} workers over {lo} (least wall of {args.repeat}): "
            f"{walls[lo] / walls[hi]:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
