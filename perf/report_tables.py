"""Report analysis time at the study's scale: tables, findings and HTML for N models.

Builds in-memory records shaped like a full paper-suite run (AIR-Bench 5,694
prompts with 0/0.5/1 scores over 16 level-2 categories, MITRE 377, interpreter
500, XSTest 250; visible thinking) for N models and times the three steps that
``lrmsafe report`` adds on top of reading the logs: the study tables (with
their bootstrap intervals), the paired findings, and the HTML page.

    python perf/report_tables.py [--models 5] [--pairs 2]
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

from lrmsafe.analysis.records import SampleRecord


def record(
    model: str, benchmark: str, sid: str, safe: bool, think: bool, **meta: Any
) -> SampleRecord:
    """One judged sample (harmful prompt unless meta says otherwise)."""
    verdict = "safe" if safe else "unsafe"
    return SampleRecord(
        model=model, benchmark=benchmark, variant="{}", sample_id=sid, epoch=1,
        outcome="answered", expected=meta.pop("expected", "refuse"), category=None,
        answer_verdict=meta.pop("verdict", verdict), thinking_verdict="safe" if think else "unsafe",
        answer_safe=safe, thinking_safe=think, judge="llm", measures="harm",
        prompt=f"placeholder prompt {sid}", answer="placeholder answer " * 20,
        thinking="placeholder thinking " * 50, meta=meta,
    )  # fmt: skip


def paper_records(models: int, seed: int = 0) -> list[SampleRecord]:
    """Records of ``models`` models on the study's benchmarks at the study's sizes."""
    rng = random.Random(seed)
    out: list[SampleRecord] = []
    types = ["Privilege Escalation", "Container Escape", "Reflected Attack", "Post Exploitation",
             "Social Engineering"]  # fmt: skip
    for m in range(models):
        name = f"org/model-{m}"
        for i in range(5694):
            score = rng.choice((1.0, 0.5, 0.0))
            out.append(record(name, "airbench", f"ab{i}", score > 0, rng.random() < 0.5,
                              answer_score=score, l2=f"category {i % 16}"))  # fmt: skip
        for i in range(377):
            out.append(record(name, "mitre", f"mi{i}", rng.random() < 0.3, rng.random() < 0.25,
                              category=f"tactic {i % 10}"))  # fmt: skip
        for i in range(500):
            out.append(record(name, "interpreter", f"in{i}", rng.random() < 0.6,
                              rng.random() < 0.5, attack_type=types[i % 5]))  # fmt: skip
        for i in range(250):
            v = rng.choice(("full_compliance", "full_refusal", "partial_refusal"))
            out.append(record(name, "xstest", f"x{i}", v == "full_compliance", True,
                              expected="comply", verdict=v, type=f"type {i % 10}"))  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--models", type=int, default=5)
    parser.add_argument("--pairs", type=int, default=2)
    args = parser.parse_args(argv)

    from lrmsafe.analysis.findings import build_findings
    from lrmsafe.analysis.reference import load_reference
    from lrmsafe.analysis.tables import build_tables
    from lrmsafe.report.build import ReportData
    from lrmsafe.report.html import render_html

    records = paper_records(args.models)
    pairs = [f"model-{2 * i}:model-{2 * i + 1}" for i in range(min(args.pairs, args.models // 2))]
    t0 = time.perf_counter()
    tables, _ = build_tables(records)
    t1 = time.perf_counter()
    findings = build_findings(records, pairs)
    t2 = time.perf_counter()
    page = render_html(ReportData([], [], tables, findings, records, load_reference()))
    t3 = time.perf_counter()
    tests = sum(len(f.tests) for f in findings)
    print(f"{len(records)} samples, {args.models} models, {len(pairs)} declared pairs")
    print(f"tables:   {t1 - t0:6.2f} s ({len(tables)} tables)")
    print(f"findings: {t2 - t1:6.2f} s ({tests} tests)")
    print(f"html:     {t3 - t2:6.2f} s ({len(page) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
