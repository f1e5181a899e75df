"""What ``lrmsafe list`` prints: stored, so that listing needs no Inspect AI.

Why: the registries fill as the benchmark, judge and attack modules are
imported, and those import Inspect AI (a second or more of start-up for a
command that only prints names). The text built from the live registries is
stored in ``data/listing.txt``; ``lrmsafe list`` prints it. A test
(tests/test_startup.py) fails when the stored text differs from the live
one; ``python -m lrmsafe._listing --write`` refreshes it. Where the file is
missing (a source tree without package data) the live registries are used.
"""

from __future__ import annotations

import sys
from pathlib import Path

STORED = Path(__file__).resolve().parent / "data" / "listing.txt"


def live_listing() -> str:
    """The listing built from the registries (imports every benchmark, judge, attack)."""
    from lrmsafe.attacks import ATTACKS
    from lrmsafe.benchmarks import BENCHMARKS, SUITES
    from lrmsafe.judges import JUDGES
    from lrmsafe.judges._base import PARAMETRIC_JUDGES

    lines: list[str] = ["Suites:"]
    lines += [
        f"  {s.name:<10} {s.description}: {', '.join(s.benchmarks)}"
        for s in sorted(SUITES.values(), key=lambda s: s.name)
    ]
    lines.append("Benchmarks:")
    judging = {
        "refusal-or-model": "offline refusal judge or --judge-model",
        "model-required": "needs --judge-model",
        "no-judge": "no judge",
    }
    for b in sorted(BENCHMARKS.values(), key=lambda b: b.name):
        lines.append(f"  {b.name:<12} {b.description} [{judging[b.judging]}]")
    lines.append("Judges:")
    for j in sorted(JUDGES.values(), key=lambda j: j.name):
        need = " (needs --judge-model)" if j.needs_model else ""
        lines.append(f"  {j.name:<12} {j.description}{need}")
    for p in sorted(PARAMETRIC_JUDGES.values(), key=lambda p: p.prefix):
        lines.append(f"  {p.usage}  {p.description}")
    lines.append("Attacks (--attack; 'none' always runs as the baseline):")
    for a in sorted(ATTACKS.values(), key=lambda a: (a.family, a.name)):
        needs = f" (needs {', '.join(sorted(a.needs))})" if a.needs else ""
        opts = f" [options: {', '.join(sorted(a.options))}]" if a.options else ""
        lines.append(f"  {a.name:<20} {a.family}: {a.description}{needs}{opts}")
    return "\n".join(lines)


def listing() -> str:
    """The stored listing, or the live one where none is stored."""
    try:
        return STORED.read_text(encoding="utf-8").rstrip("\n")
    except FileNotFoundError:
        return live_listing()


def main(argv: list[str] | None = None) -> int:
    """``python -m lrmsafe._listing [--write]``: print or refresh the stored listing."""
    args = sys.argv[1:] if argv is None else argv
    text = live_listing()
    if args == ["--write"]:
        STORED.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {STORED}")
    elif not args:
        print(text)
    else:
        print("usage: python -m lrmsafe._listing [--write]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
