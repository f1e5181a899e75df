"""Hostile model output is inert in every report: terminal, Markdown, JSON and HTML (as text).

Two real runs feed the reports: the stub's ``hostile`` model (markup, script,
``javascript:`` links, CSS, table breakers, terminal escapes, a 20 kB line in
both thinking and answer) through ``lrmsafe run``, and an import
(``lrmsafe judge run``) whose model, benchmark, category and id names are
hostile too. The headless-browser check of the HTML lives with the report
tests; here the HTML is checked as a string.
"""

from __future__ import annotations

import json
import re

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.report.text import sanitize
from lrmsafe.testing.stub import HOSTILE_PAYLOADS, StubProcess

HOSTILE_NAME = "evil|model\nname \x1b[31mRED\x1b[0m \x1b]0;PWNED\x07 <b>bold</b> \x9b2J"
HOSTILE_BENCH = "bench|x\ny\r<i>z</i>"
HOSTILE_CATEGORY = "cat|\n<script>alert(1)</script>"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""What a terminal could act on (ESC, BEL, BS, CR, CSI ...); newline and tab allowed."""
MARKUP = (
    "<script>document", "<script>alert", "<img src=x", "<style>*", "<div style=",
    "</pre></td>", '<a href="javascript',
    "<b>bold", "<i>z", "<h1>PWNED",
)  # fmt: skip


@pytest.fixture(scope="module")
def reports(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every report format over both hostile runs, plus the run's own terminal output."""
    root = tmp_path_factory.mktemp("hostile")
    env = cli_env(stub.base_url)
    run = lrmsafe(
        "run", "--model", "openai-api/stub/hostile", "--benchmark", "synthetic", "--sample", "3",
        "--log-dir", str(root / "run"), "--display", "none", env=env, check=True,
    )  # fmt: skip
    rows = [
        {"prompt": f"placeholder request #{i}", "response": p, "thinking": p, "model": HOSTILE_NAME,
         "benchmark": HOSTILE_BENCH, "category": HOSTILE_CATEGORY, "id": f"id|{i}\n<u>"}
        for i, p in enumerate(HOSTILE_PAYLOADS)
    ]  # fmt: skip
    data = root / "import.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    lrmsafe(
        "judge", "run", str(data), "--log-dir", str(root / "import"), "--display", "none",
        env=env, check=True,
    )  # fmt: skip
    dirs = [str(root / "run"), str(root / "import")]
    out: dict[str, str] = {"run": run.stdout + run.stderr}
    text = lrmsafe("report", *dirs, env=env, check=True)
    out["text"] = text.stdout + text.stderr
    out["json"] = lrmsafe("report", *dirs, "--json", env=env, check=True).stdout
    for fmt in ("md", "html"):
        path = root / f"report.{fmt}"
        lrmsafe("report", *dirs, "--format", fmt, "--out", str(path), env=env, check=True)
        out[fmt] = path.read_text(encoding="utf-8")
    return out


@pytest.mark.parametrize("which", ["run", "text", "json", "md", "html"])
def test_no_control_or_escape_sequences_anywhere(reports: dict[str, str], which: str) -> None:
    found = CONTROL.findall(reports[which])
    assert not found, (which, sorted(set(found)))


@pytest.mark.parametrize("which", ["run", "text"])
def test_terminal_table_has_one_line_per_row(reports: dict[str, str], which: str) -> None:
    rows = json.loads(reports["json"])
    lines = reports[which].splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("model "))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("Rates:"))
    body = lines[start + 2 : end]
    want = len(rows) if which == "text" else 1
    assert len(body) == want, body
    widths = {len(ln.rstrip()) <= len(lines[start + 1]) for ln in body}
    assert widths == {True}, body  # no cell spills past the ruler
    if which == "text":
        assert any("evil|model name" in ln for ln in body), body


def _tables(md: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in md.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def test_markdown_tables_keep_their_shape(reports: dict[str, str]) -> None:
    md = reports["md"]
    tables = _tables(md)
    assert tables and any("evil\\|model" in "".join(t) for t in tables)
    for table in tables:
        cells = [len(re.findall(r"(?<!\\)\|", row)) for row in table]
        assert len(set(cells)) == 1, table[:3]  # a pipe or newline in a name made no new column
        assert re.fullmatch(r"\|( ?:?-+:? ?\|)+", table[1].replace(" ", "")), table[1]


def test_markdown_and_html_carry_no_live_markup(reports: dict[str, str]) -> None:
    for which in ("md", "html"):
        for needle in MARKUP:
            assert needle.lower() not in reports[which].lower(), (which, needle)
    assert "](javascript:" not in reports["md"]


def _strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


def test_html_scripts_are_only_the_reports_own(reports: dict[str, str]) -> None:
    html = reports["html"]
    opening = re.findall(r"<script\b[^>]*>", html, re.I)
    assert len(opening) == len(re.findall(r"</script", html, re.I))
    assert len(opening) <= 2, opening
    # the sample data sits in an inert JSON block and round-trips as shown (sanitised:
    # no escapes, controls, bidi or zero-width characters; markup kept, as data)
    blob = re.search(
        r'<script type="application/json" id="lrmsafe-samples">(.*?)</script>', html, re.S
    )
    assert blob is not None
    strings = set(_strings(json.loads(blob.group(1))))
    assert sanitize(HOSTILE_NAME) in strings and sanitize(HOSTILE_CATEGORY) in strings
    assert sanitize("\n".join(HOSTILE_PAYLOADS)) in strings
    outside = html.replace(blob.group(0), "")
    assert "onerror" not in outside and "javascript:" not in outside


def test_html_keeps_a_content_security_policy(reports: dict[str, str]) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', reports["html"])
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[-1]
