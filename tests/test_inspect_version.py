"""The inspect-ai range in pyproject is the one CI tests.

lrmsafe leans on Inspect internals that change between releases, so the range
starts at the release the suite is run on, CI installs exactly that release
(as it does torch) and the README says so: the three must name one version.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _inspect_requirement() -> Requirement:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (req,) = [
        r for d in config["project"]["dependencies"] if (r := Requirement(d)).name == "inspect-ai"
    ]
    return req


def test_inspect_range_is_bounded_and_its_floor_is_what_ci_installs() -> None:
    spec = _inspect_requirement().specifier
    floors = [s.version for s in spec if s.operator == ">="]
    assert len(floors) == 1, f"one lower bound expected: {spec}"
    assert any(s.operator == "<" for s in spec), f"no upper bound: {spec}"
    floor = floors[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"inspect-ai=={floor}" in ci
    assert f"inspect-ai=={floor}" in readme.split("```")[1]  # the install lines
    assert re.search(rf"CI tests `?inspect-ai(==| )?{re.escape(floor)}", readme)


def test_installed_inspect_is_in_range() -> None:
    installed = Version(version("inspect-ai"))
    assert installed in _inspect_requirement().specifier
