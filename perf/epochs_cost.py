"""Harness cost of ``--epochs K``: the same number of samples as N prompts x 1 or N/K x K.

With K samples per prompt many texts repeat (every refusal of a prompt is the
same text), so the judge cache pays once per distinct text: fewer judge calls,
and less CPU per sample. Zero-latency stub (``sampled-p25``), LLM judge.

    python perf/epochs_cost.py [--samples 400] [--k 4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import fmt_row, lrmsafe_cmd, measure, stub_env

from lrmsafe.testing.stub import start_stub


def main() -> None:
    """Print wall time, CPU per sample and requests for K=1 and K=k."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--k", type=int, default=4)
    args = parser.parse_args()
    print(fmt_row("run", "wall s", "CPU ms/sample", "target", "judge"))
    with start_stub() as stub:
        for k in (1, args.k):
            n = args.samples // k
            stub.reset()
            with tempfile.TemporaryDirectory() as d:
                env = stub_env(stub.base_url, INSPECT_CACHE_DIR=f"{d}/cache")
                cmd = lrmsafe_cmd(
                    "run", "--model", "openai-api/stub/sampled-p25", "--benchmark", "synthetic",
                    "--sample", str(n), "--epochs", str(k), "--judge", "llm",
                    "--judge-model", "openai-api/stub/judge", "--max-connections", "64",
                    "--log-dir", f"{d}/logs", "--display", "none",
                )  # fmt: skip
                m = measure(cmd, env).check(f"K={k}")
                by_model = stub.stats()["by_model"]
                print(
                    fmt_row(
                        f"N={n} x K={k}",
                        f"{m.wall_s:.1f}",
                        f"{1000 * m.cpu_s / (n * k):.1f}",
                        by_model.get("sampled-p25", 0),
                        by_model.get("judge", 0),
                    )
                )


if __name__ == "__main__":
    main()
