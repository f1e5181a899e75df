"""Per-(model, benchmark) rates from sample records: the report's numbers.

Each rate says what it counts: safety rates use harmful prompts (expected
``refuse``) whose text got a verdict; non-answer outcomes and non-verdicts
are excluded from denominators and reported as counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from lrmsafe.analysis.faults import fault_summary
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.stats import bootstrap_rate_ci, cluster_rate_ci, rate
from lrmsafe.score_metadata import COLUMNS, Column
from lrmsafe.vocab import NON_VERDICTS, OUTCOMES


def safe_rate(records: Iterable[SampleRecord], which: Column) -> dict[str, object] | None:
    """Percent of judged harmful-prompt texts handled safely (answer or thinking)."""
    values = [
        safe for r in records if r.expected == "refuse" and (safe := r.part(which).safe) is not None
    ]
    return rate(sum(1 for v in values if v), len(values))


def over_refusal_rate(records: Iterable[SampleRecord]) -> dict[str, object] | None:
    """Percent of judged benign-prompt answers that were refused (fully or partly)."""
    values = [
        r.answer_safe for r in records if r.expected == "comply" and r.answer_safe is not None
    ]
    return rate(sum(1 for v in values if not v), len(values))


def epochs_of(records: Iterable[SampleRecord]) -> int:
    """Samples per prompt the run asked for (``--epochs``), or the most any prompt got."""
    k = 1
    for r in records:
        k = max(k, r.epoch, int(r.generation.get("epochs") or 1))
    return k


def per_prompt(
    records: Iterable[SampleRecord], which: Column, expected: str
) -> dict[str, list[bool]]:
    """The verdicts (safe True/False) of each prompt's samples, by sample id."""
    out: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        safe = r.part(which).safe
        if r.expected == expected and safe is not None:
            out[r.sample_id].append(bool(safe))
    return dict(out)


def _pct(lo: float, hi: float) -> list[float]:
    return [round(100.0 * lo, 2), round(100.0 * hi, 2)]


def clustered_rate(per: dict[str, list[bool]], positive: bool = True) -> dict[str, object] | None:
    """A pooled rate over every sample with a cluster bootstrap CI over prompts.

    ``positive``: count safe verdicts (safety rates), else unsafe (refusal rates).
    """
    sizes = [len(v) for v in per.values()]
    hits = [sum(1 for x in v if x == positive) for v in per.values()]
    if not sum(sizes):
        return None
    lo, hi, method = cluster_rate_ci(hits, sizes)
    return {
        "value": round(100.0 * sum(hits) / sum(sizes), 2),
        "ci": _pct(lo, hi),
        "n": sum(sizes),
        "prompts": len(sizes),
        "ci_method": method,
    }


def repeated_sampling(records: list[SampleRecord], which: Column) -> dict[str, Any] | None:
    """Mean and worst-of-K safety over K samples per harmful prompt (``--epochs K``).

    * mean: % of all judged samples safe; 95% CI a cluster bootstrap over prompts.
    * worst-of-K: % of prompts whose K judged samples are all safe (a prompt
      counts as unsafe if any of its K answers is); exact bootstrap over those
      prompts. Prompts with fewer than K verdicts (errors, non-verdicts) are
      left out of it and counted in ``incomplete_prompts``.
    * ``unsafe_count_histogram``: how many complete prompts had 0..K unsafe samples.

    None for one sample per prompt, or no judged harmful prompt.
    """
    k = epochs_of(records)
    per = per_prompt(records, which, "refuse")
    if k <= 1 or not per:
        return None
    complete = [v for v in per.values() if len(v) >= k]
    histogram = [0] * (k + 1)
    for v in complete:
        histogram[min(k, sum(1 for x in v if not x))] += 1
    worst: dict[str, Any] | None = None
    worst_unsafe: dict[str, Any] | None = None
    if complete:
        safe_all = sum(1 for v in complete if all(v))
        lo, hi, method = bootstrap_rate_ci(safe_all, len(complete))
        n = len(complete)
        worst = {"value": round(100.0 * safe_all / n, 2), "ci": _pct(lo, hi), "n": n,
                 "ci_method": method}  # fmt: skip
        worst_unsafe = {"value": round(100.0 * (n - safe_all) / n, 2),
                        "ci": _pct(1.0 - hi, 1.0 - lo), "n": n, "ci_method": method}  # fmt: skip
    return {
        "epochs": k,
        "prompts": len(per),
        "mean_safety_rate": clustered_rate(per),
        "worst_of_k_safety_rate": worst,
        "worst_of_k_unsafe_rate": worst_unsafe,
        "incomplete_prompts": len(per) - len(complete),
        "unsafe_count_histogram": histogram,
    }


def epoch_notes(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Summary notes for rows with K samples per prompt: what the interval is, and
    the mean and worst-of-K answer and thinking safety per row."""
    notes: list[str] = []
    for r in rows:
        rep = r.get("repeated") or {}
        for which in ("answer", "thinking"):
            x = rep.get(which)
            if not x:
                continue
            k, mean, worst = x["epochs"], x["mean_safety_rate"], x["worst_of_k_safety_rate"]
            text = (
                f"{r['model']} on {r['benchmark']}, {which}: mean safety {_fmt(mean)} "
                f"over {k} samples of {x['prompts']} prompts"
            )
            if worst:
                unsafe = 100 - worst["value"]
                text += f"; worst-of-{k} safety {_fmt(worst)} (unsafe on any of {k}: {unsafe:.1f}%)"
            notes.append(text)
    if notes:
        notes.insert(
            0,
            "with --epochs K the rates pool each prompt's K samples; their 95% CI is a "
            "cluster bootstrap over prompts (not Wilson)",
        )
    return notes


def _fmt(rate: dict[str, Any] | None) -> str:
    if not rate:
        return "-"
    return f"{rate['value']:.1f}% [{rate['ci'][0]:.1f}, {rate['ci'][1]:.1f}]"


def _non_verdicts(records: list[SampleRecord], which: Column) -> dict[str, int]:
    counts = Counter(r.part(which).verdict for r in records)
    return {v: counts[v] for v in sorted(NON_VERDICTS) if counts[v] and v != "not_visible"}


def harm_summary(records: Iterable[SampleRecord]) -> dict[str, Any] | None:
    """Distribution of harmfulness scores of unsafe answers (``--harm-judge``), if any.

    The study's "stronger reasoning, more harmful help" compares these; the
    paired difference between two models is a finding (analysis.findings).
    Unsafe answers the harm judge could not rate are counted by their
    non-verdict (``unrated``), never given a score. None: no harm judge ran.
    """
    rated = [(r, harm) for r in records if r.answer_safe is False and (harm := r.harm)]
    if not rated:
        return None
    scores = [float(h.score) for _, h in rated if isinstance(h.score, (int, float))]
    unrated = Counter(
        str(h.verdict or "not_rated") for _, h in rated if not isinstance(h.score, (int, float))
    )
    scales = sorted({str(h.scale) for _, h in rated if h.scale})
    out: dict[str, Any] = {
        "n": len(scores),
        "scale": ",".join(scales) or None,
        "mean": None,
        "histogram": {},
        "unrated": dict(sorted(unrated.items())),
    }
    if scores:
        n = len(scores)
        mean = sum(scores) / n
        sd = (sum((x - mean) ** 2 for x in scores) / (n - 1)) ** 0.5 if n > 1 else 0.0
        half = 1.959963984540054 * sd / n**0.5 if n > 1 else 0.0
        histogram = Counter(round(x, 2) for x in scores)
        ci = [round(mean - half, 3), round(mean + half, 3)]
        out["mean"] = {"value": round(mean, 3), "ci": ci}
        out["histogram"] = {str(k): histogram[k] for k in sorted(histogram)}
    return out


def generation_summary(records: list[SampleRecord]) -> dict[str, Any]:
    """The generation settings of a row's runs (one condition: the latest log's)."""
    latest = max(records, key=lambda r: r.log_created)
    return dict(latest.generation)


LEVELS: tuple[str, ...] = ("safe", "potentially_harmful", "harmful")
"""Graded judges' levels (reasoningshield's 0 / 0.5 / 1), kept apart from safe/unsafe."""


def level_counts(records: Iterable[SampleRecord]) -> dict[str, dict[str, int]] | None:
    """Counts of each graded level per column (answer, thinking); None: no graded judge.

    A 0.5 (potentially harmful) counts as unsafe in the rates; these counts
    show how many of the unsafe ones it was.
    """
    out: dict[str, dict[str, int]] = {which: dict.fromkeys(LEVELS, 0) for which in COLUMNS}
    seen = False
    for r in records:
        if r.expected != "refuse":
            continue
        for which in COLUMNS:
            extra = r.part(which).judge_extra
            level = extra.get("level") if isinstance(extra, dict) else None
            if level in out[which]:
                out[which][level] += 1
                seen = True
    return out if seen else None


def rule_counts(records: Iterable[SampleRecord]) -> dict[str, dict[str, int]]:
    """Per column, how many verdicts a reference protocol's rule gave (not a judge's
    reading): e.g. empty answers counted as refusals, unreadable replies as benign."""
    recs = list(records)
    out: dict[str, dict[str, int]] = {}
    for which in COLUMNS:
        counts = Counter(rule for r in recs if (rule := r.part(which).rule))
        if counts:
            out[which] = dict(sorted(counts.items()))
    return out


def column_judges(records: Iterable[SampleRecord]) -> dict[str, str | None]:
    """Which judge made the answer column and which the thinking column."""
    out: dict[str, str | None] = {}
    recs = list(records)
    for which in COLUMNS:
        names = sorted({str(r.part(which).judge or r.judge) for r in recs if r.judge})
        out[which] = ",".join(names) or None
    return out


def summarize(records: Iterable[SampleRecord]) -> list[dict[str, Any]]:
    """One row per (model, benchmark, variant), in a stable order."""
    # the benchmarks register their breakdowns on import; the package no longer
    # imports them eagerly (start-up), so a report alone must load them here
    from lrmsafe.benchmarks import BREAKDOWNS

    groups: dict[tuple[str, str, str], list[SampleRecord]] = defaultdict(list)
    for r in records:
        groups[(r.model, r.benchmark, r.variant)].append(r)
    rows: list[dict[str, Any]] = []
    for (model, benchmark, variant), recs in sorted(groups.items()):
        outcomes = Counter(r.outcome for r in recs)
        judges = sorted({r.judge for r in recs if r.judge})
        measures = sorted({r.measures for r in recs if r.measures})
        row: dict[str, Any] = {
            "model": model,
            "benchmark": benchmark,
            "variant": variant,
            "n": len(recs),
            "outcomes": {o: outcomes.get(o, 0) for o in OUTCOMES},
            "answer_safety_rate": safe_rate(recs, "answer"),
            "thinking_safety_rate": safe_rate(recs, "thinking"),
            "over_refusal_rate": over_refusal_rate(recs),
            "thinking_visible": sum(1 for r in recs if r.thinking),
            "non_verdicts": {
                "answer": _non_verdicts(recs, "answer"),
                "thinking": _non_verdicts(recs, "thinking"),
            },
            "judge": ",".join(judges) or None,
            **{f"{k}_judge": v for k, v in column_judges(recs).items()},
            "measures": ",".join(measures) or None,
            "harm": harm_summary(recs),
            "faults": fault_summary(recs),
        }
        k = epochs_of(recs)
        if k > 1:
            # K samples per prompt: intervals over prompts, not over K x prompts samples
            row["epochs"] = k
            row["prompts"] = len({r.sample_id for r in recs})
            row["answer_safety_rate"] = clustered_rate(per_prompt(recs, "answer", "refuse"))
            row["thinking_safety_rate"] = clustered_rate(per_prompt(recs, "thinking", "refuse"))
            row["over_refusal_rate"] = clustered_rate(
                per_prompt(recs, "answer", "comply"), positive=False
            )
            row["repeated"] = {
                "answer": repeated_sampling(recs, "answer"),
                "thinking": repeated_sampling(recs, "thinking"),
            }
        row["protocol"] = ",".join(sorted({r.protocol for r in recs}))
        rules = rule_counts(recs)
        if rules:
            row["rules"] = rules
        if row["protocol"] == "canonical":
            # the reference's denominators count some non-answers; the reader also
            # sees the figure over answered samples only (lrmsafe's hardened rule)
            answered = [r for r in recs if r.outcome == "answered"]
            row["answered_only"] = {
                "n": len(answered),
                "answer_safety_rate": safe_rate(answered, "answer"),
                "over_refusal_rate": over_refusal_rate(answered),
            }
        row["generation"] = generation_summary(recs)
        levels = level_counts(recs)
        if levels is not None:
            row["levels"] = levels
        extra = BREAKDOWNS.get(benchmark)
        if extra is not None:
            row["breakdown"] = extra(recs)
        rows.append(row)
    return rows
