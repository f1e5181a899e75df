"""Static SVG charts for the HTML report, drawn in Python (no JS plotting library).

Why: the report must work offline as one file under a strict CSP; inline SVG
needs neither network nor script. Charts use presentation attributes only
(no ``style=`` attributes, which the CSP would block) and every label is
escaped, since model names and categories come from user data.
"""

from __future__ import annotations

import hashlib
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
REFERENCE_COLOURS = ("#9a9a9a", "#c4c4c4", "#7a7a7a", "#dadada", "#5f5f5f", "#b0b0b0")
PATTERNS = ("diagonal", "dots", "crosshatch", "horizontal", "backslash", "vertical")
"""One hatch per study series: greys alone could not be told apart (issue 18)."""
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
    """One bar: its series, value, optional CI and sample count."""

    series: int
    value: float
    ci: tuple[float, float] | None = None
    n: int | None = None


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


def _pattern(pid: str, kind: str, shade: str) -> str:
    """A 6 px tile: the shade under dark strokes of one kind (lines, dots, cross-hatch)."""
    ink = "#222" if int(shade[1:3], 16) > 0x90 else "#fff"
    turn = {"diagonal": 45, "backslash": -45, "crosshatch": 45}.get(kind)
    mark = {
        "dots": f'<circle cx="3" cy="3" r="1.4" fill="{ink}"/>',
        "horizontal": f'<path d="M0 3H6" stroke="{ink}" stroke-width="1.4"/>',
        "crosshatch": f'<path d="M0 3H6M3 0V6" stroke="{ink}" stroke-width="1"/>',
    }.get(kind, f'<path d="M3 0V6" stroke="{ink}" stroke-width="1.4"/>')
    rotate = f' patternTransform="rotate({turn})"' if turn is not None else ""
    return (
        f'<pattern id="{pid}" data-pattern="{kind}" patternUnits="userSpaceOnUse" width="6" '
        f'height="6"{rotate}><rect width="6" height="6" fill="{shade}"/>{mark}</pattern>'
    )


def fills(series: Sequence[Series], key: str) -> tuple[list[str], str]:
    """Each series' ``fill`` and the ``<defs>`` it needs: a colour per measured series, a
    hatch pattern (and a grey) per study series. ``key`` makes the pattern ids unique in
    the page (several charts share one document)."""
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    out, defs, r = [], [], 0
    for s, c in zip(series, colours(series), strict=True):
        if s.reference:
            pid = f"p{digest}-{r}"
            defs.append(_pattern(pid, PATTERNS[r % len(PATTERNS)], c))
            out.append(f"url(#{pid})")
            r += 1
        else:
            out.append(c)
    return out, (f"<defs>{''.join(defs)}</defs>" if defs else "")


def _legend(series: Sequence[Series], cols: Sequence[str], y: float) -> tuple[list[str], float]:
    parts: list[str] = ['<g class="legend">']
    x = float(LABEL_W)
    for s, c in zip(series, cols, strict=True):
        label = _short(s.label, 48) + (" (reported by the study)" if s.reference else "")
        width = 20 + 6.2 * len(label)
        if x + width > WIDTH - 10 and x > LABEL_W:
            x, y = float(LABEL_W), y + 17
        edge = ' stroke="#333" stroke-width="0.8"' if s.reference else ""
        parts.append(
            f'<rect class="swatch" x="{x:.0f}" y="{y - 10:.0f}" width="14" height="12" '
            f'fill="{c}"{edge}/>'
            f'<text x="{x + 18:.0f}" y="{y:.0f}" font-size="11">{_e(label)}</text>'
        )
        x += width + 14
    parts.append("</g>")
    return parts, y + 16


def _axis_title(x: float, y: float, text: str, vertical: bool = False) -> str:
    turn = f' transform="rotate(-90 {x:.1f} {y:.1f})"' if vertical else ""
    return (
        f'<text class="axis-title" x="{x:.1f}" y="{y:.1f}" font-size="11" '
        f'text-anchor="middle"{turn}>{_e(text)}</text>'
    )


def bar_chart(
    title: str,
    groups: Sequence[tuple[str, Sequence[Bar]]],
    series: Sequence[Series],
    vmax: float,
    unit: str,
    axis: str = "",
) -> str:
    """Horizontal grouped bars with CI whiskers; study rows grey and hatched, one pattern
    each, all named in the legend; ``axis`` titles the value axis."""
    cols, defs = fills(series, title + "\0" + "\0".join(s.label for s in series))
    plot_w = WIDTH - LABEL_W - 60
    parts: list[str] = [
        defs,
        f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>',
    ]
    legend, y = _legend(series, cols, 38)
    parts += legend
    y += 6
    top = y
    bottom = top + sum(max(1, len(bars)) * (BAR_H + 2) + GAP for _, bars in groups)
    parts += _grid(top, bottom, plot_w)  # under the bars, so they stay whole
    parts.append('<g class="bars">')
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
            edge = ' stroke="#333" stroke-width="0.8"' if s.reference else ""
            n = f" (n={bar.n})" if bar.n is not None else ""
            parts.append(
                f'<rect x="{LABEL_W}" y="{by:.1f}" width="{w:.1f}" height="{BAR_H}" '
                f'fill="{cols[bar.series]}"{edge} data-series="{bar.series}"><title>'
                f"{_e(s.label)}: {bar.value:.2f}{_e(unit)}{n}</title></rect>"
            )
            end = LABEL_W + w
            if bar.ci is not None:
                x0 = LABEL_W + max(0.0, min(bar.ci[0], vmax)) / vmax * plot_w
                x1 = LABEL_W + max(0.0, min(bar.ci[1], vmax)) / vmax * plot_w
                cy = by + BAR_H / 2
                parts.append(
                    f'<path d="M{x0:.1f} {cy:.1f}H{x1:.1f}M{x0:.1f} {cy - 3:.1f}V{cy + 3:.1f}'
                    f'M{x1:.1f} {cy - 3:.1f}V{cy + 3:.1f}" stroke="#000" stroke-width="1"/>'
                )
                end = max(end, x1)
            # the value beside each bar: a 0 bar is then "0.0", not mistaken for no data
            parts.append(
                f'<text class="val" x="{end + 3:.1f}" y="{by + BAR_H - 2:.1f}" font-size="9" '
                f'fill="#333">{bar.value:.{2 if vmax <= 10 else 1}f}</text>'
            )
        y += group_h + GAP
    parts.append("</g>")
    parts += _axis(top, bottom, vmax, unit, plot_w)
    parts.append(_axis_title(LABEL_W + plot_w / 2, y + 30, axis or unit))
    return _svg(title, parts, y + 40, "bars")


def _grid(top: float, bottom: float, plot_w: float) -> list[str]:
    return [
        f'<path d="M{LABEL_W + plot_w * i / 5:.1f} {top - 2:.1f}V{bottom:.1f}" stroke="#ddd" '
        'stroke-width="1"/>'
        for i in range(1, 6)
    ]


def _axis(top: float, bottom: float, vmax: float, unit: str, plot_w: float) -> list[str]:
    parts = [
        '<g class="axis x-axis">'
        f'<path d="M{LABEL_W} {bottom:.1f}H{LABEL_W + plot_w:.1f}" stroke="#555"/>'
        f'<path d="M{LABEL_W} {top - 2:.1f}V{bottom:.1f}" stroke="#555"/>'
    ]
    for i in range(6):
        v = vmax * i / 5
        x = LABEL_W + plot_w * i / 5
        parts.append(
            f'<path d="M{x:.1f} {bottom:.1f}V{bottom + 3:.1f}" stroke="#555"/>'
            f'<text class="tick" x="{x:.1f}" y="{bottom + 14:.1f}" font-size="10" '
            f'text-anchor="middle">{v:g}{_e(unit)}</text>'
        )
    parts.append("</g>")
    return parts


def _svg(title: str, parts: Sequence[str], height: float, kind: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" data-chart="{kind}" width="{WIDTH}" '
        f'height="{height:.0f}" viewBox="0 0 {WIDTH} {height:.0f}" font-family="sans-serif">'
        f"<title>{_e(title)}</title>" + "".join(parts) + "</svg>"
    )


def line_chart(
    title: str,
    xlabels: Sequence[str],
    series: Sequence[tuple[str, Sequence[tuple[float, tuple[float, float] | None] | None]]],
    vmax: float,
    unit: str,
    xaxis: str = "",
    yaxis: str = "",
) -> str:
    """Points joined by lines per series over ordered x labels, with CI whiskers and
    titled axes."""
    cols = colours([Series(s) for s, _ in series])
    legend, top = _legend([Series(s) for s, _ in series], cols, 38)
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    parts += legend
    left, plot_w, plot_h = 90.0, WIDTH - 130.0, 220.0
    top += 10
    bottom = top + plot_h

    def px(i: int) -> float:
        return left + (plot_w * (i + 0.5) / max(1, len(xlabels)))

    def py(v: float) -> float:
        return bottom - max(0.0, min(v, vmax)) / vmax * plot_h

    parts.append(
        '<g class="axis y-axis">'
        f'<path d="M{left:.0f} {top:.1f}V{bottom:.1f}H{left + plot_w:.0f}" stroke="#555" '
        'fill="none"/>'
    )
    for i in range(6):
        v = vmax * i / 5
        parts.append(
            f'<path d="M{left:.0f} {py(v):.1f}H{left + plot_w:.0f}" stroke="#ddd"/>'
            f'<text class="tick" x="{left - 6:.0f}" y="{py(v) + 4:.1f}" font-size="10" '
            f'text-anchor="end">{v:g}{_e(unit)}</text>'
        )
    parts.append("</g>")
    for i, xl in enumerate(xlabels):
        parts.append(
            f'<text x="{px(i):.1f}" y="{bottom + 16:.1f}" font-size="11" text-anchor="middle">'
            f"{_e(_short(xl, 16))}</text>"
        )
    parts.append(_axis_title(left + plot_w / 2, bottom + 34, xaxis or "setting"))
    parts.append(_axis_title(left - 52, top + plot_h / 2, yaxis or unit, vertical=True))
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
    return _svg(title, parts, bottom + 46, "line")


PANEL_H = 70.0


def _count_ticks(peak: int) -> list[int]:
    """0, the top count and (room allowing) one step between: integer counts only."""
    if peak <= 1:
        return [0, max(1, peak)]
    return sorted({0, peak // 2, peak})


def _panel(
    parts: list[str],
    y: float,
    label: str,
    counts: Sequence[int],
    tips: Sequence[str],
    colour: str,
    ylabel: str,
    peak: int,
) -> None:
    """One histogram panel: bars of counts over a y-axis with count ticks (``peak`` at the
    top, the same for every panel of a chart, so panels compare by height)."""
    plot_w = WIDTH - LABEL_W - 60
    bins = max(1, len(counts))
    bw = plot_w / bins
    peak = max(1, peak)
    parts.append(
        f'<text x="{LABEL_W - 48}" y="{y + PANEL_H / 2:.0f}" font-size="11" '
        f'text-anchor="end">{_e(_short(label, 34))} (n={sum(counts)})</text>'
    )
    for i, k in enumerate(counts):
        h = PANEL_H * k / peak
        parts.append(
            f'<rect x="{LABEL_W + i * bw + 1:.1f}" y="{y + PANEL_H - h:.1f}" '
            f'width="{max(1.0, bw - 2):.1f}" height="{h:.1f}" fill="{colour}"><title>'
            f"{tips[i]}: {k}</title></rect>"
        )
    parts.append(
        '<g class="axis y-axis">'
        f'<path d="M{LABEL_W} {y:.1f}V{y + PANEL_H:.1f}H{LABEL_W + plot_w:.1f}" stroke="#555" '
        'fill="none"/>'
    )
    for t in _count_ticks(peak):
        ty = y + PANEL_H - PANEL_H * t / peak
        parts.append(
            f'<path d="M{LABEL_W - 3} {ty:.1f}H{LABEL_W}" stroke="#555"/>'
            f'<text class="tick" x="{LABEL_W - 5}" y="{ty + 3.5:.1f}" font-size="9" '
            f'text-anchor="end">{t}</text>'
        )
    parts.append("</g>")
    parts.append(_axis_title(LABEL_W - 30, y + PANEL_H / 2, ylabel, vertical=True))


def histograms(
    title: str,
    panels: Sequence[tuple[str, Sequence[float]]],
    lo: float,
    hi: float,
    bins: int = 10,
    xlabel: str = "score",
    ylabel: str = "samples",
) -> str:
    """One small histogram per series (count of values per bin, with a count axis),
    stacked vertically over one titled value axis."""
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    cols = colours([Series(p) for p, _ in panels])
    y = 34.0
    plot_w = WIDTH - LABEL_W - 60
    width = (hi - lo) / bins if hi > lo else 1.0
    binned = []
    for _, values in panels:
        counts = [0] * bins
        for v in values:
            counts[min(bins - 1, max(0, int((v - lo) / width)))] += 1
        binned.append(counts)
    peak = max((k for counts in binned for k in counts), default=1)
    tips = [f"{lo + i * width:g}-{lo + (i + 1) * width:g}" for i in range(bins)]
    for (label, _), counts, c in zip(panels, binned, cols, strict=True):
        _panel(parts, y, label, counts, tips, c, ylabel, peak)
        y += PANEL_H + 16
    parts.append('<g class="axis x-axis">')
    for i in range(bins + 1):
        if i % max(1, bins // 5) == 0:
            x = LABEL_W + plot_w * i / bins
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{y:.1f}" font-size="10" '
                f'text-anchor="middle">{lo + i * width:g}</text>'
            )
    parts.append("</g>")
    parts.append(_axis_title(LABEL_W + plot_w / 2, y + 18, xlabel))
    return _svg(title, parts, y + 28, "histogram")


def count_histograms(
    title: str,
    panels: Sequence[tuple[str, Sequence[int]]],
    xlabels: Sequence[str],
    xlabel: str = "",
    ylabel: str = "count",
) -> str:
    """One small histogram per series from counts per category (with a count axis),
    e.g. prompts by how many of their K samples were unsafe."""
    parts: list[str] = [f'<text x="10" y="18" font-size="14" font-weight="bold">{_e(title)}</text>']
    cols = colours([Series(p) for p, _ in panels])
    y = 34.0
    plot_w = WIDTH - LABEL_W - 60
    bins = max(1, len(xlabels))
    bw = plot_w / bins
    tips = [_e(x) for x in xlabels]
    peak = max((k for _, counts in panels for k in counts[:bins]), default=1)
    for (label, counts), c in zip(panels, cols, strict=True):
        _panel(parts, y, label, list(counts[:bins]), tips, c, ylabel, peak)
        y += PANEL_H + 16
    step = max(1, bins // 10)
    parts.append('<g class="axis x-axis">')
    for i, xl in enumerate(xlabels):
        if i % step == 0 or i == bins - 1:
            parts.append(
                f'<text class="tick" x="{LABEL_W + (i + 0.5) * bw:.1f}" y="{y:.1f}" '
                f'font-size="10" text-anchor="middle">{_e(xl)}</text>'
            )
    parts.append("</g>")
    if xlabel:
        parts.append(_axis_title(LABEL_W + plot_w / 2, y + 18, xlabel))
    return _svg(title, parts, y + 28, "histogram")
