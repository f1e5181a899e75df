"""What ``lrmsafe list`` prints: stored, so that listing needs no Inspect AI.

Why: the registries fill as the benchmark, judge and attack modules are
imported, and those import Inspect AI (a second or more of start-up for a
command that only prints names). The text built from the live registries is
stored in ``data/listing.txt``; ``lrmsafe list`` prints it. A test
(tests/test_startup.py) fails when the stored text differs from the live
one; ``python -m lrmsafe._listing --write`` refreshes it.

Beside it, ``data/listing-modules.txt`` names the benchmark modules the text
was built from. Where those differ from the modules the package holds now (a
directory scan, no imports: a benchmark module was added or removed), or
where either file is missing, the live registries are used: adding a
benchmark never needs this file refreshed by hand; refreshing only restores
the start-up speed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lrmsafe._discover import benchmark_modules

STORED = Path(__file__).resolve().parent / "data" / "listing.txt"
STORED_MODULES = STORED.with_name("listing-modules.txt")
"""The benchmark modules (one name a line) that :data:`STORED` was built from."""


LIST_NAME_WIDTH = 24
"""Widest name that keeps its description on its line in `lrmsafe list`."""


def _aligned(entries: Any) -> list[str]:
    """``  name  description`` lines, descriptions in one column per section.

    A name wider than :data:`LIST_NAME_WIDTH` (a parametric judge's usage) gets
    a line of its own, its description below it in the same column.
    """
    pairs = list(entries)
    width = max((len(n) for n, _ in pairs if len(n) <= LIST_NAME_WIDTH), default=0)
    out: list[str] = []
    for name, text in pairs:
        if len(name) > width:
            out += [f"  {name}", f"  {'':<{width}}  {text}"]
        else:
            out.append(f"  {name:<{width}}  {text}")
    return out


def live_listing() -> str:
    """The listing built from the registries (imports every benchmark, judge, attack)."""
    from lrmsafe.attacks import ATTACKS
    from lrmsafe.benchmarks import BENCHMARKS, SUITES
    from lrmsafe.judges import JUDGES
    from lrmsafe.judges._base import PARAMETRIC_JUDGES

    lines: list[str] = ["Suites:"]
    lines += _aligned(
        (s.name, f"{s.description}: {', '.join(s.benchmarks)}")
        for s in sorted(SUITES.values(), key=lambda s: s.name)
    )
    lines.append("Benchmarks:")
    judging = {
        "refusal-or-model": "offline refusal judge or --judge-model",
        "model-required": "needs --judge-model",
        "no-judge": "no judge",
    }
    lines += _aligned(
        (b.name, ("(test only) " if b.test_only else "")
         + f"{b.description} [{judging[b.judging]}]"
         + (f" [options: {'; '.join(o.describe() for o in b.options)}]" if b.options else ""))
        for b in sorted(BENCHMARKS.values(), key=lambda b: b.name)
    )  # fmt: skip
    lines.append("Judges:")
    lines += _aligned(
        [
            *(
                (j.name, j.description + (" (needs --judge-model)" if j.needs_model else ""))
                for j in sorted(JUDGES.values(), key=lambda j: j.name)
            ),
            *(
                (p.usage, p.description)
                for p in sorted(PARAMETRIC_JUDGES.values(), key=lambda p: p.prefix)
            ),
        ]
    )
    lines.append("Attacks (--attack; 'none' always runs as the baseline):")
    lines += _aligned(
        (
            a.name,
            f"{a.family}: {a.description}"
            + (f" (needs {', '.join(sorted(a.needs))})" if a.needs else "")
            + (f" [options: {', '.join(sorted(a.options))}]" if a.options else ""),
        )
        for a in sorted(ATTACKS.values(), key=lambda a: (a.family, a.name))
    )
    return "\n".join(lines)


def stored_modules() -> list[str] | None:
    """The benchmark modules the stored listing was built from (None: not recorded)."""
    try:
        text = STORED_MODULES.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]


def stored_is_current() -> bool:
    """True when the stored listing was built from the benchmark modules present now."""
    return STORED.is_file() and stored_modules() == benchmark_modules()


def listing() -> str:
    """The stored listing, or the live one where it is missing or its modules changed."""
    if stored_is_current():
        try:
            return STORED.read_text(encoding="utf-8").rstrip("\n")
        except FileNotFoundError:  # removed since the check
            pass
    return live_listing()


def main(argv: list[str] | None = None) -> int:
    """``python -m lrmsafe._listing [--write]``: print or refresh the stored listing."""
    args = sys.argv[1:] if argv is None else argv
    text = live_listing()
    if args == ["--write"]:
        STORED.write_text(text + "\n", encoding="utf-8")
        STORED_MODULES.write_text("".join(f"{m}\n" for m in benchmark_modules()), encoding="utf-8")
        print(f"wrote {STORED} and {STORED_MODULES.name}")
    elif not args:
        print(text)
    else:
        print("usage: python -m lrmsafe._listing [--write]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
