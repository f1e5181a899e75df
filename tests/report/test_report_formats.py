"""Each report format is what it says: plain text, Markdown, an HTML file.

The text report used to be Markdown table syntax (``| --- |``, ``### ``,
``*italics*``) with HTML entities (``Violence &amp; Extremism``); Markdown
printed ``&amp;`` too; ``--format html`` without ``--out`` wrote 200 KB of
HTML to the terminal.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

CATEGORY = "Violence & Extremism"
"""An AIR-Bench level-2 category with an ampersand in its name."""


@pytest.fixture(scope="module")
def logs(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("needs ../shared/data")
    out = tmp_path_factory.mktemp("formats") / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "airbench,mitre",
        "--sample", "20", "--data-dir", str(SHARED_DATA), "--log-dir", str(out),
        "--display", "none", env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    return out


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def test_text_report_is_plain_aligned_text(logs: Path) -> None:
    text = lrmsafe("report", str(logs), check=True).stdout
    assert CATEGORY in text, text
    assert "&amp;" not in text and "&lt;" not in text
    for marker in ("| ---", "### ", "| *", "\\|", "\\_"):
        assert marker not in text, (marker, text)
    # each study table: a title line, then a header, a rule of dashes, rows, all in columns
    tables = [b for b in _blocks(text) if len(b) > 2 and set(b[2].replace(" ", "")) == {"-"}]
    assert len(tables) >= 3, text
    for block in tables:
        header, rule, *rows = block[1:]
        starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
        assert len(starts) >= 2, block
        for line in [header, *rows]:
            if line.startswith("Note:"):
                break
            for s in starts[1:]:  # every column starts where its rule does
                assert line[s - 2 : s] == "  " and line[s] != " ", (line, s, block)


def test_markdown_has_a_real_ampersand(logs: Path) -> None:
    md = lrmsafe("report", str(logs), "--format", "md", check=True).stdout
    assert CATEGORY in md, md
    assert "&amp;" not in md


def test_html_without_out_writes_a_file_and_says_where(logs: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", "report", str(logs), "--format", "html"],
        env=cli_env(), capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "<html" not in proc.stdout.lower() and len(proc.stdout) < 1000, proc.stdout[:300]
    (written,) = list(tmp_path.glob("*.html"))
    assert str(written.name) in proc.stderr, proc.stderr
    assert written.read_text().lstrip().lower().startswith("<!doctype html")
