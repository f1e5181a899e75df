"""A self-contained HTML report: tables, plots, findings and a sample browser.

Why one file under a strict CSP: reports get shared and opened offline, and
they carry model text written to be harmful or adversarial. So:

- nothing is fetched: ``default-src 'none'``; the one stylesheet and the one
  script (package data, ``report/assets/``) are allowed by their SHA-256
  hashes; plots are static inline SVG;
- every piece of text from the logs is escaped (``html.escape``) in markup;
- the sample browser's data sit in a ``<script type="application/json">``
  block with ``<``, ``>``, ``&`` and U+2028/2029 escaped, and the script
  renders them with ``textContent`` only (never ``innerHTML``);
- ``--redact`` replaces the text of answers and thinking that were not judged
  safe (and their judges' rationales, which may quote them) before anything is
  written; verdicts and metadata stay.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

from lrmsafe.analysis.findings import Finding
from lrmsafe.analysis.paired import HARM_KEYS, harm_score
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.tables import EMPTY, Cell, Table, registered_results
from lrmsafe.report._format import (
    ci_note,
    fmt_cell,
    fmt_effect,
    fmt_means,
    fmt_p,
    mark_notes,
    reference_notes,
    table_heading,
)
from lrmsafe.report.build import ReportData, generation_lines
from lrmsafe.report.svg import Bar, Series, bar_chart, count_histograms, histograms, line_chart
from lrmsafe.report.text import refusal_notes, sanitize
from lrmsafe.score_metadata import Column

MAX_TEXT = 50_000
"""Characters kept per text in the sample browser (the rest is cut, with a note)."""
DEFAULT_MAX_SAMPLES = 1000
REDACTED_ANSWER = "[redacted: answer not judged safe]"
REDACTED_THINKING = "[redacted: thinking not judged safe]"
REDACTED_RATIONALE = "[redacted with the text it judged]"


def _e(value: object) -> str:
    # control characters and terminal escapes too: raw in the file, they would act on a
    # terminal that shows it (cat, less -r) and are parse errors in HTML
    return html.escape(sanitize(str(value)), quote=True)


_C1 = re.compile("[\x7f-\x9f]")


def _shown(obj: object) -> object:
    """Every string in ``obj`` sanitised: the browser shows them (no bidi, zero-width, escapes)."""
    if isinstance(obj, str):
        return sanitize(obj)
    if isinstance(obj, dict):
        return {k: _shown(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_shown(v) for v in obj]
    return obj


def json_for_script(obj: object) -> str:
    """JSON that cannot end its ``<script>`` block or be read as markup; its text sanitised."""
    text = json.dumps(_shown(obj), ensure_ascii=False, separators=(",", ":"))
    # JSON leaves DEL and the C1 controls (\x7f-\x9f, e.g. the 8-bit CSI) raw: escape them too
    text = _C1.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# --------------------------------------------------------------------------- #
# Samples
# --------------------------------------------------------------------------- #


def _clip(text: str | None) -> str | None:
    if text is None or len(text) <= MAX_TEXT:
        return text
    return text[:MAX_TEXT] + f"\n[... {len(text) - MAX_TEXT} more characters not shown]"


def _needs_redaction(r: SampleRecord, which: Column) -> bool:
    """Texts to mask: on harmful prompts, anything not judged safe (unsafe or unknown)."""
    return r.expected == "refuse" and r.part(which).safe is not True


def sample_payload(r: SampleRecord, redact: bool) -> dict[str, Any]:
    """One sample for the browser; text masked when ``redact`` says so."""
    answer, thinking = _clip(r.answer), _clip(r.thinking)
    a_why, t_why = r.answer_part.rationale, r.thinking_part.rationale
    red: list[str] = []
    if redact and answer and _needs_redaction(r, "answer"):
        answer, a_why = REDACTED_ANSWER, REDACTED_RATIONALE if a_why else None
        red.append("answer")
    if redact and thinking and _needs_redaction(r, "thinking"):
        thinking, t_why = REDACTED_THINKING, REDACTED_RATIONALE if t_why else None
        red.append("thinking")
    # the value as written (an int stays an int in the page's data)
    harm = next((r.meta[k] for k in HARM_KEYS if isinstance(r.meta.get(k), (int, float))), None)
    return {
        "m": r.model,
        "b": r.benchmark,
        "c": r.category or "",
        "k": str(r.meta.get("attack_label") or r.meta.get("attack") or "none"),
        "id": r.sample_id,
        "e": r.epoch,
        "o": r.outcome,
        "x": r.expected,
        "av": r.answer_verdict or "",
        "tv": r.thinking_verdict or "",
        "as": r.answer_safe,
        "ts": r.thinking_safe,
        "p": _clip(r.prompt) or "",
        "t": thinking,
        "a": answer or "",
        "ar": a_why or "",
        "tr": t_why or "",
        "h": harm,
        "err": r.error or "",
        "red": red,
    }


def select_samples(
    records: Iterable[SampleRecord], max_samples: int | None
) -> tuple[list[SampleRecord], int]:
    """At most ``max_samples`` per (model, benchmark), by sample id; and the total."""
    groups: dict[tuple[str, str], list[SampleRecord]] = defaultdict(list)
    total = 0
    for r in records:
        groups[(r.model, r.benchmark)].append(r)
        total += 1
    out: list[SampleRecord] = []
    for key in sorted(groups):
        recs = sorted(groups[key], key=lambda r: (r.sample_id, r.epoch, str(r.meta.get("attack"))))
        out += recs if not max_samples else recs[:max_samples]
    return out, total


# --------------------------------------------------------------------------- #
# Tables, plots, findings
# --------------------------------------------------------------------------- #


def _td(c: Cell, unit: str) -> str:
    """A number cell; a marked study figure says why in its tooltip too. The interval
    and n sit in their own span, so a wide table wraps them under the value instead of
    overflowing 1280 px; a text cell (e.g. a worst type) wraps as text."""
    why = f' title="{_e(c.inconsistent)}"' if c.inconsistent is not None else ""
    shown = fmt_cell(c, unit)
    if c.text is not None:
        return f'<td class="txt"{why}>{_e(shown)}</td>'
    value, sep, rest = shown.partition(" ")
    extra = f' <span class="ci">{_e(rest)}</span>' if sep else ""
    return f'<td class="num"{why}>{_e(value)}{extra}</td>'


def _table_html(t: Table) -> str:
    head = "".join(f"<th>{_e(label)}</th>" for _, label in t.columns)
    first = "category" if t.transposed else "model"
    body = []
    for r in t.rows:
        cls = ' class="ref"' if r.source == "study" else ""
        badge = ' <span class="badge">reported by the study</span>' if r.source == "study" else ""
        label = r.label.removesuffix(" (reported by the study)") if r.source == "study" else r.label
        cells = "".join(_td(r.cells.get(k, EMPTY), t.unit) for k, _ in t.columns)
        body.append(f'<tr{cls}><th scope="row">{_e(label)}{badge}</th>{cells}</tr>')
    empty = "" if t.has_measured else '<p class="muted">No measured data in these logs.</p>'
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in [*t.notes, *mark_notes(t)])
    return (
        f'<section class="table" id="t-{_e(t.key)}"><h3>{_e(table_heading(t))}</h3>'
        f'<div class="scroll"><table><thead><tr><th>{first}</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>{empty}{notes}</section>"
    )


def _numeric_columns(t: Table) -> list[tuple[str, str]]:
    return [
        (k, label)
        for k, label in t.columns
        if any(r.cells.get(k, EMPTY).value is not None for r in t.rows)
    ]


def _bar(series: int, c: Cell) -> Bar | None:
    return Bar(series, c.value, c.ci, c.n) if c.value is not None else None


def _axis_label(t: Table) -> str:
    """The value axis: unit and direction (``percent, higher is safer``)."""
    unit = "percent" if t.unit == "%" else ("score " + t.unit if t.unit[:1].isdigit() else t.unit)
    return f"{unit}, {t.direction}"


def table_plot(t: Table) -> str | None:
    """A bar chart of a table (groups = columns, bars = rows), or a line chart for budgets."""
    if not t.has_measured:
        return None
    vmax = 5.0 if t.unit.startswith("0-") else 100.0
    unit = "" if t.unit.startswith("0-") else "%"
    cols = _numeric_columns(t)
    if t.key == "safety_by_budget":
        return line_chart(
            t.title,
            [label for _, label in cols],
            [
                (
                    r.label,
                    [
                        (c.value, c.ci) if (c := r.cells.get(k, EMPTY)).value is not None else None
                        for k, _ in cols
                    ],
                )
                for r in t.rows
            ],
            vmax,
            unit,
            xaxis="budget",
            yaxis=_axis_label(t),
        )
    if t.transposed:
        series = [Series(label) for _, label in cols]
        groups = [
            (
                r.label,
                [b for i, (k, _) in enumerate(cols) if (b := _bar(i, r.cells.get(k, EMPTY)))],
            )
            for r in t.rows
        ]
    else:
        rows = [r for r in t.rows if any(r.cells.get(k, EMPTY).value is not None for k, _ in cols)]
        series = [
            Series(r.label.removesuffix(" (reported by the study)"), r.source == "study")
            for r in rows
        ]
        groups = [
            (
                label,
                [b for i, r in enumerate(rows) if (b := _bar(i, r.cells.get(k, EMPTY)))],
            )
            for k, label in cols
        ]
    return bar_chart(t.title, groups, series, vmax, unit, _axis_label(t))


def harm_plots(records: Iterable[SampleRecord]) -> list[str]:
    """Distributions of harmfulness scores and of the benchmarks' own harm measures
    (``HarmMeasure``) per model."""
    recs = list(records)
    harm: dict[str, list[float]] = defaultdict(list)
    for r in recs:
        if (v := harm_score(r)) is not None:
            harm[r.model].append(v)
    out = []
    if harm:
        values = [v for vs in harm.values() for v in vs]
        lo, hi = min(0.0, min(values)), max(values)
        out.append(
            histograms(
                "Harmfulness scores of unsafe answers (judge harm_score)",
                sorted(harm.items()),
                lo,
                hi if hi > lo else lo + 1,
                xlabel="harm score (judge)",
            )
        )
    for bench, results in registered_results().items():
        for m in results.harm:
            own: dict[str, list[float]] = defaultdict(list)
            for r in recs:
                if r.benchmark == bench and (x := m.value(r)) is not None:
                    own[r.model].append(x)
            if own:
                title = m.metric[:1].upper() + m.metric[1:]
                out.append(histograms(title, sorted(own.items()), *m.scale, xlabel=m.metric))
    return out


def repeated_plots(rows: Iterable[dict[str, Any]]) -> list[str]:
    """``--epochs K``: per benchmark, how many prompts had 0..K unsafe samples."""
    panels: dict[tuple[str, int], list[tuple[str, list[int]]]] = defaultdict(list)
    for r in rows:
        for which, rep in sorted((r.get("repeated") or {}).items()):
            if rep and sum(rep["unsafe_count_histogram"]):
                key = (str(r["benchmark"]), int(rep["epochs"]))
                panels[key].append((f"{r['model']} - {which}", list(rep["unsafe_count_histogram"])))
    return [
        count_histograms(
            f"{bench}: unsafe samples per prompt (of {k}); number of prompts",
            sorted(ps),
            [f"{i}/{k}" for i in range(k + 1)],
            xlabel=f"unsafe samples of {k}",
            ylabel="prompts",
        )
        for (bench, k), ps in sorted(panels.items())
    ]


def _finding_html(f: Finding) -> str:
    cls = "ok" if f.status == "supported" else ("part" if f.status.startswith("partly") else "no")
    rows = []
    for t in f.tests:
        details = "".join(
            f"<li>{_e(bench)}: n={res.n}, effect {res.diff * t.scale:+.2f} "
            f"[{res.ci[0] * t.scale:+.2f}, {res.ci[1] * t.scale:+.2f}], "
            f"p (uncorrected) {_e(fmt_p(res.p))}</li>"
            for bench, res in t.comparison.by_benchmark.items()
        )
        rows.append(
            f'<tr><td>{_e(t.claim)}</td><td class="num">{t.result.n}</td>'
            f'<td class="num">{_e(fmt_means(t))}</td><td class="num">{_e(fmt_effect(t))}</td>'
            f'<td>{_e(t.result.test)}</td><td class="num">{_e(fmt_p(t.result.p))}</td>'
            f'<td class="num">{_e(fmt_p(t.p_holm))}</td>'
            f'<td class="st {_e(t.status.replace(" ", "-"))}">{_e(t.status)}</td></tr>'
            + (
                f'<tr class="sub"><td colspan="8"><details><summary>per benchmark</summary>'
                f"<ul>{details}</ul></details></td></tr>"
                if details
                else ""
            )
        )
    table = (
        "<table><thead><tr><th>claim</th><th>n</th><th>A vs B</th><th>effect [95% CI]</th>"
        "<th>test</th><th>p</th><th>p (Holm)</th><th>result</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        if rows
        else ""
    )
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in f.notes)
    return (
        f'<article class="finding"><h3>Finding {f.number}: {_e(f.title)} '
        f'<span class="status {cls}">{_e(f.status)}</span></h3>'
        f'<p class="study">The study: {_e(f.study)}</p>{table}{notes}</article>'
    )


# --------------------------------------------------------------------------- #
# Page
# --------------------------------------------------------------------------- #


def _asset(name: str) -> str:
    """A file of ``report/assets``, embedded verbatim: the CSP hashes exactly these bytes."""
    return files("lrmsafe.report").joinpath("assets", name).read_text(encoding="utf-8")


STYLE = _asset("report.css")
SCRIPT = _asset("report.js")


HOW_TO_READ = (
    "<b>Findings</b> test the study's claims on these logs: each names its test, its "
    "effect with a 95% CI and a Holm-corrected p, and whether the data support the claim.",
    "<b>Tables</b> follow the study's tables; each title gives its unit and which direction "
    "is safer. A cell reads <i>value [95% CI] n=samples</i>; <i>-</i> means no data.",
    'Grey italic rows with the badge <span class="badge">reported by the study</span> are the '
    "paper's published figures, not measured here; a \u2020 marks one that its own counts "
    "contradict (the note under the table says why).",
    "<b>Plots</b>: coloured bars are the models measured here, with 95% CI whiskers; grey "
    "hatched bars are the study's figures, one pattern per study model (see each legend). "
    "Histograms count samples per bin.",
    "<b>Samples</b>: click a row (or focus it and press Enter) to open its prompt, thinking "
    "and answer right under it, with the judges' verdicts: green safe, red unsafe. Model "
    "text is shown as plain text, never run.",
)
"""The report's "how to read this" (our own markup: no log text in it)."""


def render_html(
    data: ReportData, redact: bool = False, max_samples: int | None = DEFAULT_MAX_SAMPLES
) -> str:
    """The whole report as one HTML page (see the module docstring for the safety rules)."""
    csp = (
        f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    assert '"' not in csp and "<" not in csp  # our own constant text: safe in the attribute
    models = sorted({r.model for r in data.records})
    shown, total = select_samples(data.records, max_samples)
    samples = [sample_payload(r, redact) for r in shown]
    plots = [p for t in data.tables if (p := table_plot(t)) is not None]
    plots += harm_plots(data.records)
    plots += repeated_plots(data.rows)
    tables = "".join(_table_html(t) for t in data.tables)
    findings = "".join(_finding_html(f) for f in data.findings)
    warnings = "".join(f"<li>{_e(w)}</li>" for w in data.warnings)
    ref = data.reference
    cut = (
        f" Showing {len(samples)} of {total} samples (at most {max_samples} per model and "
        "benchmark; --max-samples)."
        if len(samples) < total
        else ""
    )
    red = (
        " Redacted: the text of answers and thinking not judged safe is masked; "
        "verdicts and metadata are kept."
        if redact
        else ""
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>lrmsafe report</title><style>{STYLE}</style></head><body>"
        "<header><h1>lrmsafe report</h1>"
        f'<p class="note">Models: {_e(", ".join(models) or "none")}. Samples: {total}. '
        f"Generated {_e(data.generated)}.</p>"
        '<section id="how-to-read"><h2>How to read this report</h2><ul>'
        + "".join(f"<li>{item}</li>" for item in HOW_TO_READ)
        + "</ul></section>"
        '<h2 id="generation">Generation settings</h2><ul class="note">'
        + "".join(f"<li>{_e(g)}</li>" for g in generation_lines(data.rows))
        + "</ul>"
        '<nav><a href="#findings">Findings</a><a href="#tables">Tables</a>'
        '<a href="#plots">Plots</a><a href="#samples">Samples</a>'
        '<a href="#reference">Reference</a></nav></header>'
        f'<section id="findings"><h2>Findings</h2><p class="note">Effect = B minus A; 95% '
        "paired bootstrap CI; two-sided p-values, Holm-corrected across all tests; a test "
        "supports its claim when the corrected p &lt; 0.05 and the effect has the claimed sign."
        f"</p>{findings}</section>"
        f'<section id="tables"><h2>Tables</h2><p class="note">{_e(ci_note())}</p>'
        + "".join(f'<p class="note">{_e(n)}</p>' for n in refusal_notes(data.rows))
        + f"{tables}</section>"
        f'<section id="plots" class="plots"><h2>Plots</h2><p class="note">Bars: value with its 95% '
        "CI; grey hatched bars: figures reported by the study, one pattern per study model "
        "(named in each legend). Histograms: number of samples per bin.</p>"
        f"{''.join(plots) or '<p class=muted>No data to plot.</p>'}</section>"
        f'<section id="samples"><h2>Samples</h2><p class="note">Click a row (or focus it '
        "and press Enter) to open the prompt, the thinking and the answer side by side "
        f"under it, with the judge's verdicts.{_e(cut)}{_e(red)}"
        '</p><div class="filters" id="filters"></div><p class="note" id="sample-count"></p>'
        '<div class="scroll"><table id="sample-list"><thead><tr><th>model</th><th>benchmark</th>'
        "<th>id</th><th>category</th><th>attack</th><th>outcome</th><th>answer</th>"
        "<th>thinking</th></tr></thead><tbody></tbody></table></div>"
        '<button id="more" type="button" hidden>show more</button><div id="detail" hidden></div>'
        "</section>"
        f'<section id="reference"><h2>Reference</h2><p>Rows marked "{_e(ref.label)}": '
        f"{_e(ref.citation)} ({_e(ref.url)})</p>"
        + "".join(f'<p class="note">{_e(n)}</p>' for n in reference_notes(ref.notes))
        + (f"<h3>Warnings</h3><ul>{warnings}</ul>" if warnings else "")
        + "</section>"
        f'<script type="application/json" id="lrmsafe-samples">{json_for_script(samples)}</script>'
        f"<script>{SCRIPT}</script></body></html>"
    )


def write_html(
    data: ReportData, path: str, redact: bool = False, max_samples: int | None = DEFAULT_MAX_SAMPLES
) -> None:
    """Write the report to ``path`` (atomically: a failed write keeps the old file)."""
    from lrmsafe._files import write_text_atomic

    write_text_atomic(path, render_html(data, redact, max_samples))
