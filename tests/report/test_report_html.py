"""The HTML report in headless Chromium: renders offline, no errors, model text stays inert.

Model text, model names, categories, ids and attack labels carry script,
event-handler and javascript: payloads that would set ``window.__pwned`` or
the page title if they ever ran. The test opens the report in Debian's
chromium over the DevTools pipe, clicks through every sample and every link,
and checks that nothing ran, nothing was fetched and nothing was logged as an
error. A screenshot is saved in the test's tmp dir (path printed).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from chromium_cdp import Browser, chromium_binary

from helpers import lrmsafe
from lrmsafe.testing.stub import COMPLY_THINKING, REFUSE_ANSWER, REFUSE_THINKING

EVIL_MODEL = "evil<img src=x onerror=\"window.__pwned='model'\">"
PAYLOADS = {
    "benchmark": "bench<script>window.__pwned='benchmark'</script>",
    "category": "</script><script>window.__pwned='category'</script>",
    "prompt": "<a href=\"javascript:window.__pwned='link'\">click</a> [md](javascript:x())",
    "response": "Sure. <script>window.__pwned='answer';document.title='PWNED'</script>\u2028"
    "</script><script>window.__pwned='json'</script> UNSAFE-ANSWER-MARKER",
    "thinking": "<img src=x onerror=\"window.__pwned='thinking'\"> UNSAFE-THINKING-MARKER",
    "attack": "<svg onload=\"window.__pwned='attack'\"></svg>",
}


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(12):
        unsafe = i % 3 == 0
        out.append(
            {
                "prompt": PAYLOADS["prompt"] + f" #{i}",
                "response": PAYLOADS["response"] if unsafe else REFUSE_ANSWER + " SAFE-MARKER",
                "thinking": PAYLOADS["thinking"] if unsafe else REFUSE_THINKING,
                "model": EVIL_MODEL if i % 2 else "lab/reasoner",
                "benchmark": PAYLOADS["benchmark"] if i < 6 else "plain",
                "id": f"<b>{i}</b>",
                "category": PAYLOADS["category"],
                "metadata": {
                    "attack": PAYLOADS["attack"] if i % 4 == 0 else "none",
                    "harm_score": float(i % 5) if unsafe else None,
                },
            }
        )
    # a thinking-vs-answer difference so the findings and plots have something to show
    out += [
        {"prompt": f"extra {i}", "response": REFUSE_ANSWER, "thinking": COMPLY_THINKING,
         "model": "lab/reasoner", "benchmark": "plain", "id": f"x{i}",
         "metadata": {"budget": "low" if i % 2 else "high"}}
        for i in range(8)
    ]  # fmt: skip
    return out


@pytest.fixture(scope="module")
def html_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("html")
    src = d / "evil.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows()), encoding="utf-8")
    logs = d / "logs"
    proc = lrmsafe("judge", "run", str(src), "--log-dir", str(logs), "--display", "none")
    assert proc.returncode == 0, proc.stderr[-3000:]
    plain, redacted = d / "report.html", d / "redacted.html"
    for extra in (["--out", str(plain)], ["--out", str(redacted), "--redact"]):
        proc = lrmsafe("report", str(logs), "--format", "html", *extra)
        assert proc.returncode == 0, proc.stderr[-3000:]
    return plain, redacted


def test_html_is_one_self_contained_file_with_a_strict_csp(html_reports: tuple[Path, Path]) -> None:
    text = html_reports[0].read_text(encoding="utf-8")
    assert "default-src 'none'" in text
    assert "unsafe-inline" not in text and "unsafe-eval" not in text
    for fetch in ('src="http', 'href="http', "<link ", "@import"):
        assert fetch not in text
    # url() only for the charts' hatch patterns, each defined in the page: a fragment of
    # this document, never a fetch
    refs = re.findall(r"url\(([^)]*)\)", text)
    assert refs and all(re.fullmatch(r"#p[0-9a-f]{10}-\d+", r) for r in refs), set(refs)
    assert all(f'<pattern id="{r[1:]}"' in text for r in refs)
    # raw payloads never appear unescaped
    for payload in (*PAYLOADS.values(), EVIL_MODEL):
        assert payload not in text
    assert "<script>window.__pwned" not in text
    assert text.count("<script") == 2


def test_redact_masks_unsafe_text_and_keeps_verdicts(html_reports: tuple[Path, Path]) -> None:
    plain, redacted = (p.read_text(encoding="utf-8") for p in html_reports)
    assert "UNSAFE-ANSWER-MARKER" in plain and "UNSAFE-THINKING-MARKER" in plain
    assert "UNSAFE-ANSWER-MARKER" not in redacted
    assert "UNSAFE-THINKING-MARKER" not in redacted
    assert "SAFE-MARKER" in redacted  # safe answers stay readable
    assert "[redacted: answer not judged safe]" in redacted
    assert '"av":"full_compliance"' in redacted  # the verdicts are kept


@pytest.fixture
def browser(tmp_path: Path) -> Any:
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("LRMSAFE_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required (apt-get install chromium)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    b = Browser(binary, tmp_path / "profile")
    try:
        b.open_page()
        yield b
    finally:
        b.close()


def test_report_renders_in_chromium_and_model_text_never_runs(
    html_reports: tuple[Path, Path], browser: Browser, tmp_path: Path
) -> None:
    url = html_reports[0].resolve().as_uri()
    browser.send("Page.navigate", {"url": url})
    browser.wait_event("Page.loadEventFired")
    ev = browser.evaluate
    assert ev("document.documentElement.getAttribute('data-ready')") == "1"
    assert ev("document.querySelectorAll('#tables table').length") >= 8
    # tables and answer-vs-thinking bars, attacks, budgets (a line chart), harm histogram
    assert ev("document.querySelectorAll('#plots svg').length") >= 5
    assert ev("document.querySelectorAll('#plots svg circle').length") >= 2
    assert ev("document.querySelectorAll('.finding').length") == 4
    total = ev("document.querySelectorAll('#sample-list tbody tr').length")
    assert total == len(rows())
    # the sample browser filters: one benchmark, then one answer verdict
    ev(
        "var s = document.getElementById('f-b'); s.value = 'plain';"
        "s.dispatchEvent(new Event('change'));"
    )
    assert ev("document.documentElement.getAttribute('data-rows')") == str(6 + 8)
    ev(
        "var v = document.getElementById('f-av'); v.value = 'full_compliance';"
        "v.dispatchEvent(new Event('change'));"
    )
    assert ev("document.documentElement.getAttribute('data-rows')") == "2"
    for key in ("f-b", "f-av"):
        ev(
            f"var e = document.getElementById('{key}'); e.selectedIndex = 0;"
            "e.dispatchEvent(new Event('change'));"
        )
    # open every sample (renders thinking and answer side by side), click every link
    shown = ev(
        "var seen = [];"
        "document.querySelectorAll('#sample-list tbody tr').forEach(function (tr) {"
        "  tr.click(); seen.push(document.getElementById('detail').textContent); });"
        "document.querySelectorAll('a').forEach(function (a) { a.click(); });"
        "seen.join('\\n')"
    )
    assert "<script>window.__pwned='answer'" in shown  # shown as text, verbatim
    assert "<img src=x onerror=" in shown
    assert "javascript:window.__pwned='link'" in shown
    assert ev("typeof window.__pwned") == "undefined"
    assert ev("document.title") == "lrmsafe report"
    assert ev("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert ev("document.querySelectorAll('[onerror], [onload], [onclick]').length") == 0
    assert ev("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    assert ev("document.querySelectorAll('script').length") == 2
    assert ev("document.body.textContent.indexOf(\"window.__pwned='model'\") >= 0")
    ev("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    browser.screenshot(shot)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert browser.errors() == []
    assert browser.requests() == [url]
