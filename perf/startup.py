"""Start-up of the ``lrmsafe`` CLI: whole-process wall and CPU, median of 5.

Commands that only print (``--help``, ``list``, a usage error) should answer
at once: they must not import Inspect AI. Each command runs as a fresh
process (``python -m lrmsafe.cli ...``, as ``_bench.lrmsafe_cmd``), the
interpreter alone (``python -c pass``) beside it as the floor. ``run`` must
import Inspect before its first request: ``import inspect_ai`` and ``import
lrmsafe.runner`` (everything ``run`` imports) are printed as the floor that
no change here can lower (issue 17's start-up + shutdown target). With ``--rev``
the same commands also run on another git revision (its ``src`` exported to
a temp folder), interleaved with this tree's so that background load hits
both alike.

    python perf/startup.py [--rev HEAD~3] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import REPO, Measured, fmt_row, measure

COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "list": ["list"],
    "argument error": ["run", "--max-connections", "many"],
    "run --help": ["run", "--help"],
}

# What ``run`` imports before its first request: Inspect's eval path loads
# nearly all of Inspect (textual included), whatever ``--display`` says.
IMPORT_FLOOR = ("inspect_ai", "lrmsafe.runner")


def export_rev(rev: str, dest: Path) -> Path:
    """``git archive REV src`` unpacked under ``dest``; returns its ``src`` folder."""
    archive = dest / "src.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


def env_for(src: Path) -> dict[str, str]:
    """Offline environment whose ``lrmsafe`` is imported from ``src``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECT_")}
    env.update(PYTHONPATH=str(src), HF_HUB_OFFLINE="1", LRMSAFE_OFFLINE="1")
    return env


def run_once(args: list[str], env: dict[str, str]) -> Measured:
    """One whole process; exit 0 or 2 (the usage error) is expected."""
    m = measure([sys.executable, *args], env=env, timeout=120)
    if m.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(args)} failed ({m.returncode}):\n{m.stderr[-2000:]}")
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rev", help="also measure this git revision (e.g. HEAD~3, main)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per command (median)")
    args = parser.parse_args(argv)

    trees = {"this tree": REPO / "src"}
    with tempfile.TemporaryDirectory(prefix="lrmsafe-startup-") as tmp:
        if args.rev:
            trees[args.rev] = export_rev(args.rev, Path(tmp))
        cases = {"python -c pass": ["-c", "pass"]}
        cases.update({k: ["-m", "lrmsafe.cli", *v] for k, v in COMMANDS.items()})
        cases.update({f"import {mod}": ["-c", f"import {mod}"] for mod in IMPORT_FLOOR})
        got: dict[tuple[str, str], list[Measured]] = {}
        for _ in range(args.repeat):  # interleaved: background load hits every tree alike
            for case, cmd in cases.items():
                for tree, src in trees.items():
                    got.setdefault((case, tree), []).append(run_once(cmd, env_for(src)))

    load = os.getloadavg()
    print(
        f"lrmsafe start-up, whole process, median of {args.repeat} "
        f"(load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} CPUs)"
    )
    labels = {tree: chr(ord("A") + i) for i, tree in enumerate(trees)}
    print("  " + "; ".join(f"{label}: {tree}" for tree, label in labels.items()))
    cols = [f"{labels[tree]} {what}" for tree in trees for what in ("wall s", "CPU s")]
    width = max(map(len, cases))
    print(fmt_row("", *cols, width=width))
    for case in cases:
        cells: list[str] = []
        for tree in trees:
            runs = got[(case, tree)]
            cells.append(f"{statistics.median(m.wall_s for m in runs):.2f}")
            cells.append(f"{statistics.median(m.cpu_s for m in runs):.2f}")
        print(fmt_row(case, *cells, width=width))
    return 0


if __name__ == "__main__":
    sys.exit(main())
