"""The report's SVG charts without a browser: a hatch per study series, count axes.

The study's five models were five greys nobody could tell apart, and the
phishing histogram had no y-axis (issue 18); the browser test checks the live
report, these check the drawing functions on every pattern and on shared scales.
"""

from __future__ import annotations

import re

from lrmsafe.report.svg import PATTERNS, Bar, Series, bar_chart, histograms


def test_bar_chart_gives_each_study_series_its_own_pattern() -> None:
    series = [Series("m1"), *(Series(f"study {i}", reference=True) for i in range(6))]
    svg = bar_chart("t", [("g", [Bar(i, 10.0 * i) for i in range(7)])], series, 100, "%")
    kinds = re.findall(r'<pattern id="[^"]+" data-pattern="([a-z]+)"', svg)
    assert kinds == list(PATTERNS)
    swatches = re.findall(r'<rect class="swatch"[^>]* fill="([^"]+)"', svg)
    assert len(swatches) == 7 and len(set(swatches)) == 7
    assert swatches[0] == "#1f77b4" and all(s.startswith("url(#") for s in swatches[1:])
    for fill in swatches[1:]:  # each used fill is defined in this chart
        assert f'id="{fill[5:-1]}"' in svg


def test_histograms_count_on_a_shared_y_axis() -> None:
    svg = histograms("h", [("a", [0.1, 0.1, 0.1, 4.2]), ("b", [0.2])], 0, 5, xlabel="skill")
    assert svg.count('class="axis y-axis"') == 2
    ticks = re.findall(r'<text class="tick" x="[^"]+" y="[^"]+" font-size="9" '
                       r'text-anchor="end">(\d+)</text>', svg)  # fmt: skip
    assert ticks == ["0", "1", "3"] * 2  # both panels on the same scale: 3 at the top
    assert ">skill</text>" in svg and ">samples</text>" in svg
