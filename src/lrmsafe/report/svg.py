"""Static SVG charts for the HTML report, drawn in Python (no JS plotting library).

Why: the report must work offline as one file under a strict CSP; inline SVG
needs neither network nor script. Charts use presentation attributes only
(no ``style=`` attributes, which the CSP would block) and every label is
escaped, since model names and categories come from user data.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from lrmsafe.report.text import sanitize

PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
)
REFERENCE_COLOURS = ("#9a9a9a", "#b8b8b8", "#7a7a7a", "#cfcfcf", "#5f5f5f")
WIDTH = 820
LABEL_W = 250
BAR_H = 11
GAP = 8


def _e(text: object) -> str:
    return html.escape(sanitize(str(text)), quote=True)  # no control characters either


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else "..." + text[-(limit - 3) :]


@dataclass(frozen=True)
class Series:
    """One bar colour / line: a model, or a study row when ``reference``."""

    label: str
    reference: bool = False


@dataclass(frozen=True)
class Bar:
    """One bar: its series, value and optional CI."""

    series: int
    value: float
    ci: tuple[float, float] | None = None


def colours(series: Sequence[Series]) -> list[str]:
    """Distinct colours for measured series, greys for the study's rows."""
    out, m, r = [], 0, 0
    for s in series:
        if s.reference:
            out.append(REFERENCE_COLOURS[r % len(REFERENCE_COLOURS)])
            r += 1
        else:
            out.append(PALETTE[m % len(PALETTE)])
            m += 1
    return out


def _legend(series: Sequence[Series], cols: Sequence[str], y: float) -> tuple[list[str], float]:
    parts: list[str] = []
    x = float(LABEL_W)
    for s, c in zip(series, cols, strict=True):
        label = _short(s.label, 48) + (" (reported by the study)" if s.reference else "")
        width = 18 + 6.2 * len(label)
        if x + width > WIDTH - 10 and x > LABEL_W:
            x, y = float(LABEL_W), y + 16
        dash = ' stroke="#333" stroke-dasharray="2,1"' if s.reference else ""
        parts.append(
            f'<rect x="{x:.0f}" y="{y - 9:.0f}" width="11" height="11" fill="{c}"{dash}/>'
            f'<text x="{x + 15:.0f}" y="{y:.0f}" font-size="11">{_e(label)}</text>'
        )
        x += width + 14
    return parts, y + 16


def bar_chart(
    title: str,
    groups: Sequence[tuple[str, Sequence[Bar]]],
    series: Sequence[Series],
    vmax: float,
    unit: str,
) -> str:
    """Horizontal grouped bars with CI whiskers; study rows greyed and dashed."""
    cols = colours(series)
    plot_w = WIDTH - LABEL_W - 60
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    legend, y = _legend(series, cols, 38)
    parts += legend
    y += 6
    top = y
    for label, bars in groups:
        group_h = max(1, len(bars)) * (BAR_H + 2)
        parts.append(
            f'<text x="{LABEL_W - 8}" y="{y + group_h / 2 + 4:.0f}" font-size="11" '
            f'text-anchor="end">{_e(_short(label))}</text>'
        )
        if not bars:
            parts.append(
                f'<text x="{LABEL_W + 4}" y="{y + 9:.0f}" font-size="10" fill="#777">no data</text>'
            )
        for i, bar in enumerate(bars):
            by = y + i * (BAR_H + 2)
            w = max(0.0, min(bar.value, vmax)) / vmax * plot_w
            s = series[bar.series]
            dash = ' stroke="#333" stroke-dasharray="2,1"' if s.reference else ""
            parts.append(
                f'<rect x="{LABEL_W}" y="{by:.1f}" width="{w:.1f}" height="{BAR_H}" '
                f'fill="{cols[bar.series]}"{dash}><title>{_e(s.label)}: {bar.value:.2f}'
                f"{_e(unit)}</title></rect>"
            )
            if bar.ci is not None:
                x0 = LABEL_W + max(0.0, min(bar.ci[0], vmax)) / vmax * plot_w
                x1 = LABEL_W + max(0.0, min(bar.ci[1], vmax)) / vmax * plot_w
                cy = by + BAR_H / 2
                parts.append(
                    f'<path d="M{x0:.1f} {cy:.1f}H{x1:.1f}M{x0:.1f} {cy - 3:.1f}V{cy + 3:.1f}'
                    f'M{x1:.1f} {cy - 3:.1f}V{cy + 3:.1f}" stroke="#000" stroke-width="1"/>'
                )
        y += group_h + GAP
    parts += _axis(top, y, vmax, unit, plot_w)
    return _svg(title, parts, y + 30)


def _axis(top: float, bottom: float, vmax: float, unit: str, plot_w: float) -> list[str]:
    parts = []
    for i in range(6):
        v = vmax * i / 5
        x = LABEL_W + plot_w * i / 5
        parts.append(
            f'<path d="M{x:.1f} {top - 2:.1f}V{bottom:.1f}" stroke="#ddd" stroke-width="1"/>'
            f'<text x="{x:.1f}" y="{bottom + 14:.1f}" font-size="10" text-anchor="middle">'
            f"{v:g}{_e(unit)}</text>"
        )
    return parts


def _svg(title: str, parts: Sequence[str], height: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" '
        f'height="{height:.0f}" viewBox="0 0 {WIDTH} {height:.0f}" font-family="sans-serif">'
        f"<title>{_e(title)}</title>" + "".join(parts) + "</svg>"
    )


def line_chart(
    title: str,
    xlabels: Sequence[str],
    series: Sequence[tuple[str, Sequence[tuple[float, tuple[float, float] | None] | None]]],
    vmax: float,
    unit: str,
) -> str:
    """Points joined by lines per series over ordered x labels, with CI whiskers."""
    cols = colours([Series(s) for s, _ in series])
    legend, top = _legend([Series(s) for s, _ in series], cols, 38)
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    parts += legend
    left, plot_w, plot_h = 70.0, WIDTH - 110.0, 220.0
    top += 10
    bottom = top + plot_h

    def px(i: int) -> float:
        return left + (plot_w * (i + 0.5) / max(1, len(xlabels)))

    def py(v: float) -> float:
        return bottom - max(0.0, min(v, vmax)) / vmax * plot_h

    for i in range(6):
        v = vmax * i / 5
        parts.append(
            f'<path d="M{left:.0f} {py(v):.1f}H{left + plot_w:.0f}" stroke="#ddd"/>'
            f'<text x="{left - 6:.0f}" y="{py(v) + 4:.1f}" font-size="10" text-anchor="end">'
            f"{v:g}{_e(unit)}</text>"
        )
    for i, xl in enumerate(xlabels):
        parts.append(
            f'<text x="{px(i):.1f}" y="{bottom + 16:.1f}" font-size="11" text-anchor="middle">'
            f"{_e(_short(xl, 16))}</text>"
        )
    for (label, points), c in zip(series, cols, strict=True):
        coords = [(px(i), py(p[0]), p) for i, p in enumerate(points) if p is not None]
        if len(coords) > 1:
            d = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y, _ in coords)
            parts.append(f'<path d="{d}" fill="none" stroke="{c}" stroke-width="2"/>')
        for x, y, p in coords:
            if p[1] is not None:
                parts.append(
                    f'<path d="M{x:.1f} {py(p[1][0]):.1f}V{py(p[1][1]):.1f}" stroke="{c}"/>'
                )
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{c}"><title>{_e(label)}: '
                f"{p[0]:.1f}{_e(unit)}</title></circle>"
            )
    return _svg(title, parts, bottom + 36)


def histograms(
    title: str,
    panels: Sequence[tuple[str, Sequence[float]]],
    lo: float,
    hi: float,
    bins: int = 10,
) -> str:
    """One small histogram per series (share of values per bin), stacked vertically."""
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    cols = colours([Series(p) for p, _ in panels])
    y = 34.0
    panel_h, plot_w = 60.0, WIDTH - LABEL_W - 60
    width = (hi - lo) / bins if hi > lo else 1.0
    for (label, values), c in zip(panels, cols, strict=True):
        counts = [0] * bins
        for v in values:
            counts[min(bins - 1, max(0, int((v - lo) / width)))] += 1
        total = max(1, len(values))
        parts.append(
            f'<text x="{LABEL_W - 8}" y="{y + panel_h / 2:.0f}" font-size="11" '
            f'text-anchor="end">{_e(_short(label))} (n={len(values)})</text>'
        )
        bw = plot_w / bins
        for i, k in enumerate(counts):
            h = panel_h * k / total
            parts.append(
                f'<rect x="{LABEL_W + i * bw + 1:.1f}" y="{y + panel_h - h:.1f}" '
                f'width="{bw - 2:.1f}" height="{h:.1f}" fill="{c}"><title>'
                f"{lo + i * width:g}-{lo + (i + 1) * width:g}: {k}</title></rect>"
            )
        parts.append(
            f'<path d="M{LABEL_W} {y + panel_h:.1f}H{LABEL_W + plot_w:.1f}" stroke="#999"/>'
        )
        y += panel_h + 14
    for i in range(bins + 1):
        if i % max(1, bins // 5) == 0:
            x = LABEL_W + plot_w * i / bins
            parts.append(
                f'<text x="{x:.1f}" y="{y + 2:.1f}" font-size="10" text-anchor="middle">'
                f"{lo + i * width:g}</text>"
            )
    return _svg(title, parts, y + 16)


def count_histograms(
    title: str, panels: Sequence[tuple[str, Sequence[int]]], xlabels: Sequence[str]
) -> str:
    """One small histogram per series from counts per category (share of the total),
    e.g. prompts by how many of their K samples were unsafe."""
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    cols = colours([Series(p) for p, _ in panels])
    y = 34.0
    panel_h, plot_w = 60.0, WIDTH - LABEL_W - 60
    bins = max(1, len(xlabels))
    bw = plot_w / bins
    for (label, counts), c in zip(panels, cols, strict=True):
        total = max(1, sum(counts))
        parts.append(
            f'<text x="{LABEL_W - 8}" y="{y + panel_h / 2:.0f}" font-size="11" '
            f'text-anchor="end">{_e(_short(label))} (n={sum(counts)})</text>'
        )
        for i, k in enumerate(counts[:bins]):
            h = panel_h * k / total
            parts.append(
                f'<rect x="{LABEL_W + i * bw + 1:.1f}" y="{y + panel_h - h:.1f}" '
                f'width="{max(1.0, bw - 2):.1f}" height="{h:.1f}" fill="{c}"><title>'
                f"{_e(xlabels[i])}: {k}</title></rect>"
            )
        parts.append(
            f'<path d="M{LABEL_W} {y + panel_h:.1f}H{LABEL_W + plot_w:.1f}" stroke="#999"/>'
        )
        y += panel_h + 14
    step = max(1, bins // 10)
    for i, xl in enumerate(xlabels):
        if i % step == 0 or i == bins - 1:
            parts.append(
                f'<text x="{LABEL_W + (i + 0.5) * bw:.1f}" y="{y + 2:.1f}" font-size="10" '
                f'text-anchor="middle">{_e(xl)}</text>'
            )
    return _svg(title, parts, y + 16)
