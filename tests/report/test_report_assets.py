"""The HTML report's stylesheet and script are package data, embedded verbatim.

They are files (``lrmsafe/report/assets``) so they can be read and linted as
CSS and JS; the page must carry them byte for byte, since the CSP allows them
by hash, and the wheel must ship them (``pyproject.toml`` package-data).
"""

from __future__ import annotations

import base64
import hashlib
import re
import tomllib
from importlib.resources import files
from pathlib import Path

from lrmsafe.analysis.reference import load_reference
from lrmsafe.report.build import ReportData
from lrmsafe.report.html import render_html

ASSETS = ("report.css", "report.js")
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _asset(name: str) -> str:
    return files("lrmsafe.report").joinpath("assets", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_page_embeds_the_asset_files_verbatim_and_allows_them_by_hash() -> None:
    data = ReportData(
        log_dirs=[], rows=[], tables=[], findings=[], records=[], reference=load_reference()
    )
    page = render_html(data)
    css, js = (_asset(n) for n in ASSETS)
    assert re.findall(r"<style>(.*?)</style>", page, re.S) == [css]
    assert page.endswith(f"<script>{js}</script></body></html>")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None
    assert f"style-src {_hash(css)};" in csp.group(1)
    assert f"script-src {_hash(js)};" in csp.group(1)


def test_the_wheel_ships_the_assets() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"].get("lrmsafe.report", [])
    root = Path(str(files("lrmsafe.report")))
    shipped = {p.relative_to(root).as_posix() for g in globs for p in root.glob(g)}
    assert {f"assets/{n}" for n in ASSETS} <= shipped
