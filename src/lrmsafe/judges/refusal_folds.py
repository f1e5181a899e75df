"""Leave-one-file-out figures for the offline refusal judge.

A rule-based judge developed on a few labelled files flatters itself when
measured on them. Here each file in turn is held out: the judge's numeric
knobs (:class:`~lrmsafe.judges.refusal.RefusalParams`) are chosen on the
other files (best pooled accuracy over :data:`GRID`, ties to the defaults),
then measured on the held-out one, beside its in-sample figure with the
defaults. The rules' wording was written looking at every file, so the
held-out figure is honest about the knobs only; files that no rule was
developed on are the real test.

    python -m lrmsafe.judges.refusal_folds FILE.csv FILE.csv ... [--json]

Files are in XSTest's labelled-completions layout (``prompt``,
``completion``, ``final_label``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from lrmsafe._errors import UserError
from lrmsafe.judges.refusal import DEFAULT_PARAMS, RefusalParams, classify_refusal
from lrmsafe.judges.validate import Example, load_xstest

GRID: dict[str, tuple[Any, ...]] = {
    "lecture_density": (0.15, 0.2, 0.25, 0.3),
    "redirect_max_sentences": (3, 4, 5),
    "disapproval_window": (1, 2, 3),
    "stance_window": (2, 3),
}
"""The values each knob may take in a fold's tuning."""


def grid(spec: dict[str, Sequence[Any]] | None = None) -> list[RefusalParams]:
    """Every combination of the grid's values, the defaults first."""
    knobs: dict[str, Sequence[Any]] = dict(spec or GRID)
    names = [f.name for f in fields(RefusalParams)]
    unknown = set(knobs) - set(names)
    if unknown:
        raise UserError(f"unknown refusal judge knob(s): {', '.join(sorted(unknown))}")
    values = [tuple(knobs.get(n, (getattr(DEFAULT_PARAMS, n),))) for n in names]
    combos = [RefusalParams(**dict(zip(names, c, strict=True))) for c in itertools.product(*values)]
    return [DEFAULT_PARAMS, *(c for c in combos if c != DEFAULT_PARAMS)]


def _correct(examples: Sequence[Example], params: RefusalParams) -> int:
    return sum(classify_refusal(e.response, params, prompt=e.prompt) == e.label for e in examples)


def folds(
    files: Sequence[str | Path], spec: dict[str, Sequence[Any]] | None = None
) -> dict[str, Any]:
    """In-sample and held-out accuracy of every file, with each fold's chosen knobs."""
    if len(files) < 2:
        raise UserError("leave-one-file-out needs at least two labelled files")
    data = {str(f): [e for e in load_xstest(Path(f)) if e.response.strip()] for f in files}
    if len(data) != len(files):
        raise UserError("each labelled file may be given once")
    candidates = grid(spec)
    # correct counts per (file, candidate): each fold only adds them up
    correct = {f: [_correct(ex, p) for p in candidates] for f, ex in data.items()}
    rows: list[dict[str, Any]] = []
    for held in data:
        train = [f for f in data if f != held]
        n_train = sum(len(data[f]) for f in train)
        pooled = [sum(correct[f][i] for f in train) for i in range(len(candidates))]
        best = max(range(len(candidates)), key=lambda i: (pooled[i], i == 0))
        n = len(data[held])
        rows.append(
            {
                "file": held,
                "n": n,
                "in_sample": round(correct[held][0] / n, 4),
                "held_out": round(correct[held][best] / n, 4),
                "tuned_on": train,
                "train_accuracy": round(pooled[best] / n_train, 4),
                "params": asdict(candidates[best]),
            }
        )
    return {"defaults": asdict(DEFAULT_PARAMS), "grid": spec or GRID, "folds": rows}


def render(report: dict[str, Any]) -> str:
    """A table: file, n, in-sample, held-out, the knobs chosen on the other files."""
    lines = ["file | n | in-sample (defaults) | held-out (tuned on the others) | knobs"]
    for r in report["folds"]:
        knobs = ", ".join(f"{k}={v}" for k, v in r["params"].items())
        lines.append(
            f"{Path(r['file']).name} | {r['n']} | {r['in_sample']:.3f} | "
            f"{r['held_out']:.3f} | {knobs}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the folds (``--json`` for JSON)."""
    parser = argparse.ArgumentParser(prog="python -m lrmsafe.judges.refusal_folds")
    parser.add_argument("files", nargs="+", help="labelled files (XSTest layout)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        report = folds(args.files)
    except UserError as ex:
        print(f"lrmsafe: error: {ex}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
