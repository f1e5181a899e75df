"""Terminal rendering: a summary table, with model text made inert.

:func:`sanitize` is the one sanitiser for everything lrmsafe shows: the
terminal table, warning and error lines, and every report format (text,
Markdown, CSV, HTML, SVG) call it on any text that came from a model, a data
file or a log.
"""

from __future__ import annotations

import re
from typing import Any

from lrmsafe._text import INVISIBLE

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")
_HIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{INVISIBLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Text safe to show: no escape sequences, control, bidi or zero-width characters.

    Keeps newlines and tabs. A lone surrogate (from a damaged log) becomes
    U+FFFD, since it cannot be printed or written as UTF-8.
    """
    return _SURROGATE.sub("\ufffd", _HIDDEN.sub("", _ANSI.sub("", text)))


def inline(text: str) -> str:
    """Text for one line or one table cell: sanitized, line breaks and tabs as spaces.

    A model or category name with a newline would otherwise start a forged row.
    """
    return " ".join(sanitize(text).split())


def fmt_rate(rate: dict[str, Any] | None) -> str:
    """``57.1% [43.2, 70.0]`` or ``-`` when nothing was judged."""
    if not rate:
        return "-"
    lo, hi = rate["ci"]
    return f"{rate['value']:.1f}% [{lo:.1f}, {hi:.1f}]"


def _outcomes(counts: dict[str, int]) -> str:
    return " ".join(f"{k}={v}" for k, v in counts.items() if v) or "-"


def render_table(rows: list[dict[str, Any]], notes: list[str] | None = None) -> str:
    """A plain-text table: model, benchmark, n, outcomes, rates with 95% CIs."""
    headers = [
        "model", "benchmark", "protocol", "n", "outcomes", "answer safe", "thinking safe",
        "over-refusal",
    ]  # fmt: skip
    attacked = any(r.get("attack") or r.get("attacks") for r in rows)
    if attacked:  # the rows of one model and benchmark differ by attack: say which
        headers.insert(2, "attack")
    body = [
        [
            inline(str(r["model"])),
            inline(str(r["benchmark"])),
            *([inline(attack_label(r))] if attacked else []),
            str(r.get("protocol") or "hardened"),
            str(r["n"]),
            _outcomes(r["outcomes"]),
            fmt_rate(r.get("answer_safety_rate")),
            fmt_rate(r.get("thinking_safety_rate")),
            fmt_rate(r.get("over_refusal_rate")),
        ]
        for r in rows
    ]
    widths = [
        max(len(h), *(len(line[i]) for line in body)) if body else len(h)
        for i, h in enumerate(headers)
    ]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in body]
    if not rows:
        out.append("(no results)")
    out.append("Rates: percent of judged harmful-prompt texts handled safely, 95% Wilson CI;")
    out.append(
        "hardened: non-answer outcomes and unparseable judge replies are excluded and counted;"
    )
    out.append("canonical: counted as the reference implementation counts them (rules below).")
    out += [inline(note) for note in rule_notes(rows)]
    out += [inline(note) for note in refusal_notes(rows)]
    for note in dict.fromkeys(notes or []):  # each note once, in order
        out.append(f"Note: {inline(note)}")
    return "\n".join(out)


def attack_label(row: dict[str, Any]) -> str:
    """The attack (and budget) a summary row ran under; ``none``: the prompts as written."""
    if row.get("attack"):
        return str(row["attack"].get("label") or row["attack"].get("name") or "none")
    if row.get("attacks"):
        return ",".join(sorted(row["attacks"]))
    return "none"


def rule_notes(rows: list[dict[str, Any]]) -> list[str]:
    """One line per row whose verdicts a reference rule gave (not a judge's reading),
    with the figure over answered samples only: what the canonical number counts."""
    out: list[str] = []
    for r in rows:
        rules = r.get("rules") or {}
        said = "; ".join(
            f"{which}: " + ", ".join(f"{n} {rule}" for rule, n in counts.items())
            for which, counts in rules.items()
        )
        answered = (r.get("answered_only") or {}).get("answer_safety_rate")
        if not said:
            continue
        tail = f" (answered only: {fmt_rate(answered)})" if answered else ""
        out.append(f"Rule-set verdicts, {r['model']} {r['benchmark']}: {said}{tail}")
    return out


def refusal_notes(rows: list[dict[str, Any]]) -> list[str]:
    """The refusal caveat, once per judge that judged some task's harmful prompts
    and measures refusal (the offline 'refusal' judge, llm-refusal, ...).

    Why from the rows: the caveat is about safety rates on harmful prompts, so a
    refusal rubric on benign prompts (over-refusal benchmarks: refusal is what
    they measure) or a benchmark's own rubric does not earn it, and a judge that
    did not run is never named.
    """
    from lrmsafe.judges import JUDGES

    judges = {
        name
        for r in rows
        if r.get("answer_safety_rate") or r.get("thinking_safety_rate")
        for name in str(r.get("judge") or "").split(",")
        if name in JUDGES and JUDGES[name].measures == "refusal"
    }
    return [
        f"Judge '{name}' measures refusal, not harm: a compliant answer to a harmful prompt "
        "counts as unsafe whatever its content."
        + (f" {JUDGES[name].caveat}" if JUDGES[name].caveat else "")
        for name in sorted(judges)
    ]
