"""The HTML report's layout in headless Chromium at 1280x800 (issue 18, item 6).

A new user found: the sample detail opened 3,500 px below the clicked row; the
XSTest table ran past its box at 1400 px; "reported by the study" badges
wrapped onto three lines; the study's grey bars could not be told apart; the
phishing histogram had no y-axis; filter labels broke. Each check below reads
the live layout of a realistic report (two stub models on XSTest, phishing and
AIR-Bench, judged by the stub judge: the study's tables, badges, patterns and
the phishing histogram all appear) and failed before the change. Screenshots
are saved in the test's tmp dir (paths printed).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_cdp import Browser, chromium_binary

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.testing.stub import start_stub

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")
MODELS = ("r1", "unsafe-p40")
CLI = (sys.executable, "-m", "lrmsafe.cli")
ROWS = "document.querySelectorAll('#sample-list tbody tr:not(.detail-row)')"
"""The sample rows (not the pane's row)."""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("needs ../shared/data")
    root = tmp_path_factory.mktemp("layout")
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        args = ["--benchmark", "xstest,phishing,airbench", "--sample", "20",
                "--data-dir", str(SHARED_DATA), "--judge-model", "openai-api/stub/judge",
                "--display", "none"]  # fmt: skip
        procs = [
            subprocess.Popen(
                [*CLI, "run", *args, "--model", f"openai-api/stub/{m}", "--log-dir", str(root / m)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for m in MODELS
        ]
        try:
            for p in procs:
                _, err = p.communicate(timeout=300)
                assert p.returncode == 0, err[-3000:]
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
    out = root / "report.html"
    logs = [str(root / m) for m in MODELS]
    lrmsafe("report", *logs, "--format", "html", "--out", str(out), env=env, check=True)
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One headless Chromium for the module (each test loads the report afresh)."""
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("LRMSAFE_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required (apt-get install chromium)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    b = Browser(binary, tmp_path_factory.mktemp("profile"))
    try:
        b.open_page()
        yield b
    finally:
        b.close()


@pytest.fixture
def page(report: Path, browser: Browser) -> Iterator[Browser]:
    """The report freshly loaded at 1280x800; no console error while the test uses it."""
    browser.events.clear()
    browser.set_viewport(1280, 800)
    browser.navigate(report.resolve().as_uri())
    assert browser.evaluate("document.documentElement.getAttribute('data-ready')") == "1"
    yield browser
    assert browser.errors() == []


def _rect(b: Browser, js: str) -> dict[str, float]:
    r: dict[str, float] = b.evaluate(f"JSON.parse(JSON.stringify(({js}).getBoundingClientRect()))")
    return r


def _open_row(b: Browser, index: int, where: str) -> dict[str, Any]:
    """Put sample row ``index`` at the top or bottom of the window and click it for real."""
    b.evaluate(f"{ROWS}[{index}].scrollIntoView({{block: '{where}'}})")
    row = _rect(b, f"{ROWS}[{index}]")
    cells = b.evaluate(
        f"Array.from({ROWS}[{index}].cells).map(function (c) {{ return c.textContent; }})"
    )
    b.click(row["left"] + 20, row["top"] + row["height"] / 2)
    return {"model": cells[0], "benchmark": cells[1], "id": cells[2]}


def _in_view(b: Browser, js: str) -> float:
    """Pixels of the element's height inside the window."""
    r, height = _rect(b, js), b.evaluate("innerHeight")
    return max(0.0, min(r["bottom"], height) - max(r["top"], 0.0))


@needs_shared
def test_clicking_a_sample_opens_its_detail_beside_it_in_view(
    page: Browser, tmp_path: Path
) -> None:
    assert page.evaluate(f"{ROWS}.length") >= 100
    for index, where in ((2, "start"), (40, "end"), (70, "center")):
        want = _open_row(page, index, where)
        detail = "document.getElementById('detail')"
        text = page.evaluate(f"{detail}.textContent")
        assert f"{want['model']} / {want['benchmark']} / {want['id']}" in text
        # the pane with the prompt and the thinking and answer side by side is on screen,
        # right under its row, and the row is still visible above it
        pane = _rect(page, detail)
        assert _in_view(page, detail) >= min(pane["height"], 400), (where, pane)
        for box in ("#detail .prompt", "#detail .side .box:nth-child(2)"):
            assert _in_view(page, f"document.querySelector('{box}')") > 30, (where, box)
        row = _rect(page, "document.querySelector('#sample-list tr.sel')")
        under = _rect(page, "document.querySelector('#sample-list tr.sel').nextElementSibling")
        assert page.evaluate(f"{detail}.closest('tr').className") == "detail-row"
        assert 0 <= row["top"] and abs(row["bottom"] - under["top"]) < 2, (row, under)
        page.viewport_shot(tmp_path / f"detail-{where}.png")
    print(f"screenshots: {tmp_path}/detail-*.png")
    # the keyboard opens it too; the same row again closes it
    page.evaluate(f"{ROWS}[5].focus()")
    page.press("Enter", "Enter", 13)
    assert page.evaluate("document.querySelectorAll('#sample-list tr.detail-row').length") == 1
    assert page.evaluate("document.querySelector('#sample-list tr.sel').rowIndex") == 6
    page.press("Enter", "Enter", 13)
    assert page.evaluate("document.querySelectorAll('#sample-list tr.detail-row').length") == 0


FITS = """(function () {
  var out = [];
  document.querySelectorAll('table').forEach(function (t) {
    var box = t.parentElement, r = t.getBoundingClientRect(), b = box.getBoundingClientRect();
    var scrolls = getComputedStyle(box).overflowX === 'auto' && b.right <= innerWidth;
    out.push({id: (t.closest('section') || {}).id || t.id, right: r.right, box: b.right,
              scrolls: scrolls});
  });
  return out;
})()"""


@needs_shared
def test_tables_fit_1280_px_and_scroll_in_their_own_box_when_narrower(
    page: Browser, tmp_path: Path
) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(tmp_path / "report-1280.png")
    print(f"screenshot: {tmp_path / 'report-1280.png'}")
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    tables = page.evaluate(FITS)
    assert any(t["id"] == "t-table3_xstest" for t in tables)
    cut = [t for t in tables if t["right"] > t["box"] + 0.5]
    assert cut == []  # at 1280 px every table fits its box: no column is cut
    # narrower, a table may not fit, but it scrolls inside its own box, not the page
    page.set_viewport(800, 800)
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    wide = [t for t in page.evaluate(FITS) if t["right"] > t["box"] + 0.5]
    assert wide and all(t["scrolls"] for t in wide), wide


LINE_BOXES = """(function (sel) {
  return Array.from(document.querySelectorAll(sel)).map(function (e) {
    var lh = parseFloat(getComputedStyle(e).lineHeight) ||
             1.3 * parseFloat(getComputedStyle(e).fontSize);
    return {text: e.textContent.slice(0, 40), lines: e.getClientRects().length,
            height: e.getBoundingClientRect().height, lh: lh};
  });
})"""


@needs_shared
def test_study_badges_sit_on_one_line(page: Browser) -> None:
    badges = page.evaluate(f"{LINE_BOXES}('#tables .badge')")
    assert len(badges) >= 10
    broken = [b for b in badges if b["lines"] != 1 or b["height"] > 1.5 * b["lh"]]
    assert broken == []


@needs_shared
@pytest.mark.parametrize("width", [1280, 800])
def test_filter_labels_stay_on_one_line(page: Browser, width: int) -> None:
    page.set_viewport(width, 800)
    labels = page.evaluate(f"{LINE_BOXES}('#filters label')")
    assert len(labels) == 6
    # the label's words and its menu on one line: one box, no taller than the menu
    select_h = page.evaluate("document.querySelector('#filters select').offsetHeight")
    broken = [x for x in labels if x["lines"] != 1 or x["height"] > select_h + 6]
    assert broken == [], (width, broken)


PATTERNS_JS = """(function () {
  var out = [];
  document.querySelectorAll('#plots svg').forEach(function (svg) {
    if (!svg.querySelector('pattern')) { return; }
    var sw = Array.from(svg.querySelectorAll('g.legend rect.swatch'));
    var fills = sw.map(function (r) { return r.getAttribute('fill'); });
    var kinds = fills.map(function (f) {
      var m = /^url\\(#(.+)\\)$/.exec(f);
      if (!m) { return 'solid ' + f; }
      var p = document.getElementById(m[1]);
      return p && p.tagName === 'pattern' && svg.contains(p) ?
        p.getAttribute('data-pattern') + ' ' + p.querySelector('rect').getAttribute('fill') :
        'missing';
    });
    var bars = Array.from(svg.querySelectorAll('g.bars rect')).map(function (r) {
      return r.getAttribute('fill');
    });
    out.push({title: svg.querySelector('title').textContent, fills: fills, kinds: kinds,
              bars: bars, legend: svg.querySelectorAll('g.legend text').length});
  });
  return out;
})()"""


@needs_shared
def test_the_studys_series_differ_by_pattern_and_are_named_in_a_legend(page: Browser) -> None:
    charts = page.evaluate(PATTERNS_JS)
    assert len(charts) >= 3  # Table 2, XSTest, phishing skill at least
    for c in charts:
        assert c["legend"] == len(c["fills"]) >= 6, c["title"]  # each series named
        assert "missing" not in c["kinds"], c
        assert len(set(c["fills"])) == len(c["fills"]), c["title"]
        study = [k.split()[0] for k in c["kinds"] if not k.startswith("solid")]
        assert len(study) >= 4 and len(set(study)) == len(study), c  # a hatch each
        assert set(c["bars"]) <= set(c["fills"]), c["title"]  # bars wear their legend's fill
    ids = page.evaluate("Array.from(document.querySelectorAll('pattern')).map(p => p.id)")
    assert len(ids) == len(set(ids))  # unique in the page: no chart borrows another's


AXES_JS = """(function () {
  return Array.from(document.querySelectorAll('#plots svg')).map(function (svg) {
    function texts(sel) {
      return Array.from(svg.querySelectorAll(sel)).map(function (t) { return t.textContent; });
    }
    return {kind: svg.getAttribute('data-chart'), title: svg.querySelector('title').textContent,
            titles: texts('.axis-title'), x: texts('.x-axis .tick'), y: texts('.y-axis .tick'),
            tips: texts('rect > title')};
  });
})()"""


@needs_shared
def test_every_chart_has_titled_axes_and_histograms_count_on_a_y_axis(page: Browser) -> None:
    charts = page.evaluate(AXES_JS)
    hists = [c for c in charts if c["kind"] == "histogram"]
    assert any(c["title"].startswith("Phishing skill") for c in hists)
    for c in charts:
        assert c["titles"] and all(t.strip() for t in c["titles"]), c["title"]
        assert len(c["x"]) >= 2 or c["kind"] == "line", c["title"]
    for c in hists:
        assert len(c["titles"]) >= 2, c  # the value axis and the count axis
        assert "samples" in c["titles"]
        counts = [int(t.rsplit(": ", 1)[1]) for t in c["tips"]]
        ticks = {int(t) for t in c["y"]}  # whole counts only
        assert 0 in ticks and max(counts) in ticks, (ticks, max(counts))


@needs_shared
def test_a_how_to_read_note_opens_the_report(page: Browser) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    box = _rect(page, "document.getElementById('how-to-read')")
    assert 0 < box["top"] < 300 and box["bottom"] < 800  # on the first screen
    text = page.evaluate("document.getElementById('how-to-read').textContent")
    for word in ("Findings", "Tables", "reported by the study", "Plots", "Samples", "95% CI"):
        assert word in text
    first_section = page.evaluate("document.querySelector('section').id")
    assert first_section == "how-to-read"
