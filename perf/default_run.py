"""Wall time of the default ``lrmsafe run`` beside the configuration it replaced.

README line 1 is ``pip install . && lrmsafe run``: the smoke suite (60
prompts) on the embedded local model. This script runs, one after the other on
this machine, each as a whole ``lrmsafe run`` process (server start, the
run, judging, the report):

- ``default``: ``lrmsafe run`` as shipped (SmolLM2 135M Instruct, answers
  capped at ``LOCAL_MAX_TOKENS``);
- ``before``: the configuration it replaced, ``--model local/gemma-3-270m
  --max-tokens 256`` (Gemma 3 270M, a base model that never stops early);

and prints each one's wall time, output tokens and how many answers stopped
before the cap, with the load average around each run (the figures are only
comparable on one machine in one run). ``--limit N`` runs N prompts of each
(quicker; the full ``before`` run takes tens of minutes on two cores).

    python perf/default_run.py [--limit N] [--only default]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench import lrmsafe_cmd, measure

CONFIGS: dict[str, list[str]] = {
    "default": [],
    "before": ["--model", "local/gemma-3-270m", "--max-tokens", "256"],
}


def _answers(log_dir: Path) -> tuple[int, int, int]:
    """(samples, output tokens, answers that stopped before the cap) from the run's logs."""
    from inspect_ai.log import list_eval_logs, read_eval_log

    samples = tokens = stopped = 0
    for info in list_eval_logs(str(log_dir)):
        log = read_eval_log(info)
        for sample in log.samples or []:
            samples += 1
            usage = sample.output.usage
            tokens += usage.output_tokens if usage else 0
            stopped += sample.output.stop_reason == "stop"
    return samples, tokens, stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="prompts per run (default all)")
    parser.add_argument("--only", choices=sorted(CONFIGS), action="append", default=None)
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECT_")}
    env.update(HF_HUB_OFFLINE="1", LRMSAFE_OFFLINE="1")
    limit = ["--limit", str(args.limit)] if args.limit else []
    print(
        f"lrmsafe run (smoke suite{f', {args.limit} prompts' if args.limit else ''}), "
        f"{os.cpu_count()} CPUs, whole process each"
    )
    rows = []
    for name in args.only or list(CONFIGS):
        with tempfile.TemporaryDirectory(prefix="lrmsafe-defrun-") as tmp:
            logs = Path(tmp) / "logs"
            load_before = os.getloadavg()[0]
            cmd = lrmsafe_cmd("run", *CONFIGS[name], *limit, "--log-dir", str(logs))
            run = measure([*cmd, "--display", "none"], env=env).check(name)
            load_after = os.getloadavg()[0]
            samples, tokens, stopped = _answers(logs)
        rows.append((name, run.wall_s, samples, tokens, stopped))
        print(
            f"  {name:<8} {run.wall_s:7.1f} s wall  {run.cpu_s:7.1f} s CPU (lrmsafe process)  "
            f"{samples} answers, {tokens} output tokens, {stopped} stopped before the cap  "
            f"load {load_before:.1f} -> {load_after:.1f}  [{' '.join(CONFIGS[name]) or '(none)'}]"
        )
    if len(rows) == 2:
        (_, wall_a, *_), (_, wall_b, *_) = rows
        print(f"default / before wall time: {wall_a / wall_b:.2f} ({wall_b / wall_a:.1f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
